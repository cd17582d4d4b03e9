import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveInside } from '../safety/paths.js';
import { ownership } from './header.js';

export type WriteResult = 'written' | 'unchanged' | 'kept';

/**
 * Writes generated files under one folder and remembers what it changed, so a failed generation can
 * be undone exactly: files it created are removed, files it replaced get their old content back.
 * A file a person wrote or edited is never touched.
 */
export class SafeWriter {
  private readonly previous = new Map<string, string | null>();
  private readonly createdDirs: string[] = [];

  constructor(
    private readonly root: string,
    private readonly dir: string,
  ) {}

  async write(relative: string, text: string): Promise<WriteResult> {
    const target = resolveInside(this.dir, path.relative(this.dir, resolveInside(this.root, relative)), 'generated file');
    const existing = await fs.readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (existing !== null) {
      if (existing === text) return 'unchanged';
      const owner = ownership(existing);
      if (owner.owner === 'person' || owner.edited) return 'kept';
    }
    if (!this.previous.has(target)) this.previous.set(target, existing);
    const created = await fs.mkdir(path.dirname(target), { recursive: true });
    if (created) this.createdDirs.push(created);
    const temp = `${target}.itw-${process.pid}.tmp`;
    await fs.writeFile(temp, text);
    await fs.rename(temp, target);
    return 'written';
  }

  /** Removes a file this writer created (or restores what it replaced). */
  async undo(relative: string): Promise<void> {
    const target = resolveInside(this.root, relative);
    if (!this.previous.has(target)) return;
    const before = this.previous.get(target)!;
    if (before === null) await fs.rm(target, { force: true });
    else await fs.writeFile(target, before);
    this.previous.delete(target);
  }

  async undoAll(): Promise<void> {
    for (const target of [...this.previous.keys()]) await this.undo(path.relative(this.root, target));
    await this.removeCreatedDirs();
  }

  /** Folders this writer created and that are empty again; nothing a person made. */
  async removeCreatedDirs(): Promise<void> {
    for (const top of this.createdDirs.splice(0).reverse()) await removeEmptyTree(top);
  }
}

async function removeEmptyTree(dir: string): Promise<boolean> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return false;
  let empty = true;
  for (const e of entries) empty = e.isDirectory() && (await removeEmptyTree(path.join(dir, e.name))) && empty;
  if (empty) await fs.rmdir(dir);
  return empty;
}

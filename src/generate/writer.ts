import fs from 'node:fs/promises';
import path from 'node:path';
import { assertRealInside, resolveInside } from '../safety/paths.js';
import { ownership, validatedRuns } from './header.js';

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
    assertRealInside(this.root, target, `generated file ${relative}`, this.dir);
    const existing = await fs.readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (existing !== null) {
      if (existing === text) return 'unchanged';
      const owner = ownership(existing);
      if (owner.owner === 'person' || owner.edited) return 'kept';
      // The same generated content, already validated: the evidence on disk stays, and so does the file.
      const incoming = ownership(text);
      if (incoming.owner === 'itw' && !incoming.edited && incoming.hash === owner.hash && validatedRuns(existing) && !validatedRuns(text))
        return 'unchanged';
    }
    if (!this.previous.has(target)) this.previous.set(target, existing);
    const created = await fs.mkdir(path.dirname(target), { recursive: true });
    if (created) this.createdDirs.push(created);
    const temp = `${target}.itw-${process.pid}.tmp`;
    await fs.writeFile(temp, text);
    await fs.rename(temp, target);
    return 'written';
  }

  /**
   * Removes a generated file that is itw's own and unedited (written by this run or left by an
   * earlier one), remembering its content so that `undoAll` brings it back if this run fails.
   */
  async discard(relative: string): Promise<boolean> {
    const target = resolveInside(this.root, relative);
    const existing = await fs.readFile(target, 'utf8').catch(() => null);
    if (existing === null) return false;
    const owner = ownership(existing);
    if (owner.owner !== 'itw' || owner.edited) return false;
    if (!this.previous.has(target)) this.previous.set(target, existing);
    await fs.rm(target, { force: true });
    return true;
  }

  /** Removes a file this writer created (or restores what it replaced). */
  async undo(relative: string): Promise<void> {
    const target = resolveInside(this.root, relative);
    if (!this.previous.has(target)) return;
    const before = this.previous.get(target)!;
    if (before === null) await fs.rm(target, { force: true });
    else {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, before);
    }
    this.previous.delete(target);
  }

  /** Undoes every change; returns how many files it removed or restored. */
  async undoAll(): Promise<number> {
    const targets = [...this.previous.keys()];
    for (const target of targets) await this.undo(path.relative(this.root, target));
    await this.removeCreatedDirs();
    return targets.length;
  }

  /** Removes these folders (deepest first) when they hold nothing any more. */
  async pruneEmpty(dirs: readonly string[]): Promise<void> {
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) await removeEmptyTree(resolveInside(this.root, dir));
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

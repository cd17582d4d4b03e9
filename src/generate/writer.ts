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
  /** When each replaced file was last modified, so one that ends the run as it began keeps its times. */
  private readonly previousTimes = new Map<string, { atime: number; mtime: number }>();
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
    await this.remember(target, existing);
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
    await this.remember(target, existing);
    await fs.rm(target, { force: true });
    return true;
  }

  private async remember(target: string, existing: string | null): Promise<void> {
    if (this.previous.has(target)) return;
    this.previous.set(target, existing);
    if (existing !== null) {
      // Seconds as fractions keep the time to the microsecond (a Date keeps milliseconds).
      const { atimeMs, mtimeMs } = await fs.stat(target);
      this.previousTimes.set(target, { atime: atimeMs / 1000, mtime: mtimeMs / 1000 });
    }
  }

  /**
   * At the end of a run that succeeded: a file rewritten on the way (re-rendered without a scenario,
   * then back) whose content is again what it was gets its old times back, so an unchanged file looks
   * unchanged to every tool. Returns the repository-relative paths whose content ended as it began.
   */
  async settle(): Promise<Set<string>> {
    const unchanged = new Set<string>();
    for (const [target, before] of this.previous) {
      if (before === null) continue;
      const now = await fs.readFile(target, 'utf8').catch(() => null);
      if (now !== before) continue;
      const times = this.previousTimes.get(target);
      if (times) await fs.utimes(target, times.atime, times.mtime);
      unchanged.add(path.relative(this.root, target).split(path.sep).join('/'));
    }
    return unchanged;
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

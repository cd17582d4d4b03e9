import fs from 'node:fs';
import path from 'node:path';

export class UnsafePathError extends Error {}

/**
 * Resolves `relative` against `root` and refuses anything that would land outside it
 * (`..` segments, absolute paths elsewhere, NUL bytes).
 */
export function resolveInside(root: string, relative: string, what = 'path'): string {
  if (relative.includes('\0')) throw new UnsafePathError(`${what} "${relative}" contains a NUL byte.`);
  const base = path.resolve(root);
  const resolved = path.resolve(base, relative);
  const rel = path.relative(base, resolved);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new UnsafePathError(`${what} "${relative}" resolves outside ${base}; give a path inside it.`);
  }
  return resolved;
}

/** Repository-relative path with forward slashes, as reports and keys use them. */
export function toRepoPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/**
 * The real path of `target` as the file system would resolve it on a write: the deepest part that exists,
 * through every symbolic link, with the parts still to be created appended.
 */
export function realPathOf(target: string): string {
  const rest: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(current), ...rest.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = path.dirname(current);
      // A dangling link is followed by a write too: resolve it by hand.
      if (code === 'ENOENT' && isLink(current)) {
        current = path.resolve(parent, fs.readlinkSync(current));
        continue;
      }
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === current) throw error;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function isInside(base: string, target: string): boolean {
  const rel = path.relative(base, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * Refuses `target` (already inside `root` by name) when the file system would put it elsewhere: a symbolic link on
 * the way that leads out of `root`, or out of `within` (a folder inside root) when one is given.
 */
export function assertRealInside(root: string, target: string, what: string, within = root): void {
  const realRoot = realPathOf(root);
  const realWithin = realPathOf(within);
  const real = realPathOf(target);
  if (isInside(realRoot, realWithin) && isInside(realWithin, real)) return;
  const base = isInside(realRoot, realWithin) ? within : root;
  throw new UnsafePathError(
    `${what} resolves through a symbolic link to ${real}, outside ${base}; give a path that stays inside it (or replace the link with a folder).`,
  );
}

/** `resolveInside`, then the same check on the real file system (symbolic links followed). */
export function resolveInsideReal(root: string, relative: string, what = 'path'): string {
  const resolved = resolveInside(root, relative, what);
  assertRealInside(root, resolved, `${what} "${relative}"`);
  return resolved;
}

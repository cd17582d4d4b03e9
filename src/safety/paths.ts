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

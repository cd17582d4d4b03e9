import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);

// src/safety/paths.ts
import path from "node:path";
var UnsafePathError = class extends Error {
};
function resolveInside(root, relative, what = "path") {
  if (relative.includes("\0")) throw new UnsafePathError(`${what} "${relative}" contains a NUL byte.`);
  const base = path.resolve(root);
  const resolved = path.resolve(base, relative);
  const rel = path.relative(base, resolved);
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new UnsafePathError(`${what} "${relative}" resolves outside ${base}; give a path inside it.`);
  }
  return resolved;
}
function toRepoPath(root, absolute) {
  return path.relative(root, absolute).split(path.sep).join("/");
}

export {
  UnsafePathError,
  resolveInside,
  toRepoPath
};

import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);

// src/safety/paths.ts
import fs from "node:fs";
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
function realPathOf(target) {
  const rest = [];
  let current = path.resolve(target);
  for (; ; ) {
    try {
      return path.join(fs.realpathSync.native(current), ...rest.reverse());
    } catch (error) {
      const code = error.code;
      const parent = path.dirname(current);
      if (code === "ENOENT" && isLink(current)) {
        current = path.resolve(parent, fs.readlinkSync(current));
        continue;
      }
      if (code !== "ENOENT" && code !== "ENOTDIR" || parent === current) throw error;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}
function isLink(file) {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
function isInside(base, target) {
  const rel = path.relative(base, target);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
function assertRealInside(root, target, what, within = root) {
  const realRoot = realPathOf(root);
  const realWithin = realPathOf(within);
  const real = realPathOf(target);
  if (isInside(realRoot, realWithin) && isInside(realWithin, real)) return;
  const base = isInside(realRoot, realWithin) ? within : root;
  throw new UnsafePathError(
    `${what} resolves through a symbolic link to ${real}, outside ${base}; give a path that stays inside it (or replace the link with a folder).`
  );
}
function resolveInsideReal(root, relative, what = "path") {
  const resolved = resolveInside(root, relative, what);
  assertRealInside(root, resolved, `${what} "${relative}"`);
  return resolved;
}

// src/safety/env.ts
import fs2 from "node:fs";
import path2 from "node:path";
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|_KEY|APIKEY|CREDENTIAL|_PAT$/i;
var NEVER = [
  /^(?:GITHUB_TOKEN|GH_TOKEN|NPM_TOKEN|NODE_AUTH_TOKEN|ANTHROPIC_API_KEY)$/i,
  /^(?:ACTIONS|INPUT)_/i,
  /^(?:AWS|AZURE|ARM|GOOGLE|GCP|GCLOUD)_.*(?:TOKEN|SECRET|PASSWORD|_KEY|KEY_ID|CREDENTIAL|CLIENT_ID)/i
];
var BASE = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "TMP",
  "TEMP",
  "TERM",
  "CI",
  "NO_COLOR",
  "FORCE_COLOR",
  // Windows cannot start processes without these.
  "SYSTEMROOT",
  "WINDIR",
  "COMSPEC",
  "PATHEXT",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA"
]);
function looksSecret(name) {
  return SECRET_NAME.test(name);
}
function never(name) {
  return NEVER.some((re) => re.test(name));
}
function basic(name) {
  const upper = name.toUpperCase();
  return BASE.has(upper) || upper.startsWith("LC_") || upper.startsWith("NODE_") && !looksSecret(upper);
}
function testProcessEnv(env, provided = {}, configNames = []) {
  const read = new Set(configNames);
  const out = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0 || never(name)) continue;
    if (read.has(name) || basic(name) && !looksSecret(name)) out[name] = value;
  }
  return { ...out, ...provided };
}
var SOURCE = /\.(?:[cm]?[jt]sx?)$/;
var MAX_SOURCE_BYTES = 1024 * 1024;
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function configEnvNames(infra, points, source) {
  const names = new Set(infra.env.map((e) => e.name));
  const visit = (value, depth) => {
    if (depth > 8 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    for (const [key, v] of Object.entries(value)) {
      if (key === "env" && typeof v === "string" && NAME.test(v)) names.add(v);
      else visit(v, depth + 1);
    }
  };
  for (const p of points) visit(p.details, 0);
  if (source) for (const name of sourceEnvReads(source)) names.add(name);
  return [...names].sort();
}
function sourceEnvReads({ root, paths, testFiles }) {
  const tests = new Set(testFiles);
  const names = /* @__PURE__ */ new Set();
  for (const file of paths) {
    if (!SOURCE.test(file) || tests.has(file) || file.endsWith(".d.ts")) continue;
    let text;
    try {
      const full = path2.join(root, file);
      if (fs2.statSync(full).size > MAX_SOURCE_BYTES) continue;
      text = fs2.readFileSync(full, "utf8");
    } catch {
      continue;
    }
    if (!text.includes("env")) continue;
    for (const m of text.matchAll(/\b(?:process|import\.meta)\.env\.([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1]);
    for (const m of text.matchAll(/\bprocess\.env\[\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]\s*\]/g)) names.add(m[1]);
    for (const m of text.matchAll(/\{([^{}]*)\}\s*=\s*process\.env\b/g)) {
      for (const part of m[1].split(",")) {
        const name = part.trim().split(/[\s:=]/)[0];
        if (NAME.test(name)) names.add(name);
      }
    }
  }
  return names;
}

export {
  UnsafePathError,
  resolveInside,
  toRepoPath,
  assertRealInside,
  resolveInsideReal,
  looksSecret,
  testProcessEnv,
  configEnvNames
};

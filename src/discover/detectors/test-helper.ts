import path from 'node:path';
import type { AppEntry, TestHelper } from '../../model.js';
import { collectImports } from '../ast.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import { createParser } from '../parser.js';
import { resolvePath } from '../prefilter.js';
import { isSource, isTestFile } from '../walk.js';
import { exportOf, isFunctionLike } from './origin.js';

/** Test files read for their imports; a repository with more is sampled in path order. */
const MAX_TEST_FILES = 400;
/** Names a helper that builds the app goes by. */
const BUILDER = /build|create|make|setup|start|init|bootstrap|get\w*app|app$/i;

const found = new WeakMap<DetectContext, Map<string, TestHelper | null>>();

/**
 * The function the repository's own tests build the app with: a module the test files import from (fastify-cli's
 * `test/helper.ts` with `build()`, a `createTestApp()`), which is not the app's module itself and which reaches the
 * app (imports its module, or names its file: `path.join(__dirname, '..', 'src', 'app.ts')`). Among the names the
 * tests import from it, the exported function that looks like a builder.
 */
export function testHelperOf(ctx: DetectContext, entry: Pick<AppEntry, 'file'>): TestHelper | undefined {
  let byEntry = found.get(ctx);
  if (!byEntry) {
    byEntry = new Map();
    found.set(ctx, byEntry);
  }
  if (!byEntry.has(entry.file)) byEntry.set(entry.file, findHelper(ctx, entry.file) ?? null);
  return byEntry.get(entry.file) ?? undefined;
}

function findHelper(ctx: DetectContext, entryFile: string): TestHelper | undefined {
  const sources = new Set(ctx.allPaths.filter(isSource));
  const tests = ctx.allPaths.filter((p) => isTestFile(p) && isSource(p)).slice(0, MAX_TEST_FILES);
  // helper module → the names tests import from it, and how many test files do
  const imported = new Map<string, { file: ParsedFile; names: Map<string, number> }>();
  const helpers = new Map<string, ParsedFile | undefined>();
  for (const test of tests) {
    const text = ctx.readText(test);
    if (!text) continue;
    for (const { specifier, names } of relativeImports(text)) {
      const at = resolvePath((p) => sources.has(p), test, specifier);
      if (at === undefined || at === test || at === entryFile) continue;
      if (!helpers.has(at)) helpers.set(at, ctx.resolve({ path: '' }, `./${at}`) ?? parseTestModule(ctx, at));
      const target = helpers.get(at);
      if (!target) continue;
      const seen = imported.get(target.path) ?? { file: target, names: new Map<string, number>() };
      for (const name of names) seen.names.set(name, (seen.names.get(name) ?? 0) + 1);
      imported.set(target.path, seen);
    }
  }
  const candidates: { helper: TestHelper; uses: number }[] = [];
  for (const { file, names } of imported.values()) {
    if (!reachesApp(ctx, file, entryFile)) continue;
    const ranked = [...names].sort((a, b) => Number(BUILDER.test(b[0])) - Number(BUILDER.test(a[0])) || b[1] - a[1]);
    for (const [name, uses] of ranked) {
      const origin = exportOf(ctx, file, name);
      if (origin && isFunctionLike(ctx.ts, origin.node)) {
        candidates.push({ helper: { file: file.path, export: name }, uses: uses + (BUILDER.test(name) ? 1000 : 0) });
        break;
      }
    }
  }
  candidates.sort((a, b) => b.uses - a.uses || a.helper.file.localeCompare(b.helper.file));
  return candidates[0]?.helper;
}

/** A module among the tests (which discovery never parses as a source), parsed for its imports and exports. */
function parseTestModule(ctx: DetectContext, file: string): ParsedFile | undefined {
  const text = ctx.readText(file);
  if (text === undefined) return undefined;
  const sf = createParser(ctx.ts).parse(file, text);
  return { path: file, text, sf, imports: collectImports(ctx.ts, sf), packageDir: '' };
}

/** Whether a helper module imports the app's module or names its file. */
function reachesApp(ctx: DetectContext, file: ParsedFile, entryFile: string): boolean {
  const sources = new Set([entryFile]);
  for (const binding of file.imports) {
    if (binding.module.startsWith('.') && resolvePath((p) => sources.has(p), file.path, binding.module) === entryFile) return true;
  }
  const stem = path.posix.basename(entryFile).replace(/\.[cm]?[jt]sx?$/, '');
  const dir = path.posix.basename(path.posix.dirname(entryFile));
  // `path.join(__dirname, '..', 'src', 'app.ts')`, `'../src/app.js'`
  const named = new RegExp(`['"\`](?:[^'"\`]*/)?${escape(stem)}(?:\\.[cm]?[jt]sx?)?['"\`]`);
  return named.test(file.text) && (dir === '.' || file.text.includes(dir));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `import { a, b as c } from './x'`, `import x from './x'`, `const { a } = require('./x')`: relative specifiers and the names imported. */
function relativeImports(text: string): { specifier: string; names: string[] }[] {
  const out: { specifier: string; names: string[] }[] = [];
  const esm = /import\s+(?:type\s+)?([\w$]+\s*,?\s*)?(?:\{([^}]*)\}|\*\s+as\s+[\w$]+)?\s*from\s*['"](\.{1,2}\/[^'"]+|\.{1,2})['"]/g;
  for (const m of text.matchAll(esm)) {
    const names = [...(m[1] ? ['default'] : []), ...namedList(m[2])];
    out.push({ specifier: m[3]!, names });
  }
  const cjs = /(?:const|let|var)\s+(?:\{([^}]*)\}|([\w$]+))\s*=\s*require\(\s*['"](\.{1,2}\/[^'"]+|\.{1,2})['"]\s*\)/g;
  for (const m of text.matchAll(cjs))
    out.push({ specifier: m[3]!, names: m[1] ? namedList(m[1].replace(/:\s*[\w$]+/g, '')) : ['default'] });
  return out;
}

function namedList(list: string | undefined): string[] {
  if (!list) return [];
  return list
    .split(',')
    .map((s) =>
      s
        .replace(/^\s*type\s+/, '')
        .trim()
        .split(/\s+as\s+/)[0]!
        .trim(),
    )
    .filter((s) => /^[\w$]+$/.test(s));
}

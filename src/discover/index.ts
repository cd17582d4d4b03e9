import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import type { Diagnostic, IntegrationPoint } from '../model.js';
import { collectImports, packageOf } from './ast.js';
import type { DetectContext, Detector, DraftPoint, PackageInfo, ParsedFile } from './detector.js';
import { DETECTORS } from './detectors/index.js';
import { readInfra, type Infra } from './infra.js';
import { attachOpenApi, readOpenApi, type OpenApiSummary } from './openapi.js';
import { owningPackage, readPackages, visibleDependencies } from './packages.js';
import { createParser, firstSyntaxError, loadTypeScript } from './parser.js';
import { isSource, isTestFile, walkRepo, type WalkOptions } from './walk.js';

export interface Discovery {
  points: IntegrationPoint[];
  diagnostics: Diagnostic[];
  packages: PackageInfo[];
  /** Repository-relative paths of every file the walk kept. */
  paths: string[];
  /** Test files (by name or folder), for the cover stage. */
  testFiles: string[];
  stats: { files: number; sources: number; parsed: number };
  /** OpenAPI/Swagger documents found, and where they and the code disagree. */
  openapi: OpenApiSummary;
  /** Backing services, env names, test framework and module system the repository declares. */
  infra: Infra;
}

/** Larger source files are generated bundles, not service code. */
const MAX_SOURCE_BYTES = 1024 * 1024;

/** Stable across line moves: derived from kind and key (and library, which keys already carry for most kinds). */
export function pointId(kind: string, key: string): string {
  return `${kind}:${createHash('sha256').update(`${kind}\0${key}`).digest('hex').slice(0, 12)}`;
}

export interface DiscoverOptions extends WalkOptions {
  detectors?: readonly Detector[];
}

export async function discover(root: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const detectors = options.detectors ?? DETECTORS;
  const diagnostics: Diagnostic[] = [];
  const walked = await walkRepo(root, options, diagnostics);
  const paths = walked.map((f) => f.path);
  const textCache = new Map<string, string | undefined>();
  const readText = (file: string): string | undefined => {
    if (!textCache.has(file)) {
      try {
        textCache.set(file, fs.readFileSync(path.join(root, file), 'utf8'));
      } catch (error) {
        diagnostics.push({ file, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
        textCache.set(file, undefined);
      }
    }
    return textCache.get(file);
  };
  const packages = readPackages(paths, readText, diagnostics);

  // Which detectors each package enables.
  const enabledFor = new Map<PackageInfo | undefined, Detector[]>();
  const enabled = (pkg: PackageInfo | undefined): Detector[] => {
    if (!enabledFor.has(pkg)) {
      const deps = visibleDependencies(packages, pkg);
      enabledFor.set(
        pkg,
        detectors.filter((d) => d.packages.some((p) => deps.has(p) || isBuiltin(p))),
      );
    }
    return enabledFor.get(pkg)!;
  };

  const ts = await loadTypeScript();
  const parser = createParser(ts);
  const sources = walked.filter((f) => isSource(f.path));
  const testFiles = sources.filter((f) => isTestFile(f.path)).map((f) => f.path);
  const candidates: Candidate[] = [];
  for (const file of sources) {
    if (isTestFile(file.path)) continue;
    const pkg = owningPackage(packages, file.path);
    const active = enabled(pkg);
    if (active.length === 0) continue;
    if (file.size > MAX_SOURCE_BYTES) {
      diagnostics.push({ file: file.path, message: `skipped: ${(file.size / 1024 / 1024).toFixed(1)} MB is too large for hand-written source (a bundle or generated file?); exclude it or split it.` });
      continue;
    }
    const text = readText(file.path);
    if (text === undefined) continue;
    if (text.includes('\0')) {
      diagnostics.push({ file: file.path, message: 'skipped: binary content in a source file.' });
      continue;
    }
    candidates.push({ path: file.path, text, pkg, active, deps: visibleDependencies(packages, pkg) });
  }

  const parseOne = (file: string, text: string, pkg: PackageInfo | undefined): ParsedFile | undefined => {
    const depth = nestingDepth(text);
    if (depth > MAX_NESTING) {
      diagnostics.push({ file, message: `skipped: brackets nest ${depth} deep (over ${MAX_NESTING}); generated code?` });
      return undefined;
    }
    let sf;
    try {
      sf = parser.parse(file, text);
    } catch (error) {
      diagnostics.push({ file, message: `skipped: the parser failed (${(error as Error).message})` });
      return undefined;
    }
    const syntax = firstSyntaxError(ts, sf);
    if (syntax) {
      diagnostics.push({ file, line: syntax.line, message: `syntax error: ${syntax.message}; the rest of the file was analysed as far as it could be parsed.` });
    }
    return { path: file, text, sf, imports: collectImports(ts, sf), packageDir: pkg?.dir ?? '' };
  };
  const parsed: ParsedFile[] = [];
  for (const c of worthParsing(candidates)) {
    const file = parseOne(c.path, c.text, c.pkg);
    if (file) parsed.push(file);
  }
  const byPath = new Map(parsed.map((f) => [f.path, f]));
  // A file not worth a parse of its own is parsed when a detector follows an import into it (a handler, a schema).
  const sourcePaths = new Set(sources.filter((f) => !isTestFile(f.path) && f.size <= MAX_SOURCE_BYTES).map((f) => f.path));
  const tried = new Set<string>();
  const resolve = (from: ParsedFile, specifier: string): ParsedFile | undefined => {
    const target = resolvePath((p) => sourcePaths.has(p), from.path, specifier);
    if (target === undefined) return undefined;
    const known = byPath.get(target);
    if (known || tried.has(target)) return known;
    tried.add(target);
    const text = readText(target);
    const file = text === undefined || text.includes('\0') ? undefined : parseOne(target, text, owningPackage(packages, target));
    if (file) byPath.set(target, file);
    return file;
  };

  const drafts: DraftPoint[] = [];
  for (const detector of detectors) {
    const files = parsed.filter((f) => enabled(owningPackage(packages, f.path)).includes(detector));
    if (files.length === 0) continue;
    const ctx: DetectContext = { ts, files, byPath, resolve, readText, allPaths: paths, diagnostics };
    try {
      drafts.push(...(await detector.detect(ctx)));
    } catch (error) {
      diagnostics.push({ file: '.', message: `detector ${detector.name} failed: ${(error as Error).stack ?? String(error)}` });
    }
  }
  const points = finalize(drafts);
  const specs = await readOpenApi({ root, files: walked, readText, diagnostics });
  const openapi = attachOpenApi(points, specs, (file) => owningPackage(packages, file)?.dir ?? '');
  const infra = readInfra({ paths, readText, diagnostics, ts });
  return {
    points,
    diagnostics: dedupe(diagnostics),
    packages,
    paths,
    testFiles,
    stats: { files: walked.length, sources: sources.length, parsed: parsed.length },
    openapi,
    infra,
  };
}

/**
 * TypeScript's parser recurses once per nesting level and overflows the stack somewhere between 500 and
 * 1,000 levels (earlier before the JIT warms up); hand-written code stays far below this.
 */
const MAX_NESTING = 256;

/** The deepest bracket nesting of a text, counted without a parse (strings and comments included). */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

const BUILTINS = new Set(['fs', 'http', 'https', 'net']);
function isBuiltin(pkg: string): boolean {
  return BUILTINS.has(pkg);
}

interface Candidate {
  path: string;
  text: string;
  pkg: PackageInfo | undefined;
  active: readonly Detector[];
  deps: ReadonlySet<string>;
}

/** A call that defines a route on a literal path: `x.get('/…'`, `x.route("/…"`. */
const ROUTE_SHAPE = /\.(?:get|post|put|patch|delete|del|all|head|options|route|use)\(\s*['"`]\//;
const IMPORT_SPECIFIERS = /\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(\s*['"]([^'"\n]+)['"]|\brequire\s*\(\s*['"]([^'"\n]+)['"]|\bimport\s+['"]([^'"\n]+)['"]/g;

/**
 * The files that get a full parse: those that import an enabled library, those that define routes on literal
 * paths, and those that carry a detector's hint (`.query(`, `.get(`) and import, directly or through other
 * files, something that imports an enabled library (where a client instance could come from), or that import
 * nothing (instances arrive as parameters). Hints alone match most of a codebase (`map.get(`), so they count
 * only there.
 */
function worthParsing(candidates: readonly Candidate[]): Candidate[] {
  const byPath = new Map(candidates.map((c) => [c.path, c]));
  const seeds = new Set<string>();
  const importers = new Map<string, string[]>();
  // Files whose instances may come from elsewhere: a path alias, or parameters only (`exports.up = (knex) => …`).
  const open = new Set<string>();
  for (const c of candidates) {
    if (c.active.some((d) => d.packages.some((p) => mentionsModule(c.text, p)))) seeds.add(c.path);
    if (c.active.some((d) => d.kind === 'http') && ROUTE_SHAPE.test(c.text)) seeds.add(c.path);
    let imports = 0;
    for (const m of c.text.matchAll(IMPORT_SPECIFIERS)) {
      imports++;
      const specifier = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
      if (specifier.startsWith('.')) {
        const target = resolvePath((p) => byPath.has(p), c.path, specifier);
        if (target) importers.set(target, [...(importers.get(target) ?? []), c.path]);
      } else if (!c.deps.has(packageOf(specifier)) && !isBuiltinModule(specifier)) {
        // A path alias (`@/db`, `~/lib`) may lead anywhere: let the hints decide.
        open.add(c.path);
      }
    }
    if (imports === 0) open.add(c.path);
  }
  const closure = new Set(seeds);
  const queue = [...seeds];
  while (queue.length > 0) {
    for (const importer of importers.get(queue.pop()!) ?? []) {
      if (!closure.has(importer)) {
        closure.add(importer);
        queue.push(importer);
      }
    }
  }
  return candidates.filter((c) => seeds.has(c.path) || ((closure.has(c.path) || open.has(c.path)) && c.active.some((d) => d.hints?.test(c.text))));
}

/** `'pg'`, `"pg/lib"`, `` `pg` ``, `'node:fs'`: a cheap textual stand-in for an import of the package. */
function mentionsModule(text: string, pkg: string): boolean {
  for (const quote of QUOTES) if (text.includes(quote + pkg) || text.includes(`${quote}node:${pkg}`)) return true;
  return false;
}
const QUOTES = ["'", '"', '`'];

function isBuiltinModule(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];

/** The repository path a relative specifier names, among the paths `exists` accepts. */
export function resolvePath(exists: (file: string) => boolean, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  // `./x.js` in TypeScript sources names `./x.ts`.
  const stem = base.replace(/\.[cm]?js$/, '');
  for (const candidate of [base, ...EXTENSIONS.map((e) => stem + e)]) if (exists(candidate)) return candidate;
  return undefined;
}

export function resolveRelative(byPath: ReadonlyMap<string, unknown>, from: string, specifier: string): ParsedFile | undefined {
  const hit = resolvePath((p) => byPath.has(p), from, specifier);
  return hit === undefined ? undefined : (byPath.get(hit) as ParsedFile);
}

function finalize(drafts: DraftPoint[]): IntegrationPoint[] {
  const byId = new Map<string, IntegrationPoint>();
  for (const draft of drafts) {
    const id = pointId(draft.kind, draft.key);
    if (!byId.has(id)) byId.set(id, { id, ...draft });
  }
  return [...byId.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line ?? ''}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { packageOf };

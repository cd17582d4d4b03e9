import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, IntegrationPoint } from '../model.js';
import { collectImports, packageOf } from './ast.js';
import type { DetectContext, Detector, DraftPoint, PackageInfo, ParsedFile } from './detector.js';
import { DETECTORS } from './detectors/index.js';
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
  const parsed: ParsedFile[] = [];
  const sources = walked.filter((f) => isSource(f.path));
  const testFiles = sources.filter((f) => isTestFile(f.path)).map((f) => f.path);
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
    if (!worthParsing(text, active)) continue;
    const sf = parser.parse(file.path, text);
    const syntax = firstSyntaxError(ts, sf);
    if (syntax) {
      diagnostics.push({ file: file.path, line: syntax.line, message: `syntax error: ${syntax.message}; the rest of the file was analysed as far as it could be parsed.` });
    }
    parsed.push({ path: file.path, text, sf, imports: collectImports(ts, sf), packageDir: pkg?.dir ?? '' });
  }
  const byPath = new Map(parsed.map((f) => [f.path, f]));
  const resolve = (from: ParsedFile, specifier: string): ParsedFile | undefined => resolveRelative(byPath, from.path, specifier);

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
  return { points: finalize(drafts), diagnostics: dedupe(diagnostics), packages, paths, testFiles, stats: { files: walked.length, sources: sources.length, parsed: parsed.length } };
}

const BUILTINS = new Set(['fs', 'http', 'https', 'net']);
function isBuiltin(pkg: string): boolean {
  return BUILTINS.has(pkg);
}

/** A full parse only for files that import an enabled library or carry one of its hints. */
function worthParsing(text: string, detectors: readonly Detector[]): boolean {
  for (const d of detectors) {
    if (d.hints?.test(text)) return true;
    for (const p of d.packages) if (text.includes(`'${p}`) || text.includes(`"${p}`) || text.includes(`\`${p}`)) return true;
  }
  return false;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];

export function resolveRelative(byPath: ReadonlyMap<string, unknown>, from: string, specifier: string): ParsedFile | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  // `./x.js` in TypeScript sources names `./x.ts`.
  const stem = base.replace(/\.[cm]?js$/, '');
  for (const candidate of [base, ...EXTENSIONS.map((e) => stem + e)]) {
    const hit = byPath.get(candidate);
    if (hit) return hit as ParsedFile;
  }
  return undefined;
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

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, IntegrationPoint } from '../model.js';
import { collectImports, packageOf } from './ast.js';
import { CallIndex } from './call-index.js';
import type { DetectContext, Detector, DraftPoint, PackageInfo, ParsedFile } from './detector.js';
import { DETECTORS } from './detectors/index.js';
import { MAX_NESTING, MAX_TREE_DEPTH, nestingDepth, treeDeeperThan } from './depth.js';
import { readInfra, type Infra } from './infra.js';
import { pathAliases } from './path-aliases.js';
import { resolvePath, selectForParsing, type SourceCandidate } from './prefilter.js';
import { attachOpenApi, readOpenApi, type OpenApiSummary } from './openapi.js';
import { owningPackage, readPackages, visibleDependencies } from './packages.js';
import { createParser, firstSyntaxError, loadTypeScript } from './parser.js';
import { isRunnableTest, isSource, isTestFile, walkRepo, type WalkOptions } from './walk.js';

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

/**
 * Stable across line moves: derived from kind and key (and library, which keys already carry for most kinds), and the
 * owning package's directory when one is given (`scope`: HTTP points in a repository of several services).
 */
export function pointId(kind: string, key: string, scope?: string): string {
  const text = scope === undefined ? `${kind}\0${key}` : `${kind}\0${key}\0${scope}`;
  return `${kind}:${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
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

  // Which detectors each package enables (one set of dependencies per package, not per file).
  const depsFor = new Map<PackageInfo | undefined, Set<string>>();
  const visible = (pkg: PackageInfo | undefined): Set<string> => {
    let deps = depsFor.get(pkg);
    if (!deps) depsFor.set(pkg, (deps = visibleDependencies(packages, pkg)));
    return deps;
  };
  const enabledFor = new Map<PackageInfo | undefined, Detector[]>();
  const enabled = (pkg: PackageInfo | undefined): Detector[] => {
    if (!enabledFor.has(pkg)) {
      const deps = visible(pkg);
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
  const testFiles = sources.filter((f) => isRunnableTest(f.path)).map((f) => f.path);
  const candidates: SourceCandidate[] = [];
  for (const file of sources) {
    if (isTestFile(file.path)) continue;
    const pkg = owningPackage(packages, file.path);
    const active = enabled(pkg);
    if (active.length === 0) continue;
    if (file.size > MAX_SOURCE_BYTES) {
      diagnostics.push({
        file: file.path,
        message: `skipped: ${(file.size / 1024 / 1024).toFixed(1)} MB is too large for hand-written source (a bundle or generated file?); exclude it or split it.`,
      });
      continue;
    }
    candidates.push({ path: file.path, pkg, active, deps: visible(pkg) });
  }
  // Sources and spec candidates are read without the cache: holding every text at once is what would cost memory.
  const readUncached = (file: string): string | undefined => {
    if (textCache.has(file)) return textCache.get(file);
    try {
      return fs.readFileSync(path.join(root, file), 'utf8');
    } catch {
      return readText(file);
    }
  };

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
    if (treeDeeperThan(ts, sf, MAX_TREE_DEPTH)) {
      diagnostics.push({
        file,
        message: `skipped: its syntax tree is over ${MAX_TREE_DEPTH} levels deep (a very long expression chain; generated code?)`,
      });
      return undefined;
    }
    const syntax = firstSyntaxError(ts, sf);
    if (syntax) {
      diagnostics.push({
        file,
        line: syntax.line,
        message: `syntax error: ${syntax.message.replace(/\.$/, '')}; the rest of the file was analysed as far as it could be parsed.`,
      });
    }
    return { path: file, text, sf, imports: collectImports(ts, sf), packageDir: pkg?.dir ?? '' };
  };
  const parsed: ParsedFile[] = [];
  const calls = new CallIndex();
  for (const { candidate, text } of selectForParsing(candidates, readUncached, diagnostics, calls)) {
    const file = parseOne(candidate.path, text, candidate.pkg);
    if (file) parsed.push(file);
  }
  const byPath = new Map(parsed.map((f) => [f.path, f]));
  // A file not worth a parse of its own is parsed when a detector follows an import into it (a handler, a schema).
  const sourcePaths = new Set(sources.filter((f) => !isTestFile(f.path) && f.size <= MAX_SOURCE_BYTES).map((f) => f.path));
  const tried = new Set<string>();
  const aliases = pathAliases(ts, paths, readText);
  const resolve = (from: Pick<ParsedFile, 'path'>, specifier: string): ParsedFile | undefined => {
    const exists = (p: string): boolean => sourcePaths.has(p);
    // `@/lib/db` through the tsconfig's `paths`: each candidate is tried as a path from the repository root.
    const target = specifier.startsWith('.')
      ? resolvePath(exists, from.path, specifier)
      : aliases(from.path, specifier).reduce<string | undefined>((hit, c) => hit ?? resolvePath(exists, '', `./${c}`), undefined);
    if (target === undefined) return undefined;
    const known = byPath.get(target);
    if (known || tried.has(target)) return known;
    tried.add(target);
    const text = readUncached(target);
    const file = text === undefined || text.includes('\0') ? undefined : parseOne(target, text, owningPackage(packages, target));
    if (file) byPath.set(target, file);
    return file;
  };

  const activeFor = new Map(parsed.map((f) => [f, enabled(owningPackage(packages, f.path))]));
  const drafts: DraftPoint[] = [];
  for (const detector of detectors) {
    const files = parsed.filter((f) => activeFor.get(f)!.includes(detector));
    if (files.length === 0) continue;
    const ctx: DetectContext = {
      ts,
      files,
      byPath,
      resolve,
      filesCalling: (name) => calls.filesCalling(name),
      readText,
      allPaths: paths,
      diagnostics,
    };
    try {
      drafts.push(...(await detector.detect(ctx)));
    } catch (error) {
      diagnostics.push({ file: '.', message: `detector ${detector.name} failed: ${(error as Error).stack ?? String(error)}` });
    }
  }
  const points = finalize(drafts, (file) => owningPackage(packages, file)?.dir ?? '');
  const specs = await readOpenApi({ root, files: walked, readText: readUncached, diagnostics });
  const openapi = attachOpenApi(points, specs, (file) => owningPackage(packages, file)?.dir ?? '');
  const infra = readInfra({ paths, readText, diagnostics, ts });
  return {
    points,
    diagnostics: dedupe(diagnostics),
    packages,
    paths,
    testFiles,
    stats: { files: walked.length, sources: sources.length, parsed: byPath.size },
    openapi,
    infra,
  };
}

/** Node built-ins, and `fetch`: the global, which enables its detector everywhere without a dependency. */
const BUILTINS = new Set(['fs', 'http', 'https', 'net', 'fetch']);
function isBuiltin(pkg: string): boolean {
  return BUILTINS.has(pkg);
}

export function resolveRelative(byPath: ReadonlyMap<string, unknown>, from: string, specifier: string): ParsedFile | undefined {
  const hit = resolvePath((p) => byPath.has(p), from, specifier);
  return hit === undefined ? undefined : (byPath.get(hit) as ParsedFile);
}

/**
 * Ids for the drafts, first sighting wins. Two services of a monorepo may both serve `GET /`: when HTTP points come from
 * more than one package, their ids carry the package's directory (single-package ids stay as they were).
 */
function finalize(drafts: DraftPoint[], packageDir: (file: string) => string): IntegrationPoint[] {
  const httpPackages = new Set(drafts.filter((d) => d.kind === 'http').map((d) => packageDir(d.location.file)));
  const scoped = httpPackages.size > 1;
  const byId = new Map<string, IntegrationPoint>();
  for (const draft of drafts) {
    const id = pointId(draft.kind, draft.key, scoped && draft.kind === 'http' ? packageDir(draft.location.file) : undefined);
    if (!byId.has(id)) byId.set(id, { id, ...draft });
  }
  return [...byId.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key) || a.location.file.localeCompare(b.location.file),
  );
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

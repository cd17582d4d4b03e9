import { builtinModules } from 'node:module';
import path from 'node:path';
import type { Diagnostic } from '../model.js';
import { packageOf } from './ast.js';
import type { CallIndex } from './call-index.js';
import type { Detector, PackageInfo } from './detector.js';

/** A source file of a package that enables at least one detector. */
export interface SourceCandidate {
  path: string;
  pkg: PackageInfo | undefined;
  active: readonly Detector[];
  deps: ReadonlySet<string>;
}

/** A call that defines a route on a literal path: `x.get('/…'`, `x.route("/…"`. */
const ROUTE_SHAPE = /\.(?:get|post|put|patch|delete|del|all|head|options|route|use)\(\s*['"`]\//;
const IMPORT_SPECIFIERS =
  /\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(\s*['"]([^'"\n]+)['"]|\brequire\s*\(\s*['"]([^'"\n]+)['"]|\bimport\s+['"]([^'"\n]+)['"]/g;

interface Facts {
  candidate: SourceCandidate;
  /** Kept only for the files that are parsed for sure. */
  text?: string;
  seed: boolean;
  /** Instances may come from elsewhere: a path alias, or parameters only (`exports.up = (knex) => …`). */
  open: boolean;
}

/**
 * The files that get a full parse: those that import an enabled library, those that define routes on literal
 * paths, those a detector claims by path (`app/**\/route.ts`) or by hints that suffice (`fetch(`), and those that
 * carry a detector's hint (`.query(`, `.get(`) and either import, directly or through other files, something that
 * imports an enabled library (where a client instance could come from) or import nothing at all (instances arrive
 * as parameters). Hints alone match most of a codebase (`map.get(`). Texts are not all held at once: a file is read
 * again when its hints decide. `index`, when given, learns every text's calls on the way.
 */
export function selectForParsing(
  candidates: readonly SourceCandidate[],
  read: (file: string) => string | undefined,
  diagnostics: Diagnostic[],
  index?: CallIndex,
): { candidate: SourceCandidate; text: string }[] {
  const known = new Set(candidates.map((c) => c.path));
  const facts = new Map<string, Facts>();
  const importers = new Map<string, string[]>();
  for (const candidate of candidates) {
    const text = read(candidate.path);
    if (text === undefined) continue;
    if (text.includes('\0')) {
      diagnostics.push({ file: candidate.path, message: 'skipped: binary content in a source file.' });
      continue;
    }
    index?.add(candidate.path, text);
    const packages = activePackages(candidate.active);
    const claims = claimsOf(candidate.active);
    let seed =
      (candidate.active.some((d) => d.kind === 'http') && ROUTE_SHAPE.test(text)) ||
      claims.paths.some((re) => re.test(candidate.path)) ||
      claims.hints.some((re) => re.test(text));
    let imports = 0;
    let alias = false;
    for (const m of text.matchAll(IMPORT_SPECIFIERS)) {
      imports++;
      const specifier = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
      if (specifier.startsWith('.')) {
        const target = resolvePath((p) => known.has(p), candidate.path, specifier);
        if (!target) continue;
        const list = importers.get(target);
        if (list) list.push(candidate.path);
        else importers.set(target, [candidate.path]);
        continue;
      }
      const pkg = packageOf(specifier);
      if (packages.has(pkg)) seed = true;
      else if (!candidate.deps.has(pkg) && !specifier.startsWith('node:') && !builtinModules.includes(pkg)) alias = true;
    }
    facts.set(candidate.path, { candidate, seed, open: imports === 0 || alias, text: seed ? text : undefined });
  }
  const closure = new Set([...facts.values()].filter((f) => f.seed).map((f) => f.candidate.path));
  const queue = [...closure];
  while (queue.length > 0) {
    for (const importer of importers.get(queue.pop()!) ?? []) {
      if (!closure.has(importer)) {
        closure.add(importer);
        queue.push(importer);
      }
    }
  }
  const out: { candidate: SourceCandidate; text: string }[] = [];
  for (const f of facts.values()) {
    if (f.text !== undefined) {
      out.push({ candidate: f.candidate, text: f.text });
      continue;
    }
    if (!closure.has(f.candidate.path) && !f.open) continue;
    const hints = hintsOf(f.candidate.active);
    if (!hints) continue;
    const text = read(f.candidate.path);
    if (text !== undefined && hints.test(text)) out.push({ candidate: f.candidate, text });
  }
  return out;
}

const packageSets = new WeakMap<readonly Detector[], Set<string>>();
function activePackages(active: readonly Detector[]): Set<string> {
  let set = packageSets.get(active);
  if (!set) packageSets.set(active, (set = new Set(active.flatMap((d) => d.packages))));
  return set;
}

interface Claims {
  paths: RegExp[];
  hints: RegExp[];
}

const claimSets = new WeakMap<readonly Detector[], Claims>();
/** What a set of detectors claims regardless of imports: paths, and hints that suffice. */
function claimsOf(active: readonly Detector[]): Claims {
  let claims = claimSets.get(active);
  if (!claims) {
    const plain = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    claims = {
      paths: active.flatMap((d) => (d.paths ? [plain(d.paths)] : [])),
      hints: active.flatMap((d) => (d.hintsSuffice && d.hints ? [plain(d.hints)] : [])),
    };
    claimSets.set(active, claims);
  }
  return claims;
}

const hintSets = new WeakMap<readonly Detector[], { test(text: string): boolean } | null>();
/** One pass per flag set instead of one per detector. */
function hintsOf(active: readonly Detector[]): { test(text: string): boolean } | undefined {
  let hints = hintSets.get(active);
  if (hints === undefined) {
    const byFlags = new Map<string, string[]>();
    for (const d of active)
      if (d.hints)
        byFlags.set(d.hints.flags.replace(/[gy]/g, ''), [
          ...(byFlags.get(d.hints.flags.replace(/[gy]/g, '')) ?? []),
          `(?:${d.hints.source})`,
        ]);
    const regexes = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
    hints = regexes.length ? { test: (text) => regexes.some((re) => re.test(text)) } : null;
    hintSets.set(active, hints);
  }
  return hints ?? undefined;
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

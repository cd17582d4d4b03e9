import type * as TS from 'typescript';
import type { Diagnostic, IntegrationPoint, PointKind } from '../model.js';
import type { TypeScriptApi } from './parser.js';

/** One import binding: `import x from 'm'`, `import { a as x } from 'm'`, `const x = require('m')`. */
export interface ImportBinding {
  local: string;
  /** `default`, `*` (namespace or whole CommonJS module) or the exported name. */
  imported: string;
  module: string;
}

export interface ParsedFile {
  /** Repository-relative path. */
  path: string;
  text: string;
  sf: TS.SourceFile;
  imports: ImportBinding[];
  /** Directory of the package.json that owns the file ('' for the root). */
  packageDir: string;
}

export interface PackageInfo {
  dir: string;
  name?: string;
  dependencies: Set<string>;
}

/** A point of one kind without its id. */
export type Draft<P extends IntegrationPoint> = Omit<P, 'id'>;

/** What a detector returns: a point without its id (the engine derives it from kind + key), still a union on `kind`. */
export type DraftPoint = IntegrationPoint extends infer P ? (P extends IntegrationPoint ? Draft<P> : never) : never;

export interface DetectContext {
  ts: TypeScriptApi;
  /** Parsed files of the packages that enable this detector. */
  files: ParsedFile[];
  /** Every parsed file of the repository, by path, for resolving imports across files. */
  byPath: ReadonlyMap<string, ParsedFile>;
  /**
   * Resolves a relative import from one file to the parsed file it names, parsing it on demand (with the depth
   * guards every parse gets). `{ path: '' }` with `./<repo path>` names any source file of the repository.
   */
  resolve(from: Pick<ParsedFile, 'path'>, specifier: string): ParsedFile | undefined;
  /** Repository paths of the source files that call `name(…)` as a plain function (not `x.name(…)`), parsed or not. */
  filesCalling(name: string): readonly string[];
  /** Reads any repository file as text (for schemas, migrations, specs). */
  readText(file: string): string | undefined;
  /** Every repository-relative path the walk found, sources and others. */
  allPaths: readonly string[];
  diagnostics: Diagnostic[];
}

export interface Detector {
  name: string;
  kind: PointKind;
  /** npm packages that enable the detector; it runs for the packages whose package.json names one. */
  packages: readonly string[];
  /**
   * Text that marks a file as worth parsing for this detector even when it imports none of
   * `packages` (a router file that only receives `app`, say). Import of a package always counts.
   */
  hints?: RegExp;
  /**
   * A file matching `hints` is parsed for the detector even when it imports nothing (and reaches nothing) that
   * enables it: the global `fetch` needs no import.
   */
  hintsSuffice?: boolean;
  /**
   * Repository-relative paths that are always parsed for the detector, in the packages that enable it: the route
   * files of a file-system router (Next.js `app/**\/route.ts`, `pages/api/**`), which need import nothing.
   */
  paths?: RegExp;
  detect(ctx: DetectContext): DraftPoint[] | Promise<DraftPoint[]>;
}

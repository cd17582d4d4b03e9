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

/** What a detector returns: a point without its id (the engine derives it from kind + key). */
export type DraftPoint = Omit<IntegrationPoint, 'id'>;

export interface DetectContext {
  ts: TypeScriptApi;
  /** Parsed files of the packages that enable this detector. */
  files: ParsedFile[];
  /** Every parsed file of the repository, by path, for resolving imports across files. */
  byPath: ReadonlyMap<string, ParsedFile>;
  /** Resolves a relative import from one file to the parsed file it names. */
  resolve(from: ParsedFile, specifier: string): ParsedFile | undefined;
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
  detect(ctx: DetectContext): DraftPoint[] | Promise<DraftPoint[]>;
}

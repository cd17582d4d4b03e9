import fs from 'node:fs';
import path from 'node:path';
import type * as TS from 'typescript';
import type { Infra } from '../model.js';
import { loadTypeScript, type TypeScriptApi } from '../discover/parser.js';

/** How generated code writes its imports, so it compiles and loads under the repository's own configuration. */
export interface ModuleStyle {
  /** The tsconfig.json that governs the generated tests, repository-relative, when there is one. */
  tsconfig?: string;
  /**
   * Suffix of relative imports in generated TypeScript: `.ts` (only with `allowImportingTsExtensions`, or
   * without any tsconfig), `.js` (NodeNext/Node16 resolution) or `` (bundler, node10 and classic resolution).
   */
  tsImportExt: '.ts' | '.js' | '';
  /** Generated JavaScript is CommonJS (`require`, `module.exports`), as the app's own code is. */
  jsCommonJs: boolean;
  /** Generated TypeScript compiles to CommonJS (tsconfig `module: commonjs`, or node16/nodenext outside a `type: module` package): no `import.meta`. */
  tsCommonJs?: boolean;
  /** Why, for diagnostics: `tsconfig.json: moduleResolution nodenext`. */
  reason: string;
}

/** What the generator did before it read the repository's configuration. */
export const DEFAULT_MODULE_STYLE: ModuleStyle = { tsImportExt: '.ts', jsCommonJs: false, reason: 'default' };

/**
 * Reads the module resolution the repository's tsconfig (with everything it extends, the way tsc reads
 * it) gives the test folder, and whether its JavaScript is CommonJS (package type and the app's own syntax).
 */
export async function readModuleStyle(
  root: string,
  testDir: string,
  module: Pick<Infra['module'], 'packageType'>,
  appFile: string | undefined,
): Promise<ModuleStyle> {
  const ts = await loadTypeScript();
  const jsCommonJs = appFile !== undefined && isCommonJsSource(ts, root, appFile, module.packageType);
  const found = ts.findConfigFile(testDir, (f) => fs.existsSync(f));
  const tsconfig = found && !path.relative(root, found).startsWith('..') ? found : undefined;
  if (!tsconfig) return { tsImportExt: '.ts', jsCommonJs, reason: 'no tsconfig.json' };
  const rel = path.relative(root, tsconfig).split(path.sep).join('/');
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options = parsed?.options ?? {};
  if (options.allowImportingTsExtensions)
    return { tsconfig: rel, tsImportExt: '.ts', jsCommonJs, reason: `${rel}: allowImportingTsExtensions` };
  const resolution = moduleResolutionOf(ts, options);
  const ext = resolution === 'node16' || resolution === 'nodenext' ? '.js' : '';
  const tsCommonJs =
    options.module === ts.ModuleKind.CommonJS ||
    ((options.module === ts.ModuleKind.Node16 || options.module === ts.ModuleKind.NodeNext) && module.packageType !== 'module');
  return {
    tsconfig: rel,
    tsImportExt: ext,
    jsCommonJs,
    ...(tsCommonJs ? { tsCommonJs } : {}),
    reason: `${rel}: moduleResolution ${resolution}`,
  };
}

/** The resolution tsc uses: the explicit one, else the one `module` (or its own default) implies. */
function moduleResolutionOf(ts: TypeScriptApi, options: TS.CompilerOptions): string {
  const R = ts.ModuleResolutionKind;
  const M = ts.ModuleKind;
  if (options.moduleResolution !== undefined) {
    const names: Record<number, string> = {
      [R.Classic]: 'classic',
      [R.Node10]: 'node10',
      [R.Node16]: 'node16',
      [R.NodeNext]: 'nodenext',
      [R.Bundler]: 'bundler',
    };
    return names[options.moduleResolution] ?? 'node10';
  }
  const module = options.module ?? ((options.target ?? ts.ScriptTarget.ES5) >= ts.ScriptTarget.ES2015 ? M.ES2015 : M.CommonJS);
  if (module === M.Node16 || module === (M as unknown as Record<string, number>).Node18) return 'node16';
  if (module === M.NodeNext) return 'nodenext';
  if (module === M.Preserve) return 'bundler';
  if (module === M.CommonJS) return 'node10';
  return 'classic';
}

/** A `.cjs` file, or a `.js` file outside an ESM package that uses `require`/`module.exports` and no import or export. */
function isCommonJsSource(ts: TypeScriptApi, root: string, file: string, packageType: 'module' | 'commonjs'): boolean {
  if (file.endsWith('.cjs')) return true;
  if (!/\.jsx?$/.test(file) || packageType === 'module') return false;
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, file), 'utf8');
  } catch {
    return false;
  }
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const esm = sf.statements.some(
    (s) =>
      ts.isImportDeclaration(s) ||
      ts.isExportDeclaration(s) ||
      ts.isExportAssignment(s) ||
      (ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)),
  );
  return !esm && /\brequire\s*\(|\bmodule\.exports\b|\bexports\.\w+\s*=/.test(text);
}

/**
 * The import path of a source file in this style: `src/app.ts` → `src/app.js` (NodeNext), `src/app`
 * (bundler), `src/app.ts` (allowImportingTsExtensions). JavaScript paths stay as they are.
 */
export function importPath(file: string, ext: string): string {
  const m = /^(.*)\.([cm]?)tsx?$/.exec(file);
  if (!m || ext === '.ts') return file;
  const [, base, flavour] = m;
  // `.mts`/`.cts` keep their flavour: no resolution accepts them extensionless.
  if (flavour) return `${base}.${flavour}js`;
  return `${base}${ext}`;
}

const NAMED_IMPORT = /^import\s+(\{[^}]*\})\s+from\s+('[^']+');$/gm;
const DEFAULT_IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+('[^']+');$/gm;
const EXPORTED = /^export\s+((?:async\s+)?function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm;

/**
 * The generated ESM text as CommonJS (`require`, `module.exports`), for repositories whose JavaScript is
 * CommonJS. `vitest` stays an import: Vitest refuses `require('vitest')`, and transforms the file anyway.
 * Only the import and export forms the templates write are known; anything else is an error here.
 */
export function toCommonJs(text: string): string {
  let out = text
    .replace(NAMED_IMPORT, (line, names: string, from: string) =>
      from === "'vitest'"
        ? `// Vitest is imported, not required: it refuses require() and transforms this file itself.\n${line}`
        : `const ${names.replace(/\s+as\s+/g, ': ')} = require(${from});`,
    )
    .replace(DEFAULT_IMPORT, (_, name: string, from: string) => `const ${name} = require(${from});`);
  const exported: string[] = [];
  out = out.replace(EXPORTED, (_, keyword: string, name: string) => {
    exported.push(name);
    return `${keyword} ${name}`;
  });
  out = out.replace(/\bimport\.meta\.url\b/g, "require('node:url').pathToFileURL(__filename)");
  // Jest runs CommonJS without the VM's dynamic-import hook: `import()` would throw there, `require` loads the same module.
  out = out.replace(/\(await import\(([^()]*)\)\)/g, 'require($1)').replace(/\bawait import\(/g, 'require(');
  const leftover = /^(?:import\s(?!.*from 'vitest';)|export\s)/m.exec(out);
  if (leftover) {
    const line = out.slice(leftover.index, out.indexOf('\n', leftover.index));
    throw new Error(`cannot write "${line}" as CommonJS; the generator wrote an import or export form it does not convert.`);
  }
  if (exported.length) out = `${out.replace(/\n*$/, '\n')}\nmodule.exports = { ${exported.join(', ')} };\n`;
  return out;
}

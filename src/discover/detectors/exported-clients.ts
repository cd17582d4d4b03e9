import type * as TS from 'typescript';
import { exportedLocal, lineOf } from '../ast.js';
import type { DbPoint, ExportedClient } from '../../model.js';
import type { DetectContext, Draft, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { unwrap } from './db-common.js';

/** Kept here for the modules that import it from the detector. */
export type { ExportedClient } from '../../model.js';

/** The name a module exports a local binding under (`export const x`, `export { x as y }`, `export default x`). */
export function exportNameOf(ts: TypeScriptApi, sf: TS.SourceFile, local: string): string | undefined {
  if (exportedLocal(ts, sf, local) === local) return local;
  for (const stmt of sf.statements) {
    if (!ts.isExportDeclaration(stmt) || stmt.moduleSpecifier || !stmt.exportClause || !ts.isNamedExports(stmt.exportClause)) continue;
    for (const el of stmt.exportClause.elements) if ((el.propertyName ?? el.name).text === local) return el.name.text;
  }
  return exportedLocal(ts, sf, 'default') === local ? 'default' : undefined;
}

/** Module-level `const x = <client>` bindings that the module exports, where `isClient` recognises the initializer. */
export function exportedClients(
  ctx: DetectContext,
  library: ExportedClient['library'],
  isClient: (file: ParsedFile, expr: TS.Expression) => boolean,
): ExportedClient[] {
  const { ts } = ctx;
  const out: ExportedClient[] = [];
  for (const file of ctx.files) {
    for (const stmt of file.sf.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      for (const decl of stmt.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name) || !decl.initializer || !isClient(file, decl.initializer)) continue;
        const name = exportNameOf(ts, file.sf, decl.name.text);
        if (name) out.push({ file: file.path, export: name, line: lineOf(file.sf, decl), library });
      }
    }
  }
  return out;
}

/** `new <className>(…)` (or `new ns.<className>(…)`) where the class is imported from a module `fromModule` accepts. */
export function isNewOf(
  ts: TypeScriptApi,
  file: ParsedFile,
  expr: TS.Expression,
  className: string,
  fromModule: (module: string) => boolean,
): boolean {
  const e = unwrap(ts, expr);
  if (!ts.isNewExpression(e)) return false;
  const callee = unwrap(ts, e.expression);
  const bound = (local: string, imported: readonly string[]) =>
    file.imports.some((b) => b.local === local && fromModule(b.module) && imported.includes(b.imported));
  if (ts.isIdentifier(callee)) return bound(callee.text, [className, 'default']);
  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.name.text === className &&
    bound(callee.expression.text, ['*', 'default'])
  );
}

/** Records the exported clients on every point of the detector, where generation reads them. */
export function withClients(points: Draft<DbPoint>[], clients: ExportedClient[]): Draft<DbPoint>[] {
  return clients.length ? points.map((p) => ({ ...p, details: { ...p.details, clients } })) : points;
}

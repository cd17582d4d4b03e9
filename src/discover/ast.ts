import type * as TS from 'typescript';
import type { ImportBinding } from './detector.js';
import type { TypeScriptApi } from './parser.js';

export function lineOf(sf: TS.SourceFile, node: TS.Node): number {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}

/**
 * Visits every node below `node`, depth first, in source order. An explicit stack rather than recursion:
 * a long `a + b + c …` chain parses fine but makes a tree deeper than the call stack. `visit` returns
 * `'skip'` to leave a node's children out, `'stop'` to end the walk.
 */
export function forEachDeep(ts: TypeScriptApi, node: TS.Node, visit: (n: TS.Node) => void | 'skip' | 'stop'): void {
  const stack: TS.Node[] = [];
  // Returns undefined on purpose: a truthy return would stop forEachChild early.
  const push = (child: TS.Node): undefined => {
    stack.push(child);
    return undefined;
  };
  const pushChildren = (n: TS.Node): void => {
    const start = stack.length;
    ts.forEachChild(n, push);
    for (let i = start, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j]!, stack[i]!];
  };
  pushChildren(node);
  while (stack.length > 0) {
    const n = stack.pop()!;
    const next = visit(n);
    if (next === 'stop') return;
    if (next !== 'skip') pushChildren(n);
  }
}

/** ESM imports, `require` bindings (`const x = require('m')`, `const { a } = require('m')`) and re-exports. */
export function collectImports(ts: TypeScriptApi, sf: TS.SourceFile): ImportBinding[] {
  const out: ImportBinding[] = [];
  for (const stmt of sf.statements) {
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
      const module = stmt.moduleSpecifier.text;
      const clause = stmt.importClause;
      if (!clause) {
        out.push({ local: '', imported: '', module });
        continue;
      }
      if (clause.name) out.push({ local: clause.name.text, imported: 'default', module });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) out.push({ local: bindings.name.text, imported: '*', module });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) out.push({ local: el.name.text, imported: (el.propertyName ?? el.name).text, module });
      }
    } else if (ts.isVariableStatement(stmt)) {
      for (const decl of stmt.declarationList.declarations) {
        const module = requiredModule(ts, decl.initializer);
        if (module === undefined) continue;
        if (ts.isIdentifier(decl.name)) out.push({ local: decl.name.text, imported: '*', module });
        else if (ts.isObjectBindingPattern(decl.name)) {
          for (const el of decl.name.elements) {
            if (!ts.isIdentifier(el.name)) continue;
            const prop = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
            out.push({ local: el.name.text, imported: prop, module });
          }
        }
      }
    } else if (ts.isImportEqualsDeclaration(stmt) && ts.isExternalModuleReference(stmt.moduleReference)) {
      const expr = stmt.moduleReference.expression;
      if (ts.isStringLiteral(expr)) out.push({ local: stmt.name.text, imported: '*', module: expr.text });
    }
  }
  // Dynamic imports and requires anywhere in the file still enable detectors.
  forEachDeep(ts, sf, (n) => {
    if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteralLike(n.arguments[0]!)) {
      const isRequire = ts.isIdentifier(n.expression) && n.expression.text === 'require';
      const isImport = n.expression.kind === ts.SyntaxKind.ImportKeyword;
      if ((isRequire || isImport) && !out.some((b) => b.module === (n.arguments[0] as TS.StringLiteral).text)) {
        out.push({ local: '', imported: '*', module: (n.arguments[0] as TS.StringLiteral).text });
      }
    }
  });
  return out;
}

/** `require('m')` or `require('m').x` → 'm'. */
function requiredModule(ts: TypeScriptApi, expr: TS.Expression | undefined): string | undefined {
  if (!expr) return undefined;
  if (ts.isPropertyAccessExpression(expr)) return requiredModule(ts, expr.expression);
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === 'require') {
    const arg = expr.arguments[0];
    if (arg && ts.isStringLiteralLike(arg)) return arg.text;
  }
  return undefined;
}

/** The package an import specifier names: `@scope/pkg/sub` → `@scope/pkg`, `node:fs` → `fs`. */
export function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier.slice(5).split('/')[0]!;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Top-level `const NAME = 'literal'` values of a file, for resolving constants used as paths. */
export function constStrings(ts: TypeScriptApi, sf: TS.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const decl of stmt.declarationList.declarations) {
      if (ts.isIdentifier(decl.name) && decl.initializer) {
        const value = stringValue(ts, decl.initializer, out);
        if (value !== undefined) out.set(decl.name.text, value);
      }
    }
  }
  return out;
}

/**
 * The string an expression evaluates to when it can be known statically: literals, templates whose
 * parts are known constants, `+` concatenation, and identifiers bound in `consts`.
 */
export function stringValue(ts: TypeScriptApi, expr: TS.Expression, consts?: ReadonlyMap<string, string>): string | undefined {
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr))
    return stringValue(ts, expr.expression, consts);
  if (ts.isIdentifier(expr)) return consts?.get(expr.text);
  if (ts.isTemplateExpression(expr)) {
    let text = expr.head.text;
    for (const span of expr.templateSpans) {
      const part = stringValue(ts, span.expression, consts);
      if (part === undefined) return undefined;
      text += part + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    // `a + b + c …` nests to the left as deep as it is long: walk that spine in a loop, not by recursion.
    const rights: TS.Expression[] = [];
    let left: TS.Expression = expr;
    while (ts.isBinaryExpression(left) && left.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      rights.push(left.right);
      left = left.left;
    }
    let text = stringValue(ts, left, consts);
    for (let i = rights.length - 1; i >= 0 && text !== undefined; i--) {
      const part = stringValue(ts, rights[i]!, consts);
      text = part === undefined ? undefined : text + part;
    }
    return text;
  }
  return undefined;
}

/** `a.b.c(…)` → { receiver: a.b, method: 'c' }. */
export function methodCall(ts: TypeScriptApi, call: TS.CallExpression): { receiver: TS.Expression; method: string } | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name))
    return { receiver: callee.expression, method: callee.name.text };
  return undefined;
}

/** The local name a module exports under `exportName` (`default` included), when it is a plain binding. */
export function exportedLocal(ts: TypeScriptApi, sf: TS.SourceFile, exportName: string): string | undefined {
  for (const stmt of sf.statements) {
    const mods = ts.canHaveModifiers(stmt) ? ts.getModifiers(stmt) : undefined;
    const exported = mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exported && ts.isVariableStatement(stmt) && exportName !== 'default') {
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === exportName) return exportName;
    }
    if (exported && (ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt)) && stmt.name) {
      if ((isDefault && exportName === 'default') || (!isDefault && stmt.name.text === exportName)) return stmt.name.text;
    }
    if (ts.isExportAssignment(stmt) && exportName === 'default' && ts.isIdentifier(stmt.expression)) return stmt.expression.text;
    if (ts.isExportDeclaration(stmt) && !stmt.moduleSpecifier && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) if (el.name.text === exportName) return (el.propertyName ?? el.name).text;
    }
    // CommonJS: module.exports = x; module.exports.name = x; exports.name = x
    if (
      ts.isExpressionStatement(stmt) &&
      ts.isBinaryExpression(stmt.expression) &&
      stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken
    ) {
      const target = stmt.expression.left.getText(sf);
      const value = stmt.expression.right;
      if (target === 'module.exports' && exportName === 'default' && ts.isIdentifier(value)) return value.text;
      if (target === 'module.exports' && ts.isObjectLiteralExpression(value)) {
        for (const p of value.properties) {
          if (ts.isShorthandPropertyAssignment(p) && p.name.text === exportName) return exportName;
          if (ts.isPropertyAssignment(p) && p.name.getText(sf) === exportName && ts.isIdentifier(p.initializer)) return p.initializer.text;
        }
      }
      if ((target === `module.exports.${exportName}` || target === `exports.${exportName}`) && ts.isIdentifier(value)) return value.text;
    }
  }
  return undefined;
}

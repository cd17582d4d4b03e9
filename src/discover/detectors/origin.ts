import type * as TS from 'typescript';
import { forEachDeep } from '../ast.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { isValueWrapper } from './unwrap.js';

/** Where a value comes from: the node that creates it and the file that node sits in. */
export interface Origin {
  file: ParsedFile;
  node: TS.Node;
}

export type FunctionLike = TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration;

const MAX_DEPTH = 24;

/**
 * Follows a value to the expression or declaration that creates it: through local and imported
 * bindings (ESM and CommonJS, re-exports included), `require()` / `import()` of repository
 * modules, and calls of repository functions (to what they return). Stops at whatever it cannot
 * see through (a call into a package, `new X()`, a parameter, a function) and returns that node.
 */
export function originOf(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, depth = 0): Origin | undefined {
  const { ts } = ctx;
  if (depth > MAX_DEPTH) return undefined;
  const inner = unwrap(ts, expr);
  if (inner !== expr) return originOf(ctx, file, inner, depth + 1);
  if (ts.isIdentifier(expr)) {
    const decl = declarationOf(ctx, file, expr);
    if (!decl) return undefined;
    if ('module' in decl) {
      const target = ctx.resolve(file, decl.module);
      return target ? exportOf(ctx, target, decl.imported === '*' ? 'default' : decl.imported, depth + 1) : undefined;
    }
    if (ts.isVariableDeclaration(decl.node)) {
      return decl.node.initializer ? originOf(ctx, decl.file, decl.node.initializer, depth + 1) : undefined;
    }
    return decl;
  }
  if (ts.isPropertyAccessExpression(expr)) {
    const mod = moduleOf(ctx, file, expr.expression);
    return mod ? exportOf(ctx, mod, expr.name.text, depth + 1) : { file, node: expr };
  }
  if (ts.isCallExpression(expr)) {
    const mod = requiredFile(ctx, file, expr);
    if (mod) return exportOf(ctx, mod, 'default', depth + 1);
    const callee = originOf(ctx, file, expr.expression, depth + 1);
    if (callee && isFunctionLike(ts, callee.node)) {
      const returned = returnOrigin(ctx, callee.file, callee.node, depth + 1);
      if (returned) return returned;
    }
  }
  return { file, node: expr };
}

/** One wrapper at a time: `originOf` counts each one against its depth. */
function unwrap(ts: TypeScriptApi, expr: TS.Expression): TS.Expression {
  return isValueWrapper(ts, expr) ? expr.expression : expr;
}

export function isFunctionLike(ts: TypeScriptApi, node: TS.Node): node is FunctionLike {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node);
}

/** The origin of what a function returns: its expression body or its first resolvable `return`. */
export function returnOrigin(ctx: DetectContext, file: ParsedFile, fn: FunctionLike, depth = 0): Origin | undefined {
  const { ts } = ctx;
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return originOf(ctx, file, fn.body, depth + 1);
  for (const ret of returnsOf(ts, fn.body)) {
    if (!ret.expression) continue;
    const origin = originOf(ctx, file, ret.expression, depth + 1);
    if (origin) return origin;
  }
  return undefined;
}

function returnsOf(ts: TypeScriptApi, body: TS.Block): TS.ReturnStatement[] {
  const out: TS.ReturnStatement[] = [];
  forEachDeep(ts, body, (n) => {
    if (ts.isReturnStatement(n)) out.push(n);
    return isFunctionLike(ts, n) || ts.isClassLike(n) ? 'skip' : undefined;
  });
  return out;
}

/** The declaration a name refers to at a place: lexical scopes first, then the file's imports. */
export function declarationOf(
  ctx: DetectContext,
  file: ParsedFile,
  ident: TS.Identifier,
): Origin | { module: string; imported: string } | undefined {
  const { ts } = ctx;
  const name = ident.text;
  for (let n: TS.Node | undefined = ident.parent; n; n = n.parent) {
    if (isFunctionLike(ts, n)) {
      for (const p of n.parameters) if (ts.isIdentifier(p.name) && p.name.text === name) return { file, node: p };
      if (ts.isFunctionExpression(n) && n.name?.text === name) return { file, node: n };
    }
    if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isModuleBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) {
      const hit = declaredIn(ts, n.statements, name);
      if (hit) return { file, node: hit };
    }
    if (
      (ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isForStatement(n)) &&
      n.initializer &&
      ts.isVariableDeclarationList(n.initializer)
    ) {
      for (const d of n.initializer.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return { file, node: d };
    }
  }
  const binding = file.imports.find((b) => b.local === name);
  return binding ? { module: binding.module, imported: binding.imported } : undefined;
}

function declaredIn(ts: TypeScriptApi, statements: readonly TS.Statement[], name: string): TS.Node | undefined {
  for (const stmt of statements) {
    if (ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return d;
    } else if ((ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt)) && stmt.name?.text === name) {
      return stmt;
    }
  }
  return undefined;
}

/** The repository file a `require('./x')` / `import('./x')` call loads. */
export function requiredFile(ctx: DetectContext, file: ParsedFile, call: TS.CallExpression): ParsedFile | undefined {
  const spec = requiredSpecifier(ctx.ts, call);
  return spec === undefined ? undefined : ctx.resolve(file, spec);
}

/** `require('m')` or `import('m')` → 'm'. */
export function requiredSpecifier(ts: TypeScriptApi, call: TS.CallExpression): string | undefined {
  const arg = call.arguments[0];
  if (call.arguments.length !== 1 || !arg || !ts.isStringLiteralLike(arg)) return undefined;
  const isRequire = ts.isIdentifier(call.expression) && call.expression.text === 'require';
  return isRequire || call.expression.kind === ts.SyntaxKind.ImportKeyword ? arg.text : undefined;
}

/** The package or module an expression was imported from: `x` bound by an import, or `require('x')`. */
export function importedFrom(ctx: DetectContext, file: ParsedFile, expr: TS.Expression): { module: string; imported: string } | undefined {
  const { ts } = ctx;
  const e = unwrap(ts, expr);
  if (e !== expr) return importedFrom(ctx, file, e);
  if (ts.isCallExpression(e)) {
    const spec = requiredSpecifier(ts, e);
    return spec === undefined ? undefined : { module: spec, imported: '*' };
  }
  if (ts.isPropertyAccessExpression(e)) {
    const base = importedFrom(ctx, file, e.expression);
    return base && base.imported === '*' ? { module: base.module, imported: e.name.text } : undefined;
  }
  if (!ts.isIdentifier(e)) return undefined;
  const decl = declarationOf(ctx, file, e);
  if (!decl) return undefined;
  if ('module' in decl) return decl;
  if (ts.isVariableDeclaration(decl.node) && decl.node.initializer) return importedFrom(ctx, decl.file, decl.node.initializer);
  return undefined;
}

/** The repository module an expression names as a whole: `ns` from `import * as ns`, `require('./x')`. */
function moduleOf(ctx: DetectContext, file: ParsedFile, expr: TS.Expression): ParsedFile | undefined {
  const { ts } = ctx;
  if (ts.isCallExpression(expr)) return requiredFile(ctx, file, expr);
  if (!ts.isIdentifier(expr)) return undefined;
  const decl = declarationOf(ctx, file, expr);
  if (decl && 'module' in decl && decl.imported === '*') return ctx.resolve(file, decl.module);
  if (
    decl &&
    !('module' in decl) &&
    ts.isVariableDeclaration(decl.node) &&
    decl.node.initializer &&
    ts.isCallExpression(decl.node.initializer)
  ) {
    return requiredFile(ctx, decl.file, decl.node.initializer);
  }
  return undefined;
}

/** The origin of what a module exports under `name` (`default` also reads `module.exports = …`). */
export function exportOf(ctx: DetectContext, target: ParsedFile, name: string, depth = 0): Origin | undefined {
  const { ts } = ctx;
  if (depth > MAX_DEPTH) return undefined;
  const sf = target.sf;
  for (const stmt of sf.statements) {
    if (ts.isExportAssignment(stmt)) {
      if (name === 'default') return originOf(ctx, target, stmt.expression, depth + 1);
      continue;
    }
    const mods = ts.canHaveModifiers(stmt) ? ts.getModifiers(stmt) : undefined;
    const exported = mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exported && (ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt))) {
      if (isDefault ? name === 'default' : stmt.name?.text === name) return { file: target, node: stmt };
    }
    if (exported && ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === name)
          return d.initializer ? originOf(ctx, target, d.initializer, depth + 1) : undefined;
      }
    }
    if (ts.isExportDeclaration(stmt)) {
      const from =
        stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier) ? ctx.resolve(target, stmt.moduleSpecifier.text) : undefined;
      if (stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
        for (const el of stmt.exportClause.elements) {
          if (el.name.text !== name) continue;
          const local = el.propertyName ?? el.name;
          if (from) return exportOf(ctx, from, local.text, depth + 1);
          if (ts.isIdentifier(local)) return originOf(ctx, target, local, depth + 1);
        }
      } else if (!stmt.exportClause && from && name !== 'default') {
        const hit = exportOf(ctx, from, name, depth + 1);
        if (hit) return hit;
      }
    }
    // CommonJS: module.exports = x; module.exports.name = x; exports.name = x
    if (
      ts.isExpressionStatement(stmt) &&
      ts.isBinaryExpression(stmt.expression) &&
      stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken
    ) {
      const left = stmt.expression.left.getText(sf).replace(/\s+/g, '');
      const value = stmt.expression.right;
      if (left === 'module.exports') {
        if (name === 'default') return originOf(ctx, target, value, depth + 1);
        if (ts.isObjectLiteralExpression(value)) {
          for (const p of value.properties) {
            if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return originOf(ctx, target, p.name, depth + 1);
            if (ts.isPropertyAssignment(p) && p.name.getText(sf) === name) return originOf(ctx, target, p.initializer, depth + 1);
          }
        }
      }
      if (left === `module.exports.${name}` || left === `exports.${name}`) return originOf(ctx, target, value, depth + 1);
    }
  }
  return undefined;
}

/** The names a module exports whose value comes from `node` (an instance, or the function that builds one). */
export function exportNamesOf(ctx: DetectContext, file: ParsedFile, node: TS.Node): string[] {
  const names: string[] = [];
  for (const name of exportedNames(ctx.ts, file.sf)) {
    if (exportOf(ctx, file, name)?.node === node) names.push(name);
  }
  return names;
}

function exportedNames(ts: TypeScriptApi, sf: TS.SourceFile): string[] {
  const out = new Set<string>();
  for (const stmt of sf.statements) {
    if (ts.isExportAssignment(stmt)) out.add('default');
    const mods = ts.canHaveModifiers(stmt) ? ts.getModifiers(stmt) : undefined;
    if (mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if (mods.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) out.add('default');
      else if ((ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt)) && stmt.name)
        out.add(stmt.name.text);
      else if (ts.isVariableStatement(stmt))
        for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name)) out.add(d.name.text);
    }
    if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) out.add(el.name.text);
    }
    if (
      ts.isExpressionStatement(stmt) &&
      ts.isBinaryExpression(stmt.expression) &&
      stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken
    ) {
      const left = stmt.expression.left.getText(sf).replace(/\s+/g, '');
      if (left === 'module.exports') {
        out.add('default');
        // module.exports = { createApp, build: makeApp }
        const value = stmt.expression.right;
        if (ts.isObjectLiteralExpression(value))
          for (const p of value.properties)
            if ((ts.isShorthandPropertyAssignment(p) || ts.isPropertyAssignment(p)) && !ts.isComputedPropertyName(p.name))
              out.add(p.name.getText(sf));
      }
      const named = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(left);
      if (named) out.add(named[1]!);
    }
  }
  return [...out];
}

/** The nearest function around a node. */
export function enclosingFunction(ts: TypeScriptApi, node: TS.Node): FunctionLike | undefined {
  for (let n: TS.Node | undefined = node.parent; n; n = n.parent) if (isFunctionLike(ts, n)) return n;
  return undefined;
}

/** A readable name for a function: its own, or that of the variable or property it is assigned to. */
export function functionName(ts: TypeScriptApi, fn: FunctionLike): string | undefined {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent)) return parent.name.getText();
  return undefined;
}

/** Array methods whose callback gets each element as its first parameter. */
const ELEMENT_CALLBACKS = new Set(['forEach', 'map', 'flatMap', 'reduce']);

/**
 * The values a loop variable takes when it walks an array written in the repository: `for (const r of [a, b])`,
 * `for (const r of routers)` with `const routers = [a, b]` (here or in a module it comes from), `[a, b].forEach((r) => …)`.
 * Spread elements are left out. Undefined when `ident` is no such variable.
 */
export function iteratedValues(
  ctx: DetectContext,
  file: ParsedFile,
  ident: TS.Identifier,
): { file: ParsedFile; values: TS.Expression[] } | undefined {
  const { ts } = ctx;
  const decl = declarationOf(ctx, file, ident);
  if (!decl || 'module' in decl) return undefined;
  let iterated: TS.Expression | undefined;
  const node = decl.node;
  if (ts.isVariableDeclaration(node) && ts.isVariableDeclarationList(node.parent) && ts.isForOfStatement(node.parent.parent)) {
    iterated = node.parent.parent.expression;
  } else if (ts.isParameter(node) && isFunctionLike(ts, node.parent)) {
    const fn = node.parent;
    const call = fn.parent;
    if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.arguments[0] === fn) {
      const method = call.expression.name.text;
      // `reduce((acc, r) => …)` gets the element second.
      if (ELEMENT_CALLBACKS.has(method) && fn.parameters.indexOf(node) === (method === 'reduce' ? 1 : 0))
        iterated = call.expression.expression;
    }
  }
  if (!iterated) return undefined;
  const array = ts.isArrayLiteralExpression(iterated) ? { file: decl.file, node: iterated as TS.Node } : originOf(ctx, decl.file, iterated);
  if (!array || !ts.isArrayLiteralExpression(array.node)) return undefined;
  return { file: array.file, values: array.node.elements.filter((e): e is TS.Expression => !ts.isSpreadElement(e)) };
}

import type * as TS from 'typescript';
import { forEachDeep } from '../ast.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import { type FunctionLike, functionName, isFunctionLike, originOf } from './origin.js';

/** An app or router received as a function parameter: `function userRoutes(router) { router.get(…) }`. */
export interface ParamOwner {
  key: string;
  file: ParsedFile;
  fn: FunctionLike;
  index: number;
}

export function paramOwner(ctx: DetectContext, file: ParsedFile, param: TS.Node): ParamOwner | undefined {
  const { ts } = ctx;
  if (!ts.isParameter(param) || !isFunctionLike(ts, param.parent)) return undefined;
  const fn = param.parent;
  return { key: `param:${file.path}#${param.getStart(file.sf)}`, file, fn, index: fn.parameters.indexOf(param) };
}

export interface CallSite {
  file: ParsedFile;
  call: TS.CallExpression;
}

/**
 * Where the given functions are called, across the files. Only calls whose callee names one of
 * the functions or an import of a repository module are resolved, to keep the pass cheap.
 */
export function callSitesOf(ctx: DetectContext, fns: readonly FunctionLike[]): Map<FunctionLike, CallSite[]> {
  const { ts } = ctx;
  const out = new Map<FunctionLike, CallSite[]>();
  if (fns.length === 0) return out;
  const wanted = new Set(fns);
  const names = new Set(fns.map((f) => functionName(ts, f)).filter((n): n is string => n !== undefined));
  for (const file of ctx.files) {
    const candidates = new Set([...names, ...file.imports.filter((b) => b.module.startsWith('.')).map((b) => b.local)]);
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      const base = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression.text : undefined;
      if (!name || !(candidates.has(name) || (base !== undefined && candidates.has(base)))) return;
      const origin = originOf(ctx, file, callee);
      if (!origin || !wanted.has(origin.node as FunctionLike)) return;
      const list = out.get(origin.node as FunctionLike) ?? [];
      list.push({ file, call: node });
      out.set(origin.node as FunctionLike, list);
    });
  }
  return out;
}

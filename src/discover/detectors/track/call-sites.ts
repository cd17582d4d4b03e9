import type * as TS from 'typescript';
import { forEachDeep } from '../../ast.js';
import type { ParsedFile } from '../../detector.js';
import type { Bindings, Resolver } from './values.js';

export interface CallSiteBinding {
  file: ParsedFile;
  call: TS.CallExpression;
  bindings: Bindings;
}

/**
 * Calls of a wrapper function (`publishEvent('order.created', order)` for a function that publishes with its
 * parameter as routing key), so names that are parameters can be read at each call site, one level up.
 * Callers need not import the library, so files the walk did not parse are parsed here when they call the function.
 */
export class CallSites {
  private readonly cache = new Map<TS.Node, CallSiteBinding[]>();

  constructor(private readonly r: Resolver) {}

  /** The call sites of the named function around `node`; empty when there is none. */
  of(node: TS.Node): CallSiteBinding[] {
    const fn = namedFunction(this.r.ts, node);
    if (!fn) return [];
    const cached = this.cache.get(fn.node);
    if (cached) return cached;
    const out: CallSiteBinding[] = [];
    this.cache.set(fn.node, out);
    const { ts } = this.r;
    for (const candidate of this.candidates(fn.name)) {
      forEachDeep(ts, candidate.sf, (n) => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression !== fn.nameNode) {
          const d = this.r.declarationOf(candidate, n.expression.text, n.expression);
          const same = (d?.kind === 'function' && d.node === fn.node) || (d?.kind === 'var' && d.decl.initializer === fn.node);
          if (same) {
            const bindings = new Map<TS.ParameterDeclaration, { file: ParsedFile; expr: TS.Expression | undefined }>();
            fn.node.parameters.forEach((p, i) => bindings.set(p, { file: candidate, expr: n.arguments[i] }));
            out.push({ file: candidate, call: n, bindings });
          }
        }
      });
    }
    return out;
  }

  /** Evaluates `read` directly, or else once per call site of the enclosing function. */
  values<T>(node: TS.Node, read: (bindings?: Bindings) => T | undefined): { value: T; site?: CallSiteBinding }[] {
    const direct = read();
    if (direct !== undefined) return [{ value: direct }];
    const out: { value: T; site?: CallSiteBinding }[] = [];
    for (const site of this.of(node)) {
      const value = read(site.bindings);
      if (value !== undefined) out.push({ value, site });
    }
    return out;
  }

  private candidates(name: string): ParsedFile[] {
    return this.r.ctx.filesCalling(name).flatMap((path) => this.r.fileAt(path) ?? []);
  }
}

/** The nearest enclosing function that has a name callers can use: a declaration or a variable holding a function. */
function namedFunction(
  ts: Resolver['ts'],
  node: TS.Node,
): { node: TS.FunctionLikeDeclaration; name: string; nameNode: TS.Identifier } | undefined {
  for (let n: TS.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) && n.name) return { node: n, name: n.name.text, nameNode: n.name };
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) {
      return { node: n, name: n.parent.name.text, nameNode: n.parent.name };
    }
    if (ts.isClassLike(n)) return undefined;
  }
  return undefined;
}

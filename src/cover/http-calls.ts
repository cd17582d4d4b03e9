import type * as TS from 'typescript';
import { forEachDeep, lineOf, methodCall } from '../discover/ast.js';
import type { TypeScriptApi } from '../discover/parser.js';

const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/** Stands for a value a test computes (`${id}`), so `/orders/${id}` still matches `/orders/:id`. */
export const DYNAMIC = '\u0000';

export interface HttpCall {
  method: string;
  /** Path only: origin, base-URL prefix and query string removed; computed parts are DYNAMIC. */
  path: string;
  line: number;
  test: string;
}

/**
 * HTTP requests a test file makes, as far as the source shows them: `fetch(url, { method })`,
 * supertest/axios-style `x.post(url)`, and `{ method, url }` objects (Fastify `inject`, `app.request`).
 */
export function httpCalls(ts: TypeScriptApi, sf: TS.SourceFile): HttpCall[] {
  const calls: HttpCall[] = [];
  forEachDeep(ts, sf, (node) => {
    if (!ts.isCallExpression(node)) return;
    const first = node.arguments[0];
    const push = (method: string, urlExpr: TS.Expression | undefined) => {
      const path = urlExpr && urlPath(ts, urlExpr);
      if (path !== undefined) calls.push({ method: method.toUpperCase(), path, line: lineOf(sf, node), test: testName(ts, node, sf) });
    };
    const call = methodCall(ts, node);
    const callee = node.expression;
    const methodArg = first && ts.isStringLiteralLike(first) && HTTP_METHOD.test(first.text) ? first.text : undefined;
    if (methodArg && node.arguments[1]) {
      // request('POST', '/orders', …): a helper that takes the method first.
      push(methodArg, node.arguments[1]);
    } else if (ts.isIdentifier(callee) && callee.text === 'fetch') {
      push(optionString(ts, node.arguments[1], 'method') ?? 'GET', first);
    } else if (call && VERBS.has(call.method) && first) {
      push(call.method, first);
    } else if (first && ts.isObjectLiteralExpression(first)) {
      const method = optionString(ts, first, 'method');
      const url = optionExpr(ts, first, 'url') ?? optionExpr(ts, first, 'path');
      if (url) push(method ?? 'GET', url);
    } else if (call && (call.method === 'request' || call.method === 'inject') && first) {
      push(optionString(ts, node.arguments[1], 'method') ?? 'GET', first);
    }
  });
  return calls;
}

function optionExpr(ts: TypeScriptApi, obj: TS.Expression | undefined, name: string): TS.Expression | undefined {
  if (!obj || !ts.isObjectLiteralExpression(obj)) return undefined;
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
  }
  return undefined;
}

function optionString(ts: TypeScriptApi, obj: TS.Expression | undefined, name: string): string | undefined {
  const expr = optionExpr(ts, obj, name);
  return expr && ts.isStringLiteralLike(expr) ? expr.text : undefined;
}

/** The path part of a URL expression; undefined when it is not a URL the test spells out. */
function urlPath(ts: TypeScriptApi, expr: TS.Expression): string | undefined {
  let text: string;
  if (ts.isStringLiteralLike(expr)) text = expr.text;
  else if (ts.isTemplateExpression(expr)) text = expr.head.text + expr.templateSpans.map((s) => DYNAMIC + s.literal.text).join('');
  else if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const right = urlPath(ts, expr.right);
    const left = ts.isStringLiteralLike(expr.left) ? expr.left.text : DYNAMIC;
    if (right === undefined) return undefined;
    text = left + right;
  } else return undefined;
  text = text.replace(/^[a-z]+:\/\/[^/]*/i, '');
  // `${baseUrl}/orders`: a leading computed part is the origin.
  if (text.startsWith(DYNAMIC)) text = text.replace(new RegExp(`^${DYNAMIC}+`), '');
  text = text.split(/[?#]/)[0]!;
  return text.startsWith('/') ? text : undefined;
}

/** `describe › it` names around a node. */
function testName(ts: TypeScriptApi, node: TS.Node, sf: TS.SourceFile): string {
  const names: string[] = [];
  for (let n: TS.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const base = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
      const title = n.arguments[0];
      if (ts.isIdentifier(base) && /^(?:it|test|describe|suite)$/.test(base.text) && title && ts.isStringLiteralLike(title))
        names.unshift(title.text);
    }
  }
  return names.join(' › ') || `(${sf.fileName})`;
}

/** Whether a concrete request path hits a route pattern (`:param` segments match any single segment). */
export function pathMatches(pattern: string, path: string): boolean {
  const a = pattern.split('/').filter(Boolean);
  const b = path.split('/').filter(Boolean);
  if (a.length !== b.length) return false;
  return a.every((seg, i) => seg.startsWith(':') || seg.startsWith('{') || seg === '*' || seg === b[i]);
}

import { STATUS_CODES } from 'node:http';
import type * as TS from 'typescript';
import { forEachDeep } from '../ast.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { originOf } from './origin.js';

/** A status a piece of code answers with, and the node that says so (for telling which branch it is in). */
export interface StatusSite {
  status: number;
  node: TS.Node;
  /** `ctx.assert(value, 401)`: the value whose absence the status answers. */
  asserted?: TS.Expression;
}

/** Status names as libraries spell them: `NOT_FOUND` (HttpStatus, StatusCodes), `notFound` (http-errors, sensible, Boom), `NotFound`. */
const BY_CONSTANT = new Map<string, number>();
const BY_CAMEL = new Map<string, number>();
const BY_PASCAL = new Map<string, number>();
for (const [code, text] of Object.entries(STATUS_CODES)) {
  const words = (text ?? '')
    .replace(/'/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const status = Number(code);
  BY_CONSTANT.set(words.map((w) => w.toUpperCase()).join('_'), status);
  // Only errors by name: `ok()` or `created()` on any object says nothing about a response.
  if (status < 400) continue;
  const pascal = words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  BY_PASCAL.set(pascal, status);
  BY_CAMEL.set(pascal[0]!.toLowerCase() + pascal.slice(1), status);
}
// Names that differ from Node's table: Nest's `MisdirectedException`, Nest's and Boom's `PAYLOAD_TOO_LARGE`.
BY_PASCAL.set('Misdirected', 421);
BY_CONSTANT.set('REQUEST_ENTITY_TOO_LARGE', 413);
BY_CONSTANT.set('I_AM_A_TEAPOT', 418);

/** Responders that take the status as their second argument or in an init object: Hono's `c.json(x, 201)`, `NextResponse.json(x, { status })`. */
const RESPONDERS = new Set(['json', 'text', 'body', 'html', 'newResponse', 'jsonT']);
const RESPONSE_CLASSES = new Set(['Response', 'NextResponse']);
/** Functions that build an error from a status: `createError(404)`, `httpErrors.createError(409)`, `createHttpError(400)`. */
const STATUS_FACTORY = /^(?:create(?:Http)?Error|httpErrors?|HttpErrors?)$/;

/** A status value: a literal (`404`) or a named constant (`HttpStatus.NOT_FOUND`, `StatusCodes.CREATED`). */
export function statusValue(ts: TypeScriptApi, expr: TS.Expression | undefined): number | undefined {
  if (!expr) return undefined;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return statusValue(ts, expr.expression);
  if (ts.isNumericLiteral(expr)) {
    const n = Number(expr.text);
    return Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
  }
  if (ts.isPropertyAccessExpression(expr) && /^[A-Z][A-Z0-9_]+$/.test(expr.name.text)) return BY_CONSTANT.get(expr.name.text);
  return undefined;
}

/** `{ status: 201 }` → 201. */
function initStatus(ts: TypeScriptApi, expr: TS.Expression | undefined): number | undefined {
  if (!expr || !ts.isObjectLiteralExpression(expr)) return undefined;
  for (const p of expr.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === 'status') return statusValue(ts, p.initializer);
  }
  return undefined;
}

/** 200 for a Response built without a status (no init, or one that sets none); undefined when the status is computed. */
function defaultStatus(ts: TypeScriptApi, init: TS.Expression | undefined): 200 | undefined {
  if (!init) return 200;
  if (!ts.isObjectLiteralExpression(init)) return undefined;
  return init.properties.some((p) => ts.isSpreadAssignment(p) || p.name?.getText() === 'status') ? undefined : 200;
}

/** `NextResponse.json`, `Response.json`: a static method of the web Response classes. */
function isResponseClass(ts: TypeScriptApi, callee: TS.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && RESPONSE_CLASSES.has(callee.expression.text);
}

function calleeName(ts: TypeScriptApi, callee: TS.Expression): string {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/** The status one call or `new` answers with, in any of the shapes the HTTP frameworks use. */
function callStatus(ts: TypeScriptApi, n: TS.CallExpression | TS.NewExpression): Omit<StatusSite, 'node'> | undefined {
  const args = n.arguments ?? [];
  const name = calleeName(ts, n.expression);
  const isMethod = ts.isPropertyAccessExpression(n.expression);
  if (ts.isNewExpression(n)) {
    if (RESPONSE_CLASSES.has(name)) {
      const status = initStatus(ts, args[1]) ?? defaultStatus(ts, args[1]);
      return status ? { status } : undefined;
    }
    // Nest's `new NotFoundException()`, http-errors' `new createError.NotFound()`.
    const named = name.endsWith('Exception') ? BY_PASCAL.get(name.slice(0, -'Exception'.length)) : undefined;
    if (named) return { status: named };
    // http-errors' `new NotFound()`, `new createError.Conflict()`
    if (BY_PASCAL.has(name)) return { status: BY_PASCAL.get(name)! };
  } else if (isMethod) {
    const first = args[0];
    if (['status', 'code', 'sendStatus', 'writeHead'].includes(name)) {
      const status = statusValue(ts, first);
      return status ? { status } : undefined;
    }
    // Koa: ctx.throw(404), ctx.throw(400, 'message'), ctx.throw('message', 400); ctx.assert(value, 401)
    if (name === 'throw') {
      const status = statusValue(ts, first) ?? statusValue(ts, args[1]);
      return status ? { status } : undefined;
    }
    if (name === 'assert' && args.length >= 2) {
      const status = statusValue(ts, args[1]);
      return status && first ? { status, asserted: first } : undefined;
    }
    if (RESPONDERS.has(name) && args.length >= 2) {
      const status = statusValue(ts, args[1]) ?? initStatus(ts, args[1]);
      if (status) return { status };
    }
    // `NextResponse.json(rows)`, `Response.json(x, { headers })`: the web Response's default.
    if (name === 'json' && isResponseClass(ts, n.expression) && defaultStatus(ts, args[1])) return { status: 200 };
    // Hono's c.notFound(), Fastify's reply.callNotFound()
    if (name === 'notFound' || name === 'callNotFound') return { status: 404 };
    if (BY_CAMEL.has(name)) return { status: BY_CAMEL.get(name)! };
    if (BY_PASCAL.has(name) && /error/i.test((n.expression as TS.PropertyAccessExpression).expression.getText())) {
      return { status: BY_PASCAL.get(name)! };
    }
  }
  if (STATUS_FACTORY.test(name)) {
    const status = statusValue(ts, args[0]) ?? statusValue(ts, args[1]);
    if (status) return { status };
  } else if (ts.isNewExpression(n) && /(?:Error|Exception)$/.test(name)) {
    // An error of any name built with an error status among its first two arguments.
    const status = statusValue(ts, args[0]) ?? statusValue(ts, args[1]);
    if (status && status >= 400) return { status };
  }
  return undefined;
}

/**
 * Every status the code under `node` answers with: `res.status(404)`, `reply.code(201)`, `res.sendStatus(204)`,
 * `ctx.status = 201`, `ctx.throw(404)`, `ctx.assert(x, 401)`, `c.json(x, 201)`, `c.notFound()`,
 * `NextResponse.json(x, { status: 400 })`, `new Response(null, { status: 204 })`, `reply.callNotFound()`,
 * `httpErrors.notFound()`, `createError(409)`, `new HTTPException(401)`, `new NotFoundException()`,
 * `new HttpException(msg, HttpStatus.CONFLICT)`.
 */
export function statusSites(ctx: DetectContext, node: TS.Node): StatusSite[] {
  const { ts } = ctx;
  const out: StatusSite[] = [];
  const file = ctx.byPath.get(node.getSourceFile().fileName);
  const visit = (n: TS.Node): void => {
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      const site = callStatus(ts, n);
      if (site) out.push({ ...site, node: n });
      else if (file && ts.isNewExpression(n) && ts.isIdentifier(n.expression)) {
        // `throw new NotFoundError('task')` with `class NotFoundError extends HttpError { constructor() { super(404, …) } }`
        const status = errorClassStatus(ctx, file, n.expression, 0);
        if (status) out.push({ status, node: n });
      }
    } else if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(n.left) &&
      (n.left.name.text === 'status' || n.left.name.text === 'statusCode')
    ) {
      const status = statusValue(ts, n.right);
      if (status) out.push({ status, node: n });
    }
  };
  visit(node);
  forEachDeep(ts, node, visit);
  return out;
}

/** The distinct statuses under `node`, sorted. */
export function statusesIn(ctx: DetectContext, node: TS.Node): number[] {
  return sortedStatuses(statusSites(ctx, node).map((s) => s.status));
}

export function sortedStatuses(statuses: Iterable<number>): number[] {
  return [...new Set(statuses)].sort((a, b) => a - b);
}

const classStatus = new WeakMap<TS.Node, number | null>();

/**
 * The status a repository's error class carries: `super(404, …)` in its constructor, `this.status = 409`, a
 * `status = 422` property, or its base class's.
 */
function errorClassStatus(ctx: DetectContext, file: ParsedFile, name: TS.Identifier, depth: number): number | undefined {
  const { ts } = ctx;
  if (depth > 4) return undefined;
  const origin = originOf(ctx, file, name);
  const cls = origin?.node;
  if (!origin || !cls || !ts.isClassLike(cls)) return undefined;
  if (classStatus.has(cls)) return classStatus.get(cls) ?? undefined;
  classStatus.set(cls, null);
  let status: number | undefined;
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m) && /^(?:status|statusCode)$/.test(m.name.getText(origin.file.sf)))
      status ??= errorStatus(ts, m.initializer);
    if (ts.isConstructorDeclaration(m) && m.body)
      forEachDeep(ts, m.body, (n) => {
        if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword)
          status ??= n.arguments.map((a) => errorStatus(ts, a)).find((x) => x !== undefined);
        if (
          ts.isBinaryExpression(n) &&
          n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          /^this\.(?:status|statusCode)$/.test(n.left.getText(origin.file.sf))
        )
          status ??= errorStatus(ts, n.right);
      });
  }
  const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (status === undefined && base && ts.isIdentifier(base)) status = errorClassStatus(ctx, origin.file, base, depth + 1);
  classStatus.set(cls, status ?? null);
  return status;
}

function errorStatus(ts: TypeScriptApi, expr: TS.Expression | undefined): number | undefined {
  const status = statusValue(ts, expr);
  return status !== undefined && status >= 400 ? status : undefined;
}

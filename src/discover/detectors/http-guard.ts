import type * as TS from 'typescript';
import type { AuthInfo } from '../../model.js';
import { exportedLocal, forEachDeep } from '../ast.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { declarationOf, importedFrom, isFunctionLike, originOf, type Origin } from './origin.js';
import { statusSites, sortedStatuses, type StatusSite } from './http-status.js';

/** A guard as a route names it: middleware, a hook, a guard class or `new X()`, and the file it is written in. */
export interface GuardRef {
  expr: TS.Node;
  file: ParsedFile;
}

export interface GuardOptions {
  /** Functions an instance was decorated with, by name (Fastify's `fastify.decorate('authenticate', fn)`): `fastify.authenticate`. */
  decorated?: ReadonlyMap<string, Origin>;
}

/** Guards a package provides: the status they reject with, and the option holding the expected token when there is one. */
const LIBRARY_GUARDS: { module: RegExp; names: RegExp; token?: string }[] = [
  { module: /^hono\/bearer-auth$/, names: /^bearerAuth$/, token: 'token' },
  { module: /^hono\/(?:jwt|jwk|basic-auth)$/, names: /^(?:jwt|jwk|basicAuth)$/ },
  { module: /^(?:express-jwt|koa-jwt|@koa\/jwt)$/, names: /^(?:\*|default|expressjwt|jwt)$/ },
  { module: /^passport$/, names: /^authenticate$/ },
  { module: /^@nestjs\/passport$/, names: /^AuthGuard$/ },
];

/** What one guard rejects: each status with the requests it answers (see `rejections`). */
interface Reading {
  sites: { status: number; kind: RejectionKind }[];
  env?: string;
  tokenFrom?: string;
}

type RejectionKind = 'missing' | 'thrown' | 'any';

/**
 * What guards' own code says about them: the statuses they refuse with (which one a missing and which one a wrong
 * credential gets), and, for a bearer token compared with an environment variable (`Bearer ${process.env.ADMIN_TOKEN}`,
 * `token === process.env.API_TOKEN`, `bearerAuth({ token: process.env.API_TOKEN })`), that variable, so a test can set
 * a token of its own and send it. Guards are middleware, hooks, guard classes (`canActivate`: Nest answers 403 when it
 * returns false) and the guards packages provide (`bearerAuth`, `jwt`, `passport.authenticate`, `AuthGuard('jwt')`: 401).
 */
export function guardInfo(ctx: DetectContext, guards: readonly GuardRef[], options: GuardOptions = {}): AuthInfo | undefined {
  const statuses = new Set<number>();
  let env: string | undefined;
  let tokenFrom: string | undefined;
  let missing: number | undefined;
  let wrong: number | undefined;
  for (const guard of guards) {
    for (const reading of readGuard(ctx, guard, options, 0)) {
      for (const site of reading.sites) {
        if (site.status !== 401 && site.status !== 403) continue;
        statuses.add(site.status);
        if (site.kind !== 'thrown') missing ??= site.status;
        if (site.kind !== 'missing') wrong ??= site.status;
      }
      env ??= reading.env;
      if (!env) tokenFrom ??= reading.tokenFrom;
    }
  }
  if (statuses.size === 0 && !env) return undefined;
  return {
    statuses: sortedStatuses(statuses),
    ...(env ? { scheme: 'bearer' as const, env } : tokenFrom ? { scheme: 'bearer' as const, tokenFrom } : {}),
    ...(missing ? { missing } : {}),
    ...(wrong ? { wrong } : {}),
  };
}

function readGuard(ctx: DetectContext, guard: GuardRef, options: GuardOptions, depth: number): Reading[] {
  const { ts } = ctx;
  if (depth > 6) return [];
  const { expr, file } = guard;
  if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((e) => readGuard(ctx, { expr: e, file }, options, depth + 1));
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr))
    return readGuard(ctx, { expr: expr.expression, file }, options, depth + 1);
  if (ts.isClassLike(expr)) return readClass(ctx, file, expr, options, depth);
  if (isFunctionLike(ts, expr)) return [readFunction(ctx, file, expr, false)];
  if (!ts.isExpression(expr as TS.Expression)) return [];
  const e = expr as TS.Expression;
  if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
    const library = libraryGuard(ctx, file, e);
    if (library) return [library];
    if (ts.isNewExpression(e)) return readGuard(ctx, { expr: e.expression, file }, options, depth + 1);
    // A guard factory (`requireRole('admin')`): its body holds the middleware it returns.
    const body = functionBody(ctx, file, e.expression);
    const fn = body ? { expr: body.node, file: body.file } : resolved(ctx, file, e.expression);
    if (fn) return readGuard(ctx, fn, options, depth + 1);
    // A package's wrapper around the guard's own function: `createMiddleware(async (c, next) => …)`.
    return e.arguments.filter((a) => isFunctionLike(ts, a)).map((a) => readFunction(ctx, file, a, false));
  }
  const fn = functionBody(ctx, file, e);
  if (fn) return [readFunction(ctx, fn.file, fn.node, false)];
  const origin = resolved(ctx, file, e);
  if (origin && origin.expr !== e) return readGuard(ctx, origin, options, depth + 1);
  // `fastify.authenticate`: a decorated function.
  if (ts.isPropertyAccessExpression(e)) {
    const decorated = options.decorated?.get(e.name.text);
    if (decorated) return readGuard(ctx, { expr: decorated.node, file: decorated.file }, options, depth + 1);
  }
  return [];
}

/** A value followed to what creates it; undefined when nothing was found beyond the expression itself. */
function resolved(ctx: DetectContext, file: ParsedFile, expr: TS.Expression): GuardRef | undefined {
  const origin = originOf(ctx, file, expr);
  if (!origin || origin.node === expr) return undefined;
  return { expr: origin.node, file: origin.file };
}

/** A Nest guard class (`canActivate`), a Nest middleware class (`use`), or a guard extending `AuthGuard('jwt')`. */
function readClass(ctx: DetectContext, file: ParsedFile, cls: TS.ClassLikeDeclaration, options: GuardOptions, depth: number): Reading[] {
  const { ts } = ctx;
  const out: Reading[] = [];
  const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const method = (name: string): TS.MethodDeclaration | undefined =>
    cls.members.find((m): m is TS.MethodDeclaration => ts.isMethodDeclaration(m) && m.name.getText(file.sf) === name && !!m.body);
  const canActivate = method('canActivate');
  if (canActivate) out.push(readFunction(ctx, file, canActivate, true));
  else if (method('use')) out.push(readFunction(ctx, file, method('use')!, false));
  if (base) {
    const library = ts.isCallExpression(base) ? libraryGuard(ctx, file, base) : undefined;
    if (library) out.push(library);
    else if (!canActivate) out.push(...readGuard(ctx, { expr: base, file }, options, depth + 1));
  }
  return out;
}

/** `bearerAuth({ token: process.env.API_TOKEN })`, `jwt({ secret })`, `passport.authenticate('jwt')`, `AuthGuard('jwt')`. */
function libraryGuard(ctx: DetectContext, file: ParsedFile, call: TS.CallExpression | TS.NewExpression): Reading | undefined {
  const { ts } = ctx;
  const from = importedFrom(ctx, file, call.expression);
  if (!from) return undefined;
  const name = from.imported === '*' || from.imported === 'default' ? calleeText(ts, call.expression) : from.imported;
  const known = LIBRARY_GUARDS.find((g) => g.module.test(from.module) && (g.names.test(name) || g.names.test(from.imported)));
  if (!known) return undefined;
  const opts = call.arguments?.[0];
  // koa-jwt's `passthrough: true` and express-jwt's `credentialsRequired: false` let every request through.
  const lets = opts && ts.isObjectLiteralExpression(opts) ? opts.properties.map((p) => p.getText(file.sf).replace(/\s+/g, '')) : [];
  if (lets.includes('passthrough:true') || lets.includes('credentialsRequired:false')) return { sites: [] };
  const reading: Reading = { sites: [{ status: 401, kind: 'any' }] };
  if (known.token && opts && ts.isObjectLiteralExpression(opts)) {
    for (const p of opts.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const key = p.name.getText(file.sf);
      if (key === known.token) {
        const env = envOf(ctx, file, p.initializer);
        if (env) reading.env = env;
        else reading.tokenFrom = p.initializer.getText(file.sf).replace(/\s+/g, ' ');
      } else if (key === 'verifyToken' && isFunctionLike(ts, p.initializer)) {
        // `verifyToken: (token) => token === process.env.API_TOKEN`
        const env = expectedToken(ctx, file, p.initializer, true).env;
        if (env) reading.env = env;
      }
    }
  }
  return reading;
}

function calleeText(ts: TypeScriptApi, callee: TS.Expression): string {
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
}

/**
 * A guard function's rejections and expected token. `nest`: a `canActivate`, where returning anything but `true` is a
 * 403 (Nest's ForbiddenException).
 */
function readFunction(ctx: DetectContext, file: ParsedFile, fn: TS.Node, nest: boolean): Reading {
  const { ts } = ctx;
  const sites: StatusSite[] = statusSites(ctx, fn);
  forEachDeep(ts, fn, (n) => {
    // @fastify/jwt: `await request.jwtVerify()` throws a 401, unless a `catch` swallows it (an optional login).
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === 'jwtVerify' &&
      !swallowed(ts, n)
    )
      sites.push({ status: 401, node: n });
    // `return super.canActivate(context)` hands the decision to the base guard (`AuthGuard('jwt')`), read apart.
    if (
      nest &&
      ts.isReturnStatement(n) &&
      n.expression &&
      n.expression.kind !== ts.SyntaxKind.TrueKeyword &&
      !/\bsuper\.canActivate\b/.test(n.expression.getText(file.sf)) &&
      nearestFunction(ts, n) === fn
    )
      sites.push({ status: 403, node: n });
  });
  sites.sort((a, b) => a.node.getStart(file.sf) - b.node.getStart(file.sf));
  const reading: Reading = { sites: sites.map((s) => ({ status: s.status, kind: rejectionKind(ts, fn, s) })) };
  const token = expectedToken(ctx, file, fn);
  if (token.env) reading.env = token.env;
  else if (token.tokenFrom) reading.tokenFrom = token.tokenFrom;
  return reading;
}

/** A call inside a `try` whose `catch` neither throws, returns nor answers: its failure is ignored. */
function swallowed(ts: TypeScriptApi, node: TS.Node): boolean {
  for (let child: TS.Node = node, n = node.parent; n && !isFunctionLike(ts, n); child = n, n = n.parent) {
    if (!ts.isTryStatement(n) || child !== n.tryBlock || !n.catchClause) continue;
    let answers = false;
    forEachDeep(ts, n.catchClause.block, (c) => {
      if (ts.isThrowStatement(c) || ts.isReturnStatement(c) || ts.isCallExpression(c)) answers = true;
      return answers ? 'stop' : undefined;
    });
    return !answers;
  }
  return false;
}

function nearestFunction(ts: TypeScriptApi, node: TS.Node): TS.Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionLike(ts, n)) return n;
  return undefined;
}

/**
 * Which requests a rejection answers: `missing` (a branch that tests for an absent value: `if (!header)`,
 * `header === undefined`, `!header.startsWith('Bearer ')`, `ctx.assert(header, 401)`), `thrown` (a `catch`: a
 * verification that threw), or `any` (a comparison, or no condition at all).
 */
function rejectionKind(ts: TypeScriptApi, root: TS.Node, site: StatusSite): RejectionKind {
  if (site.asserted) return assertsPresence(ts, site.asserted) ? 'missing' : 'any';
  for (let child: TS.Node = site.node, parent = site.node.parent; parent && child !== root; child = parent, parent = parent.parent) {
    if (ts.isCatchClause(parent)) return 'thrown';
    if (ts.isIfStatement(parent) && child === parent.thenStatement) return testsForAbsence(ts, parent.expression) ? 'missing' : 'any';
  }
  return 'any';
}

/** `ctx.assert(header, 401)`, `ctx.assert(header?.startsWith('Bearer '), 401)`: the value's presence. */
function assertsPresence(ts: TypeScriptApi, value: TS.Expression): boolean {
  if (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value)) return true;
  return ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === 'startsWith';
}

/** `!header`, `!header?.startsWith('Bearer ')`, `token === undefined`, `header == null`, `typeof x === 'undefined'`. */
function testsForAbsence(ts: TypeScriptApi, cond: TS.Expression): boolean {
  if (ts.isParenthesizedExpression(cond)) return testsForAbsence(ts, cond.expression);
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken) {
    const operand = cond.operand;
    if (!ts.isCallExpression(operand)) return true;
    return ts.isPropertyAccessExpression(operand.expression) && operand.expression.name.text === 'startsWith';
  }
  if (ts.isBinaryExpression(cond)) {
    const op = cond.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarToken) return testsForAbsence(ts, cond.left) && testsForAbsence(ts, cond.right);
    const equality = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(op);
    const absent = (e: TS.Expression): boolean =>
      e.kind === ts.SyntaxKind.NullKeyword ||
      (ts.isIdentifier(e) && e.text === 'undefined') ||
      (ts.isStringLiteralLike(e) && (e.text === '' || e.text === 'undefined'));
    return equality && (absent(cond.left) || absent(cond.right));
  }
  return false;
}

const COMPARE_CALL = /^(?:timingSafeEqual|safeCompare|secureCompare|safeEqual|constantTimeEqual|timingSafeCompare)$/;

/**
 * The value a bearer token is compared with: an environment variable (`Bearer ${process.env.API_TOKEN}`, `token !==
 * process.env.API_TOKEN`, `timingSafeEqual(Buffer.from(token), Buffer.from(expected))` with `expected` read from the
 * environment), else the expression of a `Bearer ${…}` template that reads none. A comparison counts only where the
 * guard speaks of a bearer token: an API-key header compared with a variable is no bearer token.
 */
function expectedToken(ctx: DetectContext, file: ParsedFile, fn: TS.Node, bearerKnown = false): { env?: string; tokenFrom?: string } {
  const { ts } = ctx;
  let env: string | undefined;
  let tokenFrom: string | undefined;
  const bearer = bearerKnown || /bearer/i.test(fn.getText(file.sf));
  forEachDeep(ts, fn, (n) => {
    if (env) return 'stop';
    if (ts.isTemplateExpression(n) && /^bearer\s+$/i.test(n.head.text) && n.templateSpans.length === 1) {
      const expr = n.templateSpans[0]!.expression;
      env = envOf(ctx, file, expr);
      if (!env) tokenFrom ??= tokenText(ctx, file, expr);
      return undefined;
    }
    if (!bearer) return undefined;
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      const equality = [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken,
      ].includes(op);
      if (equality) env = envOf(ctx, file, n.left) ?? envOf(ctx, file, n.right);
    } else if (ts.isCallExpression(n) && COMPARE_CALL.test(calleeText(ts, n.expression))) {
      for (const arg of n.arguments) env ??= envOf(ctx, file, bufferOf(ts, arg));
    }
    return undefined;
  });
  return env ? { env } : tokenFrom ? { tokenFrom } : {};
}

/** `Buffer.from(x)` → x. */
function bufferOf(ts: TypeScriptApi, expr: TS.Expression): TS.Expression {
  if (ts.isCallExpression(expr) && expr.expression.getText().replace(/\s+/g, '') === 'Buffer.from' && expr.arguments[0])
    return expr.arguments[0];
  return expr;
}

function tokenText(ctx: DetectContext, file: ParsedFile, expr: TS.Expression): string {
  const { ts } = ctx;
  const decl = ts.isIdentifier(expr) ? declarationOf(ctx, file, expr) : undefined;
  const init = decl && !('module' in decl) && ts.isVariableDeclaration(decl.node) ? decl.node.initializer : undefined;
  return (init ?? expr).getText(file.sf).replace(/\s+/g, ' ');
}

/**
 * The environment variable an expression reads: `process.env.X`, `process.env.X ?? 'default'`, `process.env['X']`, or a
 * variable bound to one of those (in the function or at the top of its module), `Bearer ${…}` of one.
 */
export function envOf(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, depth = 0): string | undefined {
  const { ts } = ctx;
  if (depth > 6) return undefined;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr))
    return envOf(ctx, file, expr.expression, depth + 1);
  if (
    ts.isBinaryExpression(expr) &&
    (expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expr.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    return envOf(ctx, file, expr.left, depth + 1);
  }
  if (ts.isPropertyAccessExpression(expr) && expr.expression.getText(file.sf) === 'process.env') return expr.name.text;
  if (
    ts.isElementAccessExpression(expr) &&
    expr.expression.getText(file.sf) === 'process.env' &&
    ts.isStringLiteralLike(expr.argumentExpression)
  )
    return expr.argumentExpression.text;
  if (ts.isTemplateExpression(expr) && /^bearer\s+$/i.test(expr.head.text) && expr.templateSpans.length === 1)
    return envOf(ctx, file, expr.templateSpans[0]!.expression, depth + 1);
  if (ts.isIdentifier(expr)) {
    const decl = declarationOf(ctx, file, expr);
    if (decl && !('module' in decl) && ts.isVariableDeclaration(decl.node) && decl.node.initializer)
      return envOf(ctx, decl.file, decl.node.initializer, depth + 1);
  }
  return undefined;
}

/**
 * The function an expression names: a function literal, a function declared or assigned under that name in the same
 * file (`requireAuth`, `auth.required` → `required`), or one an import names.
 */
export function functionBody(ctx: DetectContext, file: ParsedFile, expr: TS.Expression): { node: TS.Node; file: ParsedFile } | undefined {
  const { ts } = ctx;
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return { node: expr, file };
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) {
    const name = ts.isIdentifier(expr) ? expr.text : expr.name.text;
    const local = findFunction(ts, file.sf, name);
    if (local) return { node: local, file };
    const binding = file.imports.find((b) => b.local === (ts.isIdentifier(expr) ? expr.text : expr.expression.getText(file.sf)));
    const target = binding && ctx.resolve(file, binding.module);
    if (target) {
      const fn = findFunction(
        ts,
        target.sf,
        ts.isIdentifier(expr)
          ? binding.imported === 'default'
            ? (exportedLocal(ts, target.sf, 'default') ?? name)
            : binding.imported
          : name,
      );
      if (fn) return { node: fn, file: target };
    }
  }
  return undefined;
}

function findFunction(ts: TypeScriptApi, sf: TS.SourceFile, name: string): TS.Node | undefined {
  let found: TS.Node | undefined;
  forEachDeep(ts, sf, (n) => {
    if (found) return 'stop';
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name && n.name.getText(sf) === name) found = n;
    else if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.name.text === name &&
      n.initializer &&
      (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))
    )
      found = n.initializer;
    else if (
      ts.isPropertyAssignment(n) &&
      n.name.getText(sf) === name &&
      (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))
    )
      found = n.initializer;
    return undefined;
  });
  return found;
}

/**
 * The statuses an app-wide error handler answers with: those its code sets, and the error statuses of the mapping
 * tables it reads (`{ authors_email_key: { status: 409 } }` at the top of its module). `ref` is the handler as
 * registered (`app.use(errorHandler)`, `app.onError(fn)`, `fastify.setErrorHandler(fn)`).
 */
export function errorHandlerStatuses(ctx: DetectContext, ref: GuardRef): number[] {
  return sortedStatuses(handlerStatuses(ctx, ref).filter((s) => s >= 400 && s < 500));
}

/**
 * The error statuses an app-wide handler adds to a route: those of a route that writes (a constraint it breaks, a body
 * it rejects); a read answers with its own.
 */
export function writeErrors(method: string, statuses: readonly number[]): number[] {
  return ['GET', 'HEAD', 'OPTIONS'].includes(method) ? [] : [...statuses];
}

function handlerStatuses(ctx: DetectContext, ref: GuardRef): number[] {
  const { ts } = ctx;
  const fn = handlerOf(ctx, ref);
  if (!fn) return [];
  const out = statusSites(ctx, fn.node).map((s) => s.status);
  const tables = new Set<TS.Node>([fn.node]);
  forEachDeep(ts, fn.node, (n) => {
    if (!ts.isIdentifier(n)) return;
    const decl = declarationOf(ctx, fn.file, n);
    if (
      decl &&
      !('module' in decl) &&
      ts.isVariableDeclaration(decl.node) &&
      decl.node.initializer &&
      ts.isSourceFile(decl.node.parent.parent.parent)
    )
      tables.add(decl.node.initializer);
  });
  for (const table of tables) {
    forEachDeep(ts, table, (n) => {
      if (ts.isPropertyAssignment(n) && /^(?:status|statusCode)$/.test(n.name.getText(fn.file.sf))) {
        const status = ts.isNumericLiteral(n.initializer) ? Number(n.initializer.text) : undefined;
        if (status && status >= 400 && status <= 599) out.push(status);
      }
    });
  }
  return sortedStatuses(out);
}

/** A middleware, hook or handler as a function: a literal, a named function, or where a value comes from. */
function handlerOf(ctx: DetectContext, ref: GuardRef): { node: TS.Node; file: ParsedFile } | undefined {
  const { ts } = ctx;
  if (isFunctionLike(ts, ref.expr)) return { node: ref.expr, file: ref.file };
  if (!ts.isExpression(ref.expr as TS.Expression)) return undefined;
  const expr = ref.expr as TS.Expression;
  const named = functionBody(ctx, ref.file, expr);
  if (named) return named;
  const origin = originOf(ctx, ref.file, expr);
  return origin && isFunctionLike(ts, origin.node) ? origin : undefined;
}

/** An error-handling middleware: Express's four-parameter `(err, req, res, next)`, or Koa's `try { await next() } catch`. */
export function isErrorMiddleware(ctx: DetectContext, ref: GuardRef): boolean {
  const { ts } = ctx;
  const fn = handlerOf(ctx, ref);
  if (!fn || !isFunctionLike(ts, fn.node)) return false;
  if (fn.node.parameters.length === 4) return true;
  let found = false;
  forEachDeep(ts, fn.node, (n) => {
    if (ts.isTryStatement(n) && n.catchClause && /\bawait\s+next\s*\(/.test(n.tryBlock.getText(fn.file.sf))) found = true;
    return found ? 'stop' : undefined;
  });
  return found;
}

import type * as TS from 'typescript';
import type { AppEntry, AuthInfo, HttpDetails, HttpFramework, HttpPoint, JsonSchemaLike, SourceLocation } from '../../model.js';
import type { DetectContext, Draft, ParsedFile } from '../detector.js';
import { forEachDeep, lineOf } from '../ast.js';
import type { TypeScriptApi } from '../parser.js';
import { handCheckedBody } from '../schemas/hand-checks.js';
import { joiToSchema } from '../schemas/joi.js';
import { zodToSchema } from '../schemas/zod.js';
import { functionBody, guardInfo, type GuardOptions, type GuardRef } from './http-guard.js';
import { statusesIn } from './http-status.js';
import { enclosingFunction, exportNamesOf, exportOf, isFunctionLike, originOf, type FunctionLike } from './origin.js';
import { testHelperOf } from './test-helper.js';

export {
  envOf,
  errorHandlerStatuses,
  functionBody,
  guardInfo,
  isErrorMiddleware,
  type GuardOptions,
  writeErrors,
  type GuardRef,
} from './http-guard.js';
export { sortedStatuses, statusesIn, statusSites, statusValue } from './http-status.js';

/** Joins route prefixes as frameworks serve them: `/api` + `/orders/:id` → `/api/orders/:id`. */
export function joinPaths(...parts: string[]): string {
  const joined = parts
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== '/')
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/** `:id` and `{id}` style parameters, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)|\{([A-Za-z0-9_]+)\}/g)].map((m) => (m[1] ?? m[2])!);
}

const AUTH =
  /auth|guard|jwt|passport|session|login|protect|permission|role|token|apikey|api_key|requireuser|ensureuser|bearer|acl|admin|verify|hasaccess|canaccess/i;

/** The middleware names that look like authentication or authorisation guards. */
export function authNames(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => n && AUTH.test(n)))];
}

/**
 * A request-body schema from a validation expression: zod (`z.object(…)`), Joi (`Joi.object(…)`),
 * or a celebrate-style segment map (`{ [Segments.BODY]: Joi.object(…) }`, `{ body: … }`).
 */
export function readSchema(
  ts: TypeScriptApi,
  expr: TS.Expression,
  lookup: (name: string) => TS.Expression | undefined,
): JsonSchemaLike | undefined {
  if (ts.isObjectLiteralExpression(expr)) {
    for (const prop of expr.properties) {
      if (!ts.isPropertyAssignment(prop)) continue;
      const name = ts.isComputedPropertyName(prop.name) ? prop.name.expression.getText() : prop.name.getText();
      if (/^(?:Segments\.)?body$/i.test(name.replace(/['"]/g, ''))) return readSchema(ts, prop.initializer, lookup);
    }
    return undefined;
  }
  return zodToSchema(ts, expr, lookup) ?? joiToSchema(ts, expr, lookup);
}

/** Names of the middleware an expression stands for: `requireAuth`, `jwt({…})` → `jwt`, `[a, b]`, `fastify.auth([…])`. */
export function middlewareNames(ts: TypeScriptApi, expr: TS.Expression): string[] {
  if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((e) => middlewareNames(ts, e));
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return middlewareNames(ts, expr.expression);
  if (ts.isCallExpression(expr) || ts.isNewExpression(expr)) return middlewareNames(ts, expr.expression);
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) return [expr.getText().replace(/\s+/g, '')];
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) {
    // An inline guard: name it by the auth-looking calls it makes (`request.jwtVerify()`).
    const names: string[] = [];
    const visit = (n: TS.Node): void => {
      if (!ts.isCallExpression(n)) return;
      const callee = ts.isPropertyAccessExpression(n.expression)
        ? n.expression.name.text
        : ts.isIdentifier(n.expression)
          ? n.expression.text
          : '';
      if (AUTH.test(callee)) names.push(callee);
    };
    visit(expr.body);
    forEachDeep(ts, expr.body, visit);
    return names;
  }
  return [];
}

/** One `http` point, with the details every HTTP detector records. */
export function httpPoint(
  library: string,
  method: string,
  path: string,
  location: SourceLocation,
  extra: Omit<HttpDetails, 'method' | 'path' | 'params'>,
): Draft<HttpPoint> {
  const { auth, body, handler, app, webhook, statuses, authInfo, ...rest } = extra;
  const details: HttpDetails = {
    method,
    path,
    params: pathParams(path),
    auth: authNames(auth),
    handler: handler ?? location,
    ...rest,
  };
  if (body) details.body = body;
  if (app) details.app = app;
  if (webhook) details.webhook = webhook;
  if (statuses) details.statuses = statuses;
  if (authInfo && details.auth.length > 0) details.authInfo = authInfo;
  return { kind: 'http', library, key: `${method} ${path}`, location, details, service: 'none' };
}

/** A route declared as `verb(path, ...middleware, handler)` (Hono, Koa): the arguments after the path end with the handler. */
export interface ArgsRoute {
  method: string;
  file: ParsedFile;
  line: number;
  args: readonly TS.Expression[];
}

/**
 * The `http` point of such a route, served at `path`: its body schema, handler, statuses and webhook read from its
 * arguments, its guards' reading from `guards` (the middleware in front of it, as written).
 */
export function argsRoutePoint(
  ctx: DetectContext,
  library: string,
  route: ArgsRoute,
  path: string,
  auth: string[],
  app: AppEntry | undefined,
  guards: readonly GuardRef[] = [],
  statuses: readonly number[] = [],
): Draft<HttpPoint> {
  const { method, file, line, args } = route;
  const location = { file: file.path, line };
  return httpPoint(library, method, withoutParamPatterns(path), location, {
    auth,
    body: bodySchemaOf(ctx, file, args),
    handler: handlerLocation(ctx, file, args.at(-1)) ?? location,
    app,
    webhook: webhookOf(ctx, path, file, args),
    statuses: sortedUnique([...statuses, ...handlerStatuses(ctx, file, args.at(-1))]),
    authInfo: guardInfoOf(ctx, guards),
  });
}

function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The function a handler expression stands for: a literal, a function named in the file or an import, or where a value comes from. */
export function handlerFunction(
  ctx: DetectContext,
  file: ParsedFile,
  handler: TS.Expression | undefined,
): { node: TS.Node; file: ParsedFile } | undefined {
  if (!handler) return undefined;
  const named = functionBody(ctx, file, handler);
  if (named) return named;
  const origin = originOf(ctx, file, handler);
  return origin && isFunctionLike(ctx.ts, origin.node) ? { node: origin.node, file: origin.file } : undefined;
}

/** The statuses a route handler's own code answers with. */
export function handlerStatuses(ctx: DetectContext, file: ParsedFile, handler: TS.Expression | undefined): number[] {
  const fn = handlerFunction(ctx, file, handler);
  return fn ? statusesIn(ctx, fn.node) : [];
}

/** The guards' reading, from those of `guards` whose names look like authentication or authorisation. */
export function guardInfoOf(ctx: DetectContext, guards: readonly GuardRef[], options?: GuardOptions): AuthInfo | undefined {
  const { ts } = ctx;
  const named = guards.filter((g) => ts.isClassLike(g.expr) || authNames(middlewareNames(ts, g.expr as TS.Expression)).length > 0);
  return named.length ? guardInfo(ctx, named, options) : undefined;
}

/** A route that receives a third party's events; `provider` when the path or the signature check names it. */
export interface Webhook {
  provider?: string;
}

const WEBHOOK_PATH = /webhooks?/i;
/** Senders whose name in a webhook's path is the provider (`/api/stripe/webhook`, `/webhooks/github`). */
const PROVIDERS = new Set([
  'stripe',
  'github',
  'gitlab',
  'bitbucket',
  'twilio',
  'slack',
  'discord',
  'shopify',
  'paypal',
  'paddle',
  'lemonsqueezy',
  'razorpay',
  'sendgrid',
  'mailgun',
  'postmark',
  'resend',
  'clerk',
  'svix',
  'linear',
  'vercel',
  'telegram',
  'whatsapp',
  'zoom',
  'calendly',
  'hubspot',
  'intercom',
  'plaid',
  'square',
  'coinbase',
]);
/** Signature (or event) headers a handler reads to verify a sender, lower-cased, and the sender they belong to. */
const SIGNATURE_HEADERS: Readonly<Record<string, string>> = {
  'stripe-signature': 'stripe',
  'x-hub-signature-256': 'github',
  'x-hub-signature': 'github',
  'x-github-event': 'github',
  'x-gitlab-token': 'gitlab',
  'x-twilio-signature': 'twilio',
  'x-slack-signature': 'slack',
  'x-signature-ed25519': 'discord',
  'x-shopify-hmac-sha256': 'shopify',
  'paypal-transmission-sig': 'paypal',
  'paddle-signature': 'paddle',
  'x-razorpay-signature': 'razorpay',
  'x-twilio-email-event-webhook-signature': 'sendgrid',
  'svix-signature': 'svix',
  'linear-signature': 'linear',
};

/**
 * Whether a route is a webhook receiver: its path says so (`/webhooks/stripe`, `/api/webhook`), or its handler verifies a
 * sender's signature (`stripe.webhooks.constructEvent(…)`, a `stripe-signature` or `x-hub-signature-256` header). The
 * provider comes from the path (a known sender, else the segment after `webhooks`), else from the handler.
 * `handlers` are the route's middleware and handler, as written at the route (`file`) or as function nodes.
 */
export function webhookOf(
  ctx: DetectContext,
  path: string,
  file: ParsedFile,
  handlers: readonly (TS.Node | undefined)[],
): Webhook | undefined {
  const byPath = WEBHOOK_PATH.test(path);
  const provider = (byPath ? providerInPath(path) : undefined) ?? providerInCode(ctx, file, handlers);
  if (!byPath && !provider) return undefined;
  return provider ? { provider } : {};
}

function providerInPath(path: string): string | undefined {
  const segments = path.split('/').filter(Boolean);
  for (const seg of segments) {
    const words = seg.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase());
    const known = words.find((w) => PROVIDERS.has(w));
    if (known) return known;
  }
  const at = segments.findIndex((s) => /^webhooks?$/i.test(s));
  const next = at >= 0 ? segments[at + 1] : undefined;
  return next && /^[A-Za-z][\w-]*$/.test(next) ? next.toLowerCase() : undefined;
}

function providerInCode(ctx: DetectContext, file: ParsedFile, handlers: readonly (TS.Node | undefined)[]): string | undefined {
  const { ts } = ctx;
  for (const h of handlers) {
    if (!h) continue;
    const fn = isFunctionLike(ts, h)
      ? { file, node: h }
      : ts.isIdentifier(h) || ts.isPropertyAccessExpression(h)
        ? originOf(ctx, file, h)
        : undefined;
    if (!fn || !isFunctionLike(ts, fn.node)) continue;
    let found: string | undefined;
    forEachDeep(ts, fn.node, (n) => {
      if (ts.isStringLiteralLike(n)) found = SIGNATURE_HEADERS[n.text.toLowerCase()];
      // stripe.webhooks.constructEvent(body, signature, secret)
      else if (
        ts.isPropertyAccessExpression(n) &&
        /^constructEvent(?:Async)?$/.test(n.name.text) &&
        ts.isPropertyAccessExpression(n.expression) &&
        n.expression.name.text === 'webhooks'
      )
        found = 'stripe';
      return found ? 'stop' : undefined;
    });
    if (found) return found;
  }
  return undefined;
}

/** Finds the value bound to a name in a file (top-level declarations, then imports), for schema readers. */
export function schemaLookup(ctx: DetectContext, file: ParsedFile): (name: string) => TS.Expression | undefined {
  const { ts } = ctx;
  return (name) => {
    for (const stmt of file.sf.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return d.initializer;
    }
    const binding = file.imports.find((b) => b.local === name);
    const target = binding && ctx.resolve(file, binding.module);
    const origin = target && exportOf(ctx, target, binding.imported === '*' ? 'default' : binding.imported);
    return origin && ts.isExpression(origin.node as TS.Expression) ? (origin.node as TS.Expression) : undefined;
  };
}

/** What a request body is read as inside a handler: `req.body`, `ctx.request.body`, `await c.req.json()`. */
const BODY_READ = /(?:\.body|\.json\(\)|\.valid\(['"](?:json|form)['"]\))$/;

/**
 * The request-body schema among a route's middleware and handler: a validator call
 * (`validate(S)`, `celebrate({…})`, `zValidator('json', S)`) or a parse of the body inside the
 * handler (`S.parse(req.body)`, `S.safeParse(await request.json())`, `S.validate(req.body)`).
 */
export function bodySchemaOf(ctx: DetectContext, file: ParsedFile, args: readonly TS.Expression[]): JsonSchemaLike | undefined {
  const { ts } = ctx;
  for (const arg of args) {
    if (ts.isCallExpression(arg) && arg.arguments.length > 0) {
      const [first, second] = arg.arguments;
      const target = first && ts.isStringLiteralLike(first) ? (/^(?:json|form)$/.test(first.text) ? second : undefined) : first;
      const schema = target && readSchema(ts, target, schemaLookup(ctx, file));
      if (schema) return schema;
    }
    const fn = ts.isArrowFunction(arg) || ts.isFunctionExpression(arg) ? { file, node: arg as TS.Node } : originOf(ctx, file, arg);
    if (!fn || !isFunctionLike(ts, fn.node) || !fn.node.body) continue;
    const schema = parsedBodySchema(ctx, fn.file, fn.node.body);
    if (schema) return schema;
  }
  return handCheckedBody(ctx, file, args);
}

export function parsedBodySchema(ctx: DetectContext, file: ParsedFile, body: TS.Node): JsonSchemaLike | undefined {
  const { ts } = ctx;
  const lookup = schemaLookup(ctx, file);
  for (const validator of bodyValidators(ctx, file, body)) {
    const schema = readSchema(ts, validator, lookup);
    if (schema) return schema;
  }
  // A helper handed the schema: `parseBody(request, S)` whose body runs `schema.safeParse(await request.json())`.
  let schema: JsonSchemaLike | undefined;
  forEachDeep(ts, body, (n) => {
    if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression) || n.arguments.length === 0) return undefined;
    const helper = functionBody(ctx, file, n.expression);
    const at = helper && isFunctionLike(ts, helper.node) ? schemaParameter(ctx, helper.file, helper.node) : undefined;
    const arg = at === undefined ? undefined : n.arguments[at];
    schema = arg && readSchema(ts, arg, lookup);
    return schema ? 'stop' : undefined;
  });
  return schema;
}

/** The expressions a body is validated with under `node`: `S` of `S.parse(req.body)`, `S.safeParse(await request.json())`. */
function bodyValidators(ctx: DetectContext, file: ParsedFile, node: TS.Node): TS.Expression[] {
  const { ts } = ctx;
  // `await request.json().catch(() => undefined)` reads the body as `request.json()` does.
  const textOf = (e: TS.Expression): string => {
    let read = ts.isAwaitExpression(e) ? e.expression : e;
    if (ts.isCallExpression(read) && ts.isPropertyAccessExpression(read.expression) && read.expression.name.text === 'catch')
      read = read.expression.expression;
    return read.getText(file.sf).replace(/\s+/g, '');
  };
  // `const payload = await request.json()` names the body for a later `S.parse(payload)`.
  const bodyNames = new Set<string>();
  const collect = (n: TS.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && BODY_READ.test(textOf(n.initializer)))
      bodyNames.add(n.name.text);
  };
  collect(node);
  forEachDeep(ts, node, collect);
  const out: TS.Expression[] = [];
  const visit = (n: TS.Node): void => {
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      /^(?:(?:safe)?[pP]arse|validate)(?:Async)?$/.test(n.expression.name.text)
    ) {
      const arg = n.arguments[0];
      const text = arg ? textOf(arg) : '';
      if (BODY_READ.test(text) || bodyNames.has(text)) out.push(n.expression.expression);
    }
  };
  visit(node);
  forEachDeep(ts, node, visit);
  return out;
}

/** Which parameter of a helper holds the schema it validates the request body with, if it does. */
function schemaParameter(ctx: DetectContext, file: ParsedFile, fn: FunctionLike): number | undefined {
  const { ts } = ctx;
  if (!fn.body) return undefined;
  for (const validator of bodyValidators(ctx, file, fn.body)) {
    if (!ts.isIdentifier(validator)) continue;
    const at = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === validator.text);
    if (at >= 0) return at;
  }
  return undefined;
}

/** How a test can get hold of the app: an exported instance, or an exported function that builds it. */
export function appEntryOf(
  ctx: DetectContext,
  file: ParsedFile,
  nodes: readonly TS.Node[],
  framework: HttpFramework,
): AppEntry | undefined {
  for (const node of nodes) {
    const name = exportNamesOf(ctx, file, node)[0];
    if (name) return withTestHelper(ctx, { file: file.path, framework, export: { name, type: 'instance' } });
  }
  const fn = nodes[0] && enclosingFunction(ctx.ts, nodes[0]);
  const factory = fn && exportNamesOf(ctx, file, fn)[0];
  return factory ? withTestHelper(ctx, { file: file.path, framework, export: { name: factory, type: 'factory' } }) : undefined;
}

/** The entry with the helper the repository's tests build the app with, when they use one. */
export function withTestHelper(ctx: DetectContext, entry: AppEntry): AppEntry {
  const testHelper = testHelperOf(ctx, entry);
  return testHelper ? { ...entry, testHelper } : entry;
}

/** Where a handler's code is: a function literal where it is written, a named function where it is declared. */
export function handlerLocation(ctx: DetectContext, file: ParsedFile, handler: TS.Expression | undefined): SourceLocation | undefined {
  const { ts } = ctx;
  if (!handler) return undefined;
  if (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) return { file: file.path, line: lineOf(file.sf, handler) };
  const origin = originOf(ctx, file, handler);
  if (origin && isFunctionLike(ts, origin.node)) return { file: origin.file.path, line: lineOf(origin.file.sf, origin.node) };
  return undefined;
}

/** Drops inline parameter patterns from a route path: `/post/:id{[0-9]+}` (Hono), `/:id(\\d+)` (path-to-regexp) → `/post/:id`. */
export function withoutParamPatterns(path: string): string {
  return path.replace(/(:[A-Za-z0-9_]+)(?:\{[^}]*\}|\((?:[^()]|\([^()]*\))*\))/g, '$1');
}

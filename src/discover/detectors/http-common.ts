import type * as TS from 'typescript';
import type { AppEntry, HttpDetails, JsonSchemaLike, SourceLocation } from '../../model.js';
import type { DetectContext, DraftPoint, ParsedFile } from '../detector.js';
import { lineOf } from '../ast.js';
import type { TypeScriptApi } from '../parser.js';
import { joiToSchema } from '../schemas/joi.js';
import { zodToSchema } from '../schemas/zod.js';
import { enclosingFunction, exportNamesOf, exportOf, isFunctionLike, originOf } from './origin.js';

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
    const walk = (n: TS.Node): void => {
      if (ts.isCallExpression(n)) {
        const callee = ts.isPropertyAccessExpression(n.expression)
          ? n.expression.name.text
          : ts.isIdentifier(n.expression)
            ? n.expression.text
            : '';
        if (AUTH.test(callee)) names.push(callee);
      }
      ts.forEachChild(n, walk);
    };
    walk(expr.body);
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
  extra: { auth: string[]; body?: JsonSchemaLike; handler?: SourceLocation; app?: AppEntry } & Record<string, unknown>,
): DraftPoint {
  const { auth, body, handler, app, ...rest } = extra;
  const details: HttpDetails & Record<string, unknown> = {
    method,
    path,
    params: pathParams(path),
    auth: authNames(auth),
    handler: handler ?? location,
    ...rest,
  };
  if (body) details.body = body;
  if (app) details.app = app;
  return { kind: 'http', library, key: `${method} ${path}`, location, details, service: 'none' };
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
  return undefined;
}

export function parsedBodySchema(ctx: DetectContext, file: ParsedFile, body: TS.Node): JsonSchemaLike | undefined {
  const { ts } = ctx;
  const textOf = (e: TS.Expression): string => (ts.isAwaitExpression(e) ? e.expression : e).getText(file.sf).replace(/\s+/g, '');
  // `const payload = await request.json()` names the body for a later `S.parse(payload)`.
  const bodyNames = new Set<string>();
  const collect = (n: TS.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && BODY_READ.test(textOf(n.initializer)))
      bodyNames.add(n.name.text);
    ts.forEachChild(n, collect);
  };
  collect(body);
  let schema: JsonSchemaLike | undefined;
  const walk = (n: TS.Node): void => {
    if (schema) return;
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      /^(?:(?:safe)?[pP]arse|validate)(?:Async)?$/.test(n.expression.name.text)
    ) {
      const arg = n.arguments[0];
      const text = arg ? textOf(arg) : '';
      if (BODY_READ.test(text) || bodyNames.has(text)) schema = readSchema(ts, n.expression.expression, schemaLookup(ctx, file));
    }
    ts.forEachChild(n, walk);
  };
  walk(body);
  return schema;
}

/** How a test can get hold of the app: an exported instance, or an exported function that builds it. */
export function appEntryOf(ctx: DetectContext, file: ParsedFile, nodes: readonly TS.Node[]): AppEntry | undefined {
  for (const node of nodes) {
    const name = exportNamesOf(ctx, file, node)[0];
    if (name) return { file: file.path, export: { name, type: 'instance' } };
  }
  const fn = nodes[0] && enclosingFunction(ctx.ts, nodes[0]);
  const factory = fn && exportNamesOf(ctx, file, fn)[0];
  return factory ? { file: file.path, export: { name: factory, type: 'factory' } } : undefined;
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

import type * as TS from 'typescript';
import { constStrings, exportedLocal, forEachDeep, lineOf, stringValue } from '../ast.js';
import type { DetectContext, Detector, DraftPoint, ParsedFile } from '../detector.js';
import { configPath, mountFrom, type ConfigSource } from './config-value.js';
import type { AppEntry, JsonSchemaLike } from '../../model.js';
import {
  appEntryOf,
  argsRoutePoint,
  errorHandlerStatuses,
  handlerFunction,
  joinPaths,
  middlewareNames,
  readSchema,
  schemaLookup,
  statusesIn,
  type ArgsRoute,
  writeErrors,
  type GuardRef,
} from './http-common.js';
import { literalValue } from '../schemas/json-schema.js';
import { declarationOf, importedFrom, isFunctionLike, originOf, requiredFile } from './origin.js';
import { acceptParams, paramNode, typedParam, type ParamOwner } from './owner-params.js';
import { unwrapValue } from './unwrap.js';
import { addNode, emptyGraph, nodeKey, resolveRoutes, type GraphEdge, type RouteGraph } from './route-graph.js';

const VERBS = new Set(['get', 'post', 'put', 'delete', 'patch', 'options', 'all']);
/** Hono's app types, for parameters annotated with one. */
const HONO_TYPES = new Set(['Hono', 'OpenAPIHono']);
/** Hono methods that return the app itself (`basePath` returns a copy, handled apart). */
const CHAINABLE = new Set([...VERBS, 'on', 'use', 'route', 'notFound', 'onError', 'mount']);

interface Instance {
  file: ParsedFile;
  node: TS.Node;
  /** `basePath()` copies: they share the instance's routes, each under its own prefix. */
  copies: TS.Node[];
  /**
   * For an instance a repository function builds (`const tasks = createRouter()`, keyed by that call): the instance the
   * function returns, whose routes and middleware every call's instance has.
   */
  template?: string;
}

/** An instance as an expression reaches it: through a `basePath()` copy, routes gain a prefix. */
interface Owner {
  key: string;
  prefix: string;
  /** Where a `basePath()` read from the configuration was documented. */
  from?: ConfigSource;
}

/**
 * A route, the configuration its `basePath()` prefix was read from, and what a zod-openapi `createRoute()` declares:
 * the request body's schema and the statuses (its `responses`, and 400 when it validates a part of the request).
 */
type HonoRoute = ArgsRoute & { prefixFrom?: ConfigSource; declared?: { body?: JsonSchemaLike; statuses: number[] } };

/** Modules whose app class routes as Hono's does. */
const APP_CLASSES: Record<string, string> = { hono: 'Hono', '@hono/zod-openapi': 'OpenAPIHono' };
/** Validator middleware: a request that fails it gets a 400 (`zValidator('json', S)`, `validator('form', fn)`). */
const VALIDATOR = /^(?:validator|[a-z]+Validator)$/;

/** Hono: verbs and `on()`, `route()` mounts across files, `basePath()`, path-scoped middleware (`bearerAuth`, `jwt`). */
export const hono: Detector = {
  name: 'hono',
  kind: 'http',
  packages: ['hono', '@hono/zod-openapi'],
  hints: /\.(?:route|basePath|openapi)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const graph: RouteGraph<HonoRoute> = emptyGraph();
    const instances = new Map<string, Instance>();
    const params = new Map<string, ParamOwner>();
    const edgeFrom = new Map<GraphEdge, ConfigSource>();
    /** `app.onError(fn)`: what it answers applies to the routes of the app and of those mounted under it. */
    const errorHandlers: { owner: string; ref: GuardRef }[] = [];

    for (const file of ctx.files) {
      const names = new Set(
        file.imports.filter((b) => b.module === 'hono' || b.module.startsWith('hono/') || b.module in APP_CLASSES).map((b) => b.local),
      );
      if (names.size === 0) continue;
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || !names.has(node.expression.text)) return;
        const from = importedFrom(ctx, file, node.expression);
        if (!from || APP_CLASSES[from.module] !== from.imported) return;
        const key = nodeKey(file, node);
        instances.set(key, { file, node, copies: [] });
        addNode(graph, key);
      });
    }

    const ownerOf = (file: ParsedFile, expr: TS.Expression, depth = 0): Owner | undefined => {
      if (depth > 16) return undefined;
      const built = factoryInstance(file, expr, depth);
      if (built) return { key: built, prefix: '' };
      const origin = originOf(ctx, file, expr);
      if (!origin) return undefined;
      const key = nodeKey(origin.file, origin.node);
      if (instances.has(key)) return { key, prefix: '' };
      const node = origin.node;
      if (ts.isParameter(node)) {
        const key = paramNode(ctx, graph, params, origin.file, node);
        return key === undefined ? undefined : { key, prefix: '' };
      }
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
      const method = node.expression.name.text;
      const base = ownerOf(origin.file, node.expression.expression, depth + 1);
      if (!base) return undefined;
      if (CHAINABLE.has(method)) return base;
      if (method !== 'basePath') return undefined;
      // `app.basePath('/api')` copies the app; the copy shares its routes and prefixes the ones added through it.
      const prefix = node.arguments[0] && pathValue(ctx, origin.file, node.arguments[0], constStrings(ts, origin.file.sf));
      const instance = instances.get(base.key);
      if (instance && !instance.copies.includes(node)) instance.copies.push(node);
      const from = base.from ?? prefix?.from;
      return { key: base.key, prefix: joinPaths(base.prefix, prefix?.value ?? ''), ...(from ? { from } : {}) };
    };

    /** Each call of a function that creates and returns an instance makes one of its own, keyed by the call. */
    const built = new Map<TS.Node, string | null>();
    const factoryInstance = (file: ParsedFile, expr: TS.Expression, depth: number): string | undefined => {
      const bound = boundCall(ctx, file, expr);
      if (!bound) return undefined;
      const { call } = bound;
      if (built.has(call)) return built.get(call) ?? undefined;
      built.set(call, null);
      const callee = originOf(ctx, bound.file, call.expression);
      const fn = callee?.node;
      if (!callee || !fn || !isFunctionLike(ts, fn) || !fn.body) return undefined;
      const returned = ts.isBlock(fn.body) ? firstReturned(ts, fn.body) : fn.body;
      const owner = returned && ownerOf(callee.file, returned, depth + 1);
      const template = owner && owner.prefix === '' ? instances.get(owner.key) : undefined;
      // An instance the function returns but did not create (a singleton's getter) is the same at every call.
      if (!owner || !template || template.file !== callee.file || !within(template.node, fn)) return undefined;
      const key = nodeKey(bound.file, call);
      instances.set(key, { file: bound.file, node: call, copies: [], template: owner.key });
      addNode(graph, key);
      built.set(call, key);
      return key;
    };

    for (const file of ctx.files) {
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        if (!VERBS.has(method) && !['on', 'use', 'route', 'openapi', 'onError'].includes(method)) return;
        const receiver = node.expression.expression;
        const owner = ownerOf(file, receiver);
        if (!owner) return;
        if (method === 'onError') {
          if (node.arguments[0]) errorHandlers.push({ owner: owner.key, ref: { expr: node.arguments[0], file } });
          return;
        }
        const at = { file: file.path, pos: node.expression.name.getStart(file.sf) };
        const args = [...node.arguments];
        if (method === 'openapi') {
          const route = args[0] && openApiRoute(ctx, file, args[0]);
          if (!route || !args[1]) return;
          // A hook answers a request that fails validation instead of the default 400: the route's own
          // (`app.openapi(route, handler, hook)`), else the app's `new OpenAPIHono({ defaultHook })`.
          const hook = validationHook(ctx, file, args[2]) ?? defaultHook(ctx, instances.get(owner.key));
          if (hook?.length && route.validated) route.statuses = [...route.statuses.filter((x) => x !== 400), ...hook];
          graph.routes.push({
            owner: owner.key,
            path: joinPaths(owner.prefix, route.path),
            at,
            names: route.middleware.flatMap((h) => middlewareNames(ts, h.expr)),
            refs: route.middleware,
            data: {
              method: route.method,
              file,
              line: lineOf(file.sf, node.expression.name),
              args: [args[1]],
              declared: { body: route.body, statuses: route.statuses },
              ...(owner.from ? { prefixFrom: owner.from } : {}),
            },
          });
          return;
        }
        if (method === 'route') {
          const prefix = args[0] && pathValue(ctx, file, args[0], consts);
          const child = args[1] && ownerOf(file, args[1]);
          if (!prefix || !child) return;
          const edge = { parent: owner.key, child: child.key, prefix: joinPaths(owner.prefix, prefix.value), at };
          graph.edges.push(edge);
          const from = owner.from ?? prefix.from;
          if (from) edgeFrom.set(edge, from);
          return;
        }
        if (method === 'use') {
          const path = args[0] && stringValue(ts, args[0], consts);
          const given = path === undefined ? args : args.slice(1);
          const names = given.flatMap((a) => middlewareNames(ts, a));
          const scoped =
            path === undefined && owner.prefix === ''
              ? undefined
              : `${joinPaths(owner.prefix, path ?? '')}${path === undefined ? '/*' : ''}`;
          if (names.length) graph.uses.push({ owner: owner.key, at, names, path: scoped, refs: given.map((expr) => ({ expr, file })) });
          return;
        }
        let methods: string[];
        let rest: TS.Expression[];
        if (method === 'on') {
          methods = (args[0] && stringList(ts, args[0], consts)) ?? [];
          rest = args.slice(1);
        } else {
          methods = [method.toUpperCase()];
          rest = args;
        }
        // A route without a path reuses the previous one in the chain: `app.get('/x', h).post(h)`.
        let paths = rest[0] ? stringList(ts, rest[0], consts) : undefined;
        // Hono paths start with `/` (or are `*`): `c.get('userId')` reads a context variable.
        if (paths?.some((p) => !p.startsWith('/') && !p.startsWith('*'))) return;
        if (paths) rest = rest.slice(1);
        else paths = [chainPath(ts, receiver, consts)];
        const line = lineOf(file.sf, node.expression.name);
        for (const m of methods) {
          for (const path of paths) {
            graph.routes.push({
              owner: owner.key,
              path: joinPaths(owner.prefix, path),
              at,
              names: rest.slice(0, -1).flatMap((h) => middlewareNames(ts, h)),
              refs: rest.slice(0, -1).map((expr) => ({ expr, file })),
              data: { method: m.toUpperCase(), file, line, args: rest, ...(owner.from ? { prefixFrom: owner.from } : {}) },
            });
          }
        }
      });
    }

    // A parameter is an instance where a caller passes one (or its type says Hono): a middleware's `c` or a
    // transaction's `tx` is not, whatever methods it has.
    const accepted = new Set(
      [...params.values()]
        .filter((p) => typedParam(ctx, p.file, p.fn.parameters[p.index]!, (m) => m === 'hono', HONO_TYPES))
        .map((p) => p.key),
    );
    const prefixes = new Map<string, Owner>();
    acceptParams(
      ctx,
      params,
      accepted,
      (file, arg) => {
        const owner = ownerOf(file, arg);
        if (owner) prefixes.set(`${file.path}#${arg.pos}`, owner);
        return owner?.key;
      },
      (param, parent, site) => {
        const arg = site.call.arguments[param.index]!;
        const owner = prefixes.get(`${site.file.path}#${arg.pos}`);
        const edge = {
          parent,
          child: param.key,
          prefix: owner?.prefix ?? '',
          at: { file: site.file.path, pos: site.call.getStart(site.file.sf) },
        };
        graph.edges.push(edge);
        if (owner?.from) edgeFrom.set(edge, owner.from);
      },
    );
    const dropped = new Set([...params.keys()].filter((k) => !accepted.has(k)));
    for (const key of dropped) graph.nodes.delete(key);
    graph.routes = graph.routes.filter((r) => !dropped.has(r.owner));
    graph.uses = graph.uses.filter((u) => !dropped.has(u.owner));
    graph.edges = graph.edges.filter((e) => !dropped.has(e.parent) && !dropped.has(e.child));
    withFactoryRegistrations();

    /**
     * What a factory registers on the instance it builds, each call's instance has; the factory's own instance then
     * stands for no app by itself.
     */
    function withFactoryRegistrations(): void {
      const done = new Set<string>();
      const expand = (key: string): void => {
        const template = instances.get(key)?.template;
        if (!template || done.has(key)) return;
        done.add(key);
        expand(template);
        graph.routes.push(...graph.routes.filter((r) => r.owner === template).map((r) => ({ ...r, owner: key })));
        graph.uses.push(...graph.uses.filter((u) => u.owner === template).map((u) => ({ ...u, owner: key })));
        errorHandlers.push(...errorHandlers.filter((h) => h.owner === template).map((h) => ({ ...h, owner: key })));
        for (const edge of graph.edges.filter((e) => e.parent === template)) {
          const copy = { ...edge, parent: key };
          graph.edges.push(copy);
          const from = edgeFrom.get(edge);
          if (from) edgeFrom.set(copy, from);
        }
      };
      const templates = new Set<string>();
      for (const [key, instance] of instances) {
        if (!instance.template) continue;
        expand(key);
        templates.add(instance.template);
      }
      for (const key of templates) graph.nodes.delete(key);
      graph.routes = graph.routes.filter((r) => !templates.has(r.owner));
      graph.uses = graph.uses.filter((u) => !templates.has(u.owner));
      graph.edges = graph.edges.filter((e) => !templates.has(e.parent) && !templates.has(e.child));
    }

    /** How a test gets the app a root stands for: the instance's export, else the factory that builds it. */
    function entryOf(key: string): AppEntry | undefined {
      const instance = instances.get(key);
      if (!instance) return undefined;
      if (!instance.template) return appEntryOf(ctx, instance.file, [instance.node, ...instance.copies], 'hono');
      // An exported instance a factory built (`export const app = createApp()`) is named by what the call returns.
      const made = originOf(ctx, instance.file, instance.node as TS.Expression)?.node;
      return (
        appEntryOf(ctx, instance.file, [instance.node, ...instance.copies, ...(made ? [made] : [])], 'hono') ?? entryOf(instance.template)
      );
    }

    return resolveRoutes(graph).map((r): DraftPoint => {
      const app = entryOf(r.root);
      const { data } = r.route;
      const validated = data.args.slice(0, -1).some((a) => ts.isCallExpression(a) && VALIDATOR.test(calleeName(ts, a.expression)));
      const chain = new Set([r.root, ...r.edges.map((e) => e.child)]);
      const errors = errorHandlers.filter((h) => chain.has(h.owner)).flatMap((h) => errorHandlerStatuses(ctx, h.ref));
      const statuses = [...(data.declared?.statuses ?? []), ...(validated ? [400] : []), ...writeErrors(data.method, errors)];
      const point = argsRoutePoint(ctx, 'hono', data, r.path, r.middleware, app, r.refs, statuses);
      if (data.declared?.body && !point.details.body) point.details.body = data.declared.body;
      const prefixFrom = mountFrom(r, new Map(), edgeFrom) ?? r.route.data.prefixFrom;
      if (prefixFrom) point.details.prefixFrom = prefixFrom;
      return point;
    });
  },
};

/** A literal path, or one read from the configuration (`process.env.BASE_PATH ?? '/api'`, `env.DOCS_PATH`). */
function pathValue(
  ctx: DetectContext,
  file: ParsedFile,
  expr: TS.Expression,
  consts: ReadonlyMap<string, string>,
): { value: string; from?: ConfigSource } | undefined {
  const literal = stringValue(ctx.ts, expr, consts);
  return literal !== undefined ? { value: literal } : configPath(ctx, file, expr, consts);
}

function stringList(ts: DetectContext['ts'], expr: TS.Expression, consts: ReadonlyMap<string, string>): string[] | undefined {
  if (ts.isArrayLiteralExpression(expr)) {
    const all = expr.elements.map((e) => stringValue(ts, e, consts));
    return all.length > 0 && all.every((s): s is string => s !== undefined) ? all : undefined;
  }
  const one = stringValue(ts, expr, consts);
  return one === undefined ? undefined : [one];
}

/** The path the last route of a chain was declared with (Hono keeps it for path-less calls). */
function chainPath(ts: DetectContext['ts'], receiver: TS.Expression, consts: ReadonlyMap<string, string>): string {
  let expr = receiver;
  while (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) {
    const method = expr.expression.name.text;
    const args = method === 'on' ? expr.arguments.slice(1) : expr.arguments;
    const first = VERBS.has(method) || method === 'on' ? args[0] && stringList(ts, args[0], consts) : undefined;
    if (first?.[0] !== undefined) return first[0];
    expr = expr.expression.expression;
  }
  return '/';
}

function calleeName(ts: DetectContext['ts'], callee: TS.Expression): string {
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
}

/**
 * A zod-openapi route: `createRoute({ method, path: '/books/{id}', middleware, request: { body, params }, responses })`.
 * Its `{id}` parameters become `:id`; a declared request part is validated (400 when a request does not match).
 */
function openApiRoute(
  ctx: DetectContext,
  file: ParsedFile,
  expr: TS.Expression,
):
  | {
      method: string;
      path: string;
      body?: JsonSchemaLike;
      statuses: number[];
      /** The route declares a request part zod-openapi validates. */
      validated: boolean;
      middleware: { expr: TS.Expression; file: ParsedFile }[];
    }
  | undefined {
  const { ts } = ctx;
  const origin = originOf(ctx, file, expr);
  const call = origin?.node;
  if (!call || !ts.isCallExpression(call) || importedFrom(ctx, origin.file, call.expression)?.imported !== 'createRoute') return undefined;
  const config = call.arguments[0];
  if (!config || !ts.isObjectLiteralExpression(config)) return undefined;
  const prop = (obj: TS.ObjectLiteralExpression, name: string): TS.Expression | undefined => {
    for (const p of obj.properties)
      if (ts.isPropertyAssignment(p) && p.name.getText(origin.file.sf).replace(/['"]/g, '') === name) return p.initializer;
    return undefined;
  };
  const method = literalValue(ctx, origin.file, prop(config, 'method') ?? config);
  const path = literalValue(ctx, origin.file, prop(config, 'path') ?? config);
  if (typeof method !== 'string' || typeof path !== 'string') return undefined;
  const statuses: number[] = [];
  const responses = prop(config, 'responses');
  if (responses && ts.isObjectLiteralExpression(responses)) {
    for (const p of responses.properties) {
      const key = p.name && (ts.isNumericLiteral(p.name) || ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) ? p.name.text : '';
      if (/^[1-5]\d\d$/.test(key)) statuses.push(Number(key));
    }
  }
  let body: JsonSchemaLike | undefined;
  let validated = false;
  const request = prop(config, 'request');
  if (request && ts.isObjectLiteralExpression(request)) {
    validated = ['body', 'params', 'query', 'headers', 'cookies'].some((k) => prop(request, k));
    if (validated) statuses.push(400);
    const content = request && prop(request, 'body');
    const media = content && ts.isObjectLiteralExpression(content) ? prop(content, 'content') : undefined;
    const json = media && ts.isObjectLiteralExpression(media) ? prop(media, 'application/json') : undefined;
    const schema = json && ts.isObjectLiteralExpression(json) ? prop(json, 'schema') : undefined;
    if (schema) body = readSchema(ts, schema, schemaLookup(ctx, origin.file));
  }
  const middleware = prop(config, 'middleware');
  const list = middleware ? (ts.isArrayLiteralExpression(middleware) ? [...middleware.elements] : [middleware]) : [];
  return {
    method: method.toUpperCase(),
    path: path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1'),
    ...(body ? { body } : {}),
    statuses,
    validated,
    middleware: list.map((e) => ({ expr: e, file: origin.file })),
  };
}

/** The 4xx statuses a validation hook answers with (`(result, c) => { if (!result.success) return c.json(…, 422) }`). */
function validationHook(ctx: DetectContext, file: ParsedFile, expr: TS.Expression | undefined): number[] | undefined {
  const fn = handlerFunction(ctx, file, expr);
  const statuses = fn ? statusesIn(ctx, fn.node).filter((s) => s >= 400 && s < 500) : [];
  return statuses.length ? statuses : undefined;
}

/** `new OpenAPIHono({ defaultHook })`: the hook every route of the app validates with. */
function defaultHook(ctx: DetectContext, instance: { file: ParsedFile; node: TS.Node } | undefined): number[] | undefined {
  const { ts } = ctx;
  const opts = instance && ts.isNewExpression(instance.node) ? instance.node.arguments?.[0] : undefined;
  if (!opts || !ts.isObjectLiteralExpression(opts)) return undefined;
  for (const p of opts.properties) {
    if (p.name?.getText(instance!.file.sf) !== 'defaultHook') continue;
    if (ts.isPropertyAssignment(p)) return validationHook(ctx, instance!.file, p.initializer);
    if (ts.isShorthandPropertyAssignment(p)) return validationHook(ctx, instance!.file, p.name);
    if (ts.isMethodDeclaration(p)) return validationHook(ctx, instance!.file, p as unknown as TS.Expression);
  }
  return undefined;
}

/** The first value a function body returns (not counting functions inside it). */
function firstReturned(ts: DetectContext['ts'], body: TS.Block): TS.Expression | undefined {
  let found: TS.Expression | undefined;
  forEachDeep(ts, body, (n) => {
    if (found) return 'stop';
    if (ts.isReturnStatement(n) && n.expression) found = n.expression;
    return isFunctionLike(ts, n) || ts.isClassLike(n) ? 'skip' : undefined;
  });
  return found;
}

function within(inner: TS.Node, outer: TS.Node): boolean {
  return inner.getSourceFile() === outer.getSourceFile() && inner.pos >= outer.pos && inner.end <= outer.end;
}

/**
 * The call whose value an expression holds (`tasks` of `const tasks = createRouter()`, in this file or imported), through
 * bindings, imports and re-exports only: unlike `originOf`, it stops at the call instead of entering the function.
 */
function boundCall(
  ctx: DetectContext,
  file: ParsedFile,
  expr: TS.Expression,
  depth = 0,
): { file: ParsedFile; call: TS.CallExpression } | undefined {
  const { ts } = ctx;
  if (depth > 16) return undefined;
  const e = unwrapValue(ts, expr);
  if (ts.isCallExpression(e)) {
    const mod = requiredFile(ctx, file, e);
    return mod ? exportedCall(ctx, mod, 'default', depth + 1) : { file, call: e };
  }
  if (!ts.isIdentifier(e)) return undefined;
  const decl = declarationOf(ctx, file, e);
  if (!decl) return undefined;
  if ('module' in decl) {
    const target = ctx.resolve(file, decl.module);
    return target && exportedCall(ctx, target, decl.imported === '*' ? 'default' : decl.imported, depth + 1);
  }
  const init = ts.isVariableDeclaration(decl.node) ? decl.node.initializer : undefined;
  return init ? boundCall(ctx, decl.file, init, depth + 1) : undefined;
}

function exportedCall(
  ctx: DetectContext,
  target: ParsedFile,
  name: string,
  depth: number,
): { file: ParsedFile; call: TS.CallExpression } | undefined {
  const { ts } = ctx;
  for (const stmt of target.sf.statements) {
    if (name === 'default' && ts.isExportAssignment(stmt)) return boundCall(ctx, target, stmt.expression, depth + 1);
    if (!ts.isExportDeclaration(stmt) || !stmt.moduleSpecifier || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    const from = ctx.resolve(target, stmt.moduleSpecifier.text);
    if (!from) continue;
    if (!stmt.exportClause && name !== 'default') {
      const hit = exportedCall(ctx, from, name, depth + 1);
      if (hit) return hit;
    } else if (stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      const el = stmt.exportClause.elements.find((x) => x.name.text === name);
      if (el) return exportedCall(ctx, from, (el.propertyName ?? el.name).text, depth + 1);
    }
  }
  const local = exportedLocal(ts, target.sf, name);
  if (!local) return undefined;
  for (const stmt of target.sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    const decl = stmt.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === local);
    if (decl?.initializer) return boundCall(ctx, target, decl.initializer, depth + 1);
  }
  return undefined;
}

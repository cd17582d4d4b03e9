import path from 'node:path';
import type * as TS from 'typescript';
import type { JsonSchemaLike } from '../../model.js';
import { forEachDeep, lineOf } from '../ast.js';
import type { DetectContext, Detector, DraftPoint, ParsedFile } from '../detector.js';
import { isTestFile } from '../walk.js';
import { jsonSchemaOf, literalValue, type Literal } from '../schemas/json-schema.js';
import type { AppEntry } from '../../model.js';
import {
  appEntryOf,
  errorHandlerStatuses,
  guardInfoOf,
  handlerLocation,
  handlerStatuses,
  httpPoint,
  middlewareNames,
  readSchema,
  schemaLookup,
  sortedStatuses,
  withoutParamPatterns,
  webhookOf,
  withTestHelper,
  writeErrors,
  type GuardRef,
} from './http-common.js';
import {
  declarationOf,
  exportNamesOf,
  exportOf,
  importedFrom,
  isFunctionLike,
  originOf,
  type FunctionLike,
  type Origin,
} from './origin.js';
import { callSitesOf, paramNode, paramOwner, type ParamOwner } from './owner-params.js';
import { configValue, type ConfigSource } from './config-value.js';
import { addNode, emptyGraph, nodeKey, resolveRoutes, type GraphEdge, type Place, type RouteGraph } from './route-graph.js';

const VERBS = new Set(['get', 'head', 'post', 'put', 'delete', 'options', 'patch', 'all']);
/** Instance methods that return the instance. */
const CHAINABLE = new Set([
  ...VERBS,
  'route',
  'register',
  'addHook',
  'decorate',
  'decorateRequest',
  'decorateReply',
  'addSchema',
  'setErrorHandler',
  'setNotFoundHandler',
  'after',
  'withTypeProvider',
]);
/** Hooks that run before the handler, so a guard there protects the route. */
const GUARD_HOOKS = ['onRequest', 'preParsing', 'preValidation', 'preHandler'];
const AUTOLOAD = new Set(['@fastify/autoload', 'fastify-autoload']);
const PLUGIN_WRAPPERS = new Set(['fastify-plugin']);
const SCRIPT = /\.(?:[cm]?[jt]s)$/;

interface RouteData {
  method: string;
  file: ParsedFile;
  line: number;
  options: Map<string, TS.Expression>;
  optionsFile: ParsedFile;
  handler?: TS.Expression;
  /** The configuration a path built from `options.prefix` (or `process.env.X`) was read from. */
  prefixFrom?: ConfigSource;
}

/** A prefix or option value, and the configuration it was read from when it was not in the code. */
interface Resolved {
  value: string;
  from?: ConfigSource;
}

/** Options a plugin was registered with: the expression, and the file it sits in. */
interface Registration {
  file: ParsedFile;
  expr: TS.Expression;
}

/**
 * Fastify: shorthand routes and `route({ method, url })`, plugins registered with a prefix across
 * files (and `fastify-plugin`'s unencapsulated ones), `@fastify/autoload` folders, guard hooks
 * (`onRequest`/`preHandler`, `fastify.authenticate`) and JSON schemas (`schema.body`, `schema.params`).
 */
export const fastify: Detector = {
  name: 'fastify',
  kind: 'http',
  // Plugin files and the file that autoloads them often import only these.
  packages: ['fastify', 'fastify-plugin', '@fastify/autoload', 'fastify-autoload'],
  // Plugins receive the instance and often import nothing from fastify.
  hints: /\.(?:get|post|put|patch|delete|route|register|addHook)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const graph: RouteGraph<RouteData> = emptyGraph();
    const roots = new Map<string, Origin>();
    const params = new Map<string, ParamOwner>();
    /** `fastify.decorate('authenticate', fn)`: guards named as properties of the instance. */
    const decorated = new Map<string, Origin>();
    /** `setErrorHandler(fn)`: what it answers applies to the routes of its context and those below it. */
    const errorHandlers: { owner: string; ref: GuardRef }[] = [];
    /** `fastify.addSchema({ $id: 'book', … })`: the schemas routes name as `{ $ref: 'book#' }`. */
    const shared = new Map<string, Literal>();
    /** Plugins wrapped in fastify-plugin share their parent's context: their routes and hooks belong to it. */
    const sameContext = new Map<string, string>();

    // Root instances: `Fastify(opts)`, `require('fastify')(opts)`.
    for (const file of ctx.files) {
      if (!file.imports.some((b) => b.module === 'fastify')) continue;
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node)) return;
        const callee = node.expression;
        if (!(ts.isIdentifier(callee) || ts.isCallExpression(callee) || ts.isPropertyAccessExpression(callee))) return;
        const from = importedFrom(ctx, file, callee);
        if (from?.module !== 'fastify' || !['default', '*', 'fastify'].includes(from.imported)) return;
        const key = nodeKey(file, node);
        roots.set(key, { file, node });
        addNode(graph, key);
      });
    }

    const pluginNode = (fn: Origin): string | undefined => {
      if (!isFunctionLike(ts, fn.node) || !fn.node.parameters[0]) return undefined;
      return paramNode(ctx, graph, params, fn.file, fn.node.parameters[0]);
    };

    const ownerOf = (file: ParsedFile, expr: TS.Expression, depth = 0): string | undefined => {
      if (depth > 16) return undefined;
      const origin = originOf(ctx, file, expr);
      if (!origin) return undefined;
      const key = nodeKey(origin.file, origin.node);
      if (roots.has(key)) return key;
      const node = origin.node;
      if (ts.isParameter(node)) return paramNode(ctx, graph, params, origin.file, node);
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && CHAINABLE.has(node.expression.name.text)) {
        return ownerOf(origin.file, node.expression.expression, depth + 1);
      }
      return undefined;
    };

    /** The plugin function a `register()` argument names, and whether fastify-plugin unwraps its context. */
    const pluginOf = (file: ParsedFile, expr: TS.Expression): { fn: Origin; encapsulated: boolean } | undefined => {
      let origin = originOf(ctx, file, expr);
      let encapsulated = true;
      for (let i = 0; origin && i < 4; i++) {
        const node = origin.node;
        if (isFunctionLike(ts, node)) return { fn: origin, encapsulated };
        if (!ts.isCallExpression(node) || !node.arguments[0]) return undefined;
        const wrapper = importedFrom(ctx, origin.file, node.expression)?.module;
        if (!wrapper || !PLUGIN_WRAPPERS.has(wrapper)) return undefined;
        encapsulated = false;
        origin = originOf(ctx, origin.file, node.arguments[0]);
      }
      return undefined;
    };

    /**
     * What `options.prefix` holds inside each plugin (by its node), and the options each plugin was registered with.
     * Both are read lazily: a plugin's options may come from a registration in a file scanned later
     * (`register(app, config)` in index.js, `register(autoload, { options: config })` inside `app`).
     */
    const optionPrefix = new Map<string, () => Resolved | undefined>();
    const registrations = new Map<string, Registration[]>();
    /** Edge prefixes are set once every registration is known; the configuration each one came from. */
    const edgePrefixes: (() => void)[] = [];
    const edgeFrom = new Map<GraphEdge, ConfigSource>();
    const link = (
      parent: string,
      plugin: { fn: Origin; encapsulated: boolean },
      prefix: () => Resolved | undefined,
      at: Place,
      seen: () => Resolved | undefined = prefix,
      options?: Registration,
    ): void => {
      const child = pluginNode(plugin.fn);
      if (!child || child === parent) return;
      if (!plugin.encapsulated) sameContext.set(child, parent);
      if (!optionPrefix.has(child)) optionPrefix.set(child, once(seen));
      if (options) registrations.set(child, [...(registrations.get(child) ?? []), options]);
      const edge: GraphEdge = { parent, child, prefix: '', at };
      graph.edges.push(edge);
      if (plugin.encapsulated)
        edgePrefixes.push(() => {
          const p = prefix();
          edge.prefix = p?.value ?? '';
          if (p?.from) edgeFrom.set(edge, p.from);
        });
    };

    /** A registration option's value: a literal, a documented configuration value, or a property of the options a plugin received. */
    const optionValue = (file: ParsedFile, expr: TS.Expression, depth = 0): Resolved | undefined => {
      const literal = literalValue(ctx, file, expr);
      if (typeof literal === 'string') return { value: literal };
      const config = configValue(ctx, file, expr);
      if (config) return config;
      const e = ts.isParenthesizedExpression(expr) ? expr.expression : expr;
      return ts.isPropertyAccessExpression(e) ? propValue(file, e.expression, e.name.text, depth + 1) : undefined;
    };
    /** `obj.name` where `obj` is an options object literal, or the options parameter of a plugin (followed to its registrations). */
    const propValue = (file: ParsedFile, obj: TS.Expression, name: string, depth = 0): Resolved | undefined => {
      if (depth > 8) return undefined;
      const opts = objectOf(ctx, file, obj);
      if (opts) {
        const expr = opts.props.get(name);
        return expr && optionValue(opts.file, expr, depth + 1);
      }
      const origin = originOf(ctx, file, obj);
      const param = origin && ts.isParameter(origin.node) ? origin.node : undefined;
      const fn = param?.parent;
      if (!param || !fn || !isFunctionLike(ts, fn) || fn.parameters[1] !== param || !fn.parameters[0]) return undefined;
      const plugin = paramOwner(ctx, origin!.file, fn.parameters[0]);
      if (!plugin) return undefined;
      if (name === 'prefix') return optionPrefix.get(plugin.key)?.();
      for (const reg of registrations.get(plugin.key) ?? []) {
        const value = propValue(reg.file, reg.expr, name, depth + 1);
        if (value) return value;
      }
      return undefined;
    };
    /** Routes whose path is built from the plugin's `options.prefix`, read once every registration is known. */
    const deferred: { route: RouteGraph<RouteData>['routes'][number]; file: ParsedFile; expr: TS.Expression }[] = [];

    // Files an autoload folder brings in join the scan (they need import nothing).
    const scanned = [...ctx.files];
    const inScan = new Set(scanned);
    const enqueue = (file: ParsedFile): void => {
      if (inScan.has(file)) return;
      inScan.add(file);
      scanned.push(file);
    };
    for (let i = 0; i < scanned.length; i++) {
      const file = scanned[i]!;
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        if (method === 'decorate') {
          const [name, value] = node.arguments;
          if (name && ts.isStringLiteralLike(name) && value && !decorated.has(name.text)) decorated.set(name.text, { file, node: value });
          return;
        }
        if (method === 'addSchema') {
          const value = node.arguments[0] && literalValue(ctx, file, node.arguments[0]);
          const id = value && typeof value === 'object' && !Array.isArray(value) ? value.$id : undefined;
          const key = typeof id === 'string' ? id.replace(/#$/, '') : undefined;
          if (key && !shared.has(key)) shared.set(key, value!);
          return;
        }
        if (!VERBS.has(method) && !['route', 'register', 'addHook', 'setErrorHandler'].includes(method)) return;
        const owner = ownerOf(file, node.expression.expression);
        if (!owner) return;
        if (method === 'setErrorHandler') {
          if (node.arguments[0]) errorHandlers.push({ owner, ref: { expr: node.arguments[0], file } });
          return;
        }
        const at = { file: file.path, pos: node.expression.name.getStart(file.sf) };
        const args = node.arguments;
        if (method === 'register') {
          if (!args[0]) return;
          const opts = objectOf(ctx, file, args[1]);
          const loader = importedFrom(ctx, file, args[0])?.module;
          if (loader && AUTOLOAD.has(loader)) {
            const nested = opts?.props.get('options');
            const options = nested && { file: opts!.file, expr: nested };
            const base = once(() => (options ? propValue(options.file, options.expr, 'prefix') : undefined));
            autoload(ctx, file, opts, owner, at, base, options, pluginOf, link, (fn) => pluginNode(fn), enqueue);
            return;
          }
          const plugin = pluginOf(file, args[0]);
          const options = args[1];
          const prefix = once(() => (options ? propValue(file, options, 'prefix') : undefined));
          if (plugin) link(owner, plugin, prefix, at, prefix, options && { file, expr: options });
          return;
        }
        if (method === 'addHook') {
          const name = args[0] && ts.isStringLiteralLike(args[0]) ? args[0].text : undefined;
          if (name && GUARD_HOOKS.includes(name) && args[1])
            graph.uses.push({ owner, at, names: middlewareNames(ts, args[1]), everywhere: true, refs: [{ expr: args[1], file }] });
          return;
        }
        const line = lineOf(file.sf, node.expression.name);
        if (method === 'route') {
          const opts = objectOf(ctx, file, args[0]);
          if (!opts) return;
          const url = stringOf(ctx, opts, 'url') ?? stringOf(ctx, opts, 'path');
          const methodExpr = opts.props.get('method');
          const methods = methodExpr ? literalValue(ctx, opts.file, methodExpr) : undefined;
          const list = (Array.isArray(methods) ? methods : [methods]).filter((m): m is string => typeof m === 'string');
          const built = url === undefined ? (opts.props.get('url') ?? opts.props.get('path')) : undefined;
          if (url === undefined && !(built && builtFromOptions(ctx, opts.file, built))) return;
          for (const m of list) {
            const route = addRoute(owner, m, url ?? '', at, line, file, opts, opts.props.get('handler'));
            if (built) deferred.push({ route, file: opts.file, expr: built });
          }
          return;
        }
        // fastify.get(path, [options], handler) or fastify.get(path, { handler, ...options })
        const literal = args[0] && literalValue(ctx, file, args[0]);
        const built = typeof literal !== 'string' && args[0] && builtFromOptions(ctx, file, args[0]) ? args[0] : undefined;
        if (typeof literal !== 'string' && !built) return;
        const url = typeof literal === 'string' ? literal : '';
        const opts =
          args.length >= 3
            ? objectOf(ctx, file, args[1])
            : args[1] && ts.isObjectLiteralExpression(args[1])
              ? objectOf(ctx, file, args[1])
              : undefined;
        const handler = args.length >= 3 ? args[2] : opts ? opts.props.get('handler') : args[1];
        const route = addRoute(owner, method === 'all' ? 'ALL' : method, url, at, line, file, opts, handler);
        if (built) deferred.push({ route, file, expr: built });
      });
    }
    for (const set of edgePrefixes) set();
    // `options.prefix + 'articles'`: the prefix the plugin was registered with (unknown parts left out).
    for (const { route, file, expr } of deferred) {
      const built = builtPath(ctx, file, expr, (e) => optionValue(file, e));
      route.path = built.path;
      if (built.from) route.data.prefixFrom = built.from;
    }

    function addRoute(
      owner: string,
      method: string,
      url: string,
      at: Place,
      line: number,
      file: ParsedFile,
      opts: Options | undefined,
      handler: TS.Expression | undefined,
    ): RouteGraph<RouteData>['routes'][number] {
      const names = GUARD_HOOKS.flatMap((h) => {
        const hook = opts?.props.get(h);
        return hook ? middlewareNames(ts, hook) : [];
      });
      const refs: GuardRef[] = GUARD_HOOKS.flatMap((h) => {
        const hook = opts?.props.get(h);
        return hook ? [{ expr: hook, file: opts!.file }] : [];
      });
      const route = {
        owner,
        path: url,
        at,
        names,
        refs,
        data: { method: method.toUpperCase(), file, line, options: opts?.props ?? new Map(), optionsFile: opts?.file ?? file, handler },
      };
      graph.routes.push(route);
      return route;
    }

    // Instances handed to helper functions: `userRoutes(fastify)` adds routes to the same context.
    const sites = callSitesOf(ctx, [...new Set([...params.values()].map((p) => p.fn))]);
    for (const param of params.values()) {
      for (const site of sites.get(param.fn) ?? []) {
        const arg = site.call.arguments[param.index];
        const parent = arg && ownerOf(site.file, arg);
        if (parent && parent !== param.key && !graph.edges.some((e) => e.child === param.key)) sameContext.set(param.key, parent);
      }
    }

    // Unencapsulated plugins: what they declare belongs to the context that registered them.
    const contextOf = (key: string): string => {
      const seen = new Set<string>();
      let k = key;
      while (sameContext.has(k) && !seen.has(k)) {
        seen.add(k);
        k = sameContext.get(k)!;
      }
      return k;
    };
    for (const r of graph.routes) r.owner = contextOf(r.owner);
    for (const u of graph.uses) u.owner = contextOf(u.owner);
    for (const h of errorHandlers) h.owner = contextOf(h.owner);
    // In place: `edgeFrom` knows the edges by identity.
    graph.edges = graph.edges.filter((e) => !sameContext.has(e.child));
    for (const e of graph.edges) e.parent = contextOf(e.parent);
    for (const key of sameContext.keys()) graph.nodes.delete(key);

    const points: DraftPoint[] = [];
    for (const r of resolveRoutes(graph)) {
      const { method, file, line, options, optionsFile, handler } = r.route.data;
      const prefixFrom = r.route.data.prefixFrom ?? r.edges.map((e) => edgeFrom.get(e)).find((f) => f !== undefined);
      const root = roots.get(r.root);
      const location = { file: file.path, line };
      const schema = objectOf(ctx, optionsFile, options.get('schema'));
      const part = (name: string): JsonSchemaLike | undefined => {
        const expr = schema?.props.get(name);
        return expr && (jsonSchemaOf(ctx, schema!.file, expr, shared) ?? readSchema(ts, expr, schemaLookup(ctx, schema!.file)));
      };
      const paramsSchema = part('params');
      const querySchema = part('querystring') ?? part('query');
      // Fastify validates what a route's schema declares and answers 400 when a request does not match.
      const validated = ['body', 'params', 'querystring', 'query', 'headers'].some((k) => schema?.props.has(k));
      const chain = new Set([r.root, ...r.edges.map((e) => e.child)]);
      const statuses = sortedStatuses([
        ...handlerStatuses(ctx, file, handler),
        ...writeErrors(
          method,
          errorHandlers.filter((h) => chain.has(h.owner)).flatMap((h) => errorHandlerStatuses(ctx, h.ref)),
        ),
        ...responseStatuses(ctx, schema),
        ...(validated ? [400] : []),
      ]);
      // A root the repository does not export (`server.ts` that registers the app plugin and listens): the plugin it
      // registers is the app.
      const registered = r.edges[0] && root && r.edges[0].at.file === root.file.path ? params.get(r.edges[0].child) : undefined;
      const app = root
        ? (appEntryOf(ctx, root.file, [root.node], 'fastify') ?? pluginEntry(ctx, registered))
        : pluginEntry(ctx, params.get(r.root));
      points.push(
        httpPoint('fastify', method, withoutParamPatterns(r.path), location, {
          auth: r.middleware,
          body: part('body'),
          handler: handlerLocation(ctx, file, handler) ?? location,
          app,
          webhook: webhookOf(ctx, r.path, file, [handler]),
          statuses,
          authInfo: guardInfoOf(ctx, r.refs, { decorated }),
          ...(paramsSchema ? { paramsSchema } : {}),
          ...(querySchema ? { querySchema } : {}),
          ...(prefixFrom ? { prefixFrom } : {}),
        }),
      );
    }
    return points;
  },
};

/** The statuses a route's `schema.response` declares: `{ 201: …, 404: … }` (ranges such as `2xx` name none). */
function responseStatuses(ctx: DetectContext, schema: Options | undefined): number[] {
  const { ts } = ctx;
  const expr = schema?.props.get('response');
  if (!schema || !expr) return [];
  const origin = ts.isObjectLiteralExpression(expr) ? { file: schema.file, node: expr as TS.Node } : originOf(ctx, schema.file, expr);
  if (!origin || !ts.isObjectLiteralExpression(origin.node)) return [];
  return origin.node.properties.flatMap((p) => {
    const key = p.name && (ts.isNumericLiteral(p.name) || ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) ? p.name.text : '';
    return /^[1-5]\d\d$/.test(key) ? [Number(key)] : [];
  });
}

/**
 * A root plugin as the app (fastify-cli's `export default async function (fastify, opts)` that registers
 * `@fastify/autoload`): the instance is a parameter nothing in the repository passes, and the module exports the
 * function (as it is, or wrapped in fastify-plugin). `options` names the module's `options` export, when it has one.
 */
function pluginEntry(ctx: DetectContext, param: ParamOwner | undefined): AppEntry | undefined {
  const { ts } = ctx;
  if (!param || param.index !== 0) return undefined;
  const { file, fn } = param;
  let name = exportNamesOf(ctx, file, fn)[0];
  if (!name) {
    const exported = exportOf(ctx, file, 'default');
    const node = exported?.node;
    const wraps =
      node &&
      ts.isCallExpression(node) &&
      node.arguments.some((a) => a === fn || originOf(ctx, exported.file, a)?.node === fn) &&
      PLUGIN_WRAPPERS.has(importedFrom(ctx, exported.file, node.expression)?.module ?? '');
    if (wraps) name = 'default';
  }
  if (!name) return undefined;
  const options = exportOf(ctx, file, 'options') ? { options: 'options' } : {};
  return withTestHelper(ctx, { file: file.path, framework: 'fastify', export: { name, type: 'plugin', ...options } });
}

/** An options object: its properties by name, with the file their expressions sit in. */
interface Options {
  file: ParsedFile;
  props: Map<string, TS.Expression>;
}

function objectOf(ctx: DetectContext, file: ParsedFile, expr: TS.Expression | undefined, depth = 0): Options | undefined {
  const { ts } = ctx;
  if (!expr || depth > 8) return undefined;
  const origin = ts.isObjectLiteralExpression(expr) ? { file, node: expr as TS.Node } : originOf(ctx, file, expr);
  if (!origin || !ts.isObjectLiteralExpression(origin.node)) return undefined;
  const props = new Map<string, TS.Expression>();
  for (const p of origin.node.properties) {
    if (ts.isSpreadAssignment(p)) {
      const inner = objectOf(ctx, origin.file, p.expression, depth + 1);
      if (inner) for (const [k, v] of inner.props) props.set(k, v);
    } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      props.set(p.name.text, p.initializer);
    } else if (ts.isShorthandPropertyAssignment(p)) {
      props.set(p.name.text, p.name);
    } else if (ts.isMethodDeclaration(p) && ts.isIdentifier(p.name)) {
      props.set(p.name.text, p as unknown as TS.Expression);
    }
  }
  return { file: origin.file, props };
}

function stringOf(ctx: DetectContext, opts: Options | undefined, name: string): string | undefined {
  const expr = opts?.props.get(name);
  const value = opts && expr && literalValue(ctx, opts.file, expr);
  return typeof value === 'string' ? value : undefined;
}

/**
 * `register(autoload, { dir, options: { prefix } })`: every plugin file under `dir` is registered
 * with a prefix made of its folder path (`routes/users/items.ts` → `/users`), or its `autoPrefix`.
 */
function autoload(
  ctx: DetectContext,
  file: ParsedFile,
  opts: Options | undefined,
  owner: string,
  at: Place,
  basePrefix: () => Resolved | undefined,
  options: Registration | undefined,
  pluginOf: (file: ParsedFile, expr: TS.Expression) => { fn: Origin; encapsulated: boolean } | undefined,
  link: (
    parent: string,
    plugin: { fn: Origin; encapsulated: boolean },
    prefix: () => Resolved | undefined,
    at: Place,
    seen?: () => Resolved | undefined,
    options?: Registration,
  ) => void,
  nodeOf: (fn: Origin) => string | undefined,
  enqueue: (file: ParsedFile) => void,
): void {
  const { ts } = ctx;
  const base = (): Resolved => basePrefix() ?? { value: '' };
  const dirExpr = opts?.props.get('dir');
  const dir = dirExpr && dirValue(ctx, file, dirExpr);
  if (dir === undefined) return;
  // Files under the folder are parsed here when the prefilter left them out (a plugin may import nothing).
  const load = (p: string): ParsedFile | undefined => {
    const parsed = ctx.byPath.get(p) ?? ctx.resolve({ path: '' }, `./${p}`);
    if (parsed) enqueue(parsed);
    return parsed;
  };
  const flag = (name: string): boolean | undefined => {
    const v = opts!.props.get(name);
    return v?.kind === ts.SyntaxKind.TrueKeyword ? true : v?.kind === ts.SyntaxKind.FalseKeyword ? false : undefined;
  };
  const dirNamePrefix = flag('dirNameRoutePrefix') !== false;
  const routeParams = flag('routeParams') === true;
  const autoHooks = flag('autoHooks') === true;
  const cascade = flag('cascadeHooks') === true;

  const under = ctx.allPaths.filter((p) => p.startsWith(`${dir}/`) && SCRIPT.test(p) && !p.endsWith('.d.ts') && !isTestFile(p));
  const byDir = new Map<string, string[]>();
  for (const p of under) {
    const d = path.posix.dirname(p);
    byDir.set(d, [...(byDir.get(d) ?? []), p]);
  }
  const isHooks = (p: string): boolean => /^autohooks\.[cm]?[jt]s$/.test(path.posix.basename(p));
  // The autohooks plugin of each folder: the context its plugins are registered in.
  const hooksNode = new Map<string, string>();
  const parentOf = (d: string): string => {
    for (let cur = d; cur === dir || cur.startsWith(`${dir}/`); cur = path.posix.dirname(cur)) {
      const hooks = hooksNode.get(cur);
      if (hooks) return hooks;
      if (!cascade) break;
    }
    return owner;
  };
  const dirs = [...byDir.keys()].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  if (autoHooks) {
    for (const d of dirs) {
      const hooksFile = byDir.get(d)!.find(isHooks);
      const parsed = hooksFile ? load(hooksFile) : undefined;
      const fn = parsed && exportOf(ctx, parsed, 'default');
      const plugin = fn && pluginOf(parsed!, fn.node as TS.Expression);
      if (!plugin) continue;
      const parent = parentOf(path.posix.dirname(d));
      link(parent, { ...plugin, encapsulated: true }, () => ({ value: '' }), at, undefined, options);
      const key = nodeOf(plugin.fn);
      if (key) hooksNode.set(d, key);
    }
  }
  for (const d of dirs) {
    const files = byDir.get(d)!.filter((p) => !isHooks(p));
    const index = files.find((p) => /^index\.[cm]?[jt]s$/.test(path.posix.basename(p)));
    const rel = d === dir ? '' : d.slice(dir.length);
    for (const p of index ? [index] : files) {
      const parsed = load(p);
      const fn = parsed && exportOf(ctx, parsed, 'default');
      const plugin = fn && pluginOf(parsed!, fn.node as TS.Expression);
      if (!plugin) continue;
      const auto = parsed && exportOf(ctx, parsed, 'autoPrefix');
      const autoPrefix = auto && ts.isStringLiteralLike(auto.node) ? auto.node.text : undefined;
      let prefix = autoPrefix ?? (dirNamePrefix ? rel : '');
      if (routeParams) prefix = prefix.replace(/\/_/g, '/:');
      // What the plugin reads as `options.prefix`: the base without its trailing slash, then the folder's breadcrumb
      // (`/` for a sub-folder when folder names are not prefixes).
      const crumb = autoPrefix ?? (dirNamePrefix ? rel : rel ? '/' : '');
      link(
        autoHooks ? parentOf(d) : owner,
        plugin,
        () => ({ ...base(), value: `${base().value}${prefix}` }),
        at,
        () => ({ ...base(), value: `${base().value.replace(/\/$/, '')}${crumb}` }),
        options,
      );
    }
  }
}

/** A folder expression: `join(__dirname, 'routes')`, `path.resolve(import.meta.dirname, 'routes')`, `new URL('./routes', import.meta.url)`. */
function dirValue(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, depth = 0): string | undefined {
  const { ts } = ctx;
  if (depth > 8) return undefined;
  const here = path.posix.dirname(file.path);
  const text = expr.getText(file.sf).replace(/\s+/g, '');
  if (text === '__dirname' || text === 'import.meta.dirname') return here;
  if (ts.isStringLiteralLike(expr)) return path.posix.normalize(path.posix.join(file.packageDir, expr.text));
  if (ts.isCallExpression(expr) || ts.isNewExpression(expr)) {
    const callee = expr.expression.getText(file.sf);
    const args = expr.arguments ?? [];
    if (/(?:^|\.)(?:join|resolve)$/.test(callee) && args.length > 0) {
      const base = dirValue(ctx, file, args[0]!, depth + 1);
      const rest = args.slice(1).map((a) => (ts.isStringLiteralLike(a) ? a.text : undefined));
      if (base === undefined || rest.some((r) => r === undefined)) return undefined;
      return path.posix.normalize(path.posix.join(base, ...(rest as string[])));
    }
    if (/(?:^|\.)fileURLToPath$/.test(callee) && args[0]) return dirValue(ctx, file, args[0], depth + 1);
    if (callee === 'URL' && args[0] && ts.isStringLiteralLike(args[0]) && args[1]?.getText(file.sf) === 'import.meta.url') {
      return path.posix.normalize(path.posix.join(here, args[0].text)).replace(/\/$/, '');
    }
  }
  if (ts.isIdentifier(expr)) {
    const origin = originOf(ctx, file, expr);
    if (origin && origin.node !== expr && ts.isExpression(origin.node as TS.Expression))
      return dirValue(ctx, origin.file, origin.node as TS.Expression, depth + 1);
  }
  return undefined;
}

/** The plugin options parameter (`options` of `async function plugin(fastify, options)`) an identifier names. */
function optionsParam(ctx: DetectContext, file: ParsedFile, expr: TS.Expression): FunctionLike | undefined {
  const { ts } = ctx;
  if (!ts.isIdentifier(expr)) return undefined;
  const decl = declarationOf(ctx, file, expr);
  if (!decl || 'module' in decl || !ts.isParameter(decl.node)) return undefined;
  const fn = decl.node.parent;
  return isFunctionLike(ts, fn) && fn.parameters[1] === decl.node ? fn : undefined;
}

/** Whether a route path is built from `options.prefix` or a documented configuration value (with literals around it). */
function builtFromOptions(ctx: DetectContext, file: ParsedFile, expr: TS.Expression): boolean {
  const { ts } = ctx;
  let found = false;
  const visit = (n: TS.Node): 'stop' | undefined => {
    if (ts.isPropertyAccessExpression(n) && n.name.text === 'prefix' && optionsParam(ctx, file, n.expression)) found = true;
    else if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isBinaryExpression(n)) && configValue(ctx, file, n))
      found = true;
    return found ? 'stop' : undefined;
  };
  if (!visit(expr)) forEachDeep(ts, expr, visit);
  return found;
}

/** A path built from literals and values `partOf` knows (`options.prefix`, `process.env.API_PREFIX`); unknown parts are left out. */
function builtPath(
  ctx: DetectContext,
  file: ParsedFile,
  expr: TS.Expression,
  partOf: (e: TS.Expression) => Resolved | undefined,
): { path: string; from?: ConfigSource } {
  const { ts } = ctx;
  const parts: string[] = [];
  let from: ConfigSource | undefined;
  const walk = (e: TS.Expression): void => {
    if (ts.isParenthesizedExpression(e)) return walk(e.expression);
    if (ts.isStringLiteralLike(e)) parts.push(e.text);
    else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      walk(e.left);
      walk(e.right);
    } else if (ts.isTemplateExpression(e)) {
      parts.push(e.head.text);
      for (const span of e.templateSpans) {
        walk(span.expression);
        parts.push(span.literal.text);
      }
    } else {
      const part = partOf(e);
      if (part) parts.push(part.value);
      from ??= part?.from;
    }
  };
  walk(expr);
  const joined = parts.join('').replace(/\/{2,}/g, '/');
  return { path: joined.startsWith('/') ? joined : `/${joined}`, ...(from ? { from } : {}) };
}

/** A thunk evaluated once (undefined while it is being evaluated, so a cycle of registrations ends). */
function once<T>(fn: () => T): () => T | undefined {
  let state: 'new' | 'busy' | 'done' = 'new';
  let value: T | undefined;
  return () => {
    if (state === 'busy') return undefined;
    if (state === 'new') {
      state = 'busy';
      value = fn();
      state = 'done';
    }
    return value;
  };
}

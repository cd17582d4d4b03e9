import type * as TS from 'typescript';
import { constStrings, forEachDeep, lineOf, stringValue } from '../ast.js';
import type { DetectContext, Detector, DraftPoint, ParsedFile } from '../detector.js';
import { configPath, mountFrom, type ConfigSource, type ConfigValue } from './config-value.js';
import {
  appEntryOf,
  argsRoutePoint,
  errorHandlerStatuses,
  isErrorMiddleware,
  middlewareNames,
  type ArgsRoute,
  writeErrors,
  type GuardRef,
} from './http-common.js';
import { importedFrom, iteratedValues, originOf } from './origin.js';
import { callSitesOf, paramNode, type ParamOwner } from './owner-params.js';
import { addNode, emptyGraph, nodeKey, resolveRoutes, type GraphEdge, type RouteGraph } from './route-graph.js';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all']);
const ROUTER_MODULES = new Set(['@koa/router', 'koa-router']);
/** Router methods that return the router itself, so chains stay on one owner. */
const CHAINABLE = new Set([...VERBS, 'use', 'prefix', 'param', 'redirect', 'register']);

interface Created {
  file: ParsedFile;
  node: TS.Node;
  isApp: boolean;
}

/** Koa with @koa/router (or koa-router): router prefixes, nested routers, `app.use(router.routes())`. */
export const koa: Detector = {
  name: 'koa',
  kind: 'http',
  packages: ['koa', '@koa/router', 'koa-router'],
  hints: /\.(?:routes|allowedMethods|prefix)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const graph: RouteGraph<ArgsRoute> = emptyGraph();
    const created = new Map<string, Created>();
    const params = new Map<string, ParamOwner>();
    // Prefixes read from the configuration (`new Router({ prefix: process.env.API_PREFIX })`): where they were read.
    const nodeFrom = new Map<string, ConfigSource>();
    const edgeFrom = new Map<GraphEdge, ConfigSource>();

    // Apps and routers: `new Koa()`, `new Router({ prefix })`.
    for (const file of ctx.files) {
      const names = new Set(file.imports.filter((b) => b.module === 'koa' || ROUTER_MODULES.has(b.module)).map((b) => b.local));
      if (names.size === 0) continue;
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (
          !(ts.isNewExpression(node) || ts.isCallExpression(node)) ||
          !ts.isIdentifier(node.expression) ||
          !names.has(node.expression.text)
        )
          return;
        const from = importedFrom(ctx, file, node.expression)?.module;
        if (from !== 'koa' && !ROUTER_MODULES.has(from ?? '')) return;
        const key = nodeKey(file, node);
        created.set(key, { file, node, isApp: from === 'koa' });
        const prefix = from === 'koa' ? undefined : optionPath(ctx, file, node.arguments?.[0], 'prefix', consts);
        addNode(graph, key, prefix?.value ?? '');
        if (prefix?.from) nodeFrom.set(key, prefix.from);
      });
    }

    /** The app or router an expression stands for; `router.routes()` stands for the router. */
    const ownerOf = (file: ParsedFile, expr: TS.Expression, depth = 0): string | undefined => {
      if (depth > 12) return undefined;
      const origin = originOf(ctx, file, expr);
      if (!origin) return undefined;
      const key = nodeKey(origin.file, origin.node);
      if (created.has(key)) return key;
      if (ts.isParameter(origin.node)) return paramNode(ctx, graph, params, origin.file, origin.node);
      const node = origin.node;
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        if (CHAINABLE.has(method) || method === 'routes' || method === 'middleware')
          return ownerOf(origin.file, node.expression.expression, depth + 1);
      }
      return undefined;
    };

    for (const file of ctx.files) {
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        if (!VERBS.has(method) && method !== 'use' && method !== 'prefix') return;
        const owner = ownerOf(file, node.expression.expression);
        if (!owner) return;
        const at = { file: file.path, pos: node.expression.name.getStart(file.sf) };
        const args = node.arguments;
        if (method === 'prefix') {
          const prefix = args[0] && pathValue(ctx, file, args[0], consts);
          if (!prefix) return;
          graph.nodes.get(owner)!.prefix = prefix.value;
          if (prefix.from) nodeFrom.set(owner, prefix.from);
          else nodeFrom.delete(owner);
          return;
        }
        if (method === 'use') {
          const read = args[0] && !pathList(ts, args[0], consts) ? configPath(ctx, file, args[0], consts) : undefined;
          const config = read?.value.startsWith('/') ? read : undefined;
          const paths = config ? [config.value] : args[0] ? pathList(ts, args[0], consts) : undefined;
          const rest = paths ? args.slice(1) : [...args];
          const names: string[] = [];
          const refs: GuardRef[] = [];
          for (const { file: argFile, expr: arg } of rest.flatMap((a) => loopValues(ctx, file, a) ?? [{ file, expr: a }])) {
            const mounted = mountOf(ctx, argFile, arg, consts);
            const child = ownerOf(mounted?.file ?? argFile, mounted?.expr ?? arg);
            if (child && child !== owner) {
              for (const p of paths ?? ['']) {
                const edge = { parent: owner, child, prefix: joinPrefix(mounted?.prefix.value, p), at };
                graph.edges.push(edge);
                const from = mounted?.prefix.from ?? config?.from;
                if (from) edgeFrom.set(edge, from);
              }
            } else if (!mounted) {
              names.push(...middlewareNames(ts, arg));
              refs.push({ expr: arg, file });
            }
          }
          if (names.length) {
            for (const p of paths ?? [undefined]) graph.uses.push({ owner, at, names, refs, path: p === undefined ? undefined : `${p}/*` });
          }
          return;
        }
        // router.get([name,] path, ...middleware, handler)
        let rest = [...args];
        const first = rest[0] && stringValue(ts, rest[0], consts);
        if (first !== undefined && !first.startsWith('/') && rest[1] && pathList(ts, rest[1], consts)) rest = rest.slice(1);
        const paths = rest[0] ? pathList(ts, rest[0], consts) : undefined;
        if (!paths) return;
        const handlers = rest.slice(1);
        const verb = method === 'del' ? 'DELETE' : method.toUpperCase();
        for (const path of paths) {
          graph.routes.push({
            owner,
            path,
            at,
            names: handlers.slice(0, -1).flatMap((h) => middlewareNames(ts, h)),
            refs: handlers.slice(0, -1).map((h) => ({ expr: h, file })),
            data: { method: verb, file, line: lineOf(file.sf, node.expression.name), args: handlers },
          });
        }
      });
    }

    // Routers handed to functions: `registerUserRoutes(router)`.
    const sites = callSitesOf(ctx, [...new Set([...params.values()].map((p) => p.fn))]);
    for (const param of params.values()) {
      for (const site of sites.get(param.fn) ?? []) {
        const arg = site.call.arguments[param.index];
        const parent = arg && ownerOf(site.file, arg);
        if (parent && parent !== param.key)
          graph.edges.push({ parent, child: param.key, prefix: '', at: { file: site.file.path, pos: site.call.getStart(site.file.sf) } });
      }
    }

    return resolveRoutes(graph).map((r): DraftPoint => {
      const root = created.get(r.root);
      const app = root?.isApp ? appEntryOf(ctx, root.file, [root.node], 'koa') : undefined;
      // An error middleware in front of the route (`try { await next() } catch (err) { ctx.status = … }`) answers for it too.
      const errors = r.refs.filter((ref) => isErrorMiddleware(ctx, ref)).flatMap((ref) => errorHandlerStatuses(ctx, ref));
      const point = argsRoutePoint(ctx, 'koa', r.route.data, r.path, r.middleware, app, r.refs, writeErrors(r.route.data.method, errors));
      const prefixFrom = mountFrom(r, nodeFrom, edgeFrom);
      if (prefixFrom) point.details.prefixFrom = prefixFrom;
      return point;
    });
  },
};

function pathList(ts: DetectContext['ts'], expr: TS.Expression, consts: ReadonlyMap<string, string>): string[] | undefined {
  if (ts.isArrayLiteralExpression(expr)) {
    const all = expr.elements.map((e) => stringValue(ts, e, consts));
    return all.length > 0 && all.every((s): s is string => s !== undefined && s.startsWith('/')) ? all : undefined;
  }
  const one = stringValue(ts, expr, consts);
  return one !== undefined && (one.startsWith('/') || one === '') ? [one] : undefined;
}

/**
 * `for (const router of [health, books]) app.use(router.routes())`, `routers.forEach((r) => app.use(r.routes()))`: the
 * routers the loop variable stands for, when an argument is one (or `.routes()`, `.middleware()` of one). Other
 * methods of the loop variable (`router.allowedMethods()`) stay the argument they are.
 */
function loopValues(ctx: DetectContext, file: ParsedFile, arg: TS.Expression): { file: ParsedFile; expr: TS.Expression }[] | undefined {
  const { ts } = ctx;
  let base = arg;
  while (ts.isCallExpression(base)) {
    const callee = base.expression;
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (!ts.isPropertyAccessExpression(callee) || !(CHAINABLE.has(method) || method === 'routes' || method === 'middleware'))
      return undefined;
    base = callee.expression;
  }
  if (!ts.isIdentifier(base)) return undefined;
  const loop = iteratedValues(ctx, file, base);
  return loop?.values.map((expr) => ({ file: loop.file, expr }));
}

function joinPrefix(a: string | undefined, b: string): string {
  return `${a ?? ''}${b}`;
}

/** `mount('/admin', admin)` from koa-mount: the mounted app or middleware and its prefix. */
function mountOf(
  ctx: DetectContext,
  file: ParsedFile,
  arg: TS.Expression,
  consts: ReadonlyMap<string, string>,
): { prefix: Resolved; expr: TS.Expression; file: ParsedFile } | undefined {
  const { ts } = ctx;
  if (!ts.isCallExpression(arg) || importedFrom(ctx, file, arg.expression)?.module !== 'koa-mount') return undefined;
  const [first, second] = arg.arguments;
  const prefix = first && pathValue(ctx, file, first, consts);
  if (prefix && second) return { prefix, expr: second, file };
  return first && !second ? { prefix: { value: '' }, expr: first, file } : undefined;
}

/** A prefix, and the configuration it was read from when it is not in the code. */
type Resolved = { value: string; from?: undefined } | ConfigValue;

/** A literal path, or one read from the configuration (`process.env.API_PREFIX`, `config.prefix`). */
function pathValue(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, consts: ReadonlyMap<string, string>): Resolved | undefined {
  const literal = stringValue(ctx.ts, expr, consts);
  return literal !== undefined ? { value: literal } : configPath(ctx, file, expr, consts);
}

function optionPath(
  ctx: DetectContext,
  file: ParsedFile,
  expr: TS.Expression | undefined,
  key: string,
  consts: ReadonlyMap<string, string>,
): Resolved | undefined {
  const { ts } = ctx;
  if (!expr || !ts.isObjectLiteralExpression(expr)) return undefined;
  for (const p of expr.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === key) return pathValue(ctx, file, p.initializer, consts);
  }
  return undefined;
}

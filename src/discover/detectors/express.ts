import type * as TS from 'typescript';
import type { AppEntry, HttpDetails, JsonSchemaLike } from '../../model.js';
import { constStrings, forEachDeep, lineOf, methodCall, stringValue, exportedLocal } from '../ast.js';
import type { DetectContext, Detector, DraftPoint, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import {
  appEntryOf,
  authNames,
  errorHandlerStatuses,
  functionBody,
  guardInfo,
  isErrorMiddleware,
  joinPaths,
  pathParams,
  readSchema,
  sortedStatuses,
  statusesIn,
  webhookOf,
  withoutParamPatterns,
  withTestHelper,
  writeErrors,
} from './http-common.js';
import { handCheckedBody } from '../schemas/hand-checks.js';
import { declarationOf, isFunctionLike, iteratedValues, originOf, requiredSpecifier, type FunctionLike } from './origin.js';
import { acceptParams, paramOwner, typedParam, type CallSite, type ParamOwner } from './owner-params.js';
import { pathMatches } from './route-graph.js';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'all']);
/** Methods that return the app or router they are called on: `Router().use(a).use(b)` is one router. */
const CHAINABLE = new Set([...VERBS, 'use', 'param']);
/** How many function bodies and modules the apps and routers handed to functions are followed into. */
const MAX_HANDED_SCOPES = 2000;
/** Types express exports for an app or a router, which make a parameter one without a known caller. */
const OWNER_TYPES = new Set(['Express', 'Application', 'Router', 'IRouter']);

/**
 * An Express application or router: what `express()` or `Router()` makes (held in a variable, or anonymous in a
 * chain such as `export default Router().use('/api', api)`), or a function parameter it is passed to.
 */
interface Owner {
  key: string;
  file: ParsedFile;
  /** The variable that holds it; '' when anonymous or a parameter. */
  name: string;
  isApp: boolean;
  /** The exported function that creates it, when it is built inside one. */
  factory?: string;
  /** A parameter (`export function mountRoutes(app) { app.get(…) }`): an owner only where a caller passes one. */
  param?: ParamOwner;
  /** The `express()` or `Router()` call that creates it. */
  node?: TS.Node;
}

interface Route {
  owner: string;
  method: string;
  path: string;
  pos: number;
  line: number;
  middleware: TS.Expression[];
  handler?: TS.Expression;
}

interface Mount {
  owner: string;
  prefix: string;
  child: string;
  pos: number;
  /** Middleware given before the router in the same call: `app.use('/admin', requireAuth, adminRouter)`. */
  middleware: TS.Expression[];
}

interface Use {
  owner: string;
  pos: number;
  middleware: TS.Expression[];
  /** `app.use('/admin', requireAuth)`: the path prefix the middleware is limited to. */
  path?: string;
}

/** Middleware in front of a route, limited to an absolute path prefix when `use()` was given one. */
interface Applied {
  name: string;
  pattern?: string;
  /** The middleware expression and the file it is written in, to read a guard's code. */
  expr: TS.Expression;
  file: ParsedFile;
}

export const express: Detector = {
  name: 'express',
  kind: 'http',
  packages: ['express'],
  hints: /\.(?:get|post|put|patch|delete|use|route)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const owners = new Map<string, Owner>();
    const created = new Map<TS.Node, Owner>();
    const routes: Route[] = [];
    const mounts: Mount[] = [];
    const uses: Use[] = [];

    for (const file of ctx.files) findOwners(ts, file, owners, created);
    // The files read for routes: those parsed for express, and the modules its apps and routers are handed into.
    const scope: DetectContext = { ...ctx, files: [...ctx.files] };
    const find = new OwnerFinder(scope, owners, created);
    const handed = find.handedOn((file) => findOwners(ts, file, owners, created));
    /** The routers a `use()` argument mounts: one, or each a loop variable walks (`for (const r of [a, b]) app.use(r)`). */
    const mountedOwners = (file: ParsedFile, arg: TS.Expression): Owner[] => {
      const loop = ts.isIdentifier(arg) ? iteratedValues(ctx, file, arg) : undefined;
      const each = loop ? loop.values.map((value) => ({ file: loop.file, value })) : [{ file, value: arg }];
      return each
        .map(({ file: at, value }) => find.at(at, value) ?? resolveOwner(ctx, at, value, owners, created))
        .filter((o): o is Owner => o !== undefined);
    };
    for (const file of scope.files) {
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node)) return;
        const call = methodCall(ts, node);
        if (!call || !(CHAINABLE.has(call.method) || call.method === 'route')) return;
        // app.route('/x').get(h).post(h)
        const chain = routeChain(ts, node, consts);
        if (chain && VERBS.has(call.method)) {
          const owner = find.at(file, chain.receiver, true);
          if (owner) for (const p of chain.paths) routes.push(route(ts, file, owner.key, call.method, p, node, node.arguments));
          return;
        }
        const [first, ...rest] = node.arguments;
        if (!first) return;
        const paths = pathList(ts, first, consts);
        // A parameter becomes a candidate only where it gets a path route or a `use()`: `map.get(key)` is not a route.
        const owner = find.at(file, call.receiver, call.method === 'use' || (VERBS.has(call.method) && paths !== undefined));
        if (!owner) return;
        if (VERBS.has(call.method) && paths) {
          for (const p of paths) routes.push(route(ts, file, owner.key, call.method, p, node, rest));
        } else if (call.method === 'use') {
          const args = paths ? rest : [...node.arguments];
          const middleware: TS.Expression[] = [];
          for (const arg of args) {
            const children = mountedOwners(file, arg);
            for (const child of children)
              for (const p of paths ?? [''])
                mounts.push({ owner: owner.key, prefix: p, child: child.key, pos: node.getStart(file.sf), middleware: [...middleware] });
            if (children.length === 0) middleware.push(arg);
          }
          if (middleware.length)
            for (const p of paths ?? [undefined]) uses.push({ owner: owner.key, pos: node.getStart(file.sf), middleware, path: p });
        }
      });
    }
    // Apps and routers handed to functions: `mountRoutes(app)` mounts the routes `mountRoutes` adds to its parameter.
    const siteSeen = new Set<string>();
    for (const { param, parent, site } of [...handed, ...find.paramMounts()]) {
      const pos = site.call.getStart(site.file.sf);
      const id = `${parent.key}>${param.key}@${site.file.path}:${pos}`;
      if (siteSeen.has(id)) continue;
      siteSeen.add(id);
      mounts.push({ owner: parent.key, prefix: '', child: param.key, pos, middleware: [] });
    }
    const kept = (key: string): boolean => owners.has(key);
    return toPoints(
      ctx,
      owners,
      routes.filter((r) => kept(r.owner)),
      mounts.filter((m) => kept(m.owner) && kept(m.child)),
      uses.filter((u) => kept(u.owner)),
    );
  },
};

/**
 * The owner an expression stands for: a variable holding one, a chain on one (`Router().use(a)`), or a parameter.
 * Parameters become owners once a call site passes a known owner in their position (or their type is express's),
 * so a `get()` on any other parameter is left alone.
 */
class OwnerFinder {
  private readonly locals = new Map<ParsedFile, Map<string, Owner>>();
  private readonly params = new Map<string, Owner>();
  /** Parameters known to be owners before any caller is looked for: typed as express's, or handed one (`handedOn`). */
  private readonly typed = new Set<string>();

  constructor(
    private readonly ctx: DetectContext,
    private readonly owners: Map<string, Owner>,
    private readonly created: ReadonlyMap<TS.Node, Owner>,
  ) {}

  /** `candidate`: a parameter seen here may become an owner (it routes, or is handed on). */
  at(file: ParsedFile, expr: TS.Expression, candidate = false): Owner | undefined {
    const { ts } = this.ctx;
    let e = expr;
    for (let i = 0; i < 64; i++) {
      while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
      if (ts.isIdentifier(e)) return this.named(file, e, candidate);
      if (!ts.isCallExpression(e) && !ts.isNewExpression(e)) return undefined;
      const made = this.created.get(e);
      if (made) return made;
      const call = ts.isCallExpression(e) ? methodCall(ts, e) : undefined;
      if (!call || !CHAINABLE.has(call.method)) return undefined;
      e = call.receiver;
    }
    return undefined;
  }

  private named(file: ParsedFile, ident: TS.Identifier, candidate: boolean): Owner | undefined {
    const { ts } = this.ctx;
    const decl = declarationOf(this.ctx, file, ident);
    if (decl && !('module' in decl) && ts.isParameter(decl.node)) {
      const param = paramOwner(this.ctx, file, decl.node);
      if (!param) return undefined;
      const known = this.params.get(param.key);
      if (known || !candidate) return known;
      const owner: Owner = { key: param.key, file, name: '', isApp: false, param };
      this.params.set(param.key, owner);
      if (typedParam(this.ctx, file, decl.node, (m) => m === 'express', OWNER_TYPES)) this.typed.add(param.key);
      return owner;
    }
    let local = this.locals.get(file);
    if (!local) {
      local = new Map([...this.owners.values()].filter((o) => o.file === file && o.name).map((o) => [o.name, o]));
      this.locals.set(file, local);
    }
    return local.get(ident.text);
  }

  /**
   * Apps and routers handed to the repository's functions: `mountRoutes(app)`, `require('./routes/projects')(app)`,
   * `users.mount(app)`. The parameter an owner arrives in is that owner from then on, and the function's module joins
   * the files read for routes (`added` is told), whether or not it imports express: a folder's index that only calls
   * the route modules, say. Followed from the owners found so far into the functions they reach, to a fixed point
   * (a function may hand its parameter on).
   */
  handedOn(added: (file: ParsedFile) => void): { param: Owner; parent: Owner; site: CallSite }[] {
    const { ts } = this.ctx;
    const out: { param: Owner; parent: Owner; site: CallSite }[] = [];
    // Only identifiers named like an owner are resolved: most arguments of most calls are something else.
    const names = new Set([...this.owners.values()].map((o) => o.name).filter(Boolean));
    const scopes: { file: ParsedFile; node: TS.Node }[] = this.ctx.files.map((file) => ({ file, node: file.sf }));
    const done = new Set<TS.Node>();
    for (let i = 0; i < scopes.length && i < MAX_HANDED_SCOPES; i++) {
      const { file, node } = scopes[i]!;
      if (node === file.sf && ![...names].some((name) => file.text.includes(name))) continue;
      forEachDeep(ts, node, (n) => {
        if (!ts.isCallExpression(n)) return;
        n.arguments.forEach((arg, index) => {
          if (!ts.isIdentifier(arg) || !names.has(arg.text) || done.has(arg)) return;
          const parent = this.at(file, arg);
          if (!parent) return;
          done.add(arg);
          // `app.use(router)` and the like mount; they are read as such, not followed.
          if (ts.isPropertyAccessExpression(n.expression) && this.at(file, n.expression.expression)) return;
          for (const callee of this.functionsCalled(file, n.expression)) {
            const decl = callee.node.parameters[index];
            if (!decl || decl.dotDotDotToken || !ts.isIdentifier(decl.name)) continue;
            const param = paramOwner(this.ctx, callee.file, decl);
            if (!param) continue;
            const fresh = !this.typed.has(param.key);
            const owner = this.params.get(param.key) ?? { key: param.key, file: callee.file, name: '', isApp: false, param };
            this.params.set(param.key, owner);
            this.typed.add(param.key);
            out.push({ param: owner, parent, site: { file, call: n } });
            if (!fresh) continue;
            names.add(decl.name.text);
            if (this.ctx.files.includes(callee.file)) scopes.push({ file: callee.file, node: callee.node });
            else {
              this.ctx.files.push(callee.file);
              added(callee.file);
              scopes.push({ file: callee.file, node: callee.file.sf });
            }
          }
        });
      });
    }
    return out;
  }

  /** The repository functions a callee stands for: one, or each a loop variable walks (`[mountA, mountB].forEach((mount) => mount(app))`). */
  private functionsCalled(file: ParsedFile, callee: TS.Expression): { file: ParsedFile; node: FunctionLike }[] {
    const { ts } = this.ctx;
    const loop = ts.isIdentifier(callee) ? iteratedValues(this.ctx, file, callee) : undefined;
    const each = loop ? loop.values.map((value) => ({ file: loop.file, value })) : [{ file, value: callee }];
    return each.flatMap(({ file: at, value }) => {
      const origin = originOf(this.ctx, at, value);
      return origin && isFunctionLike(ts, origin.node) ? [{ file: origin.file, node: origin.node }] : [];
    });
  }

  /**
   * Each parameter owner with the owners its callers pass (see `acceptParams`). Accepted parameters join the owners;
   * the others are dropped.
   */
  paramMounts(): { param: Owner; parent: Owner; site: CallSite }[] {
    const out: { param: Owner; parent: Owner; site: CallSite }[] = [];
    const params = new Map([...this.params].map(([key, owner]) => [key, owner.param!]));
    const accepted = new Set(this.typed);
    acceptParams(
      this.ctx,
      params,
      accepted,
      (file, arg) => {
        const owner = this.at(file, arg, true);
        if (owner?.param) params.set(owner.key, owner.param);
        return owner?.key;
      },
      (param, parent, site) =>
        out.push({ param: this.params.get(param.key)!, parent: this.owners.get(parent) ?? this.params.get(parent)!, site }),
    );
    for (const key of accepted) this.owners.set(key, this.params.get(key)!);
    return out;
  }
}

function route(
  ts: TypeScriptApi,
  file: ParsedFile,
  owner: string,
  method: string,
  path: string,
  node: TS.CallExpression,
  args: readonly TS.Expression[],
): Route {
  const handler = args.at(-1);
  // In a chain (`app.route('/x')\n  .get(…)\n  .post(…)`) each verb sits on its own line.
  const at = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node;
  return { owner, method, path, pos: at.getStart(file.sf), line: lineOf(file.sf, at), middleware: args.slice(0, -1), handler };
}

function pathList(ts: TypeScriptApi, expr: TS.Expression, consts: ReadonlyMap<string, string>): string[] | undefined {
  if (ts.isArrayLiteralExpression(expr)) {
    const all = expr.elements.map((e) => stringValue(ts, e, consts));
    return all.every((s): s is string => s !== undefined) ? all : undefined;
  }
  const one = stringValue(ts, expr, consts);
  return one !== undefined && (one.startsWith('/') || one === '*' || one === '') ? [one] : undefined;
}

/** `X.route('/p').verb(…)…`: the receiver X and the path, walking up a chain of verbs. */
function routeChain(
  ts: TypeScriptApi,
  call: TS.CallExpression,
  consts: ReadonlyMap<string, string>,
): { receiver: TS.Expression; paths: string[] } | undefined {
  let expr: TS.Expression = call.expression;
  while (ts.isPropertyAccessExpression(expr) && ts.isCallExpression(expr.expression)) {
    const inner = expr.expression;
    if (ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'route' && inner.arguments[0]) {
      const paths = pathList(ts, inner.arguments[0], consts);
      return paths ? { receiver: inner.expression.expression, paths } : undefined;
    }
    expr = inner.expression;
  }
  return undefined;
}

/**
 * Every `express()`, `express.Router()`, `Router()` or `new Router()`: named after the variable it (or a chain of
 * router methods on it) initialises, anonymous otherwise.
 */
function findOwners(ts: TypeScriptApi, file: ParsedFile, owners: Map<string, Owner>, created: Map<TS.Node, Owner>): void {
  const expressNames = new Set(
    file.imports.filter((b) => b.module === 'express' && (b.imported === 'default' || b.imported === '*')).map((b) => b.local),
  );
  const routerNames = new Set(file.imports.filter((b) => b.module === 'express' && b.imported === 'Router').map((b) => b.local));
  // `require('express')()` and `require('express').Router()` bind no name.
  const inlineRequire = file.imports.some((b) => b.module === 'express' && b.local === '');
  if (expressNames.size === 0 && routerNames.size === 0 && !inlineRequire) return;
  const isExpress = (e: TS.Expression): boolean =>
    (ts.isIdentifier(e) && expressNames.has(e.text)) || (ts.isCallExpression(e) && requiredSpecifier(ts, e) === 'express');
  const kindOf = (expr: TS.Expression): 'app' | 'router' | undefined => {
    if (ts.isNewExpression(expr) || ts.isCallExpression(expr)) {
      const callee = expr.expression;
      if (isExpress(callee) && ts.isCallExpression(expr)) return 'app';
      if (ts.isIdentifier(callee) && routerNames.has(callee.text)) return 'router';
      if (ts.isPropertyAccessExpression(callee) && isExpress(callee.expression) && callee.name.text === 'Router') return 'router';
    }
    return undefined;
  };
  forEachDeep(ts, file.sf, (node) => {
    if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return;
    const kind = kindOf(node);
    if (!kind) return;
    const top = chainTop(ts, node);
    const decl = ts.isVariableDeclaration(top.parent) && top.parent.initializer === top ? top.parent : undefined;
    const name = decl && ts.isIdentifier(decl.name) ? decl.name.text : '';
    const key = name ? `${file.path}#${name}` : `${file.path}@${node.getStart(file.sf)}`;
    const owner: Owner = { key, file, name, isApp: kind === 'app', factory: enclosingFunctionName(ts, node), node };
    owners.set(key, owner);
    created.set(node, owner);
  });
}

/** The outermost call of a chain of router methods on `node`: `Router().use(a).use(b)` for `Router()`. */
function chainTop(ts: TypeScriptApi, node: TS.Expression): TS.Expression {
  let top = node;
  for (;;) {
    const access = top.parent;
    if (!ts.isPropertyAccessExpression(access) || access.expression !== top || !CHAINABLE.has(access.name.text)) return top;
    if (!ts.isCallExpression(access.parent) || access.parent.expression !== access) return top;
    top = access.parent;
  }
}

/** The app or router a chain stands for: the innermost `Router()` of `Router().use('/api', api)`. */
function chainOwner(ts: TypeScriptApi, expr: TS.Expression, created: ReadonlyMap<TS.Node, Owner>): Owner | undefined {
  let e = expr;
  for (let i = 0; i < 64; i++) {
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
    if (!ts.isCallExpression(e) && !ts.isNewExpression(e)) return undefined;
    const made = created.get(e);
    if (made) return made;
    const call = ts.isCallExpression(e) ? methodCall(ts, e) : undefined;
    if (!call || !CHAINABLE.has(call.method)) return undefined;
    e = call.receiver;
  }
  return undefined;
}

function enclosingFunctionName(ts: TypeScriptApi, node: TS.Node): string | undefined {
  for (let n: TS.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) && n.name) return n.name.text;
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name))
      return n.parent.name.text;
  }
  return undefined;
}

/** The router or app that an argument of `use()` refers to, across files. */
function resolveOwner(
  ctx: DetectContext,
  file: ParsedFile,
  arg: TS.Expression,
  owners: ReadonlyMap<string, Owner>,
  created: ReadonlyMap<TS.Node, Owner>,
): Owner | undefined {
  const { ts } = ctx;
  let expr = arg;
  // require('./routes').webhooks
  const spec = ts.isPropertyAccessExpression(expr) && ts.isCallExpression(expr.expression) && requiredSpecifier(ts, expr.expression);
  if (spec && ts.isPropertyAccessExpression(expr)) {
    const target = ctx.resolve(file, spec);
    return target ? byExport(ctx, target, expr.name.text, owners, created) : undefined;
  }
  if (ts.isCallExpression(expr)) {
    // require('./routes')  or  makeRouter(deps)
    if (
      ts.isIdentifier(expr.expression) &&
      expr.expression.text === 'require' &&
      expr.arguments[0] &&
      ts.isStringLiteralLike(expr.arguments[0])
    ) {
      const target = ctx.resolve(file, expr.arguments[0].text);
      return target ? byExport(ctx, target, 'default', owners, created) : undefined;
    }
    expr = expr.expression;
  }
  if (!ts.isIdentifier(expr)) return undefined;
  const name = expr.text;
  const local = owners.get(`${file.path}#${name}`) ?? [...owners.values()].find((o) => o.file === file && o.factory === name);
  if (local) return local;
  const binding = file.imports.find((b) => b.local === name);
  if (!binding) return undefined;
  const target = ctx.resolve(file, binding.module);
  return target ? byExport(ctx, target, binding.imported === '*' ? 'default' : binding.imported, owners, created) : undefined;
}

function byExport(
  ctx: DetectContext,
  target: ParsedFile,
  exportName: string,
  owners: ReadonlyMap<string, Owner>,
  created: ReadonlyMap<TS.Node, Owner>,
): Owner | undefined {
  const { ts } = ctx;
  const local = exportedLocal(ts, target.sf, exportName);
  const inFile = [...owners.values()].filter((o) => o.file === target && !o.param);
  if (local) {
    const hit = inFile.find((o) => o.name === local || o.factory === local);
    if (hit) return hit;
    // Re-exported from another module: `export { default } from './x'` is rare; follow a plain import.
    const binding = target.imports.find((b) => b.local === local);
    const next = binding && ctx.resolve(target, binding.module);
    if (next && next !== target) return byExport(ctx, next, binding.imported === '*' ? 'default' : binding.imported, owners, created);
  }
  // `export default Router().use('/api', api)`, `module.exports = express.Router().use(…)`
  if (exportName === 'default') {
    for (const stmt of target.sf.statements) {
      const value = ts.isExportAssignment(stmt)
        ? stmt.expression
        : ts.isExpressionStatement(stmt) &&
            ts.isBinaryExpression(stmt.expression) &&
            stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            stmt.expression.left.getText(target.sf) === 'module.exports'
          ? stmt.expression.right
          : undefined;
      const owner = value && chainOwner(ts, value, created);
      if (owner) return owner;
    }
  }
  // `export default function () { const r = Router(); … return r }`
  return exportName === 'default'
    ? (inFile.find((o) => o.factory !== undefined && !o.isApp) ?? (inFile.length === 1 ? inFile[0] : undefined))
    : undefined;
}

function toPoints(ctx: DetectContext, owners: Map<string, Owner>, routes: Route[], mounts: Mount[], uses: Use[]): DraftPoint[] {
  const { ts } = ctx;
  const mounted = new Set(mounts.map((m) => m.child));
  const roots = [...owners.values()].filter((o) => o.isApp && !mounted.has(o.key));
  const unmounted = [...owners.values()].filter((o) => !o.isApp && !mounted.has(o.key));
  // Full prefixes of every owner, with the middleware inherited from the mounting chain.
  const prefixes = new Map<string, { prefix: string; inherited: Applied[]; app: Owner }[]>();
  const applied = (u: Use, prefix: string): Applied[] =>
    u.middleware.map((e) => ({
      name: nameOf(ts, e),
      pattern: u.path === undefined ? undefined : `${joinPaths(prefix, u.path)}/*`,
      expr: e,
      file: owners.get(u.owner)!.file,
    }));
  const visit = (owner: Owner, prefix: string, inherited: Applied[], app: Owner, seen: Set<string>): void => {
    if (seen.has(owner.key)) return;
    const list = prefixes.get(owner.key) ?? [];
    list.push({ prefix, inherited, app });
    prefixes.set(owner.key, list);
    for (const m of mounts.filter((x) => x.owner === owner.key)) {
      const child = owners.get(m.child);
      // Only the middleware registered before the mount runs in front of the child's routes.
      const before = uses.filter((u) => u.owner === owner.key && u.pos < m.pos).flatMap((u) => applied(u, prefix));
      const given = m.middleware.map((e) => ({ name: nameOf(ts, e), expr: e, file: owner.file }));
      if (child) visit(child, joinPaths(prefix, m.prefix), [...inherited, ...before, ...given], app, new Set([...seen, owner.key]));
    }
  };
  for (const app of roots) visit(app, '', [], app, new Set());
  for (const router of unmounted) visit(router, '', [], router, new Set());

  // What the app's error middleware (`app.use((err, req, res, next) => …)`) answers, for every route of the app.
  const errorStatuses = new Map<string, number[]>();
  const appErrors = (app: Owner): number[] => {
    let list = errorStatuses.get(app.key);
    if (!list) {
      const refs = uses.filter((u) => u.owner === app.key).flatMap((u) => u.middleware.map((expr) => ({ expr, file: app.file })));
      list = refs.filter((ref) => isErrorMiddleware(ctx, ref)).flatMap((ref) => errorHandlerStatuses(ctx, ref));
      errorStatuses.set(app.key, list);
    }
    return list;
  };
  const points: DraftPoint[] = [];
  for (const r of routes) {
    const owner = owners.get(r.owner)!;
    const local = uses.filter((u) => u.owner === r.owner && u.pos < r.pos);
    for (const { prefix, inherited, app } of prefixes.get(r.owner) ?? []) {
      // `/:id(\\d+)`: the served path, keyed as the other frameworks key theirs (`/:id`); the pattern still matches middleware.
      const served = joinPaths(prefix, r.path);
      const full = withoutParamPatterns(served);
      const method = r.method.toUpperCase();
      const inFront = [...inherited, ...local.flatMap((u) => applied(u, prefix))].filter(
        (a) => a.pattern === undefined || pathMatches(a.pattern, full),
      );
      const middleware = [...inFront, ...r.middleware.map((e) => ({ name: nameOf(ts, e), expr: e, file: owner.file }))];
      const middlewareNames = middleware.map((a) => a.name);
      const auth = authNames(middlewareNames);
      const details: HttpDetails = {
        method,
        path: full,
        params: pathParams(full),
        auth,
        handler: { file: owner.file.path, line: r.line },
        statuses: sortedStatuses([...(r.handler ? statusCodes(ctx, owner.file, r.handler) : []), ...writeErrors(method, appErrors(app))]),
      };
      const body = bodySchema(ctx, owner.file, [...r.middleware, ...(r.handler ? [r.handler] : [])]);
      if (body) details.body = body;
      const webhook = webhookOf(ctx, full, owner.file, [...r.middleware, r.handler]);
      if (webhook) details.webhook = webhook;
      const guard = auth.length
        ? guardInfo(
            ctx,
            middleware.filter((m) => auth.includes(m.name)),
          )
        : undefined;
      if (guard) details.authInfo = guard;
      const entry = appEntry(ctx, app);
      if (entry) details.app = entry;
      points.push({
        kind: 'http',
        library: 'express',
        key: `${method} ${full}`,
        location: { file: owner.file.path, line: r.line },
        details,
        service: 'none',
      });
    }
  }
  return points;
}

function nameOf(ts: TypeScriptApi, expr: TS.Expression): string {
  if (ts.isCallExpression(expr)) return nameOf(ts, expr.expression);
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) return expr.getText();
  return '';
}

/** How a test can get hold of the app: an exported instance or an exported factory. */
function appEntry(ctx: DetectContext, app: Owner): AppEntry | undefined {
  const { ts } = ctx;
  if (!app.isApp) return undefined;
  const entry = (name: string, type: 'instance' | 'factory'): AppEntry =>
    withTestHelper(ctx, { file: app.file.path, framework: 'express', export: { name, type } });
  if (app.factory && (exportedLocal(ts, app.file.sf, app.factory) || exportedLocal(ts, app.file.sf, 'default') === app.factory))
    return entry(exportedLocal(ts, app.file.sf, app.factory) ? app.factory : 'default', 'factory');
  if (!app.factory) {
    if (exportedLocal(ts, app.file.sf, app.name)) return entry(app.name, 'instance');
    if (exportedLocal(ts, app.file.sf, 'default') === app.name) return entry('default', 'instance');
  }
  // Exported under another name or as a value: `exports.createApp = () => …`, `module.exports = function createApp()`,
  // `module.exports = { createApp: buildApp }`.
  return app.node ? appEntryOf(ctx, app.file, [app.node], 'express') : undefined;
}

/** Status codes the handler's own code answers with: `res.status(404)`, `res.sendStatus(204)`, `next(createError(409))`. */
function statusCodes(ctx: DetectContext, file: ParsedFile, handler: TS.Expression): number[] {
  const { ts } = ctx;
  const body = functionBody(ctx, file, handler);
  if (body) return statusesIn(ctx, body.node);
  // A wrapper around the handler: `asyncHandler(async (req, res) => …)`.
  const inner = ts.isCallExpression(handler)
    ? handler.arguments.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a))
    : undefined;
  return inner ? statusesIn(ctx, inner) : [];
}

/** A zod schema applied to `req.body`, in the handler (`S.parse(req.body)`) or as middleware (`validate(S)`). */
function bodySchema(ctx: DetectContext, file: ParsedFile, args: readonly TS.Expression[]): JsonSchemaLike | undefined {
  const { ts } = ctx;
  for (const arg of args) {
    const scopes: { node: TS.Node; file: ParsedFile }[] = [];
    if (ts.isCallExpression(arg)) scopes.push({ node: arg, file });
    const body = functionBody(ctx, file, arg);
    if (body) scopes.push(body);
    for (const scope of scopes) {
      let schema: JsonSchemaLike | undefined;
      forEachDeep(ts, scope.node, (n) => {
        if (schema || !ts.isCallExpression(n)) return;
        const call = methodCall(ts, n);
        const isParse =
          call &&
          /^(?:(?:safe)?[pP]arse|validate)(?:Async)?$/.test(call.method) &&
          n.arguments[0]?.getText(scope.file.sf).endsWith('.body');
        if (isParse) schema = readSchema(ts, call.receiver, (name) => lookupBinding(ctx, scope.file, name));
      });
      // `validate(Schema)`, `celebrate({ [Segments.BODY]: … })`
      if (ts.isCallExpression(arg) && scope.node === arg && !schema && arg.arguments[0]) {
        schema = readSchema(ts, arg.arguments[0], (name) => lookupBinding(ctx, scope.file, name));
      }
      if (schema) return schema;
    }
  }
  return handCheckedBody(ctx, file, args);
}

/** The initializer bound to a name in a file, following one import. */
function lookupBinding(ctx: DetectContext, file: ParsedFile, name: string): TS.Expression | undefined {
  const { ts } = ctx;
  for (const stmt of file.sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const d of stmt.declarationList.declarations)
      if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return d.initializer;
  }
  const binding = file.imports.find((b) => b.local === name);
  const target = binding && ctx.resolve(file, binding.module);
  if (target && binding)
    return lookupBinding(
      ctx,
      target,
      binding.imported === 'default' ? (exportedLocal(ts, target.sf, 'default') ?? name) : binding.imported,
    );
  return undefined;
}

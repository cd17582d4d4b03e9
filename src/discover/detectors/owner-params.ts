import path from 'node:path';
import type * as TS from 'typescript';
import { exportedLocal, forEachDeep } from '../ast.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import { type FunctionLike, functionName, isFunctionLike, originOf } from './origin.js';
import { addNode, type RouteGraph } from './route-graph.js';

/** An app or router received as a function parameter: `function userRoutes(router) { router.get(…) }`. */
export interface ParamOwner {
  key: string;
  file: ParsedFile;
  fn: FunctionLike;
  index: number;
}

export function paramOwner(ctx: DetectContext, file: ParsedFile, param: TS.Node): ParamOwner | undefined {
  const { ts } = ctx;
  if (!ts.isParameter(param) || !isFunctionLike(ts, param.parent)) return undefined;
  const fn = param.parent;
  return { key: `param:${file.path}#${param.getStart(file.sf)}`, file, fn, index: fn.parameters.indexOf(param) };
}

/** A parameter that may stand for an app or router, as a graph node (recorded in `params`); undefined when it is no function's parameter. */
export function paramNode<T>(
  ctx: DetectContext,
  graph: RouteGraph<T>,
  params: Map<string, ParamOwner>,
  file: ParsedFile,
  node: TS.Node,
): string | undefined {
  const param = paramOwner(ctx, file, node);
  if (!param) return undefined;
  params.set(param.key, param);
  addNode(graph, param.key);
  return param.key;
}

export interface CallSite {
  file: ParsedFile;
  call: TS.CallExpression;
}

/**
 * Where the given functions are called, across the files. Only calls whose callee names one of the functions, or an
 * import of one from a repository module (by its exported name, or a default import when one of them may be a default
 * export), are resolved: resolving a call parses the module it comes from, so a wider net costs parses.
 */
export function callSitesOf(ctx: DetectContext, fns: readonly FunctionLike[]): Map<FunctionLike, CallSite[]> {
  const { ts } = ctx;
  const out = new Map<FunctionLike, CallSite[]>();
  if (fns.length === 0) return out;
  const wanted = new Set(fns);
  const names = new Set(fns.map((f) => functionName(ts, f)).filter((n): n is string => n !== undefined));
  const byDefault = fns.some((f) => mayBeDefaultExport(ts, f));
  // A module that exports only its function is often called from its folder's index (`routes/index.js` calling
  // `require('./projects')(app)`), which imports nothing a detector knows: those indexes join the scan.
  const indexes = byDefault
    ? [
        ...new Set(
          fns
            .filter((f) => mayBeDefaultExport(ts, f))
            .map((f) => path.posix.dirname(f.getSourceFile().fileName))
            .map((dir) => ctx.resolve({ path: '' }, `./${dir === '.' ? '' : `${dir}/`}index`)),
        ),
      ].filter((f): f is ParsedFile => f !== undefined && !ctx.files.includes(f))
    : [];
  for (const file of [...ctx.files, ...indexes]) {
    const imported = file.imports.filter(
      (b) => b.module.startsWith('.') && (names.has(b.imported) || (byDefault && (b.imported === 'default' || b.imported === '*'))),
    );
    const candidates = new Set([...names, ...imported.map((b) => b.local)]);
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      const base = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression.text : undefined;
      if (!name || !(candidates.has(name) || (base !== undefined && candidates.has(base)))) return;
      const origin = originOf(ctx, file, callee);
      if (!origin || !wanted.has(origin.node as FunctionLike)) return;
      const list = out.get(origin.node as FunctionLike) ?? [];
      list.push({ file, call: node });
      out.set(origin.node as FunctionLike, list);
    });
  }
  return out;
}

/**
 * Whether a parameter is annotated with one of a framework's app or router types (`app: Hono`, `router: express.Router`,
 * `app: Hono<Env>`), imported from one of `modules`.
 */
export function typedParam(
  ctx: DetectContext,
  file: ParsedFile,
  param: TS.ParameterDeclaration,
  isModule: (module: string) => boolean,
  types: ReadonlySet<string>,
): boolean {
  const { ts } = ctx;
  const type = param.type;
  if (!type || !ts.isTypeReferenceNode(type)) return false;
  const name = type.typeName;
  const base = ts.isIdentifier(name) ? name : ts.isIdentifier(name.left) ? name.left : undefined;
  const binding = base && file.imports.find((b) => b.local === base.text && isModule(b.module));
  if (!binding) return false;
  return ts.isIdentifier(name) ? types.has(binding.imported) : types.has(name.right.text);
}

/**
 * The parameters that stand for an app or router: those a call site passes a known owner to, found to a fixed point
 * (a function may hand its parameter on: `register(app) { users(app) }`), plus those `accepted` already (typed ones).
 * `ownerAt` names the owner an argument stands for (registering parameters it meets in `params`); `mount` is called
 * once per call site that passes an owner to an accepted parameter.
 */
export function acceptParams(
  ctx: DetectContext,
  params: ReadonlyMap<string, ParamOwner>,
  accepted: Set<string>,
  ownerAt: (file: ParsedFile, expr: TS.Expression) => string | undefined,
  mount: (param: ParamOwner, parent: string, site: CallSite) => void,
): void {
  const seen = new Set<FunctionLike>();
  const sites = new Map<FunctionLike, CallSite[]>();
  const done = new Set<string>();
  for (let round = 0; round < 16; round++) {
    const fns = [...new Set([...params.values()].map((p) => p.fn))].filter((f) => !seen.has(f));
    for (const [fn, list] of callSitesOf(ctx, fns)) sites.set(fn, list);
    for (const fn of fns) seen.add(fn);
    let changed = false;
    for (const param of [...params.values()]) {
      for (const site of sites.get(param.fn) ?? []) {
        const arg = site.call.arguments[param.index];
        const id = `${param.key}\0${site.file.path}#${site.call.pos}`;
        if (!arg || done.has(id)) continue;
        const parent = ownerAt(site.file, arg);
        if (!parent || parent === param.key || (params.has(parent) && !accepted.has(parent))) continue;
        done.add(id);
        mount(param, parent, site);
        if (!accepted.has(param.key)) {
          accepted.add(param.key);
          changed = true;
        }
      }
    }
    if (!changed && fns.length === 0) break;
  }
}

/** A function its module may export as the default: `export default function`, a nameless one, `module.exports = name`. */
function mayBeDefaultExport(ts: DetectContext['ts'], fn: FunctionLike): boolean {
  if (ts.canHaveModifiers(fn) && ts.getModifiers(fn)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) return true;
  const name = functionName(ts, fn);
  return name === undefined || exportedLocal(ts, fn.getSourceFile(), 'default') === name;
}

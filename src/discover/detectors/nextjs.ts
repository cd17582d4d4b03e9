import type * as TS from 'typescript';
import { forEachDeep, lineOf } from '../ast.js';
import type { DetectContext, Detector, DraftPoint, ParsedFile } from '../detector.js';
import type { AppEntry, AuthInfo } from '../../model.js';
import {
  authNames,
  errorHandlerStatuses,
  functionBody,
  guardInfo,
  httpPoint,
  joinPaths,
  parsedBodySchema,
  sortedStatuses,
  statusesIn,
  statusSites,
  webhookOf,
  withTestHelper,
  type GuardRef,
} from './http-common.js';
import { declarationOf, exportOf, isFunctionLike, originOf, type FunctionLike, type Origin } from './origin.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const APP_ROUTE = /^((?:src\/)?app)\/(?:(.*)\/)?route\.(?:[cm]?[jt]sx?)$/;
const PAGES_API = /^((?:src\/)?pages)\/(api(?:\/.*)?)\.(?:[cm]?[jt]sx?)$/;
/** The name an inline check of the bearer token goes by in `auth`, where the handler guards itself without a helper. */
const INLINE_GUARD = 'authorization';
/**
 * Calls inside a handler that check the caller (`await auth()`, `getServerSession(…)`, `requireUser()`,
 * `verifyCurrentUserHasAccessToPost(id)`). Narrower than middleware names: a handler also calls
 * `createSession()` or `getUser(id)`, which guard nothing.
 */
const GUARD_CALL =
  /^(?:auth|getServerSession|getSession|currentUser|getCurrentUser|getAuth|getToken|require(?:Auth|User|Session|Admin|Role|Permission)\w*|verify\w*|authenticate|isAuthenticated|checkAuth|ensureAuth\w*|validateRequest|protect\w*|\w*(?:HasAccess|CanAccess|Permission)\w*)$/;

/**
 * Next.js route handlers: `app/**\/route.ts` exports (`GET`, `POST`, …) and `pages/api/**` default
 * handlers (methods from `req.method` checks). Folders map to the path: `[id]` → `:id`,
 * `[...slug]` → `:slug*`, `(group)` and `@slot` dropped, `_private` not routed.
 */
export const nextjs: Detector = {
  name: 'nextjs',
  kind: 'http',
  packages: ['next'],
  hints: /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b|\.method\b|NextApi|\bres\.(?:status|json|send|end)\(/,
  // Route files are known by their path, not their imports: a handler may import nothing from Next.js.
  paths: /(?:^|\/)(?:src\/)?(?:app\/(?:.*\/)?route|pages\/api\/.*)\.[cm]?[jt]sx?$/,
  detect(ctx) {
    const points: DraftPoint[] = [];
    for (const file of ctx.files) {
      const rel = file.packageDir ? file.path.slice(file.packageDir.length + 1) : file.path;
      const dir = (d: string): AppEntry =>
        withTestHelper(ctx, {
          file: file.packageDir ? `${file.packageDir}/${d}` : d,
          framework: 'nextjs',
          export: { name: '', type: 'routes' },
        });
      const app = APP_ROUTE.exec(rel);
      if (app) {
        const route = routePath(app[2] ?? '');
        if (route !== undefined) points.push(...appRoute(ctx, file, route, dir(app[1]!)));
        continue;
      }
      const pages = PAGES_API.exec(rel);
      if (pages) {
        const route = routePath(pages[2]!.replace(/(?:^|\/)index$/, ''));
        if (route !== undefined) points.push(...pagesRoute(ctx, file, route, dir(pages[1]!)));
      }
    }
    return points;
  },
};

/** Folder segments to a served path; undefined for folders Next.js does not route (`_private`). */
function routePath(dir: string): string | undefined {
  const parts: string[] = [];
  for (const seg of dir.split('/').filter(Boolean)) {
    if (seg.startsWith('_')) return undefined;
    if (/^\(.*\)$/.test(seg) || seg.startsWith('@')) continue;
    const catchAll = /^\[{1,2}\.\.\.([^\]]+)\]{1,2}$/.exec(seg);
    if (catchAll) {
      parts.push(`:${catchAll[1]}*`);
      continue;
    }
    const dynamic = /^\[([^\]]+)\]$/.exec(seg);
    parts.push(dynamic ? `:${dynamic[1]}` : seg);
  }
  return joinPaths(...parts);
}

/** `export async function GET()`, `export const POST = withAuth(…)`, `export { handler as GET }`, `export const { GET, POST } = handlers`. */
function appRoute(ctx: DetectContext, file: ParsedFile, route: string, entry: AppEntry): DraftPoint[] {
  const { ts } = ctx;
  const out: DraftPoint[] = [];
  const exportedAt = new Map<string, TS.Node>();
  for (const stmt of file.sf.statements) {
    const exported = ts.canHaveModifiers(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && ts.isFunctionDeclaration(stmt) && stmt.name) exportedAt.set(stmt.name.text, stmt);
    if (exported && ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) exportedAt.set(d.name.text, d);
        if (ts.isObjectBindingPattern(d.name))
          for (const el of d.name.elements) if (ts.isIdentifier(el.name)) exportedAt.set(el.name.text, el);
      }
    }
    if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) exportedAt.set(el.name.text, el);
    }
  }
  for (const method of METHODS) {
    const at = exportedAt.get(method);
    if (!at) continue;
    const { fn, wrappers, wrapperRefs } = unwrapHandler(ctx, declared(ctx, file, at));
    const location = { file: file.path, line: lineOf(file.sf, at) };
    const guards = guardsOf(ctx, fn, wrappers, wrapperRefs);
    out.push(
      httpPoint('next', method, route, location, {
        auth: guards.auth,
        body: fn?.node.body && method !== 'GET' && method !== 'HEAD' ? parsedBodySchema(ctx, fn.file, fn.node.body) : undefined,
        handler: fn ? { file: fn.file.path, line: lineOf(fn.file.sf, fn.node) } : location,
        app: entry,
        webhook: webhookOf(ctx, route, fn?.file ?? file, [fn?.node]),
        statuses: fn ? answeredIn(ctx, fn.file, fn.node) : [],
        authInfo: guards.authInfo,
      }),
    );
  }
  return out;
}

/** What an exported name is bound to in its own file: a function, or the expression it is assigned. */
function declared(ctx: DetectContext, file: ParsedFile, at: TS.Node): Origin | undefined {
  const { ts } = ctx;
  if (ts.isFunctionDeclaration(at)) return { file, node: at };
  if (ts.isVariableDeclaration(at)) return at.initializer ? shallow(ctx, file, at.initializer) : undefined;
  if (ts.isExportSpecifier(at)) return shallow(ctx, file, at.propertyName && ts.isIdentifier(at.propertyName) ? at.propertyName : at.name);
  return undefined;
}

/**
 * Follows names to the expression they are bound to, but not into the functions a call invokes:
 * `withAuth(handler)` stays a call, so its wrapper and the handler inside can both be seen.
 */
function shallow(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, depth = 0): Origin | undefined {
  const { ts } = ctx;
  if (depth > 12) return undefined;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr))
    return shallow(ctx, file, expr.expression, depth + 1);
  if (!ts.isIdentifier(expr)) return { file, node: expr };
  const decl = declarationOf(ctx, file, expr);
  if (!decl) return undefined;
  if ('module' in decl) return originOf(ctx, file, expr);
  if (ts.isVariableDeclaration(decl.node))
    return decl.node.initializer ? shallow(ctx, decl.file, decl.node.initializer, depth + 1) : undefined;
  return decl;
}

/** A module's default export, shallowly: `export default withAuth(handler)` stays a call. */
function defaultExport(ctx: DetectContext, file: ParsedFile): Origin | undefined {
  const { ts } = ctx;
  for (const stmt of file.sf.statements) {
    if (ts.isExportAssignment(stmt)) return shallow(ctx, file, stmt.expression);
    if (ts.isFunctionDeclaration(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword))
      return { file, node: stmt };
    if (
      ts.isExpressionStatement(stmt) &&
      ts.isBinaryExpression(stmt.expression) &&
      stmt.expression.left.getText(file.sf).replace(/\s+/g, '') === 'module.exports'
    ) {
      return shallow(ctx, file, stmt.expression.right);
    }
  }
  return exportOf(ctx, file, 'default');
}

/** The function a handler export ends at, through wrappers (`withAuth(handler)`), with the wrappers' names. */
function unwrapHandler(
  ctx: DetectContext,
  origin: Origin | undefined,
): { fn?: { file: ParsedFile; node: FunctionLike }; wrappers: string[]; wrapperRefs: GuardRef[] } {
  const { ts } = ctx;
  const wrappers: string[] = [];
  const wrapperRefs: GuardRef[] = [];
  let current = origin;
  for (let i = 0; current && i < 6; i++) {
    const node = current.node;
    if (isFunctionLike(ts, node)) return { fn: { file: current.file, node }, wrappers, wrapperRefs };
    if (!ts.isCallExpression(node) || node.arguments.length === 0) break;
    const callee = node.expression;
    wrappers.push(ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.getText(current.file.sf) : '');
    wrapperRefs.push({ expr: callee, file: current.file });
    const inner = node.arguments.find(
      (a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a) || ts.isIdentifier(a) || ts.isCallExpression(a),
    );
    current = inner && shallow(ctx, current.file, inner);
  }
  return { wrappers, wrapperRefs };
}

/**
 * A handler's guards: the wrappers around it (`withAuth(handler)`), the checks it calls (`await auth()`,
 * `requireUser()`), and its own rejections (`if (!session) return NextResponse.json(…, { status: 401 })`). A handler
 * that compares a bearer token with an environment variable itself is guarded by that check (`authorization`).
 */
function guardsOf(
  ctx: DetectContext,
  fn: { file: ParsedFile; node: FunctionLike } | undefined,
  wrappers: string[],
  wrapperRefs: GuardRef[],
): { auth: string[]; authInfo?: AuthInfo } {
  const named = authNames(wrappers);
  const calls = fn ? guardCalls(ctx, fn.file, fn.node) : { names: [], refs: [] };
  const refs = [
    ...wrapperRefs.filter((_, i) => named.includes(wrappers[i]!)),
    ...calls.refs,
    ...(fn ? [{ expr: fn.node, file: fn.file }] : []),
  ];
  const authInfo = refs.length ? guardInfo(ctx, refs) : undefined;
  const auth = [...named, ...calls.names];
  if (auth.length === 0 && (authInfo?.env || authInfo?.tokenFrom) && authInfo.statuses?.length) auth.push(INLINE_GUARD);
  return auth.length ? { auth, ...(authInfo ? { authInfo } : {}) } : { auth };
}

/** Auth checks the handler makes itself, by the name of the function it calls, and the calls as written. */
function guardCalls(ctx: DetectContext, file: ParsedFile, fn: FunctionLike): { names: string[]; refs: GuardRef[] } {
  const { ts } = ctx;
  const names: string[] = [];
  const refs: GuardRef[] = [];
  const visit = (n: TS.Node): 'skip' | undefined => {
    if (ts.isCallExpression(n)) {
      const callee = ts.isIdentifier(n.expression)
        ? n.expression.text
        : ts.isPropertyAccessExpression(n.expression)
          ? n.expression.name.text
          : '';
      if ((GUARD_CALL.test(callee) || rejectsCaller(ctx, file, n)) && !names.includes(callee)) {
        names.push(callee);
        refs.push({ expr: n, file });
      }
    }
    return isFunctionLike(ts, n) ? 'skip' : undefined;
  };
  if (fn.body && !visit(fn.body)) forEachDeep(ts, fn.body, visit);
  return { names, refs };
}

/** A pages/api handler: one point per method its `req.method` checks allow, else `ALL`. */
function pagesRoute(ctx: DetectContext, file: ParsedFile, route: string, entry: AppEntry): DraftPoint[] {
  const { ts } = ctx;
  const exported = defaultExport(ctx, file);
  const { fn, wrappers, wrapperRefs } = unwrapHandler(ctx, exported);
  if (!fn || !fn.node.body) {
    // `export default NextAuth(authOptions)`: a handler a package builds, serving whatever methods it likes. The
    // innermost call is the handler itself, not a guard around it.
    if (!exported || !ts.isCallExpression(exported.node)) return [];
    const location = { file: exported.file.path, line: lineOf(exported.file.sf, exported.node) };
    return [
      httpPoint('next', 'ALL', route, location, {
        auth: authNames(wrappers.slice(0, -1)),
        handler: location,
        app: entry,
        webhook: webhookOf(ctx, route, file, []),
        statuses: [],
      }),
    ];
  }
  const req = fn.node.parameters[0]?.name;
  const reqName = req && ts.isIdentifier(req) ? req.text : 'req';
  const { auth, authInfo } = guardsOf(ctx, fn, wrappers, wrapperRefs);
  const handler = { file: fn.file.path, line: lineOf(fn.file.sf, fn.node) };
  const allowed = new Map<string, { line: number; branch?: TS.Node }>();
  // `req.method !== 'POST'` guards and `['GET', 'HEAD'].includes(req.method)` name the only methods served.
  const restricted = new Map<string, number>();
  const isMethod = (e: TS.Expression): boolean => e.getText(fn.file.sf).replace(/\s+/g, '') === `${reqName}.method`;
  const walk = (n: TS.Node): void => {
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      const value =
        ts.isStringLiteralLike(n.right) && isMethod(n.left)
          ? n.right.text
          : ts.isStringLiteralLike(n.left) && isMethod(n.right)
            ? n.left.text
            : undefined;
      if (value && METHODS.includes(value.toUpperCase())) {
        const line = lineOf(fn.file.sf, n);
        if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken) {
          const branch = ts.isIfStatement(n.parent) && n.parent.expression === n ? n.parent.thenStatement : undefined;
          if (!allowed.has(value.toUpperCase())) allowed.set(value.toUpperCase(), { line, branch });
        } else if (op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) {
          if (!restricted.has(value.toUpperCase())) restricted.set(value.toUpperCase(), line);
        }
      }
    }
    if (ts.isSwitchStatement(n) && isMethod(n.expression)) {
      for (const clause of n.caseBlock.clauses) {
        if (
          ts.isCaseClause(clause) &&
          ts.isStringLiteralLike(clause.expression) &&
          METHODS.includes(clause.expression.text.toUpperCase())
        ) {
          const method = clause.expression.text.toUpperCase();
          if (!allowed.has(method)) allowed.set(method, { line: lineOf(fn.file.sf, clause), branch: clause });
        }
      }
    }
    // ['GET', 'POST'].includes(req.method)
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === 'includes' &&
      n.arguments[0] &&
      isMethod(n.arguments[0])
    ) {
      const list = n.expression.expression;
      if (ts.isArrayLiteralExpression(list)) {
        for (const el of list.elements)
          if (ts.isStringLiteralLike(el) && !restricted.has(el.text.toUpperCase()))
            restricted.set(el.text.toUpperCase(), lineOf(fn.file.sf, n));
      }
    }
  };
  walk(fn.node.body);
  forEachDeep(ts, fn.node.body, walk);
  const methods: [string, { line: number; branch?: TS.Node }][] =
    allowed.size > 0
      ? [...allowed]
      : restricted.size > 0
        ? [...restricted].map(([m, line]) => [m, { line }])
        : [['ALL', { line: handler.line }]];
  return methods.map(([method, { line, branch }]) => {
    const body = method === 'GET' || method === 'HEAD' ? undefined : parsedBodySchema(ctx, fn.file, branch ?? fn.node.body!);
    const webhook = webhookOf(ctx, route, fn.file, [fn.node]);
    // A method's own branch answers for it; what the handler does before branching answers for every method.
    const statuses = answeredIn(ctx, fn.file, branch ?? fn.node);
    const before = branch ? statusesBefore(ctx, fn.file, fn.node, branch) : [];
    return httpPoint(
      'next',
      method,
      route,
      { file: fn.file.path, line },
      { auth, body, handler, app: entry, webhook, statuses: [...new Set([...before, ...statuses])].sort((a, b) => a - b), authInfo },
    );
  });
}

/** Statuses answered by the statements of a handler that come before the method branch (its guard checks). */
function statusesBefore(ctx: DetectContext, file: ParsedFile, fn: FunctionLike, branch: TS.Node): number[] {
  const { ts } = ctx;
  if (!fn.body || !ts.isBlock(fn.body)) return [];
  return fn.body.statements.filter((s) => s.end <= branch.getStart()).flatMap((s) => answeredIn(ctx, file, s));
}

/** How deep `answeredIn` follows the repository's helpers (`notFound()` → `jsonError(404)`). */
const HELPER_DEPTH = 2;

/**
 * The statuses the code under `node` answers with, its own and those of the repository's functions it calls by name:
 * `notFound()` (`const notFound = () => NextResponse.json(…, { status: 404 })`), `parseBody(request, S)` answering 400,
 * `requireApiToken(request)` answering 401, `dbErrorResponse(error)` answering the statuses of the table it reads
 * (`{ '23505': { status: 409 } }`).
 */
function answeredIn(ctx: DetectContext, file: ParsedFile, node: TS.Node, depth = 0, seen = new Set<TS.Node>()): number[] {
  const { ts } = ctx;
  const out = statusesIn(ctx, node);
  if (depth >= HELPER_DEPTH) return out;
  forEachDeep(ts, node, (n) => {
    if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression)) return;
    const helper = functionBody(ctx, file, n.expression);
    if (!helper || seen.has(helper.node) || isWithin(helper.node, node)) return;
    seen.add(helper.node);
    out.push(
      ...answeredIn(ctx, helper.file, helper.node, depth + 1, seen),
      ...errorHandlerStatuses(ctx, { expr: helper.node, file: helper.file }),
    );
  });
  return sortedStatuses(out);
}

function isWithin(inner: TS.Node, outer: TS.Node): boolean {
  return inner.getSourceFile() === outer.getSourceFile() && inner.pos >= outer.pos && inner.end <= outer.end;
}

/** A call of a repository function that answers 401 or 403 itself: `requireApiToken(request)`, a guard by what it does. */
function rejectsCaller(ctx: DetectContext, file: ParsedFile, call: TS.CallExpression): boolean {
  const { ts } = ctx;
  if (!ts.isIdentifier(call.expression)) return false;
  const helper = functionBody(ctx, file, call.expression);
  return !!helper && statusSites(ctx, helper.node).some((s) => s.status === 401 || s.status === 403);
}

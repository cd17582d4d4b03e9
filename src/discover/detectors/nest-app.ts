import path from 'node:path';
import type * as TS from 'typescript';
import type { AppSetup } from '../../model.js';
import { forEachDeep } from '../ast.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { classOf } from '../schemas/class-validator.js';
import { sortedStatuses, statusesIn, statusValue } from './http-common.js';
import { isFunctionLike } from './origin.js';

/** What `main.ts` applies to the app that a test app needs to apply too: routing, validation, errors, versioning, guards. */
const SETUP = new Set([
  'setGlobalPrefix',
  'useGlobalPipes',
  'useGlobalFilters',
  'useGlobalInterceptors',
  'useGlobalGuards',
  'enableVersioning',
]);
/** Pipes that answer 400 when a parameter or body does not pass them. */
const VALIDATING_PIPE = /^Parse\w*Pipe$|ValidationPipe$/;
/** How far calls into services (`this.catsService.findOne(id)`) are followed for the exceptions they throw. */
const SERVICE_DEPTH = 2;

function decoratorsOf(ts: TypeScriptApi, node: TS.Node): readonly TS.Decorator[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
}

function decoName(ts: TypeScriptApi, deco: TS.Decorator): string {
  const e = deco.expression;
  const callee = ts.isCallExpression(e) ? e.expression : e;
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
}

function decoArgs(ts: TypeScriptApi, deco: TS.Decorator): readonly TS.Expression[] {
  return ts.isCallExpression(deco.expression) ? deco.expression.arguments : [];
}

/**
 * The statuses a controller method answers with: `@HttpCode(n)`, else Nest's default (201 for POST, 200 otherwise);
 * the exceptions it and the services it calls throw (`NotFoundException` → 404, `ConflictException` → 409,
 * `new HttpException(msg, HttpStatus.FORBIDDEN)`); 400 where a pipe validates a parameter (`ParseIntPipe`,
 * `new ValidationPipe()`, a zod pipe) or `validatedBody` (a DTO body under a global `ValidationPipe`).
 */
export function nestStatuses(
  ctx: DetectContext,
  file: ParsedFile,
  member: TS.MethodDeclaration,
  method: string,
  validatedBody: boolean,
): number[] {
  const { ts } = ctx;
  const decos = decoratorsOf(ts, member);
  const out: number[] = [];
  const httpCode = decos.find((d) => decoName(ts, d) === 'HttpCode');
  const code = httpCode && statusValue(ts, decoArgs(ts, httpCode)[0]);
  if (code) out.push(code);
  else if (!decos.some((d) => decoName(ts, d) === 'Redirect')) out.push(method === 'POST' ? 201 : 200);
  if (member.body) out.push(...thrownBy(ctx, file, member, 0));
  const pipes = [
    ...member.parameters.flatMap((p) => decoratorsOf(ts, p).flatMap((d) => decoArgs(ts, d))),
    ...[...decos, ...(ts.isClassLike(member.parent) ? decoratorsOf(ts, member.parent) : [])]
      .filter((d) => decoName(ts, d) === 'UsePipes')
      .flatMap((d) => decoArgs(ts, d)),
  ];
  const validates = pipes.some((a) => {
    const callee = ts.isNewExpression(a) ? a.expression : a;
    return (ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)) && VALIDATING_PIPE.test(callee.getText(file.sf));
  });
  if (validates || validatedBody) out.push(400);
  return sortedStatuses(out);
}

/** Statuses a method's code answers with, and those of the service methods it calls on `this.<service>`. */
function thrownBy(ctx: DetectContext, file: ParsedFile, fn: TS.MethodDeclaration, depth: number): number[] {
  const { ts } = ctx;
  const out = statusesIn(ctx, fn);
  if (depth >= SERVICE_DEPTH || !fn.body) return out;
  const cls = fn.parent;
  if (!ts.isClassLike(cls)) return out;
  const seen = new Set<TS.Node>();
  forEachDeep(ts, fn.body, (n) => {
    // this.catsService.findOne(id), and the class's own helpers: this.translate(error)
    if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression)) return;
    const target = n.expression.expression;
    if (target.kind === ts.SyntaxKind.ThisKeyword) {
      const own = cls.members.find(
        (m): m is TS.MethodDeclaration =>
          ts.isMethodDeclaration(m) && m.name.getText(file.sf) === (n.expression as TS.PropertyAccessExpression).name.text,
      );
      if (own && own !== fn && !seen.has(own)) {
        seen.add(own);
        out.push(...thrownBy(ctx, file, own, depth + 1));
      }
      return;
    }
    if (!ts.isPropertyAccessExpression(target) || target.expression.kind !== ts.SyntaxKind.ThisKeyword) return;
    const service = injectedClass(ctx, file, cls, target.name.text);
    const called = service?.cls.members.find(
      (m): m is TS.MethodDeclaration =>
        ts.isMethodDeclaration(m) && m.name.getText(service.file.sf) === (n.expression as TS.PropertyAccessExpression).name.text,
    );
    if (!service || !called || seen.has(called)) return;
    seen.add(called);
    out.push(...thrownBy(ctx, service.file, called, depth + 1));
  });
  return sortedStatuses(out);
}

/** The class of an injected member: `constructor(private readonly cats: CatsService)` or `@Inject() cats: CatsService`. */
function injectedClass(
  ctx: DetectContext,
  file: ParsedFile,
  cls: TS.ClassLikeDeclaration,
  name: string,
): { file: ParsedFile; cls: TS.ClassLikeDeclaration } | undefined {
  const { ts } = ctx;
  let type: TS.TypeNode | undefined;
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m) && m.name.getText(file.sf) === name) type = m.type;
    if (ts.isConstructorDeclaration(m))
      for (const p of m.parameters) if (ts.isIdentifier(p.name) && p.name.text === name && p.modifiers?.length) type = p.type;
  }
  if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
  return classOf(ctx, file, type.typeName);
}

/**
 * What the bootstrap applies to the app between `NestFactory.create(AppModule)` and `listen()`: each call of `SETUP`
 * on the app as source text with `app` as the receiver, the declarations those calls use (in order), and the imports
 * they need, so a testing module's app can be set up the same way.
 */
export function nestSetup(ctx: DetectContext, file: ParsedFile, create: TS.CallExpression): AppSetup | undefined {
  const { ts } = ctx;
  let fn: TS.Node | undefined = create.parent;
  while (fn && !isFunctionLike(ts, fn)) fn = fn.parent;
  const body = fn && isFunctionLike(ts, fn) && fn.body && ts.isBlock(fn.body) ? fn.body : undefined;
  if (!body) return undefined;
  const at = body.statements.findIndex((s) => s.pos <= create.pos && create.end <= s.end);
  const created = body.statements[at];
  const decl =
    created && ts.isVariableStatement(created)
      ? created.declarationList.declarations.find((d) => d.initializer && d.pos <= create.pos && create.end <= d.end)
      : undefined;
  if (!decl || !ts.isIdentifier(decl.name)) return undefined;
  const appName = decl.name.text;
  const kept: TS.Statement[] = [];
  for (const stmt of body.statements.slice(at + 1)) {
    if (/\.listen\s*\(/.test(stmt.getText(file.sf)) && referencesName(ts, stmt, appName)) break;
    if (ts.isExpressionStatement(stmt) && isSetupCall(ts, stmt.expression, appName)) kept.push(stmt);
  }
  if (kept.length === 0) return undefined;
  // The declarations the kept calls use, in the function or at the top of the module.
  const declared = new Map<string, TS.Statement>();
  for (const stmt of [...file.sf.statements, ...body.statements]) {
    if (stmt === created || stmt === fn) continue;
    for (const name of declaredNames(ts, stmt)) if (name !== appName) declared.set(name, stmt);
  }
  const needed = new Set<TS.Statement>(kept);
  const queue = [...kept];
  const used = new Set<string>();
  while (queue.length) {
    const stmt = queue.pop()!;
    for (const name of referencedNames(ts, stmt)) {
      used.add(name);
      const d = declared.get(name);
      if (d && !needed.has(d)) {
        needed.add(d);
        queue.push(d);
      }
    }
  }
  const order = [...file.sf.statements, ...body.statements];
  const statements = order.filter((s) => needed.has(s)).map((s) => renamed(ts, file, s, appName));
  const imports = new Map<string, Set<string>>();
  for (const b of file.imports) {
    if (!used.has(b.local) || !b.local) continue;
    const from = b.module.startsWith('.')
      ? (ctx.resolve(file, b.module)?.path ?? path.posix.normalize(path.posix.join(path.posix.dirname(file.path), b.module)))
      : b.module;
    const name = b.imported === '*' ? `* as ${b.local}` : b.imported === b.local ? b.local : `${b.imported} as ${b.local}`;
    imports.set(from, new Set([...(imports.get(from) ?? []), name]));
  }
  return {
    file: file.path,
    statements,
    imports: [...imports].map(([from, names]) => ({ from, names: [...names] })),
  };
}

/** `app.useGlobalPipes(…)`, `await app.enableVersioning(…)`, `app.setGlobalPrefix('api').useGlobalFilters(…)`. */
function isSetupCall(ts: TypeScriptApi, expr: TS.Expression, appName: string): boolean {
  let e = ts.isAwaitExpression(expr) ? expr.expression : expr;
  let any = false;
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    if (!SETUP.has(e.expression.name.text)) return false;
    any = true;
    e = e.expression.expression;
  }
  return any && ts.isIdentifier(e) && e.text === appName;
}

function declaredNames(ts: TypeScriptApi, stmt: TS.Statement): string[] {
  if (ts.isVariableStatement(stmt)) return stmt.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  if ((ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt)) && stmt.name) return [stmt.name.text];
  return [];
}

/** Names a statement reads: identifiers that are not property names or keys. */
function referencedNames(ts: TypeScriptApi, node: TS.Node): Set<string> {
  const out = new Set<string>();
  forEachDeep(ts, node, (n) => {
    if (!ts.isIdentifier(n)) return;
    const p = n.parent;
    if (ts.isPropertyAccessExpression(p) && p.name === n) return;
    if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name === n) return;
    if ((ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isParameter(p)) && p.name === n) return;
    out.add(n.text);
  });
  return out;
}

function referencesName(ts: TypeScriptApi, node: TS.Node, name: string): boolean {
  return referencedNames(ts, node).has(name);
}

/** A statement's text with the app variable named `app`. */
function renamed(ts: TypeScriptApi, file: ParsedFile, stmt: TS.Statement, appName: string): string {
  const start = stmt.getStart(file.sf);
  const text = file.text.slice(start, stmt.end);
  if (appName === 'app') return text;
  const spots: number[] = [];
  forEachDeep(ts, stmt, (n) => {
    if (ts.isIdentifier(n) && n.text === appName && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n))
      spots.push(n.getStart(file.sf) - start);
  });
  let out = text;
  for (const at of spots.sort((a, b) => b - a)) out = `${out.slice(0, at)}app${out.slice(at + appName.length)}`;
  return out;
}

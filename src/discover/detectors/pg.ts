import type * as TS from 'typescript';
import { forEachDeep, lineOf } from '../ast.js';
import type { PoolExport } from '../../model.js';
import type { Detector, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { unwrap } from './db-common.js';
import { exportNameOf } from './exported-clients.js';
import { detectSqlTables } from './sql-client.js';

const METHODS = new Set(['query']);

/** Function names that say they end the app's database connections. */
const CLOSE_NAME =
  /^(?:close|end|disconnect|shutdown|teardown|destroy)(?:Pool|Pools|Db|Database|Pg|Postgres|Connection|Connections|Client)?$/i;

/** Kept here for the modules that import it from the detector. */
export type { PoolExport } from '../../model.js';

/** node-postgres: SQL passed to `pool.query` / `client.query`, by table; the app's pools and their close functions, for test cleanup. */
export const pg: Detector = {
  name: 'pg',
  kind: 'db',
  packages: ['pg'],
  hints: /\.query\(/,
  async detect(ctx) {
    const points = await detectSqlTables(ctx, 'pg', 'PostgresQL', 'postgres', METHODS);
    const pools = ctx.files.flatMap((file) => poolExports(ctx.ts, file));
    return pools.length ? points.map((p) => ({ ...p, details: { ...p.details, pools } })) : points;
  },
};

/**
 * What a module exports to reach its pools: the pools (`export const pool = new pg.Pool(…)`), getters of a
 * module-level pool (`export function getPool() { return (pool ??= new Pool(…)) }`) and functions that end
 * one (`export async function closePool() { await pool?.end() }`). Generated tests point the pools at their
 * database through the env variable they read, and end them before dropping it.
 */
export function poolExports(ts: TypeScriptApi, file: ParsedFile): PoolExport[] {
  const pgNames = file.imports.filter((b) => b.module === 'pg' || b.module === 'pg-pool');
  if (pgNames.length === 0) return [];
  const isNewPool = (expr: TS.Expression): expr is TS.NewExpression => {
    const e = unwrap(ts, expr);
    if (!ts.isNewExpression(e)) return false;
    const callee = unwrap(ts, e.expression);
    if (ts.isIdentifier(callee))
      return pgNames.some((b) => b.local === callee.text && (b.imported === 'Pool' || (b.module === 'pg-pool' && b.imported !== 'Pool')));
    return (
      ts.isPropertyAccessExpression(callee) &&
      callee.name.text === 'Pool' &&
      ts.isIdentifier(callee.expression) &&
      pgNames.some((b) => b.local === (callee.expression as TS.Identifier).text && (b.imported === 'default' || b.imported === '*'))
    );
  };

  // Module-level variables that hold a pool: made where declared, or assigned later (`pool ??= new Pool()`).
  const moduleVars = new Map<string, TS.VariableDeclaration>();
  for (const stmt of file.sf.statements)
    if (ts.isVariableStatement(stmt))
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name)) moduleVars.set(d.name.text, d);
  const pools = new Map<string, { line: number; env?: string }>();
  const record = (name: string, made: TS.NewExpression, at: TS.Node) => {
    if (!moduleVars.has(name) || pools.has(name)) return;
    pools.set(name, { line: lineOf(file.sf, at), env: envVariable(ts, made) });
  };
  forEachDeep(ts, file.sf, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isNewPool(node.initializer))
      record(node.name.text, unwrap(ts, node.initializer) as TS.NewExpression, node);
    if (ts.isBinaryExpression(node) && ts.isIdentifier(node.left) && isAssignment(ts, node.operatorToken.kind) && isNewPool(node.right))
      record(node.left.text, unwrap(ts, node.right) as TS.NewExpression, node);
  });
  const firstEnv = [...pools.values()].find((p) => p.env)?.env;

  const out: PoolExport[] = [];
  for (const [name, pool] of pools) {
    const exported = exportNameOf(ts, file.sf, name);
    if (exported) out.push({ file: file.path, export: exported, line: pool.line, role: 'pool', ...envOf(pool.env) });
  }
  for (const [name, fn] of exportedFunctions(ts, file.sf)) {
    const exported = exportNameOf(ts, file.sf, name);
    if (!exported) continue;
    const line = lineOf(file.sf, fn);
    const returned = returnedPool(ts, fn, pools);
    if (returned !== undefined) {
      out.push({ file: file.path, export: exported, line, role: 'getter', ...envOf(pools.get(returned)?.env ?? firstEnv) });
      continue;
    }
    const required = fn.parameters.filter((p) => !p.questionToken && !p.initializer && !p.dotDotDotToken).length;
    // Tests call it with no argument, and must not end their own process.
    if (required > 0 || /\bprocess\.exit\b/.test(fn.getText(file.sf))) continue;
    const ended = endedPool(ts, fn, pools);
    if (ended !== undefined || CLOSE_NAME.test(name))
      out.push({ file: file.path, export: exported, line, role: 'close', ...envOf((ended && pools.get(ended)?.env) ?? firstEnv) });
  }
  return out;
}

const envOf = (env: string | undefined): { env?: string } => (env ? { env } : {});

function isAssignment(ts: TypeScriptApi, kind: TS.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.QuestionQuestionEqualsToken || kind === ts.SyntaxKind.BarBarEqualsToken
  );
}

type FunctionLike = TS.FunctionDeclaration | TS.ArrowFunction | TS.FunctionExpression;

/** Top-level functions by local name: declarations and `const f = () => …` / `function () …`. */
function exportedFunctions(ts: TypeScriptApi, sf: TS.SourceFile): Map<string, FunctionLike> {
  const out = new Map<string, FunctionLike>();
  for (const stmt of sf.statements) {
    if (ts.isFunctionDeclaration(stmt) && stmt.name && stmt.body) out.set(stmt.name.text, stmt);
    if (!ts.isVariableStatement(stmt)) continue;
    for (const d of stmt.declarationList.declarations) {
      const init = d.initializer && unwrap(ts, d.initializer);
      if (ts.isIdentifier(d.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) out.set(d.name.text, init);
    }
  }
  return out;
}

/** The pool variable a function hands back: `return pool`, `return (pool ??= new Pool())`, `() => pool`. */
function returnedPool(ts: TypeScriptApi, fn: FunctionLike, pools: ReadonlyMap<string, unknown>): string | undefined {
  const named = (expr: TS.Expression | undefined): string | undefined => {
    if (!expr) return undefined;
    let e = unwrap(ts, expr);
    if (ts.isBinaryExpression(e) && isAssignment(ts, e.operatorToken.kind)) e = unwrap(ts, e.left);
    return ts.isIdentifier(e) && pools.has(e.text) ? e.text : undefined;
  };
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return named(fn.body);
  let found: string | undefined;
  forEachDeep(ts, fn.body, (n) => {
    if (ts.isFunctionLike(n)) return 'skip';
    if (ts.isReturnStatement(n) && (found = named(n.expression))) return 'stop';
  });
  return found;
}

/** The pool variable a function ends: `pool.end()`, `pool?.end()`, `await pool!.end()`. */
function endedPool(ts: TypeScriptApi, fn: FunctionLike, pools: ReadonlyMap<string, unknown>): string | undefined {
  let found: string | undefined;
  if (!fn.body) return undefined;
  forEachDeep(ts, fn.body, (n) => {
    if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression) || n.expression.name.text !== 'end') return;
    const receiver = unwrap(ts, n.expression.expression);
    if (ts.isIdentifier(receiver) && pools.has(receiver.text)) {
      found = receiver.text;
      return 'stop';
    }
  });
  return found;
}

/** `process.env.NAME` or `process.env['NAME']` inside the pool's options. */
function envVariable(ts: TypeScriptApi, expr: TS.Node): string | undefined {
  let found: string | undefined;
  forEachDeep(ts, expr, (n) => {
    if (found) return 'stop';
    if (ts.isPropertyAccessExpression(n) && n.expression.getText() === 'process.env') found = n.name.text;
    if (ts.isElementAccessExpression(n) && n.expression.getText() === 'process.env' && ts.isStringLiteralLike(n.argumentExpression))
      found = n.argumentExpression.text;
  });
  return found;
}

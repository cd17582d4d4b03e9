import type * as TS from 'typescript';
import { exportedLocal, forEachDeep, lineOf } from '../ast.js';
import type { DetectContext, Detector, DraftPoint } from '../detector.js';
import { detectSqlTables } from './sql-client.js';

const METHODS = new Set(['query']);

export interface PoolExport {
  file: string;
  export: string;
  line: number;
  /** The environment variable the pool's connection string comes from. */
  env?: string;
}

/** node-postgres: SQL passed to `pool.query` / `client.query`, by table; exported pools for test cleanup. */
export const pg: Detector = {
  name: 'pg',
  kind: 'db',
  packages: ['pg'],
  hints: /\.query\(/,
  async detect(ctx) {
    const points = await detectSqlTables(ctx, 'pg', 'PostgresQL', 'postgres', METHODS);
    const pools = exportedPools(ctx);
    return points.map((p): DraftPoint => (pools.length ? { ...p, details: { ...p.details, pools } } : p));
  },
};

/**
 * Pools a module exports (`export const pool = new pg.Pool(…)`): generated tests end them before
 * dropping their database, and point them at it through the env variable they read.
 */
function exportedPools(ctx: DetectContext): PoolExport[] {
  const { ts } = ctx;
  const out: PoolExport[] = [];
  for (const file of ctx.files) {
    const pgNames = new Set(file.imports.filter((b) => b.module === 'pg' || b.module === 'pg-pool').map((b) => b.local));
    if (pgNames.size === 0) continue;
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer || !ts.isNewExpression(node.initializer))
        return;
      const callee = node.initializer.expression;
      const ctor = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const root = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression.text : ctor;
      if (ctor !== 'Pool' || !pgNames.has(root)) return;
      const name = node.name.text;
      const exportName = exportedLocal(ts, file.sf, name) ? name : exportedLocal(ts, file.sf, 'default') === name ? 'default' : undefined;
      if (!exportName) return;
      out.push({ file: file.path, export: exportName, line: lineOf(file.sf, node), env: envVariable(ts, node.initializer) });
    });
  }
  return out;
}

function envVariable(ts: typeof TS, expr: TS.Node): string | undefined {
  let found: string | undefined;
  forEachDeep(ts, expr, (n) => {
    if (!found && ts.isPropertyAccessExpression(n) && n.expression.getText() === 'process.env') found = n.name.text;
  });
  return found;
}

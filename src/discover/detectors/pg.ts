import type { Detector } from '../detector.js';
import { detectSqlTables } from './sql-client.js';

const METHODS = new Set(['query']);

/** node-postgres: SQL passed to `pool.query` / `client.query`, by table. */
export const pg: Detector = {
  name: 'pg',
  kind: 'db',
  packages: ['pg'],
  hints: /\.query\(/,
  detect: (ctx) => detectSqlTables(ctx, 'pg', 'PostgresQL', 'postgres', METHODS),
};

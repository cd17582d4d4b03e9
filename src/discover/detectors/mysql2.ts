import type { Detector } from '../detector.js';
import { detectSqlTables } from './sql-client.js';

const METHODS = new Set(['query', 'execute']);

/** mysql2: SQL passed to `pool.query` / `connection.execute` (callback and promise APIs), by table. */
export const mysql2: Detector = {
  name: 'mysql2',
  kind: 'db',
  packages: ['mysql2'],
  hints: /\.(?:query|execute)\(/,
  detect: (ctx) => detectSqlTables(ctx, 'mysql2', 'MySQL', 'mysql', METHODS),
};

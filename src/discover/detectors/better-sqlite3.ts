import type { Detector } from '../detector.js';
import { detectSqlTables } from './sql-client.js';

const METHODS = new Set(['prepare', 'exec']);

/** better-sqlite3: SQL passed to `db.prepare` (statements) and `db.exec` (scripts), by table. */
export const betterSqlite3: Detector = {
  name: 'better-sqlite3',
  kind: 'db',
  packages: ['better-sqlite3'],
  hints: /\.(?:prepare|exec)\(/,
  detect: (ctx) => detectSqlTables(ctx, 'better-sqlite3', 'Sqlite', 'sqlite', METHODS),
};

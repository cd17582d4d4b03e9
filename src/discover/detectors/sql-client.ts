import type { ColumnInfo, DbDetails, DbPoint, ServiceName } from '../../model.js';
import { constStrings, forEachDeep, lineOf, methodCall } from '../ast.js';
import type { DetectContext, Draft } from '../detector.js';
import { createTables, looksLikeSql, tablesOf, type SqlDialect } from '../sql.js';
import type * as TS from 'typescript';

const DDL = new Set(['create', 'alter', 'drop']);

const MIGRATION_FILE = /(?:^|\/)(?:migrations?|db|sql|schema|database)\/.*\.sql$|(?:^|\/)(?:schema|init|structure)\.sql$/i;

/**
 * Shared by the raw-SQL clients (pg, mysql2, better-sqlite3): SQL text passed to `query`/`execute`/
 * `prepare`/`exec` → one point per table, with columns and constraints from the repo's SQL migrations.
 */
export async function detectSqlTables(
  ctx: DetectContext,
  library: string,
  dialect: SqlDialect,
  service: ServiceName,
  methods: ReadonlySet<string>,
): Promise<Draft<DbPoint>[]> {
  const { ts } = ctx;
  const tables = new Map<string, { operations: Set<string>; file: string; line: number; ddlOnly: boolean }>();
  const inline = new Map<string, ColumnInfo[]>();
  for (const file of ctx.files) {
    const consts = constStrings(ts, file.sf);
    const statements: { sql: string; line: number }[] = [];
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node)) return;
      const call = methodCall(ts, node);
      const first = node.arguments[0];
      if (!call || !methods.has(call.method) || !first) return;
      const sql = sqlText(ts, first, consts);
      if (sql && looksLikeSql(sql)) statements.push({ sql, line: lineOf(file.sf, node) });
    });
    for (const { sql, line } of statements) {
      for (const use of await tablesOf(sql, dialect)) {
        const ddl = DDL.has(use.operation);
        const entry = tables.get(use.table) ?? { operations: new Set<string>(), file: file.path, line, ddlOnly: ddl };
        // The point sits at the first query that reads or writes the table, not at its CREATE.
        if (entry.ddlOnly && !ddl) Object.assign(entry, { file: file.path, line, ddlOnly: false });
        entry.operations.add(use.operation);
        tables.set(use.table, entry);
      }
      // Schemas created from code (`db.exec('CREATE TABLE …')`) describe their tables as migrations do.
      if (/\bcreate\s+table\b/i.test(sql)) for (const [table, columns] of await createTables(sql, dialect)) inline.set(table, columns);
    }
  }
  if (tables.size === 0) return [];
  const migrations = ctx.allPaths.filter((p) => MIGRATION_FILE.test(p)).sort();
  const schema = new Map<string, ColumnInfo[]>(inline);
  // The migration files that create or alter each table.
  const touching = new Map<string, string[]>();
  for (const file of migrations) {
    const text = ctx.readText(file);
    if (!text) continue;
    for (const [table, columns] of await createTables(text, dialect, schema)) {
      schema.set(table, columns);
      touching.set(table, [...(touching.get(table) ?? []), file]);
    }
    for (const m of text.matchAll(/\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?([`"]?[\w.]+[`"]?)/gi)) {
      const table = m[1]!.split('.').at(-1)!.replace(/[`"]/g, '');
      const files = touching.get(table) ?? [];
      if (!files.includes(file)) touching.set(table, [...files, file]);
    }
  }
  return [...tables].map(([table, use]): Draft<DbPoint> => {
    const details: DbDetails = { table, operations: [...use.operations].sort() };
    const columns = schema.get(table);
    if (columns) details.columns = columns;
    const files = touching.get(table);
    if (files) details.migrations = files;
    return {
      kind: 'db',
      library,
      key: `${library}:${table}`,
      location: { file: use.file, line: use.line },
      details: { ...details },
      service,
    };
  });
}

/** The SQL of a literal or template; `${…}` parts become `$n` placeholders so the text still parses. */
function sqlText(ts: typeof TS, expr: TS.Expression, consts: ReadonlyMap<string, string>): string | undefined {
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isIdentifier(expr)) return consts.get(expr.text);
  if (ts.isTemplateExpression(expr)) {
    let n = 0;
    return expr.head.text + expr.templateSpans.map((s) => `$${++n}${s.literal.text}`).join('');
  }
  if (ts.isObjectLiteralExpression(expr)) {
    for (const p of expr.properties)
      if (ts.isPropertyAssignment(p) && p.name.getText() === 'text') return sqlText(ts, p.initializer, consts);
  }
  return undefined;
}

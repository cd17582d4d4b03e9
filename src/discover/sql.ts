import type { ColumnInfo } from '../model.js';

export type SqlDialect = 'PostgresQL' | 'MySQL' | 'MariaDB' | 'Sqlite';

interface SqlParser {
  tableList(sql: string, opt: { database: string }): string[];
  astify(sql: string, opt: { database: string }): unknown;
}

const parsers = new Map<SqlDialect, Promise<SqlParser>>();

/** node-sql-parser, one dialect build at a time (the full package is large). */
function parserFor(dialect: SqlDialect): Promise<SqlParser> {
  if (!parsers.has(dialect)) {
    const load =
      dialect === 'PostgresQL'
        ? import('node-sql-parser/build/postgresql.js')
        : dialect === 'MariaDB'
          ? import('node-sql-parser/build/mariadb.js')
          : dialect === 'Sqlite'
            ? import('node-sql-parser/build/sqlite.js')
            : import('node-sql-parser/build/mysql.js');
    parsers.set(
      dialect,
      load.then((m) => {
        const mod = m as unknown as { Parser?: new () => SqlParser; default?: { Parser: new () => SqlParser } };
        const Ctor = mod.Parser ?? mod.default!.Parser;
        return new Ctor();
      }),
    );
  }
  return parsers.get(dialect)!;
}

const SQL_START = /^\s*(?:select|insert|update|delete|with|create|alter|drop|truncate|merge|upsert|replace)\b/i;

export function looksLikeSql(text: string): boolean {
  return SQL_START.test(text);
}

export interface TableUse {
  table: string;
  operation: string;
}

/** Tables a statement touches and how (`select`, `insert`, …). Falls back to a keyword scan when the parser refuses. */
export async function tablesOf(sql: string, dialect: SqlDialect): Promise<TableUse[]> {
  const parser = await parserFor(dialect);
  try {
    return parser.tableList(sql, { database: dialect }).map((entry) => {
      const [operation, , table] = entry.split('::');
      return { table: unquote(table!), operation: operation! };
    });
  } catch {
    return scanTables(sql);
  }
}

/** Words that follow `update`, `from` or `table` in statements the parser refuses (`DO UPDATE SET`, `DELETE FROM`). */
const NOT_TABLES = new Set(['set', 'select', 'where', 'values', 'only', 'if', 'lateral', 'nothing']);

function scanTables(sql: string): TableUse[] {
  const out: TableUse[] = [];
  const op = (/^\s*(\w+)/.exec(sql)?.[1] ?? 'select').toLowerCase();
  for (const m of sql.matchAll(/\b(?:from|join|into|update|table)\s+(?:only\s+)?([`"]?[\w.]+[`"]?)/gi)) {
    const table = unquote(m[1]!);
    if (!NOT_TABLES.has(table.toLowerCase()) && !out.some((u) => u.table === table)) out.push({ table, operation: op });
  }
  return out;
}

function unquote(name: string): string {
  const last = name.split('.').at(-1)!;
  return last.replace(/^["`[]|["`\]]$/g, '');
}

interface CreateDef {
  resource?: string;
  column?: { column?: { expr?: { value?: string } } | string };
  definition?: { dataType?: string; length?: number };
  nullable?: { type?: string };
  unique?: string;
  unique_or_primary?: string;
  primary_key?: string;
  default_val?: { value?: { value?: unknown; type?: string; name?: unknown } } | null;
  reference_definition?: { table?: { table: string }[]; definition?: { column?: { expr?: { value?: string } } | string }[] };
  constraint_type?: string;
  definition_list?: unknown;
}

interface DefaultValue {
  type?: string;
  value?: unknown;
  name?: { name?: { value?: string }[] };
  args?: { value?: DefaultValue[] };
}

/**
 * Columns and constraints of every `CREATE TABLE` in a schema or migration file, with the `ALTER TABLE … ADD COLUMN`
 * and `ADD [CONSTRAINT c] UNIQUE | PRIMARY KEY | FOREIGN KEY` statements after it applied. `known` holds the tables of
 * earlier files, which an `ALTER TABLE` here may change: the result then holds the changed table.
 */
export async function createTables(
  sqlText: string,
  dialect: SqlDialect,
  known: ReadonlyMap<string, ColumnInfo[]> = new Map(),
): Promise<Map<string, ColumnInfo[]>> {
  const parser = await parserFor(dialect);
  const out = new Map<string, ColumnInfo[]>();
  for (const statement of splitStatements(sqlText)) {
    const isCreate = /^\s*create\s+table/i.test(statement);
    if (!isCreate && !/^\s*alter\s+table/i.test(statement)) continue;
    let ast: unknown;
    try {
      ast = parser.astify(parseable(statement), { database: dialect });
    } catch {
      continue;
    }
    for (const node of Array.isArray(ast) ? ast : [ast]) {
      const stmt = node as {
        type?: string;
        keyword?: string;
        table?: { table: string }[];
        create_definitions?: CreateDef[];
        expr?: AlterDef[];
      };
      if (stmt.keyword !== 'table' || !stmt.table?.[0]) continue;
      const table = unquote(stmt.table[0].table);
      if (stmt.type === 'create') {
        const columns: ColumnInfo[] = [];
        for (const def of stmt.create_definitions ?? []) {
          const column = def.resource === 'column' ? columnOf(def) : undefined;
          if (column) columns.push(column);
        }
        for (const def of stmt.create_definitions ?? []) if (def.resource === 'constraint') applyConstraint(def, columns);
        out.set(table, columns);
      } else if (stmt.type === 'alter') {
        const current = out.get(table) ?? known.get(table);
        if (!current) continue;
        const columns = current.map((c) => ({ ...c }));
        for (const action of stmt.expr ?? []) {
          if (action.action !== 'add') continue;
          const column = action.resource === 'column' ? columnOf(action) : undefined;
          if (column && !columns.some((c) => c.name === column.name)) columns.push(column);
          if (action.resource === 'constraint' && action.create_definitions) applyConstraint(action.create_definitions, columns);
        }
        out.set(table, columns);
      }
    }
  }
  return out;
}

/** One action of an `ALTER TABLE`: an added column (shaped as a column of `CREATE TABLE`) or an added constraint. */
interface AlterDef extends CreateDef {
  action?: string;
  create_definitions?: CreateDef;
}

/** The parser knows `GENERATED BY DEFAULT AS IDENTITY` only: `ALWAYS` and sequence options say nothing about the columns. */
function parseable(statement: string): string {
  return statement.replace(/\bgenerated\s+(?:always|by\s+default)\s+as\s+identity(?:\s*\([^)]*\))?/gi, 'GENERATED BY DEFAULT AS IDENTITY');
}

function columnOf(def: CreateDef): ColumnInfo | undefined {
  const name = columnName(def.column);
  if (!name) return undefined;
  const ref = def.reference_definition;
  const column: ColumnInfo = {
    name,
    type: (def.definition?.dataType ?? '').toLowerCase(),
    notNull: def.nullable?.type === 'not null' || Boolean(def.primary_key),
    unique: Boolean(def.unique || def.unique_or_primary === 'unique'),
    primaryKey: Boolean(def.primary_key || def.unique_or_primary === 'primary key'),
  };
  const dflt = def.default_val?.value;
  if (dflt) column.default = defaultText(dflt as DefaultValue);
  if (ref?.table?.[0]) column.references = { table: unquote(ref.table[0].table), column: columnName(ref.definition?.[0]) ?? 'id' };
  return column;
}

/** Table-level `PRIMARY KEY (a, b)`, single-column `UNIQUE (a)` and `FOREIGN KEY (a) REFERENCES t (b)`. */
function applyConstraint(def: CreateDef, columns: ColumnInfo[]): void {
  const names = ((def.definition ?? []) as unknown as CreateDef['column'][]).map(columnName).filter((n): n is string => Boolean(n));
  const kind = (def.constraint_type ?? '').toLowerCase();
  const ref = def.reference_definition;
  names.forEach((name, i) => {
    const col = columns.find((c) => c.name === name);
    if (!col) return;
    if (kind === 'primary key') {
      col.primaryKey = true;
      col.notNull = true;
    } else if (kind.startsWith('unique') && names.length === 1) col.unique = true;
    else if (kind === 'foreign key' && ref?.table?.[0]) {
      col.references = { table: unquote(ref.table[0].table), column: columnName(ref.definition?.[i]) ?? 'id' };
    }
  });
}

/** A column default as SQL text: `0`, `active`, `now()`, `CURRENT_TIMESTAMP`, `datetime('now')`. */
function defaultText(value: DefaultValue): string {
  if (value.type === 'function') {
    const name = (value.name?.name ?? []).map((part) => part.value).join('.');
    const args = value.args?.value;
    if (!args) return name;
    return `${name}(${args.map((a) => (/string/.test(a.type ?? '') ? `'${String(a.value)}'` : defaultText(a))).join(', ')})`;
  }
  return String(value.value ?? value.type ?? 'expression');
}

function columnName(col: CreateDef['column']): string | undefined {
  if (!col) return undefined;
  if (typeof col === 'string') return col;
  const inner = col.column;
  if (typeof inner === 'string') return inner;
  return inner?.expr?.value ?? (col as { expr?: { value?: string } }).expr?.value;
}

/** Splits a SQL file on top-level semicolons (outside quotes, comments and dollar quotes). */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const rest = text.slice(i);
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    if (ch === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      continue;
    }
    if (dollar) {
      const end = text.indexOf(dollar[0], i + dollar[0].length);
      const stop = end === -1 ? text.length : end + dollar[0].length;
      current += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      current += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === ';') {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
    i++;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

import type * as TS from 'typescript';
import type { ColumnInfo, ServiceName } from '../../model.js';
import { constStrings, forEachDeep, stringValue } from '../ast.js';
import type { Detector, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { Tables, applyKey, callLine, bareTable, chainTop, column, defaultText, flattenChain, unwrap, type ChainLink } from './db-common.js';

/** Query starters and what they do to their table. */
const STARTERS: Readonly<Record<string, readonly string[]>> = {
  selectFrom: ['select'],
  insertInto: ['insert'],
  replaceInto: ['insert'],
  updateTable: ['update'],
  deleteFrom: ['delete'],
  mergeInto: ['insert', 'update'],
};
const JOINS = new Set([
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'crossJoin',
  'innerJoinLateral',
  'leftJoinLateral',
  'crossJoinLateral',
]);

const DIALECTS: Readonly<Record<string, ServiceName>> = {
  PostgresDialect: 'postgres',
  PostgresJSDialect: 'postgres',
  NeonDialect: 'postgres',
  MysqlDialect: 'mysql',
  PlanetScaleDialect: 'mysql',
  SqliteDialect: 'sqlite',
  LibsqlDialect: 'sqlite',
  BunSqliteDialect: 'sqlite',
  D1Dialect: 'sqlite',
  MssqlDialect: 'none',
};

/** kysely: `selectFrom` / `insertInto` / `updateTable` / `deleteFrom` by table, and `db.schema.createTable` migrations as columns. */
export const kysely: Detector = {
  name: 'kysely',
  kind: 'db',
  packages: ['kysely'],
  hints: /\.(?:selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|createTable|alterTable)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const tables = new Tables();
    let service: ServiceName | undefined;
    for (const file of ctx.files) {
      const consts = constStrings(ts, file.sf);
      const names = (expr: TS.Expression | undefined): string[] => {
        if (!expr) return [];
        const e = unwrap(ts, expr);
        const list = ts.isArrayLiteralExpression(e) ? [...e.elements] : [e];
        return list
          .map((x) => stringValue(ts, x, consts))
          .filter((s): s is string => s !== undefined)
          .map(bareTable);
      };
      forEachDeep(ts, file.sf, (node) => {
        if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && DIALECTS[node.expression.text])
          service ??= DIALECTS[node.expression.text];
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        const line = callLine(ts, file.sf, node);
        const starter = STARTERS[method];
        if (starter) {
          const { links } = flattenChain(ts, chainTop(ts, node));
          const after = links.slice(links.findIndex((l) => l.call === node) + 1);
          const upsert = after.some(
            (l) => l.name === 'onDuplicateKeyUpdate' || (l.name === 'onConflict' && /\.doUpdateSet\(/.test(l.call?.getText(file.sf) ?? '')),
          );
          const ops = upsert ? [...starter, 'update'] : starter;
          for (const table of names(node.arguments[0])) tables.use(table, ops, file.path, line);
          for (const join of after)
            if (JOINS.has(join.name))
              for (const table of names(join.call?.arguments[0]))
                tables.use(table, ['select'], file.path, callLine(ts, file.sf, join.call!));
          return;
        }
        if (method !== 'createTable' && method !== 'alterTable') return;
        const { links } = flattenChain(ts, node);
        const table = names(node.arguments[0])[0];
        if (!table || !links.some((l) => l.name === 'schema')) return;
        schemaChain(ts, file, node, table, method === 'createTable', tables);
      });
    }
    return tables.points('kysely', service ?? 'postgres');
  },
};

/** `db.schema.createTable('t').addColumn(…)….execute()`: the columns and constraints of the chain. */
function schemaChain(ts: TypeScriptApi, file: ParsedFile, node: TS.CallExpression, table: string, creating: boolean, tables: Tables): void {
  let columns = creating ? undefined : tables.columns(table);
  if (!columns) {
    columns = [];
    tables.define(table, file.path, callLine(ts, file.sf, node), columns);
  }
  tables.migration(table, file.path);
  const { links } = flattenChain(ts, chainTop(ts, node));
  const strings = (expr: TS.Expression | undefined): string[] => {
    if (!expr) return [];
    const e = unwrap(ts, expr);
    return (ts.isArrayLiteralExpression(e) ? [...e.elements] : [e])
      .map((x) => stringValue(ts, x))
      .filter((s): s is string => s !== undefined);
  };
  for (const link of links.slice(links.findIndex((l) => l.call === node) + 1)) {
    const args = link.call?.arguments ?? [];
    const [a0, a1, a2, a3] = args;
    if (link.name === 'addColumn') {
      const name = strings(a0)[0];
      if (!name) continue;
      const col = column(name, a1 ? typeText(ts, file, a1) : '');
      applyColumnCallback(ts, file, a2, col);
      columns.push(col);
    } else if (link.name === 'addPrimaryKeyConstraint') applyKey(columns, strings(a1), 'primary');
    else if (link.name === 'addUniqueConstraint') applyKey(columns, strings(a1), 'unique');
    else if (link.name === 'addForeignKeyConstraint') {
      const [local, refTable, refCols] = [strings(a1), strings(a2)[0], strings(a3)];
      local.forEach((name, i) => {
        const col = columns.find((c) => c.name === name);
        if (col && refTable && refCols[i]) col.references = { table: bareTable(refTable), column: refCols[i]! };
      });
    } else if (link.name === 'dropColumn') {
      const i = columns.findIndex((c) => c.name === strings(a0)[0]);
      if (i >= 0) columns.splice(i, 1);
    } else if (link.name === 'renameColumn') {
      const col = columns.find((c) => c.name === strings(a0)[0]);
      const to = strings(a1)[0];
      if (col && to) col.name = to;
    } else if (link.name === 'alterColumn') {
      const col = columns.find((c) => c.name === strings(a0)[0]);
      if (col) applyColumnCallback(ts, file, a1, col);
    }
  }
}

/** `'varchar(255)'`, ``sql`citext` `` → the type as written. */
function typeText(ts: TypeScriptApi, file: ParsedFile, expr: TS.Expression): string {
  const e = unwrap(ts, expr);
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isTaggedTemplateExpression(e) && ts.isNoSubstitutionTemplateLiteral(e.template)) return e.template.text;
  return e.getText(file.sf);
}

/** `(col) => col.primaryKey().notNull().references('person.id').defaultTo(…)`. */
function applyColumnCallback(ts: TypeScriptApi, file: ParsedFile, fn: TS.Expression | undefined, col: ColumnInfo): void {
  if (!fn || !ts.isArrowFunction(fn) || ts.isBlock(fn.body)) return;
  const { links } = flattenChain(ts, unwrap(ts, fn.body));
  for (const link of links as ChainLink[]) {
    const arg = link.call?.arguments[0];
    if (link.name === 'primaryKey') Object.assign(col, { primaryKey: true, notNull: true });
    else if (link.name === 'notNull' || link.name === 'setNotNull') col.notNull = true;
    else if (link.name === 'dropNotNull') col.notNull = false;
    else if (link.name === 'unique') col.unique = true;
    else if ((link.name === 'defaultTo' || link.name === 'setDefault') && arg) col.default = kyselyDefault(ts, file, arg);
    else if (link.name === 'references' && arg) {
      const ref = stringValue(ts, arg);
      const dot = ref?.lastIndexOf('.') ?? -1;
      if (ref && dot > 0) col.references = { table: bareTable(ref.slice(0, dot)), column: ref.slice(dot + 1) };
    }
  }
}

/** ``sql`now()` `` → `now()`; literals as their value. */
function kyselyDefault(ts: TypeScriptApi, file: ParsedFile, expr: TS.Expression): string {
  const e = unwrap(ts, expr);
  if (ts.isTaggedTemplateExpression(e) && ts.isNoSubstitutionTemplateLiteral(e.template)) return e.template.text;
  return defaultText(ts, e, file.sf);
}

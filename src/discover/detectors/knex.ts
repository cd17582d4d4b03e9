import type * as TS from 'typescript';
import type { ColumnInfo, ServiceName } from '../../model.js';
import { forEachDeep, stringValue, constStrings } from '../ast.js';
import type { DetectContext, Detector, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { looksLikeSql, tablesOf, type SqlDialect } from '../sql.js';
import { exportedClients, withClients } from './exported-clients.js';
import {
  ModuleValues,
  Tables,
  applyKey,
  callLine,
  bareTable,
  boolValue,
  chainTop,
  column,
  flattenChain,
  forEachBinding,
  refName,
  serviceFromOption,
  unwrap,
  type ChainLink,
} from './db-common.js';

const CLIENTS: Readonly<Record<string, ServiceName>> = {
  pg: 'postgres',
  postgres: 'postgres',
  postgresql: 'postgres',
  pgnative: 'postgres',
  cockroachdb: 'postgres',
  redshift: 'postgres',
  mysql: 'mysql',
  mysql2: 'mysql',
  sqlite3: 'sqlite',
  'better-sqlite3': 'sqlite',
  mssql: 'none',
  oracledb: 'none',
};

const DIALECTS: Partial<Record<ServiceName, SqlDialect>> = { postgres: 'PostgresQL', mysql: 'MySQL', sqlite: 'Sqlite' };

/** Builder methods that name the table a query works on. */
const TABLE_METHODS = new Set(['from', 'table', 'into']);
const JOINS = new Set(['join', 'innerJoin', 'leftJoin', 'leftOuterJoin', 'rightJoin', 'rightOuterJoin', 'fullOuterJoin', 'crossJoin']);
const WRITES: Readonly<Record<string, readonly string[]>> = {
  insert: ['insert'],
  upsert: ['insert', 'update'],
  merge: ['update'],
  update: ['update'],
  increment: ['update'],
  decrement: ['update'],
  del: ['delete'],
  delete: ['delete'],
  truncate: ['delete'],
};
const SCHEMA_METHODS = new Set(['createTable', 'createTableIfNotExists', 'alterTable', 'table']);

/** Column builders of the knex schema builder, with the type they record. */
const BUILDERS = new Set([
  'increments',
  'bigIncrements',
  'integer',
  'bigInteger',
  'bigint',
  'tinyint',
  'smallint',
  'mediumint',
  'text',
  'string',
  'float',
  'double',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'dateTime',
  'time',
  'timestamp',
  'binary',
  'enum',
  'enu',
  'json',
  'jsonb',
  'uuid',
  'specificType',
  'geometry',
  'geography',
  'point',
]);

const MIGRATION_PATH = /(?:^|\/)migrations?\//;
const KNEXFILE = /(?:^|\/)knexfile\.[cm]?[jt]s$/;

/**
 * knex: query-builder calls (`db('users')`, `db.from('users')`, `.into('users')`) by table, with
 * their operations, and `knex.schema.createTable` / `alterTable` migrations as columns.
 */
export const knex: Detector = {
  name: 'knex',
  kind: 'db',
  packages: ['knex'],
  hints: /\bknex\b|\bdb\(|\.(?:from|into|where\w*|insert|update|del|delete|first|select|returning|schema|transaction|raw)\(/,
  async detect(ctx) {
    const { ts } = ctx;
    const service = serviceOf(ctx);
    const tables = new Tables();
    const instances: ModuleValues<true> = new ModuleValues<true>(
      ctx,
      (file) => instanceLocals(ts, file, instances),
      (file, expr) => (isFactoryCall(ts, file, expr) ? true : undefined),
    );
    const raw: { sql: string; file: string; line: number }[] = [];
    for (const file of ctx.files) {
      const isInstance = (expr: TS.Expression): boolean => {
        const name = refName(ts, expr);
        return name !== undefined ? instances.lookup(file, name) === true : instances.valueOf(file, expr) === true;
      };
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node)) return;
        const callee = node.expression;
        const first = node.arguments[0];
        const name = first ? stringValue(ts, first, consts) : undefined;
        // db('users') / trx('users')
        if (name !== undefined && isInstance(callee)) {
          tables.use(bareTable(name), operationsOf(ts, node), file.path, callLine(ts, file.sf, node));
          return;
        }
        if (!ts.isPropertyAccessExpression(callee)) return;
        const method = callee.name.text;
        const chain = flattenChain(ts, node);
        if (!rootIsInstance(ts, chain, isInstance)) return;
        const isSchema = chain.links.some((l) => l.name === 'schema');
        if (isSchema && SCHEMA_METHODS.has(method) && name !== undefined) {
          schemaCall(ts, file, node, bareTable(name), method, tables);
        } else if (!isSchema && name !== undefined && TABLE_METHODS.has(method)) {
          tables.use(bareTable(name), operationsOf(ts, node), file.path, callLine(ts, file.sf, node));
        } else if (!isSchema && name !== undefined && JOINS.has(method)) {
          tables.use(bareTable(name), ['select'], file.path, callLine(ts, file.sf, node));
        } else if (method === 'raw' && name !== undefined && chain.links.length === 1 && looksLikeSql(name)) {
          raw.push({ sql: name, file: file.path, line: callLine(ts, file.sf, node) });
        }
      });
    }
    const dialect = DIALECTS[service];
    if (dialect) {
      for (const { sql, file, line } of raw) {
        for (const use of await tablesOf(sql, dialect)) tables.use(use.table, [use.operation], file, line);
      }
    }
    return withClients(
      tables.points('knex', service),
      exportedClients(ctx, 'knex', (file, expr) => isFactoryCall(ts, file, expr)),
    );
  },
};

/** The chain starts at a knex instance: `db.…`, `this.db.…`, `trx.…`. */
function rootIsInstance(ts: TypeScriptApi, chain: { root: TS.Expression }, isInstance: (e: TS.Expression) => boolean): boolean {
  const { root } = chain;
  if (root.kind !== ts.SyntaxKind.ThisKeyword) return isInstance(root);
  // `this.db.from(…)`: the access `this.db` is the parent of `this`.
  const access = root.parent;
  return Boolean(access && ts.isPropertyAccessExpression(access) && isInstance(access));
}

/** What the whole chain a table call belongs to does: its writes, or a read. */
function operationsOf(ts: TypeScriptApi, node: TS.CallExpression): string[] {
  const { links } = flattenChain(ts, chainTop(ts, node));
  const ops = new Set<string>();
  for (const link of links) if (link.call) for (const op of WRITES[link.name] ?? []) ops.add(op);
  return ops.size ? [...ops] : ['select'];
}

/** Names bound to knex instances in a file: factory results, aliases, transactions, migration parameters. */
function instanceLocals(ts: TypeScriptApi, file: ParsedFile, values: ModuleValues<true>): Map<string, true> {
  const out = new Map<string, true>();
  const known = (expr: TS.Expression): boolean => {
    const e = unwrap(ts, expr);
    const name = refName(ts, e);
    if (name && (out.has(name) || values.lookup(file, name) === true)) return true;
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && ts.isIdentifier(e.name))
      return values.member(file, e.expression.text, e.name.text) === true;
    return false;
  };
  const isMigration = MIGRATION_PATH.test(file.path);
  for (let pass = 0; pass < 2; pass++) {
    forEachBinding(ts, file.sf, (name, value) => {
      const v = unwrap(ts, value);
      if (isFactoryCall(ts, file, v) || known(v)) out.set(name, true);
      // const trx = await db.transaction()
      else if (
        ts.isCallExpression(v) &&
        ts.isPropertyAccessExpression(v.expression) &&
        v.expression.name.text === 'transaction' &&
        known(v.expression.expression)
      )
        out.set(name, true);
    });
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isParameter(node) || !ts.isIdentifier(node.name)) return;
      const fn = node.parent;
      const name = refNameOfParam(ts, node);
      // (knex: Knex) / (trx: Knex.Transaction)
      if (node.type && ts.isTypeReferenceNode(node.type) && /^Knex\b/.test(node.type.typeName.getText(file.sf))) out.set(name, true);
      // db.transaction(async (trx) => …)
      else if (fn.parent && ts.isCallExpression(fn.parent) && fn.parent.arguments[0] === fn && isTransactionOn(ts, fn.parent, known))
        out.set(name, true);
      // exports.up = (knex) => …; export async function up(knex) {…}
      else if (isMigration && fn.parameters[0] === node && migrationFunctionName(ts, fn) !== undefined) out.set(name, true);
    });
  }
  return out;
}

function refNameOfParam(ts: TypeScriptApi, param: TS.ParameterDeclaration): string {
  const name = (param.name as TS.Identifier).text;
  const isProperty = ts.getModifiers(param)?.length;
  return isProperty ? `this.${name}` : name;
}

function isTransactionOn(ts: TypeScriptApi, call: TS.CallExpression, known: (e: TS.Expression) => boolean): boolean {
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'transaction' && known(call.expression.expression);
}

function migrationFunctionName(ts: TypeScriptApi, fn: TS.SignatureDeclaration): string | undefined {
  let name: string | undefined;
  if (ts.isFunctionDeclaration(fn) && fn.name) name = fn.name.text;
  else if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parent) {
    const p = fn.parent;
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) name = p.name.text;
    else if (ts.isBinaryExpression(p) && ts.isPropertyAccessExpression(p.left)) name = p.left.name.text;
    else if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name)) name = p.name.text;
  } else if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name)) name = fn.name.text;
  return name === 'up' || name === 'down' ? name : undefined;
}

/** `knex(config)`, `require('knex')(config)`, `knex.knex(config)` where `knex` comes from the package. */
function isFactoryCall(ts: TypeScriptApi, file: ParsedFile, expr: TS.Expression): boolean {
  const e = unwrap(ts, expr);
  if (!ts.isCallExpression(e)) return false;
  const callee = unwrap(ts, e.expression);
  const factories = file.imports
    .filter((b) => b.module === 'knex' && ['default', '*', 'knex', 'Knex'].includes(b.imported))
    .map((b) => b.local);
  if (ts.isIdentifier(callee)) return factories.includes(callee.text);
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression))
    return factories.includes(callee.expression.text) && callee.name.text === 'knex';
  if (ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require') {
    const arg = callee.arguments[0];
    return arg !== undefined && ts.isStringLiteralLike(arg) && arg.text === 'knex';
  }
  return false;
}

/** The `client` option of a knex config in the code or the knexfile. */
function serviceOf(ctx: DetectContext): ServiceName {
  const { ts } = ctx;
  const files = ctx.files.filter((f) => KNEXFILE.test(f.path) || f.imports.some((b) => b.module === 'knex'));
  const found = serviceFromOption(ts, files, 'client', CLIENTS);
  if (found) return found;
  for (const p of ctx.allPaths.filter((p) => KNEXFILE.test(p))) {
    const m = /\bclient\s*:\s*['"]([\w-]+)['"]/.exec(ctx.readText(p) ?? '');
    if (m && CLIENTS[m[1]!]) return CLIENTS[m[1]!]!;
  }
  return 'postgres';
}

/** `knex.schema.createTable('t', (t) => { … })` and `alterTable`: the columns the callback declares. */
function schemaCall(ts: TypeScriptApi, file: ParsedFile, node: TS.CallExpression, table: string, method: string, tables: Tables): void {
  const fn = node.arguments[1];
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return;
  const param = fn.parameters[0];
  if (!param || !ts.isIdentifier(param.name)) return;
  const t = param.name.text;
  const creating = method.startsWith('createTable');
  let columns = creating ? undefined : tables.columns(table);
  if (!columns) {
    columns = [];
    tables.define(table, file.path, callLine(ts, file.sf, node), columns);
  }
  tables.migration(table, file.path);
  forEachDeep(ts, fn.body, (n) => {
    if (!ts.isCallExpression(n) || chainTop(ts, n) !== n) return;
    const { root, links } = flattenChain(ts, n);
    if (!ts.isIdentifier(root) || root.text !== t || !links[0]?.call) return;
    tableStatement(ts, file, links, columns);
  });
}

function tableStatement(ts: TypeScriptApi, file: ParsedFile, links: ChainLink[], columns: ColumnInfo[]): void {
  const [head, ...modifiers] = links as [ChainLink & { call: TS.CallExpression }, ...ChainLink[]];
  const args = head.call.arguments;
  const strings = (from: number): string[] =>
    args
      .slice(from)
      .flatMap((a) => (ts.isArrayLiteralExpression(a) ? [...a.elements] : [a]))
      .map((a) => stringValue(ts, a))
      .filter((s): s is string => s !== undefined);
  const find = (name: string | undefined): ColumnInfo | undefined => columns.find((c) => c.name === name);
  switch (head.name) {
    case 'primary':
      applyKey(columns, strings(0), 'primary');
      return;
    case 'unique':
      applyKey(columns, strings(0), 'unique');
      return;
    case 'foreign': {
      const col = find(strings(0)[0]);
      const ref = referenceOf(ts, modifiers);
      if (col && ref) col.references = ref;
      return;
    }
    case 'timestamps': {
      const [useTimestamps, defaultToNow, camel] = [0, 1, 2].map((i) => boolValue(ts, args[i]) === true);
      for (const name of camel ? ['createdAt', 'updatedAt'] : ['created_at', 'updated_at']) {
        const col = column(name, useTimestamps ? 'timestamp' : 'datetime', defaultToNow ? { notNull: true, default: 'now()' } : {});
        columns.push(col);
      }
      return;
    }
    case 'dropColumn':
    case 'dropColumns':
      for (const name of strings(0)) {
        const i = columns.findIndex((c) => c.name === name);
        if (i >= 0) columns.splice(i, 1);
      }
      return;
    case 'renameColumn': {
      const [from, to] = strings(0);
      const col = find(from);
      if (col && to) col.name = to;
      return;
    }
    case 'setNullable':
    case 'dropNullable':
      for (const name of strings(0)) {
        const col = find(name);
        if (col) col.notNull = head.name === 'dropNullable';
      }
      return;
  }
  if (!BUILDERS.has(head.name)) return;
  const name = stringValue(ts, args[0] ?? ts.factory.createStringLiteral('id'));
  if (name === undefined) return;
  const type = head.name === 'enu' ? 'enum' : head.name === 'specificType' ? (strings(1)[0] ?? 'specificType') : head.name;
  const col = column(name, type);
  if (head.name === 'increments' || head.name === 'bigIncrements') {
    const options = args[1] && ts.isObjectLiteralExpression(args[1]) ? args[1] : undefined;
    const pk = options?.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(file.sf) === 'primaryKey');
    const isPk = !(pk && ts.isPropertyAssignment(pk) && boolValue(ts, pk.initializer) === false);
    Object.assign(col, { notNull: true, primaryKey: isPk });
  }
  for (const mod of modifiers) {
    const margs = mod.call?.arguments ?? [];
    if (mod.name === 'notNullable') col.notNull = true;
    else if (mod.name === 'nullable') col.notNull = false;
    else if (mod.name === 'unique') col.unique = true;
    else if (mod.name === 'primary') Object.assign(col, { primaryKey: true, notNull: true });
    else if (mod.name === 'defaultTo' && margs[0]) col.default = knexDefault(ts, file, margs[0]);
  }
  const ref = referenceOf(ts, modifiers);
  if (ref) col.references = ref;
  const existing = columns.findIndex((c) => c.name === name);
  // `.alter()` redefines a column; anything else adds one.
  if (existing >= 0) columns[existing] = col;
  else columns.push(col);
}

/** `.references('orgs.id')` or `.references('id').inTable('orgs')`. */
function referenceOf(ts: TypeScriptApi, links: readonly ChainLink[]): ColumnInfo['references'] {
  const refArg = links.find((l) => l.name === 'references')?.call?.arguments[0];
  const ref = refArg ? stringValue(ts, refArg) : undefined;
  if (ref === undefined) return undefined;
  const tableArg = links.find((l) => l.name === 'inTable')?.call?.arguments[0];
  const inTable = tableArg ? stringValue(ts, tableArg) : undefined;
  if (inTable !== undefined) return { table: bareTable(inTable), column: ref };
  const dot = ref.lastIndexOf('.');
  return dot > 0 ? { table: bareTable(ref.slice(0, dot)), column: ref.slice(dot + 1) } : undefined;
}

/** `knex.fn.now()` → `now()`; `knex.raw('gen_random_uuid()')` → its SQL; literals as their value. */
function knexDefault(ts: TypeScriptApi, file: ParsedFile, expr: TS.Expression): string {
  const e = unwrap(ts, expr);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    const method = e.expression.name.text;
    if (method === 'now' && /\.fn$/.test(e.expression.expression.getText(file.sf))) return 'now()';
    const sql = e.arguments[0] ? stringValue(ts, e.arguments[0]) : undefined;
    if (method === 'raw' && sql !== undefined) return sql;
  }
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return e.text;
  return e.getText(file.sf);
}

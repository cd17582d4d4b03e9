import type * as TS from 'typescript';
import type { ColumnInfo, ServiceName } from '../../model.js';
import { constStrings, forEachDeep, lineOf, stringValue } from '../ast.js';
import type { Detector, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import {
  ModuleValues,
  Tables,
  applyKey,
  callLine,
  chainTop,
  column,
  defaultText,
  flattenChain,
  propName,
  thunkTarget,
  unwrap,
  type ChainLink,
} from './db-common.js';

const CREATORS: Readonly<Record<string, ServiceName>> = {
  pgTable: 'postgres',
  mysqlTable: 'mysql',
  sqliteTable: 'sqlite',
  singlestoreTable: 'mysql',
};
const SCHEMA_CREATORS: Readonly<Record<string, ServiceName>> = { pgSchema: 'postgres', mysqlSchema: 'mysql' };
const ENUM_CREATORS = new Set(['pgEnum', 'mysqlEnum']);

/** Builder steps that name a table and what they do to it. */
const STEPS: Readonly<Record<string, readonly string[]>> = {
  from: ['select'],
  insert: ['insert'],
  update: ['update'],
  delete: ['delete'],
  leftJoin: ['select'],
  rightJoin: ['select'],
  innerJoin: ['select'],
  fullJoin: ['select'],
  crossJoin: ['select'],
};
const RELATIONAL = new Set(['findMany', 'findFirst']);
/** Builder steps that make an insert also an update. */
const UPSERTS = new Set(['onConflictDoUpdate', 'onDuplicateKeyUpdate']);

interface Table {
  name: string;
  binding: string;
  file: ParsedFile;
  node: TS.CallExpression;
  service: ServiceName;
  columns: ColumnInfo[];
  /** Columns by their property key in the table object. */
  byKey: Map<string, ColumnInfo>;
  /** `.references(() => other.id)` targets, resolved once every table is known. */
  pending: { col: ColumnInfo; target: TS.Expression }[];
}

/**
 * Drizzle ORM: `pgTable` / `mysqlTable` / `sqliteTable` declarations with their columns and
 * constraints, and the query-builder (`db.select().from(users)`, `db.insert(users)`) and
 * relational (`db.query.users.findMany()`) calls on them.
 */
export const drizzle: Detector = {
  name: 'drizzle',
  kind: 'db',
  packages: ['drizzle-orm'],
  hints: /\.(?:from|insert|update|delete|findMany|findFirst)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const declared: Table[] = [];
    for (const file of ctx.files) declared.push(...findTables(ts, file));
    const values: ModuleValues<Table> = new ModuleValues<Table>(
      ctx,
      (file) => new Map(declared.filter((t) => t.file === file).map((t) => [t.binding, t])),
    );
    for (const table of declared) {
      for (const { col, target } of table.pending) {
        const ref = unwrap(ts, target);
        if (!ts.isPropertyAccessExpression(ref)) continue;
        const other = values.valueOf(table.file, ref.expression);
        const key = ref.name.text;
        if (other) col.references = { table: other.name, column: other.byKey.get(key)?.name ?? key };
      }
    }
    const tables = new Tables();
    for (const t of declared) tables.define(t.name, t.file.path, lineOf(t.file.sf, t.node), t.columns);
    const byBinding = new Map(declared.map((t) => [t.binding, t]));
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        const step = STEPS[method];
        if (step && node.arguments[0]) {
          const table = values.valueOf(file, node.arguments[0]);
          if (!table) return;
          const { links } = flattenChain(ts, chainTop(ts, node));
          const ops = method === 'insert' && links.some((l) => UPSERTS.has(l.name)) ? ['insert', 'update'] : step;
          tables.use(table.name, ops, file.path, callLine(ts, file.sf, node));
        } else if (RELATIONAL.has(method)) {
          // db.query.users.findMany(): the key of the schema object passed to drizzle().
          const delegate = node.expression.expression;
          if (
            !ts.isPropertyAccessExpression(delegate) ||
            !ts.isPropertyAccessExpression(delegate.expression) ||
            delegate.expression.name.text !== 'query'
          )
            return;
          const table = byBinding.get(delegate.name.text);
          if (table) tables.use(table.name, ['select'], file.path, callLine(ts, file.sf, node));
        }
      });
    }
    return tables.points('drizzle', declared[0]?.service ?? 'postgres');
  },
};

/** `export const users = pgTable('users', { … }, (t) => [...])` declarations of a file. */
function findTables(ts: TypeScriptApi, file: ParsedFile): Table[] {
  const drizzleNames = new Map(file.imports.filter((b) => b.module.startsWith('drizzle-orm')).map((b) => [b.local, b.imported]));
  if (drizzleNames.size === 0) return [];
  const consts = constStrings(ts, file.sf);
  const enums = new Map<string, string>();
  const schemas = new Map<string, ServiceName>();
  const out: Table[] = [];
  forEachDeep(ts, file.sf, (node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
    const init = unwrap(ts, node.initializer);
    if (!ts.isCallExpression(init)) return;
    const callee = init.expression;
    const creator = ts.isIdentifier(callee) ? drizzleNames.get(callee.text) : undefined;
    const first = init.arguments[0] ? stringValue(ts, init.arguments[0], consts) : undefined;
    if (creator && ENUM_CREATORS.has(creator) && first) enums.set(node.name.text, first);
    if (creator && SCHEMA_CREATORS[creator]) schemas.set(node.name.text, SCHEMA_CREATORS[creator]);
    // pgTable('users', …) or mySchema.table('users', …)
    const service =
      creator && CREATORS[creator]
        ? CREATORS[creator]
        : ts.isPropertyAccessExpression(callee) && callee.name.text === 'table' && ts.isIdentifier(callee.expression)
          ? schemas.get(callee.expression.text)
          : undefined;
    if (!service || first === undefined) return;
    const table: Table = { name: first, binding: node.name.text, file, node: init, service, columns: [], byKey: new Map(), pending: [] };
    readColumns(ts, file, init.arguments[1], table, enums);
    readConstraints(ts, init.arguments[2], table);
    out.push(table);
  });
  return out;
}

/** The columns object, or the callback form `(t) => ({ id: t.serial() })`. */
function readColumns(
  ts: TypeScriptApi,
  file: ParsedFile,
  arg: TS.Expression | undefined,
  table: Table,
  enums: ReadonlyMap<string, string>,
): void {
  let obj = arg ? unwrap(ts, arg) : undefined;
  if (obj && (ts.isArrowFunction(obj) || ts.isFunctionExpression(obj))) obj = returned(ts, obj);
  if (!obj || !ts.isObjectLiteralExpression(obj)) return;
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const key = propName(ts, p.name);
    if (key === undefined) continue;
    const { root, links } = flattenChain(ts, unwrap(ts, p.initializer));
    // serial('id')… → root `serial`, first link `()`; t.serial()… → first link `serial`
    const builder = links[0];
    if (!builder?.call) continue;
    const builderName = builder.name === '()' && ts.isIdentifier(root) ? root.text : builder.name;
    const nameArg = builder.call.arguments[0];
    const name = (nameArg && stringValue(ts, nameArg)) ?? key;
    const type = enums.get(builderName) ?? builderName;
    const col = column(name, type, /serial$/i.test(builderName) ? { notNull: true } : {});
    applyModifiers(ts, file, links.slice(1), col, table);
    table.columns.push(col);
    table.byKey.set(key, col);
  }
}

function applyModifiers(ts: TypeScriptApi, file: ParsedFile, links: readonly ChainLink[], col: ColumnInfo, table: Table): void {
  for (const link of links) {
    const arg = link.call?.arguments[0];
    switch (link.name) {
      case 'primaryKey':
        Object.assign(col, { primaryKey: true, notNull: true });
        break;
      case 'notNull':
      case 'generatedAlwaysAsIdentity':
      case 'generatedByDefaultAsIdentity':
        col.notNull = true;
        break;
      case 'unique':
        col.unique = true;
        break;
      case 'defaultNow':
        col.default = 'now()';
        break;
      case 'defaultRandom':
        col.default = 'gen_random_uuid()';
        break;
      case 'default':
        if (arg) col.default = drizzleDefault(ts, file, arg);
        break;
      case 'references': {
        const target = thunkTarget(ts, arg);
        if (target) table.pending.push({ col, target });
        break;
      }
    }
  }
}

/** ``sql`now()` `` → `now()`; literals as their value. */
function drizzleDefault(ts: TypeScriptApi, file: ParsedFile, expr: TS.Expression): string {
  const e = unwrap(ts, expr);
  if (ts.isTaggedTemplateExpression(e) && ts.isNoSubstitutionTemplateLiteral(e.template)) return e.template.text;
  return defaultText(ts, e, file.sf);
}

/** Third argument: `(t) => ({ … })` or `(t) => [ … ]` with `unique().on(t.a)`, `uniqueIndex('x').on(t.a)`, `primaryKey({ columns: [t.a, t.b] })`, `foreignKey({ … })`. */
function readConstraints(ts: TypeScriptApi, arg: TS.Expression | undefined, table: Table): void {
  const fn = arg ? unwrap(ts, arg) : undefined;
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return;
  const body = returned(ts, fn);
  if (!body) return;
  const items = ts.isArrayLiteralExpression(body)
    ? [...body.elements]
    : ts.isObjectLiteralExpression(body)
      ? body.properties.filter(ts.isPropertyAssignment).map((p) => p.initializer)
      : [];
  const keysOf = (exprs: readonly TS.Expression[]): string[] =>
    exprs
      .map((e) => unwrap(ts, e))
      .filter(ts.isPropertyAccessExpression)
      .map((e) => table.byKey.get(e.name.text)?.name ?? e.name.text);
  for (const item of items) {
    const { root, links } = flattenChain(ts, unwrap(ts, item));
    const head = ts.isIdentifier(root) ? root.text : '';
    const on = links.find((l) => l.name === 'on')?.call?.arguments ?? [];
    if (head === 'unique' || head === 'uniqueIndex') applyKey(table.columns, keysOf(on), 'unique');
    else if (head === 'primaryKey') {
      const args = links[0]?.call?.arguments ?? [];
      const options = args[0] && ts.isObjectLiteralExpression(args[0]) ? args[0] : undefined;
      const columnsProp = options?.properties.find((p) => ts.isPropertyAssignment(p) && propName(ts, p.name) === 'columns');
      const list =
        columnsProp && ts.isPropertyAssignment(columnsProp) && ts.isArrayLiteralExpression(columnsProp.initializer)
          ? [...columnsProp.initializer.elements]
          : [...args];
      applyKey(table.columns, keysOf(list), 'primary');
    } else if (head === 'foreignKey') {
      const options = links[0]?.call?.arguments[0];
      if (!options || !ts.isObjectLiteralExpression(options)) continue;
      const list = (name: string): TS.Expression[] => {
        const p = options.properties.find((x) => ts.isPropertyAssignment(x) && propName(ts, x.name) === name);
        return p && ts.isPropertyAssignment(p) && ts.isArrayLiteralExpression(p.initializer) ? [...p.initializer.elements] : [];
      };
      const foreign = list('foreignColumns');
      list('columns').forEach((c, i) => {
        const local = unwrap(ts, c);
        const col = ts.isPropertyAccessExpression(local) ? table.byKey.get(local.name.text) : undefined;
        if (col && foreign[i]) table.pending.push({ col, target: foreign[i] });
      });
    }
  }
}

/** The expression an arrow or function returns: `(t) => ({…})`, `(t) => { return […]; }`. */
function returned(ts: TypeScriptApi, fn: TS.ArrowFunction | TS.FunctionExpression): TS.Expression | undefined {
  if (!ts.isBlock(fn.body)) return unwrap(ts, fn.body);
  for (const stmt of fn.body.statements) if (ts.isReturnStatement(stmt) && stmt.expression) return unwrap(ts, stmt.expression);
  return undefined;
}

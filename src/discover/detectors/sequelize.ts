import type * as TS from 'typescript';
import type { ColumnInfo, ServiceName } from '../../model.js';
import { constStrings, forEachDeep, lineOf, stringValue } from '../ast.js';
import type { DetectContext, Detector, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { exportedClients, isNewOf, withClients } from './exported-clients.js';
import {
  ModuleValues,
  Tables,
  boolValue,
  callLine,
  column,
  defaultText,
  forEachBinding,
  prop,
  propName,
  serviceFromOption,
  unwrap,
} from './db-common.js';

/** Model static methods and what they do. */
const OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  findAll: ['select'],
  findOne: ['select'],
  findByPk: ['select'],
  findAndCountAll: ['select'],
  count: ['select'],
  max: ['select'],
  min: ['select'],
  sum: ['select'],
  aggregate: ['select'],
  findOrCreate: ['insert', 'select'],
  findCreateFind: ['insert', 'select'],
  create: ['insert'],
  bulkCreate: ['insert'],
  update: ['update'],
  upsert: ['insert', 'update'],
  increment: ['update'],
  decrement: ['update'],
  restore: ['update'],
  destroy: ['delete'],
  truncate: ['delete'],
};

const DIALECTS: Readonly<Record<string, ServiceName>> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  sqlite: 'sqlite',
  mssql: 'none',
  db2: 'none',
  oracle: 'none',
  snowflake: 'none',
};

interface Model {
  /** The model name (`sequelize.define('User')`, `modelName`, or the class name). */
  name: string;
  /** The point's table: `tableName` when given, else the model name. */
  table: string;
  file: ParsedFile;
  node: TS.Node;
  /** The name the defining file binds the model to. */
  binding?: string;
  columns: ColumnInfo[];
  /** Columns by attribute name (an attribute's `field` may name its column differently). */
  attributes: Map<string, ColumnInfo>;
  underscored: boolean;
}

/**
 * Sequelize: models from `sequelize.define(…)` and `class X extends Model` + `X.init(…)`, with
 * their attributes (`allowNull`, `unique`, `primaryKey`, `references`) and associations, and the
 * model calls (`User.findAll()`, `db.User.create()`) that use them.
 */
export const sequelize: Detector = {
  name: 'sequelize',
  kind: 'db',
  packages: ['sequelize'],
  hints:
    /\.(?:define|init|belongsTo|hasMany|hasOne|findAll|findOne|findByPk|findAndCountAll|findOrCreate|create|bulkCreate|update|upsert|destroy|count)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const models = findModels(ctx);
    const byName = new Map(models.map((m) => [m.name, m]));
    const values: ModuleValues<Model> = new ModuleValues<Model>(ctx, (file) => {
      const out = new Map<string, Model>();
      for (const m of models) if (m.file === file && m.binding) out.set(m.binding, m);
      forEachBinding(ts, file.sf, (name, value) => {
        const known = values.valueOf(file, value);
        if (known && !out.has(name)) out.set(name, known);
      });
      return out;
    });
    const modelOf = (file: ParsedFile, expr: TS.Expression): Model | undefined => {
      const e = unwrap(ts, expr);
      const direct = values.valueOf(file, e);
      if (direct) return direct;
      // db.User / models.User / sequelize.models.User
      if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name))
        return byName.get(e.name.text) ?? models.find((m) => m.binding === e.name.text);
      return undefined;
    };
    for (const file of ctx.files) associations(ts, file, modelOf);

    const tables = new Tables();
    for (const m of models) tables.define(m.table, m.file.path, lineOf(m.file.sf, m.node), m.columns);
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const ops = OPERATIONS[node.expression.name.text];
        const model = ops ? modelOf(file, node.expression.expression) : undefined;
        if (model && ops) tables.use(model.table, ops, file.path, callLine(ts, file.sf, node));
      });
    }
    return withClients(
      tables.points('sequelize', serviceOf(ctx)),
      exportedClients(ctx, 'sequelize', (file, expr) =>
        isNewOf(ts, file, expr, 'Sequelize', (m) => m === 'sequelize' || m === 'sequelize-typescript'),
      ),
    );
  },
};

function findModels(ctx: DetectContext): Model[] {
  const { ts } = ctx;
  const models: Model[] = [];
  for (const file of ctx.files) {
    const consts = constStrings(ts, file.sf);
    const modelClasses = new Set<string>();
    forEachDeep(ts, file.sf, (node) => {
      if (ts.isClassDeclaration(node) && node.name && extendsModel(ts, node)) modelClasses.add(node.name.text);
    });
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const method = node.expression.name.text;
      const [a0, a1, a2] = node.arguments.map((a) => unwrap(ts, a));
      // sequelize.define('User', { … }, { … })
      if (method === 'define' && a0 && a1 && ts.isObjectLiteralExpression(a1)) {
        const name = stringValue(ts, a0, consts);
        if (name === undefined) return;
        const options = a2 && ts.isObjectLiteralExpression(a2) ? a2 : undefined;
        const parent = node.parent;
        const binding = ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
        models.push(model(ts, file, node, name, binding, a1, options));
      }
      // User.init({ … }, { sequelize, tableName })
      const target = node.expression.expression;
      if (method === 'init' && ts.isIdentifier(target) && modelClasses.has(target.text) && a0 && ts.isObjectLiteralExpression(a0)) {
        const options = a1 && ts.isObjectLiteralExpression(a1) ? a1 : undefined;
        const modelName = options && prop(ts, options, 'modelName');
        const name = (modelName && stringValue(ts, modelName, consts)) ?? target.text;
        const declaration = file.sf.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === target.text) ?? node;
        models.push(model(ts, file, declaration, name, target.text, a0, options));
      }
    });
  }
  return models;
}

function extendsModel(ts: TypeScriptApi, node: TS.ClassDeclaration): boolean {
  return Boolean(
    node.heritageClauses?.some((h) =>
      h.types.some((t) => {
        const e = t.expression;
        return (ts.isIdentifier(e) && e.text === 'Model') || (ts.isPropertyAccessExpression(e) && e.name.text === 'Model');
      }),
    ),
  );
}

function model(
  ts: TypeScriptApi,
  file: ParsedFile,
  node: TS.Node,
  name: string,
  binding: string | undefined,
  attributes: TS.ObjectLiteralExpression,
  options?: TS.ObjectLiteralExpression,
): Model {
  const opt = (key: string) => (options ? prop(ts, options, key) : undefined);
  const tableName = opt('tableName');
  const table = (tableName && stringValue(ts, tableName)) ?? name;
  const underscored = boolValue(ts, opt('underscored')) === true;
  const columns: ColumnInfo[] = [];
  const byAttribute = new Map<string, ColumnInfo>();
  for (const p of attributes.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const attr = propName(ts, p.name);
    if (attr === undefined) continue;
    const col = attributeColumn(ts, file, attr, unwrap(ts, p.initializer), underscored);
    columns.push(col);
    byAttribute.set(attr, col);
  }
  // Sequelize adds an `id` primary key when no attribute is one, and timestamps unless told not to.
  if (!columns.some((c) => c.primaryKey)) columns.unshift(column('id', 'INTEGER', { notNull: true, primaryKey: true }));
  if (boolValue(ts, opt('timestamps')) !== false) {
    for (const [key, fallback] of [
      ['createdAt', underscored ? 'created_at' : 'createdAt'],
      ['updatedAt', underscored ? 'updated_at' : 'updatedAt'],
    ] as const) {
      const custom = opt(key);
      if (custom && boolValue(ts, custom) === false) continue;
      const colName = (custom && stringValue(ts, custom)) ?? fallback;
      if (!columns.some((c) => c.name === colName)) columns.push(column(colName, 'DATE', { notNull: true }));
    }
    if (boolValue(ts, opt('paranoid')) === true) columns.push(column(underscored ? 'deleted_at' : 'deletedAt', 'DATE'));
  }
  return { name, table, file, node, binding, columns, attributes: byAttribute, underscored };
}

/** `email: DataTypes.STRING` or `email: { type: DataTypes.STRING(120), allowNull: false, unique: true, … }`. */
function attributeColumn(ts: TypeScriptApi, file: ParsedFile, attr: string, value: TS.Expression, underscored: boolean): ColumnInfo {
  const options = ts.isObjectLiteralExpression(value) ? value : undefined;
  const opt = (key: string) => (options ? prop(ts, options, key) : undefined);
  const field = opt('field');
  const name = (field && stringValue(ts, field)) ?? (underscored ? snake(attr) : attr);
  const typeExpr = options ? opt('type') : value;
  const primaryKey = boolValue(ts, opt('primaryKey')) === true;
  const unique = opt('unique');
  const col = column(name, typeExpr ? dataType(ts, file, typeExpr) : '', {
    notNull: primaryKey || boolValue(ts, opt('allowNull')) === false,
    unique: Boolean(unique && (boolValue(ts, unique) === true || ts.isStringLiteralLike(unique) || ts.isObjectLiteralExpression(unique))),
    primaryKey,
  });
  const dflt = opt('defaultValue');
  if (dflt) col.default = defaultText(ts, dflt, file.sf);
  const references = opt('references');
  if (references && ts.isObjectLiteralExpression(references)) {
    const target = prop(ts, references, 'model');
    const key = prop(ts, references, 'key');
    const table = target ? (stringValue(ts, target) ?? unwrap(ts, target).getText(file.sf)) : undefined;
    if (table) col.references = { table, column: (key && stringValue(ts, key)) ?? 'id' };
  }
  return col;
}

/** `DataTypes.STRING(120)` → `STRING`, `Sequelize.ENUM('a', 'b')` → `ENUM`. */
function dataType(ts: TypeScriptApi, file: ParsedFile, expr: TS.Expression): string {
  let e = unwrap(ts, expr);
  if (ts.isCallExpression(e)) e = e.expression;
  if (ts.isPropertyAccessExpression(e)) {
    // DataTypes.INTEGER.UNSIGNED → INTEGER
    let access: TS.PropertyAccessExpression = e;
    while (ts.isPropertyAccessExpression(access.expression) && /^[A-Z0-9_]+$/.test(access.expression.name.text)) access = access.expression;
    return access.name.text;
  }
  return e.getText(file.sf);
}

/** `A.belongsTo(B, { foreignKey })`, `A.hasMany(B)`, `A.hasOne(B)`: the foreign-key column and what it references. */
function associations(ts: TypeScriptApi, file: ParsedFile, modelOf: (file: ParsedFile, expr: TS.Expression) => Model | undefined): void {
  forEachDeep(ts, file.sf, (node) => {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
    const kind = node.expression.name.text;
    if (kind !== 'belongsTo' && kind !== 'hasMany' && kind !== 'hasOne') return;
    const source = modelOf(file, node.expression.expression);
    const target = node.arguments[0] ? modelOf(file, node.arguments[0]) : undefined;
    if (!source || !target) return;
    const options =
      node.arguments[1] && ts.isObjectLiteralExpression(unwrap(ts, node.arguments[1]))
        ? (unwrap(ts, node.arguments[1]) as TS.ObjectLiteralExpression)
        : undefined;
    const [owner, referenced] = kind === 'belongsTo' ? [source, target] : [target, source];
    const fk = options && prop(ts, options, 'foreignKey');
    const fkOptions = fk && ts.isObjectLiteralExpression(unwrap(ts, fk)) ? (unwrap(ts, fk) as TS.ObjectLiteralExpression) : undefined;
    const as = options && prop(ts, options, 'as');
    const base = kind === 'belongsTo' ? ((as && stringValue(ts, as)) ?? referenced.name) : referenced.name;
    const fallback = owner.underscored ? `${snake(base)}_id` : `${lowerFirst(base)}Id`;
    const name =
      (fkOptions
        ? stringValue(ts, prop(ts, fkOptions, 'name') ?? ts.factory.createStringLiteral(fallback))
        : fk
          ? stringValue(ts, fk)
          : undefined) ?? fallback;
    const keyOption = options && prop(ts, options, kind === 'belongsTo' ? 'targetKey' : 'sourceKey');
    const pk = referenced.columns.find((c) => c.primaryKey);
    const refColumn = (keyOption && stringValue(ts, keyOption)) ?? pk?.name ?? 'id';
    const allowNull = fkOptions ? boolValue(ts, prop(ts, fkOptions, 'allowNull')) : undefined;
    let col = owner.attributes.get(name) ?? owner.columns.find((c) => c.name === name);
    if (!col) {
      col = column(owner.underscored ? snake(name) : name, pk?.type ?? 'INTEGER');
      owner.columns.push(col);
      owner.attributes.set(name, col);
    }
    if (allowNull === false) col.notNull = true;
    col.references = { table: referenced.table, column: refColumn };
  });
}

/** `dialect: 'postgres'` in the Sequelize options, or the scheme of a connection URL. */
function serviceOf(ctx: DetectContext): ServiceName {
  const { ts } = ctx;
  const files = ctx.files.filter((f) => f.imports.some((b) => b.module === 'sequelize'));
  const found = serviceFromOption(ts, files, 'dialect', DIALECTS);
  if (found) return found;
  for (const file of files) {
    const m = /['"`](postgres(?:ql)?|mysql|mariadb|sqlite):\/\//.exec(file.text);
    if (m) return DIALECTS[m[1]!]!;
  }
  return 'postgres';
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function snake(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

import type * as TS from 'typescript';
import type { ColumnInfo } from '../../model.js';
import { constStrings, forEachDeep, lineOf, stringValue } from '../ast.js';
import type { Detector, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { bulkOperations } from './mongodb.js';
import { ModuleValues, Tables, boolValue, callLine, column, defaultText, prop, propName, unwrap } from './db-common.js';

/** Model static methods and what they do. */
const OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  find: ['select'],
  findOne: ['select'],
  findById: ['select'],
  countDocuments: ['select'],
  estimatedDocumentCount: ['select'],
  exists: ['select'],
  distinct: ['select'],
  aggregate: ['select'],
  create: ['insert'],
  insertMany: ['insert'],
  updateOne: ['update'],
  updateMany: ['update'],
  replaceOne: ['update'],
  findByIdAndUpdate: ['update'],
  findOneAndUpdate: ['update'],
  findOneAndReplace: ['update'],
  deleteOne: ['delete'],
  deleteMany: ['delete'],
  findByIdAndDelete: ['delete'],
  findOneAndDelete: ['delete'],
  findByIdAndRemove: ['delete'],
  findOneAndRemove: ['delete'],
};

interface MongooseModel {
  name: string;
  /** The point's table: the collection when given, else the model name. */
  key: string;
  file: ParsedFile;
  node: TS.CallExpression;
  columns: ColumnInfo[];
  /** `ref: 'Org'` targets, by model name, resolved once every model is known. */
  refs: { col: ColumnInfo; model: string }[];
}

/**
 * Mongoose: `model('User', userSchema)` models with the fields of their schema (`required`,
 * `unique`, `default`, `ref`), and the model calls (`User.find()`, `new User().save()`) on them.
 */
export const mongoose: Detector = {
  name: 'mongoose',
  kind: 'db',
  packages: ['mongoose'],
  hints: /\.(?:find\w*|create|insertMany|update\w*|delete\w*|countDocuments|aggregate|exists|model)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const models: MongooseModel[] = [];
    const bindings = new Map<string, Map<string, MongooseModel>>();
    for (const file of ctx.files) findModels(ts, file, models, bindings);
    const byName = new Map(models.map((m) => [m.name, m]));
    for (const m of models) for (const { col, model } of m.refs) col.references = { table: byName.get(model)?.key ?? model, column: '_id' };

    const values: ModuleValues<MongooseModel> = new ModuleValues<MongooseModel>(
      ctx,
      (file) => bindings.get(file.path) ?? new Map(),
      (file, expr) => modelAt(ts, expr, models),
    );
    const modelOf = (file: ParsedFile, expr: TS.Expression): MongooseModel | undefined => {
      const e = unwrap(ts, expr);
      const tracked = values.valueOf(file, e);
      if (tracked) return tracked;
      // mongoose.models.User; mongoose.model('User')
      if (ts.isPropertyAccessExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'models')
        return byName.get(e.name.text);
      if (ts.isCallExpression(e) && e.arguments.length === 1 && calleeIs(ts, e, 'model')) {
        const name = stringValue(ts, e.arguments[0]!);
        return name !== undefined ? byName.get(name) : undefined;
      }
      return undefined;
    };

    const tables = new Tables();
    for (const m of models) tables.define(m.key, m.file.path, lineOf(m.file.sf, m.node), m.columns);
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (ts.isNewExpression(node)) {
          const model = modelOf(file, node.expression);
          if (model) tables.use(model.key, ['insert'], file.path, lineOf(file.sf, node));
          return;
        }
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        const ops = method === 'bulkWrite' ? bulkOperations(node.arguments[0]?.getText(file.sf) ?? '') : OPERATIONS[method];
        const model = ops ? modelOf(file, node.expression.expression) : undefined;
        if (model && ops) tables.use(model.key, ops, file.path, callLine(ts, file.sf, node));
      });
    }
    return tables.points('mongoose', 'mongodb');
  },
};

function calleeIs(ts: TypeScriptApi, call: TS.CallExpression, name: string): boolean {
  const callee = call.expression;
  return (ts.isIdentifier(callee) && callee.text === name) || (ts.isPropertyAccessExpression(callee) && callee.name.text === name);
}

/** The model an `export default` expression defines: `model('User', s)` or `models.User || model('User', s)`. */
function modelAt(ts: TypeScriptApi, expr: TS.Expression, models: readonly MongooseModel[]): MongooseModel | undefined {
  const e = unwrap(ts, expr);
  if (ts.isBinaryExpression(e)) return modelAt(ts, e.right, models) ?? modelAt(ts, e.left, models);
  return ts.isCallExpression(e) ? models.find((m) => m.node === e) : undefined;
}

/** `model('User', schema, 'people')` calls of a file, with the schema they compile. */
function findModels(ts: TypeScriptApi, file: ParsedFile, models: MongooseModel[], bindings: Map<string, Map<string, MongooseModel>>): void {
  const consts = constStrings(ts, file.sf);
  const schemas = new Map<string, TS.NewExpression>();
  forEachDeep(ts, file.sf, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = unwrap(ts, node.initializer);
      if (isSchema(ts, init)) schemas.set(node.name.text, init);
    }
  });
  const local = new Map<string, MongooseModel>();
  forEachDeep(ts, file.sf, (node) => {
    if (!ts.isCallExpression(node) || !calleeIs(ts, node, 'model') || node.arguments.length < 2) return;
    const [a0, a1, a2] = node.arguments.map((a) => unwrap(ts, a));
    const name = stringValue(ts, a0!, consts);
    if (name === undefined) return;
    const schema = isSchema(ts, a1!) ? a1 : ts.isIdentifier(a1!) ? schemas.get(a1.text) : undefined;
    const fields = schema?.arguments?.[0] ? unwrap(ts, schema.arguments[0]) : undefined;
    const options = schema?.arguments?.[1] ? unwrap(ts, schema.arguments[1]) : undefined;
    const opts = options && ts.isObjectLiteralExpression(options) ? options : undefined;
    const collectionOption = opts ? prop(ts, opts, 'collection') : undefined;
    const collection = (a2 && stringValue(ts, a2, consts)) ?? (collectionOption && stringValue(ts, collectionOption, consts));
    const model: MongooseModel = { name, key: collection ?? name, file, node, columns: [], refs: [] };
    if (fields && ts.isObjectLiteralExpression(fields)) readFields(ts, file, fields, '', model, schemas);
    if (!opts || boolValue(ts, prop(ts, opts, '_id')) !== false)
      model.columns.unshift(column('_id', 'objectid', { notNull: true, primaryKey: true }));
    timestamps(ts, opts, model);
    models.push(model);
    const binding = bindingOf(ts, node);
    if (binding) local.set(binding, model);
  });
  bindings.set(file.path, local);
}

/** `const User = model(…)`, `const User = models.User || model(…)`. */
function bindingOf(ts: TypeScriptApi, node: TS.Node): string | undefined {
  let cur: TS.Node = node;
  while (cur.parent && (ts.isBinaryExpression(cur.parent) || ts.isParenthesizedExpression(cur.parent) || ts.isAsExpression(cur.parent)))
    cur = cur.parent;
  const parent = cur.parent;
  return parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}

function isSchema(ts: TypeScriptApi, expr: TS.Expression): expr is TS.NewExpression {
  if (!ts.isNewExpression(expr)) return false;
  const callee = expr.expression;
  return (ts.isIdentifier(callee) && callee.text === 'Schema') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'Schema');
}

function readFields(
  ts: TypeScriptApi,
  file: ParsedFile,
  obj: TS.ObjectLiteralExpression,
  prefix: string,
  model: MongooseModel,
  schemas: ReadonlyMap<string, TS.NewExpression>,
): void {
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const key = propName(ts, p.name);
    if (key === undefined) continue;
    const name = prefix + key;
    const value = unwrap(ts, p.initializer);
    // Nested paths (`address: { city: String }`) are fields of their own; `{ type: … }` is one field.
    if (ts.isObjectLiteralExpression(value) && !prop(ts, value, 'type')) {
      readFields(ts, file, value, `${name}.`, model, schemas);
      continue;
    }
    const options = ts.isObjectLiteralExpression(value) ? value : undefined;
    const typeExpr = options ? prop(ts, options, 'type')! : value;
    const col = column(name, typeName(ts, typeExpr, schemas));
    if (options) {
      const required = prop(ts, options, 'required');
      const req = required ? unwrap(ts, required) : undefined;
      col.notNull = Boolean(
        req && (boolValue(ts, req) === true || (ts.isArrayLiteralExpression(req) && boolValue(ts, req.elements[0]) === true)),
      );
      col.unique = boolValue(ts, prop(ts, options, 'unique')) === true;
      const dflt = prop(ts, options, 'default');
      if (dflt) col.default = defaultText(ts, dflt, file.sf);
      const ref = prop(ts, options, 'ref');
      const target = ref ? stringValue(ts, ref) : undefined;
      if (target) model.refs.push({ col, model: target });
    }
    // [{ type: ObjectId, ref: 'Tag' }]
    const element = ts.isArrayLiteralExpression(typeExpr) ? typeExpr.elements[0] : undefined;
    const elementOptions =
      element && ts.isObjectLiteralExpression(unwrap(ts, element)) ? (unwrap(ts, element) as TS.ObjectLiteralExpression) : undefined;
    const elementRef = elementOptions ? prop(ts, elementOptions, 'ref') : undefined;
    const elementTarget = elementRef ? stringValue(ts, elementRef) : undefined;
    if (elementTarget) model.refs.push({ col, model: elementTarget });
    model.columns.push(col);
  }
}

/** `String` → string, `Schema.Types.ObjectId` → objectid, `[String]` → string[], a sub-schema → subdocument. */
function typeName(ts: TypeScriptApi, expr: TS.Expression, schemas: ReadonlyMap<string, TS.NewExpression>): string {
  const e = unwrap(ts, expr);
  if (ts.isArrayLiteralExpression(e)) {
    const first = e.elements[0];
    if (!first) return 'array';
    const inner = unwrap(ts, first);
    const options = ts.isObjectLiteralExpression(inner) ? prop(ts, inner, 'type') : undefined;
    return `${typeName(ts, options ?? inner, schemas)}[]`;
  }
  if (ts.isIdentifier(e) && schemas.has(e.text)) return 'subdocument';
  if (isSchema(ts, e) || ts.isObjectLiteralExpression(e)) return 'subdocument';
  if (ts.isStringLiteralLike(e)) return e.text.toLowerCase();
  if (ts.isIdentifier(e)) return e.text.toLowerCase();
  if (ts.isPropertyAccessExpression(e)) return e.name.text.toLowerCase();
  return 'mixed';
}

/** `timestamps: true` or `timestamps: { createdAt: 'created_at' }` in the schema options. */
function timestamps(ts: TypeScriptApi, options: TS.ObjectLiteralExpression | undefined, model: MongooseModel): void {
  const value = options ? prop(ts, options, 'timestamps') : undefined;
  if (!value) return;
  const v = unwrap(ts, value);
  const custom = ts.isObjectLiteralExpression(v) ? v : undefined;
  if (!custom && boolValue(ts, v) !== true) return;
  for (const key of ['createdAt', 'updatedAt']) {
    const setting = custom ? prop(ts, custom, key) : undefined;
    if (setting && boolValue(ts, setting) === false) continue;
    const name = (setting && stringValue(ts, setting)) ?? key;
    model.columns.push(column(name, 'date', { notNull: true }));
  }
}

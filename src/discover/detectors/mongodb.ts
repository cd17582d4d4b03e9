import type * as TS from 'typescript';
import { constStrings, forEachDeep, stringValue } from '../ast.js';
import type { Detector, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { ModuleValues, Tables, callLine, forEachBinding, unwrap } from './db-common.js';

/** Collection methods and what they do. */
const OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  find: ['select'],
  findOne: ['select'],
  aggregate: ['select'],
  countDocuments: ['select'],
  estimatedDocumentCount: ['select'],
  distinct: ['select'],
  watch: ['select'],
  insertOne: ['insert'],
  insertMany: ['insert'],
  updateOne: ['update'],
  updateMany: ['update'],
  replaceOne: ['update'],
  findOneAndUpdate: ['update'],
  findOneAndReplace: ['update'],
  deleteOne: ['delete'],
  deleteMany: ['delete'],
  findOneAndDelete: ['delete'],
};

const BULK: Readonly<Record<string, string>> = {
  insertOne: 'insert',
  updateOne: 'update',
  updateMany: 'update',
  replaceOne: 'update',
  deleteOne: 'delete',
  deleteMany: 'delete',
};

/** What a `bulkWrite([...])` does, from the operation keys it is given; all three when they cannot be seen. */
export function bulkOperations(argumentText: string): string[] {
  const ops = new Set(
    [...argumentText.matchAll(/\b(insertOne|updateOne|updateMany|replaceOne|deleteOne|deleteMany)\s*:/g)].map((m) => BULK[m[1]!]!),
  );
  return ops.size ? [...ops] : ['delete', 'insert', 'update'];
}

/** A collection handle: a value (`db.collection('orders')`) or a function returning one. */
interface Handle {
  collection: string;
  fn: boolean;
}

/**
 * The MongoDB driver: `db.collection('orders')` handles (in variables, class fields, exported
 * constants or accessor functions) and the operations called on them, by collection.
 */
export const mongodb: Detector = {
  name: 'mongodb',
  kind: 'db',
  packages: ['mongodb'],
  hints:
    /\.collection\(|\.(?:find|findOne|insertOne|insertMany|updateOne|updateMany|deleteOne|deleteMany|aggregate|countDocuments|bulkWrite)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const tables = new Tables();
    const handles: ModuleValues<Handle> = new ModuleValues<Handle>(ctx, (file) => handleLocals(ts, file, handles));
    for (const file of ctx.files) {
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        if ((method === 'collection' || method === 'createCollection') && node.arguments[0]) {
          const name = stringValue(ts, node.arguments[0], consts);
          if (name !== undefined) tables.define(name, file.path, callLine(ts, file.sf, node));
          return;
        }
        const ops = method === 'bulkWrite' ? bulkOperations(node.arguments[0]?.getText(file.sf) ?? '') : OPERATIONS[method];
        const handle = ops ? handleOf(ts, file, node.expression.expression, handles) : undefined;
        if (handle && ops) tables.use(handle, ops, file.path, callLine(ts, file.sf, node));
      });
    }
    return tables.points('mongodb', 'mongodb');
  },
};

/** The collection an expression is a handle to: `x.collection('c')`, a tracked name, or a call of an accessor function. */
function handleOf(ts: TypeScriptApi, file: ParsedFile, expr: TS.Expression, handles: ModuleValues<Handle>): string | undefined {
  const e = unwrap(ts, expr);
  const direct = collectionCall(ts, e, file);
  if (direct !== undefined) return direct;
  if (ts.isCallExpression(e) && e.arguments.length === 0) {
    const fn = handles.valueOf(file, e.expression);
    return fn?.fn ? fn.collection : undefined;
  }
  const value = handles.valueOf(file, e);
  return value && !value.fn ? value.collection : undefined;
}

function collectionCall(ts: TypeScriptApi, expr: TS.Expression, file: ParsedFile): string | undefined {
  const e = unwrap(ts, expr);
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.expression.name.text !== 'collection' || !e.arguments[0])
    return undefined;
  let consts = constCache.get(file.sf);
  if (!consts) {
    consts = constStrings(ts, file.sf);
    constCache.set(file.sf, consts);
  }
  return stringValue(ts, e.arguments[0], consts);
}

const constCache = new WeakMap<TS.SourceFile, Map<string, string>>();

/** Names bound to handles in a file: `const orders = db.collection('orders')`, `this.orders = …`, `const orders = () => db.collection('orders')`, `function orders() { return … }`. */
function handleLocals(ts: TypeScriptApi, file: ParsedFile, handles: ModuleValues<Handle>): Map<string, Handle> {
  const out = new Map<string, Handle>();
  const returnedCollection = (fn: TS.FunctionLikeDeclaration): string | undefined => {
    const body = fn.body;
    if (!body) return undefined;
    if (!ts.isBlock(body)) return collectionCall(ts, body as TS.Expression, file);
    let found: string | undefined;
    forEachDeep(ts, body, (n) => {
      if (found === undefined && ts.isReturnStatement(n) && n.expression) found = collectionCall(ts, n.expression, file);
    });
    return found;
  };
  forEachBinding(ts, file.sf, (name, value) => {
    const v = unwrap(ts, value);
    const direct = collectionCall(ts, v, file);
    if (direct !== undefined) out.set(name, { collection: direct, fn: false });
    else if (ts.isArrowFunction(v) || ts.isFunctionExpression(v)) {
      const c = returnedCollection(v);
      if (c !== undefined) out.set(name, { collection: c, fn: true });
    } else {
      const alias = handles.valueOf(file, v);
      if (alias) out.set(name, alias);
    }
  });
  forEachDeep(ts, file.sf, (n) => {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessorDeclaration(n)) && n.name && ts.isIdentifier(n.name)) {
      const c = returnedCollection(n);
      if (c === undefined) return;
      // A getter reads as a value (`this.orders.find()`), a method or function is called.
      const member = ts.isMethodDeclaration(n) || ts.isGetAccessorDeclaration(n);
      out.set(member ? `this.${n.name.text}` : n.name.text, { collection: c, fn: !ts.isGetAccessorDeclaration(n) });
    }
  });
  return out;
}

import type * as TS from 'typescript';
import type { JsonSchemaLike } from '../../model.js';
import type { TypeScriptApi } from '../parser.js';
import { unwrapValue } from '../detectors/unwrap.js';

type Lookup = (name: string) => TS.Expression | undefined;

/** A schema, and whether an object may leave the key out (`.optional()`, `.nullish()`, `.default(x)`, `.catch(x)`). */
interface Read {
  schema: JsonSchemaLike;
  optional: boolean;
}

const MAX_DEPTH = 30;

/** String formats zod checks, by method (`z.string().email()`) or zod 4 top-level builder (`z.email()`). */
const FORMATS: Readonly<Record<string, string>> = {
  email: 'email',
  uuid: 'uuid',
  uuidv4: 'uuid',
  uuidv6: 'uuid',
  uuidv7: 'uuid',
  guid: 'uuid',
  url: 'url',
  httpUrl: 'url',
  datetime: 'date-time',
  date: 'date',
  time: 'time',
  duration: 'duration',
  ip: 'ip',
  ipv4: 'ipv4',
  ipv6: 'ipv6',
  cidrv4: 'cidrv4',
  cidrv6: 'cidrv6',
  hostname: 'hostname',
  emoji: 'emoji',
  base64: 'base64',
  base64url: 'base64url',
  jwt: 'jwt',
  nanoid: 'nanoid',
  cuid: 'cuid',
  cuid2: 'cuid2',
  ulid: 'ulid',
  e164: 'e164',
};

/** Methods that let an object leave the key out: the input may be `undefined`. */
const OPTIONAL = new Set(['optional', 'nullish', 'default', 'prefault', 'catch']);

/**
 * Reads a zod schema expression (`z.object({ name: z.string().min(1) })`, zod 3 or 4) into a JSON-schema-like shape:
 * what a request must send. Types, required keys (`.optional()`, `.default()`, `.partial()`…), bounds, enums, formats
 * (`.email()`, `z.uuid()`, `z.iso.date()`) and patterns (`.regex()`); refinements and transforms change nothing a
 * request must send, so they pass through.
 */
export function zodToSchema(ts: TypeScriptApi, expr: TS.Expression, lookup: Lookup, depth = 0): JsonSchemaLike | undefined {
  return read(ts, expr, lookup, depth)?.schema;
}

function read(ts: TypeScriptApi, expr: TS.Expression, lookup: Lookup, depth: number): Read | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const e = unwrapValue(ts, expr);
  if (ts.isIdentifier(e)) return readBound(ts, e, lookup, depth, (bound) => read(ts, bound, lookup, depth + 1));
  if (ts.isPropertyAccessExpression(e)) return member(ts, e, lookup, depth);
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression)) return undefined;
  const method = e.expression.name.text;
  const target = e.expression.expression;
  const root = rootOf(ts, target);
  if (root) return builder(ts, root, method, e.arguments, lookup, depth);
  const inner = read(ts, target, lookup, depth + 1);
  return inner && refined(ts, inner, method, e.arguments, lookup, depth);
}

/** `z`, `z.coerce` or `z.iso`: what a builder is called on. */
function rootOf(ts: TypeScriptApi, expr: TS.Expression): 'z' | 'coerce' | 'iso' | undefined {
  const isZ = (e: TS.Expression): boolean => ts.isIdentifier(e) && (e.text === 'z' || e.text === 'zod');
  if (isZ(expr)) return 'z';
  if (ts.isPropertyAccessExpression(expr) && isZ(expr.expression) && (expr.name.text === 'coerce' || expr.name.text === 'iso'))
    return expr.name.text;
  return undefined;
}

const required = (schema: JsonSchemaLike): Read => ({ schema, optional: false });

/** `z.string()`, `z.coerce.number()`, `z.iso.date()`, `z.email()`, `z.object({…})`, `z.enum([…])`, `z.optional(S)`… */
function builder(
  ts: TypeScriptApi,
  root: 'z' | 'coerce' | 'iso',
  method: string,
  args: TS.NodeArray<TS.Expression>,
  lookup: Lookup,
  depth: number,
): Read | undefined {
  const arg = (i: number): Read | undefined => (args[i] ? read(ts, args[i], lookup, depth + 1) : undefined);
  if (root === 'iso') return FORMATS[method] ? required({ type: 'string', format: FORMATS[method] }) : undefined;
  switch (method) {
    case 'string':
      return required({ type: 'string' });
    case 'number':
    case 'float32':
    case 'float64':
      return required({ type: 'number' });
    case 'int':
    case 'int32':
    case 'uint32':
    case 'safeint':
    case 'bigint':
      return required({ type: 'integer' });
    case 'boolean':
      return required({ type: 'boolean' });
    // JSON has no dates: only a coerced date reads one, from an ISO string.
    case 'date':
      return required(root === 'coerce' ? { type: 'string', format: 'date-time' } : {});
    case 'any':
    case 'unknown':
      return required({});
    case 'literal':
      return literalSchema(ts, args[0], lookup);
    case 'enum':
    case 'nativeEnum':
      return required(enumSchema(ts, args[0], lookup));
    case 'union':
      return unionOf(elementsOf(ts, args[0], lookup).map((o) => read(ts, o, lookup, depth + 1)));
    case 'discriminatedUnion':
      return unionOf(elementsOf(ts, args.at(-1), lookup).map((o) => read(ts, o, lookup, depth + 1)));
    case 'array': {
      const items = arg(0)?.schema;
      return required({ type: 'array', ...(items ? { items } : {}) });
    }
    case 'tuple':
      return required({ type: 'array' });
    case 'record':
    case 'map':
      return required({ type: 'object' });
    case 'object':
    case 'strictObject':
    case 'looseObject':
      return required(objectSchema(ts, args[0], lookup, depth));
    case 'optional':
    case 'nullish': {
      const inner = arg(0);
      return inner && { schema: inner.schema, optional: true };
    }
    case 'nullable':
    case 'readonly':
      return arg(0);
    // `z.preprocess(fn, S)` reads with S; `z.pipe(A, B)` takes what A takes.
    case 'preprocess':
      return arg(1);
    case 'pipe':
      return arg(0);
    default:
      return FORMATS[method] ? required({ type: 'string', format: FORMATS[method] }) : undefined;
  }
}

/** What a method called on a schema makes of it. Methods it does not know (refinements, transforms, metadata) change nothing. */
function refined(ts: TypeScriptApi, inner: Read, method: string, args: TS.NodeArray<TS.Expression>, lookup: Lookup, depth: number): Read {
  const { schema } = inner;
  const changed = (changes: JsonSchemaLike): Read => {
    const known = Object.entries(changes).filter(([, v]) => v !== undefined);
    return { schema: { ...schema, ...Object.fromEntries(known) }, optional: inner.optional };
  };
  const num = numberArg(ts, args[0]);
  const isString = schema.type === 'string';
  const isNumber = schema.type === 'number' || schema.type === 'integer';
  // Exclusive bounds as inclusive ones: the next integer, or a hundredth for decimals.
  const step = schema.type === 'integer' ? 1 : 0.01;
  if (OPTIONAL.has(method)) return { schema, optional: true };
  if (FORMATS[method] && isString) return changed({ format: FORMATS[method] });
  switch (method) {
    case 'min':
    case 'gte':
      return isString ? changed({ minLength: num }) : isNumber ? changed({ minimum: num }) : inner;
    case 'max':
    case 'lte':
      return isString ? changed({ maxLength: num }) : isNumber ? changed({ maximum: num }) : inner;
    case 'length':
      return isString ? changed({ minLength: num, maxLength: num }) : inner;
    case 'nonempty':
      return isString ? changed({ minLength: 1 }) : inner;
    case 'gt':
      return isNumber && num !== undefined ? changed({ minimum: num + step }) : inner;
    case 'lt':
      return isNumber && num !== undefined ? changed({ maximum: num - step }) : inner;
    case 'positive':
      return changed({ minimum: step });
    case 'nonnegative':
      return changed({ minimum: 0 });
    case 'negative':
      return changed({ maximum: -step });
    case 'nonpositive':
      return changed({ maximum: 0 });
    case 'int':
      return changed({
        type: 'integer',
        ...(schema.minimum !== undefined ? { minimum: Math.ceil(schema.minimum) } : {}),
        ...(schema.maximum !== undefined ? { maximum: Math.floor(schema.maximum) } : {}),
      });
    case 'regex': {
      const pattern = patternOf(ts, args[0], lookup);
      return pattern === undefined ? inner : changed({ pattern });
    }
    case 'nonoptional':
      return { schema, optional: false };
    case 'required':
      return schema.type === 'object' ? changed(presence(schema, args[0], ts, lookup, true)) : { schema, optional: false };
    case 'partial':
      return schema.type === 'object' ? changed(presence(schema, args[0], ts, lookup, false)) : inner;
    case 'pick':
    case 'omit': {
      const keys = maskKeys(ts, args[0], lookup);
      if (schema.type !== 'object' || !keys) return inner;
      const keep = (k: string): boolean => keys.includes(k) === (method === 'pick');
      return changed({
        properties: Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([k]) => keep(k))),
        required: (schema.required ?? []).filter(keep),
      });
    }
    case 'extend':
    case 'safeExtend':
      return schema.type === 'object' ? changed(merged(schema, objectSchema(ts, args[0], lookup, depth))) : inner;
    case 'merge':
    case 'and': {
      const other = args[0] ? read(ts, args[0], lookup, depth + 1)?.schema : undefined;
      return schema.type === 'object' && other?.type === 'object' ? changed(merged(schema, other)) : inner;
    }
    case 'keyof':
      return required({ type: 'string', enum: Object.keys(schema.properties ?? {}) });
    case 'array':
      return required({ type: 'array', items: schema });
    case 'or':
      return unionOf([inner, args[0] ? read(ts, args[0], lookup, depth + 1) : undefined]) ?? inner;
    default:
      return inner;
  }
}

/** `.partial()` / `.required()`, on every key or on those a mask names (`.partial({ name: true })`). */
function presence(
  schema: JsonSchemaLike,
  mask: TS.Expression | undefined,
  ts: TypeScriptApi,
  lookup: Lookup,
  present: boolean,
): JsonSchemaLike {
  const all = Object.keys(schema.properties ?? {});
  const keys = mask ? (maskKeys(ts, mask, lookup) ?? []) : all;
  const before = new Set(schema.required ?? []);
  return { required: all.filter((k) => (keys.includes(k) ? present : before.has(k))) };
}

function merged(a: JsonSchemaLike, b: JsonSchemaLike): JsonSchemaLike {
  const properties = { ...a.properties, ...b.properties };
  const overridden = new Set(Object.keys(b.properties ?? {}));
  const req = new Set([...(a.required ?? []).filter((k) => !overridden.has(k)), ...(b.required ?? [])]);
  return { properties, required: Object.keys(properties).filter((k) => req.has(k)) };
}

/** `z.object({ a: …, b, ...base, ...Other.shape })`: keys in order, a later key overriding an earlier one. */
function objectSchema(ts: TypeScriptApi, shape: TS.Expression | undefined, lookup: Lookup, depth: number): JsonSchemaLike {
  const literal = shape && objectLiteral(ts, shape, lookup, depth);
  if (!literal) return { type: 'object' };
  let out: JsonSchemaLike = { type: 'object', properties: {}, required: [] };
  for (const prop of literal.properties) {
    if (ts.isSpreadAssignment(prop)) {
      const spread = spreadSchema(ts, prop.expression, lookup, depth);
      if (spread) out = { type: 'object', ...merged(out, spread) };
      continue;
    }
    const name =
      ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop)
        ? ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) || ts.isNumericLiteral(prop.name)
          ? prop.name.text
          : undefined
        : undefined;
    if (name === undefined) continue;
    const value = ts.isPropertyAssignment(prop) ? prop.initializer : (prop as TS.ShorthandPropertyAssignment).name;
    const r = read(ts, value, lookup, depth + 1) ?? { schema: {}, optional: false };
    out = { type: 'object', ...merged(out, { properties: { [name]: r.schema }, required: r.optional ? [] : [name] }) };
  }
  return out;
}

/** What `...x` adds to a shape: an object of schemas (`...fields`), or a schema's (`...Base.shape`). */
function spreadSchema(ts: TypeScriptApi, expr: TS.Expression, lookup: Lookup, depth: number): JsonSchemaLike | undefined {
  const e = unwrapValue(ts, expr);
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'shape') return read(ts, e.expression, lookup, depth + 1)?.schema;
  return objectLiteral(ts, e, lookup, depth) ? objectSchema(ts, e, lookup, depth + 1) : undefined;
}

/** `fields.title` (an object of schemas) or `Schema.shape.title`. */
function member(ts: TypeScriptApi, e: TS.PropertyAccessExpression, lookup: Lookup, depth: number): Read | undefined {
  const key = e.name.text;
  const base = unwrapValue(ts, e.expression);
  if (ts.isPropertyAccessExpression(base) && base.name.text === 'shape') {
    const owner = read(ts, base.expression, lookup, depth + 1)?.schema;
    const schema = owner?.properties?.[key];
    return schema && { schema, optional: !(owner.required ?? []).includes(key) };
  }
  const literal = objectLiteral(ts, base, lookup, depth);
  const prop = literal?.properties.find(
    (p): p is TS.PropertyAssignment | TS.ShorthandPropertyAssignment =>
      (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === key,
  );
  if (!prop) return undefined;
  return read(ts, ts.isPropertyAssignment(prop) ? prop.initializer : prop.name, lookup, depth + 1);
}

function objectLiteral(ts: TypeScriptApi, expr: TS.Expression, lookup: Lookup, depth: number): TS.ObjectLiteralExpression | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const e = unwrapValue(ts, expr);
  if (ts.isObjectLiteralExpression(e)) return e;
  return ts.isIdentifier(e) ? readBound(ts, e, lookup, depth, (bound) => objectLiteral(ts, bound, lookup, depth + 1)) : undefined;
}

/**
 * Reads what a name is bound to: a declaration in scope where the name is written (which may be another module than the
 * one `lookup` searches, for a schema built from pieces of its own module), else what `lookup` finds.
 */
function readBound<T>(
  ts: TypeScriptApi,
  ident: TS.Identifier,
  lookup: Lookup,
  depth: number,
  readValue: (bound: TS.Expression) => T | undefined,
): T | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const local = scopedValue(ts, ident);
  const fromScope = local && readValue(local);
  if (fromScope !== undefined) return fromScope;
  const bound = lookup(ident.text);
  return bound && bound !== local ? readValue(bound) : undefined;
}

function scopedValue(ts: TypeScriptApi, ident: TS.Identifier): TS.Expression | undefined {
  for (let n: TS.Node | undefined = ident.parent; n; n = n.parent) {
    if (!ts.isBlock(n) && !ts.isSourceFile(n) && !ts.isModuleBlock(n)) continue;
    for (const stmt of n.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      for (const d of stmt.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === ident.text && d.initializer && d.initializer !== ident) return d.initializer;
    }
  }
  return undefined;
}

function numberArg(ts: TypeScriptApi, expr: TS.Expression | undefined): number | undefined {
  if (!expr) return undefined;
  if (ts.isNumericLiteral(expr)) return Number(expr.text);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(expr.operand))
    return -Number(expr.operand.text);
  return undefined;
}

/** The source of `/re/flags`, `new RegExp('re')`, or a name bound to one. */
function patternOf(ts: TypeScriptApi, expr: TS.Expression | undefined, lookup: Lookup, depth = 0): string | undefined {
  if (!expr || depth > MAX_DEPTH) return undefined;
  const e = unwrapValue(ts, expr);
  if (e.kind === ts.SyntaxKind.RegularExpressionLiteral) {
    const text = (e as TS.RegularExpressionLiteral).text;
    return text.slice(1, text.lastIndexOf('/'));
  }
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'RegExp') {
    const first = e.arguments?.[0];
    return first && ts.isStringLiteralLike(first) ? first.text : undefined;
  }
  return ts.isIdentifier(e) ? readBound(ts, e, lookup, depth, (bound) => patternOf(ts, bound, lookup, depth + 1)) : undefined;
}

/** The elements of an array literal, or of a name bound to one (`as const` included). */
function elementsOf(ts: TypeScriptApi, expr: TS.Expression | undefined, lookup: Lookup, depth = 0): TS.Expression[] {
  if (!expr || depth > MAX_DEPTH) return [];
  const e = unwrapValue(ts, expr);
  if (ts.isArrayLiteralExpression(e)) return [...e.elements];
  return ts.isIdentifier(e) ? (readBound(ts, e, lookup, depth, (bound) => elementsOf(ts, bound, lookup, depth + 1)) ?? []) : [];
}

function literalValue(ts: TypeScriptApi, expr: TS.Expression): string | number | boolean | undefined {
  const e = unwrapValue(ts, expr);
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

function enumOf(values: (string | number | boolean)[]): JsonSchemaLike {
  const types = new Set(values.map((v) => (typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v)));
  return types.size === 1 ? { type: [...types][0]!, enum: values } : { enum: values };
}

/** `z.literal('a')`, zod 4's `z.literal(['a', 'b'])`. */
function literalSchema(ts: TypeScriptApi, expr: TS.Expression | undefined, lookup: Lookup): Read | undefined {
  if (!expr) return undefined;
  const e = unwrapValue(ts, expr);
  const values = (ts.isArrayLiteralExpression(e) ? elementsOf(ts, e, lookup) : [e]).map((v) => literalValue(ts, v));
  return values.length && values.every((v) => v !== undefined) ? required(enumOf(values as (string | number | boolean)[])) : undefined;
}

/** `z.enum(['a', 'b'])`, `z.enum(ROLES)`, zod 4's `z.enum({ A: 'a' })` and `z.nativeEnum`'s object. */
function enumSchema(ts: TypeScriptApi, expr: TS.Expression | undefined, lookup: Lookup): JsonSchemaLike {
  const listed = elementsOf(ts, expr, lookup).map((v) => literalValue(ts, v));
  const object = expr && !listed.length ? objectLiteral(ts, expr, lookup, 0) : undefined;
  const values = object
    ? object.properties.filter(ts.isPropertyAssignment).map((p) => literalValue(ts, p.initializer))
    : listed.filter((v) => v !== undefined);
  return values.length && values.every((v) => v !== undefined) ? enumOf(values as (string | number | boolean)[]) : { type: 'string' };
}

function maskKeys(ts: TypeScriptApi, expr: TS.Expression | undefined, lookup: Lookup): string[] | undefined {
  const literal = expr && objectLiteral(ts, expr, lookup, 0);
  return literal?.properties.flatMap((p) =>
    (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
      ? [p.name.text]
      : [],
  );
}

/** A union of literals is an enum; any other union is read as its first option (what a test sends needs only one). */
function unionOf(options: (Read | undefined)[]): Read | undefined {
  const known = options.filter((o): o is Read => o !== undefined);
  if (known.length === 0) return undefined;
  const optional = known.some((o) => o.optional);
  const enums = known.map((o) => o.schema);
  if (enums.every((s) => s.enum && s.type === enums[0]!.type))
    return { schema: { ...(enums[0]!.type ? { type: enums[0]!.type } : {}), enum: enums.flatMap((s) => s.enum!) }, optional };
  return { schema: known[0]!.schema, optional };
}

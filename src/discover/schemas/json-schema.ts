import type * as TS from 'typescript';
import type { JsonSchemaLike } from '../../model.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import { originOf } from '../detectors/origin.js';

/** A value a literal evaluates to statically; `undefined` where it cannot be known. */
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

const MAX_DEPTH = 24;

/**
 * Evaluates an expression made of literals: objects (spreads included), arrays, strings,
 * numbers, booleans, names bound to such values across files, and TypeBox builders
 * (`Type.Object({ name: Type.String({ minLength: 1 }) })`), which stand for the JSON Schema they build.
 */
export function literalValue(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, depth = 0): Literal | undefined {
  const { ts } = ctx;
  if (depth > MAX_DEPTH) return undefined;
  if (
    ts.isParenthesizedExpression(expr) ||
    ts.isAsExpression(expr) ||
    ts.isSatisfiesExpression(expr) ||
    ts.isTypeAssertionExpression(expr)
  ) {
    return literalValue(ctx, file, expr.expression, depth + 1);
  }
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isNumericLiteral(expr)) return Number(expr.text);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(expr.operand))
    return -Number(expr.operand.text);
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (expr.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(expr)) {
    const out: Literal[] = [];
    for (const el of expr.elements) {
      const v = literalValue(ctx, file, el, depth + 1);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
  if (ts.isObjectLiteralExpression(expr)) {
    const out: { [key: string]: Literal } = {};
    for (const p of expr.properties) {
      if (ts.isSpreadAssignment(p)) {
        const spread = literalValue(ctx, file, p.expression, depth + 1);
        if (spread && typeof spread === 'object' && !Array.isArray(spread)) Object.assign(out, spread);
        continue;
      }
      const name = propertyName(ts, p.name);
      if (name === undefined) continue;
      const value = ts.isPropertyAssignment(p)
        ? literalValue(ctx, file, p.initializer, depth + 1)
        : ts.isShorthandPropertyAssignment(p)
          ? literalValue(ctx, file, p.name, depth + 1)
          : undefined;
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
  if (
    ts.isCallExpression(expr) &&
    ts.isPropertyAccessExpression(expr.expression) &&
    ts.isIdentifier(expr.expression.expression) &&
    expr.expression.expression.text === 'Type'
  ) {
    return typebox(ctx, file, expr.expression.name.text, expr.arguments, depth);
  }
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) {
    const origin = originOf(ctx, file, expr);
    if (origin && origin.node !== expr && ts.isExpression(origin.node as TS.Expression))
      return literalValue(ctx, origin.file, origin.node as TS.Expression, depth + 1);
    if (ts.isPropertyAccessExpression(expr)) {
      const base = literalValue(ctx, file, expr.expression, depth + 1);
      if (base && typeof base === 'object' && !Array.isArray(base)) return base[expr.name.text];
    }
  }
  return undefined;
}

function propertyName(ts: DetectContext['ts'], name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** What a TypeBox builder call produces at run time, as far as a request schema needs. */
function typebox(
  ctx: DetectContext,
  file: ParsedFile,
  builder: string,
  args: TS.NodeArray<TS.Expression>,
  depth: number,
): Literal | undefined {
  const arg = (i: number): Literal | undefined => (args[i] ? literalValue(ctx, file, args[i]!, depth + 1) : undefined);
  const options = (i: number): { [key: string]: Literal } => {
    const v = arg(i);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  };
  switch (builder) {
    case 'String':
    case 'Number':
    case 'Integer':
    case 'Boolean':
    case 'Null':
      return { ...options(0), type: builder.toLowerCase() };
    case 'Literal': {
      const v = arg(0);
      return v === undefined
        ? {}
        : { ...options(1), type: typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string', enum: [v] };
    }
    case 'Array': {
      const items = arg(0);
      return { ...options(1), type: 'array', ...(items !== undefined ? { items } : {}) };
    }
    case 'Optional':
      return { ...(asObject(arg(0)) ?? {}), [OPTIONAL]: true };
    case 'Union': {
      const members = arg(0);
      if (!Array.isArray(members)) return {};
      const values = members.map((m) => asObject(m)?.enum).filter((e): e is Literal[] => Array.isArray(e) && e.length === 1);
      return values.length === members.length && values.length > 0
        ? { type: typeof values[0]![0] === 'number' ? 'number' : 'string', enum: values.flat() }
        : {};
    }
    case 'Object': {
      const shape = asObject(arg(0)) ?? {};
      const properties: { [key: string]: Literal } = {};
      const required: string[] = [];
      for (const [key, value] of Object.entries(shape)) {
        const schema = { ...(asObject(value) ?? {}) };
        if (!schema[OPTIONAL]) required.push(key);
        delete schema[OPTIONAL];
        properties[key] = schema;
      }
      return { ...options(1), type: 'object', properties, required };
    }
    default:
      return undefined;
  }
}

const OPTIONAL = '\0optional';

function asObject(v: Literal | undefined): { [key: string]: Literal } | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

const NUMBER_KEYS = ['minimum', 'maximum', 'minLength', 'maxLength'] as const;

/** Schemas shared by `$id` (Fastify's `addSchema`), for the `$ref`s that name them. */
export type SharedSchemas = ReadonlyMap<string, Literal>;

/**
 * Keeps the parts of a JSON Schema value that the point model records. `$ref`s are followed into `shared` (`book#`,
 * `book#/properties/isbn`) and into the schema itself (`#/definitions/isbn`).
 */
export function toSchemaLike(value: Literal | undefined, shared: SharedSchemas = new Map()): JsonSchemaLike | undefined {
  return schemaLike(value, shared, value, 0);
}

function schemaLike(
  value: Literal | undefined,
  shared: SharedSchemas,
  root: Literal | undefined,
  depth: number,
): JsonSchemaLike | undefined {
  const obj = asObject(value);
  if (!obj || depth > MAX_DEPTH) return undefined;
  if (typeof obj.$ref === 'string') {
    const target = referenced(obj.$ref, shared, root);
    if (!target) return {};
    // A shared schema's own `$ref`s are relative to it.
    const id = obj.$ref.split('#')[0];
    return schemaLike(target, shared, id ? shared.get(id) : root, depth + 1);
  }
  const out: JsonSchemaLike = {};
  const type = Array.isArray(obj.type) ? obj.type.find((t) => t !== 'null') : obj.type;
  if (typeof type === 'string') out.type = type;
  const props = asObject(obj.properties);
  if (props) {
    out.properties = {};
    for (const [key, v] of Object.entries(props)) out.properties[key] = schemaLike(v, shared, root, depth + 1) ?? {};
  }
  if (Array.isArray(obj.required)) out.required = obj.required.filter((r): r is string => typeof r === 'string');
  const items = schemaLike(obj.items, shared, root, depth + 1);
  if (items) out.items = items;
  if (Array.isArray(obj.enum)) out.enum = obj.enum;
  for (const key of NUMBER_KEYS) if (typeof obj[key] === 'number') out[key] = obj[key];
  if (typeof obj.format === 'string') out.format = obj.format;
  if (typeof obj.pattern === 'string') out.pattern = obj.pattern;
  return out;
}

/** The schema a `$ref` names: `id#`, `id`, `id#/json/pointer`, or `#/json/pointer` inside `root`. */
function referenced(ref: string, shared: SharedSchemas, root: Literal | undefined): Literal | undefined {
  const hash = ref.indexOf('#');
  const id = hash < 0 ? ref : ref.slice(0, hash);
  const pointer = hash < 0 ? '' : ref.slice(hash + 1);
  let target = id ? shared.get(id) : root;
  for (const segment of pointer.split('/').filter(Boolean)) {
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    const obj = asObject(target);
    target = obj ? obj[key] : undefined;
  }
  return target;
}

/** A JSON Schema written in code (object literal or TypeBox), read into the point model's shape. */
export function jsonSchemaOf(
  ctx: DetectContext,
  file: ParsedFile,
  expr: TS.Expression,
  shared?: SharedSchemas,
): JsonSchemaLike | undefined {
  return toSchemaLike(literalValue(ctx, file, expr), shared);
}

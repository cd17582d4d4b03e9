import type * as TS from 'typescript';
import type { JsonSchemaLike } from '../../model.js';
import type { TypeScriptApi } from '../parser.js';
import { objectShape, type PropertyRead } from './object-shape.js';

type Lookup = (name: string) => TS.Expression | undefined;

/**
 * Reads a Joi schema expression (`Joi.object({ email: Joi.string().email().required() })`) into a
 * JSON-schema-like shape: types, required keys, bounds, enums and formats.
 */
export function joiToSchema(ts: TypeScriptApi, expr: TS.Expression, lookup: Lookup): JsonSchemaLike | undefined {
  return read(ts, expr, lookup, 0)?.schema;
}

/** A schema plus the presence Joi records on it: keys are optional unless `.required()`. */
function read(ts: TypeScriptApi, expr: TS.Expression, lookup: Lookup, depth: number): PropertyRead | undefined {
  if (depth > 30) return undefined;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return read(ts, expr.expression, lookup, depth + 1);
  if (ts.isIdentifier(expr)) {
    const bound = lookup(expr.text);
    return bound ? read(ts, bound, lookup, depth + 1) : undefined;
  }
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return undefined;
  const method = expr.expression.name.text;
  const target = expr.expression.expression;
  const args = expr.arguments;
  if (ts.isIdentifier(target) && /^joi$/i.test(target.text)) {
    const base = baseSchema(ts, method, args, lookup, depth);
    return base && { schema: base, required: false };
  }
  const inner = read(ts, target, lookup, depth + 1);
  if (!inner) return undefined;
  const { schema } = inner;
  const num = args[0] && ts.isNumericLiteral(args[0]) ? Number(args[0].text) : undefined;
  const isString = schema.type === 'string';
  switch (method) {
    case 'required':
    case 'exist':
      return { schema, required: true };
    case 'optional':
      return { schema, required: false };
    case 'min':
      return {
        schema: isString ? { ...schema, minLength: num } : schema.type === 'array' ? schema : { ...schema, minimum: num },
        required: inner.required,
      };
    case 'max':
      return {
        schema: isString ? { ...schema, maxLength: num } : schema.type === 'array' ? schema : { ...schema, maximum: num },
        required: inner.required,
      };
    case 'length':
      return { schema: isString ? { ...schema, minLength: num, maxLength: num } : schema, required: inner.required };
    case 'integer':
      return { schema: { ...schema, type: 'integer' }, required: inner.required };
    case 'positive':
      return { schema: { ...schema, minimum: schema.type === 'integer' ? 1 : 0.01 }, required: inner.required };
    case 'email':
    case 'uuid':
    case 'guid':
    case 'uri':
    case 'isoDate':
    case 'iso':
      return { schema: { ...schema, format: FORMATS[method] }, required: inner.required };
    case 'valid':
    case 'only': {
      const values = args.map((a) => literal(ts, a));
      return values.every((v) => v !== undefined) ? { schema: { ...schema, enum: values }, required: inner.required } : inner;
    }
    case 'items': {
      const items = args[0] ? read(ts, args[0], lookup, depth + 1)?.schema : undefined;
      return { schema: items ? { ...schema, items } : schema, required: inner.required };
    }
    case 'keys':
      return args[0] && ts.isObjectLiteralExpression(args[0])
        ? { schema: { ...schema, ...shapeOf(ts, args[0], lookup, depth) }, required: inner.required }
        : inner;
    default:
      return inner;
  }
}

const FORMATS: Record<string, string> = { email: 'email', uuid: 'uuid', guid: 'uuid', uri: 'uri', isoDate: 'date-time', iso: 'date-time' };

function baseSchema(
  ts: TypeScriptApi,
  method: string,
  args: TS.NodeArray<TS.Expression>,
  lookup: Lookup,
  depth: number,
): JsonSchemaLike | undefined {
  switch (method) {
    case 'string':
      return { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
    case 'bool':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date-time' };
    case 'any':
      return {};
    case 'array': {
      return { type: 'array' };
    }
    case 'object': {
      const shape = args[0];
      return shape && ts.isObjectLiteralExpression(shape) ? { type: 'object', ...shapeOf(ts, shape, lookup, depth) } : { type: 'object' };
    }
    default:
      return undefined;
  }
}

function shapeOf(
  ts: TypeScriptApi,
  shape: TS.ObjectLiteralExpression,
  lookup: Lookup,
  depth: number,
): Pick<JsonSchemaLike, 'properties' | 'required'> {
  return objectShape(ts, shape, (value) => {
    const got = read(ts, value, lookup, depth + 1);
    return { schema: got?.schema ?? {}, required: got?.required ?? false };
  });
}

function literal(ts: TypeScriptApi, expr: TS.Expression): unknown {
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isNumericLiteral(expr)) return Number(expr.text);
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (expr.kind === ts.SyntaxKind.NullKeyword) return null;
  return undefined;
}

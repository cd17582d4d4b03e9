import type * as TS from 'typescript';
import type { JsonSchemaLike } from '../../model.js';
import type { TypeScriptApi } from '../parser.js';
import { objectShape, type PropertyRead } from './object-shape.js';

/**
 * Reads a zod schema expression (`z.object({ name: z.string().min(1) })`) into a JSON-schema-like
 * shape. Only what tests need: types, required keys, bounds, enums and formats.
 */
export function zodToSchema(
  ts: TypeScriptApi,
  expr: TS.Expression,
  lookup: (name: string) => TS.Expression | undefined,
  depth = 0,
): JsonSchemaLike | undefined {
  if (depth > 20) return undefined;
  if (ts.isIdentifier(expr)) {
    const bound = lookup(expr.text);
    return bound ? zodToSchema(ts, bound, lookup, depth + 1) : undefined;
  }
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return undefined;
  const method = expr.expression.name.text;
  const target = expr.expression.expression;
  const args = expr.arguments;
  const isRoot = ts.isIdentifier(target) && (target.text === 'z' || target.text === 'zod');
  if (isRoot) return baseSchema(ts, method, args, lookup, depth);
  const inner = zodToSchema(ts, target, lookup, depth + 1);
  if (!inner) return undefined;
  const num = args[0] && ts.isNumericLiteral(args[0]) ? Number(args[0].text) : undefined;
  switch (method) {
    case 'min':
    case 'nonempty':
      return inner.type === 'string' ? { ...inner, minLength: num ?? 1 } : inner.type === 'array' ? inner : { ...inner, minimum: num };
    case 'max':
      return inner.type === 'string' ? { ...inner, maxLength: num } : { ...inner, maximum: num };
    case 'positive':
      return { ...inner, minimum: inner.type === 'integer' ? 1 : 0.01 };
    case 'nonnegative':
      return { ...inner, minimum: 0 };
    case 'int':
      return { ...inner, type: 'integer' };
    case 'email':
    case 'uuid':
    case 'url':
    case 'datetime':
      return { ...inner, format: method === 'datetime' ? 'date-time' : method };
    case 'optional':
    case 'nullable':
    case 'nullish':
      return { ...inner, ...({ optional: true } as object) };
    default:
      return inner;
  }
}

function baseSchema(
  ts: TypeScriptApi,
  method: string,
  args: TS.NodeArray<TS.Expression>,
  lookup: (name: string) => TS.Expression | undefined,
  depth: number,
): JsonSchemaLike | undefined {
  switch (method) {
    case 'string':
      return { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'email':
      return { type: 'string', format: 'email' };
    case 'enum': {
      const list = args[0];
      if (list && ts.isArrayLiteralExpression(list))
        return { type: 'string', enum: list.elements.filter(ts.isStringLiteralLike).map((e) => e.text) };
      return { type: 'string' };
    }
    case 'array': {
      const items = args[0] ? zodToSchema(ts, args[0], lookup, depth + 1) : undefined;
      return { type: 'array', ...(items ? { items } : {}) };
    }
    case 'object':
    case 'strictObject': {
      const shape = args[0];
      if (!shape || !ts.isObjectLiteralExpression(shape)) return { type: 'object' };
      const read = (value: TS.Expression): PropertyRead => {
        const schema = zodToSchema(ts, value, lookup, depth + 1) ?? {};
        const optional = (schema as { optional?: boolean }).optional === true;
        delete (schema as { optional?: boolean }).optional;
        return { schema, required: !optional };
      };
      return { type: 'object', ...objectShape(ts, shape, read) };
    }
    default:
      return undefined;
  }
}

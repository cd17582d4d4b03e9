import type * as TS from 'typescript';
import type { JsonSchemaLike } from '../../model.js';
import type { TypeScriptApi } from '../parser.js';

/** A property's schema, and whether the object requires it. */
export interface PropertyRead {
  schema: JsonSchemaLike;
  required: boolean;
}

/** The properties and required keys of a schema builder's object literal (`{ email: z.string() }`), each value read by `read`. */
export function objectShape(
  ts: TypeScriptApi,
  shape: TS.ObjectLiteralExpression,
  read: (value: TS.Expression) => PropertyRead,
): Pick<JsonSchemaLike, 'properties' | 'required'> {
  const properties: Record<string, JsonSchemaLike> = {};
  const required: string[] = [];
  for (const prop of shape.properties) {
    if (!ts.isPropertyAssignment(prop)) continue;
    const name = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : undefined;
    if (!name) continue;
    const value = read(prop.initializer);
    properties[name] = value.schema;
    if (value.required) required.push(name);
  }
  return { properties, required };
}

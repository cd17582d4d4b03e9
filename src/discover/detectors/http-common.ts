import type * as TS from 'typescript';
import type { JsonSchemaLike } from '../../model.js';
import type { TypeScriptApi } from '../parser.js';
import { joiToSchema } from '../schemas/joi.js';
import { zodToSchema } from '../schemas/zod.js';

/** Joins route prefixes as frameworks serve them: `/api` + `/orders/:id` → `/api/orders/:id`. */
export function joinPaths(...parts: string[]): string {
  const joined = parts
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== '/')
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/** `:id` and `{id}` style parameters, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)|\{([A-Za-z0-9_]+)\}/g)].map((m) => (m[1] ?? m[2])!);
}

const AUTH = /auth|guard|jwt|passport|session|login|protect|permission|role|token|apikey|api_key|requireuser|ensureuser|bearer|acl|admin/i;

/** The middleware names that look like authentication or authorisation guards. */
export function authNames(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => n && AUTH.test(n)))];
}

/**
 * A request-body schema from a validation expression: zod (`z.object(…)`), Joi (`Joi.object(…)`),
 * or a celebrate-style segment map (`{ [Segments.BODY]: Joi.object(…) }`, `{ body: … }`).
 */
export function readSchema(ts: TypeScriptApi, expr: TS.Expression, lookup: (name: string) => TS.Expression | undefined): JsonSchemaLike | undefined {
  if (ts.isObjectLiteralExpression(expr)) {
    for (const prop of expr.properties) {
      if (!ts.isPropertyAssignment(prop)) continue;
      const name = ts.isComputedPropertyName(prop.name) ? prop.name.expression.getText() : prop.name.getText();
      if (/^(?:Segments\.)?body$/i.test(name.replace(/['"]/g, ''))) return readSchema(ts, prop.initializer, lookup);
    }
    return undefined;
  }
  return zodToSchema(ts, expr, lookup) ?? joiToSchema(ts, expr, lookup);
}

import type { JsonSchemaLike } from '../model.js';

/**
 * Code for a value that satisfies a schema, unique per test where uniqueness can matter (text, emails),
 * so tests never collide on unique constraints. `ref(field)` supplies code for foreign keys.
 */
export function sampleCode(
  schema: JsonSchemaLike | undefined,
  field: string,
  ref: (field: string) => string | undefined,
  /** Updates take the last enum value, so the change is visible against a default. */
  pick: 'first' | 'last' = 'first',
): string {
  const fromRef = ref(field);
  if (fromRef) return fromRef;
  if (!schema) return `'${field} ' + unique`;
  if (schema.enum?.length) return literal(pick === 'first' ? schema.enum[0] : schema.enum.at(-1));
  switch (schema.type) {
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      if (props.length === 0) return '{}';
      return `{ ${props.map(([k, v]) => `${propertyKey(k)}: ${sampleCode(v, k, ref, pick)}`).join(', ')} }`;
    }
    case 'array':
      return `[${schema.items ? sampleCode(schema.items, field, ref, pick) : ''}]`;
    case 'integer':
    case 'number':
      return String(Math.max(schema.minimum ?? 1, 1));
    case 'boolean':
      return 'true';
    case 'string':
    default:
      return stringCode(schema, field);
  }
}

function stringCode(schema: JsonSchemaLike & { pattern?: string }, field: string): string {
  switch (schema.format) {
    case 'email':
      return '`itw-${unique}@example.test`';
    case 'uuid':
      return 'randomUUID()';
    case 'url':
      return '`https://example.test/${unique}`';
    case 'date-time':
      return 'new Date().toISOString()';
    case 'date':
      return 'new Date().toISOString().slice(0, 10)';
  }
  const max = schema.maxLength ?? 200;
  const label = field.replace(/[^A-Za-z0-9 ]/g, ' ').slice(0, Math.max(1, max - 13));
  if (max < 14) return `unique.slice(0, ${max})`;
  if (schema.pattern) return patternCode(schema.pattern, label);
  return `\`${label} \${unique}\``;
}

/** A stand-in for `uniqueId()` (12 lowercase hex digits) to try a pattern with. */
const UNIQUE_SAMPLE = '0a1b2c3d4e5f';

/**
 * A unique value matching a `pattern` (a slug's `^[a-z0-9-]+$`): the first of a few shapes of label and
 * unique part that matches it; the plain shape when none does.
 */
function patternCode(pattern: string, label: string): string {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    return `\`${label} \${unique}\``;
  }
  const word = label.trim().toLowerCase().replace(/\s+/g, '-');
  const shapes = [`${label} `, `${word}-`, `${word}_`, word, ''];
  const prefix = shapes.find((p) => regex.test(p + UNIQUE_SAMPLE));
  if (prefix === undefined) return `\`${label} \${unique}\``;
  return prefix ? `\`${prefix}\${unique}\`` : 'unique';
}

export function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

/** A value as source code, strings in single quotes like the rest of the generated code. */
export function literal(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

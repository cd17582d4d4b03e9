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

function stringCode(schema: JsonSchemaLike, field: string): string {
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

/** Values `uniqueId()` may return (12 hex digits), to check that a shape matches a pattern whatever the id. */
const UNIQUE_SAMPLES = ['0a1b2c3d4e5f', 'ffffffffffff', '000000000000', '9a8b7c6d5e4f', 'abcdefabcdef', '123456789012'];

/** A way to write a unique value: its code (using `unique`) and what it gives for a given id. */
interface Shape {
  code: string;
  make: (unique: string) => string;
}

/** The id as decimal digits, the last `n` of them (for numbers-only patterns: ISBNs, codes). */
const digits = (unique: string, n: number): string => String(parseInt(unique, 16)).padStart(15, '0').slice(-n);

/** Shapes from the most readable and most unique to the shortest: a label, the id, its upper case, its digits. */
function shapes(label: string): Shape[] {
  const word = label.trim().toLowerCase().replace(/\s+/g, '-');
  const out: Shape[] = [`${label} `, `${word}-`, `${word}_`, word].map((prefix) => ({
    code: `\`${prefix}\${unique}\``,
    make: (u) => prefix + u,
  }));
  out.push({ code: 'unique', make: (u) => u });
  for (let n = 12; n >= 2; n--) {
    const slice = n === 12 ? 'unique' : `unique.slice(0, ${n})`;
    const cut = (u: string): string => u.slice(0, n);
    out.push(
      { code: `${slice}.toUpperCase()`, make: (u) => cut(u).toUpperCase() },
      { code: `\`A\${${slice}.toUpperCase()}\``, make: (u) => `A${cut(u).toUpperCase()}` },
      { code: `\`a\${${slice}}\``, make: (u) => `a${cut(u)}` },
    );
    if (n < 12) out.push({ code: slice, make: cut });
  }
  // Letters only: the id's digits become the letters g to p.
  const letters = (u: string): string => u.replace(/\d/g, (d) => String.fromCharCode(103 + Number(d)));
  for (let n = 12; n >= 2; n--) {
    const slice = n === 12 ? 'unique' : `unique.slice(0, ${n})`;
    const code = `${slice}.replace(/\\d/g, (digit) => String.fromCharCode(103 + Number(digit)))`;
    out.push(
      { code, make: (u) => letters(u.slice(0, n)) },
      { code: `${code}.toUpperCase()`, make: (u) => letters(u.slice(0, n)).toUpperCase() },
    );
  }
  for (let n = 15; n >= 1; n--)
    out.push({ code: `String(parseInt(unique, 16)).padStart(15, '0').slice(-${n})`, make: (u) => digits(u, n) });
  return out;
}

/**
 * A unique value matching a `pattern` (a slug's `^[a-z0-9-]+$`, a code's `^[A-Z][A-Z0-9]{1,9}$`, an ISBN's
 * digits): the first shape that matches it for every id `uniqueId()` can return; the plain shape when none does.
 */
function patternCode(pattern: string, label: string): string {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    return `\`${label} \${unique}\``;
  }
  const shape = shapes(label).find((s) => UNIQUE_SAMPLES.every((u) => regex.test(s.make(u))));
  return shape?.code ?? `\`${label} \${unique}\``;
}

export function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

/** A value as source code, strings in single quotes like the rest of the generated code. */
export function literal(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

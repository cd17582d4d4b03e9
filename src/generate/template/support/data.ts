import { t, type SupportContext } from './context.js';

export function dataSupport(ctx: SupportContext): string {
  return `import { randomUUID } from 'node:crypto';

/** A short value no other test uses, for fields that must be unique (emails, names). */
export function uniqueId()${t(ctx, ': string')} {
  return randomUUID().replaceAll('-', '').slice(0, 12);
}

/** An id no record has: tests of the not-found path use it. */
export const MISSING_ID = 2147483646;
${ctx.missingUuid ? MISSING_UUID : ''}${ctx.dataHelpers?.includes('fieldsOf') ? FIELDS_OF(ctx) : ''}`;
}

const MISSING_UUID = `
/** A UUID no record has, for records with UUID ids: a valid version 4 UUID, so validation lets it through to the lookup. */
export const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
`;

/** Subset comparison for assertion libraries without one (node:assert): the fields of a record that \`expected\` names. */
const FIELDS_OF = (ctx: SupportContext): string => `
/** The fields of \`actual\` that \`expected\` names, for comparing a record with the fields a test sent. */
export function fieldsOf(actual${t(ctx, ': unknown')}, expected${t(ctx, ': object')})${t(ctx, ': Record<string, unknown>')} {
  const record = (actual ?? {})${t(ctx, ' as Record<string, unknown>')};
  return Object.fromEntries(Object.keys(expected).map((key) => [key, record[key]]));
}
`;

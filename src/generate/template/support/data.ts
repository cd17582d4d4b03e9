import { t, type SupportContext } from './context.js';

export function dataSupport(ctx: SupportContext): string {
  return `import { randomUUID } from 'node:crypto';

/** A short value no other test uses, for fields that must be unique (emails, names). */
export function uniqueId()${t(ctx, ': string')} {
  return randomUUID().replaceAll('-', '').slice(0, 12);
}

/** An id no record has: tests of the not-found path use it. */
export const MISSING_ID = 2147483646;
`;
}

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sampleCode } from '../../src/generate/values.js';

/** What the generated code gives at run time, for a fresh `uniqueId()` (as `_support/data` makes it). */
function valueOf(code: string): string {
  const unique = randomUUID().replaceAll('-', '').slice(0, 12);
  return new Function('unique', `return ${code};`)(unique) as string;
}

describe('a unique value for a string with a pattern', () => {
  it.each([
    ['a slug', '^[a-z0-9-]+$'],
    ['a project key', '^[A-Z][A-Z0-9]{1,9}$'],
    ['an ISBN', '^(97[89])?\\d{9}[\\dX]$'],
    ['lower-case letters', '^[a-z]+$'],
    ['a five-digit code', '^\\d{5}$'],
    ['three capitals', '^[A-Z]{3}$'],
  ])('%s (%s) matches for any id, and differs between tests', (_what, pattern) => {
    const code = sampleCode({ type: 'string', pattern }, 'code', () => undefined);
    const values = Array.from({ length: 50 }, () => valueOf(code));

    for (const value of values) expect(value).toMatch(new RegExp(pattern));
    expect(new Set(values).size).toBeGreaterThan(pattern === '^[A-Z]{3}$' ? 20 : 45);
  });

  it('falls back to the plain labelled value when no shape matches (a literal prefix the id cannot supply)', () => {
    expect(sampleCode({ type: 'string', pattern: '^proj-[a-z]{2}$' }, 'code', () => undefined)).toBe('`code ${unique}`');
  });
});

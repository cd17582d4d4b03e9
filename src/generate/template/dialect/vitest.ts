import type { Dialect } from '../../types.js';
import { expectCheck } from './expect.js';
import { q } from './quote.js';

export const vitestDialect: Dialect = {
  runner: 'vitest',
  imports: () => ["import { afterAll, beforeAll, describe, expect, it } from 'vitest';"],
  suite: (title) => `describe(${q(title)}, () => {`,
  test: (title) => `it(${q(title)}, async () => {`,
  hook: (kind, indent, timeoutMs) => ({
    open: [`${indent}${kind === 'before' ? 'beforeAll' : 'afterAll'}(async () => {`],
    close: `${indent}}${timeoutMs ? `, ${timeoutMs}` : ''});`,
  }),
  check: (check) => expectCheck(check),
};

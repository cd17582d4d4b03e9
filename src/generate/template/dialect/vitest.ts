import type { Dialect } from '../../types.js';
import { expectCheck } from './expect.js';
import { q } from './quote.js';

/** Runners with Jest's API (`beforeAll`/`afterAll`, a timeout as the hook's second argument, `expect`): Vitest and Jest. */
export function expectDialect(runner: 'vitest' | 'jest', imports: string[]): Dialect {
  return {
    runner,
    imports: () => imports,
    suite: (title) => `describe(${q(title)}, () => {`,
    test: (title) => `it(${q(title)}, async () => {`,
    hook: (kind, indent, timeoutMs) => ({
      open: [`${indent}${kind === 'before' ? 'beforeAll' : 'afterAll'}(async () => {`],
      close: `${indent}}${timeoutMs ? `, ${timeoutMs}` : ''});`,
    }),
    check: (check) => expectCheck(check),
  };
}

export const vitestDialect: Dialect = expectDialect('vitest', ["import { afterAll, beforeAll, describe, expect, it } from 'vitest';"]);

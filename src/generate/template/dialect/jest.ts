import type { Dialect } from '../../types.js';
import { expectCheck } from './expect.js';
import { q } from './quote.js';

/**
 * Jest: its globals (typed by @types/jest), or imports from `@jest/globals` when the repository has that
 * package and not the global types (and under native ESM, where `jest` itself is no global).
 */
export function jestDialect(options: { globalsImport: boolean }): Dialect {
  return {
    runner: 'jest',
    imports: () => (options.globalsImport ? ["import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';"] : []),
    suite: (title) => `describe(${q(title)}, () => {`,
    test: (title) => `it(${q(title)}, async () => {`,
    hook: (kind, indent, timeoutMs) => ({
      open: [`${indent}${kind === 'before' ? 'beforeAll' : 'afterAll'}(async () => {`],
      close: `${indent}}${timeoutMs ? `, ${timeoutMs}` : ''});`,
    }),
    check: (check) => expectCheck(check),
  };
}

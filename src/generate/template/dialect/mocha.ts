import type { Dialect } from '../../types.js';
import { ASSERT_IMPORT, assertCheck } from './assert.js';
import { chaiCheck } from './chai.js';
import { q } from './quote.js';

/** Mocha's globals, with chai's `expect` when the repository has chai, else node:assert/strict. */
export function mochaDialect(options: { chai: boolean }): Dialect {
  return {
    runner: 'mocha',
    imports: () => [options.chai ? "import { expect } from 'chai';" : ASSERT_IMPORT],
    suite: (title) => `describe(${q(title)}, () => {`,
    test: (title) => `it(${q(title)}, async () => {`,
    // A Mocha hook's timeout is set on its context, which only a `function` (not an arrow) receives.
    hook: (kind, indent, timeoutMs) => ({
      open: timeoutMs
        ? [`${indent}${kind}(async function () {`, `${indent}  this.timeout(${timeoutMs});`]
        : [`${indent}${kind}(async () => {`],
      close: `${indent}});`,
    }),
    check: options.chai ? chaiCheck : assertCheck,
    ...(options.chai ? {} : { supportHelpers: ['fieldsOf' as const] }),
  };
}

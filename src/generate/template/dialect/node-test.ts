import type { Dialect } from '../../types.js';
import { ASSERT_IMPORT, assertCheck } from './assert.js';
import { q } from './quote.js';

/** node:test with node:assert/strict: nothing to install. */
export const nodeTestDialect: Dialect = {
  runner: 'node:test',
  imports: () => [ASSERT_IMPORT, "import { after, before, describe, it } from 'node:test';"],
  suite: (title) => `describe(${q(title)}, () => {`,
  test: (title) => `it(${q(title)}, async () => {`,
  hook: (kind, indent, timeoutMs) => ({
    open: [`${indent}${kind}(async () => {`],
    close: `${indent}}${timeoutMs ? `, { timeout: ${timeoutMs} }` : ''});`,
  }),
  check: assertCheck,
  supportHelpers: ['fieldsOf'],
};

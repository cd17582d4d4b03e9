import type { TestFramework } from '../../../model.js';
import type { Dialect } from '../../types.js';
import { jestDialect } from './jest.js';
import { mochaDialect } from './mocha.js';
import { nodeTestDialect } from './node-test.js';
import { vitestDialect } from './vitest.js';

/** How generated tests are written, per test runner; a new runner is one dialect here (and an adapter in run/runners/). */
const DIALECTS: Record<TestFramework, (dependencies: ReadonlySet<string>) => Dialect> = {
  vitest: () => vitestDialect,
  jest: (deps) => jestDialect({ globalsImport: deps.has('@jest/globals') && !deps.has('@types/jest') }),
  'node:test': () => nodeTestDialect,
  mocha: (deps) => mochaDialect({ chai: deps.has('chai') }),
};

/** The dialect for the repository's runner; its assertion library and globals follow the repository's dependencies. */
export function dialectFor(runner: string | undefined, dependencies: ReadonlySet<string>): Dialect | undefined {
  const make = runner ? DIALECTS[runner as TestFramework] : undefined;
  return make?.(dependencies);
}

/** The runners tests can be written for, for messages. */
export const DIALECT_RUNNERS = Object.keys(DIALECTS) as TestFramework[];

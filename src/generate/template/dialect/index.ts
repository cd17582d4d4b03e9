import type { TestFramework } from '../../../model.js';
import type { Dialect } from '../../types.js';
import { vitestDialect } from './vitest.js';

/** How generated tests are written, per test runner; a new runner is one dialect here (and an adapter in run/runners/). */
const DIALECTS: Partial<Record<TestFramework, Dialect>> = { vitest: vitestDialect };

export function dialectFor(runner: string | undefined): Dialect | undefined {
  return runner ? DIALECTS[runner as TestFramework] : undefined;
}

/** The runners tests can be written for, for messages. */
export const DIALECT_RUNNERS = Object.keys(DIALECTS) as TestFramework[];

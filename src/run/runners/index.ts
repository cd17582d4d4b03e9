import type { TestFramework } from '../../model.js';
import { jestRunner } from './jest.js';
import { mochaRunner } from './mocha.js';
import { nodeTestRunner } from './node-test.js';
import type { RunnerAdapter } from './types.js';
import { vitestRunner } from './vitest.js';

/** The test runners itw can drive, by the framework discovery names; a new runner is one adapter here. */
const RUNNERS: Partial<Record<TestFramework, RunnerAdapter>> = {
  vitest: vitestRunner,
  jest: jestRunner,
  'node:test': nodeTestRunner,
  mocha: mochaRunner,
};

/** The adapter for a repository's test framework, when itw has one. */
export function runnerFor(framework: string | undefined): RunnerAdapter | undefined {
  return framework ? RUNNERS[framework as TestFramework] : undefined;
}

/** The frameworks itw can run, for messages. */
export const SUPPORTED_RUNNERS = Object.keys(RUNNERS) as TestFramework[];

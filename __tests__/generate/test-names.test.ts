/**
 * Generated test files are named so the repository's own runner, as configured, runs them: asked of the
 * stack fixtures' real Jest configs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEST_SUFFIX, testSuffixFor } from '../../src/generate/test-names.js';
import { jestRunner } from '../../src/run/runners/jest.js';
import { vitestRunner } from '../../src/run/runners/vitest.js';
import { repoRoot } from '../helpers/workspace.js';

const stack = (name: string): string => path.join(repoRoot, '__tests__/fixtures/stacks', name);

describe('the suffix of generated test files', () => {
  it('is .itw.spec where the Jest config runs only *.spec.ts and *.e2e-spec.ts (the NestJS layout)', async () => {
    const root = stack('nest-jest');
    expect(await testSuffixFor(jestRunner, root, path.join(root, 'test/integration/itw'))).toEqual({ suffix: '.itw.spec' });
  }, 60_000);

  it('is the default where Jest runs its default patterns', async () => {
    const root = stack('koa-jest');
    expect(await testSuffixFor(jestRunner, root, path.join(root, 'test/integration/itw'))).toEqual({ suffix: DEFAULT_TEST_SUFFIX });
  }, 60_000);

  it('is the default, with a diagnostic, where the folder is outside what Jest runs (its roots)', async () => {
    const root = stack('express5-jest');
    const named = await testSuffixFor(jestRunner, root, path.join(root, 'src/itw'));
    expect(named.suffix).toBe(DEFAULT_TEST_SUFFIX);
    expect(named.diagnostic?.message).toMatch(/^jest, as configured, runs no file named .* in src\/itw/);
  }, 60_000);

  it('is the default for a runner that cannot tell', async () => {
    expect(await testSuffixFor(vitestRunner, repoRoot, path.join(repoRoot, 'test'))).toEqual({ suffix: DEFAULT_TEST_SUFFIX });
  });
});

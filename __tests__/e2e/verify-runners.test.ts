/** `itw verify` runs a repository's own tests with each runner itw drives, as its `test` script does. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { removeCopy, userEnv } from '../helpers/stack.js';
import { nodeBin, repoRoot, runCommand, stackCopy } from '../helpers/workspace.js';

const cli = process.env.ITW_CLI ?? path.join(repoRoot, 'dist/cli.js');

describe('itw verify with every runner', () => {
  it.each([
    ['vitest', 'hono-vitest'],
    ['jest', 'koa-jest'],
    ['node:test', 'fastify-node-test'],
    ['mocha', 'express4-mocha'],
  ])('%s: runs the repository’s own tests twice and reports them passed (%s)', async (runner, fixture) => {
    const dir = await stackCopy(fixture);
    try {
      const result = await runCommand(nodeBin, [cli, 'verify', dir, '--flake-runs', '2'], { cwd: dir, env: userEnv() });
      const report = JSON.parse(await fs.readFile(path.join(dir, 'itw-report/report.json'), 'utf8')) as Report;

      expect(result.code, result.stderr).toBe(0);
      expect(report.environment.testFramework).toBe(runner);
      expect(report.run?.runs).toBe(2);
      expect(report.outcomes.length).toBeGreaterThan(0);
      for (const outcome of report.outcomes)
        expect(outcome).toMatchObject({ origin: 'repository', classification: 'passed', runs: ['passed', 'passed'] });
      // Mocha cannot shuffle: the report says so instead of naming seeds that changed nothing.
      if (runner === 'mocha') expect(report.run).toMatchObject({ seeds: [], fixedOrder: expect.stringContaining('cannot shuffle') });
      else expect(report.run?.seeds).toHaveLength(2);
    } finally {
      await removeCopy(dir);
    }
  });
});

import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRepeatedly } from '../../src/run/flake.js';
import { vitestRunner } from '../../src/run/runners/vitest.js';
import { repoRoot, scratchCopy } from '../helpers/workspace.js';

describe('a test that hangs', () => {
  let dir: string;
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('costs one timeout: its file is named, killed with its process tree and left out of the later runs', async () => {
    dir = await scratchCopy(path.join(repoRoot, '__tests__/fixtures/run/hang'), 'hang');
    const { outcomes, summary } = await runRepeatedly({
      runner: vitestRunner,
      cwd: dir,
      files: ['spin.test.ts'],
      runs: 3,
      env: { PATH: process.env.PATH ?? '' },
      timeoutSeconds: 10,
      origin: 'repository',
    });
    const hung = `did not run: error outside the tests of this file: its file hung in run 1 (seed ${summary.seeds[0]}): no progress for 10 s, killed and left out of later runs`;
    // A hung test is a failed run for it, in the run that hung and in every run it was left out of.
    expect(outcomes.map((o) => [o.name, o.classification, o.runs])).toEqual([
      ['a suite with a test that never returns › adds', 'failed', ['failed', 'failed', 'failed']],
      ['a suite with a test that never returns › spins forever', 'failed', ['failed', 'failed', 'failed']],
    ]);
    expect(outcomes[0]!.failure!.message).toBe(hung);
    expect(summary.hung).toEqual([
      `spin.test.ts (run 1, seed ${summary.seeds[0]}): no progress for 10 s; killed and left out of later runs`,
    ]);
    // Nothing was left to run, so the hang cost one timeout, not three.
    expect(summary.durationsMs.filter((d) => d > 0)).toHaveLength(1);
  });
});

import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRepeatedly } from '../../src/run/flake.js';
import { isAlive } from '../../src/run/process-tree.js';
import { vitestRunner } from '../../src/run/runners/vitest.js';
import { repoRoot, scratchCopy } from '../helpers/workspace.js';

describe("a test's child in a session of its own", () => {
  let dir: string;
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('is ended with its run, and holding stdout does not keep the run waiting', async () => {
    dir = await scratchCopy(path.join(repoRoot, '__tests__/fixtures/run/detached'), 'detached');
    const started = performance.now();
    const { outcomes, summary } = await runRepeatedly({
      runner: vitestRunner,
      cwd: dir,
      files: ['detached.test.ts'],
      runs: 2,
      env: { PATH: process.env.PATH ?? '' },
      timeoutSeconds: 60,
      origin: 'repository',
    });
    // Two runs of a one-test file, far below the 60 s a run waiting for its inherited stdout would take.
    expect(performance.now() - started).toBeLessThan(40_000);
    expect(summary.hung).toEqual([]);
    expect(outcomes.map((o) => [o.name, o.runs])).toEqual([
      ['starts a server in a session of its own that holds stdout and is never stopped', ['passed', 'passed']],
    ]);
    const pids = (await fs.readFile(path.join(dir, 'pids'), 'utf8')).split('\n').filter(Boolean).map(Number);
    expect(pids).toHaveLength(2);
    // A killed orphan is reaped by init, not at once.
    for (let i = 0; i < 100 && pids.some(isAlive); i++) await new Promise((r) => setTimeout(r, 50));
    expect(pids.filter(isAlive)).toEqual([]);
  });
});

import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeBin, repoRoot, runCommand, scratchCopy } from '../helpers/workspace.js';

const cli = path.join(repoRoot, 'dist/cli.js');
let dir: string;
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('a 10-run verify with a test file that hangs from the first run', () => {
  it('ends within a few minutes, with the hanging file named and left out after one wait of the default run-timeout', async () => {
    dir = await scratchCopy(path.join(repoRoot, '__tests__/fixtures/run/hang'), 'hang-verify');
    const started = Date.now();
    const result = await runCommand(nodeBin, [cli, 'verify', dir, '--flake-runs', '10', '--json'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeoutMs: 300_000,
    });
    const seconds = (Date.now() - started) / 1000;
    // One 60 s wait for the hang, then ten short runs of the other file; a 15-minute first-run ceiling would be killed at 300 s.
    expect(seconds).toBeLessThan(240);
    const report = JSON.parse(result.stdout);
    expect(report.run.hung).toEqual([
      expect.stringMatching(/^spin\.test\.ts \(run 1, seed \d+\): no progress for 60 s; killed and left out of later runs$/),
    ]);
    const ok = report.outcomes.find((o: { file: string }) => o.file === 'ok.test.ts');
    // In run 1 it ran only if the shuffle put it before the hang; from run 2 on it runs alone.
    expect(ok.runs.slice(1)).toEqual(Array(9).fill('passed'));
    const spin = report.outcomes.filter((o: { file: string }) => o.file === 'spin.test.ts');
    expect(spin.map((o: { classification: string }) => o.classification)).toEqual(['failed', 'failed']);
  });
});

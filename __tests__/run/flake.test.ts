import { describe, expect, it } from 'vitest';
import { classify, classifyRuns } from '../../src/run/flake.js';

describe('flake classification', () => {
  it.each([
    [['passed', 'passed', 'passed'], 'passed'],
    [['failed', 'failed'], 'failed'],
    [['passed', 'failed', 'passed'], 'flaky'],
    [['skipped', 'skipped'], 'skipped'],
    // A run in which the test did not pass never counts as a pass, whatever the others did.
    [['passed', 'skipped', 'skipped', 'skipped'], 'flaky'],
    [['failed', 'skipped'], 'failed'],
    [[], 'skipped'],
  ] as const)('%j is %s', (runs, expected) => {
    expect(classifyRuns(runs)).toBe(expected);
  });

  it('counts a test missing from a run (the run died before it) as a failed run, with the reason', () => {
    const ok = { file: 'a.test.ts', name: 'suite › works', status: 'passed' as const, durationMs: 5 };
    const outcomes = classify([[ok], [], [ok]], 'generated');
    expect(outcomes).toEqual([
      {
        file: 'a.test.ts',
        name: 'suite › works',
        origin: 'generated',
        runs: ['passed', 'failed', 'passed'],
        classification: 'flaky',
        durationsMs: [5, 0, 5],
        failure: { message: 'did not run: it was not reached in run 2', file: 'a.test.ts' },
      },
    ]);
  });
});

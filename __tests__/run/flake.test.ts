import { describe, expect, it } from 'vitest';
import { classify, classifyRuns } from '../../src/run/flake.js';

describe('flake classification', () => {
  it.each([
    [['passed', 'passed', 'passed'], 'passed'],
    [['failed', 'failed'], 'failed'],
    [['passed', 'failed', 'passed'], 'flaky'],
    [['skipped', 'skipped'], 'skipped'],
  ] as const)('%j is %s', (runs, expected) => {
    expect(classifyRuns(runs)).toBe(expected);
  });

  it('counts a test missing from a run (cut short by a hang elsewhere) as not run there', () => {
    const ok = { file: 'a.test.ts', name: 'suite › works', status: 'passed' as const, durationMs: 5 };
    const outcomes = classify([[ok], [], [ok]], 'generated');
    expect(outcomes).toEqual([
      {
        file: 'a.test.ts',
        name: 'suite › works',
        origin: 'generated',
        runs: ['passed', 'skipped', 'passed'],
        classification: 'passed',
        durationsMs: [5, 0, 5],
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { GeneratedTest, Report } from '../../src/model.js';
import { deliveryNotification } from '../../src/report/notification.js';
import { FILES, P, countsFor, ordersReport, outcome, point } from './factory.js';

/** A bigger service: 12 boundaries covered by generated files, 47 tests, 89% of endpoints covered. */
function deliveredReport(): Report {
  const points = Array.from({ length: 12 }, (_, i) => point('http', 'express', `GET /api/r${i}`, `src/routes/r${i}.ts:${10 + i}`));
  const generated: GeneratedTest[] = points.map((p, i) => ({
    file: `test/integration/itw/r${i}.itw.test.ts`,
    points: [p.id],
    scenarios: [{ name: 'answers 200', kind: 'happy', reachesHandler: true }],
    generator: { name: 'template' },
    hash: `h${i}`,
    state: 'written',
  }));
  const report = ordersReport({
    points,
    coverage: [],
    generated,
    outcomes: generated.map((g) => outcome(g.file, 'answers 200', 'pppppppppp')),
    run: { runs: 10, seeds: [], durationsMs: [201_000, 215_500, 198_700], hung: [], broken: [], dropped: [] },
  });
  return {
    ...report,
    counts: { ...report.counts, testsWritten: 47, errorScenarios: 23, endpoints: 73, endpointsCovered: 65, endpointCoverage: 89 },
  };
}

describe('deliveryNotification', () => {
  it('reads like the issue asks, every number taken from the Report', () => {
    expect(deliveryNotification(deliveredReport(), { ci: true })).toBe(
      'Integration tests completed. Wrote 47 tests covering 12 service boundaries with 89% endpoint coverage. ' +
        'Tests include 23 error scenarios, run in under 4 minutes, and are integrated into CI. ' +
        'No flaky tests detected across 10 consecutive runs.',
    );
  });

  it('claims CI integration only when the caller says the tests run there', () => {
    expect(deliveryNotification(deliveredReport())).toContain('Tests include 23 error scenarios and run in under 4 minutes. ');
  });

  it('names flaky tests that were left out, a test that failed every run and a skipped one', () => {
    expect(deliveryNotification(ordersReport())).toBe(
      'Integration tests completed. Wrote 2 tests covering 3 service boundaries with 75% endpoint coverage. ' +
        'Tests include 2 error scenarios and run in under 41 seconds. ' +
        '1 flaky test was found in 10 runs and left out. 1 test failed in every run. 1 test was skipped.',
    );
  });

  it('says how many of several flaky tests were left out when only some were generated', () => {
    const base = ordersReport();
    const flakyOwn = outcome(FILES.app, 'GET /health answers fast', 'pfpppppppp', { failure: { message: 'timeout' } });
    const flakyGenerated = outcome(FILES.del, 'DELETE /api/orders/:id > is idempotent', 'pppppfpppp');
    const report = ordersReport({ outcomes: [...base.outcomes, flakyOwn, flakyGenerated] });
    expect(deliveryNotification(report)).toContain('3 flaky tests were found in 10 runs; 2 of them were left out. ');
  });

  it('uses the singular for one test, one boundary, one error scenario and one run', () => {
    const report = ordersReport({
      points: [P.createOrder, P.getOrder],
      coverage: [],
      generated: [{ ...ordersReport().generated[0]!, points: [P.createOrder.id] }],
      outcomes: [outcome(FILES.post, 'creates an order', 'p')],
      run: { runs: 1, seeds: [7], durationsMs: [1_500], hung: [], broken: [], dropped: [] },
    });
    report.counts = { ...report.counts, testsWritten: 1, errorScenarios: 1 };
    expect(deliveryNotification(report)).toBe(
      'Integration tests completed. Wrote 1 test covering 1 service boundary with 50% endpoint coverage. ' +
        'The test includes 1 error scenario and runs in under 2 seconds. No flaky tests detected across 1 run.',
    );
  });

  it('says when a test failed its only run and was left out', () => {
    const report = ordersReport({
      outcomes: [outcome(FILES.del, 'removes the order', 'f', { failure: { message: 'boom' } })],
      run: {
        runs: 1,
        seeds: [],
        durationsMs: [900],
        hung: [],
        broken: [],
        dropped: [{ file: FILES.del, scenario: 'DELETE /api/orders/:id deletes the order', reason: 'failed its run', fileRemoved: true }],
      },
    });
    expect(deliveryNotification(report)).toBe(
      'Integration tests completed. Wrote 2 tests covering 3 service boundaries with 75% endpoint coverage. ' +
        'Tests include 2 error scenarios and run in under 1 second. ' +
        'No flaky tests detected across 1 run. 1 test failed its only run and was left out.',
    );
  });

  it('says nothing about stability when the tests were not run', () => {
    // Nothing ran, so nothing was rolled back: all three generated files stay.
    const report = ordersReport({ outcomes: [], run: undefined });
    report.counts = countsFor(report, 3, 2);
    expect(deliveryNotification(report)).toBe(
      'Integration tests completed. Wrote 3 tests covering 4 service boundaries with 100% endpoint coverage. ' +
        'Tests include 2 error scenarios. The tests were not run, so their stability is unknown.',
    );
  });

  it('reports the remaining gaps when no test was written', () => {
    const report = ordersReport({ generated: [], outcomes: [], run: undefined });
    report.counts = { ...report.counts, testsWritten: 0, errorScenarios: 0 };
    expect(deliveryNotification(report)).toBe(
      'Integration tests completed. No tests were written; 6 integration points remain without a test (25% of points have one).',
    );
  });

  it('says no tests were needed when every point already has one', () => {
    const covered = [P.health, P.getOrder];
    const report = ordersReport({ points: covered, generated: [], outcomes: [], run: undefined });
    report.counts = { ...countsFor(report, 0, 0) };
    expect(deliveryNotification(report)).toBe(
      'Integration tests completed. No new tests were needed: all 2 integration points already have tests.',
    );
  });

  it('falls back to overall coverage when the service has no HTTP endpoints', () => {
    const report = ordersReport({ points: [P.orders, P.customers, P.cache], coverage: [] });
    report.counts = countsFor(report, 2, 1);
    expect(deliveryNotification(report)).toMatch(
      /^Integration tests completed\. Wrote 2 tests covering 3 service boundaries with 66\.7% integration-point coverage\. /,
    );
  });

  it('reports coverage and gaps in audit mode', () => {
    const report = ordersReport({ mode: 'audit', generated: [], outcomes: [], run: undefined });
    expect(deliveryNotification(report)).toBe(
      'Integration test audit completed. Found 8 integration points, 2 of them covered by tests (25%). ' +
        '2 of 4 HTTP endpoints are covered (50%). 6 points have no test: 2 HTTP endpoints, 2 database tables, 1 cache, and 1 queue.',
    );
    const empty = ordersReport({ mode: 'audit', points: [], coverage: [], generated: [], outcomes: [], run: undefined });
    expect(deliveryNotification(empty)).toBe('Integration test audit completed. No integration points were found.');
  });

  it('summarises the flake hunt in verify mode', () => {
    const report = ordersReport({ mode: 'verify', generated: [] });
    report.run = { ...report.run!, hung: ['GET /api/orders streams results'] };
    expect(deliveryNotification(report)).toBe(
      'Integration test verification completed. Ran 7 tests 10 times each: 4 passed every run, 1 was flaky, 1 failed every run, and 1 was skipped. ' +
        'One run takes under 41 seconds. 1 test hung and was stopped at the run timeout.',
    );
  });

  it('speaks of what a merged report holds', () => {
    expect(deliveryNotification({ ...ordersReport(), mode: 'merge' })).toMatch(/^Integration tests completed\. Wrote 2 tests/);
    const verified = ordersReport({ mode: 'merge', generated: [] });
    expect(deliveryNotification(verified)).toMatch(/^Integration test verification completed\. Ran 7 tests 10 times each/);
  });
});

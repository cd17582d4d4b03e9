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
    outcomes: generated.map((g) => outcome(g.file, 'answers 200', 'pppppppppp', { origin: 'generated' })),
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

  it("keeps the repository's tests, the generated tests kept and the generated tests dropped apart", () => {
    expect(deliveryNotification(ordersReport())).toBe(
      "Integration tests completed. Wrote 6 tests and kept 4, covering 3 service boundaries; counting the repository's own tests, 5 of 8 integration points have a test (62.5%), with 75% endpoint coverage. " +
        'The tests kept include 2 error scenarios and run in under 41 seconds. ' +
        "Of the repository's own 4 tests, 1 passed every run, 1 was flaky, 1 failed every run, and 1 was skipped. " +
        "2 generated tests were dropped (1 failed every run and 1 was flaky); the report gives each one's reason.",
    );
  });

  it('never calls a run without flaky tests when a dropped generated test was flaky', () => {
    const generatedOnly = ordersReport({ outcomes: ordersReport().outcomes.filter((o) => o.origin === 'generated') });
    const text = deliveryNotification(generatedOnly);
    expect(text).not.toContain('No flaky tests');
    expect(text).not.toContain("Of the repository's own");
    expect(text).toContain('2 generated tests were dropped (1 failed every run and 1 was flaky)');
  });

  it('says the service boundaries are the covered points when the generated tests are all the coverage there is', () => {
    // No test of the repository covers anything: both numbers count the same points.
    const report = ordersReport({ coverage: [] });
    expect(report.counts.covered).toBe(3);
    expect(deliveryNotification(report)).toMatch(
      /^Integration tests completed\. Wrote 6 tests and kept 4, covering 3 service boundaries with 25% endpoint coverage\. /,
    );
  });

  it('uses the singular for one test, one boundary, one error scenario and one run', () => {
    const report = ordersReport({
      points: [P.createOrder, P.getOrder],
      coverage: [],
      generated: [{ ...ordersReport().generated[0]!, points: [P.createOrder.id] }],
      outcomes: [outcome(FILES.post, 'creates an order', 'p', { origin: 'generated' })],
      run: { runs: 1, seeds: [7], durationsMs: [1_500], hung: [], broken: [], dropped: [] },
    });
    report.counts = { ...report.counts, testsWritten: 1, errorScenarios: 1 };
    expect(deliveryNotification(report)).toBe(
      'Integration tests completed. Wrote 1 test covering 1 service boundary with 50% endpoint coverage. ' +
        'The test includes 1 error scenario and runs in under 2 seconds. No flaky tests detected across 1 run.',
    );
  });

  it('says when a generated test failed its only run and was dropped', () => {
    const report = ordersReport({
      points: [P.createOrder, P.orders, P.cache, P.deleteOrder],
      coverage: [],
      outcomes: [
        outcome(FILES.del, 'DELETE /api/orders/:id › removes the order', 'f', { origin: 'generated', failure: { message: 'boom' } }),
      ],
      run: {
        runs: 1,
        seeds: [],
        durationsMs: [900],
        hung: [],
        broken: [],
        dropped: [{ file: FILES.del, scenario: 'DELETE /api/orders/:id › removes the order', reason: 'failed: boom', fileRemoved: true }],
      },
    });
    expect(deliveryNotification(report)).toBe(
      'Integration tests completed. Wrote 5 tests and kept 4, covering 3 service boundaries with 50% endpoint coverage. ' +
        'The tests kept include 2 error scenarios and run in under 1 second. No flaky tests detected across 1 run. ' +
        "1 generated test was dropped (1 failed its only run); the report gives each one's reason.",
    );
  });

  it('says when every test written was dropped, and what remains without a test', () => {
    const base = ordersReport();
    const dropped = base.run!.dropped.map((d) => ({ ...d, fileRemoved: true }));
    const kept = new Set(base.generated.flatMap((g) => g.scenarios.map((s) => s.name)));
    const report = ordersReport({
      generated: [],
      outcomes: base.outcomes.filter((o) => !kept.has(o.name)),
      run: { ...base.run!, dropped },
    });
    expect(deliveryNotification(report)).toBe(
      "Integration tests completed. Wrote 2 tests and kept none: 1 failed every run and 1 was flaky; the report gives each one's reason. " +
        '6 integration points remain without a test (25% of points have one). ' +
        "Of the repository's own 4 tests, 1 passed every run, 1 was flaky, 1 failed every run, and 1 was skipped.",
    );
  });

  it('says no test ran when every test written was dropped before the runs (none compiled)', () => {
    const dropped = [
      { file: FILES.del, scenario: 'DELETE /api/orders/:id › removes the order', reason: 'did not compile: TS2307', fileRemoved: true },
    ];
    const report = ordersReport({
      generated: [],
      outcomes: [],
      run: { runs: 0, seeds: [], durationsMs: [], hung: [], broken: [], dropped },
    });
    expect(deliveryNotification(report)).toBe(
      "Integration tests completed. Wrote 1 test and kept none: 1 did not run; the report gives each one's reason. " +
        '6 integration points remain without a test (25% of points have one). No test ran.',
    );
  });

  it('says which runs proved nothing, quoting the first cause', () => {
    const repository = ordersReport().outcomes.filter((o) => o.origin === 'repository');
    const report = ordersReport({ mode: 'verify', generated: [], outcomes: repository });
    report.run = {
      ...report.run!,
      dropped: [],
      broken: [{ run: 3, seed: 103, cause: 'error: password authentication failed for user "app"\n    at x', file: FILES.orders }],
    };
    expect(deliveryNotification(report)).toContain(
      '1 of 10 runs proved nothing: no test passed and every test file failed outside its tests, first with "error: password authentication failed for user "app"".',
    );
  });

  it('says nothing about stability when the tests were not run', () => {
    const report = ordersReport({ outcomes: [], run: undefined });
    expect(deliveryNotification(report)).toBe(
      "Integration tests completed. Wrote 4 tests covering 3 service boundaries; counting the repository's own tests, 5 of 8 integration points have a test (62.5%), with 75% endpoint coverage. " +
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
      /^Integration tests completed\. Wrote 4 tests and kept 2, covering 2 service boundaries with 66\.7% integration-point coverage\. /,
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
    const repository = ordersReport().outcomes.filter((o) => o.origin === 'repository');
    const report = ordersReport({ mode: 'verify', generated: [], outcomes: repository });
    report.run = { ...report.run!, dropped: [], hung: ['GET /api/orders streams results'] };
    expect(deliveryNotification(report)).toBe(
      'Integration test verification completed. Ran 4 tests 10 times each: 1 passed every run, 1 was flaky, 1 failed every run, and 1 was skipped. ' +
        'One run takes under 41 seconds. 1 test hung and was stopped at the run timeout.',
    );
  });

  it('speaks of what a merged report holds', () => {
    expect(deliveryNotification({ ...ordersReport(), mode: 'merge' })).toMatch(/^Integration tests completed\. Wrote 6 tests and kept 4/);
    const verified = ordersReport({ mode: 'merge', generated: [] });
    expect(deliveryNotification(verified)).toMatch(/^Integration test verification completed\. Ran 4 tests 10 times each/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  boundariesCovered,
  errorText,
  errorType,
  flakeBound,
  flakeBoundPercent,
  gapEntries,
  outcomeLine,
  percent,
  testGroups,
  underDuration,
} from '../../src/report/facts.js';
import { FILES, GAP_REASONS, P, ordersReport, outcome } from './factory.js';

describe('flake bound', () => {
  it('is 1 − 0.05^(1/N), shown rounded up so it never claims more than the runs prove', () => {
    expect(flakeBound(10)).toBeCloseTo(0.2589, 4);
    expect([1, 3, 5, 10, 20, 100, 1000].map(flakeBoundPercent)).toEqual(['95%', '64%', '46%', '26%', '14%', '3%', '0.3%']);
  });
});

describe('underDuration', () => {
  it('names the smallest whole unit count strictly above the duration', () => {
    expect([0, 400, 12_300, 59_999, 60_000, 239_000, 240_000, 3_599_999, 3_600_000].map(underDuration)).toEqual([
      'under 1 second',
      'under 1 second',
      'under 13 seconds',
      'under 1 minute',
      'under 2 minutes',
      'under 4 minutes',
      'under 5 minutes',
      'under 1 hour',
      'under 2 hours',
    ]);
  });
});

describe('report facts', () => {
  it('formats shares with at most one decimal', () => {
    expect([89, 88.5, 62.5, 0, 100, 33.333].map(percent)).toEqual(['89%', '88.5%', '62.5%', '0%', '100%', '33.3%']);
  });

  it("lists the report's gaps with their points and reasons, in file/line order", () => {
    expect(gapEntries(ordersReport()).map((g) => [g.point.id, g.reason])).toEqual([
      [P.published.id, GAP_REASONS[P.published.id]],
      [P.customers.id, 'no test exercises it'],
      [P.deleteOrder.id, GAP_REASONS[P.deleteOrder.id]],
    ]);
  });

  it('reads gaps from report.gaps, not from coverage it works out itself', () => {
    const report = ordersReport({ gaps: [{ pointId: P.cache.id, reason: 'the cache test was dropped' }] });
    expect(gapEntries(report).map((g) => g.point.id)).toEqual([P.cache.id]);
  });

  it('counts as service boundaries the points the kept generated files cover', () => {
    expect(boundariesCovered(ordersReport())).toBe(3);
  });
  it("reads the error class from the stack's or the message's first line", () => {
    expect(errorType({ message: 'expected 1 to be 2', stack: 'AssertionError: expected 1 to be 2\n at x' })).toBe('AssertionError');
    expect(errorType({ message: 'TypeError: x is not a function' })).toBe('TypeError');
    expect(errorType({ message: '\u001b[31mpg.DatabaseError: relation "orders" does not exist' })).toBe('pg.DatabaseError');
    expect(errorType({ message: 'expected 404 to be 204' })).toBe('Error');
  });

  it('shows a message the stack does not repeat above the stack, and strips terminal colours', () => {
    expect(errorText({ message: 'boom', stack: 'Error: boom\n    at a.ts:1:1' })).toBe('Error: boom\n    at a.ts:1:1');
    expect(errorText({ message: '\u001b[31m- Expected\n+ Received\u001b[39m', stack: 'AssertionError: expected\n at b.ts:2:2' })).toBe(
      '- Expected\n+ Received\nAssertionError: expected\n at b.ts:2:2',
    );
    expect(errorText({ message: 'only a message\n' })).toBe('only a message');
  });
});

describe('testGroups', () => {
  const names = (list: { name?: string; scenario?: string }[]) => list.map((o) => o.name ?? o.scenario);

  it("splits the repository's tests, the generated tests kept and the generated tests dropped", () => {
    const groups = testGroups(ordersReport());
    expect(names(groups.repository)).toEqual([
      'GET /health answers ok',
      'GET /api/orders/:id returns the order',
      'GET /api/orders/:id answers 404 for an unknown id',
      'charges a card',
    ]);
    expect(names(groups.kept)).toEqual([
      'POST /api/orders › creates an order and stores it',
      'POST /api/orders › rejects a missing customerId with 400',
      'ioredis cache › expires entries after their TTL',
      'ioredis cache › round-trips an order through the cache',
    ]);
    expect(groups.dropped.map((d) => [d.file, d.scenario, d.fileRemoved, d.outcome?.classification])).toEqual([
      [FILES.post, 'POST /api/orders › answers 404 for an unknown customer', false, 'failed'],
      [FILES.del, 'DELETE /api/orders/:id › removes the order', true, 'flaky'],
    ]);
  });

  it('matches a dropped record to its outcome by file and scenario, not by file alone', () => {
    const report = ordersReport();
    // A second test of the same file with another name is kept, not taken for the dropped one.
    expect(testGroups(report).kept.some((o) => o.file === FILES.post)).toBe(true);
    const renamed = ordersReport({
      run: { ...report.run!, dropped: [{ ...report.run!.dropped[0]!, scenario: 'POST /api/orders › some other test' }] },
    });
    expect(testGroups(renamed).dropped[0]).not.toHaveProperty('outcome');
  });

  it('counts a generated outcome that no kept file holds and no record names as dropped, with its reason', () => {
    const broken = outcome('test/integration/itw/refunds.itw.test.ts', '(file)', 'fff', {
      origin: 'generated',
      failure: { message: "Cannot find module '../_support/app.js'\n    at x" },
    });
    const groups = testGroups(ordersReport({ outcomes: [...ordersReport().outcomes, broken] }));
    expect(groups.dropped.at(-1)).toEqual({
      file: 'test/integration/itw/refunds.itw.test.ts',
      scenario: '(file)',
      reason: "failed: Cannot find module '../_support/app.js'",
      fileRemoved: true,
      outcome: broken,
    });
    expect(groups.kept).not.toContain(broken);
  });
});

describe('outcomeLine', () => {
  const report = ordersReport();
  const find = (name: string) => report.outcomes.find((o) => o.name === name)!;

  it("points at a repository test's failing line, else at its declaration", () => {
    expect(outcomeLine(report, find('GET /api/orders/:id returns the order'))).toBe(31);
    expect(outcomeLine(report, find('GET /health answers ok'))).toBe(8);
  });

  it('points nowhere in a generated file that was removed or rewritten since the runs', () => {
    expect(outcomeLine(report, find('DELETE /api/orders/:id › removes the order'))).toBeUndefined();
    expect(outcomeLine(report, find('POST /api/orders › creates an order and stores it'))).toBeUndefined();
    // The cache file lost no test, so its lines are still those the runs saw.
    expect(outcomeLine(report, find('ioredis cache › round-trips an order through the cache'))).toBe(8);
  });
});

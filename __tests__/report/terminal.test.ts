import { describe, expect, it } from 'vitest';
import { terminalSummary } from '../../src/report/terminal.js';
import { P, ordersReport } from './factory.js';

describe('terminalSummary', () => {
  it("keeps the repository's tests, the generated tests kept and the generated tests dropped apart, and gives every gap its reason", () => {
    expect(terminalSummary(ordersReport())).toBe(
      [
        '',
        'Integration points',
        '  http              3 / 4    covered',
        '  db                1 / 2    covered',
        '  cache             1 / 1    covered',
        '  queue             0 / 1    covered',
        '  total             5 / 8    covered (62.5%)',
        '',
        'Not covered',
        '  amqplib:orders.created:publish           src/events.ts:12',
        '      itw does not generate tests for queue points yet',
        '  pg:customers                             src/routes/customers.ts:19',
        '      no test exercises it',
        '  DELETE /api/orders/:id                   src/routes/orders.ts:65',
        '      its generated test was dropped (flaky: passed 8 of 10 runs)',
        '',
        'Repository tests: 1 passed, 1 flaky, 1 failed, 1 skipped',
        '  failed  GET /api/orders/:id returns the order (test/orders.test.ts)',
        '          expected 500 to be 200 // Object.is equality',
        '  flaky   GET /api/orders/:id answers 404 for an unknown id (test/orders.test.ts)',
        '          expected 200 to be 404 // Object.is equality',
        '  skipped charges a card (test/payments.test.ts)',
        '          stripe-mock is not reachable: set STRIPE_API_BASE',
        '',
        'Generated tests kept (4, passed every run)',
        '  test/integration/itw/orders.post.itw.test.ts (2 tests)',
        '  test/integration/itw/cache.itw.test.ts (2 tests)',
        '',
        'Generated tests dropped (2), each with its reason',
        '  failed   POST /api/orders › answers 404 for an unknown customer',
        '           test/integration/itw/orders.post.itw.test.ts (removed from the file): failed: expected 201 to be 404 // Object.is equality',
        '  flaky    DELETE /api/orders/:id › removes the order',
        '           test/integration/itw/orders.delete.itw.test.ts (file removed): flaky: expected 404 to be 204 // Object.is equality',
        '',
        'Notes',
        "  src/legacy/report.js:14: Unexpected token '<'",
      ].join('\n'),
    );
  });

  it('names the runs that proved nothing with their first cause', () => {
    const report = ordersReport();
    report.run = {
      ...report.run!,
      broken: [{ run: 2, seed: 102, cause: 'connect ECONNREFUSED 127.0.0.1:5432\n    at x', file: 'test/orders.test.ts' }],
    };
    expect(terminalSummary(report)).toContain(
      '\nRuns that proved nothing (no test passed, every file failed outside its tests)\n  run 2 (seed 102) in test/orders.test.ts: connect ECONNREFUSED 127.0.0.1:5432\n',
    );
  });

  it('lists the first 30 gaps and counts the rest', () => {
    const gaps = Array.from({ length: 35 }, () => ({
      pointId: P.published.id,
      reason: 'itw does not generate tests for queue points yet',
    }));
    const text = terminalSummary(ordersReport({ gaps }));
    expect(text.match(/^ {6}itw does not generate tests for queue points yet$/gm)).toHaveLength(30);
    expect(text).toContain('\n  … and 5 more (see the report)\n');
  });
});

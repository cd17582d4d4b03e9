import { describe, expect, it } from 'vitest';
import { limitAnnotations, rankAnnotations, type Annotation } from '../../src/report/annotations.js';
import { FILES, ordersReport, outcome, point } from './factory.js';

const brief = (list: Annotation[]) =>
  list.map((a) => `${a.level} ${a.file === undefined ? '(no file)' : `${a.file}:${a.line}`} ${a.title}`);

describe('rankAnnotations', () => {
  it('ranks failures, then flaky tests, then uncovered points, then the generated tests dropped', () => {
    const list = rankAnnotations(ordersReport());
    expect(brief(list)).toEqual([
      'error test/orders.test.ts:31 Failing test: GET /api/orders/:id returns the order',
      'warning test/orders.test.ts:44 Flaky test: GET /api/orders/:id answers 404 for an unknown id',
      'notice src/events.ts:12 No integration test: amqplib:orders.created:publish',
      'notice src/routes/customers.ts:19 No integration test: pg:customers',
      'notice src/routes/orders.ts:65 No integration test: DELETE /api/orders/:id',
      'notice (no file) Generated test dropped: POST /api/orders › answers 404 for an unknown customer',
      'notice (no file) Generated test dropped: DELETE /api/orders/:id › removes the order',
    ]);
    expect(list[0]!.message).toBe(
      'Failed 10 of 10 runs; the first failure replays with seed 101.\n\n' +
        'AssertionError: expected 500 to be 200 // Object.is equality\n' +
        '    at test/orders.test.ts:31:24\n' +
        '    at processTicksAndRejections (node:internal/process/task_queues:95:5)',
    );
    expect(list[1]!.message).toBe(
      'Passed 8 of 10 runs; the first failure replays with seed 104.\n\n' +
        'AssertionError: expected 200 to be 404 // Object.is equality\n    at test/orders.test.ts:44:22',
    );
  });

  it('gives every uncovered point its reason', () => {
    const notices = rankAnnotations(ordersReport()).filter((a) => a.title.startsWith('No integration test'));
    expect(notices.map((a) => a.message)).toEqual([
      'No test covers this queue integration point (amqplib): itw does not generate tests for queue points yet.',
      'No test covers this db integration point (pg): no test exercises it.',
      'No test covers this http integration point (express): its generated test was dropped (flaky: passed 8 of 10 runs).',
    ]);
  });

  it('makes a dropped generated test a notice with its reason that points at no file', () => {
    const dropped = rankAnnotations(ordersReport()).filter((a) => a.title.startsWith('Generated test dropped'));
    expect(dropped).toEqual([
      {
        level: 'notice',
        title: 'Generated test dropped: POST /api/orders › answers 404 for an unknown customer',
        message:
          'itw wrote this test and did not keep it: failed: expected 201 to be 404 // Object.is equality\n' +
          `It was removed from ${FILES.post}; the file keeps the tests that passed every run.`,
      },
      {
        level: 'notice',
        title: 'Generated test dropped: DELETE /api/orders/:id › removes the order',
        message:
          'itw wrote this test and did not keep it: flaky: expected 404 to be 204 // Object.is equality\n' +
          `Its file ${FILES.del} was removed: no test of it was kept.`,
      },
    ]);
  });

  it('never points at a file the run removed, whatever an error names', () => {
    // A repository test whose error was thrown from inside a generated file that is gone now.
    const report = ordersReport({
      outcomes: [
        ...ordersReport().outcomes,
        outcome('test/z.test.ts', 'reuses a generated helper', 'ff', { failure: { message: 'boom', file: FILES.del, line: 18 } }),
      ],
    });
    const list = rankAnnotations(report);
    expect(list.filter((a) => a.file === FILES.del)).toEqual([]);
    expect(list.find((a) => a.title === 'Failing test: reuses a generated helper')).not.toHaveProperty('file');
  });

  it('puts uncovered points in the changed files first', () => {
    const list = rankAnnotations(ordersReport(), new Set(['src/routes/orders.ts', 'src/routes/customers.ts']));
    expect(brief(list).slice(2, 5)).toEqual([
      'notice src/routes/customers.ts:19 No integration test: pg:customers',
      'notice src/routes/orders.ts:65 No integration test: DELETE /api/orders/:id',
      'notice src/events.ts:12 No integration test: amqplib:orders.created:publish',
    ]);
  });

  it('points at the failing line, else at the declaration, else at line 1', () => {
    const report = ordersReport({
      outcomes: [
        outcome('test/z.test.ts', 'fails in a helper', 'ff', { failure: { message: 'boom', file: 'test/helpers/db.ts', line: 7 } }),
        outcome(FILES.app, 'GET /health answers ok', 'ff', { failure: { message: 'boom' } }),
        outcome('test/a.test.ts', 'no line known', 'ff', { failure: { message: 'boom' } }),
      ],
    });
    expect(brief(rankAnnotations(report)).slice(0, 3)).toEqual([
      'error test/a.test.ts:1 Failing test: no line known',
      'error test/app.test.ts:8 Failing test: GET /health answers ok',
      'error test/helpers/db.ts:7 Failing test: fails in a helper',
    ]);
  });

  it('shows the message and the first 15 lines of the error', () => {
    const stack = Array.from({ length: 30 }, (_, i) => `    at f${i} (x.ts:${i}:1)`).join('\n');
    const report = ordersReport({ outcomes: [outcome('test/a.test.ts', 'a', 'f', { failure: { message: 'boom', stack } })] });
    const lines = rankAnnotations(report)[0]!.message.split('\n');
    expect(lines.slice(2, 4)).toEqual(['boom', '    at f0 (x.ts:0:1)']);
    expect(lines.slice(-2)).toEqual(['    at f13 (x.ts:13:1)', '… 16 more lines']);
  });
});

describe('limitAnnotations', () => {
  it("keeps GitHub's 10 per level in rank order and counts the rest", () => {
    const failing = Array.from({ length: 13 }, (_, i) => outcome(`test/f${String(i).padStart(2, '0')}.test.ts`, `f${i}`, 'ff'));
    const flaky = Array.from({ length: 4 }, (_, i) => outcome(`test/k${i}.test.ts`, `k${i}`, 'pf'));
    const points = Array.from({ length: 25 }, (_, i) => point('db', 'pg', `pg:t${i}`, `src/db/t${String(i).padStart(2, '0')}.ts:3`));
    const report = ordersReport({
      points,
      coverage: [],
      generated: [],
      outcomes: [...failing, ...flaky],
      run: { ...ordersReport().run!, dropped: [] },
    });
    const { shown, omitted, omittedByLevel } = limitAnnotations(rankAnnotations(report));
    expect(omitted).toBe(18);
    expect(omittedByLevel).toEqual({ error: 3, warning: 0, notice: 15 });
    expect(shown.map((a) => `${a.level} ${a.file}`)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `error test/f${String(i).padStart(2, '0')}.test.ts`),
      ...Array.from({ length: 4 }, (_, i) => `warning test/k${i}.test.ts`),
      ...Array.from({ length: 10 }, (_, i) => `notice src/db/t${String(i).padStart(2, '0')}.ts`),
    ]);
  });
});

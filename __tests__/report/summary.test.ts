import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { countsFor, ordersReport, outcome, point } from './factory.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The body of one `### heading` section, up to the next heading or the footer rule. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n### ${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}" in:\n${markdown}`);
  const body = markdown.slice(start + heading.length + 6);
  const end = body.search(/\n### |\n---\n/);
  return (end < 0 ? body : body.slice(0, end)).trim();
}

describe('summaryMarkdown', () => {
  const markdown = summaryMarkdown(ordersReport());

  it('opens with the delivery notification and a table per point kind', () => {
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '## Integration test report',
      '',
      "Integration tests completed. Wrote 6 tests and kept 4, covering 3 service boundaries; counting the repository's own tests, 5 of 8 integration points have a test (62.5%), with 75% endpoint coverage. " +
        "The tests kept include 2 error scenarios and run in under 41 seconds. Of the repository's own 4 tests, 1 passed every run, 1 was flaky, 1 failed every run, and 1 was skipped. " +
        "2 generated tests were dropped (1 failed every run and 1 was flaky); the report gives each one's reason.",
    ]);
    expect(section(markdown, 'Integration points by kind')).toBe(
      [
        '| Kind | Points | Covered | Coverage |',
        '| --- | ---: | ---: | ---: |',
        '| HTTP endpoints | 4 | 3 | 75% |',
        '| Database tables | 2 | 1 | 50% |',
        '| Caches | 1 | 1 | 100% |',
        '| Queues | 1 | 0 | 0% |',
        '| **All** | **8** | **5** | **62.5%** |',
      ].join('\n'),
    );
  });

  it('states what the flake runs found for each group and what they prove', () => {
    expect(section(markdown, 'Flake runs')).toBe(
      'The tests ran 10 times, each in a fresh process with its own shuffle seed (101, 102, 103, 104, 105, 106, 107, 108, 109, 110). One run took 40.9 s on average.\n\n' +
        "- The repository's tests: 1 passed, 1 flaky, 1 failed, 1 skipped.\n" +
        '- 4 generated tests kept, each passed every run; 2 written and dropped (below, with their reasons).\n\n' +
        '10 clean runs rule out, at 95% confidence, a failure rate above 26% for each test that passed all of them.',
    );
  });

  it('says so when the runner cannot shuffle, and names no seed', () => {
    const report = ordersReport();
    const run = { ...report.run!, seeds: [], fixedOrder: 'mocha cannot shuffle test order, so every run kept the order of the files' };
    expect(section(summaryMarkdown({ ...report, run }), 'Flake runs').split('\n')[0]).toBe(
      'The tests ran 10 times, each in a fresh process, in one order (mocha cannot shuffle test order, so every run kept the order of the files). One run took 40.9 s on average.',
    );
  });

  it("shows the repository's failing and flaky tests with where they failed, the seed to replay and the first error", () => {
    expect(section(markdown, 'Failing tests (1)')).toBe(
      [
        '**GET /api/orders/\\:id returns the order** (`test/orders.test.ts:31`): failed 10 of 10 runs; replay the first failure with seed 101.',
        '',
        '<details><summary>First error: expected 500 to be 200 // Object.is equality</summary>',
        '',
        '```text',
        'AssertionError: expected 500 to be 200 // Object.is equality',
        '    at test/orders.test.ts:31:24',
        '    at processTicksAndRejections (node:internal/process/task_queues:95:5)',
        '```',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(section(markdown, 'Flaky tests (1)').split('\n')[0]).toBe(
      '**GET /api/orders/\\:id answers 404 for an unknown id** (`test/orders.test.ts:44`): passed 8 of 10 runs; replay the first failure with seed 104.',
    );
  });

  it('lists the generated tests dropped apart from failures, collapsed, each with its reason and what became of its file', () => {
    expect(markdown).not.toMatch(/Failing tests \(2\)|Flaky tests \(2\)/);
    for (const heading of ['Failing tests (1)', 'Flaky tests (1)']) {
      expect(section(markdown, heading)).not.toContain('itw.test.ts');
    }
    expect(section(markdown, 'Generated tests dropped (2)')).toBe(
      [
        "Written by itw and removed, each for the reason given: a generated test is kept only when it passes every run. They are not the repository's tests and did not fail its build; a failure may still point at a bug worth a look.",
        '',
        '<details><summary>2 generated tests dropped: 1 failed, 1 flaky; 1 file removed</summary>',
        '',
        '- **POST /api/orders › answers 404 for an unknown customer** in `test/integration/itw/orders.post.itw.test.ts` (removed from the file, which keeps the rest): failed 10 of 10 runs (seed 101). failed\\: expected 201 to be 404 // Object\\.is equality',
        '- **DELETE /api/orders/\\:id › removes the order** in `test/integration/itw/orders.delete.itw.test.ts` (file removed): passed 8 of 10 runs (seed 103). flaky\\: expected 404 to be 204 // Object\\.is equality',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('lists the gaps with their reasons, the generated files kept with their scenarios, skipped tests and diagnostics', () => {
    expect(section(markdown, 'Gaps: 3 integration points without a test')).toBe(
      [
        '- `amqplib:orders.created:publish` (queue, amqplib) at `src/events.ts:12`: itw does not generate tests for queue points yet',
        '- `pg:customers` (db, pg) at `src/routes/customers.ts:19`: no test exercises it',
        '- `DELETE /api/orders/:id` (http, express) at `src/routes/orders.ts:65`: its generated test was dropped \\(flaky\\: passed 8 of 10 runs\\)',
      ].join('\n'),
    );
    expect(section(markdown, 'Generated tests kept (4 in 2 files)')).toBe(
      [
        'Each passed every run; they are in the tree now.',
        '',
        '- `test/integration/itw/orders.post.itw.test.ts`: written by template; covers `POST /api/orders`, `pg:orders`',
        '  - happy: POST /api/orders › creates an order and stores it',
        '  - error: POST /api/orders › rejects a missing customerId with 400',
        '- `test/integration/itw/cache.itw.test.ts`: already up to date (claude (claude\\-sonnet\\-4\\-5)); covers `ioredis`',
        '  - happy: ioredis cache › round\\-trips an order through the cache',
        '  - edge: ioredis cache › expires entries after their TTL',
      ].join('\n'),
    );
    expect(section(markdown, 'Skipped tests (1)')).toBe(
      '- **charges a card** (`test/payments.test.ts`): stripe\\-mock is not reachable\\: set STRIPE\\_API\\_BASE',
    );
    expect(section(markdown, 'Diagnostics (1)')).toBe(
      "Files that could not be read or parsed; their integration points may be missing.\n\n- `src/legacy/report.js:14`: Unexpected token '&lt;'",
    );
    expect(markdown.endsWith('\n---\n<sub>itw 0.1.0, generate mode</sub>\n')).toBe(true);
  });

  it("closes the dropped tests' <details> even when the budget cuts the list short", () => {
    const dropped = Array.from({ length: 2_000 }, (_, i) => ({
      file: `test/integration/itw/r${i}.itw.test.ts`,
      scenario: `GET /api/r${i} › answers 200`,
      reason: `failed: expected 500 to be 200 (${'x'.repeat(200)})`,
      fileRemoved: true,
    }));
    const report = ordersReport({ run: { ...ordersReport().run!, dropped: [...ordersReport().run!.dropped, ...dropped] } });
    const body = section(summaryMarkdown(report, { maxBytes: 30_000 }), 'Generated tests dropped (2002)');
    expect(body).toMatch(
      /more dropped tests left out to keep this summary under GitHub's 1 MiB limit; the JSON report lists them all\._\n\n<\/details>$/,
    );
  });

  it('lists the runs that proved nothing, and says no run took place when every test was dropped before the runs', () => {
    const report = ordersReport();
    report.run = { ...report.run!, broken: [{ run: 2, seed: 102, cause: 'connect ECONNREFUSED 127.0.0.1:5432\n    at x' }] };
    expect(section(summaryMarkdown(report), 'Runs that proved nothing (1)')).toBe(
      'No test passed in these runs and every test file failed outside its tests: the environment failed, not the tests.\n\n' +
        '- Run 2 (seed 102): connect ECONNREFUSED 127\\.0\\.0\\.1\\:5432',
    );
    const none = ordersReport({
      generated: [],
      outcomes: [],
      run: { runs: 0, seeds: [], durationsMs: [], hung: [], broken: [], dropped: report.run.dropped },
    });
    expect(section(summaryMarkdown(none), 'Flake runs')).toBe(
      'No run took place: 2 generated tests were dropped before the runs (below, with the reasons).',
    );
  });

  it('counts the annotations that GitHub did not show', () => {
    expect(summaryMarkdown(ordersReport(), { annotationsLeftOut: 7 })).toContain(
      '\n_7 more annotations were not shown in the log (GitHub shows 10 errors, 10 warnings and 10 notices per step); the sections below list them._\n',
    );
  });

  it('leaves the flake-run section and test sections out of an audit', () => {
    const audit = summaryMarkdown(ordersReport({ mode: 'audit', generated: [], outcomes: [], run: undefined }));
    expect(audit.match(/^### .*$/gm)).toEqual([
      '### Integration points by kind',
      '### Gaps: 6 integration points without a test',
      '### Diagnostics (1)',
    ]);
  });

  it('keeps test names, messages and paths from turning into markup, links, mentions or a closed fence', () => {
    const report = ordersReport({
      outcomes: [
        outcome('test/<b>.test.ts', '<img src=x onerror=alert(1)> **bold** [link](https://e.x) @octocat | pipe', 'ff', {
          failure: {
            message: '</summary></details><script>alert(1)</script>\nsecond line',
            stack: 'Error: boom\n```\n</details>\n````md\n# heading',
          },
        }),
      ],
    });
    expect(section(summaryMarkdown(report), 'Failing tests (1)')).toBe(
      [
        '**&lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*bold\\*\\* \\[link\\]\\(https\\://e\\.x\\) @\u200boctocat \\| pipe** (`test/<b>.test.ts`): failed 2 of 2 runs.',
        '',
        '<details><summary>First error: &lt;/summary&gt;&lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt;</summary>',
        '',
        '`````text',
        '</summary></details><script>alert(1)</script>',
        'second line',
        'Error: boom',
        '```',
        '</details>',
        '````md',
        '# heading',
        '`````',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('clips a long error to its first 40 lines, message first', () => {
    const stack = Array.from({ length: 100 }, (_, i) => `    at frame${i} (src/f.ts:${i}:1)`).join('\n');
    const report = ordersReport({ outcomes: [outcome('test/a.test.ts', 'a', 'f', { failure: { message: 'boom', stack } })] });
    const body = section(summaryMarkdown(report), 'Failing tests (1)');
    expect(body).toContain('```text\nboom\n    at frame0 (src/f.ts:0:1)\n');
    expect(body).toContain('    at frame38 (src/f.ts:38:1)\n… (61 more lines left out)\n```');
    expect(body).not.toContain('frame39');
  });
});

describe('summaryMarkdown size limit', () => {
  /** A monorepo-sized report: 30,000 uncovered routes and 400 failing tests with long stacks. */
  function hugeReport(): Report {
    const points = Array.from({ length: 30_000 }, (_, i) =>
      point(
        'http',
        'express',
        `GET /api/v2/tenants/:tenantId/resources/resource-${i}/children`,
        `packages/svc-${i % 97}/src/routes/r${i}.ts:${i % 500}`,
      ),
    );
    const stack = Array.from({ length: 40 }, (_, i) => `    at handler${i} (packages/svc/src/deep/module${i}.ts:${i}:7)`).join('\n');
    const outcomes = Array.from({ length: 400 }, (_, i) =>
      outcome(`test/t${i}.test.ts`, `case ${i}`, 'ffffffffff', { failure: { message: `expected ${i} to be ${i + 1}`, stack } }),
    );
    const base = ordersReport({ points, coverage: [], generated: [], outcomes, run: { ...ordersReport().run!, dropped: [] } });
    return { ...base, counts: countsFor(base, 0, 0) };
  }

  it('stays under 1 MB by default and says what it left out', () => {
    const markdown = summaryMarkdown(hugeReport());
    expect(bytes(markdown)).toBeLessThanOrEqual(1_000_000);
    const failing = section(markdown, 'Failing tests (400)');
    const shownTests = failing.match(/^\*\*case \d+\*\*/gm)?.length ?? 0;
    expect(shownTests).toBe(400);
    const gaps = section(markdown, 'Gaps: 30000 integration points without a test');
    const shownGaps = gaps.match(/^- `GET /gm)?.length ?? 0;
    expect(shownGaps).toBeGreaterThan(100);
    expect(gaps).toContain(
      `\n\n_${30_000 - shownGaps} more uncovered points left out to keep this summary under GitHub's 1 MiB limit; the JSON report lists them all._\n\n`,
    );
    expect(
      markdown.endsWith(
        "\n\n_Left out to keep this summary under GitHub's 1 MiB limit: 1 diagnostic. The JSON report lists them all._\n\n---\n<sub>itw 0.1.0, generate mode</sub>\n",
      ),
    ).toBe(true);
  });

  it('honours a smaller budget, truncating the sections in priority order', () => {
    const markdown = summaryMarkdown(hugeReport(), { maxBytes: 20_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(20_000);
    const failing = section(markdown, 'Failing tests (400)');
    const shownTests = failing.match(/^\*\*case \d+\*\*/gm)?.length ?? 0;
    expect(shownTests).toBeGreaterThan(0);
    expect(
      failing.endsWith(
        `_${400 - shownTests} more failing tests left out to keep this summary under GitHub's 1 MiB limit; the JSON report lists them all._`,
      ),
    ).toBe(true);
    // Later sections use what room is left for their smaller items, and count the rest.
    const gaps = section(markdown, 'Gaps: 30000 integration points without a test');
    const shownGaps = gaps.match(/^- `GET /gm)?.length ?? 0;
    expect(gaps).toContain(`_${30_000 - shownGaps} more uncovered points left out`);
    expect(markdown).toContain("_Left out to keep this summary under GitHub's 1 MiB limit: 1 diagnostic.");
  });
});

describe('OpenAPI drift in the summary', () => {
  it('lists what the spec and the code disagree on, both ways', () => {
    const report = ordersReport({
      repository: {
        infra: { services: [], env: [], module: { packageType: 'module', system: 'esm' } },
        openapi: { documents: ['openapi.yaml'], drift: { specOnly: ['DELETE /api/orders/:id'], codeOnly: ['GET /health'] } },
      },
    });
    const text = summaryMarkdown(report);
    expect(text).toContain(
      '### OpenAPI drift (2)\n\nWhere `openapi.yaml` and the code disagree.\n\n- `DELETE /api/orders/:id`: in the spec, not served by the code\n- `GET /health`: served by the code, not in the spec',
    );
  });
});

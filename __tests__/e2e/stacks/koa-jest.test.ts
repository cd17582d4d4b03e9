/**
 * `itw generate` on the koa-jest fixture (Koa 2 with @koa/router in CommonJS: routers with their own prefix mounted in a
 * loop by an exported `createApp()`, hand-written validation, `router.param()` id parsing, an outer error middleware
 * mapping PostgreSQL constraint names to 409/422, a bearer-token guard; Jest whose `testMatch` selects `*.test.js`), as a
 * user runs it, then checked the way their CI would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEveryEndpointKept, generateForStack, leftDatabases, ownTests, removeCopy, type StackRun } from '../../helpers/stack.js';

/** Every endpoint but the health route (the fixture's own test covers it), with the error scenarios its code answers. */
const EXPECTED: Record<string, RegExp[]> = {
  'POST /api/authors': [/without its required fields .* 400/, /malformed JSON with 400/, /409 when the email is already taken/],
  'GET /api/authors': [],
  'GET /api/authors/:id': [/404 for an author that does not exist/],
  'PATCH /api/authors/:id': [/malformed JSON with 400/, /404 for an author that does not exist/],
  'POST /api/books': [
    /without its required fields .* 400/,
    /malformed JSON with 400/,
    /409 when the isbn is already taken/,
    /422 when authorId names no existing record/,
  ],
  'GET /api/books': [],
  'GET /api/books/:id': [/404 for a book that does not exist/],
  'PATCH /api/books/:id': [/malformed JSON with 400/, /404 for a book that does not exist/],
  'DELETE /api/books/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a book that does not exist/],
};

describe('itw generate on koa-jest', () => {
  const started = new Date();
  let run: StackRun;

  beforeAll(async () => {
    run = await generateForStack('koa-jest', { flakeRuns: 5 });
  }, 300_000);

  afterAll(async () => {
    if (run) await removeCopy(run.dir);
  });

  it('keeps a happy path and the supported error scenarios of every endpoint, stable over 5 runs', () => {
    const { result, report } = run;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(report.environment.testFramework).toBe('jest');
    expect(report.run?.runs).toBe(5);
    expect(report.outcomes.filter((o) => o.classification === 'flaky')).toEqual([]);
    // Named as the repository's Jest `testMatch` selects its tests, so its own `npm test` runs them.
    const files = report.generated.map((g) => g.file);
    expect(files).toEqual(expect.arrayContaining(['test/integration/itw/authors.itw.test.js', 'test/integration/itw/books.itw.test.js']));
    for (const file of files) expect(file).toMatch(/^test\/integration\/itw\/[\w-]+\.itw\.test\.js$/);
    expectEveryEndpointKept(run, EXPECTED);
  });

  it("passes the repository's own npm test, which runs the generated files", async () => {
    const tests = await ownTests(run.dir);
    const output = tests.stdout + tests.stderr;
    expect(tests.code, output).toBe(0);
    for (const file of ['authors.itw.test.js', 'books.itw.test.js'])
      expect(output).toMatch(new RegExp(`PASS .*${file.replace(/\./g, '\\.')}`));
    expect(output).not.toMatch(/\bfailed\b/);
  }, 120_000);

  it('leaves no test database behind', async () => {
    expect(await leftDatabases(started)).toEqual([]);
  });
});

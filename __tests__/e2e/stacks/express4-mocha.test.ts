/**
 * `itw generate` on the express4-mocha fixture (Express 4 in CommonJS: an exported `createApp()` that hands the app to
 * route modules (`module.exports = (app) => { …; app.use('/api/projects', router) }`), ids constrained inline as
 * `/:id(\\d+)`, hand-written validation, an async wrapper, an error handler mapping pg errors to 409/422; Mocha with
 * Chai and a `.mocharc.json` without `exit`), as a user runs it, then checked the way their CI would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEveryEndpointKept, generateForStack, leftDatabases, ownTests, removeCopy, type StackRun } from '../../helpers/stack.js';

/** Every endpoint but the health route (the fixture's own test covers it), with the error scenarios its code answers. */
const EXPECTED: Record<string, RegExp[]> = {
  'POST /api/projects': [/without its required fields .* 400/, /malformed JSON with 400/, /409 when the slug is already taken/],
  'GET /api/projects': [],
  'GET /api/projects/:id': [/404 for a project that does not exist/],
  'PATCH /api/projects/:id': [/malformed JSON with 400/, /404 for a project that does not exist/],
  'DELETE /api/projects/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a project that does not exist/],
  'POST /api/tasks': [/without its required fields .* 400/, /malformed JSON with 400/, /422 when projectId names no existing record/],
  'GET /api/tasks': [],
  'GET /api/tasks/:id': [/404 for a task that does not exist/],
  'PUT /api/tasks/:id': [/without its required fields .* 400/, /malformed JSON with 400/, /404 for a task that does not exist/],
  'DELETE /api/tasks/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a task that does not exist/],
};

describe('itw generate on express4-mocha', () => {
  const started = new Date();
  let run: StackRun;

  beforeAll(async () => {
    run = await generateForStack('express4-mocha', { flakeRuns: 5 });
  }, 300_000);

  afterAll(async () => {
    if (run) await removeCopy(run.dir);
  });

  it('keeps a happy path and the supported error scenarios of every endpoint, stable over 5 runs', () => {
    const { result, report } = run;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(report.environment.testFramework).toBe('mocha');
    expect(report.run?.runs).toBe(5);
    expect(report.outcomes.filter((o) => o.classification === 'flaky')).toEqual([]);
    // Named so that the repository's `.mocharc.json` spec (`test/**/*.test.js`) runs them.
    const files = report.generated.map((g) => g.file);
    expect(files).toEqual(expect.arrayContaining(['test/integration/itw/projects.itw.test.js', 'test/integration/itw/tasks.itw.test.js']));
    for (const file of files) expect(file).toMatch(/^test\/integration\/itw\/[\w-]+\.itw\.test\.js$/);
    expectEveryEndpointKept(run, EXPECTED);
  });

  it("passes the repository's own npm test, which runs the generated files and exits by itself", async () => {
    const tests = await ownTests(run.dir);
    const output = tests.stdout + tests.stderr;
    expect(tests.code, output).toBe(0);
    // Mocha names suites, not files: every kept scenario and the fixture's own health test pass, none fails.
    const kept = run.report.generated.reduce((n, g) => n + g.scenarios.length, 0);
    expect(kept).toBeGreaterThan(0);
    expect(output).toMatch(new RegExp(`\\b${kept + 1} passing\\b`));
    expect(output).not.toMatch(/\bfailing\b/);
  }, 120_000);

  it('leaves no test database behind', async () => {
    expect(await leftDatabases(started)).toEqual([]);
  });
});

/**
 * `itw generate` on the next-vitest fixture (Next.js 15 App Router route handlers under `app/api`, the `@/` alias, a
 * `lib/db.ts` pool, UUID ids, a bearer-guarded delete, Vitest), as a user runs it, then checked the way their CI would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endpointsOf,
  expectEveryEndpointKept,
  generateForStack,
  leftDatabases,
  ownTests,
  ownTypecheck,
  removeCopy,
  type StackRun,
} from '../../helpers/stack.js';

/** Every endpoint but the health route (its own test covers it), with the error scenarios its code answers. */
const EXPECTED: Record<string, RegExp[]> = {
  'POST /api/projects': [/without its required fields .* 400/, /malformed JSON with 400/, /409 when the slug is already taken/],
  'GET /api/projects': [],
  'GET /api/projects/:id': [/404 for a project that does not exist/],
  'PATCH /api/projects/:id': [/malformed JSON with 400/, /404 for a project that does not exist/],
  'DELETE /api/projects/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a project that does not exist/],
  'POST /api/tasks': [/without its required fields .* 400/, /malformed JSON with 400/, /422 when projectId names no existing record/],
  'GET /api/tasks': [],
  'GET /api/tasks/:id': [/404 for a task that does not exist/],
  'PATCH /api/tasks/:id': [/malformed JSON with 400/, /404 for a task that does not exist/],
  'DELETE /api/tasks/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a task that does not exist/],
};
/** The health route, which the fixture's own test covers. */
const OTHER_ROUTES = ['GET /api/health'];

describe('itw generate on next-vitest', () => {
  const started = new Date();
  let run: StackRun;

  beforeAll(async () => {
    run = await generateForStack('next-vitest', { flakeRuns: 5 });
  }, 300_000);

  afterAll(async () => {
    if (run) await removeCopy(run.dir);
  });

  it('keeps a happy path and the supported error scenarios of every endpoint, stable over 5 runs', () => {
    const { result, report } = run;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(report.environment.testFramework).toBe('vitest');
    expect(
      endpointsOf(report)
        .filter((e) => !OTHER_ROUTES.includes(e))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
    expect(report.run?.runs).toBe(5);
    expect(report.outcomes.filter((o) => o.classification === 'flaky')).toEqual([]);
    expectEveryEndpointKept(run, EXPECTED);
  });

  it("passes the repository's own npm test, which runs the generated files, and its tsc", async () => {
    const tests = await ownTests(run.dir);
    expect(tests.code, tests.stdout + tests.stderr).toBe(0);
    for (const file of ['test/integration/itw/projects.itw.test.ts', 'test/integration/itw/tasks.itw.test.ts', 'test/health.test.ts'])
      expect(tests.stdout).toContain(file);
    expect(tests.stdout).not.toMatch(/\d+ failed/);

    const tsc = await ownTypecheck(run.dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });

  it('leaves no test database behind', async () => {
    expect(await leftDatabases(started)).toEqual([]);
  });
});

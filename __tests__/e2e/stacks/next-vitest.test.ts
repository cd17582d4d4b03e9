/**
 * `itw generate` on the next-vitest fixture (Next.js 15 App Router route handlers under `app/api`, the `@/` alias, a
 * `lib/db.ts` pool, UUID ids, a bearer-guarded delete, Vitest), as a user runs it, then checked the way their CI would.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_URL,
  endpointsOf,
  generateForStack,
  keptByEndpoint,
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

/** itw_test_ databases created since `since` by a process that has ended: what a run left behind. */
async function leftDatabases(since: Date): Promise<string[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; comment: string | null }>(
      "SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname LIKE 'itw\\_test\\_%'",
    );
    return rows
      .filter((r) => {
        const marker = JSON.parse(r.comment ?? '{}') as { pid?: number; created?: string };
        return marker.created !== undefined && new Date(marker.created) >= since && !alive(marker.pid);
      })
      .map((r) => r.datname);
  } finally {
    await client.end();
  }
}

function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

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
    const kept = keptByEndpoint(report);
    for (const [endpoint, errors] of Object.entries(EXPECTED)) {
      const scenarios = kept.get(endpoint);
      expect(
        scenarios?.happy.length ?? 0,
        `${endpoint}: a kept happy path (dropped: ${JSON.stringify(report.run?.dropped)}, gaps: ${JSON.stringify(report.gaps)})`,
      ).toBeGreaterThan(0);
      for (const error of errors) expect(scenarios?.errors ?? [], `${endpoint}: ${error}`).toContainEqual(expect.stringMatching(error));
    }
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

/**
 * `itw generate` on the express5-jest fixture (Express 5 in TypeScript ESM: an exported `createApp()` mounting routers,
 * zod schemas parsed in the handlers (a `.regex()` key), one error handler mapping zod errors to 400 and pg's 23505/23503
 * to 409/422, error classes that carry their status; Jest through ts-jest's ESM preset, whose config selects `*.test.ts`
 * under `test/`), as a user runs it, then checked the way their CI would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectEveryEndpointKept,
  generateForStack,
  leftDatabases,
  ownTypecheck,
  removeCopy,
  type StackRun,
  userEnv,
} from '../../helpers/stack.js';
import { runCommand, type Finished } from '../../helpers/workspace.js';

/** Every endpoint but the health route (the fixture's own test covers it), with the error scenarios its code answers. */
const EXPECTED: Record<string, RegExp[]> = {
  'POST /api/projects': [/without its required fields .* 400/, /malformed JSON with 400/, /409 when the key is already taken/],
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

/**
 * The repository's own `npm test`. Its Jest config keeps the default `testMatch`, which matches against absolute paths:
 * under this project's `__tests__/` folder every module of the copy would count as a test file (`_support/app.ts`
 * included), which no checkout of the repository sees. Jest is told to ignore the support folder, and nothing else.
 */
function ownTests(dir: string): Promise<Finished> {
  return runCommand('npm', ['test', '--silent', '--', '--testPathIgnorePatterns', '/node_modules/', '/_support/'], {
    cwd: dir,
    env: userEnv({ CI: 'true' }),
    timeoutMs: 600_000,
  });
}

describe('itw generate on express5-jest', () => {
  const started = new Date();
  let run: StackRun;

  beforeAll(async () => {
    run = await generateForStack('express5-jest', { flakeRuns: 5 });
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
    // Named as the repository's Jest config selects its tests (`*.test.ts` under `test/`), so its own `npm test` runs them.
    const files = report.generated.map((g) => g.file);
    expect(files).toEqual(expect.arrayContaining(['test/integration/itw/projects.itw.test.ts', 'test/integration/itw/tasks.itw.test.ts']));
    for (const file of files) expect(file).toMatch(/^test\/integration\/itw\/[\w-]+\.itw\.test\.ts$/);
    expectEveryEndpointKept(run, EXPECTED);
  });

  it("passes the repository's own npm test, which runs the generated files, and its tsc", async () => {
    // Both at once: Jest mostly waits on PostgreSQL and the apps it starts.
    const [tests, tsc] = await Promise.all([ownTests(run.dir), ownTypecheck(run.dir)]);
    const output = tests.stdout + tests.stderr;
    expect(tests.code, output).toBe(0);
    for (const file of ['projects.itw.test.ts', 'tasks.itw.test.ts'])
      expect(output).toMatch(new RegExp(`PASS .*${file.replace(/\./g, '\\.')}`));
    expect(output).not.toMatch(/\bfailed\b/);

    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  }, 180_000);

  it('leaves no test database behind', async () => {
    expect(await leftDatabases(started)).toEqual([]);
  });
});

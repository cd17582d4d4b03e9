/**
 * `itw generate` on the nest-jest fixture (NestJS 11 on Express, TypeScript compiled to CommonJS by ts-jest; an
 * AppModule importing the authors and books modules, class-validator DTOs under a global ValidationPipe, a pg pool
 * provider ended in onModuleDestroy, a bearer-token guard reading API_TOKEN; a Jest config that runs only
 * `*.spec.ts` and `*.e2e-spec.ts`), as a user runs it, then checked the way their CI would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectEveryEndpointKept,
  generateForStack,
  leftDatabases,
  ownTests,
  ownTypecheck,
  removeCopy,
  type StackRun,
} from '../../helpers/stack.js';

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
    /404 when authorId names no existing record/,
  ],
  'GET /api/books': [],
  'GET /api/books/:id': [/404 for a book that does not exist/],
  'PATCH /api/books/:id': [/malformed JSON with 400/, /404 for a book that does not exist/],
  'DELETE /api/books/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a book that does not exist/],
};

describe('itw generate on nest-jest', () => {
  const started = new Date();
  let run: StackRun;

  beforeAll(async () => {
    run = await generateForStack('nest-jest', { flakeRuns: 5 });
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
    // Named as the repository's Jest config selects its tests (`*.spec.ts`), so its own `npm test` runs them.
    const files = report.generated.map((g) => g.file);
    expect(files).toEqual(expect.arrayContaining(['test/integration/itw/authors.itw.spec.ts', 'test/integration/itw/books.itw.spec.ts']));
    for (const file of files) expect(file).toMatch(/^test\/integration\/itw\/[\w-]+\.itw\.spec\.ts$/);
    expectEveryEndpointKept(run, EXPECTED);
  });

  it("passes the repository's own npm test, which runs the generated files, and its tsc", async () => {
    // Both at once: Jest mostly waits on PostgreSQL and the apps it starts.
    const [tests, tsc] = await Promise.all([ownTests(run.dir), ownTypecheck(run.dir)]);
    const output = tests.stdout + tests.stderr;
    expect(tests.code, output).toBe(0);
    for (const file of ['authors.itw.spec.ts', 'books.itw.spec.ts'])
      expect(output).toMatch(new RegExp(`PASS .*${file.replace(/\./g, '\\.')}`));
    expect(output).not.toMatch(/\bfailed\b/);

    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  }, 180_000);

  it('leaves no test database behind', async () => {
    expect(await leftDatabases(started)).toEqual([]);
  });
});

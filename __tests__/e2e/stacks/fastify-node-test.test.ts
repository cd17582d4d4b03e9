/**
 * `itw generate` on the fastify-node-test fixture (Fastify 5, a `buildApp()` factory, route JSON schemas, pg,
 * node:test through `node --import tsx --test`), as a user runs it, then checked the way their CI would.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
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

/** Every endpoint but the health route (its own test covers it), with the error scenarios its code answers. */
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

describe('itw generate on fastify-node-test', () => {
  const started = new Date();
  let run: StackRun;

  beforeAll(async () => {
    run = await generateForStack('fastify-node-test', { flakeRuns: 5 });
  }, 300_000);

  afterAll(async () => {
    if (run) await removeCopy(run.dir);
  });

  it('keeps a happy path and the supported error scenarios of every endpoint, stable over 5 runs', async () => {
    const { result, report } = run;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(report.environment.testFramework).toBe('node:test');
    expect(report.run?.runs).toBe(5);
    expect(report.outcomes.filter((o) => o.classification === 'flaky')).toEqual([]);
    const support = await fs.readFile(path.join(run.dir, 'test/integration/itw/_support/app.ts'), 'utf8');
    // Built by the app's factory, answered through inject.
    expect(support).toContain('const app = await module.buildApp();');
    expect(support).toContain('await app.inject(');
    expectEveryEndpointKept(run, EXPECTED);
  });

  it("passes the repository's own npm test, which runs the generated files, and its tsc", async () => {
    const tests = await ownTests(run.dir);
    expect(tests.code, tests.stdout + tests.stderr).toBe(0);
    // Suites only the generated files declare.
    for (const group of ['POST /api/authors', 'DELETE /api/books/:id']) expect(tests.stdout).toContain(group);
    expect(tests.stdout).toMatch(/(?:ℹ|#) fail 0/);

    const tsc = await ownTypecheck(run.dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });

  it('leaves no test database behind', async () => {
    expect(await leftDatabases(started)).toEqual([]);
  });
});

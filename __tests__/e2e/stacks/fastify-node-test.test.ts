/**
 * `itw generate` on the fastify-node-test fixture (Fastify 5, a `buildApp()` factory, route JSON schemas, pg,
 * node:test through `node --import tsx --test`), as a user runs it, then checked the way their CI would.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { describeStack } from '../../helpers/stack.js';

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

describeStack('fastify-node-test', {
  runner: 'node:test',
  expected: EXPECTED,
  typecheck: true,
  checkRun: async (run) => {
    const support = await fs.readFile(path.join(run.dir, 'test/integration/itw/_support/app.ts'), 'utf8');
    // Built by the exported factory, answered through inject.
    expect(support).toContain('const app = await module.buildApp();');
    expect(support).toContain('await app.inject(');
  },
  checkOwnTests: (output) => {
    // Suites only the generated files declare.
    for (const group of ['POST /api/authors', 'DELETE /api/books/:id']) expect(output).toContain(group);
    expect(output).toMatch(/(?:ℹ|#) fail 0/);
  },
});

/**
 * `itw generate` on the fastify-vitest fixture (Fastify 4 in fastify-cli's layout: a root plugin autoloading
 * plugins and routes, `fastify.pg` ended in onClose, pg errors mapped by an error handler, a `test/helper.ts`
 * that builds the app; Vitest), as a user runs it, then checked the way their CI would.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { describeStack } from '../../helpers/stack.js';

/** Every endpoint but the health route (its own test covers it), with the error scenarios its code answers. */
const EXPECTED: Record<string, RegExp[]> = {
  'POST /authors': [/without its required fields .* 400/, /malformed JSON with 400/, /409 when the email is already taken/],
  'GET /authors': [],
  'GET /authors/:id': [/404 for an author that does not exist/],
  'PUT /authors/:id': [/without its required fields .* 400/, /malformed JSON with 400/, /404 for an author that does not exist/],
  'POST /books': [
    /without its required fields .* 400/,
    /malformed JSON with 400/,
    /409 when the isbn is already taken/,
    /422 when authorId names no existing record/,
  ],
  'GET /books': [],
  'GET /books/:id': [/404 for a book that does not exist/],
  'PUT /books/:id': [/without its required fields .* 400/, /malformed JSON with 400/, /404 for a book that does not exist/],
  'DELETE /books/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a book that does not exist/],
};

describeStack('fastify-vitest', {
  runner: 'vitest',
  expected: EXPECTED,
  typecheck: true,
  checkRun: async (run) => {
    const support = await fs.readFile(path.join(run.dir, 'test/integration/itw/_support/app.ts'), 'utf8');
    // Built through the helper the fixture's own tests use (test/helper.ts), answered through inject.
    expect(support).toContain('const app = await helper.build();');
    expect(support).toContain('await app.inject(');
  },
  checkOwnTests: (output) => {
    for (const file of ['authors.itw.test.ts', 'books.itw.test.ts']) expect(output).toContain(file);
    expect(output).not.toMatch(/\bfailed\b/);
  },
});

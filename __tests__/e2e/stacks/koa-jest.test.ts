/**
 * `itw generate` on the koa-jest fixture (Koa 2 with @koa/router in CommonJS: routers with their own prefix mounted in a
 * loop by an exported `createApp()`, hand-written validation, `router.param()` id parsing, an outer error middleware
 * mapping PostgreSQL constraint names to 409/422, a bearer-token guard; Jest whose `testMatch` selects `*.test.js`), as a
 * user runs it, then checked the way their CI would.
 */
import { describeStack, expectGeneratedFiles, expectJestPassed } from '../../helpers/stack.js';

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

describeStack('koa-jest', {
  runner: 'jest',
  expected: EXPECTED,
  typecheck: false,
  // Named as the repository's Jest `testMatch` selects its tests, so its own `npm test` runs them.
  checkRun: (run) => expectGeneratedFiles(run, ['authors.itw.test.js', 'books.itw.test.js']),
  checkOwnTests: (output) => expectJestPassed(output, ['authors.itw.test.js', 'books.itw.test.js']),
});

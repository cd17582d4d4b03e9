/**
 * `itw generate` on the nest-jest fixture (NestJS 11 on Express, TypeScript compiled to CommonJS by ts-jest; an
 * AppModule importing the authors and books modules, class-validator DTOs under a global ValidationPipe, a pg pool
 * provider ended in onModuleDestroy, a bearer-token guard reading API_TOKEN; a Jest config that runs only
 * `*.spec.ts` and `*.e2e-spec.ts`), as a user runs it, then checked the way their CI would.
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
    /404 when authorId names no existing record/,
  ],
  'GET /api/books': [],
  'GET /api/books/:id': [/404 for a book that does not exist/],
  'PATCH /api/books/:id': [/malformed JSON with 400/, /404 for a book that does not exist/],
  'DELETE /api/books/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a book that does not exist/],
};

describeStack('nest-jest', {
  runner: 'jest',
  expected: EXPECTED,
  typecheck: true,
  // Named as the repository's Jest config selects its tests (`*.spec.ts`), so its own `npm test` runs them.
  checkRun: (run) => expectGeneratedFiles(run, ['authors.itw.spec.ts', 'books.itw.spec.ts']),
  checkOwnTests: (output) => expectJestPassed(output, ['authors.itw.spec.ts', 'books.itw.spec.ts']),
});

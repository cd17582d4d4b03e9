/**
 * `itw generate` on the express5-jest fixture (Express 5 in TypeScript ESM: an exported `createApp()` mounting routers,
 * zod schemas parsed in the handlers (a `.regex()` key), one error handler mapping zod errors to 400 and pg's 23505/23503
 * to 409/422, error classes that carry their status; Jest through ts-jest's ESM preset, whose config selects `*.test.ts`
 * under `test/`), as a user runs it, then checked the way their CI would.
 */
import { describeStack, expectGeneratedFiles, expectJestPassed } from '../../helpers/stack.js';

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

describeStack('express5-jest', {
  runner: 'jest',
  expected: EXPECTED,
  typecheck: true,
  // Its Jest config keeps the default `testMatch`, which matches absolute paths: under this project's `__tests__/`
  // every module of the copy would count as a test file (`_support/app.ts` included), which no checkout of the
  // repository sees. Jest is told to ignore the support folder, and nothing else.
  ownTestArgs: ['--testPathIgnorePatterns', '/node_modules/', '/_support/'],
  checkRun: (run) => expectGeneratedFiles(run, ['projects.itw.test.ts', 'tasks.itw.test.ts']),
  checkOwnTests: (output) => expectJestPassed(output, ['projects.itw.test.ts', 'tasks.itw.test.ts']),
});

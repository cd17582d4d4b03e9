/**
 * `itw generate` on the hono-vitest fixture (Hono 4 with @hono/zod-openapi routers, `src/app.ts` exporting the
 * app, pg, a bearer-guarded delete, Vitest), as a user runs it, then checked the way their CI would.
 */
import { expect } from 'vitest';
import { describeStack, endpointsOf } from '../../helpers/stack.js';

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
/** Routes the fixture serves besides its API: the health check and the OpenAPI document. */
const OTHER_ROUTES = ['GET /health', 'GET /openapi.json'];

describeStack('hono-vitest', {
  runner: 'vitest',
  expected: EXPECTED,
  typecheck: true,
  // Every route discovery found is in EXPECTED or named as another route.
  checkRun: ({ report }) =>
    expect(
      endpointsOf(report)
        .filter((e) => !OTHER_ROUTES.includes(e))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort()),
  checkOwnTests: (output) => {
    for (const file of ['test/integration/itw/projects.itw.test.ts', 'test/integration/itw/tasks.itw.test.ts', 'test/health.test.ts'])
      expect(output).toContain(file);
    expect(output).not.toMatch(/\d+ failed/);
  },
});

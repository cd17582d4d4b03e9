/**
 * The Hono harness, end to end below discovery: the hono-vitest fixture's routes as discovery reports them
 * (its zod-openapi routers, the bearer guard on deletes), the tests planned for them written into a copy of
 * the fixture, and run by its own Vitest against the real PostgreSQL, then type-checked by its own tsc.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pointId } from '../../src/discover/index.js';
import type { AppEntry, HttpDetails, IntegrationPoint, JsonSchemaLike } from '../../src/model.js';
import { removePlannedCopies, runPlanned } from '../helpers/planned.js';
import { ownTypecheck } from '../helpers/stack.js';

const APP: AppEntry = { file: 'src/app.ts', framework: 'hono', export: { name: 'app', type: 'instance' } };
const GUARD = { scheme: 'bearer' as const, env: 'API_TOKEN', statuses: [401], missing: 401, wrong: 401 };

function route(method: string, routePath: string, file: string, line: number, extra: Partial<HttpDetails> = {}): IntegrationPoint {
  const details: HttpDetails = {
    method,
    path: routePath,
    params: [...routePath.matchAll(/:(\w+)/g)].map((m) => m[1]!),
    auth: [],
    handler: { file, line },
    app: APP,
    ...extra,
  };
  const key = `${method} ${routePath}`;
  return {
    id: pointId('http', key),
    kind: 'http',
    library: 'hono',
    key,
    location: { file, line },
    details: { ...details },
    service: 'none',
  };
}

const project: JsonSchemaLike & { pattern?: string } = {
  type: 'object',
  required: ['slug', 'name'],
  properties: {
    slug: { type: 'string', maxLength: 60, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as JsonSchemaLike,
    name: { type: 'string', minLength: 1, maxLength: 200 },
  },
};
const task: JsonSchemaLike = {
  type: 'object',
  required: ['projectId', 'title'],
  properties: {
    projectId: { type: 'integer', minimum: 1 },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    done: { type: 'boolean' },
    dueDate: { type: 'string', format: 'date' },
  },
};
const changes = (schema: JsonSchemaLike): JsonSchemaLike => ({ type: 'object', properties: schema.properties! });

/** The fixture's routes, as the Hono detector reports them: the zod-openapi `createRoute` definitions. */
const ROUTES = [
  route('GET', '/health', 'src/app.ts', 8, { statuses: [200] }),
  route('GET', '/api/projects', 'src/routes/projects.ts', 90, { statuses: [200] }),
  route('POST', '/api/projects', 'src/routes/projects.ts', 95, { body: project, statuses: [201, 400, 409] }),
  route('GET', '/api/projects/:id', 'src/routes/projects.ts', 106, { statuses: [200, 400, 404] }),
  route('PATCH', '/api/projects/:id', 'src/routes/projects.ts', 113, { body: changes(project), statuses: [200, 400, 404, 409] }),
  route('DELETE', '/api/projects/:id', 'src/routes/projects.ts', 129, {
    auth: ['requireApiToken'],
    authInfo: GUARD,
    statuses: [204, 400, 401, 404],
  }),
  route('GET', '/api/tasks', 'src/routes/tasks.ts', 118, { statuses: [200, 400] }),
  route('POST', '/api/tasks', 'src/routes/tasks.ts', 127, { body: task, statuses: [201, 400, 422] }),
  route('GET', '/api/tasks/:id', 'src/routes/tasks.ts', 141, { statuses: [200, 400, 404] }),
  route('PATCH', '/api/tasks/:id', 'src/routes/tasks.ts', 148, { body: changes(task), statuses: [200, 400, 404, 422] }),
  route('DELETE', '/api/tasks/:id', 'src/routes/tasks.ts', 165, {
    auth: ['requireApiToken'],
    authInfo: GUARD,
    statuses: [204, 400, 401, 404],
  }),
];

afterAll(removePlannedCopies);

describe('the Hono harness', () => {
  it('starts the app through app.request(): every test planned for the fixture passes under its Vitest and its tsc', async () => {
    const { dir, plan, run, outcomes } = await runPlanned('hono-vitest', ROUTES);

    const support = plan.files.find((f) => f.file.endsWith('_support/app.ts'))!.text;
    expect(support).toContain("const module = await import('../../../../src/app.ts');");
    expect(support).toContain('const response = await app.request(path, init);');
    expect(support).not.toMatch(/listen|baseUrl/);
    const scenarios = plan.files.flatMap((f) => f.scenarios);
    const groups = new Set(scenarios.filter((s) => s.kind === 'happy').map((s) => s.group));
    expect([...groups].sort()).toEqual(ROUTES.map((r) => r.key).sort());
    for (const s of scenarios) expect(outcomes.get(s.name), s.name).toBe('passed');
    expect(run.code, run.stderr).toBe(0);
    expect(scenarios.map((s) => s.title)).toEqual(
      expect.arrayContaining([
        'answers 409 when the slug is already taken',
        'answers 422 when projectId names no existing record',
        'rejects a wrong bearer token with 401',
        'answers 404 for a task that does not exist',
      ]),
    );

    const tsc = await ownTypecheck(dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });
});

/**
 * The Next.js route-handler harness, end to end below discovery: the next-vitest fixture's App Router routes as
 * discovery reports them (UUID ids, a bearer guard on deletes), the tests planned for them written into a copy
 * of the fixture and run by its own Vitest against the real PostgreSQL, then type-checked by its own tsc; and
 * the harness's routing itself (404, 405, HEAD, OPTIONS, catch-alls, params as Next.js 13 to 15 pass them), and
 * Pages Router API routes planned beside them (run end to end in harness-next-pages.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pointId } from '../../src/discover/index.js';
import { templateGenerator } from '../../src/generate/template/index.js';
import type { AppEntry, HttpDetails, IntegrationPoint, JsonSchemaLike } from '../../src/model.js';
import { removePlannedCopies, runPlanned } from '../helpers/planned.js';
import { ownTypecheck } from '../helpers/stack.js';

const APP: AppEntry = { file: 'app', framework: 'nextjs', export: { name: '', type: 'routes' } };
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
    library: 'next',
    key,
    location: { file, line },
    details: { ...details },
    service: 'none',
  };
}

const project: JsonSchemaLike = {
  type: 'object',
  required: ['slug', 'name'],
  properties: {
    slug: { type: 'string', minLength: 1, maxLength: 60, pattern: '^[a-z0-9-]+$' } as JsonSchemaLike,
    name: { type: 'string', minLength: 1, maxLength: 200 },
  },
};
const task: JsonSchemaLike = {
  type: 'object',
  required: ['projectId', 'title'],
  properties: {
    projectId: { type: 'string', format: 'uuid' },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    done: { type: 'boolean' },
    assignee: { type: 'string', format: 'email' },
  },
};
const changes = (schema: JsonSchemaLike): JsonSchemaLike => ({ type: 'object', properties: schema.properties! });

const PROJECTS = 'app/api/projects/route.ts';
const PROJECT = 'app/api/projects/[id]/route.ts';
const TASKS = 'app/api/tasks/route.ts';
const TASK = 'app/api/tasks/[id]/route.ts';

/** The fixture's route handlers, as the Next.js detector reports them. */
const ROUTES = [
  route('GET', '/api/health', 'app/api/health/route.ts', 5, { statuses: [200] }),
  route('GET', '/api/projects', PROJECTS, 5, { statuses: [200] }),
  route('POST', '/api/projects', PROJECTS, 10, { body: project, statuses: [201, 400, 409] }),
  route('GET', '/api/projects/:id', PROJECT, 10, { statuses: [200, 404] }),
  route('PATCH', '/api/projects/:id', PROJECT, 18, { body: changes(project), statuses: [200, 400, 404, 409] }),
  route('DELETE', '/api/projects/:id', PROJECT, 38, { auth: ['requireApiToken'], authInfo: GUARD, statuses: [204, 401, 404] }),
  route('GET', '/api/tasks', TASKS, 5, { statuses: [200, 400] }),
  route('POST', '/api/tasks', TASKS, 18, { body: task, statuses: [201, 400, 422] }),
  route('GET', '/api/tasks/:id', TASK, 10, { statuses: [200, 404] }),
  route('PATCH', '/api/tasks/:id', TASK, 18, { body: changes(task), statuses: [200, 400, 404, 422] }),
  route('DELETE', '/api/tasks/:id', TASK, 44, { auth: ['requireApiToken'], authInfo: GUARD, statuses: [204, 401, 404] }),
];

/** A catch-all route written the Next.js 14 way (`params` read without awaiting it), ending in `redirect()` or `notFound()` on demand. */
const ECHO_ROUTE = `import { NextResponse } from 'next/server';
import { notFound, redirect } from 'next/navigation';

export async function GET(request: Request, context: { params: { parts: string[] } }) {
  const awaited = (await (context.params as unknown as Promise<{ parts: string[] }>)).parts;
  if (awaited[0] === 'moved') redirect('/api/health');
  if (awaited[0] === 'gone') notFound();
  return NextResponse.json({ method: request.method, parts: context.params.parts, awaited });
}
`;

/** Asks the harness what Next.js would answer. */
const ROUTING_TEST = `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './_support/app';

describe('routing', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 404 for a path no route file serves', async () => {
    expect((await app.request('GET', '/api/nothing/here')).status).toBe(404);
  });
  it('answers 405 for a method the route file does not export', async () => {
    expect((await app.request('PUT', '/api/health')).status).toBe(405);
  });
  it('answers HEAD with the GET handler and no body', async () => {
    const response = await app.request('HEAD', '/api/health');
    expect([response.status, response.body]).toEqual([200, '']);
  });
  it('answers OPTIONS with the methods the route file serves', async () => {
    const response = await app.request('OPTIONS', '/api/projects');
    expect([response.status, response.headers.get('allow')]).toEqual([204, 'GET, HEAD, OPTIONS, POST']);
  });
  it('passes a catch-all its segments, in params both awaited and read directly', async () => {
    const response = await app.request('GET', '/api/echo/a/b%20c?x=1');
    expect(response.body).toEqual({ method: 'GET', parts: ['a', 'b c'], awaited: ['a', 'b c'] });
  });
  it('answers redirect() and notFound() of next/navigation as Next.js does', async () => {
    const moved = await app.request('GET', '/api/echo/moved');
    expect([moved.status, moved.headers.get('location')]).toEqual([307, '/api/health']);
    expect((await app.request('GET', '/api/echo/gone')).status).toBe(404);
  });
  it('prefers a static segment to a catch-all', async () => {
    expect((await app.request('GET', '/api/echo/static')).body).toEqual({ static: true });
  });
});
`;

afterAll(removePlannedCopies);

describe('the Next.js route-handler harness', () => {
  it('routes each request to its route file: every test planned for the fixture passes under its Vitest and its tsc', async () => {
    const echo = route('GET', '/api/echo/:parts*', 'app/api/echo/[...parts]/route.ts', 3);
    const echoStatic = route('GET', '/api/echo/static', 'app/api/echo/static/route.ts', 1);
    const { dir, plan, run, outcomes } = await runPlanned('next-vitest', [...ROUTES, echo, echoStatic], {
      'app/api/echo/[...parts]/route.ts': ECHO_ROUTE,
      'app/api/echo/static/route.ts': 'export const GET = () => Response.json({ static: true });\n',
      'test/integration/itw/routing.test.ts': ROUTING_TEST,
    });

    const support = plan.files.find((f) => f.file.endsWith('_support/app.ts'))!.text;
    expect(support).toContain("import { NextRequest } from 'next/server';");
    expect(support).toContain("{ path: '/api/projects/:id', load: () => import('../../../../app/api/projects/[id]/route') },");
    const scenarios = plan.files.flatMap((f) => f.scenarios);
    const groups = new Set(scenarios.filter((s) => s.kind === 'happy').map((s) => s.group));
    expect([...groups].sort()).toEqual([...ROUTES, echoStatic].map((r) => r.key).sort());
    for (const s of scenarios) expect(outcomes.get(s.name), s.name).toBe('passed');
    for (const [name, outcome] of outcomes) if (name.startsWith('routing')) expect(outcome, name).toBe('passed');
    expect([...outcomes.keys()].filter((n) => n.startsWith('routing'))).toHaveLength(7);
    expect(run.code, run.stderr).toBe(0);
    // UUID ids: the not-found paths and missing references use a UUID no record has.
    const tasks = plan.files.find((f) => f.file.endsWith('tasks.itw.test.ts'))!.text;
    expect(tasks).toContain('type Row = { id: string } & Record<string, unknown>;');
    expect(tasks).toContain("const response = await app.request('GET', `/api/tasks/${MISSING_UUID}`);");
    expect(scenarios.map((s) => s.title)).toEqual(
      expect.arrayContaining(['answers 422 when projectId names no existing record', 'answers 409 when the slug is already taken']),
    );
    expect(plan.files.find((f) => f.file.endsWith('_support/data.ts'))!.text).toContain(
      "export const MISSING_UUID = '00000000-0000-4000-8000-000000000000';",
    );

    const tsc = await ownTypecheck(dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });

  it('serves Pages Router API routes beside route handlers through Next’s own apiResolver', async () => {
    const legacy = route('POST', '/api/legacy', 'pages/api/legacy.ts', 3, { body: project, statuses: [201, 400] });
    const plan = await templateGenerator.plan({
      root: '/repo',
      testDir: '/repo/test/integration/itw',
      points: [...ROUTES, legacy],
      coverage: [],
      testFramework: 'vitest',
      dependencies: new Set(['next']),
    });

    expect(plan.gaps.map((g) => g.pointId)).not.toContain(legacy.id);
    expect(
      plan.files
        .flatMap((f) => f.scenarios)
        .filter((s) => s.group === legacy.key)
        .map((s) => s.kind),
    ).toContain('happy');
    const support = plan.files.find((f) => f.file.endsWith('_support/app.ts'))!.text;
    expect(support).toContain("import { apiResolver } from 'next/dist/server/api-utils/node/api-resolver.js';");
    expect(support).toContain("{ path: '/api/legacy', pages: true, load: () => import('../../../../pages/api/legacy.ts') },");
    expect(support).toContain("{ path: '/api/projects', load: () => import('../../../../app/api/projects/route.ts') },");
  });
});

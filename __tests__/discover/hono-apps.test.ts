import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint, type HttpDetails } from '../../src/model.js';

const scratch: string[] = [];

afterAll(() => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

/** Discovers a small repository written from `files`; each HTTP point's location and details by key. */
async function routes(files: Record<string, string>): Promise<Record<string, HttpDetails & { at: string }>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itw-hono-apps-'));
  scratch.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const { points, diagnostics } = await discover(dir);
  expect(diagnostics).toEqual([]);
  return Object.fromEntries(points.filter(isHttpPoint).map((p) => [p.key, { ...p.details, at: `${p.location.file}:${p.location.line}` }]));
}

const pkg = JSON.stringify({
  name: 'tracker',
  private: true,
  type: 'module',
  dependencies: { hono: '^4.9.0', '@hono/zod-openapi': '^1.1.0', zod: '^4.0.0', pg: '^8.16.0' },
});

const requireToken = `import { bearerAuth } from 'hono/bearer-auth';

export const requireApiToken = bearerAuth({
  verifyToken: (token) => process.env.API_TOKEN !== undefined && token === process.env.API_TOKEN,
});
`;

describe('hono apps and routers a function builds', () => {
  it('gives each call of a router factory its own router: routes, bodies and statuses of the module that calls it', async () => {
    const found = await routes({
      'package.json': pkg,
      'src/lib/create-router.ts': `import { OpenAPIHono } from '@hono/zod-openapi';

export function createRouter() {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ error: 'validation failed' }, 400);
    },
  });
}
`,
      'src/middleware/require-api-token.ts': requireToken,
      'src/routes/projects.ts': `import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../lib/create-router.ts';
import { requireApiToken } from '../middleware/require-api-token.ts';

const NewProject = z.object({ slug: z.string().regex(/^[a-z0-9-]+$/).max(60), name: z.string().trim().min(1) });

const createProject = createRoute({
  method: 'post',
  path: '/',
  request: { body: { content: { 'application/json': { schema: NewProject } }, required: true } },
  responses: { 201: { description: 'Created' }, 409: { description: 'Slug taken' } },
});

const deleteProject = createRoute({
  method: 'delete',
  path: '/{id}',
  middleware: [requireApiToken] as const,
  request: { params: z.object({ id: z.coerce.number().int() }) },
  responses: { 204: { description: 'Deleted' }, 404: { description: 'No such project' } },
});

const projects = createRouter();

projects.openapi(createProject, async (c) => c.json(c.req.valid('json'), 201));
projects.openapi(deleteProject, async (c) => c.body(null, 204));

export default projects;
`,
      'src/routes/tasks.ts': `import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../lib/create-router.ts';

const TaskChanges = z.object({ title: z.string().min(1), dueDate: z.iso.date().nullable() }).partial();

const updateTask = createRoute({
  method: 'patch',
  path: '/{id}',
  request: { params: z.object({ id: z.coerce.number() }), body: { content: { 'application/json': { schema: TaskChanges } } } },
  responses: { 200: { description: 'Updated' }, 404: { description: 'No such task' }, 422: { description: 'No such project' } },
});

const tasks = createRouter();

tasks.openapi(updateTask, async (c) => c.json({}, 200));

export default tasks;
`,
      'src/app.ts': `import { OpenAPIHono } from '@hono/zod-openapi';
import projects from './routes/projects.ts';
import tasks from './routes/tasks.ts';

export const app = new OpenAPIHono();

app.route('/api/projects', projects);
app.route('/api/tasks', tasks);

export default app;
`,
    });
    expect(Object.keys(found).sort()).toEqual(['DELETE /api/projects/:id', 'PATCH /api/tasks/:id', 'POST /api/projects']);
    expect(found['POST /api/projects']).toMatchObject({
      at: 'src/routes/projects.ts:24',
      statuses: [201, 400, 409],
      body: {
        type: 'object',
        properties: { slug: { type: 'string', pattern: '^[a-z0-9-]+$', maxLength: 60 }, name: { type: 'string', minLength: 1 } },
        required: ['slug', 'name'],
      },
      app: { file: 'src/app.ts', framework: 'hono', export: { name: 'app', type: 'instance' } },
    });
    expect(found['DELETE /api/projects/:id']).toMatchObject({
      at: 'src/routes/projects.ts:25',
      statuses: [204, 400, 404],
      auth: ['requireApiToken'],
      authInfo: { statuses: [401], scheme: 'bearer', env: 'API_TOKEN', missing: 401, wrong: 401 },
    });
    expect(found['PATCH /api/tasks/:id']).toMatchObject({
      at: 'src/routes/tasks.ts:15',
      statuses: [200, 400, 404, 422],
      body: {
        type: 'object',
        properties: { title: { type: 'string', minLength: 1 }, dueDate: { type: 'string', format: 'date' } },
        required: [],
      },
    });
    expect(found['PATCH /api/tasks/:id']!.auth).toEqual([]);
  });

  it('gives each app a factory builds what the factory registers (middleware, routes) and what its caller adds, exported by the caller', async () => {
    const found = await routes({
      'package.json': pkg,
      'src/create-app.ts': `import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';

export function createApp() {
  const app = new Hono();
  app.use('/admin/*', bearerAuth({ token: process.env.ADMIN_TOKEN! }));
  app.get('/health', (c) => c.json({ ok: true }));
  return app;
}
`,
      'src/admin.ts': `import { Hono } from 'hono';

const admin = new Hono();
admin.delete('/cache', (c) => c.body(null, 204));
export default admin;
`,
      'src/app.ts': `import { createApp } from './create-app.ts';
import admin from './admin.ts';

const app = createApp();
app.route('/admin', admin);
app.post('/books', (c) => c.json({}, 201));

export default app;
`,
    });
    expect(Object.keys(found).sort()).toEqual(['DELETE /admin/cache', 'GET /health', 'POST /books']);
    const entry = { file: 'src/app.ts', framework: 'hono', export: { name: 'default', type: 'instance' } };
    expect(found['DELETE /admin/cache']).toMatchObject({
      app: entry,
      auth: ['bearerAuth'],
      authInfo: { statuses: [401], scheme: 'bearer', env: 'ADMIN_TOKEN', missing: 401, wrong: 401 },
    });
    expect(found['GET /health']).toMatchObject({ app: entry, at: 'src/create-app.ts:7', auth: [] });
    expect(found['POST /books']).toMatchObject({ app: entry, statuses: [201], auth: [] });
  });

  it('keeps one app for a factory nothing calls (its export builds it) and for a getter of one module-level app', async () => {
    const found = await routes({
      'package.json': pkg,
      'src/factory.ts': `import { Hono } from 'hono';

export const buildApp = () => {
  const app = new Hono();
  app.get('/ping', (c) => c.text('pong'));
  return app;
};
`,
      'src/shared.ts': `import { Hono } from 'hono';

const shared = new Hono();
shared.get('/one', (c) => c.text('1'));

export function getShared() {
  return shared;
}
`,
      'src/more.ts': `import { getShared } from './shared.ts';

getShared().get('/two', (c) => c.text('2'));
export const later = getShared();
later.get('/three', (c) => c.text('3'));
`,
    });
    expect(Object.keys(found).sort()).toEqual(['GET /one', 'GET /ping', 'GET /three', 'GET /two']);
    expect(found['GET /ping']!.app).toEqual({ file: 'src/factory.ts', framework: 'hono', export: { name: 'buildApp', type: 'factory' } });
    for (const key of ['GET /one', 'GET /two', 'GET /three']) expect(found[key]!.app, key).toBeUndefined();
  });
});

describe('hono error handlers', () => {
  it("adds the 4xx an app's onError answers (a unique violation's 409, a missing reference's 422) to the routes that write", async () => {
    const found = await routes({
      'package.json': pkg,
      'src/create-app.ts': `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DatabaseError } from 'pg';

export function createApp() {
  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (error instanceof DatabaseError && error.code === '23505') return c.json({ error: 'already exists' }, 409);
    if (error instanceof DatabaseError && error.code === '23503') return c.json({ error: 'no such reference' }, 422);
    return c.json({ error: 'internal server error' }, 500);
  });
  return app;
}
`,
      'src/app.ts': `import { createApp } from './create-app.ts';

const app = createApp();
app.get('/books', (c) => c.json([]));
app.post('/books', (c) => c.json({}, 201));
app.delete('/books/:id', (c) => c.body(null, 204));

export default app;
`,
    });
    expect(Object.fromEntries(Object.entries(found).map(([key, d]) => [key, d.statuses]))).toEqual({
      'DELETE /books/:id': [204, 409, 422],
      'GET /books': [],
      'POST /books': [201, 409, 422],
    });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint, type AppEntry, type AuthInfo } from '../../src/model.js';

const stacks = path.resolve(import.meta.dirname, '../fixtures/stacks');

interface Expected {
  /** Every endpoint by key, with the statuses its code answers and its guard's reading. */
  endpoints: Record<string, { statuses: number[]; authInfo?: AuthInfo }>;
  app: AppEntry;
}

const bearer = (env: string): AuthInfo => ({ statuses: [401], scheme: 'bearer', env, missing: 401, wrong: 401 });

/** What generation reads from discovery on each stack fixture (discovery only reads them, so no copy is needed). */
const EXPECTED: Record<string, Expected> = {
  'fastify-node-test': {
    endpoints: {
      'DELETE /api/books/:id': { statuses: [204, 400, 404], authInfo: bearer('API_TOKEN') },
      'GET /api/authors': { statuses: [200] },
      'GET /api/authors/:id': { statuses: [200, 400, 404] },
      'GET /api/books': { statuses: [200, 400] },
      'GET /api/books/:id': { statuses: [200, 400, 404] },
      'GET /health': { statuses: [200] },
      'PATCH /api/authors/:id': { statuses: [200, 400, 404, 409] },
      'PATCH /api/books/:id': { statuses: [200, 400, 404] },
      'POST /api/authors': { statuses: [201, 400, 409] },
      'POST /api/books': { statuses: [201, 400, 409, 422] },
    },
    app: { file: 'src/app.ts', framework: 'fastify', export: { name: 'buildApp', type: 'factory' } },
  },
  'fastify-vitest': {
    endpoints: {
      'DELETE /books/:id': { statuses: [204, 400, 404, 409, 422], authInfo: bearer('API_TOKEN') },
      'GET /authors': { statuses: [200] },
      'GET /authors/:id': { statuses: [200, 400, 404] },
      'GET /books': { statuses: [200] },
      'GET /books/:id': { statuses: [200, 400, 404] },
      'GET /health': { statuses: [] },
      'POST /authors': { statuses: [201, 400, 409, 422] },
      'POST /books': { statuses: [201, 400, 409, 422] },
      'PUT /authors/:id': { statuses: [200, 400, 404, 409, 422] },
      'PUT /books/:id': { statuses: [200, 400, 404, 409, 422] },
    },
    app: {
      file: 'src/app.ts',
      framework: 'fastify',
      export: { name: 'default', type: 'plugin', options: 'options' },
      testHelper: { file: 'test/helper.ts', export: 'build' },
    },
  },
  'koa-jest': {
    endpoints: {
      'DELETE /api/books/:id': { statuses: [204, 404, 409, 422], authInfo: bearer('API_TOKEN') },
      'GET /api/authors': { statuses: [] },
      'GET /api/authors/:id': { statuses: [404] },
      'GET /api/books': { statuses: [400] },
      'GET /api/books/:id': { statuses: [404] },
      'GET /health': { statuses: [] },
      'PATCH /api/authors/:id': { statuses: [400, 404, 409, 422] },
      'PATCH /api/books/:id': { statuses: [400, 404, 409, 422] },
      'POST /api/authors': { statuses: [201, 400, 409, 422] },
      'POST /api/books': { statuses: [201, 400, 409, 422] },
    },
    app: { file: 'src/app.js', framework: 'koa', export: { name: 'createApp', type: 'factory' } },
  },
  'nest-jest': {
    endpoints: {
      'DELETE /api/books/:id': { statuses: [204, 400, 404], authInfo: bearer('API_TOKEN') },
      'GET /api/authors': { statuses: [200] },
      'GET /api/authors/:id': { statuses: [200, 400, 404] },
      'GET /api/books': { statuses: [200] },
      'GET /api/books/:id': { statuses: [200, 400, 404] },
      'GET /api/health': { statuses: [200] },
      'PATCH /api/authors/:id': { statuses: [200, 400, 404, 409] },
      'PATCH /api/books/:id': { statuses: [200, 400, 404] },
      'POST /api/authors': { statuses: [201, 400, 409] },
      'POST /api/books': { statuses: [201, 400, 404, 409] },
    },
    app: {
      file: 'src/app.module.ts',
      framework: 'nestjs',
      export: { name: 'AppModule', type: 'module' },
      setup: {
        file: 'src/main.ts',
        statements: ["app.setGlobalPrefix('api');", 'app.useGlobalPipes(new ValidationPipe({ whitelist: true }));'],
        imports: [{ from: '@nestjs/common', names: ['ValidationPipe'] }],
      },
    },
  },
  'hono-vitest': {
    endpoints: {
      'DELETE /api/projects/:id': { statuses: [204, 400, 401, 404], authInfo: bearer('API_TOKEN') },
      'DELETE /api/tasks/:id': { statuses: [204, 400, 401, 404], authInfo: bearer('API_TOKEN') },
      'GET /api/projects': { statuses: [200] },
      'GET /api/projects/:id': { statuses: [200, 400, 404] },
      'GET /api/tasks': { statuses: [200, 400] },
      'GET /api/tasks/:id': { statuses: [200, 400, 404] },
      'GET /health': { statuses: [] },
      'PATCH /api/projects/:id': { statuses: [200, 400, 404, 409] },
      'PATCH /api/tasks/:id': { statuses: [200, 400, 404, 422] },
      'POST /api/projects': { statuses: [201, 400, 409] },
      'POST /api/tasks': { statuses: [201, 400, 422] },
    },
    app: { file: 'src/app.ts', framework: 'hono', export: { name: 'app', type: 'instance' } },
  },
  'express4-mocha': {
    endpoints: {
      'DELETE /api/projects/:id': { statuses: [204, 400, 404, 409, 422], authInfo: bearer('API_TOKEN') },
      'DELETE /api/tasks/:id': { statuses: [204, 400, 404, 409, 422], authInfo: bearer('API_TOKEN') },
      'GET /api/projects': { statuses: [] },
      'GET /api/projects/:id': { statuses: [404] },
      'GET /api/tasks': { statuses: [] },
      'GET /api/tasks/:id': { statuses: [404] },
      'GET /health': { statuses: [] },
      'PATCH /api/projects/:id': { statuses: [400, 404, 409, 422] },
      'POST /api/projects': { statuses: [201, 400, 409, 422] },
      'POST /api/tasks': { statuses: [201, 400, 409, 422] },
      'PUT /api/tasks/:id': { statuses: [400, 404, 409, 422] },
    },
    app: { file: 'src/app.js', framework: 'express', export: { name: 'createApp', type: 'factory' } },
  },
  'express5-jest': {
    endpoints: {
      'DELETE /api/projects/:id': { statuses: [204, 400, 404, 409, 422], authInfo: bearer('API_TOKEN') },
      'DELETE /api/tasks/:id': { statuses: [204, 400, 404, 409, 422], authInfo: bearer('API_TOKEN') },
      'GET /api/projects': { statuses: [] },
      'GET /api/projects/:id': { statuses: [404] },
      'GET /api/tasks': { statuses: [] },
      'GET /api/tasks/:id': { statuses: [404] },
      'GET /health': { statuses: [] },
      'PATCH /api/projects/:id': { statuses: [400, 404, 409, 422] },
      'PATCH /api/tasks/:id': { statuses: [400, 404, 409, 422] },
      'POST /api/projects': { statuses: [201, 400, 409, 422] },
      'POST /api/tasks': { statuses: [201, 400, 409, 422] },
    },
    app: { file: 'src/app.ts', framework: 'express', export: { name: 'createApp', type: 'factory' } },
  },
  'next-vitest': {
    endpoints: {
      // 401 from `requireApiToken(request)`, 404 from the local `notFound()`, 400 from `parseBody(request, S)`.
      'DELETE /api/projects/:id': { statuses: [204, 401, 404], authInfo: bearer('API_TOKEN') },
      'DELETE /api/tasks/:id': { statuses: [204, 401, 404], authInfo: bearer('API_TOKEN') },
      'GET /api/health': { statuses: [200] },
      'GET /api/projects': { statuses: [200] },
      'GET /api/projects/:id': { statuses: [200, 404] },
      'GET /api/tasks': { statuses: [200, 400] },
      'GET /api/tasks/:id': { statuses: [200, 404] },
      'PATCH /api/projects/:id': { statuses: [200, 400, 404, 409] },
      'PATCH /api/tasks/:id': { statuses: [200, 400, 404, 422] },
      'POST /api/projects': { statuses: [201, 400, 409] },
      'POST /api/tasks': { statuses: [201, 400, 422] },
    },
    app: { file: 'app', framework: 'nextjs', export: { name: '', type: 'routes' } },
  },
};

describe('discovery on the stack fixtures', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: every endpoint with its statuses and guard, and the app entry`, async () => {
      const { points, diagnostics } = await discover(path.join(stacks, name));
      expect(diagnostics).toEqual([]);
      const http = points.filter(isHttpPoint).map((p) => p.details);
      expect(
        Object.fromEntries(
          http.map((d) => [`${d.method} ${d.path}`, { statuses: d.statuses, ...(d.authInfo ? { authInfo: d.authInfo } : {}) }]),
        ),
      ).toEqual(expected.endpoints);
      for (const d of http) expect(d.app).toEqual(expected.app);
    });
  }
});

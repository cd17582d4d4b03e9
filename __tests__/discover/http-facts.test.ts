import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint, type AppEntry, type HttpDetails } from '../../src/model.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/discover');

/** Each endpoint's statuses and guard reading, by key. */
async function facts(name: string): Promise<{ byKey: Record<string, Pick<HttpDetails, 'statuses' | 'authInfo'>>; apps: AppEntry[] }> {
  const { points, diagnostics } = await discover(path.join(fixtures, name));
  expect(diagnostics).toEqual([]);
  const http = points.filter(isHttpPoint).map((p) => p.details);
  const byKey = Object.fromEntries(
    http.map((d) => [`${d.method} ${d.path}`, { statuses: d.statuses, ...(d.authInfo ? { authInfo: d.authInfo } : {}) }]),
  );
  const apps = [...new Map(http.filter((d) => d.app).map((d) => [JSON.stringify(d.app), d.app!])).values()];
  return { byKey, apps };
}

describe('what every HTTP detector reads for generation: statuses, guards, the app entry', () => {
  it('express: statuses the handler sets, and what each guard (a guard factory too) rejects with', async () => {
    const { byKey, apps } = await facts('express');
    expect(byKey).toMatchObject({
      'DELETE /sessions': { statuses: [204], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /api/admin/users/:id': { statuses: [404], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      // `requireRole('admin')`: the factory's code is read too.
      'PATCH /api/admin/users/:id/role': { statuses: [204], authInfo: { statuses: [401, 403], missing: 401, wrong: 401 } },
      'POST /hooks/deploy': { statuses: [202, 401] },
      'POST /sessions': { statuses: [201] },
    });
    expect(apps).toEqual([{ file: 'src/app.ts', framework: 'express', export: { name: 'app', type: 'instance' } }]);
  });

  it('fastify: reply.code(), schema.response keys, 400 for a validated schema, and hooks that call jwtVerify()', async () => {
    const { byKey, apps } = await facts('fastify');
    expect(byKey).toEqual({
      'DELETE /admin/reports/:day': { statuses: [204], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /admin/reports/daily': { statuses: [], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /admin/stats': { statuses: [], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /api/catalog/items': { statuses: [] },
      'GET /api/categories': { statuses: [] },
      'GET /api/orders/:orderId': { statuses: [] },
      'GET /api/users': { statuses: [], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /api/users/:id': { statuses: [400, 404], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /api/users/:id/posts': { statuses: [] },
      'GET /health': { statuses: [] },
      'GET /version': { statuses: [] },
      'HEAD /version': { statuses: [] },
      'POST /api/orders': { statuses: [201, 400], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'POST /api/users': { statuses: [201, 400], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
    });
    expect(apps).toEqual([{ file: 'src/app.ts', framework: 'fastify', export: { name: 'buildApp', type: 'factory' } }]);
  });

  it('fastify-cli: the root plugin and its options as the app, the test helper, a decorated bearer guard, sensible errors', async () => {
    const { byKey, apps } = await facts('fastify-cli');
    expect(byKey).toEqual({
      'DELETE /notes/:id': {
        statuses: [204, 404],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'NOTES_TOKEN', missing: 401, wrong: 403 },
      },
      'GET /': { statuses: [] },
      'GET /notes': { statuses: [], authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'NOTES_TOKEN', missing: 401, wrong: 403 } },
      'GET /notes/:id': {
        statuses: [200, 400, 404],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'NOTES_TOKEN', missing: 401, wrong: 403 },
      },
      'POST /notes': {
        statuses: [201, 400, 409],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'NOTES_TOKEN', missing: 401, wrong: 403 },
      },
    });
    expect(apps).toEqual([
      {
        file: 'src/app.ts',
        framework: 'fastify',
        export: { name: 'default', type: 'plugin', options: 'options' },
        testHelper: { file: 'test/helper.ts', export: 'build' },
      },
    ]);
  });

  it('koa: ctx.status, ctx.throw(), ctx.assert(), and guards as middleware in front of the route', async () => {
    const { byKey, apps } = await facts('koa');
    expect(byKey).toEqual({
      'DELETE /api/books/:id': { statuses: [204], authInfo: { statuses: [401, 403], missing: 401, wrong: 401 } },
      'GET /api/authors': { statuses: [], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /api/books': { statuses: [], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /api/books/:id': { statuses: [404], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /healthz': { statuses: [] },
      'GET /reports/:day': {
        statuses: [400],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'REPORTS_TOKEN', missing: 401, wrong: 403 },
      },
      'GET /v2/status': { statuses: [] },
      'POST /api/books': { statuses: [201], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'POST /api/login': { statuses: [] },
      'PUT /api/authors/:id': { statuses: [404, 422], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
    });
    expect(apps).toEqual([{ file: 'src/app.ts', framework: 'koa', export: { name: 'createApp', type: 'factory' } }]);
  });

  it('hono: c.json(x, n), c.body(null, 204), c.notFound(), createRoute() responses, validators, bearerAuth and custom guards', async () => {
    const { byKey, apps } = await facts('hono');
    expect(byKey).toEqual({
      'DELETE /api/admin/cache': {
        statuses: [204],
        authInfo: { statuses: [401], scheme: 'bearer', env: 'ADMIN_TOKEN', missing: 401, wrong: 401 },
      },
      'DELETE /api/books/:id': { statuses: [204] },
      'DELETE /api/tags/:name': {
        statuses: [204],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'TAGS_TOKEN', missing: 401, wrong: 403 },
      },
      'GET /api/admin/stats': {
        statuses: [],
        authInfo: { statuses: [401], scheme: 'bearer', env: 'ADMIN_TOKEN', missing: 401, wrong: 401 },
      },
      'GET /api/authors': { statuses: [] },
      'GET /api/books': { statuses: [] },
      'GET /api/books/:id': { statuses: [] },
      'GET /api/health': { statuses: [] },
      // The app's defaultHook answers a request that fails the route's schema with 422, not zod-openapi's 400.
      'GET /api/tags/:name': { statuses: [200, 404, 422] },
      'PATCH /api/books/:id': { statuses: [400] },
      'POST /api/authors': { statuses: [201], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'POST /api/books': { statuses: [201, 400] },
      'POST /api/tags': {
        statuses: [201, 409, 422],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'TAGS_TOKEN', missing: 401, wrong: 403 },
      },
      'PUT /api/books/:id': { statuses: [400] },
    });
    expect(apps).toEqual([{ file: 'src/index.ts', framework: 'hono', export: { name: 'default', type: 'instance' } }]);
    const { points } = await discover(path.join(fixtures, 'hono'));
    // createRoute()'s request body, read from its zod schema.
    expect(points.filter(isHttpPoint).find((p) => p.key === 'POST /api/tags')!.details.body).toEqual({
      type: 'object',
      properties: { name: { type: 'string', minLength: 1, maxLength: 40 }, color: { type: 'string' } },
      required: ['name'],
    });
  });

  it('nestjs: defaults, @HttpCode, exceptions thrown by services, pipes, guard classes, and the module with main.ts setup', async () => {
    const { byKey, apps } = await facts('nestjs');
    expect(byKey).toEqual({
      'DELETE /api/v1/cats/:id': { statuses: [200, 400], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'DELETE /api/v1/reports/:day': {
        statuses: [204],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'REPORTS_TOKEN', missing: 401, wrong: 403 },
      },
      'GET /api/v1/admin/users': { statuses: [200], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /api/v1/cats': { statuses: [200] },
      'GET /api/v1/cats/:id': { statuses: [200, 400] },
      'GET /api/v1/reports/:day': {
        statuses: [200, 404],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'REPORTS_TOKEN', missing: 401, wrong: 403 },
      },
      'GET /api/v2/admin/users': { statuses: [200], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /api/v2/cats': { statuses: [200], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'GET /health': { statuses: [200] },
      'PATCH /api/v1/cats/:id': { statuses: [200, 400], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'POST /api/v1/admin/users/:id/ban': { statuses: [201, 400], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
      'POST /api/v1/cats': { statuses: [201, 400], authInfo: { statuses: [401, 403], missing: 401, wrong: 401 } },
      'POST /api/v1/reports': {
        statuses: [201, 400, 409],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'REPORTS_TOKEN', missing: 401, wrong: 403 },
      },
      'POST /api/v2/admin/users/:id/ban': { statuses: [201, 400], authInfo: { statuses: [401], missing: 401, wrong: 401 } },
    });
    expect(apps).toEqual([
      {
        file: 'src/app.module.ts',
        framework: 'nestjs',
        export: { name: 'AppModule', type: 'module' },
        setup: {
          file: 'src/main.ts',
          // The bootstrap names its app `server`; enableCors() does not change what a route answers.
          statements: [
            "app.setGlobalPrefix('api', { exclude: [{ path: 'health', method: RequestMethod.GET }] });",
            "app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });",
            'app.useGlobalPipes(new ValidationPipe({ whitelist: true }));',
            'app.useGlobalFilters(new HttpErrorFilter());',
          ],
          imports: [
            { from: '@nestjs/common', names: ['RequestMethod', 'ValidationPipe', 'VersioningType'] },
            { from: 'src/http-error.filter.ts', names: ['HttpErrorFilter'] },
          ],
        },
        // The e2e tests build the app through `createTestApp()`, which compiles AppModule.
        testHelper: { file: 'test/create-test-app.ts', export: 'createTestApp' },
      },
    ]);
  });

  it('nestjs: the declarations a setup call uses come along', async () => {
    const { apps } = await facts('nestjs-env-prefix');
    expect(apps.find((a) => a.file === 'apps/admin/src/admin.module.ts')!.setup).toEqual({
      file: 'apps/admin/src/main.ts',
      statements: ['const config = app.get(ConfigService);', "app.setGlobalPrefix(config.get<string>('ADMIN_PREFIX', 'admin'));"],
      imports: [{ from: '@nestjs/config', names: ['ConfigService'] }],
    });
  });

  it('nextjs: NextResponse.json(x, { status }), new Response(null, { status: 204 }), guard helpers and inline bearer checks', async () => {
    const { byKey, apps } = await facts('nextjs');
    expect(byKey).toEqual({
      'ALL /api/ping': { statuses: [200] },
      'ALL /api/trpc/:trpc': { statuses: [] },
      'DELETE /api/posts/:id': { statuses: [204] },
      // The guard helper's own rejections are answers of the handler that calls it.
      'GET /api/admin/stats': {
        statuses: [200, 401, 403],
        authInfo: { statuses: [401, 403], scheme: 'bearer', env: 'ADMIN_TOKEN', missing: 401, wrong: 403 },
      },
      'GET /api/auth/:nextauth*': { statuses: [] },
      'GET /api/legacy/users/:id': { statuses: [200] },
      // `Response.json(x)`: the default 200.
      'GET /api/posts': { statuses: [200] },
      'GET /api/posts/:id': { statuses: [200] },
      'GET /files/:path*': { statuses: [200] },
      'PATCH /api/posts/:id': { statuses: [200], authInfo: { statuses: [401], missing: 401 } },
      'POST /api/auth/:nextauth*': { statuses: [] },
      'POST /api/cron/cleanup': {
        statuses: [204, 401],
        authInfo: { statuses: [401], scheme: 'bearer', env: 'CRON_SECRET', missing: 401, wrong: 401 },
      },
      'POST /api/posts': { statuses: [201, 401], authInfo: { statuses: [401], missing: 401 } },
      'POST /api/webhook': { statuses: [405] },
      'POST /api/webhooks/github': { statuses: [200] },
      'POST /newsletter': { statuses: [201] },
      'PUT /api/legacy/users/:id': { statuses: [200] },
    });
    expect(apps).toEqual([
      { file: 'src/pages', framework: 'nextjs', export: { name: '', type: 'routes' } },
      { file: 'src/app', framework: 'nextjs', export: { name: '', type: 'routes' } },
    ]);
  });
});

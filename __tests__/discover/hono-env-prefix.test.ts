import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/hono-env-prefix');

describe('hono base paths and mounts read from the configuration', () => {
  it('resolves `basePath(process.env.X ?? …)` and `route(env.X, sub)`, and says where the value is documented', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    assert(points.every(isHttpPoint));
    expect(
      points.map((p) => [`${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`, p.details.prefixFrom, p.details.auth]),
    ).toEqual([
      // `new Hono().basePath(process.env.ADMIN_PATH ?? '/admin')`, undocumented: the code's fallback.
      [
        'http hono GET /admin/stats src/routes/admin.ts:7',
        { env: 'ADMIN_PATH', value: '/admin', file: 'src/routes/admin.ts' },
        ['bearerAuth'],
      ],
      // `app.basePath(process.env.BASE_PATH ?? '/api')`: .env.example's value wins over the fallback.
      ['http hono GET /api/v1/books src/routes/books.ts:5', { env: 'BASE_PATH', value: '/api/v1', file: '.env.example' }, []],
      ['http hono GET /api/v1/books/:id src/routes/books.ts:6', { env: 'BASE_PATH', value: '/api/v1', file: '.env.example' }, []],
      ['http hono GET /api/v1/healthz src/index.ts:11', { env: 'BASE_PATH', value: '/api/v1', file: '.env.example' }, []],
      // `app.route(`${env.DOCS_PATH}/v1`, docs)`, `env` parsed from process.env by zod; the quoted value in .env.example.
      [
        'http hono GET /reference/v1/openapi.json src/routes/docs.ts:5',
        { env: 'DOCS_PATH', value: '/reference', file: '.env.example' },
        [],
      ],
    ]);
  });
});

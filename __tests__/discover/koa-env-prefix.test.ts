import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/koa-env-prefix');

describe('koa router prefixes read from the configuration', () => {
  it('resolves `new Router({ prefix: process.env.X })` and `router.prefix(config.x)`, and says where the value is documented', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    assert(points.every(isHttpPoint));
    expect(points.map((p) => [`${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`, p.details.prefixFrom])).toEqual([
      // `admin.prefix(config.adminPrefix)`, `adminPrefix: process.env.ADMIN_PREFIX || '/admin'`, undocumented: the code's fallback.
      ['http koa GET /admin/stats src/routes/admin.ts:7', { env: 'ADMIN_PREFIX', value: '/admin', file: 'src/config.ts' }],
      // `new Router({ prefix: process.env.API_PREFIX })` with `api.use('/orders', orders.routes())`: .env.example's value.
      ['http koa GET /api/v2/orders src/routes/orders.ts:5', { env: 'API_PREFIX', value: '/api/v2', file: '.env.example' }],
      ['http koa GET /healthz src/app.ts:14', undefined],
      ['http koa POST /api/v2/orders src/routes/orders.ts:8', { env: 'API_PREFIX', value: '/api/v2', file: '.env.example' }],
    ]);
    expect(points.map((p) => p.details.app)).toEqual(
      Array(4).fill({ file: 'src/app.ts', framework: 'koa', export: { name: 'app', type: 'instance' } }),
    );
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/fastify');

describe('fastify', () => {
  it('finds routes through registered plugins, autoload folders and route(), with guard hooks and schemas', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'http fastify DELETE /admin/reports/:day src/admin/index.ts:12',
      'http fastify GET /admin/reports/daily src/admin/index.ts:11',
      'http fastify GET /admin/stats src/admin/index.ts:6',
      'http fastify GET /api/catalog/items src/routes/catalog/items.ts:4',
      'http fastify GET /api/categories src/routes/catalog/categories.ts:6',
      'http fastify GET /api/orders/:orderId src/routes/orders.ts:27',
      'http fastify GET /api/users src/routes/users/index.ts:21',
      'http fastify GET /api/users/:id src/routes/users/index.ts:27',
      'http fastify GET /api/users/:id/posts src/routes/users/_id/posts.ts:4',
      'http fastify GET /health src/health.js:4',
      'http fastify GET /version src/app.ts:20',
      'http fastify HEAD /version src/app.ts:20',
      'http fastify POST /api/orders src/routes/orders.ts:19',
      'http fastify POST /api/users src/routes/users/index.ts:23',
    ]);
    const byKey = new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
    expect(Object.fromEntries([...byKey].filter(([, d]) => d.auth.length > 0).map(([key, d]) => [key, d.auth]))).toEqual({
      'DELETE /admin/reports/:day': ['fastify.authenticate'],
      'GET /admin/reports/daily': ['fastify.authenticate'],
      'GET /admin/stats': ['fastify.authenticate'],
      // autohooks of routes/users apply to that folder's plugins, not to its sub-folders
      'GET /api/users': ['jwtVerify'],
      'GET /api/users/:id': ['jwtVerify'],
      'POST /api/orders': ['fastify.authenticate'],
      'POST /api/users': ['jwtVerify', 'fastify.authenticate'],
    });
    expect(byKey.get('POST /api/users')!.body).toEqual({
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email' },
        name: { type: 'string', minLength: 1, maxLength: 80 },
        age: { type: 'integer', minimum: 0 },
      },
      required: ['email', 'name'],
    });
    expect(byKey.get('POST /api/orders')).toMatchObject({
      body: {
        type: 'object',
        required: ['sku', 'quantity'],
        properties: {
          sku: { type: 'string', minLength: 3 },
          quantity: { type: 'integer', minimum: 1, maximum: 99 },
          note: { type: 'string' },
        },
      },
      handler: { file: 'src/routes/orders.ts', line: 14 },
    });
    expect(byKey.get('GET /api/users/:id')).toMatchObject({
      params: ['id'],
      paramsSchema: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
      handler: { file: 'src/routes/users/index.ts', line: 16 },
    });
    expect(byKey.get('GET /health')!.app).toEqual({
      file: 'src/app.ts',
      framework: 'fastify',
      export: { name: 'buildApp', type: 'factory' },
    });
  });
});

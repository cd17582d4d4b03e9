import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const example = path.resolve(import.meta.dirname, '../../examples/orders-service');
const cases = path.resolve(import.meta.dirname, '../fixtures/discover/express');

describe('express + pg on the bundled example', () => {
  it('finds every route with its router prefix, and every table', async () => {
    const { points, diagnostics } = await discover(example);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'db pg pg:customers src/routes/customers.ts:19',
      'db pg pg:orders src/routes/orders.ts:19',
      'http express DELETE /api/orders/:id src/routes/orders.ts:72',
      'http express GET /api/customers/:id src/routes/customers.ts:33',
      'http express GET /api/orders src/routes/orders.ts:18',
      'http express GET /api/orders/:id src/routes/orders.ts:44',
      'http express GET /health src/app.ts:9',
      'http express PATCH /api/orders/:id/status src/routes/orders.ts:55',
      'http express POST /api/customers src/routes/customers.ts:12',
      'http express POST /api/orders src/routes/orders.ts:25',
    ]);
  });
});

describe('express routing shapes', () => {
  it('reads route chains, path arrays, router-level guards, deep nesting, CommonJS routers, router factories and webhooks', async () => {
    const { points, diagnostics } = await discover(cases);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'http express DELETE /sessions src/app.ts:31',
      'http express GET /api/admin/about src/routes/admin/index.ts:8',
      'http express GET /api/admin/stats src/routes/admin/index.ts:16',
      'http express GET /api/admin/users src/routes/admin/users.ts:13',
      'http express GET /api/admin/users/:id src/routes/admin/users.ts:17',
      'http express GET /api/version src/routes/api.ts:6',
      'http express GET /healthz src/app.ts:35',
      'http express GET /legacy/inventory/:sku src/routes/inventory.js:5',
      'http express GET /legacy/widgets src/routes/legacy.js:7',
      'http express GET /ping src/app.ts:35',
      'http express GET /reports/:day src/routes/reports.ts:12',
      'http express GET /reports/daily src/routes/reports.ts:7',
      'http express GET /status src/app.ts:15',
      'http express HEAD /status src/app.ts:15',
      'http express PATCH /api/admin/users/:id/role src/routes/admin/users.ts:21',
      'http express POST /billing/webhook src/routes/webhooks.ts:13',
      'http express POST /hooks/deploy src/routes/webhooks.ts:21',
      'http express POST /legacy/widgets src/routes/legacy.js:16',
      'http express POST /sessions src/app.ts:19',
      'http express POST /webhooks/:source src/routes/webhooks.ts:27',
      'http express POST /webhooks/stripe src/routes/webhooks.ts:8',
    ]);
    const byKey = new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
    expect(Object.fromEntries([...byKey].filter(([, d]) => d.auth.length > 0).map(([key, d]) => [key, d.auth]))).toEqual({
      'DELETE /sessions': ['requireAuth'],
      'GET /api/admin/stats': ['requireAuth'],
      'GET /api/admin/users': ['requireAuth'],
      'GET /api/admin/users/:id': ['requireAuth'],
      'GET /legacy/inventory/:sku': ['requireApiKey'],
      'GET /reports/:day': ['requireAuth'],
      'GET /reports/daily': ['requireAuth'],
      'PATCH /api/admin/users/:id/role': ['requireAuth', 'requireRole'],
      'POST /legacy/widgets': ['requireAuth'],
    });
    expect(byKey.get('POST /sessions')!.body).toEqual({
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email' },
        password: { type: 'string', minLength: 8, maxLength: 72 },
        remember: { type: 'boolean' },
      },
      required: ['email', 'password'],
    });
    expect(byKey.get('PATCH /api/admin/users/:id/role')!.body).toEqual({
      type: 'object',
      properties: { role: { type: 'string', enum: ['admin', 'member'] }, reason: { type: 'string', maxLength: 200 } },
      required: ['role'],
    });
    // Webhook receivers: by path (provider from a segment) or by the signature check in the handler.
    expect(
      Object.fromEntries([...byKey].filter(([, d]) => 'webhook' in d).map(([key, d]) => [key, (d as { webhook?: unknown }).webhook])),
    ).toEqual({
      'POST /billing/webhook': { provider: 'stripe' },
      'POST /hooks/deploy': { provider: 'github' },
      'POST /webhooks/:source': {},
      'POST /webhooks/stripe': { provider: 'stripe' },
    });
    expect(byKey.get('GET /legacy/inventory/:sku')).toMatchObject({
      params: ['sku'],
      app: { file: 'src/app.ts', export: { name: 'app', type: 'instance' } },
    });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const example = path.resolve(import.meta.dirname, '../../examples/orders-service');

describe('express + pg on the bundled example', () => {
  it('finds every route with its router prefix, and every table', async () => {
    const { points, diagnostics } = await discover(example);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'db pg pg:customers src/routes/customers.ts:19',
      'db pg pg:orders src/routes/orders.ts:19',
      'http express DELETE /api/orders/:id src/routes/orders.ts:65',
      'http express GET /api/customers/:id src/routes/customers.ts:30',
      'http express GET /api/orders src/routes/orders.ts:18',
      'http express GET /api/orders/:id src/routes/orders.ts:42',
      'http express GET /health src/app.ts:9',
      'http express PATCH /api/orders/:id/status src/routes/orders.ts:51',
      'http express POST /api/customers src/routes/customers.ts:12',
      'http express POST /api/orders src/routes/orders.ts:23',
    ]);
  });
});

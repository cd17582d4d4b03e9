import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/hono-params');

describe('hono instances received as parameters', () => {
  it('counts a parameter as an app only where a caller passes one or its type says Hono', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'http hono DELETE /admin/:id src/app.ts:11',
      'http hono GET /admin/dashboard src/app.ts:10',
      'http hono GET /healthz src/health.ts:5',
      'http hono GET /metrics src/health.ts:10',
      // Not `GET /userId` (a middleware's context `c.get('userId')`) nor `DELETE /` (a transaction's `tx.delete(table)`).
    ]);
    expect(points.filter(isHttpPoint).find((p) => p.key === 'GET /admin/dashboard')!.details.auth).toEqual(['requirePermission']);
    expect(points.filter(isHttpPoint).find((p) => p.key === 'GET /metrics')!.details.app).toEqual({
      file: 'src/app.ts',
      framework: 'hono',
      export: { name: 'default', type: 'instance' },
    });
  });
});

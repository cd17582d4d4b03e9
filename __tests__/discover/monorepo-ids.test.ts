import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, pointId } from '../../src/discover/index.js';

const monorepo = path.resolve(import.meta.dirname, '../fixtures/discover/monorepo-http');
const example = path.resolve(import.meta.dirname, '../../examples/orders-service');

describe('point ids', () => {
  it('keeps two services serving the same route apart, by the package that owns each', async () => {
    const { points, diagnostics } = await discover(monorepo);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.id} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      `${pointId('http', 'GET /', 'services/orders')} express GET / services/orders/src/server.ts:4`,
      `${pointId('http', 'GET /', 'services/users')} express GET / services/users/src/server.ts:4`,
      `${pointId('http', 'GET /users/:id', 'services/users')} express GET /users/:id services/users/src/server.ts:5`,
      `${pointId('http', 'POST /orders', 'services/orders')} express POST /orders services/orders/src/server.ts:5`,
    ]);
    expect(new Set(points.map((p) => p.id)).size).toBe(4);
  });

  it('derives ids from kind and key alone in a single-package repository', async () => {
    const { points } = await discover(example);
    expect(points.length).toBe(10);
    expect(points.map((p) => p.id)).toEqual(points.map((p) => pointId(p.kind, p.key)));
    // Pinned: reports, caches and PR comments from earlier runs refer to these ids.
    expect(points.find((p) => p.key === 'GET /health')!.id).toBe('http:e482aaeebdb1');
  });
});

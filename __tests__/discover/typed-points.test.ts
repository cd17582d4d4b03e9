import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import {
  isCachePoint,
  isDbPoint,
  isExternalHttpPoint,
  isFsPoint,
  isHttpPoint,
  isQueuePoint,
  type IntegrationPoint,
} from '../../src/model.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/discover');
const example = path.resolve(import.meta.dirname, '../../examples/orders-service');

async function pointsOf(...dirs: string[]): Promise<IntegrationPoint[]> {
  return (await Promise.all(dirs.map(async (d) => (await discover(d)).points))).flat();
}

/** The typed point of each kind describes what its detectors fill in: the guards narrow, the fields are there. */
describe('typed points', () => {
  it('narrows every point to its kind and finds the fields the kind declares', async () => {
    const points = await pointsOf(
      example,
      ...['express', 'knex', 'redis-cache', 'ioredis-leaderboard', 'amqplib-orders', 'axios-crm', 'fetch-gateway', 'fs-uploads'].map((f) =>
        path.join(fixtures, f),
      ),
    );
    const guards = [isHttpPoint, isDbPoint, isCachePoint, isQueuePoint, isExternalHttpPoint, isFsPoint];
    for (const p of points) expect(guards.filter((g) => g(p))).toHaveLength(1);
    const kinds = new Set(points.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['cache', 'db', 'external-http', 'fs', 'http', 'queue']);

    for (const p of points.filter(isHttpPoint)) {
      expect(p.details).toMatchObject({
        method: expect.any(String),
        path: expect.any(String),
        params: expect.any(Array),
        auth: expect.any(Array),
      });
      expect(Array.isArray(p.details.statuses)).toBe(true);
    }
    for (const p of points.filter(isDbPoint)) {
      expect(p.details).toMatchObject({ table: expect.any(String), operations: expect.any(Array) });
    }
    // node-postgres pools and knex clients travel on the db points, typed.
    const pools = points.filter(isDbPoint).flatMap((p) => p.details.pools ?? []);
    expect(pools.map((x) => `${x.file}#${x.export}:${x.role}`)).toContain('src/db.ts#pool:pool');
    const clients = points.filter(isDbPoint).flatMap((p) => p.details.clients ?? []);
    expect(clients.every((c) => c.library === 'knex')).toBe(true);
    expect(clients.length).toBeGreaterThan(0);
    for (const p of points.filter(isCachePoint)) {
      expect(p.details).toMatchObject({
        commands: expect.any(Array),
        keys: expect.any(Array),
        keyPrefixes: expect.any(Array),
        ttlSeconds: expect.any(Array),
      });
    }
    for (const p of points.filter(isExternalHttpPoint)) expect(p.details.origin ?? p.details.env).toEqual(expect.any(String));
    for (const p of points.filter(isFsPoint)) {
      expect(p.details).toMatchObject({ operations: expect.any(Array), paths: expect.any(Array), calls: expect.any(Array) });
      for (const call of p.details.calls)
        expect(call).toMatchObject({ fn: expect.any(String), file: expect.any(String), line: expect.any(Number) });
    }
  });
});

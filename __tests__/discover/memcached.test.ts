import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/discover');
const line = (p: { kind: string; library: string; key: string; location: { file: string; line: number }; service: string }) =>
  `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`;

describe('memcached clients', () => {
  it('memcached: a CommonJS client shared through module.exports, with keys, prefixes and lifetimes', async () => {
    const { points, diagnostics } = await discover(path.join(fixtures, 'memcached-catalog'));
    expect(diagnostics).toEqual([]);
    expect(points.map(line)).toEqual(['cache memcached memcached src/products.js:6 memcached']);
    expect(points[0]!.details).toEqual({
      commands: ['del', 'get', 'incr', 'set'],
      keys: ['catalog:version'],
      keyPrefixes: ['product:'],
      ttlSeconds: [600],
    });
  });

  it('memjs: Client.create() and { expires } options', async () => {
    const { points, diagnostics } = await discover(path.join(fixtures, 'memjs-pages'));
    expect(diagnostics).toEqual([]);
    expect(points.map(line)).toEqual(['cache memjs memjs src/pages.ts:4 memcached']);
    expect(points[0]!.details).toEqual({ commands: ['delete', 'get', 'set'], keys: [], keyPrefixes: ['page:'], ttlSeconds: [120] });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/discover');

describe('ioredis clients held out of the way', () => {
  it('follows a client kept in a static class field and handed out by a static method', async () => {
    const { points, diagnostics } = await discover(path.join(fixtures, 'ioredis-singleton'));
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'cache ioredis ioredis src/redis.ts:15 redis',
    ]);
    expect(points[0]!.details).toEqual({ commands: ['get'], keys: [], keyPrefixes: ['cache:'], ttlSeconds: [] });
  });

  it('reports a client whose commands cannot be followed where it is constructed', async () => {
    const { points, diagnostics } = await discover(path.join(fixtures, 'ioredis-unfollowed'));
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'cache ioredis ioredis src/session.ts:5 redis',
    ]);
    expect(points[0]!.details).toEqual({ commands: [], keys: [], keyPrefixes: [], ttlSeconds: [] });
  });
});

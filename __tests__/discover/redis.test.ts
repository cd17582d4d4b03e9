import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/redis-cache');
const line = (p: { kind: string; library: string; key: string; location: { file: string; line: number }; service: string }) =>
  `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`;

describe('redis (node-redis v4+)', () => {
  it('finds one cache point with its commands, keys, key prefixes and expiries, and pub/sub channels as queues', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    const own = points.filter((p) => p.kind !== 'http');
    expect(own.map(line)).toEqual([
      'cache redis redis src/cache/profiles.ts:4 redis',
      'queue redis redis:cache:invalidate:consume src/events.ts:7 redis',
      'queue redis redis:cache:invalidate:publish src/events.ts:12 redis',
    ]);
    expect(own[0]!.details).toEqual({
      // multi() chains, a typed constructor parameter and a module-level client all count.
      commands: ['del', 'expire', 'get', 'hGetAll', 'hSet', 'incr', 'set'],
      keys: ['feature-flags'],
      // `session:${id}` through a key helper, `rate:${ip}` through a local, `user:${id}` inline.
      keyPrefixes: ['rate:', 'session:', 'user:'],
      // { EX: SESSION_TTL } with SESSION_TTL = 60 * 30, expire(key, 60), expire(…, 3600) in a MULTI.
      ttlSeconds: [60, 1800, 3600],
    });
    expect(own[1]!.details).toEqual({ channel: 'cache:invalidate', command: 'subscribe' });
    expect(own[2]!.details).toEqual({ channel: 'cache:invalidate', command: 'publish' });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/ioredis-leaderboard');

describe('ioredis', () => {
  it('finds the cache point (positional EX, setex, pipelines, typed class members) and pub/sub channels', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'cache ioredis ioredis src/leaderboard.ts:6 redis',
      'queue ioredis ioredis:achievements:consume src/events.ts:4 redis',
      'queue ioredis ioredis:scores:consume src/events.ts:4 redis',
      'queue ioredis ioredis:scores:publish src/events.ts:11 redis',
      'queue ioredis ioredis:user:*:events:consume src/events.ts:5 redis',
    ]);
    expect(points[0]!.details).toEqual({
      commands: ['del', 'expire', 'incr', 'set', 'setex', 'zadd', 'zrevrange'],
      keys: ['leaderboard:global'],
      keyPrefixes: ['otp-attempts:', 'otp:', 'sess:'],
      // setex(…, 300), expire(…, 900) in a pipeline, set(…, 'EX', SESSION_SECONDS) with 30 * 60.
      ttlSeconds: [300, 900, 1800],
    });
    expect(points[4]!.details).toEqual({ channel: 'user:*:events', command: 'psubscribe', pattern: true });
  });
});

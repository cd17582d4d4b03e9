import type * as TS from 'typescript';
import type { Detector, ParsedFile } from '../../detector.js';
import { render, type Resolver } from '../track/values.js';
import { detectCache, millis, redisKeys } from './cache-common.js';

const NOT_COMMANDS = new Set([
  'on',
  'once',
  'off',
  'addListener',
  'removeListener',
  'removeAllListeners',
  'emit',
  'connect',
  'disconnect',
  'quit',
  'duplicate',
  'pipeline',
  'multi',
  'exec',
  'defineCommand',
  'then',
  'catch',
  'finally',
]);
const NO_KEY = new Set([
  'ping',
  'flushall',
  'flushdb',
  'info',
  'dbsize',
  'time',
  'select',
  'auth',
  'echo',
  'call',
  'mset',
  'eval',
  'evalsha',
]);
const MULTI_KEY = new Set(['del', 'unlink', 'exists', 'mget', 'touch', 'watch', 'sinter', 'sunion', 'sdiff']);

/** ioredis: `new Redis()` / `new Cluster()` clients, their commands, keys and expiries (`set(k, v, 'EX', 60)`, `setex`); pub/sub channels. */
export const ioredis: Detector = {
  name: 'ioredis',
  kind: 'cache',
  packages: ['ioredis'],
  hints: /\.(?:get|set|setex|hset|hget|hgetall|del|expire|incr|publish|subscribe|sadd|zadd|lpush|rpush|exists|mget|keys|pipeline|multi)\(/,
  detect: (ctx) =>
    detectCache(ctx, {
      library: 'ioredis',
      service: 'redis',
      spec: {
        packages: ['ioredis'],
        producers: [
          { kind: 'client', factory: 'default' },
          { kind: 'client', factory: 'Redis' },
          { kind: 'client', factory: 'Cluster' },
          { kind: 'client', on: 'client', method: 'duplicate' },
          { kind: 'batch', on: 'client', method: 'pipeline' },
          { kind: 'batch', on: 'client', method: 'multi' },
        ],
        types: { default: 'client', Redis: 'client', Cluster: 'client' },
        passthrough: ['on', 'once'],
      },
      commandKinds: ['client', 'batch'],
      isCommand: (m) => !NOT_COMMANDS.has(m),
      keyArgs: (_r, _file, method, args) => redisKeys(method, args, NO_KEY, MULTI_KEY),
      ttl,
      pubsub: {
        publish: new Set(['publish', 'spublish']),
        subscribe: new Set(['subscribe', 'ssubscribe']),
        patterns: new Set(['psubscribe']),
      },
    }),
};

function ttl(r: Resolver, file: ParsedFile, method: string, args: readonly TS.Expression[]): number | undefined {
  const n = (i: number): number | undefined => (args[i] ? r.number(file, args[i]) : undefined);
  switch (method) {
    case 'set':
    case 'getex': {
      // set(key, value, 'EX', 60) / getex(key, 'PX', 500)
      for (let i = method === 'set' ? 2 : 1; i < args.length - 1; i++) {
        const flag = render(r.parts(file, args[i]!))?.toUpperCase();
        if (flag === 'EX') return n(i + 1);
        if (flag === 'PX') return millis(n(i + 1));
      }
      return undefined;
    }
    case 'setex':
    case 'expire':
      return n(1);
    case 'psetex':
    case 'pexpire':
      return millis(n(1));
    default:
      return undefined;
  }
}

import type * as TS from 'typescript';
import type { Detector, ParsedFile } from '../../detector.js';
import type { Resolver } from '../track/values.js';
import { detectCache, millis, redisKeys, ttlFromOptions } from './cache-common.js';

/** Client methods that are not Redis commands. */
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
  'close',
  'destroy',
  'duplicate',
  'multi',
  'exec',
  'execAsPipeline',
  'withTypeMapping',
  'withCommandOptions',
  'ref',
  'unref',
  'then',
  'catch',
  'finally',
]);
const NO_KEY = new Set([
  'ping',
  'flushAll',
  'flushDb',
  'info',
  'dbSize',
  'time',
  'select',
  'auth',
  'echo',
  'sendCommand',
  'mSet',
  'eval',
  'evalSha',
]);
const MULTI_KEY = new Set(['del', 'unlink', 'exists', 'mGet', 'touch', 'watch', 'sInter', 'sUnion', 'sDiff']);

/** node-redis v4+ (`redis`, `@redis/client`): `createClient()` clients, their commands, keys and expiries; pub/sub channels. */
export const redis: Detector = {
  name: 'redis',
  kind: 'cache',
  packages: ['redis', '@redis/client'],
  hints: /\.(?:get|set|setEx|hSet|hGet|hGetAll|del|expire|incr|publish|subscribe|sAdd|zAdd|lPush|rPush|exists|mGet|keys|scanIterator)\(/,
  detect: (ctx) =>
    detectCache(ctx, {
      library: 'redis',
      service: 'redis',
      spec: {
        packages: ['redis', '@redis/client'],
        producers: [
          { kind: 'client', factory: 'createClient' },
          { kind: 'client', factory: 'createCluster' },
          { kind: 'client', on: 'client', method: 'duplicate' },
          { kind: 'batch', on: 'client', method: 'multi' },
        ],
        types: { RedisClientType: 'client', RedisClusterType: 'client' },
        passthrough: ['on', 'once', 'connect'],
      },
      commandKinds: ['client', 'batch'],
      isCommand: (m) => !NOT_COMMANDS.has(m),
      keyArgs,
      ttl,
      pubsub: {
        publish: new Set(['publish', 'sPublish']),
        subscribe: new Set(['subscribe', 'sSubscribe']),
        patterns: new Set(['pSubscribe']),
      },
    }),
};

function keyArgs(r: Resolver, file: ParsedFile, method: string, args: readonly TS.Expression[]): readonly TS.Expression[] {
  if (method === 'scanIterator' || method === 'scan') {
    const match = r.option(file, args[method === 'scan' ? 1 : 0], 'MATCH');
    return match ? [match.expr] : [];
  }
  return redisKeys(method, args, NO_KEY, MULTI_KEY);
}

function ttl(r: Resolver, file: ParsedFile, method: string, args: readonly TS.Expression[]): number | undefined {
  const seconds = (i: number): number | undefined => (args[i] ? r.number(file, args[i]) : undefined);
  switch (method) {
    case 'set':
      return ttlFromOptions(r, file, args[2]);
    case 'getEx':
      return ttlFromOptions(r, file, args[1]);
    case 'setEx':
    case 'expire':
      return seconds(1);
    case 'pSetEx':
    case 'pExpire':
      return millis(seconds(1));
    default:
      return undefined;
  }
}

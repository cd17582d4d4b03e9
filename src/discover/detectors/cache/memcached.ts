import type { Detector } from '../../detector.js';
import { detectCache } from './cache-common.js';

const COMMANDS = new Set(['get', 'gets', 'getMulti', 'set', 'add', 'replace', 'append', 'prepend', 'cas', 'incr', 'decr', 'del', 'touch']);
const LIFETIME_ARG: Record<string, number> = { set: 2, add: 2, replace: 2, cas: 3, touch: 1 };

/** `memcached`: `new Memcached(servers)` clients, their commands, keys and lifetimes (`set(key, value, lifetime, cb)`). */
export const memcached: Detector = {
  name: 'memcached',
  kind: 'cache',
  packages: ['memcached'],
  hints: /\.(?:get|gets|getMulti|set|add|replace|del|touch|incr|decr)\(/,
  detect: (ctx) =>
    detectCache(ctx, {
      library: 'memcached',
      service: 'memcached',
      spec: { packages: ['memcached'], producers: [{ kind: 'client', factory: 'default' }], types: { default: 'client' } },
      commandKinds: ['client'],
      isCommand: (m) => COMMANDS.has(m),
      keyArgs: (_r, _file, _method, args) => args.slice(0, 1),
      ttl: (r, file, method, args) => {
        const i = LIFETIME_ARG[method];
        return i !== undefined && args[i] ? r.number(file, args[i]) : undefined;
      },
    }),
};

import type { Detector } from '../../detector.js';
import { detectCache } from './cache-common.js';

const COMMANDS = new Set(['get', 'getMulti', 'set', 'add', 'replace', 'append', 'prepend', 'delete', 'increment', 'decrement', 'touch']);

/** `memjs`: `memjs.Client.create()` clients, their commands, keys and expiries (`set(key, value, { expires })`). */
export const memjs: Detector = {
  name: 'memjs',
  kind: 'cache',
  packages: ['memjs'],
  hints: /\.(?:get|getMulti|set|add|replace|delete|touch|increment|decrement)\(/,
  detect: (ctx) =>
    detectCache(ctx, {
      library: 'memjs',
      service: 'memcached',
      spec: { packages: ['memjs'], producers: [{ kind: 'client', factory: 'Client.create' }], types: { Client: 'client' } },
      commandKinds: ['client'],
      isCommand: (m) => COMMANDS.has(m),
      keyArgs: (_r, _file, _method, args) => args.slice(0, 1),
      ttl: (r, file, method, args) => {
        if (method === 'touch') return args[1] ? r.number(file, args[1]) : undefined;
        const expires = ['set', 'add', 'replace', 'increment', 'decrement'].includes(method)
          ? r.option(file, args[2], 'expires')
          : undefined;
        return expires ? r.number(expires.file, expires.expr) : undefined;
      },
    }),
};

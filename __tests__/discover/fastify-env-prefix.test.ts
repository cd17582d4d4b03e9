import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../src/discover/detectors/config-value.js';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/fastify-env-prefix');

describe('fastify prefixes read from the configuration', () => {
  it('resolves env-schema, @fastify/env and process.env values from .env.sample or the schema default, and says so', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    assert(points.every(isHttpPoint));
    expect(points.map((p) => [`${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`, p.details.prefixFrom])).toEqual([
      // `server.config.ADMIN_PREFIX` after `register(fastifyEnv, { schema })`: the schema's default.
      ['http fastify GET /admin/stats admin.js:12', { env: 'ADMIN_PREFIX', value: '/admin', file: 'admin.js' }],
      // index.js registers lib/app.js with `config` (getConfig(): `prefix: env.API_PREFIX`, env from envSchema);
      // app.js hands it to autoload, which passes '/api' + '/' to the route plugin as options.prefix.
      // API_PREFIX is required by the schema: its value is the one .env.sample documents.
      ['http fastify GET /api/tags lib/routes/tags/index.js:4', { env: 'API_PREFIX', value: '/api', file: '.env.sample' }],
      ['http fastify GET /api/tags/:tag lib/routes/tags/index.js:5', { env: 'API_PREFIX', value: '/api', file: '.env.sample' }],
      // `process.env.HEALTH_PATH ?? '/healthz'`, undocumented: the code's own fallback.
      ['http fastify GET /healthz admin.js:19', { env: 'HEALTH_PATH', value: '/healthz', file: 'admin.js' }],
    ]);
  });

  it('reads KEY=value lines, quoted values and comments, and leaves empty values out', () => {
    expect([...parseEnvFile('# c\nexport A=/api # note\nB="x # y"\nC=\n  D = \'/v1\'\nnot a line\n')]).toEqual([
      ['A', '/api'],
      ['B', 'x # y'],
      ['D', '/v1'],
    ]);
  });
});

import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/nestjs-env-prefix');

describe('nestjs global prefixes read from the configuration', () => {
  it('resolves `setGlobalPrefix(config.prefix)` and `setGlobalPrefix(configService.get(…))`, and says where the value is documented', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    assert(points.every(isHttpPoint));
    expect(points.map((p) => [`${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`, p.details.prefixFrom])).toEqual([
      // `config.get<string>('ADMIN_PREFIX', 'admin')` on `app.get(ConfigService)`; .env.example only mentions it in a comment.
      [
        'http nestjs GET /admin/reports/daily apps/admin/src/reports.controller.ts:5',
        { env: 'ADMIN_PREFIX', value: 'admin', file: 'apps/admin/src/main.ts' },
      ],
      // `appConfig.prefix`, `prefix: process.env.API_PREFIX ?? 'api'`: the app's own .env.example.
      [
        'http nestjs GET /api/v1/cats apps/api/src/cats/cats.controller.ts:5',
        { env: 'API_PREFIX', value: 'api/v1', file: 'apps/api/.env.example' },
      ],
      [
        'http nestjs GET /api/v1/cats/:id apps/api/src/cats/cats.controller.ts:10',
        { env: 'API_PREFIX', value: 'api/v1', file: 'apps/api/.env.example' },
      ],
      // Excluded from the global prefix: nothing read from the configuration.
      ['http nestjs GET /health apps/api/src/health.controller.ts:5', undefined],
      [
        'http nestjs POST /api/v1/cats apps/api/src/cats/cats.controller.ts:15',
        { env: 'API_PREFIX', value: 'api/v1', file: 'apps/api/.env.example' },
      ],
    ]);
  });
});

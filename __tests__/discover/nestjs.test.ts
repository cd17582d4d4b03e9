import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/nestjs');

describe('nestjs', () => {
  it('finds controller routes under the global prefix, URI versions and RouterModule paths, with guards and DTO bodies', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'http nestjs DELETE /api/v1/cats/:id src/cats/cats.controller.ts:38',
      'http nestjs DELETE /api/v1/reports/:day src/reports/reports.controller.ts:24',
      'http nestjs GET /api/v1/admin/users src/admin/users.controller.ts:14',
      'http nestjs GET /api/v1/cats src/cats/cats.controller.ts:10',
      'http nestjs GET /api/v1/cats/:id src/cats/cats.controller.ts:22',
      'http nestjs GET /api/v1/reports/:day src/reports/reports.controller.ts:12',
      'http nestjs GET /api/v2/admin/users src/admin/users.controller.ts:14',
      'http nestjs GET /api/v2/cats src/cats/cats.controller.ts:15',
      'http nestjs GET /health src/health.controller.ts:7',
      'http nestjs PATCH /api/v1/cats/:id src/cats/cats.controller.ts:33',
      'http nestjs POST /api/v1/admin/users/:id/ban src/admin/users.controller.ts:19',
      'http nestjs POST /api/v1/cats src/cats/cats.controller.ts:27',
      'http nestjs POST /api/v1/reports src/reports/reports.controller.ts:18',
      'http nestjs POST /api/v2/admin/users/:id/ban src/admin/users.controller.ts:19',
    ]);
    const byKey = new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
    expect(Object.fromEntries([...byKey].map(([key, d]) => [key, d.auth]))).toEqual({
      'DELETE /api/v1/cats/:id': ['ApiKeyMiddleware', 'JwtAuthGuard'],
      'DELETE /api/v1/reports/:day': ['ReportsTokenGuard'],
      'GET /api/v1/admin/users': ['JwtAuthGuard', 'AuthGuard'],
      'GET /api/v1/cats': [],
      'GET /api/v1/cats/:id': [],
      'GET /api/v1/reports/:day': ['ReportsTokenGuard'],
      'GET /api/v2/admin/users': ['JwtAuthGuard', 'AuthGuard'],
      'GET /api/v2/cats': ['JwtAuthGuard'],
      'GET /health': [],
      'PATCH /api/v1/cats/:id': ['JwtAuthGuard'],
      'POST /api/v1/admin/users/:id/ban': ['JwtAuthGuard', 'AuthGuard'],
      'POST /api/v1/cats': ['JwtAuthGuard', 'RolesGuard'],
      'POST /api/v1/reports': ['ReportsTokenGuard'],
      'POST /api/v2/admin/users/:id/ban': ['JwtAuthGuard', 'AuthGuard'],
    });
    const cat = {
      name: { type: 'string', maxLength: 50 },
      age: { type: 'integer', minimum: 0, maximum: 30 },
      ownerEmail: { type: 'string', format: 'email' },
      color: { type: 'string', enum: ['black', 'white', 'ginger'] },
      tags: { type: 'array', items: { type: 'string' } },
      chip: { type: 'object', properties: { code: { type: 'string', minLength: 15, maxLength: 15 } }, required: ['code'] },
    };
    expect(byKey.get('POST /api/v1/cats')!.body).toEqual({ type: 'object', properties: cat, required: ['name', 'age', 'color'] });
    // PartialType(CreateCatDto): the same fields, none required
    expect(byKey.get('PATCH /api/v1/cats/:id')!.body).toEqual({ type: 'object', properties: cat, required: [] });
    expect(byKey.get('POST /api/v1/admin/users/:id/ban')!.body).toEqual({
      type: 'object',
      properties: { reason: { type: 'string', minLength: 3 }, days: { type: 'integer', minimum: 1 } },
      required: ['reason'],
    });
    expect(byKey.get('GET /api/v1/cats/:id')).toMatchObject({
      params: ['id'],
      handler: { file: 'src/cats/cats.controller.ts', line: 23 },
      app: { file: 'src/app.module.ts', framework: 'nestjs', export: { name: 'AppModule', type: 'module' } },
    });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/hono');

describe('hono', () => {
  it('finds every route under basePath and route() mounts, with path-scoped auth and zod validators', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'http hono DELETE /api/admin/cache src/routes/admin.ts:7',
      'http hono DELETE /api/books/:id src/routes/books.ts:25',
      'http hono DELETE /api/tags/:name src/routes/tags.ts:47',
      'http hono GET /api/admin/stats src/routes/admin.ts:5',
      'http hono GET /api/authors src/routes/authors.ts:11',
      'http hono GET /api/books src/routes/books.ts:18',
      'http hono GET /api/books/:id src/routes/books.ts:25',
      'http hono GET /api/health src/index.ts:13',
      'http hono GET /api/tags/:name src/routes/tags.ts:41',
      'http hono PATCH /api/books/:id src/routes/books.ts:27',
      'http hono POST /api/authors src/routes/authors.ts:12',
      'http hono POST /api/books src/routes/books.ts:20',
      'http hono POST /api/tags src/routes/tags.ts:39',
      'http hono PUT /api/books/:id src/routes/books.ts:27',
    ]);
    const byKey = new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
    expect(Object.fromEntries([...byKey].filter(([, d]) => d.auth.length > 0).map(([key, d]) => [key, d.auth]))).toEqual({
      'DELETE /api/admin/cache': ['bearerAuth'],
      'DELETE /api/tags/:name': ['editorToken'],
      'GET /api/admin/stats': ['bearerAuth'],
      'POST /api/authors': ['jwt'],
      'POST /api/tags': ['editorToken'],
    });
    expect(byKey.get('POST /api/books')!.body).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string', minLength: 1 },
        isbn: { type: 'string', minLength: 10, maxLength: 13 },
        price: { type: 'number', minimum: 0.01 },
      },
      required: ['title', 'price'],
    });
    expect(byKey.get('PUT /api/books/:id')!.body).toEqual(byKey.get('PATCH /api/books/:id')!.body);
    expect(byKey.get('POST /api/authors')!.body).toEqual({
      type: 'object',
      properties: { name: { type: 'string', minLength: 2 }, email: { type: 'string', format: 'email' } },
      required: ['name', 'email'],
    });
    expect(byKey.get('DELETE /api/books/:id')).toMatchObject({
      params: ['id'],
      app: { file: 'src/index.ts', framework: 'hono', export: { name: 'default', type: 'instance' } },
    });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/koa');

describe('koa + @koa/router', () => {
  it('finds every route with router prefixes, nested routers and the guard in front of them', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'http koa DELETE /api/books/:id src/routes/books.ts:29',
      'http koa GET /api/authors src/routes/authors.ts:4',
      'http koa GET /api/books src/routes/books.ts:22',
      'http koa GET /api/books/:id src/routes/books.ts:23',
      'http koa GET /healthz src/routes/health.ts:5',
      'http koa GET /reports/:day src/routes/reports.ts:8',
      'http koa GET /v2/status src/routes/status.ts:5',
      'http koa POST /api/books src/routes/books.ts:24',
      'http koa POST /api/login src/routes/api.ts:8',
      'http koa PUT /api/authors/:id src/routes/authors.ts:8',
    ]);
    const byKey = new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
    expect(Object.fromEntries([...byKey].map(([key, d]) => [key, d.auth]))).toEqual({
      'DELETE /api/books/:id': ['jwt', 'requireRole'],
      'GET /api/authors': ['jwt'],
      'GET /api/books': ['jwt'],
      'GET /api/books/:id': ['jwt'],
      'GET /healthz': [],
      'GET /reports/:day': ['requireToken'],
      'GET /v2/status': [],
      'POST /api/books': ['jwt'],
      'POST /api/login': [],
      'PUT /api/authors/:id': ['jwt'],
    });
    expect(byKey.get('GET /api/books/:id')).toMatchObject({
      method: 'GET',
      path: '/api/books/:id',
      params: ['id'],
      handler: { file: 'src/routes/books.ts', line: 15 },
    });
    expect(byKey.get('POST /api/books')!.body).toEqual({
      type: 'object',
      properties: { title: { type: 'string', minLength: 1, maxLength: 300 }, year: { type: 'integer' } },
      required: ['title'],
    });
    expect(byKey.get('GET /healthz')!.app).toEqual({
      file: 'src/app.ts',
      framework: 'koa',
      export: { name: 'createApp', type: 'factory' },
    });
  });
});

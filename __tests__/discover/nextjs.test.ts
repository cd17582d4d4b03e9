import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/nextjs');

describe('nextjs', () => {
  it('maps app route handlers and pages/api handlers to served paths, methods, guards and bodies', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'http next ALL /api/ping src/pages/api/ping.js:1',
      // `export default createNextApiHandler({ … })`: a handler a package builds.
      'http next ALL /api/trpc/:trpc src/pages/api/trpc/[trpc].ts:5',
      'http next DELETE /api/posts/:id src/app/api/posts/[id]/route.ts:21',
      'http next GET /api/admin/stats src/app/api/admin/stats/route.ts:4',
      'http next GET /api/auth/:nextauth* src/app/api/auth/[...nextauth]/route.ts:3',
      'http next GET /api/legacy/users/:id src/pages/api/legacy/users/[id].ts:10',
      'http next GET /api/posts src/app/api/posts/route.ts:11',
      'http next GET /api/posts/:id src/app/api/posts/[id]/route.ts:9',
      'http next GET /files/:path* src/app/files/[[...path]]/route.ts:1',
      'http next PATCH /api/posts/:id src/app/api/posts/[id]/route.ts:14',
      'http next POST /api/auth/:nextauth* src/app/api/auth/[...nextauth]/route.ts:3',
      'http next POST /api/cron/cleanup src/app/api/cron/cleanup/route.ts:1',
      'http next POST /api/posts src/app/api/posts/route.ts:15',
      'http next POST /api/webhook src/pages/api/webhook.ts:4',
      'http next POST /api/webhooks/github src/app/api/webhooks/github/route.ts:3',
      'http next POST /newsletter src/app/(marketing)/newsletter/route.ts:1',
      'http next PUT /api/legacy/users/:id src/pages/api/legacy/users/[id].ts:12',
    ]);
    const byKey = new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
    expect(Object.fromEntries([...byKey].filter(([, d]) => d.auth.length > 0).map(([key, d]) => [key, d.auth]))).toEqual({
      // A helper the handler calls first, and a handler that compares the bearer token itself.
      'GET /api/admin/stats': ['requireAdminToken'],
      'PATCH /api/posts/:id': ['withAuth'],
      'POST /api/cron/cleanup': ['authorization'],
      'POST /api/posts': ['auth'],
    });
    expect(byKey.get('POST /api/posts')!.body).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string', minLength: 1, maxLength: 120 },
        body: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
      },
      required: ['title', 'body'],
    });
    expect(byKey.get('PATCH /api/posts/:id')!.body).toEqual({
      type: 'object',
      properties: { title: { type: 'string', minLength: 1 }, published: { type: 'boolean' } },
      required: [],
    });
    // The body is read in the PUT branch only.
    expect(byKey.get('GET /api/legacy/users/:id')!.body).toBeUndefined();
    expect(byKey.get('PUT /api/legacy/users/:id')).toMatchObject({
      params: ['id'],
      body: {
        type: 'object',
        properties: { name: { type: 'string', minLength: 2 }, email: { type: 'string', format: 'email' } },
        required: ['name', 'email'],
      },
      handler: { file: 'src/pages/api/legacy/users/[id].ts', line: 9 },
    });
    expect(byKey.get('GET /files/:path*')!.params).toEqual(['path']);
    // Webhooks: the provider from the path, or from the signature header the handler reads.
    expect(
      Object.fromEntries([...byKey].filter(([, d]) => 'webhook' in d).map(([key, d]) => [key, (d as { webhook?: unknown }).webhook])),
    ).toEqual({
      'POST /api/webhook': { provider: 'twilio' },
      'POST /api/webhooks/github': { provider: 'github' },
    });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/express-mounts');

describe('express apps and routers reached through chains and function parameters', () => {
  it('mounts Router().use() chains, anonymous default exports and apps passed to route functions', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'http express GET /api/articles src/routes/articles.ts:4',
      'http express GET /api/tags src/routes/tags.ts:4',
      // Typed `router: Router` from express: a route table with no caller in view, served at its own paths.
      'http express GET /healthz src/routes/health.ts:5',
      // `mountRoutes(app)` after `app.use(requireAuth)`; `registerRefunds(app)` hands the parameter on.
      'http express GET /invoices src/routes/billing.js:3',
      'http express GET /v2/profiles/:username src/routes/profiles.ts:4',
      'http express GET /v3/profiles/:username src/routes/profiles.ts:4',
      'http express POST /api/articles src/routes/articles.ts:5',
      'http express POST /invoices/:id/pay src/routes/billing.js:4',
      'http express POST /refunds src/routes/billing.js:9',
      // Not `GET /cached`: `cached(cache)` is never handed an app.
    ]);
    const byKey = new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
    const app = { file: 'src/server.ts', export: { name: 'app', type: 'instance' } };
    expect(byKey.get('POST /refunds')).toMatchObject({ auth: ['requireAuth'], statuses: [201], app });
    expect(byKey.get('GET /invoices')).toMatchObject({ auth: ['requireAuth'], app });
    // Mounted before `app.use(requireAuth)`: not guarded.
    expect(byKey.get('GET /api/tags')).toMatchObject({ auth: [], app });
    expect(byKey.get('GET /healthz')!.app).toBeUndefined();
  });
});

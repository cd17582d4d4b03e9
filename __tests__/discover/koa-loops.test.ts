import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/koa-loops');

describe('koa routers mounted in a loop', () => {
  it('mounts each router a loop walks, from a list of another module or one written in place, on the exported app', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    // `for (const router of routers)` with `module.exports = [require('./authors'), …]`, and `[tags, notes].forEach(…)`.
    expect(points.map((p) => `${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'GET /api/authors src/routes/authors.js:7',
      'GET /api/books src/routes/books.js:7',
      'GET /api/notes src/routes/notes.js:7',
      'GET /api/tags src/routes/tags.js:7',
    ]);
    const app = { file: 'src/app.js', framework: 'koa', export: { name: 'createApp', type: 'factory' } };
    assert(points.every(isHttpPoint));
    for (const { details } of points) {
      expect(details.app).toEqual(app);
      // `router.allowedMethods()` is the router's own middleware, no guard.
      expect(details.auth).toEqual([]);
    }
  });
});

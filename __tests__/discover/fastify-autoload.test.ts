import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/fastify-autoload');

describe('fastify autoloaded plugins', () => {
  it('parses the folder on demand and builds paths from the options.prefix autoload hands each plugin', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      // `options.prefix + 'user'`: autoload passes '/api' plus the sub-folder breadcrumb '/' (dirNameRoutePrefix: false).
      'http fastify GET /api/user lib/routes/users/index.js:4',
      // The route files import only fastify-plugin: parsed because autoload names their folder.
      'http fastify POST /api/sentiment/score lib/routes/sentiment/index.js:4',
      'http fastify PUT /api/user lib/routes/users/index.js:5',
    ]);
  });
});

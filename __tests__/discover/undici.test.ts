import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/undici-search');

describe('undici', () => {
  it('finds request / fetch calls and Pool requests against the pool origin', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'external-http undici undici:env:SEARCH_URL src/search.ts:11 none',
      'external-http undici undici:https://api.exchangerate.example.com src/rates.ts:4 none',
      'external-http undici undici:https://status.example.com src/rates.ts:9 none',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      { env: 'SEARCH_URL', requests: ['POST /products/_search', 'PUT /products/_doc/*'], timeoutMs: [2000] },
      { origin: 'https://api.exchangerate.example.com', requests: ['GET /latest'], timeoutMs: [1500] },
      { origin: 'https://status.example.com', requests: ['GET /api/v2/status.json'] },
    ]);
  });
});

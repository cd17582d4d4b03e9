import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/fetch-gateway');

describe('fetch (global) and node-fetch', () => {
  it('finds the origins or env variables reached, with methods and paths through a wrapper, and skips relative URLs', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    const outbound = points.filter((p) => p.kind === 'external-http');
    expect(outbound.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'external-http fetch fetch:env:PAYMENTS_URL src/clients/payments.ts:4 none',
      'external-http fetch fetch:https://catalog.internal.example.com src/clients/catalog.ts:6 none',
      'external-http fetch fetch:https://hooks.slack.com src/server.ts:11 none',
      'external-http node-fetch node-fetch:https://maps.example.com src/legacy/geo.ts:4 none',
    ]);
    expect(outbound.map((p) => p.details)).toEqual([
      // `fetch(\`${config.paymentsUrl}${path}\`, { ...init, signal: AbortSignal.timeout(5000) })`, read at each caller.
      { env: 'PAYMENTS_URL', requests: ['GET /v1/charges/*', 'POST /v1/charges', 'POST /v1/charges/*/refunds'], timeoutMs: [5000] },
      // A template on a constant base, and `new URL('/api/search', base)`.
      { origin: 'https://catalog.internal.example.com', requests: ['GET /api/products/*', 'GET /api/search'] },
      { origin: 'https://hooks.slack.com', requests: ['POST /services/T000/B000/XXXX'] },
      { origin: 'https://maps.example.com', requests: ['GET /geocode'] },
    ]);
  });
});

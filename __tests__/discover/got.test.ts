import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/got-shipping');

describe('got', () => {
  it('finds calls on extended instances against prefixUrl, and direct calls, with timeout and retry limits', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'external-http got got:env:LABEL_SERVICE_URL src/labels.ts:4 none',
      'external-http got got:https://api.carrier.example.com src/carrier.ts:18 none',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      { env: 'LABEL_SERVICE_URL', requests: ['POST /labels'], timeoutMs: [5000], retries: [0] },
      // `authed` extends `carrier`: the prefix, timeout and retry come from the instance it extends.
      {
        origin: 'https://api.carrier.example.com',
        requests: ['GET /v2/shipments/*/tracking', 'POST /v2/quotes'],
        timeoutMs: [10000],
        retries: [3],
      },
    ]);
  });
});

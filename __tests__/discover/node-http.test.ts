import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/node-http-legacy');

describe('node:http / node:https clients', () => {
  it('finds request / get by URL or by host options, not servers', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'external-http http http:http://169.254.169.254 src/metadata.ts:5 none',
      'external-http https https:env:LICENSE_HOST src/license.ts:4 none',
      'external-http https https:https://legacy.partner.example.com:8443 src/soap.ts:5 none',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      { origin: 'http://169.254.169.254', requests: ['GET /latest/meta-data/instance-id'] },
      { env: 'LICENSE_HOST', requests: ['GET /v1/check'] },
      { origin: 'https://legacy.partner.example.com:8443', requests: ['POST /soap/OrderService'], timeoutMs: [15000] },
    ]);
  });
});

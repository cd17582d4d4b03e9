import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/axios-crm');

describe('axios', () => {
  it('finds direct calls and instance calls resolved against baseURL, with timeout and axios-retry', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'external-http axios axios:env:CRM_URL src/crm/contacts.ts:13 none',
      'external-http axios axios:env:PARTNER_WEBHOOK_URL src/partners.ts:4 none',
      'external-http axios axios:https://api.ipgeolocation.example.com src/geo.ts:4 none',
      'external-http axios axios:https://reports.example.com src/partners.ts:8 none',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      // The instance reaches the class through a constructor parameter's default value.
      { env: 'CRM_URL', requests: ['GET /contacts/*', 'POST /contacts'], timeoutMs: [8000], retries: [2] },
      { env: 'PARTNER_WEBHOOK_URL', requests: ['POST /events'] },
      { origin: 'https://api.ipgeolocation.example.com', requests: ['GET /v2/lookup'], timeoutMs: [3000] },
      { origin: 'https://reports.example.com', requests: ['PUT /v1/exports'] },
    ]);
  });
});

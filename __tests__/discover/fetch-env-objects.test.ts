import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/fetch-env-objects');

describe('outbound origins read from environment objects', () => {
  it('takes an upper-case name read from an env-like object as env:NAME, after any literal value it has', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      // `const env = loadServerEnv()`: what a load-env call returns.
      'external-http fetch fetch:env:APNS_HOST src/apns.ts:5',
      // A parameter typed `ChatEnv`, with its trailing slash trimmed by `.replace(/\/+$/, '')`.
      'external-http fetch fetch:env:OPENAI_BASE_URL src/chat.ts:8',
      // A Workers handler's `env` parameter.
      'external-http fetch fetch:env:PAYMENTS_URL src/worker.ts:6',
      // An upper-case key of a literal object is its value, not an environment variable.
      'external-http fetch fetch:https://status.example.com src/worker.ts:5',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      { env: 'APNS_HOST', requests: ['POST /3/device/*'] },
      { env: 'OPENAI_BASE_URL', requests: ['POST /chat/completions'] },
      { env: 'PAYMENTS_URL', requests: ['GET /v1/ping'], timeoutMs: [2000] },
      { origin: 'https://status.example.com', requests: ['GET /health'] },
    ]);
  });
});

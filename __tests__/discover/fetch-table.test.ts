import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isExternalHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/fetch-table');

describe('outbound URLs picked from a table', () => {
  it('takes every entry of a const table read with a runtime key, and the one entry a literal key names', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      // `PROVIDERS[provider].userUrl`
      'external-http fetch fetch:https://api.github.com src/oauth.ts:27',
      // `const config = PROVIDERS[provider]; fetch(config.tokenUrl)`, and `PROVIDERS['discord'].revokeUrl`
      'external-http fetch fetch:https://discord.com src/oauth.ts:22',
      // `MIRRORS[region]`: a table of URLs
      'external-http fetch fetch:https://eu.example.com src/oauth.ts:37',
      'external-http fetch fetch:https://github.com src/oauth.ts:22',
      'external-http fetch fetch:https://us.example.com src/oauth.ts:37',
    ]);
    expect(points.filter(isExternalHttpPoint).map((p) => p.details.requests)).toEqual([
      // Not `POST /applications/grant`: the literal key names discord's entry only.
      ['GET /user'],
      ['GET /api/users/@me', 'POST /api/oauth2/token', 'POST /api/oauth2/token/revoke'],
      ['GET /'],
      ['POST /login/oauth/access_token'],
      ['GET /'],
    ]);
  });
});

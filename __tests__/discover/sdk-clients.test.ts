import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/sdk-billing');

describe('SDK clients of well-known APIs', () => {
  it('finds each client with its API origin (or baseURL env) and the operations called', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'external-http @anthropic-ai/sdk @anthropic-ai/sdk:https://api.anthropic.com src/ai.ts:13 none',
      'external-http @sendgrid/mail @sendgrid/mail:https://api.sendgrid.com src/mail.ts:6 none',
      'external-http @slack/web-api @slack/web-api:https://slack.com src/alerts.ts:8 none',
      'external-http openai openai:env:OPENAI_BASE_URL src/ai.ts:8 none',
      'external-http postmark postmark:https://api.postmarkapp.com src/receipts.ts:6 none',
      'external-http stripe stripe:https://api.stripe.com src/billing.ts:5 none',
      'external-http twilio twilio:https://api.twilio.com src/alerts.ts:9 none',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      { origin: 'https://api.anthropic.com', operations: ['messages.create'] },
      // setApiKey configures the client; it is not an API call.
      { origin: 'https://api.sendgrid.com', operations: ['send'] },
      { origin: 'https://slack.com', operations: ['chat.postMessage'], retries: [4] },
      { env: 'OPENAI_BASE_URL', operations: ['chat.completions.create'], retries: [1] },
      // postmark's timeout option is in seconds.
      { origin: 'https://api.postmarkapp.com', operations: ['sendEmailWithTemplate'], timeoutMs: [10000] },
      // webhooks.constructEvent verifies a signature locally.
      { origin: 'https://api.stripe.com', operations: ['customers.create', 'paymentIntents.create'], timeoutMs: [20000], retries: [2] },
      { origin: 'https://api.twilio.com', operations: ['messages.create'] },
    ]);
  });
});

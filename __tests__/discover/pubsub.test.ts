import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/pubsub-notifier');

describe('google pub/sub', () => {
  it('finds topics published to and subscriptions listened on, with the topic of a subscription when known', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'queue pubsub pubsub:audit-archive:consume src/listen.ts:14 pubsub',
      'queue pubsub pubsub:env:AUDIT_TOPIC:publish src/publish.ts:8 pubsub',
      'queue pubsub pubsub:user-events:publish src/publish.ts:4 pubsub',
      'queue pubsub pubsub:welcome-emails:consume src/listen.ts:6 pubsub',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      { subscription: 'audit-archive' },
      { topic: 'env:AUDIT_TOPIC' },
      { topic: 'user-events', ordered: true },
      { subscription: 'welcome-emails', topic: 'user-events', flowControl: { maxMessages: 10 } },
    ]);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/kafkajs-payments');

describe('kafkajs', () => {
  it('finds topics produced (send, sendBatch, transactions) and consumed, with group ids and handlers', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'queue kafkajs kafkajs:env:REFUND_TOPIC:consume src/consumers/audit.ts:13 kafka',
      'queue kafkajs kafkajs:env:REFUND_TOPIC:publish src/publish.ts:27 kafka',
      'queue kafkajs kafkajs:payments.completed:consume src/consumers/ledger.ts:8 kafka',
      'queue kafkajs kafkajs:payments.completed:publish src/publish.ts:11 kafka',
      'queue kafkajs kafkajs:payments.failed:consume src/consumers/ledger.ts:8 kafka',
      'queue kafkajs kafkajs:payments.failed:publish src/publish.ts:19 kafka',
    ]);
    const details = Object.fromEntries(points.map((p) => [p.key, p.details]));
    expect(details['kafkajs:payments.completed:publish']).toEqual({ topic: 'payments.completed', acks: -1, idempotent: true });
    expect(details['kafkajs:payments.failed:publish']).toEqual({ topic: 'payments.failed', batch: true });
    expect(details['kafkajs:env:REFUND_TOPIC:publish']).toEqual({ topic: 'env:REFUND_TOPIC', transactional: true });
    expect(details['kafkajs:payments.completed:consume']).toEqual({
      topic: 'payments.completed',
      groupId: 'ledger',
      fromBeginning: true,
      handler: 'eachMessage',
    });
    // The consumer is created in the constructor of a class and used through `this.consumer`.
    expect(details['kafkajs:env:REFUND_TOPIC:consume']).toEqual({
      topic: 'env:REFUND_TOPIC',
      groupId: 'refund-audit',
      handler: 'eachBatch',
    });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { subjectMatches } from '../../src/discover/detectors/queue/nats.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/nats-inventory');

describe('nats', () => {
  it('finds core and JetStream subjects, request/reply, queue groups and JetStream consumers', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'queue nats nats:inventory.adjusted:consume src/projector.ts:7 nats',
      'queue nats nats:inventory.adjusted:publish src/inventory.ts:9 nats',
      'queue nats nats:inventory.low.*:publish src/inventory.ts:10 nats',
      'queue nats nats:inventory.reserve:consume src/responders.ts:8 nats',
      'queue nats nats:inventory.reserve:publish src/inventory.ts:15 nats',
    ]);
    const details = Object.fromEntries(points.map((p) => [p.key, p.details]));
    // js.consumers.get(STREAM, 'stock-projector') reads what jsm.consumers.add gave that consumer to filter.
    expect(details['nats:inventory.adjusted:consume']).toEqual({
      subject: 'inventory.adjusted',
      stream: 'INVENTORY',
      consumer: 'stock-projector',
      jetstream: true,
      streamSubjects: ['inventory.>'],
    });
    expect(details['nats:inventory.adjusted:publish']).toEqual({
      subject: 'inventory.adjusted',
      jetstream: true,
      deduplicated: true,
      stream: 'INVENTORY',
    });
    expect(details['nats:inventory.low.*:publish']).toEqual({ subject: 'inventory.low.*' });
    expect(details['nats:inventory.reserve:publish']).toEqual({ subject: 'inventory.reserve', request: true, timeoutMs: 2000 });
    expect(details['nats:inventory.reserve:consume']).toEqual({ subject: 'inventory.reserve', queueGroup: 'inventory-workers' });
  });

  it('matches subjects against stream wildcards', () => {
    expect(subjectMatches('inventory.>', 'inventory.adjusted.eu')).toBe(true);
    expect(subjectMatches('inventory.*', 'inventory.adjusted')).toBe(true);
    expect(subjectMatches('inventory.*', 'inventory.adjusted.eu')).toBe(false);
    expect(subjectMatches('inventory.>', 'inventory')).toBe(false);
    expect(subjectMatches('orders.created', 'orders.created')).toBe(true);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/mqtt-telemetry');

describe('mqtt', () => {
  it('finds topics published and subscribed (string, object and typed-client forms) with QoS, ids as + wildcards', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'queue mqtt mqtt:devices/+/commands:consume src/ingest.ts:7 mqtt',
      'queue mqtt mqtt:devices/+/commands:publish src/command-bus.ts:7 mqtt',
      'queue mqtt mqtt:devices/+/telemetry:consume src/ingest.ts:4 mqtt',
      'queue mqtt mqtt:devices/+/telemetry:publish src/telemetry.ts:11 mqtt',
      'queue mqtt mqtt:fleet/broadcast:consume src/ingest.ts:7 mqtt',
      'queue mqtt mqtt:fleet/status:publish src/telemetry.ts:15 mqtt',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      { topic: 'devices/+/commands', qos: 1 },
      { topic: 'devices/+/commands', qos: 2 },
      { topic: 'devices/+/telemetry', qos: 1 },
      { topic: 'devices/+/telemetry', qos: 1 },
      { topic: 'fleet/broadcast', qos: 0 },
      { topic: 'fleet/status', qos: 1, retain: true },
    ]);
  });
});

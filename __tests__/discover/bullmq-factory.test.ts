import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/bullmq-factory');

describe('bullmq queues made by a factory', () => {
  it('names each queue by the argument its factory call passed, not by every caller of the factory', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'queue bullmq bullmq:cleanup:publish src/jobs.ts:4 redis',
      'queue bullmq bullmq:email:publish src/jobs.ts:3 redis',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      { queue: 'cleanup', jobNames: ['purge'], jobOptions: { purge: { repeat: { every: 3600000 } } } },
      { queue: 'email', jobNames: ['send-email'] },
    ]);
  });
});

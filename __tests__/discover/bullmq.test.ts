import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/bullmq-mailer');

describe('bullmq', () => {
  it('finds queues with their job names and options, workers, and NestJS @InjectQueue / @Processor', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'queue bullmq bullmq:emails:consume src/workers/email-worker.ts:6 redis',
      'queue bullmq bullmq:emails:publish src/queues/email.ts:9 redis',
      'queue bullmq bullmq:reports:consume src/nest/reports.ts:14 redis',
      'queue bullmq bullmq:reports:publish src/nest/reports.ts:10 redis',
    ]);
    const details = Object.fromEntries(points.map((p) => [p.key, p.details]));
    expect(details['bullmq:emails:publish']).toEqual({
      queue: 'emails',
      jobNames: ['digest', 'password-reset', 'welcome'],
      jobOptions: {
        welcome: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
        'password-reset': { attempts: 5, removeOnComplete: true },
      },
    });
    expect(details['bullmq:emails:consume']).toEqual({ queue: 'emails', concurrency: 5 });
    expect(details['bullmq:reports:publish']).toEqual({
      queue: 'reports',
      jobNames: ['monthly-report'],
      jobOptions: { 'monthly-report': { repeat: { pattern: '0 6 1 * *' } } },
    });
    expect(details['bullmq:reports:consume']).toEqual({ queue: 'reports', processor: 'ReportProcessor' });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { queueName } from '../../src/discover/detectors/queue/sqs.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/sqs-billing');

describe('sqs', () => {
  it('finds send and receive commands and sqs-consumer consumers by queue URL', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'queue sqs sqs:env:INVOICE_QUEUE_URL:consume src/invoice-worker.ts:5 sqs',
      'queue sqs sqs:env:INVOICE_QUEUE_URL:publish src/invoices.ts:5 sqs',
      'queue sqs sqs:receipts.fifo:consume src/receipt-consumer.ts:5 sqs',
      'queue sqs sqs:receipts.fifo:publish src/invoices.ts:10 sqs',
    ]);
    expect(points.map((p) => p.details)).toEqual([
      { queueUrl: 'env:INVOICE_QUEUE_URL', waitTimeSeconds: 20, maxMessages: 10 },
      { queueUrl: 'env:INVOICE_QUEUE_URL', delaySeconds: 30 },
      { queueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/receipts.fifo', fifo: true, batchSize: 5 },
      { queueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/receipts.fifo', fifo: true, batch: true },
    ]);
  });

  it('names a queue by the last segment of its URL', () => {
    expect(queueName('https://sqs.us-east-1.amazonaws.com/1234/orders')).toBe('orders');
    expect(queueName('env:ORDERS_QUEUE_URL')).toBe('env:ORDERS_QUEUE_URL');
    expect(queueName('${SQS_BASE}/orders')).toBe('orders');
  });
});

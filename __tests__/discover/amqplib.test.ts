import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/amqplib-orders');

describe('amqplib', () => {
  it('finds publishes and consumes through a shared channel getter, with exchanges, bindings and dead-lettering', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'queue amqplib amqplib:env:SMS_QUEUE:publish src/notifications.ts:11 rabbitmq',
      'queue amqplib amqplib:order-emails:consume src/workers/email-worker.ts:11 rabbitmq',
      'queue amqplib amqplib:order-emails.dead:consume src/workers/dead-letters.ts:7 rabbitmq',
      'queue amqplib amqplib:orders:consume src/audit.ts:8 rabbitmq',
      'queue amqplib amqplib:orders:publish src/rabbit/publisher.ts:5 rabbitmq',
    ]);
    const details = Object.fromEntries(points.map((p) => [p.key, p.details]));
    // The routing keys come from the callers of the publishing wrapper.
    expect(details['amqplib:orders:publish']).toEqual({
      exchange: 'orders',
      exchangeType: 'topic',
      durable: true,
      routingKeys: ['order.cancelled', 'order.created'],
      persistent: true,
    });
    expect(details['amqplib:order-emails:consume']).toEqual({
      queue: 'order-emails',
      durable: true,
      deadLetter: { exchange: 'orders.dlx' },
      messageTtl: 60000,
      bindings: [{ exchange: 'orders', routingKey: 'order.*', exchangeType: 'topic' }],
    });
    expect(details['amqplib:order-emails.dead:consume']).toEqual({
      queue: 'order-emails.dead',
      durable: true,
      arguments: { 'x-queue-type': 'quorum' },
      bindings: [{ exchange: 'orders.dlx', routingKey: '', exchangeType: 'fanout' }],
    });
    // A server-named exclusive queue is known by the exchange it is bound to.
    expect(details['amqplib:orders:consume']).toEqual({
      queue: '',
      exclusive: true,
      bindings: [{ exchange: 'orders', routingKey: '#', exchangeType: 'topic' }],
      noAck: true,
    });
    expect(details['amqplib:env:SMS_QUEUE:publish']).toEqual({
      queue: 'env:SMS_QUEUE',
      durable: true,
      deadLetter: { exchange: 'orders.dlx', routingKey: 'sms.dead' },
      arguments: { 'x-dead-letter-exchange': 'orders.dlx', 'x-dead-letter-routing-key': 'sms.dead' },
      persistent: true,
    });
  });
});

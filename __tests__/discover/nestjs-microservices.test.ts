import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/nestjs-microservices');

describe('nestjs microservices', () => {
  it('finds @MessagePattern / @EventPattern handlers and ClientProxy send / emit, on the configured transport', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    const queues = points.filter((p) => p.kind === 'queue');
    expect(queues.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'queue nestjs-microservices nestjs-microservices:{"cmd":"get-order"}:consume src/orders.controller.ts:19 rabbitmq',
      'queue nestjs-microservices nestjs-microservices:billing.charge:publish src/billing.gateway.ts:13 rabbitmq',
      'queue nestjs-microservices nestjs-microservices:order.confirmed:publish src/orders.controller.ts:33 rabbitmq',
      'queue nestjs-microservices nestjs-microservices:order.placed:consume src/orders.controller.ts:29 rabbitmq',
      'queue nestjs-microservices nestjs-microservices:orders.count:consume src/orders.controller.ts:24 rabbitmq',
    ]);
    expect(queues.map((p) => p.details)).toEqual([
      { pattern: '{"cmd":"get-order"}', style: 'message', handler: 'OrdersController.getOrder', transport: 'RMQ' },
      { pattern: 'billing.charge', style: 'message', transport: 'RMQ' },
      { pattern: 'order.confirmed', style: 'event', transport: 'RMQ' },
      { pattern: 'order.placed', style: 'event', handler: 'OrdersController.placed', transport: 'RMQ' },
      { pattern: 'orders.count', style: 'message', handler: 'OrdersController.count', transport: 'RMQ' },
    ]);
  });
});

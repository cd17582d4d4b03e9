import type * as TS from 'typescript';
import type { SourceLocation } from '../../../model.js';
import type { Detector, ParsedFile } from '../../detector.js';
import { eachCall } from '../track/points.js';
import type { Literal } from '../track/values.js';
import { QueueScan } from './queue-common.js';

interface ExchangeDecl {
  type?: string;
  durable?: Literal;
}

interface QueueDecl {
  durable?: Literal;
  exclusive?: Literal;
  deadLetterExchange?: Literal;
  deadLetterRoutingKey?: Literal;
  messageTtl?: Literal;
  arguments?: Literal;
}

interface Binding {
  queue: string;
  exchange: string;
  routingKey: string;
}

/** A server-named queue (`assertQueue('')`) is known by where it is declared. */
const ANONYMOUS = '\0anonymous@';

/**
 * amqplib: channels from `connect()` → `createChannel()` (or typed `Channel`), exchanges and queues they declare,
 * bindings, `publish(exchange, routingKey)` / `sendToQueue(queue)` (publish) and `consume(queue)` (consume).
 */
export const amqplib: Detector = {
  name: 'amqplib',
  kind: 'queue',
  packages: ['amqplib'],
  hints: /\.(?:publish|sendToQueue|consume|assertQueue|assertExchange|bindQueue)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, 'amqplib', {
      packages: ['amqplib'],
      producers: [
        { kind: 'connection', factory: 'connect' },
        { kind: 'channel', on: 'connection', method: 'createChannel' },
        { kind: 'channel', on: 'connection', method: 'createConfirmChannel' },
      ],
      types: { Connection: 'connection', ChannelModel: 'connection', Channel: 'channel', ConfirmChannel: 'channel' },
    });
    const exchanges = new Map<string, ExchangeDecl>();
    const queues = new Map<string, QueueDecl>();
    const bindings: Binding[] = [];
    const publishes: { exchange: string; routingKey: string; persistent?: Literal; location: SourceLocation }[] = [];
    const consumes: { queue: string; noAck?: Literal; location: SourceLocation }[] = [];

    /** A queue argument: a name, or `q.queue` of a server-named `assertQueue('')`. */
    const queueIds = (file: ParsedFile, expr: TS.Expression | undefined): string[] => {
      if (!expr) return [];
      const e = scan.r.unwrap(expr);
      if (ts.isPropertyAccessExpression(e) && e.name.text === 'queue' && ts.isIdentifier(e.expression)) {
        const init = scan.r.initializerOf(file, e.expression);
        const call = init && scan.r.unwrap(init.expr);
        if (
          call &&
          ts.isCallExpression(call) &&
          ts.isPropertyAccessExpression(call.expression) &&
          call.expression.name.text === 'assertQueue'
        ) {
          const name = scan.name(init.file, call.arguments[0]);
          return name === '' ? [`${ANONYMOUS}${init.file.path}:${call.pos}`] : name !== undefined ? [name] : [];
        }
      }
      return scan.names(file, expr);
    };

    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (!['assertExchange', 'assertQueue', 'bindQueue', 'publish', 'sendToQueue', 'consume'].includes(method)) return;
      if (scan.instances.of(file, call.expression.expression)?.kind !== 'channel') return;
      const [a0, a1, a2, a3] = call.arguments;
      const location = { file: file.path, line };
      if (method === 'assertExchange') {
        for (const name of scan.names(file, a0))
          exchanges.set(name, { type: scan.name(file, a1), durable: scan.option(file, a2, 'durable') });
      } else if (method === 'assertQueue') {
        const ids = scan.name(file, a0) === '' ? [`${ANONYMOUS}${file.path}:${call.pos}`] : scan.names(file, a0);
        const args = scan.option(file, a1, 'arguments');
        const arg = (key: string): Literal | undefined =>
          args && typeof args === 'object' && !Array.isArray(args) ? args[key] : undefined;
        for (const id of ids) {
          queues.set(id, {
            durable: scan.option(file, a1, 'durable'),
            exclusive: scan.option(file, a1, 'exclusive'),
            deadLetterExchange: scan.option(file, a1, 'deadLetterExchange') ?? arg('x-dead-letter-exchange'),
            deadLetterRoutingKey: scan.option(file, a1, 'deadLetterRoutingKey') ?? arg('x-dead-letter-routing-key'),
            messageTtl: scan.option(file, a1, 'messageTtl') ?? arg('x-message-ttl'),
            arguments: args,
          });
        }
      } else if (method === 'bindQueue') {
        for (const queue of queueIds(file, a0))
          for (const exchange of scan.names(file, a1))
            for (const routingKey of a2 ? scan.names(file, a2) : ['']) bindings.push({ queue, exchange, routingKey });
      } else if (method === 'publish') {
        const keys = scan.names(file, a1);
        for (const exchange of scan.names(file, a0)) {
          for (const routingKey of keys.length ? keys : [undefined]) {
            if (exchange === '' && routingKey === undefined) continue;
            publishes.push({ exchange, routingKey: routingKey ?? '', persistent: scan.option(file, a3, 'persistent'), location });
          }
        }
      } else if (method === 'sendToQueue') {
        for (const queue of scan.names(file, a0))
          publishes.push({ exchange: '', routingKey: queue, persistent: scan.option(file, a2, 'persistent'), location });
      } else {
        for (const queue of queueIds(file, a0)) consumes.push({ queue, noAck: scan.option(file, a2, 'noAck'), location });
      }
    });

    const queueDetails = (id: string): Record<string, unknown> => {
      const q = queues.get(id);
      const deadLetter =
        q?.deadLetterExchange !== undefined ? { exchange: q.deadLetterExchange, routingKey: q.deadLetterRoutingKey } : undefined;
      return { durable: q?.durable, exclusive: q?.exclusive, deadLetter, messageTtl: q?.messageTtl, arguments: q?.arguments };
    };
    for (const p of publishes) {
      if (p.exchange) {
        const ex = exchanges.get(p.exchange);
        scan.add(
          p.exchange,
          'publish',
          p.location,
          {
            exchange: p.exchange,
            exchangeType: ex?.type,
            durable: ex?.durable,
            routingKeys: p.routingKey ? [p.routingKey] : [],
            persistent: p.persistent,
          },
          'rabbitmq',
        );
      } else {
        scan.add(
          p.routingKey,
          'publish',
          p.location,
          { queue: p.routingKey, ...queueDetails(p.routingKey), persistent: p.persistent },
          'rabbitmq',
        );
      }
    }
    for (const c of consumes) {
      const bound = bindings
        .filter((b) => b.queue === c.queue)
        .map((b) => ({ exchange: b.exchange, routingKey: b.routingKey, exchangeType: exchanges.get(b.exchange)?.type }))
        .map((b) => (b.exchangeType === undefined ? { exchange: b.exchange, routingKey: b.routingKey } : b));
      const anonymous = c.queue.startsWith(ANONYMOUS);
      // A server-named queue has no stable name: it is known by the exchange it is bound to.
      const name = anonymous ? bound[0]?.exchange : c.queue;
      if (!name) continue;
      scan.add(
        name,
        'consume',
        c.location,
        { queue: anonymous ? '' : c.queue, ...queueDetails(c.queue), bindings: bound, noAck: c.noAck },
        'rabbitmq',
      );
    }
    return scan.list();
  },
};

import type * as TS from 'typescript';
import type { SourceLocation } from '../../../model.js';
import type { Detector, ParsedFile } from '../../detector.js';
import type { TypeScriptApi } from '../../parser.js';
import { eachCall } from '../track/points.js';
import type { Literal } from '../track/values.js';
import { QueueScan } from './queue-common.js';

/**
 * kafkajs: producers and consumers of `new Kafka()`; `producer.send({ topic })` / `sendBatch` (publish),
 * `consumer.subscribe({ topic | topics })` (consume) with the consumer's `groupId` and how `run()` handles messages.
 */
export const kafkajs: Detector = {
  name: 'kafkajs',
  kind: 'queue',
  packages: ['kafkajs'],
  hints: /\.(?:send|sendBatch|subscribe|run)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, 'kafkajs', {
      packages: ['kafkajs'],
      producers: [
        { kind: 'kafka', factory: 'Kafka' },
        { kind: 'producer', on: 'kafka', method: 'producer' },
        { kind: 'consumer', on: 'kafka', method: 'consumer' },
        { kind: 'producer', on: 'producer', method: 'transaction' },
      ],
      types: { Kafka: 'kafka', Producer: 'producer', Consumer: 'consumer', Transaction: 'producer' },
    });
    const subscriptions: { origin?: TS.Node; topic: string; fromBeginning?: Literal; groupId?: Literal; location: SourceLocation }[] = [];
    const handlers = new Map<TS.Node, string[]>();
    const topicsOf = (file: ParsedFile, obj: TS.Expression | undefined, key: string): string[] => {
      const found = scan.r.option(file, obj, key);
      if (!found) return [];
      const e = scan.r.unwrap(found.expr);
      const items = ts.isArrayLiteralExpression(e) ? e.elements : [found.expr];
      return items.flatMap((x) => scan.names(found.file, x));
    };

    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (!['send', 'sendBatch', 'subscribe', 'run'].includes(method)) return;
      const inst = scan.instances.of(file, call.expression.expression);
      if (!inst) return;
      const location = { file: file.path, line };
      const [arg] = call.arguments;
      if (inst.kind === 'producer' && method === 'send') {
        const options = inst.origin?.arguments?.[0];
        for (const topic of topicsOf(file, arg, 'topic')) {
          scan.add(
            topic,
            'publish',
            location,
            {
              topic,
              acks: scan.option(file, arg, 'acks'),
              idempotent: options && scan.option(inst.file, options, 'idempotent'),
              transactional:
                inst.origin && ts.isCallExpression(inst.origin) && methodName(ts, inst.origin) === 'transaction' ? true : undefined,
            },
            'kafka',
          );
        }
      } else if (inst.kind === 'producer' && method === 'sendBatch') {
        const list = scan.r.option(file, arg, 'topicMessages');
        const e = list && scan.r.unwrap(list.expr);
        if (e && ts.isArrayLiteralExpression(e)) {
          for (const item of e.elements)
            for (const topic of topicsOf(list.file, item, 'topic')) scan.add(topic, 'publish', location, { topic, batch: true }, 'kafka');
        }
      } else if (inst.kind === 'consumer' && method === 'subscribe') {
        const groupId = inst.origin?.arguments?.[0] ? scan.option(inst.file, inst.origin.arguments[0], 'groupId') : undefined;
        for (const topic of [...topicsOf(file, arg, 'topic'), ...topicsOf(file, arg, 'topics')]) {
          subscriptions.push({ origin: inst.origin, topic, fromBeginning: scan.option(file, arg, 'fromBeginning'), groupId, location });
        }
      } else if (inst.kind === 'consumer' && method === 'run' && inst.origin) {
        const obj = arg && scan.r.objectOf(file, arg);
        const names =
          obj?.node.properties.map((p) => p.name?.getText(obj.file.sf) ?? '').filter((n) => n === 'eachMessage' || n === 'eachBatch') ?? [];
        handlers.set(inst.origin, names);
      }
    });
    for (const s of subscriptions) {
      const handler = s.origin ? handlers.get(s.origin)?.[0] : undefined;
      scan.add(s.topic, 'consume', s.location, { topic: s.topic, groupId: s.groupId, fromBeginning: s.fromBeginning, handler }, 'kafka');
    }
    return scan.list();
  },
};

function methodName(ts: TypeScriptApi, call: TS.CallExpression): string | undefined {
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined;
}

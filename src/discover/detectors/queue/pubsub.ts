import type { Detector } from '../../detector.js';
import { eachCall } from '../track/points.js';
import { QueueScan } from './queue-common.js';

/**
 * Google Cloud Pub/Sub: `pubsub.topic(name).publishMessage(…)` / `publish` / `publishJSON` (publish) and
 * `pubsub.subscription(name).on('message', …)` (consume), the names read where `topic()` / `subscription()` is called.
 */
export const pubsub: Detector = {
  name: 'pubsub',
  kind: 'queue',
  packages: ['@google-cloud/pubsub'],
  hints: /\.(?:publishMessage|publish|publishJSON|on)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, 'pubsub', {
      packages: ['@google-cloud/pubsub'],
      producers: [
        { kind: 'client', factory: 'PubSub' },
        { kind: 'topic', on: 'client', method: 'topic' },
        { kind: 'subscription', on: 'client', method: 'subscription' },
        { kind: 'subscription', on: 'topic', method: 'subscription' },
      ],
      types: { PubSub: 'client' },
    });
    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      const publishing = ['publishMessage', 'publish', 'publishJSON'].includes(method);
      const subscribing = method === 'on' && scan.name(file, call.arguments[0]) === 'message';
      if (!publishing && !subscribing) return;
      const inst = scan.instances.of(file, call.expression.expression);
      const origin = inst?.origin;
      if (!inst || !origin || !ts.isCallExpression(origin)) return;
      const location = { file: file.path, line };
      const names = scan.names(inst.file, origin.arguments[0]);
      if (publishing && inst.kind === 'topic') {
        const ordered = method === 'publishMessage' && scan.r.option(file, call.arguments[0], 'orderingKey') ? true : undefined;
        for (const topic of names) scan.add(topic, 'publish', location, { topic, ordered }, 'pubsub');
      } else if (subscribing && inst.kind === 'subscription') {
        // topic.subscription('name'): the topic it belongs to is known too.
        const parent = ts.isPropertyAccessExpression(origin.expression)
          ? scan.instances.of(inst.file, origin.expression.expression)
          : undefined;
        const topicCall = parent?.kind === 'topic' && parent.origin && ts.isCallExpression(parent.origin) ? parent.origin : undefined;
        const topic = topicCall ? scan.name(parent!.file, topicCall.arguments[0]) : undefined;
        const flow = scan.option(inst.file, origin.arguments[1], 'flowControl');
        for (const subscription of names) scan.add(subscription, 'consume', location, { subscription, topic, flowControl: flow }, 'pubsub');
      }
    });
    return scan.list();
  },
};

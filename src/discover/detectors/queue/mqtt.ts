import type * as TS from 'typescript';
import type { Detector, ParsedFile } from '../../detector.js';
import { eachCall } from '../track/points.js';
import type { Literal } from '../track/values.js';
import { QueueScan, type Wildcard } from './queue-common.js';

const MQTT_WILDCARD: Wildcard = { token: '+', separator: '/' };

/** mqtt: `connect()` / `connectAsync()` clients; `publish(topic, message, { qos, retain })` and `subscribe(topic | topics | { topic: { qos } }, { qos })`. */
export const mqtt: Detector = {
  name: 'mqtt',
  kind: 'queue',
  packages: ['mqtt'],
  hints: /\.(?:publish|publishAsync|subscribe|subscribeAsync)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, 'mqtt', {
      packages: ['mqtt'],
      producers: [
        { kind: 'client', factory: 'connect' },
        { kind: 'client', factory: 'connectAsync' },
      ],
      types: { MqttClient: 'client' },
      passthrough: ['on', 'once'],
    });
    /** Topics of a subscribe call's first argument, each with the QoS an object form gives it. */
    const topics = (file: ParsedFile, arg: TS.Expression | undefined): { topic: string; qos?: Literal }[] => {
      if (!arg) return [];
      const e = scan.r.unwrap(arg);
      if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((x) => scan.names(file, x, MQTT_WILDCARD).map((topic) => ({ topic })));
      const obj = scan.r.objectOf(file, e);
      if (obj) {
        return obj.node.properties.flatMap((p) => {
          if (!ts.isPropertyAssignment(p)) return [];
          const topic = ts.isComputedPropertyName(p.name)
            ? scan.name(obj.file, p.name.expression)
            : p.name.getText(obj.file.sf).replace(/^['"]|['"]$/g, '');
          return topic === undefined ? [] : [{ topic, qos: scan.option(obj.file, p.initializer, 'qos') }];
        });
      }
      return scan.names(file, arg, MQTT_WILDCARD).map((topic) => ({ topic }));
    };
    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (!['publish', 'publishAsync', 'subscribe', 'subscribeAsync'].includes(method)) return;
      if (scan.instances.of(file, call.expression.expression)?.kind !== 'client') return;
      const location = { file: file.path, line };
      const [a0, a1, a2] = call.arguments;
      if (method.startsWith('publish')) {
        for (const topic of scan.names(file, a0, MQTT_WILDCARD)) {
          scan.add(
            topic,
            'publish',
            location,
            { topic, qos: scan.option(file, a2, 'qos'), retain: scan.option(file, a2, 'retain') },
            'mqtt',
          );
        }
      } else {
        const options = a1 && !ts.isFunctionLike(scan.r.unwrap(a1)) ? scan.option(file, a1, 'qos') : undefined;
        for (const t of topics(file, a0)) scan.add(t.topic, 'consume', location, { topic: t.topic, qos: t.qos ?? options }, 'mqtt');
      }
    });
    return scan.list();
  },
};

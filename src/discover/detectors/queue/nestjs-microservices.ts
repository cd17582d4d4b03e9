import type * as TS from 'typescript';
import type { ServiceName } from '../../../model.js';
import { forEachDeep, lineOf } from '../../ast.js';
import type { Detector, ParsedFile } from '../../detector.js';
import { eachCall } from '../track/points.js';
import type { Literal } from '../track/values.js';
import { QueueScan } from './queue-common.js';

const TRANSPORT_SERVICE: Record<string, ServiceName> = {
  RMQ: 'rabbitmq',
  KAFKA: 'kafka',
  NATS: 'nats',
  MQTT: 'mqtt',
  REDIS: 'redis',
  TCP: 'none',
  GRPC: 'none',
};
const CLIENT_TYPES = ['ClientProxy', 'ClientKafka', 'ClientRMQ', 'ClientNats', 'ClientMqtt', 'ClientRedis', 'ClientTCP'];

/**
 * NestJS microservices: handlers decorated `@MessagePattern(p)` / `@EventPattern(p)` (consume) and `ClientProxy`
 * `send(p)` / `emit(p)` (publish). The backing service follows the `Transport.X` the package configures, when it uses one.
 */
export const nestjsMicroservices: Detector = {
  name: 'nestjs-microservices',
  kind: 'queue',
  packages: ['@nestjs/microservices'],
  hints: /@(?:MessagePattern|EventPattern)\(|\.(?:send|emit)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, 'nestjs-microservices', {
      packages: ['@nestjs/microservices'],
      producers: [{ kind: 'client', factory: 'ClientProxyFactory.create' }],
      types: Object.fromEntries(CLIENT_TYPES.map((t) => [t, 'client'])),
    });
    const transports = new Set<string>();
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (n) => {
        if (ts.isPropertyAccessExpression(n) && scan.instances.libraryPath(file, n.expression) === 'Transport') transports.add(n.name.text);
      });
    }
    const transport = transports.size === 1 ? [...transports][0] : undefined;
    const service: ServiceName = (transport === undefined ? undefined : TRANSPORT_SERVICE[transport]) ?? 'none';
    const patterns = (file: ParsedFile, expr: TS.Expression | undefined): string[] => {
      if (!expr) return [];
      if (scan.r.objectOf(file, expr)) {
        const value = scan.literal(file, expr);
        return value === undefined ? [] : [stablePattern(value)];
      }
      return scan.names(file, expr);
    };

    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (n) => {
        if (!ts.isMethodDeclaration(n)) return;
        for (const dec of ts.getDecorators(n) ?? []) {
          if (!ts.isCallExpression(dec.expression)) continue;
          const which = scan.instances.libraryPath(file, dec.expression.expression);
          if (which !== 'MessagePattern' && which !== 'EventPattern') continue;
          const cls = n.parent;
          const handler = `${ts.isClassLike(cls) && cls.name ? `${cls.name.text}.` : ''}${n.name.getText(file.sf)}`;
          for (const pattern of patterns(file, dec.expression.arguments[0])) {
            scan.add(
              pattern,
              'consume',
              { file: file.path, line: lineOf(file.sf, dec) },
              { pattern, style: which === 'EventPattern' ? 'event' : 'message', handler, transport },
              service,
            );
          }
        }
      });
    }
    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (method !== 'send' && method !== 'emit') return;
      if (scan.instances.of(file, call.expression.expression)?.kind !== 'client') return;
      for (const pattern of patterns(file, call.arguments[0])) {
        scan.add(
          pattern,
          'publish',
          { file: file.path, line },
          { pattern, style: method === 'emit' ? 'event' : 'message', transport },
          service,
        );
      }
    });
    return scan.list();
  },
};

/** Object patterns as Nest routes them: JSON with sorted keys. */
function stablePattern(value: Literal): string {
  const sort = (v: Literal): Literal =>
    Array.isArray(v)
      ? v.map(sort)
      : typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort(v[k]!)]),
          )
        : v;
  return typeof value === 'string' ? value : JSON.stringify(sort(value));
}

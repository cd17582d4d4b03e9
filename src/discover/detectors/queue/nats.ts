import type { SourceLocation } from '../../../model.js';
import type { Detector } from '../../detector.js';
import { eachCall } from '../track/points.js';
import type { Literal } from '../track/values.js';
import { QueueScan, type Wildcard } from './queue-common.js';

const NATS_WILDCARD: Wildcard = { token: '*', separator: '.' };

interface Stream {
  subjects: string[];
  retention?: Literal;
  storage?: Literal;
}

/**
 * nats: `connect()` connections; core `publish` / `request` (publish) and `subscribe(subject, { queue })` (consume);
 * JetStream `js.publish` (publish) and consumers (`js.consumers.get(stream, name)`, `js.subscribe`), with the streams and
 * consumers that `jsm.streams.add` / `jsm.consumers.add` declare.
 */
export const nats: Detector = {
  name: 'nats',
  kind: 'queue',
  packages: ['nats'],
  hints: /\.(?:publish|request|subscribe|pullSubscribe|add|get)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, 'nats', {
      packages: ['nats'],
      producers: [
        { kind: 'connection', factory: 'connect' },
        { kind: 'jetstream', on: 'connection', method: 'jetstream' },
        { kind: 'manager', on: 'connection', method: 'jetstreamManager' },
      ],
      types: { NatsConnection: 'connection', JetStreamClient: 'jetstream', JetStreamManager: 'manager' },
    });
    const streams = new Map<string, Stream>();
    const durable = new Map<string, { filterSubject?: string; ackPolicy?: Literal }>();
    const pending: {
      kind: 'publish' | 'subscribe' | 'consumer';
      names: string[];
      details: Record<string, unknown>;
      location: SourceLocation;
    }[] = [];

    eachCall(ctx, ({ file, call, line }) => {
      const callee = call.expression;
      if (!ts.isPropertyAccessExpression(callee)) return;
      const method = callee.name.text;
      const location = { file: file.path, line };
      const [a0, a1, a2] = call.arguments;
      // jsm.streams.add(…), jsm.consumers.add(…), js.consumers.get(…)
      const holder = callee.expression;
      if (ts.isPropertyAccessExpression(holder) && (holder.name.text === 'streams' || holder.name.text === 'consumers')) {
        const owner = scan.instances.of(file, holder.expression);
        if (!owner) return;
        if (owner.kind === 'manager' && holder.name.text === 'streams' && (method === 'add' || method === 'update')) {
          const name = scan.option(file, a0, 'name');
          const subjects = scan.option(file, a0, 'subjects');
          if (typeof name === 'string') {
            streams.set(name, {
              subjects: Array.isArray(subjects) ? subjects.filter((s): s is string => typeof s === 'string') : [],
              retention: scan.option(file, a0, 'retention'),
              storage: scan.option(file, a0, 'storage'),
            });
          }
        } else if (owner.kind === 'manager' && holder.name.text === 'consumers' && method === 'add') {
          const stream = scan.name(file, a0);
          const name = scan.option(file, a1, 'durable_name') ?? scan.option(file, a1, 'name');
          const filter = scan.option(file, a1, 'filter_subject');
          if (stream !== undefined && typeof name === 'string') {
            durable.set(`${stream}/${name}`, {
              filterSubject: typeof filter === 'string' ? filter : undefined,
              ackPolicy: scan.option(file, a1, 'ack_policy'),
            });
          }
        } else if (owner.kind === 'jetstream' && holder.name.text === 'consumers' && method === 'get') {
          const stream = scan.name(file, a0);
          const consumer = a1 ? scan.name(file, a1) : undefined;
          if (stream !== undefined)
            pending.push({ kind: 'consumer', names: [stream], details: { stream, consumer, jetstream: true }, location });
        }
        return;
      }
      const inst = scan.instances.of(file, holder);
      if (!inst) return;
      if (inst.kind === 'connection' && (method === 'publish' || method === 'request')) {
        const timeout = method === 'request' ? scan.option(file, a2, 'timeout') : undefined;
        pending.push({
          kind: 'publish',
          names: scan.names(file, a0, NATS_WILDCARD),
          details: { request: method === 'request' ? true : undefined, timeoutMs: timeout },
          location,
        });
      } else if (inst.kind === 'connection' && method === 'subscribe') {
        pending.push({
          kind: 'subscribe',
          names: scan.names(file, a0, NATS_WILDCARD),
          details: { queueGroup: scan.option(file, a1, 'queue') },
          location,
        });
      } else if (inst.kind === 'jetstream' && method === 'publish') {
        pending.push({
          kind: 'publish',
          names: scan.names(file, a0, NATS_WILDCARD),
          details: { jetstream: true, deduplicated: scan.r.option(file, a2, 'msgID') ? true : undefined },
          location,
        });
      } else if (inst.kind === 'jetstream' && (method === 'subscribe' || method === 'pullSubscribe')) {
        pending.push({
          kind: 'subscribe',
          names: scan.names(file, a0, NATS_WILDCARD),
          details: { jetstream: true, pull: method === 'pullSubscribe' ? true : undefined },
          location,
        });
      }
    });

    const streamOf = (subject: string): string | undefined =>
      [...streams].find(([, s]) => s.subjects.some((p) => subjectMatches(p, subject)))?.[0];
    for (const p of pending) {
      if (p.kind === 'consumer') {
        const stream = p.names[0]!;
        const consumer = p.details.consumer as string | undefined;
        const decl = consumer === undefined ? undefined : durable.get(`${stream}/${consumer}`);
        // A JetStream consumer reads what its filter selects, else the whole stream.
        const name = decl?.filterSubject ?? stream;
        scan.add(
          name,
          'consume',
          p.location,
          { subject: decl?.filterSubject, ...p.details, streamSubjects: streams.get(stream)?.subjects, ackPolicy: decl?.ackPolicy },
          'nats',
        );
        continue;
      }
      for (const subject of p.names) {
        const stream = streamOf(subject);
        const details = { subject, ...p.details, stream: p.details.jetstream ? stream : undefined };
        scan.add(subject, p.kind === 'publish' ? 'publish' : 'consume', p.location, details, 'nats');
      }
    }
    return scan.list();
  },
};

/** NATS subject matching: `*` matches one token, `>` the rest. */
export function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}

import type * as TS from 'typescript';
import { lineOf } from '../../ast.js';
import type { Detector, ParsedFile } from '../../detector.js';
import { eachCall, eachNew } from '../track/points.js';
import { singleReturn } from '../track/values.js';
import { QueueScan } from './queue-common.js';

const JOB_OPTIONS = ['attempts', 'backoff', 'delay', 'priority', 'removeOnComplete', 'removeOnFail', 'repeat'];

/**
 * BullMQ: `new Queue(name)` (or `@InjectQueue(name)` in NestJS) and `queue.add(jobName, data, opts)` / `addBulk` (publish,
 * with the job names), `new Worker(name, processor, { concurrency })` and NestJS `@Processor(name)` (consume). Service: redis.
 */
export const bullmq: Detector = {
  name: 'bullmq',
  kind: 'queue',
  packages: ['bullmq', '@nestjs/bullmq'],
  hints: /\.(?:add|addBulk)\(|@Processor\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, 'bullmq', {
      packages: ['bullmq', '@nestjs/bullmq'],
      producers: [{ kind: 'queue', factory: 'Queue' }],
      types: { Queue: 'queue' },
      decorators: { InjectQueue: 'queue' },
    });
    const jobOptions = (file: ParsedFile, opts: TS.Expression | undefined): Record<string, unknown> | undefined => {
      const out: Record<string, unknown> = {};
      for (const key of JOB_OPTIONS) {
        const value = scan.option(file, opts, key);
        if (value !== undefined) out[key] = value;
      }
      return Object.keys(out).length ? out : undefined;
    };

    /** The job objects of `addBulk([...])` or `addBulk(items.map((x) => ({ name, data })))`. */
    const bulkItems = (arg: TS.Expression | undefined): TS.Expression[] => {
      const e = arg && scan.r.unwrap(arg);
      if (!e) return [];
      if (ts.isArrayLiteralExpression(e)) return [...e.elements];
      const fn =
        ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'map'
          ? e.arguments[0]
          : undefined;
      const result = fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? singleReturn(ts, fn) : undefined;
      return result ? [result] : [];
    };

    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (method !== 'add' && method !== 'addBulk') return;
      const queue = scan.instances.of(file, call.expression.expression);
      const nameArg = queue?.kind === 'queue' ? queue.origin?.arguments?.[0] : undefined;
      if (!queue || !nameArg) return;
      const location = { file: file.path, line };
      for (const name of scan.names(queue.file, nameArg, undefined, queue.bindings)) {
        if (method === 'add') {
          const [job, , opts] = call.arguments;
          const jobNames = scan.names(file, job);
          const options = jobOptions(file, opts);
          scan.add(
            name,
            'publish',
            location,
            { queue: name, jobNames, jobOptions: options && Object.fromEntries(jobNames.map((j) => [j, options])) },
            'redis',
          );
        } else {
          const jobNames = bulkItems(call.arguments[0]).flatMap((e) =>
            [scan.option(file, e, 'name')].filter((n): n is string => typeof n === 'string'),
          );
          scan.add(name, 'publish', location, { queue: name, jobNames }, 'redis');
        }
      }
    });
    eachNew(ctx, ({ file, node, line }) => {
      if (scan.instances.libraryPath(file, node.expression) !== 'Worker') return;
      const [nameArg, , opts] = node.arguments ?? [];
      for (const name of scan.names(file, nameArg)) {
        scan.add(name, 'consume', { file: file.path, line }, { queue: name, concurrency: scan.option(file, opts, 'concurrency') }, 'redis');
      }
    });
    // NestJS: @Processor('emails') class EmailProcessor extends WorkerHost
    for (const file of ctx.files) {
      for (const stmt of file.sf.statements) {
        if (!ts.isClassDeclaration(stmt)) continue;
        for (const dec of ts.getDecorators(stmt) ?? []) {
          const call = dec.expression;
          if (!ts.isCallExpression(call) || scan.instances.libraryPath(file, call.expression) !== 'Processor') continue;
          const arg = call.arguments[0];
          const nameExpr = arg && ts.isObjectLiteralExpression(scan.r.unwrap(arg)) ? scan.r.option(file, arg, 'name')?.expr : arg;
          for (const name of scan.names(file, nameExpr)) {
            scan.add(
              name,
              'consume',
              { file: file.path, line: lineOf(file.sf, dec) },
              { queue: name, processor: stmt.name?.text, concurrency: arg ? scan.option(file, arg, 'concurrency') : undefined },
              'redis',
            );
          }
        }
      }
    }
    return scan.list();
  },
};

import type * as TS from 'typescript';
import type { Detector, ParsedFile } from '../../detector.js';
import { eachCall, eachNew } from '../track/points.js';
import { render } from '../track/values.js';
import { QueueScan, type Direction } from './queue-common.js';

const COMMANDS: Record<string, Direction> = {
  SendMessageCommand: 'publish',
  SendMessageBatchCommand: 'publish',
  ReceiveMessageCommand: 'consume',
};

/**
 * Amazon SQS: `new SendMessageCommand({ QueueUrl })` / `SendMessageBatchCommand` (publish) and `ReceiveMessageCommand`
 * (consume) from @aws-sdk/client-sqs, and sqs-consumer's `Consumer.create({ queueUrl })` (consume). The queue is named
 * by the last segment of a literal URL, or `env:NAME` when the URL comes from the environment.
 */
export const sqs: Detector = {
  name: 'sqs',
  kind: 'queue',
  packages: ['@aws-sdk/client-sqs', 'sqs-consumer'],
  hints: /MessageCommand|Consumer\.create\(/,
  detect(ctx) {
    const scan = new QueueScan(ctx, 'sqs', { packages: ['@aws-sdk/client-sqs', 'sqs-consumer'], producers: [] });
    const queueNames = (file: ParsedFile, url: TS.Expression | undefined): { name: string; url: string }[] =>
      url
        ? scan.sites.values(url, (b) => render(scan.r.parts(file, url, b))).map(({ value }) => ({ url: value, name: queueName(value) }))
        : [];

    eachNew(ctx, ({ file, node, line }) => {
      const command = scan.instances.libraryPath(file, node.expression);
      const direction = command === undefined ? undefined : COMMANDS[command];
      const input = node.arguments?.[0];
      if (!direction || !input) return;
      const urlExpr = scan.r.option(file, input, 'QueueUrl');
      for (const { name, url } of urlExpr ? queueNames(urlExpr.file, urlExpr.expr) : []) {
        const details =
          direction === 'publish'
            ? {
                queueUrl: url,
                fifo: name.endsWith('.fifo') || undefined,
                batch: command === 'SendMessageBatchCommand' || undefined,
                delaySeconds: scan.option(file, input, 'DelaySeconds'),
              }
            : {
                queueUrl: url,
                fifo: name.endsWith('.fifo') || undefined,
                waitTimeSeconds: scan.option(file, input, 'WaitTimeSeconds'),
                maxMessages: scan.option(file, input, 'MaxNumberOfMessages'),
                visibilityTimeout: scan.option(file, input, 'VisibilityTimeout'),
              };
        scan.add(name, direction, { file: file.path, line }, details, 'sqs');
      }
    });
    eachCall(ctx, ({ file, call, line }) => {
      if (scan.instances.libraryPath(file, call.expression) !== 'Consumer.create') return;
      const options = call.arguments[0];
      const urlExpr = scan.r.option(file, options, 'queueUrl');
      for (const { name, url } of urlExpr ? queueNames(urlExpr.file, urlExpr.expr) : []) {
        scan.add(
          name,
          'consume',
          { file: file.path, line },
          { queueUrl: url, fifo: name.endsWith('.fifo') || undefined, batchSize: scan.option(file, options, 'batchSize') },
          'sqs',
        );
      }
    });
    return scan.list();
  },
};

/** `https://sqs.eu-west-1.amazonaws.com/123456789012/orders.fifo` → `orders.fifo`; `env:ORDERS_QUEUE_URL` stays as it is. */
export function queueName(url: string): string {
  if (url.startsWith('env:')) return url;
  const last = url.replace(/\/+$/, '').split('/').at(-1) ?? url;
  return last.includes('${') ? url : last;
}

import type * as TS from 'typescript';
import type { Detector, ParsedFile } from '../../detector.js';
import type { Instance } from '../track/instances.js';
import { eachCall } from '../track/points.js';
import type { Bindings } from '../track/values.js';
import { endpointOf, ExternalScan, type Endpoint, type RequestRead } from './external-common.js';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);

/**
 * got: `got(url, options)`, `got.post(url, options)`, and instances from `got.extend({ prefixUrl, timeout, retry })`
 * (extended again or not) whose relative URLs resolve against `prefixUrl`.
 */
export const got: Detector = {
  name: 'got',
  kind: 'external-http',
  packages: ['got'],
  hints: /\bgot\b|\.(?:get|post|put|patch|delete|extend)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new ExternalScan(ctx, 'got', {
      packages: ['got'],
      producers: [
        { kind: 'instance', factory: 'extend' },
        { kind: 'instance', on: 'instance', method: 'extend' },
      ],
      types: { Got: 'instance' },
    });
    /** The `extend()` calls an instance comes from, nearest first. */
    const chain = (inst: Instance | undefined): { file: ParsedFile; options: TS.Expression | undefined }[] => {
      const out: { file: ParsedFile; options: TS.Expression | undefined }[] = [];
      for (let i = inst, n = 0; i?.origin && n < 8; n++) {
        out.push({ file: i.file, options: i.origin.arguments?.[0] });
        const callee = i.origin.expression;
        i = ts.isPropertyAccessExpression(callee) ? scan.instances.of(i.file, callee.expression) : undefined;
      }
      return out;
    };
    const fromChain = (
      inst: Instance | undefined,
      read: (file: ParsedFile, options: TS.Expression | undefined) => number | undefined,
    ): number | undefined => {
      for (const link of chain(inst)) {
        const value = read(link.file, link.options);
        if (value !== undefined) return value;
      }
      return undefined;
    };
    const timeoutOf = (file: ParsedFile, options: TS.Expression | undefined): number | undefined =>
      scan.numberOption(file, options, ['timeout', 'request']) ?? scan.numberOption(file, options, ['timeout']);
    const retryOf = (file: ParsedFile, options: TS.Expression | undefined): number | undefined =>
      scan.numberOption(file, options, ['retry', 'limit']) ?? scan.numberOption(file, options, ['retry']);

    eachCall(ctx, ({ file, call, line }) => {
      const callee = call.expression;
      let verb: string | undefined;
      let inst: Instance | undefined;
      const path = scan.instances.libraryPath(file, callee);
      if (path === 'default') verb = 'default';
      else if (path !== undefined) {
        if (!VERBS.has(path)) return;
        verb = path;
      } else {
        const direct = scan.instances.of(file, callee);
        if (direct?.kind === 'instance') {
          verb = 'default';
          inst = direct;
        } else if (ts.isPropertyAccessExpression(callee) && VERBS.has(callee.name.text)) {
          inst = scan.instances.of(file, callee.expression);
          if (inst?.kind !== 'instance') return;
          verb = callee.name.text;
        } else return;
      }
      const [a0, a1] = call.arguments;
      const configOnly = a0 !== undefined && scan.r.objectOf(file, a0) !== undefined;
      const options = configOnly ? a0 : a1;
      let base: Endpoint | undefined;
      for (const link of chain(inst)) {
        const prefix = scan.r.option(link.file, link.options, 'prefixUrl');
        if (prefix) {
          base = scan.base(prefix.file, prefix.expr);
          break;
        }
      }
      const read = (b?: Bindings): RequestRead | undefined => {
        const url = configOnly ? scan.r.option(file, a0, 'url', b) : a0 && { file, expr: a0 };
        if (!url) return undefined;
        const method = scan.r.option(file, options, 'method', b);
        const httpMethod = verb === 'default' ? (method ? scan.method(method.file, method.expr, 'GET', b) : 'GET') : verb!.toUpperCase();
        return { endpoint: endpointOf(scan.r.parts(url.file, url.expr, b), base), method: httpMethod };
      };
      const timeoutMs = timeoutOf(file, options) ?? fromChain(inst, timeoutOf);
      const retries = retryOf(file, options) ?? fromChain(inst, retryOf);
      for (const request of scan.requests(call, read)) scan.add(file, line, request, { timeoutMs, retries });
    });
    return scan.list();
  },
};

import type * as TS from 'typescript';
import type { Detector, ParsedFile } from '../../detector.js';
import { eachCall } from '../track/points.js';
import type { Bindings } from '../track/values.js';
import { endpointOf, ExternalScan, type RequestRead } from './external-common.js';
import { readFetch, signalTimeout } from './fetch.js';

/**
 * undici: `request(url, { method })`, `fetch(url, init)`, and `new Pool(origin)` / `new Client(origin)` instances whose
 * `request({ path, method })` goes to that origin; `headersTimeout` / `bodyTimeout` as the timeout.
 */
export const undici: Detector = {
  name: 'undici',
  kind: 'external-http',
  packages: ['undici'],
  hints: /\.request\(|\bfetch\(/,
  detect(ctx) {
    const scan = new ExternalScan(ctx, 'undici', {
      packages: ['undici'],
      producers: [
        { kind: 'pool', factory: 'Pool' },
        { kind: 'pool', factory: 'Client' },
      ],
      types: { Pool: 'pool', Client: 'pool' },
    });
    const timeout = (file: ParsedFile, opts: TS.Expression | undefined): number | undefined =>
      scan.numberOption(file, opts, ['headersTimeout']) ?? scan.numberOption(file, opts, ['bodyTimeout']);

    eachCall(ctx, ({ file, call, line }) => {
      const [a0, a1] = call.arguments;
      const fn = scan.instances.libraryPath(file, call.expression);
      if (fn === 'request') {
        const read = (b?: Bindings): RequestRead | undefined => {
          const method = scan.r.option(file, a1, 'method', b);
          return (
            a0 && {
              endpoint: endpointOf(scan.r.parts(file, a0, b)),
              method: method ? scan.method(method.file, method.expr, 'GET', b) : 'GET',
            }
          );
        };
        for (const request of scan.requests(call, read)) scan.add(file, line, request, { timeoutMs: timeout(file, a1) });
        return;
      }
      if (fn === 'fetch') {
        for (const request of scan.requests(call, (b) => readFetch(scan, file, a0, a1, b)))
          scan.add(file, line, request, { timeoutMs: signalTimeout(scan, file, a1) });
        return;
      }
      if (!ctx.ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'request') return;
      const pool = scan.instances.of(file, call.expression.expression);
      const originArg = pool?.kind === 'pool' ? pool.origin?.arguments?.[0] : undefined;
      const base = pool && scan.base(pool.file, originArg);
      if (!pool || !base) return;
      const read = (b?: Bindings): RequestRead | undefined => {
        const path = scan.r.option(file, a0, 'path', b);
        const method = scan.r.option(file, a0, 'method', b);
        return (
          path && {
            endpoint: endpointOf(scan.r.parts(path.file, path.expr, b), base),
            method: method ? scan.method(method.file, method.expr, 'GET', b) : 'GET',
          }
        );
      };
      const poolOptions = pool.origin?.arguments?.[1];
      for (const request of scan.requests(call, read))
        scan.add(file, line, request, { timeoutMs: timeout(file, a0) ?? timeout(pool.file, poolOptions) });
    });
    return scan.list();
  },
};

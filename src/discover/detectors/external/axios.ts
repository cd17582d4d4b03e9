import type * as TS from 'typescript';
import { packageOf } from '../../ast.js';
import type { Detector } from '../../detector.js';
import type { Instance } from '../track/instances.js';
import { eachCall } from '../track/points.js';
import type { Bindings } from '../track/values.js';
import { endpointOf, ExternalScan, type Endpoint, type RequestRead } from './external-common.js';

const NO_BODY = new Set(['get', 'delete', 'head', 'options']);
const WITH_BODY = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);

/**
 * axios: `axios.get(url)`, `axios.post(url, data)`, `axios(config)`, `axios.request(config)`, and instances from
 * `axios.create({ baseURL, timeout })` whose relative URLs resolve against the base; `axios-retry` retries.
 */
export const axios: Detector = {
  name: 'axios',
  kind: 'external-http',
  packages: ['axios'],
  hints: /\.(?:get|post|put|patch|delete|head|request)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new ExternalScan(ctx, 'axios', {
      packages: ['axios'],
      producers: [{ kind: 'instance', factory: 'create' }],
      types: { AxiosInstance: 'instance' },
    });
    // axiosRetry(instance, { retries: 3 }): retries by instance (the module itself for the global axios).
    const retries = new Map<TS.Node | 'global', number>();
    const retrying = ctx.files.filter((f) => f.imports.some((b) => packageOf(b.module) === 'axios-retry'));
    eachCall(
      ctx,
      ({ file, call }) => {
        const imp = scan.importOf(file, call.expression);
        if (imp?.pkg !== 'axios-retry' || !call.arguments[0]) return;
        const target = scan.instances.of(file, call.arguments[0]);
        const n = scan.numberOption(file, call.arguments[1], ['retries']) ?? 3;
        const key = target?.origin ?? (scan.instances.libraryPath(file, call.arguments[0]) === 'default' ? 'global' : undefined);
        if (key) retries.set(key, n);
      },
      retrying,
    );
    const instanceBase = (inst: Instance): Endpoint | undefined =>
      scan.base(inst.file, scan.r.option(inst.file, inst.origin?.arguments?.[0], 'baseURL')?.expr);

    eachCall(ctx, ({ file, call, line }) => {
      const callee = call.expression;
      let verb: string | undefined;
      let inst: Instance | undefined;
      let global = false;
      const path = scan.instances.libraryPath(file, callee);
      if (path === 'default') {
        verb = 'default';
        global = true;
      } else if (path !== undefined) {
        if (!NO_BODY.has(path) && !WITH_BODY.has(path) && path !== 'request') return;
        verb = path;
        global = true;
      } else {
        const direct = scan.instances.of(file, callee);
        if (direct?.kind === 'instance' && ts.isCallExpression(call)) {
          verb = 'default';
          inst = direct;
        } else if (ts.isPropertyAccessExpression(callee)) {
          const name = callee.name.text;
          if (!NO_BODY.has(name) && !WITH_BODY.has(name) && name !== 'request') return;
          inst = scan.instances.of(file, callee.expression);
          if (inst?.kind !== 'instance') return;
          verb = name;
        }
      }
      if (!verb || (!global && !inst)) return;
      const args = call.arguments;
      const urlArg = verb === 'request' ? undefined : args[0];
      const config =
        verb === 'request' ? args[0] : verb === 'default' ? (args.length > 1 ? args[1] : args[0]) : WITH_BODY.has(verb) ? args[2] : args[1];
      const configOnly =
        verb === 'request' || (verb === 'default' && args[0] !== undefined && scan.r.objectOf(file, args[0]) !== undefined);
      const base = inst ? instanceBase(inst) : undefined;
      const read = (b?: Bindings): RequestRead | undefined => {
        const url = configOnly ? scan.r.option(file, config, 'url', b) : urlArg && { file, expr: urlArg };
        if (!url) return undefined;
        const ownBase = scan.r.option(file, config, 'baseURL', b);
        const method = scan.r.option(file, config, 'method', b);
        const httpMethod =
          verb === 'default' || verb === 'request'
            ? method
              ? scan.method(method.file, method.expr, 'GET', b)
              : 'GET'
            : verb!.replace(/Form$/, '').toUpperCase();
        return {
          endpoint: endpointOf(scan.r.parts(url.file, url.expr, b), ownBase ? scan.base(ownBase.file, ownBase.expr) : base),
          method: httpMethod,
        };
      };
      const timeoutMs =
        scan.numberOption(file, config, ['timeout']) ??
        (inst ? scan.numberOption(inst.file, inst.origin?.arguments?.[0], ['timeout']) : undefined);
      const retry = inst?.origin ? retries.get(inst.origin) : global ? retries.get('global') : undefined;
      for (const request of scan.requests(call, read)) scan.add(file, line, request, { timeoutMs, retries: retry });
    });
    return scan.list();
  },
};

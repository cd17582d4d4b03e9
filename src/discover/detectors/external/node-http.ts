import type { Detector } from '../../detector.js';
import { eachCall } from '../track/points.js';
import { render, type Bindings, type Part } from '../track/values.js';
import { endpointOf, ExternalScan, type RequestRead } from './external-common.js';

/**
 * Node's `http` / `https` clients: `request(url | options)` and `get(url | options)`, with the origin from the URL or
 * from `protocol` / `hostname` / `port` / `path` options. Library `http` or `https` after the module.
 */
export const nodeHttp: Detector = {
  name: 'node-http',
  kind: 'external-http',
  packages: ['http', 'https'],
  hints: /['"`]node:https?['"`]/,
  detect(ctx) {
    const scans = {
      http: new ExternalScan(ctx, 'http', { packages: ['http'], producers: [] }),
      https: new ExternalScan(ctx, 'https', { packages: ['https'], producers: [] }),
    };
    eachCall(ctx, ({ file, call, line }) => {
      const imp = importedFunction(scans.http, file, call.expression);
      if (!imp || (imp.fn !== 'request' && imp.fn !== 'get')) return;
      const scan = scans[imp.module];
      const [a0, a1] = call.arguments;
      if (!a0) return;
      const optionsFirst = scan.r.objectOf(file, a0) !== undefined;
      const options = optionsFirst ? a0 : a1 && scan.r.objectOf(file, a1) ? a1 : undefined;
      const read = (b?: Bindings): RequestRead | undefined => {
        const method = scan.r.option(file, options, 'method', b);
        const httpMethod = imp.fn === 'get' ? 'GET' : method ? scan.method(method.file, method.expr, 'GET', b) : 'GET';
        if (!optionsFirst) return { endpoint: endpointOf(scan.r.parts(file, a0, b)), method: httpMethod };
        const text = (key: string): Part[] | undefined => {
          const found = scan.r.option(file, options, key, b);
          return found ? scan.r.parts(found.file, found.expr, b) : undefined;
        };
        const host = text('hostname') ?? text('host');
        if (!host) return undefined;
        const protocol = render(text('protocol') ?? []) || `${imp.module}:`;
        const port = text('port');
        const path = text('path') ?? [{ kind: 'text', text: '/' }];
        const onlyHost = host.length === 1 ? host[0] : undefined;
        if (onlyHost?.kind === 'env') return { endpoint: endpointOf([onlyHost, ...path]), method: httpMethod };
        const hostText = render(host);
        const portText = port ? render(port) : '';
        if (hostText === undefined || portText === undefined || hostText.includes('${')) return undefined;
        const origin = `${protocol}//${hostText}${portText ? `:${portText}` : ''}`;
        return { endpoint: endpointOf([{ kind: 'text', text: origin }, ...path]), method: httpMethod };
      };
      const timeoutMs = scan.numberOption(file, options, ['timeout']);
      for (const request of scan.requests(call, read)) scan.add(file, line, request, { timeoutMs });
    });
    return [...scans.http.list(), ...scans.https.list()];
  },
};

/** `https.request`, `request` imported from `node:https`, … → the module and function. */
function importedFunction(
  scan: ExternalScan,
  file: Parameters<ExternalScan['importOf']>[0],
  callee: Parameters<ExternalScan['importOf']>[1],
): { module: 'http' | 'https'; fn: string } | undefined {
  const { ts } = scan.r;
  const e = scan.r.unwrap(callee);
  if (ts.isIdentifier(e)) {
    const imp = scan.importOf(file, e);
    return imp && (imp.pkg === 'http' || imp.pkg === 'https') ? { module: imp.pkg, fn: imp.imported } : undefined;
  }
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
    const imp = scan.importOf(file, e.expression);
    return imp && (imp.pkg === 'http' || imp.pkg === 'https') && imp.imported === 'default'
      ? { module: imp.pkg, fn: e.name.text }
      : undefined;
  }
  return undefined;
}

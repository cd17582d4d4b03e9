import type * as TS from 'typescript';
import { packageOf } from '../../ast.js';
import type { DetectContext, Detector, DraftPoint, ParsedFile } from '../../detector.js';
import { eachCall } from '../track/points.js';
import type { Bindings } from '../track/values.js';
import { endpointOf, ExternalScan, type RequestRead } from './external-common.js';

/** Packages whose default export is a drop-in `fetch`. */
const FETCH_PACKAGES = ['node-fetch', 'cross-fetch', 'isomorphic-fetch'];

/**
 * The global `fetch` (library `fetch`) and drop-in replacements (`node-fetch`…): the origin or `env:NAME` each call
 * reaches, with method and path, and `AbortSignal.timeout(ms)` when the call sets one. The global needs no dependency
 * (`fetch` is a pseudo built-in, enabled in every package) and no import, so a call of it is enough to parse a file.
 */
export const fetchDetector: Detector = {
  name: 'fetch',
  kind: 'external-http',
  packages: ['fetch', ...FETCH_PACKAGES],
  // `fetch(` but not `client.fetch(`; `globalThis.fetch(` still counts.
  hints: /(?<![.\w$])fetch\s*\(|\b(?:globalThis|window|self)\.fetch\s*\(/,
  hintsSuffice: true,
  detect(ctx) {
    const scans = new Map<string, ExternalScan>();
    const scanFor = (library: string): ExternalScan => {
      let scan = scans.get(library);
      if (!scan) scans.set(library, (scan = new ExternalScan(ctx, library)));
      return scan;
    };
    const global = scanFor('fetch');
    eachCall(ctx, ({ file, call, line }) => {
      const library = fetchLibrary(ctx, global, file, call.expression);
      if (!library) return;
      const scan = scanFor(library);
      const read = (b?: Bindings): RequestRead | undefined => readFetch(scan, file, call.arguments[0], call.arguments[1], b);
      const timeoutMs = signalTimeout(scan, file, call.arguments[1]);
      const requests = scan.requests(call, read);
      for (const request of requests.length ? requests : tableRequests(scan, file, call)) scan.add(file, line, request, { timeoutMs });
    });
    return [...scans.values()].flatMap((s): DraftPoint[] => s.list());
  },
};

/** `fetch` as the global (`fetch`, `globalThis.fetch`) or imported from a drop-in package; undefined for anything else. */
function fetchLibrary(ctx: DetectContext, scan: ExternalScan, file: ParsedFile, callee: TS.Expression): string | undefined {
  const { ts } = ctx;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'fetch' && ts.isIdentifier(callee.expression)) {
    return ['globalThis', 'window', 'self'].includes(callee.expression.text) ? 'fetch' : undefined;
  }
  if (!ts.isIdentifier(callee) || callee.text !== 'fetch') return undefined;
  const d = scan.r.declarationOf(file, 'fetch', callee);
  if (!d) return 'fetch';
  if (d.kind === 'module' && FETCH_PACKAGES.includes(packageOf(d.module))) return packageOf(d.module);
  return undefined;
}

/** `fetch(config.tokenUrl, init)` with `config = PROVIDERS[provider]`: one request per entry of the table. */
function tableRequests(scan: ExternalScan, file: ParsedFile, call: TS.CallExpression): RequestRead[] {
  const url = call.arguments[0];
  if (!url) return [];
  const method = readFetch(scan, file, url, call.arguments[1])?.method ?? 'GET';
  return scan.r
    .tableValues(file, url)
    .map((v) => ({ endpoint: endpointOf(scan.r.parts(v.file, v.expr)), method }))
    .filter((r) => r.endpoint !== undefined);
}

/** URL and method of `fetch(input, init)`, where `input` may be a `new Request(url, init)`. */
export function readFetch(
  scan: ExternalScan,
  file: ParsedFile,
  input: TS.Expression | undefined,
  init: TS.Expression | undefined,
  b?: Bindings,
): RequestRead | undefined {
  const { ts } = scan.r;
  if (!input) return undefined;
  let url = input;
  let options = init;
  const e = scan.r.unwrap(input);
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'Request' && e.arguments?.[0]) {
    url = e.arguments[0];
    options = init ?? e.arguments[1];
  }
  const method = scan.r.option(file, options, 'method', b);
  const fallback = scan.unboundParam(file, options, b) ? '*' : 'GET';
  return { endpoint: endpointOf(scan.r.parts(file, url, b)), method: method ? scan.method(method.file, method.expr, 'GET', b) : fallback };
}

/** `signal: AbortSignal.timeout(5000)` → 5000. */
export function signalTimeout(scan: ExternalScan, file: ParsedFile, init: TS.Expression | undefined): number | undefined {
  const { ts } = scan.r;
  const signal = scan.r.option(file, init, 'signal');
  const e = signal && scan.r.unwrap(signal.expr);
  if (
    !e ||
    !ts.isCallExpression(e) ||
    !ts.isPropertyAccessExpression(e.expression) ||
    e.expression.name.text !== 'timeout' ||
    !e.arguments[0]
  )
    return undefined;
  return scan.r.number(signal.file, e.arguments[0]);
}

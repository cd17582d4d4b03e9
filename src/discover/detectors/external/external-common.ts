import type * as TS from 'typescript';
import { packageOf } from '../../ast.js';
import type { ExternalHttpDetails } from '../../../model.js';
import type { DetectContext, DraftPoint, ParsedFile } from '../../detector.js';
import type { LibrarySpec } from '../track/instances.js';
import { LibraryScan } from '../track/scan.js';
import { merge, type Bindings, type Part } from '../track/values.js';

/** Where a request goes: an origin (`https://api.stripe.com`) or `env:NAME`, and the path under it (`*` for unknown parts). */
export interface Endpoint {
  target: string;
  path: string;
}

/** What a library call says about one request, read with a wrapper's call-site bindings when there are some. */
export interface RequestRead {
  endpoint?: Endpoint;
  method: string;
}

export interface RequestOptions {
  timeoutMs?: number;
  retries?: number;
}

/**
 * The endpoint of a URL: an absolute literal gives its origin, a leading `process.env.X` gives `env:X`; a relative URL
 * needs a base (an instance's `baseURL` / `prefixUrl`), and is skipped without one.
 */
export function endpointOf(parts: readonly Part[], base?: Endpoint): Endpoint | undefined {
  const first = parts[0];
  if (!first) return undefined;
  if (first.kind === 'env') return { target: `env:${first.name}`, path: renderPath(parts.slice(1)) };
  if (first.kind === 'text' && /^https?:\/\//i.test(first.text)) {
    const m = /^(https?:\/\/[^/?#]*)(.*)$/is.exec(first.text)!;
    const authority = m[1]!;
    // `https://${host}/…`, `https://api.${domain}`, `https://host:${port}`: the origin is not known.
    if (authority.endsWith('//') || (m[2] === '' && parts.length > 1 && /[.:-]$/.test(authority))) return undefined;
    let origin: string;
    try {
      origin = new URL(authority).origin;
    } catch {
      return undefined;
    }
    return { target: origin, path: renderPath([{ kind: 'text', text: m[2]! }, ...parts.slice(1)]) };
  }
  if (!base) return undefined;
  if (first.kind === 'text' && /^[a-z][a-z0-9+.-]*:/i.test(first.text)) return undefined;
  return { target: base.target, path: joinPath(base.path, renderPath(parts)) };
}

/** The path of a URL: query and fragment dropped, unknown parts as `*`. */
export function renderPath(parts: readonly Part[]): string {
  let out = '';
  for (const p of merge([...parts])) {
    if (p.kind === 'text') out += p.text;
    else out += '*';
    const cut = out.search(/[?#]/);
    if (cut >= 0) {
      out = out.slice(0, cut);
      break;
    }
  }
  if (out === '') return '/';
  return out.startsWith('/') ? out : `/${out}`;
}

export function joinPath(base: string, path: string): string {
  if (base === '/' || base === '') return path.startsWith('/') ? path : `/${path}`;
  if (path === '/') return base;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** One outbound-HTTP detector run, and the requests it reads. */
export class ExternalScan extends LibraryScan {
  constructor(ctx: DetectContext, library: string, spec: LibrarySpec = { packages: [], producers: [] }) {
    super(ctx, library, spec);
  }

  /**
   * The requests a call makes. When its URL or method depends on the parameters of the function around it
   * (`api('/orders', { method: 'POST' })` over `fetch(\`${BASE}${path}\`, init)`), each caller's arguments give one request.
   */
  requests(node: TS.Node, read: (bindings?: Bindings) => RequestRead | undefined): RequestRead[] {
    const direct = read();
    const exact = direct?.endpoint && !direct.endpoint.path.includes('*') && direct.method !== '*';
    if (!exact) {
      const viaSites = this.sites
        .of(node)
        .map((s) => read(s.bindings))
        .filter((x): x is RequestRead => x?.endpoint !== undefined);
      if (viaSites.length) return viaSites;
    }
    return direct?.endpoint ? [direct] : [];
  }

  /** `'POST'`, a known constant, or `*` when the method is computed. */
  method(file: ParsedFile, expr: TS.Expression | undefined, fallback: string, bindings?: Bindings): string {
    if (!expr) return fallback;
    const parts = this.r.parts(file, expr, bindings);
    const only = parts.length === 1 ? parts[0] : undefined;
    return only?.kind === 'text' ? only.text.toUpperCase() : '*';
  }

  /** An options argument that is a parameter no caller binds here: its method is not known. */
  unboundParam(file: ParsedFile, expr: TS.Expression | undefined, bindings?: Bindings): boolean {
    const e = expr && this.r.unwrap(expr);
    if (!e || !this.r.ts.isIdentifier(e)) return false;
    const d = this.r.declarationOf(file, e.text, e);
    return d?.kind === 'param' && !bindings?.has(d.param);
  }

  /** The package and export a name is imported as (`axiosRetry` → `axios-retry` default). */
  importOf(file: ParsedFile, expr: TS.Expression): { pkg: string; imported: string } | undefined {
    const e = this.r.unwrap(expr);
    if (!this.r.ts.isIdentifier(e)) return undefined;
    const d = this.r.declarationOf(file, e.text, e);
    return d?.kind === 'module' ? { pkg: packageOf(d.module), imported: d.imported === '*' ? 'default' : d.imported } : undefined;
  }

  /** The endpoint a base URL expression names (`baseURL`, `prefixUrl`, a `Pool` origin). */
  base(file: ParsedFile, expr: TS.Expression | undefined): Endpoint | undefined {
    return expr ? endpointOf(this.r.parts(file, expr)) : undefined;
  }

  numberOption(file: ParsedFile, obj: TS.Expression | undefined, path: readonly string[], bindings?: Bindings): number | undefined {
    let current: { file: ParsedFile; expr: TS.Expression } | undefined = obj ? { file, expr: obj } : undefined;
    for (const key of path) current = current && this.r.option(current.file, current.expr, key, bindings);
    return current ? this.r.number(current.file, current.expr) : undefined;
  }

  add(file: ParsedFile, line: number, request: RequestRead, options: RequestOptions = {}): void {
    const endpoint = request.endpoint!;
    this.addTarget(file, line, endpoint.target, { requests: [`${request.method} ${endpoint.path}`] }, options);
  }

  /** One `external-http` point for a target (an origin or `env:NAME`), with what the call records and the client's timeout and retries. */
  addTarget(
    file: ParsedFile,
    line: number,
    target: string,
    recorded: Pick<ExternalHttpDetails, 'requests' | 'operations'>,
    options: RequestOptions = {},
  ): void {
    const details: ExternalHttpDetails = target.startsWith('env:') ? { env: target.slice(4) } : { origin: target };
    Object.assign(details, recorded);
    if (options.timeoutMs !== undefined) details.timeoutMs = [options.timeoutMs];
    if (options.retries !== undefined) details.retries = [options.retries];
    this.points.add({
      kind: 'external-http',
      library: this.library,
      key: `${this.library}:${target}`,
      location: { file: file.path, line },
      details,
      service: 'none',
    });
  }

  list(): DraftPoint[] {
    return this.points.list();
  }
}

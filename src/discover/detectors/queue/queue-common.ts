import type * as TS from 'typescript';
import type { ServiceName, SourceLocation } from '../../../model.js';
import type { DraftPoint, ParsedFile } from '../../detector.js';
import { LibraryScan } from '../track/scan.js';
import { render, type Bindings, type Literal, type Part } from '../track/values.js';

export type Direction = 'publish' | 'consume';

/** A broker's single-token wildcard: MQTT `+` between `/`, NATS `*` between `.`. */
export interface Wildcard {
  token: string;
  separator: string;
}

/** `devices/${id}/telemetry` → `devices/+/telemetry`, when each unknown part fills a whole token. */
export function withWildcards(parts: readonly Part[], wildcard: Wildcard): string | undefined {
  let out = '';
  for (const p of parts) {
    if (p.kind === 'text') out += p.text;
    else if (p.kind === 'env') out += `\${${p.name}}`;
    else out += '\0';
  }
  const tokens = out.split(wildcard.separator);
  if (tokens.some((t) => t.includes('\0') && t !== '\0')) return undefined;
  return tokens.map((t) => (t === '\0' ? wildcard.token : t)).join(wildcard.separator);
}

/** One queue detector run, and the queue and topic names it reads. */
export class QueueScan extends LibraryScan {
  /**
   * The names an expression takes: a literal, a constant, `env:NAME` for `process.env.NAME`; when it is a
   * parameter of a wrapper function, the names its callers pass.
   */
  names(file: ParsedFile, expr: TS.Expression | undefined, wildcard?: Wildcard, bindings?: Bindings): string[] {
    if (!expr) return [];
    const read = (b?: Bindings): string | undefined => {
      const parts = this.r.parts(file, expr, b);
      return render(parts) ?? (wildcard && withWildcards(parts, wildcard));
    };
    // An instance made by a factory call knows its arguments (`createQueue('email')`): they decide.
    const bound = bindings && read(bindings);
    if (bound !== undefined) return [bound];
    return this.sites.values(expr, read).map((v) => v.value);
  }

  name(file: ParsedFile, expr: TS.Expression | undefined): string | undefined {
    return expr ? render(this.r.parts(file, expr)) : undefined;
  }

  literal(file: ParsedFile, expr: TS.Expression | undefined): Literal | undefined {
    return expr ? this.r.literal(file, expr) : undefined;
  }

  option(file: ParsedFile, obj: TS.Expression | undefined, key: string): Literal | undefined {
    const found = this.r.option(file, obj, key);
    return found ? this.r.literal(found.file, found.expr) : undefined;
  }

  add(name: string, direction: Direction, location: SourceLocation, details: Record<string, unknown>, service: ServiceName): void {
    this.points.add({
      kind: 'queue',
      library: this.library,
      key: `${this.library}:${name}:${direction}`,
      location,
      details: pruned(details),
      service,
    });
  }

  list(): DraftPoint[] {
    return this.points.list();
  }
}

/** Details without undefined entries or empty arrays. */
export function pruned(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(details)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

import type * as TS from 'typescript';
import { forEachDeep, lineOf } from '../../ast.js';
import type { DetectContext, DraftPoint, ParsedFile } from '../../detector.js';

/**
 * Points by key: the first sighting (in walk order) gives the location, later sightings add to the details
 * (arrays are unioned, objects merged, first scalar wins).
 */
export class PointSet {
  private readonly byKey = new Map<string, DraftPoint>();

  add(point: DraftPoint): void {
    const existing = this.byKey.get(point.key);
    if (!existing) this.byKey.set(point.key, withDetails(point, clone(point.details)));
    else mergeInto(existing.details, point.details);
  }

  get size(): number {
    return this.byKey.size;
  }

  list(): DraftPoint[] {
    return [...this.byKey.values()].map((p) => withDetails(p, normalize(p.details) as typeof p.details));
  }
}

/** The point with other details of its own kind. */
function withDetails<P extends DraftPoint>(point: P, details: P['details']): P {
  return { ...point, details };
}

function clone<T>(details: T): T {
  return JSON.parse(JSON.stringify(details)) as T;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Details of one point are plain JSON objects, merged field by field whatever their kind. */
function mergeInto(into: object, from: object): void {
  const target = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) {
    if (value === undefined) continue;
    const current = target[key];
    if (current === undefined) target[key] = JSON.parse(JSON.stringify(value)) as unknown;
    else if (Array.isArray(current) && Array.isArray(value)) {
      const seen = new Set(current.map((x) => JSON.stringify(x)));
      for (const item of value) if (!seen.has(JSON.stringify(item))) current.push(item);
    } else if (isPlain(current) && isPlain(value)) mergeInto(current, value);
  }
}

/** Arrays of strings or numbers sorted and unique, so details do not depend on the order files were read. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalize);
    if (items.every((x) => typeof x === 'string')) return [...new Set(items as string[])].sort();
    if (items.every((x) => typeof x === 'number')) return [...new Set(items as number[])].sort((a, b) => a - b);
    return items;
  }
  if (isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = normalize(v);
    return out;
  }
  return value;
}

export interface CallSite {
  file: ParsedFile;
  call: TS.CallExpression;
  line: number;
}

/** The calls and `new` expressions of a file, in source order: gathered once, then shared by every detector. */
interface Invocations {
  calls: TS.CallExpression[];
  news: TS.NewExpression[];
}

const invocations = new WeakMap<TS.SourceFile, Invocations>();
function invocationsOf(ctx: DetectContext, sf: TS.SourceFile): Invocations {
  let found = invocations.get(sf);
  if (!found) {
    const { ts } = ctx;
    const calls: TS.CallExpression[] = [];
    const news: TS.NewExpression[] = [];
    forEachDeep(ts, sf, (node) => {
      if (ts.isCallExpression(node)) calls.push(node);
      else if (ts.isNewExpression(node)) news.push(node);
    });
    invocations.set(sf, (found = { calls, news }));
  }
  return found;
}

/** Every call expression of the detector's files, in walk order. */
export function eachCall(ctx: DetectContext, visit: (site: CallSite) => void, files: readonly ParsedFile[] = ctx.files): void {
  for (const file of files) {
    for (const call of invocationsOf(ctx, file.sf).calls) visit({ file, call, line: lineOf(file.sf, call) });
  }
}

/** Every `new` expression of the detector's files, in walk order. */
export function eachNew(ctx: DetectContext, visit: (site: { file: ParsedFile; node: TS.NewExpression; line: number }) => void): void {
  for (const file of ctx.files) {
    for (const node of invocationsOf(ctx, file.sf).news) visit({ file, node, line: lineOf(file.sf, node) });
  }
}

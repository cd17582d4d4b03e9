import type * as TS from 'typescript';
import type { ServiceName } from '../../../model.js';
import type { DetectContext, DraftPoint, ParsedFile } from '../../detector.js';
import { Instances, type Instance, type LibrarySpec } from '../track/instances.js';
import { eachCall, eachNew, PointSet } from '../track/points.js';
import { render, Resolver, staticPrefix } from '../track/values.js';

export interface CacheFlavour {
  library: string;
  service: ServiceName;
  spec: LibrarySpec;
  /** Instance kinds whose method calls are commands (a client, a MULTI/pipeline batch). */
  commandKinds: readonly string[];
  isCommand(method: string): boolean;
  /** The arguments that name keys (the first one, unless the command takes several). */
  keyArgs(r: Resolver, file: ParsedFile, method: string, args: readonly TS.Expression[]): readonly TS.Expression[];
  /** The expiry a call sets, in seconds, when it sets one. */
  ttl(r: Resolver, file: ParsedFile, method: string, args: readonly TS.Expression[]): number | undefined;
  /** Redis pub/sub: commands that publish to or subscribe to channels become queue points. */
  pubsub?: { publish: ReadonlySet<string>; subscribe: ReadonlySet<string>; patterns: ReadonlySet<string> };
}

/** One `cache` point per library (commands, literal keys, key prefixes, expiries), plus queue points for pub/sub channels. */
export function detectCache(ctx: DetectContext, flavour: CacheFlavour): DraftPoint[] {
  const r = Resolver.of(ctx);
  const instances = new Instances(r, flavour.spec);
  const cache = new PointSet();
  const channels = new PointSet();
  eachCall(ctx, ({ file, call, line }) => {
    const callee = call.expression;
    if (!ctx.ts.isPropertyAccessExpression(callee)) return;
    const method = callee.name.text;
    const target = commandTarget(r, instances, file, callee.expression, flavour.commandKinds);
    if (!target) return;
    const location = { file: file.path, line };
    const pubsub = flavour.pubsub;
    if (pubsub && (pubsub.publish.has(method) || pubsub.subscribe.has(method) || pubsub.patterns.has(method))) {
      const publish = pubsub.publish.has(method);
      const names = publish ? call.arguments.slice(0, 1) : call.arguments.filter((a) => !ctx.ts.isFunctionLike(r.unwrap(a)));
      for (const arg of names) {
        for (const name of channelNames(r, file, arg)) {
          const details: Record<string, unknown> = { channel: name, command: method };
          if (pubsub.patterns.has(method)) details.pattern = true;
          channels.add({
            kind: 'queue',
            library: flavour.library,
            key: `${flavour.library}:${name}:${publish ? 'publish' : 'consume'}`,
            location,
            details,
            service: flavour.service,
          });
        }
      }
      return;
    }
    if (!flavour.isCommand(method)) return;
    const keys: string[] = [];
    const keyPrefixes: string[] = [];
    for (const arg of flavour.keyArgs(r, file, method, call.arguments)) {
      for (const item of listItems(ctx.ts, r, arg)) {
        const parts = r.parts(file, item);
        const whole = render(parts);
        if (whole !== undefined && !whole.includes('*')) keys.push(whole);
        else {
          const prefix = staticPrefix(parts).replace(/\*.*$/, '');
          if (prefix) keyPrefixes.push(prefix);
        }
      }
    }
    const ttl = flavour.ttl(r, file, method, call.arguments);
    cache.add({
      kind: 'cache',
      library: flavour.library,
      key: flavour.library,
      location,
      details: { commands: [method], keys, keyPrefixes, ttlSeconds: ttl === undefined ? [] : [ttl] },
      service: flavour.service,
    });
  });
  if (cache.size === 0) {
    // A client is built but none of its commands could be followed: the service still uses the cache.
    const created = (file: ParsedFile, node: TS.CallExpression | TS.NewExpression, line: number): void => {
      const inst = instances.of(file, node);
      if (inst?.origin !== node || !flavour.commandKinds.includes(inst.kind)) return;
      cache.add({
        kind: 'cache',
        library: flavour.library,
        key: flavour.library,
        location: { file: file.path, line },
        details: { commands: [], keys: [], keyPrefixes: [], ttlSeconds: [] },
        service: flavour.service,
      });
    };
    eachNew(ctx, ({ file, node, line }) => created(file, node, line));
    eachCall(ctx, ({ file, call, line }) => created(file, call, line));
  }
  return [...cache.list(), ...channels.list()];
}

/** The client (or batch) a command is sent through: the receiver itself, or the `multi()` at the root of a chain. */
function commandTarget(
  r: Resolver,
  instances: Instances,
  file: ParsedFile,
  receiver: TS.Expression,
  kinds: readonly string[],
): Instance | undefined {
  const { ts } = r;
  const direct = instances.of(file, receiver);
  if (direct) return kinds.includes(direct.kind) ? direct : undefined;
  let e = r.unwrap(receiver);
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    e = r.unwrap(e.expression.expression);
    const inst = instances.of(file, e);
    if (inst) return inst.kind === 'batch' ? inst : undefined;
  }
  return undefined;
}

function listItems(ts: DetectContext['ts'], r: Resolver, arg: TS.Expression): readonly TS.Expression[] {
  const e = r.unwrap(arg);
  if (ts.isArrayLiteralExpression(e)) return e.elements.filter((x) => !ts.isSpreadElement(x));
  if (ts.isSpreadElement(e)) return [];
  return [arg];
}

function channelNames(r: Resolver, file: ParsedFile, arg: TS.Expression): string[] {
  return listItems(r.ts, r, arg)
    .map((item) => render(r.parts(file, item)))
    .filter((x): x is string => x !== undefined);
}

/** The arguments of a Redis command that name keys: none for server commands, all for multi-key ones, else the first. */
export function redisKeys(
  method: string,
  args: readonly TS.Expression[],
  noKey: ReadonlySet<string>,
  multiKey: ReadonlySet<string>,
): readonly TS.Expression[] {
  return noKey.has(method) ? [] : multiKey.has(method) ? args : args.slice(0, 1);
}

/** Seconds from a `{ EX: 60 }` / `{ PX: 500 }` / `{ expiration: { type, value } }` option object. */
export function ttlFromOptions(r: Resolver, file: ParsedFile, options: TS.Expression | undefined): number | undefined {
  if (!options) return undefined;
  const ex = r.option(file, options, 'EX');
  if (ex) return r.number(ex.file, ex.expr);
  const px = r.option(file, options, 'PX');
  if (px) return millis(r.number(px.file, px.expr));
  const expiration = r.option(file, options, 'expiration');
  if (expiration) {
    const type = r.option(expiration.file, expiration.expr, 'type');
    const value = r.option(expiration.file, expiration.expr, 'value');
    const n = value && r.number(value.file, value.expr);
    const unit = type && render(r.parts(type.file, type.expr));
    return unit === 'PX' ? millis(n) : n;
  }
  return undefined;
}

export function millis(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : ms / 1000;
}

import path from 'node:path';
import type * as TS from 'typescript';
import { forEachDeep, stringValue } from '../ast.js';
import type { ConfigSource } from '../../model.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import { literalValue } from '../schemas/json-schema.js';
import { importedFrom, originOf } from './origin.js';
import type { GraphEdge } from './route-graph.js';
import { unwrapValue as unwrap } from './unwrap.js';

export type { ConfigSource };

export interface ConfigValue {
  value: string;
  from: ConfigSource;
}

/** Files that document the environment; `.env` itself is left alone (it holds the real, maybe secret, values). */
const ENV_FILES = ['.env.example', '.env.sample', '.env.template'];
const ENV_SCHEMA = new Set(['env-schema']);
const FASTIFY_ENV = new Set(['@fastify/env', 'fastify-env']);
const DOTENV = new Set(['dotenv']);
const MAX_DEPTH = 12;

/**
 * The value of a configuration read whose value the repository documents: `process.env.X` (`?? 'default'`), `env.X`
 * where `env` is built by env-schema (`envSchema({ schema, dotenv })`), by dotenv (`dotenv.config().parsed`) or from
 * `process.env` (`cleanEnv(process.env, …)`), `fastify.config.X` after `register(fastifyEnv, { schema })`, and a
 * property of a config object literal filled from one of those (`config.prefix` with `prefix: env.API_PREFIX`).
 * The value comes from an `.env.example` / `.env.sample` / `.env.template` next to the code (nearest folder up),
 * else from the schema's `default` or the code's own fallback.
 */
export function configValue(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, depth = 0): ConfigValue | undefined {
  const { ts } = ctx;
  if (depth > MAX_DEPTH) return undefined;
  const e = unwrap(ts, expr);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op !== ts.SyntaxKind.QuestionQuestionToken && op !== ts.SyntaxKind.BarBarToken) return undefined;
    const left = configValue(ctx, file, e.left, depth + 1);
    if (left) return left;
    const name = envRead(ctx, file, e.left, depth + 1)?.name;
    const fallback = literalValue(ctx, file, e.right);
    return name && (typeof fallback === 'string' || typeof fallback === 'number')
      ? { value: String(fallback), from: { env: name, value: String(fallback), file: file.path } }
      : undefined;
  }
  const read = envRead(ctx, file, e, depth);
  if (read) {
    const documented = envFileValue(ctx, file, read.name);
    if (documented) return documented;
    const fallback = read.schema && schemaDefault(ctx, read.schema.file, read.schema.expr, read.name);
    return fallback === undefined
      ? undefined
      : { value: fallback, from: { env: read.name, value: fallback, file: read.schema!.file.path } };
  }
  // `config.prefix` where `config` is an object literal: the property's own value.
  const access = accessOf(ts, e);
  if (!access) return undefined;
  const origin = originOf(ctx, file, access.obj);
  if (!origin || !ts.isObjectLiteralExpression(origin.node)) return undefined;
  for (const p of origin.node.properties) {
    const key = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
    if (key !== access.name) continue;
    if (ts.isPropertyAssignment(p)) return configValue(ctx, origin.file, p.initializer, depth + 1);
    if (ts.isShorthandPropertyAssignment(p)) return configValue(ctx, origin.file, p.name, depth + 1);
  }
  return undefined;
}

/**
 * A path or prefix argument that reads the configuration, alone or inside a template or a `+` concatenation
 * (`${process.env.API_PREFIX}/v1`, `config.prefix + '/admin'`): the path with the documented value in place, and
 * where the first value read was documented. Undefined when any part is neither a literal nor a documented value.
 */
export function configPath(
  ctx: DetectContext,
  file: ParsedFile,
  expr: TS.Expression,
  consts?: ReadonlyMap<string, string>,
): ConfigValue | undefined {
  const { ts } = ctx;
  const whole = configValue(ctx, file, expr);
  if (whole) return whole;
  const e = unwrap(ts, expr);
  const parts: (string | TS.Expression)[] = [];
  if (ts.isTemplateExpression(e)) {
    parts.push(e.head.text);
    for (const span of e.templateSpans) parts.push(span.expression, span.literal.text);
  } else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    let left: TS.Expression = e;
    const rights: TS.Expression[] = [];
    for (; ts.isBinaryExpression(left) && left.operatorToken.kind === ts.SyntaxKind.PlusToken; left = unwrap(ts, left.left))
      rights.unshift(left.right);
    parts.push(left, ...rights);
  } else {
    return undefined;
  }
  let value = '';
  let from: ConfigSource | undefined;
  for (const part of parts) {
    if (typeof part === 'string') {
      value += part;
      continue;
    }
    const text = stringValue(ts, part, consts);
    const config = text === undefined ? configValue(ctx, file, part) : undefined;
    if (text === undefined && !config) return undefined;
    value += text ?? config!.value;
    from ??= config?.from;
  }
  return from ? { value, from } : undefined;
}

interface EnvRead {
  name: string;
  /** The schema that declares the variable, for its `default`. */
  schema?: { file: ParsedFile; expr: TS.Expression };
}

/** A read of one environment variable, directly or through an object built from the environment. */
function envRead(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, depth: number): EnvRead | undefined {
  const { ts } = ctx;
  const access = accessOf(ts, unwrap(ts, expr));
  if (!access || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(access.name)) return undefined;
  const obj = unwrap(ts, access.obj);
  if (isProcessEnv(ts, obj)) return { name: access.name };
  // `fastify.config.X` / `server[confKey].X` once @fastify/env is registered with that key.
  const inner = accessOf(ts, obj);
  if (inner) {
    const registration = fastifyEnvRegistrations(ctx).find((r) => r.confKey === inner.name);
    if (registration) return { name: access.name, schema: registration.schema };
  }
  const origin = originOf(ctx, file, obj);
  if (!origin || depth > MAX_DEPTH) return undefined;
  const node = origin.node as TS.Expression;
  // `const env = process.env; env.X`
  if (isProcessEnv(ts, node)) return { name: access.name };
  // `dotenv.config().parsed.X`
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'parsed' && ts.isCallExpression(node.expression)) {
    const from = importedFrom(ctx, origin.file, node.expression.expression);
    if (from && DOTENV.has(from.module)) return { name: access.name };
  }
  if (!ts.isCallExpression(node)) return undefined;
  const from = importedFrom(ctx, origin.file, node.expression);
  if (from && ENV_SCHEMA.has(from.module)) {
    const opts = node.arguments[0] && originOf(ctx, origin.file, node.arguments[0]);
    const schema = opts && ts.isObjectLiteralExpression(opts.node) ? propertyOf(ts, opts.node, 'schema') : undefined;
    return { name: access.name, schema: schema && { file: opts!.file, expr: schema } };
  }
  // `cleanEnv(process.env, …)`, `envSchema.parse(process.env)`: an object holding the environment's values.
  if (node.arguments.some((a) => isProcessEnv(ts, unwrap(ts, a)))) return { name: access.name };
  return undefined;
}

interface FastifyEnv {
  confKey: string;
  schema?: { file: ParsedFile; expr: TS.Expression };
}

const fastifyEnvCache = new WeakMap<readonly ParsedFile[], FastifyEnv[]>();

/** `register(fastifyEnv, { confKey, schema })` calls in the detector's files (`confKey` defaults to `config`). */
function fastifyEnvRegistrations(ctx: DetectContext): FastifyEnv[] {
  const cached = fastifyEnvCache.get(ctx.files);
  if (cached) return cached;
  const { ts } = ctx;
  const out: FastifyEnv[] = [];
  for (const file of ctx.files) {
    if (!file.imports.some((b) => FASTIFY_ENV.has(b.module))) continue;
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'register') return;
      const [plugin, optsExpr] = node.arguments;
      const from = plugin && importedFrom(ctx, file, plugin);
      if (!from || !FASTIFY_ENV.has(from.module)) return;
      const opts = optsExpr && originOf(ctx, file, optsExpr);
      const obj = opts && ts.isObjectLiteralExpression(opts.node) ? opts.node : undefined;
      const confKeyExpr = obj && propertyOf(ts, obj, 'confKey');
      const confKey = confKeyExpr ? literalValue(ctx, opts!.file, confKeyExpr) : 'config';
      const schema = obj && propertyOf(ts, obj, 'schema');
      if (typeof confKey === 'string') out.push({ confKey, schema: schema && { file: opts!.file, expr: schema } });
    });
  }
  fastifyEnvCache.set(ctx.files, out);
  return out;
}

/**
 * The `default` a schema gives a variable: a JSON Schema (`properties.X.default`, TypeBox included) or a
 * fluent-json-schema chain (`S.object().prop('X', S.string().default('/api'))`).
 */
function schemaDefault(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, name: string): string | undefined {
  const { ts } = ctx;
  const origin = originOf(ctx, file, expr);
  if (!origin) return undefined;
  const node = origin.node as TS.Expression;
  if (ts.isObjectLiteralExpression(node) || ts.isCallExpression(node)) {
    const schema = literalValue(ctx, origin.file, node);
    const props = schema && typeof schema === 'object' && !Array.isArray(schema) ? schema.properties : undefined;
    const prop = props && typeof props === 'object' && !Array.isArray(props) ? props[name] : undefined;
    const value = prop && typeof prop === 'object' && !Array.isArray(prop) ? prop.default : undefined;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  for (let e: TS.Expression = node; ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression); e = e.expression.expression) {
    const [key, value] = e.arguments;
    if (e.expression.name.text !== 'prop' || !key || !value || literalValue(ctx, origin.file, key) !== name) continue;
    for (let v: TS.Expression = value; ts.isCallExpression(v) && ts.isPropertyAccessExpression(v.expression); v = v.expression.expression) {
      if (v.expression.name.text !== 'default' || !v.arguments[0]) continue;
      const d = literalValue(ctx, origin.file, v.arguments[0]);
      return typeof d === 'string' || typeof d === 'number' ? String(d) : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * A variable read by name (`configService.get('API_PREFIX', 'api')`): the value `.env.example` documents for it, else
 * the fallback given in the code.
 */
export function namedEnvValue(
  ctx: DetectContext,
  file: ParsedFile,
  name: string,
  fallback: TS.Expression | undefined,
): ConfigValue | undefined {
  const documented = envFileValue(ctx, file, name);
  if (documented) return documented;
  const value = fallback && literalValue(ctx, file, fallback);
  return typeof value === 'string' || typeof value === 'number'
    ? { value: String(value), from: { env: name, value: String(value), file: file.path } }
    : undefined;
}

const envFileCache = new WeakMap<readonly string[], Map<string, Map<string, string>>>();

/** The value an `.env.example`-style file documents for a variable: the nearest folder up from the code that has one. */
function envFileValue(ctx: DetectContext, file: ParsedFile, name: string): ConfigValue | undefined {
  let files = envFileCache.get(ctx.allPaths);
  if (!files) {
    files = new Map();
    for (const p of ctx.allPaths) {
      if (!ENV_FILES.includes(path.posix.basename(p))) continue;
      const text = ctx.readText(p);
      if (text !== undefined) files.set(p, parseEnvFile(text));
    }
    envFileCache.set(ctx.allPaths, files);
  }
  if (files.size === 0) return undefined;
  for (let dir = path.posix.dirname(file.path); ; dir = path.posix.dirname(dir)) {
    const here = dir === '.' ? '' : dir;
    for (const base of ENV_FILES) {
      const p = here ? `${here}/${base}` : base;
      const value = files.get(p)?.get(name);
      if (value !== undefined) return { value, from: { env: name, value, file: p } };
    }
    if (!here) return undefined;
  }
}

/** `KEY=value` lines (`export KEY=…`, quoted values, `# comments`); empty values are left out (nothing documented). */
export function parseEnvFile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(raw);
    if (!m) continue;
    let value = m[2]!.trim();
    const quoted = /^(['"`])(.*)\1/.exec(value);
    value = quoted ? quoted[2]! : value.replace(/\s+#.*$/, '').trim();
    if (value !== '') out.set(m[1]!, value);
  }
  return out;
}

function isProcessEnv(ts: DetectContext['ts'], e: TS.Expression): boolean {
  return ts.isPropertyAccessExpression(e) && e.name.text === 'env' && ts.isIdentifier(e.expression) && e.expression.text === 'process';
}

function accessOf(ts: DetectContext['ts'], e: TS.Expression): { obj: TS.Expression; name: string } | undefined {
  if (ts.isPropertyAccessExpression(e)) return { obj: e.expression, name: e.name.text };
  if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression))
    return { obj: e.expression, name: e.argumentExpression.text };
  return undefined;
}

function propertyOf(ts: DetectContext['ts'], obj: TS.ObjectLiteralExpression, name: string): TS.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}

/**
 * The first configuration source along a resolved route's mounts, outermost first (the root's own prefix, then each
 * mount's prefix and the mounted node's own): a route has one `prefixFrom`, as Fastify's have.
 */
export function mountFrom(
  route: { root: string; edges: readonly GraphEdge[] },
  nodes: ReadonlyMap<string, ConfigSource>,
  edges: ReadonlyMap<GraphEdge, ConfigSource>,
): ConfigSource | undefined {
  let from = nodes.get(route.root);
  for (const e of route.edges) from ??= edges.get(e) ?? nodes.get(e.child);
  return from;
}

import { parse as parsePostgres } from 'pg-connection-string';

/** A service URL that points somewhere itw must not send tests, or names a database that looks real. */
export class UnsafeServiceError extends Error {}

/** The service kinds whose URLs itw reads the way their clients do. */
export type UrlKind = 'postgres' | 'mysql' | 'redis' | 'rabbitmq' | 'nats' | 'mqtt' | 'mongodb';

/** One place a client connects to: a host and port, or a Unix socket (always this machine). */
export type Endpoint = { host: string; port: number } | { socket: string };

/** Where a client will really connect, as its own parser reads the URL. */
export interface ServiceTarget {
  kind: UrlKind;
  endpoints: Endpoint[];
  /** The database the connection opens, for kinds that have one (empty when the URL names none). */
  database?: string;
  /** Why the target differs from the URL's host part (`host` in its query), for messages. */
  note?: string;
}

const SCHEMES: Record<string, UrlKind> = {
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
  'socket:': 'postgres',
  'mysql:': 'mysql',
  'mysql2:': 'mysql',
  'mariadb:': 'mysql',
  'redis:': 'redis',
  'rediss:': 'redis',
  'amqp:': 'rabbitmq',
  'amqps:': 'rabbitmq',
  'nats:': 'nats',
  'tls:': 'nats',
  'mqtt:': 'mqtt',
  'mqtts:': 'mqtt',
  'mongodb:': 'mongodb',
  'mongodb+srv:': 'mongodb',
};

/** The kind of service a URL is for, by its scheme; undefined for anything else (https:, plain words). */
export function urlKind(raw: string): UrlKind | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(raw.trim())?.[1]?.toLowerCase();
  return scheme ? SCHEMES[scheme] : undefined;
}

/**
 * Each kind read as its client reads it. `pg` honours `host`/`port` in the query (and a socket path as host);
 * mysql2 lets every query parameter override the URL (`host`, `port`, `socketPath`); ioredis takes `host` from the
 * query when the URL has none; NATS and MongoDB accept several hosts; the rest are plain URLs.
 */
const PARSERS: Record<UrlKind, (raw: string, env: NodeJS.ProcessEnv) => ServiceTarget> = {
  postgres(raw, env) {
    const c = parsePostgres(raw);
    // pg falls back to PGHOST/PGPORT (in the test process) and then to localhost:5432.
    const host = c.host || env.PGHOST || 'localhost';
    const port = Number(c.port || env.PGPORT || 5432);
    const query = /[?&]host=/.test(raw) ? 'its "host" query parameter' : undefined;
    return {
      kind: 'postgres',
      endpoints: [host.startsWith('/') ? { socket: `${host}/.s.PGSQL.${port}` } : { host, port }],
      // pg opens the database named after the user when the URL names none.
      database: c.database || env.PGDATABASE || c.user || env.PGUSER || env.USER || '',
      ...(query ? { note: query } : {}),
    };
  },
  mysql(raw) {
    const url = new URL(raw);
    // mysql2 reads every query parameter as JSON when it can, and lets it override the URL's part.
    const q = Object.fromEntries([...url.searchParams].map(([k, v]) => [k, jsonOrText(v)]));
    const host = 'host' in q ? q.host || 'localhost' : url.hostname || 'localhost';
    const port = Number(q.port || url.port || 3306);
    const endpoint: Endpoint = q.socketPath ? { socket: q.socketPath } : { host: unbracket(host), port };
    const note = q.socketPath ? 'its "socketPath" query parameter' : q.host ? 'its "host" query parameter' : undefined;
    return {
      kind: 'mysql',
      endpoints: [endpoint],
      database: q.database ?? decodeURIComponent(url.pathname.slice(1)),
      ...(note ? { note } : {}),
    };
  },
  redis(raw) {
    const url = new URL(raw);
    // ioredis fills what the URL leaves out from its query: host, port, or a socket path.
    const queryHost = url.searchParams.get('host');
    const socket = url.searchParams.get('path');
    const host = url.hostname || queryHost || 'localhost';
    if (!url.hostname && socket) return { kind: 'redis', endpoints: [{ socket }], note: 'its "path" query parameter' };
    return {
      kind: 'redis',
      endpoints: [{ host: unbracket(host), port: Number(url.port || url.searchParams.get('port') || 6379) }],
      ...(!url.hostname && queryHost ? { note: 'its "host" query parameter' } : {}),
    };
  },
  rabbitmq: (raw) => plain('rabbitmq', raw, raw.toLowerCase().startsWith('amqps:') ? 5671 : 5672),
  mqtt: (raw) => plain('mqtt', raw, raw.toLowerCase().startsWith('mqtts:') ? 8883 : 1883),
  nats(raw) {
    // nats.js takes a comma-separated list of servers.
    const endpoints = raw.split(',').map((part) => plain('nats', part.includes('://') ? part : `nats://${part}`, 4222).endpoints[0]!);
    return { kind: 'nats', endpoints };
  },
  mongodb(raw) {
    const m = /^mongodb(\+srv)?:\/\/(?:[^@/]*@)?([^/?]*)(\/[^?]*)?/i.exec(raw);
    if (!m) throw new Error('not a MongoDB URL');
    const endpoints = m[2]!.split(',').map((h): Endpoint => {
      if (h.includes('%2F') || h.includes('%2f')) return { socket: decodeURIComponent(h) };
      const hp = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(h);
      return { host: unbracket(hp?.[1] ?? h), port: Number(hp?.[2] ?? 27017) };
    });
    // An SRV record names hosts nobody can check before the lookup: its own name must be allowed.
    return { kind: 'mongodb', endpoints, database: decodeURIComponent((m[3] ?? '/').slice(1)) };
  },
};

function plain(kind: UrlKind, raw: string, defaultPort: number): ServiceTarget {
  const url = new URL(raw);
  return { kind, endpoints: [{ host: unbracket(url.hostname || 'localhost'), port: Number(url.port || defaultPort) }] };
}

function jsonOrText(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : String(parsed);
  } catch {
    return value;
  }
}

function unbracket(host: string): string {
  return host.replace(/^\[|\]$/g, '');
}

/** Where a URL of `kind` (by default, the kind its scheme names) really connects, read as its client reads it. */
export function serviceTarget(raw: string, kind = urlKind(raw), env: NodeJS.ProcessEnv = {}): ServiceTarget {
  const parser = kind ? PARSERS[kind] : undefined;
  if (!parser) throw new Error('no known service scheme');
  return parser(raw, env);
}

export interface UrlRules {
  allowedHosts: readonly string[];
  /** What the URL is called in messages: the variable it came from. */
  what: string;
  /** The kind of service expected; by default the one its scheme names. */
  kind?: UrlKind;
  /** The environment the client will run in (PGHOST and friends fill what the URL leaves out). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Service URLs may reach only this machine (loopback or a Unix socket) or hosts the user named in
 * `allowed-hosts`. The target checked is the one the client connects to, not the URL's host part.
 */
export function checkServiceUrl(raw: string, rules: UrlRules): ServiceTarget {
  let target: ServiceTarget;
  try {
    target = serviceTarget(raw, rules.kind ?? urlKind(raw), rules.env);
  } catch {
    throw new UnsafeServiceError(
      `${rules.what} is not a service URL itw can read ("${redact(raw)}"); give one such as postgres://postgres@127.0.0.1:5432/postgres.`,
    );
  }
  for (const endpoint of target.endpoints) {
    if ('socket' in endpoint || isLoopback(endpoint.host) || rules.allowedHosts.includes(endpoint.host)) continue;
    throw new UnsafeServiceError(
      `${rules.what} connects to ${describeEndpoint(endpoint)}${target.note ? ` (set by ${target.note})` : ''}, which is neither this machine nor in allowed-hosts: ${redact(raw)}. ` +
        `Point it at a loopback address or a Unix socket, or add "${endpoint.host}" to allowed-hosts if it is a service container of this job.`,
    );
  }
  return target;
}

export function describeEndpoint(endpoint: Endpoint): string {
  return 'socket' in endpoint
    ? `the Unix socket ${endpoint.socket}`
    : `${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
}

export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1' || /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/.test(h);
}

const SECRET_PARAM = /^(?:password|passwd|pass|pwd|sslpassword|secret|token|key|sslkey)$/i;

/** A URL with its password (in the user part or in the query) replaced, for messages. */
export function redact(raw: string): string {
  return raw
    .replace(/\/\/([^:/@\s]*):[^@/\s]*@/, '//$1:***@')
    .replace(/([?&])([^=&#]+)=([^&#]*)/g, (whole, sep: string, name: string) => (SECRET_PARAM.test(name) ? `${sep}${name}=***` : whole));
}

/** Checks every variable of a test process's environment that holds a service URL: all of them reach the tests. */
export function checkServiceEnv(env: Readonly<Record<string, string>>, allowedHosts: readonly string[]): void {
  for (const [name, value] of Object.entries(env)) {
    if (urlKind(value)) checkServiceUrl(value, { allowedHosts, what: name, env });
  }
}

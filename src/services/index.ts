import type { ServiceSource } from '../config.js';
import type { ServiceName } from '../model.js';
import { checkServiceUrl, describeEndpoint, redact, UnsafeServiceError, type ServiceTarget, type UrlKind } from '../safety/urls.js';
import { dockerRuntime, type ContainerRuntime } from './testcontainers.js';

/** A backing service ready for tests: where it is and the environment that tells tests so. */
export interface StartedService {
  name: ServiceName;
  source: 'env' | 'testcontainers' | 'embedded';
  /** Redacted, for reports. */
  url: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  source: ServiceSource;
  allowedHosts: readonly string[];
  /** Database names, besides the ones that say test/dev and the maintenance ones, a URL may open (`allowed-databases`). */
  allowedDatabases?: readonly string[];
  env: NodeJS.ProcessEnv;
  runtime?: ContainerRuntime;
  log?: (line: string) => void;
}

export interface Provisioned {
  services: StartedService[];
  /** Services the tests need that could not be had, with why. */
  missing: { name: ServiceName; reason: string }[];
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The env variables a service is read from, first match wins; the first is the one exported. */
export const SERVICE_ENV: Partial<Record<ServiceName, readonly string[]>> = {
  postgres: ['DATABASE_URL', 'POSTGRES_URL', 'PG_URL'],
  mysql: ['MYSQL_URL', 'MARIADB_URL'],
  redis: ['REDIS_URL'],
  rabbitmq: ['AMQP_URL', 'RABBITMQ_URL'],
  nats: ['NATS_URL'],
  mqtt: ['MQTT_URL'],
  mongodb: ['MONGODB_URL', 'MONGODB_URI', 'MONGO_URL'],
};

/** How each service's URL is read: as its usual client reads it (see safety/urls.ts). */
const URL_KIND: Partial<Record<ServiceName, UrlKind>> = {
  postgres: 'postgres',
  mysql: 'mysql',
  redis: 'redis',
  rabbitmq: 'rabbitmq',
  nats: 'nats',
  mqtt: 'mqtt',
  mongodb: 'mongodb',
};

/** Databases a server keeps for administration, by kind: connecting to them to create test databases is expected. */
const MAINTENANCE: Partial<Record<UrlKind, readonly string[]>> = {
  postgres: ['postgres', 'template1'],
  mysql: ['mysql'],
};

/**
 * Provisions every needed service once (for all flake runs): from the environment, from
 * Testcontainers when Docker answers, or embedded, in that order under `auto`.
 */
export async function provisionServices(needed: readonly ServiceName[], options: ProvisionOptions): Promise<Provisioned> {
  const services: StartedService[] = [];
  const missing: Provisioned['missing'] = [];
  const runtime = options.runtime ?? dockerRuntime();
  for (const name of [...new Set(needed)].filter((n) => n !== 'none')) {
    try {
      const started = await provisionOne(name, options, runtime);
      if (started) services.push(started);
      else missing.push({ name, reason: `no ${name} available from "${options.source}"` });
    } catch (error) {
      // A URL that leads elsewhere, or to a database that looks real, ends the run: it is never a skipped service.
      if (error instanceof UnsafeServiceError) {
        await Promise.allSettled(services.map((s) => s.stop()));
        throw error;
      }
      missing.push({ name, reason: (error as Error).message });
    }
  }
  return {
    services,
    missing,
    env: Object.assign({}, ...services.map((s) => s.env)) as Record<string, string>,
    async stop() {
      await Promise.allSettled(services.map((s) => s.stop()));
    },
  };
}

async function provisionOne(name: ServiceName, options: ProvisionOptions, runtime: ContainerRuntime): Promise<StartedService | undefined> {
  const { source } = options;
  if (source === 'none') return undefined;
  if (source === 'env' || source === 'auto') {
    const fromEnv = serviceFromEnv(name, options);
    if (fromEnv || source === 'env') return fromEnv;
  }
  if (source === 'testcontainers' || source === 'auto') {
    const why = await runtime.unavailable();
    if (!why) return runtime.start(name);
    if (source === 'testcontainers') throw new Error(`services: testcontainers needs a Docker engine: ${why}`);
    options.log?.(`Testcontainers not used: ${why}`);
  }
  if (name === 'postgres') {
    const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
    const pg = await startEmbeddedPostgres();
    return { name, source: 'embedded', url: pg.url, env: { DATABASE_URL: pg.url }, stop: pg.stop };
  }
  throw new Error(
    `no embedded ${name} exists; provide it through the environment (${(SERVICE_ENV[name] ?? []).join(', ') || 'its URL variable'}) or Docker.`,
  );
}

function serviceFromEnv(name: ServiceName, options: ProvisionOptions): StartedService | undefined {
  for (const variable of SERVICE_ENV[name] ?? []) {
    const value = options.env[variable];
    if (!value) continue;
    const target = checkServiceUrl(value, { allowedHosts: options.allowedHosts, what: variable, kind: URL_KIND[name], env: options.env });
    checkDatabase(target, value, variable, options);
    const primary = SERVICE_ENV[name]![0]!;
    return { name, source: 'env', url: redact(value), env: { [primary]: value }, stop: async () => {} };
  }
  return undefined;
}

/**
 * The database a URL opens is where itw runs `CREATE DATABASE` (and where a repository's own tests write): it must
 * not look like real data. Allowed: names with `test` or `dev`, the maintenance databases, and `allowed-databases`.
 */
function checkDatabase(target: ServiceTarget, raw: string, variable: string, options: ProvisionOptions): void {
  const maintenance = MAINTENANCE[target.kind];
  if (!maintenance || target.database === undefined) return;
  const where = target.endpoints.map(describeEndpoint).join(', ');
  const db = target.database;
  if (db === '') {
    options.log?.(`${variable}: ${redact(raw)} opens no database; test databases are created on ${where}.`);
    return;
  }
  const allowed = /test|dev/i.test(db) || maintenance.includes(db) || (options.allowedDatabases ?? []).includes(db);
  if (!allowed) {
    throw new UnsafeServiceError(
      `${variable} opens the database "${db}" on ${where} (${redact(raw)}); itw connects there to create and drop its test databases, and the name suggests real data. ` +
        `Point ${variable} at a maintenance database (${maintenance.join(', ')}) or one whose name contains "test" or "dev", or list "${db}" in allowed-databases if it is a scratch database.`,
    );
  }
  options.log?.(`${variable}: test databases are created through the database "${db}" on ${where} (${redact(raw)}).`);
}

import type { ServiceSource } from '../config.js';
import type { ServiceName } from '../model.js';
import { checkServiceUrl, redact } from '../safety/urls.js';
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
    checkServiceUrl(value, options.allowedHosts, variable);
    const primary = SERVICE_ENV[name]![0]!;
    return { name, source: 'env', url: redact(value), env: { [primary]: value }, stop: async () => {} };
  }
  return undefined;
}

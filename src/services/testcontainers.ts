import type { ServiceName } from '../model.js';
import type { StartedService } from './index.js';

/** The seam between provisioning and Docker: a real engine in CI runners, absent on some machines. */
export interface ContainerRuntime {
  /** Why containers cannot start here, or undefined when they can. */
  unavailable(): Promise<string | undefined>;
  start(name: ServiceName): Promise<StartedService>;
}

const IMAGES: Partial<Record<ServiceName, string>> = {
  postgres: 'postgres:17-alpine',
};

/** Testcontainers against the local Docker engine, loaded only when asked for. */
export function dockerRuntime(): ContainerRuntime {
  let probe: Promise<string | undefined> | undefined;
  return {
    unavailable() {
      // Its HTTP client (undici 8) throws a bare TypeError while loading on older Node.
      const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
      if (major < 22 || (major === 22 && minor < 22)) {
        return Promise.resolve(
          `the testcontainers library needs Node 22.22 or later and this is Node ${process.versions.node} (run itw on Node 24, or give the service through the environment, or use services: embedded)`,
        );
      }
      probe ??= import('testcontainers')
        .then(async (mod) => {
          await cjsExport(mod, 'getContainerRuntimeClient')();
          return undefined;
        })
        .catch((error: Error) => `no container runtime answered (${firstLine(error.message)})`);
      return probe;
    },
    async start(name) {
      const image = IMAGES[name];
      if (name !== 'postgres' || !image) throw new Error(`Testcontainers support for ${name} is not available yet.`);
      const PostgreSqlContainer = cjsExport(await import('@testcontainers/postgresql'), 'PostgreSqlContainer');
      const container = await new PostgreSqlContainer(image).withDatabase('itw_test').start();
      const url = container.getConnectionUri();
      return { name, source: 'testcontainers', url, env: { DATABASE_URL: url }, stop: async () => void (await container.stop()) };
    },
  };
}

/** A named export of a CommonJS package, whether the loader exposes it by name or under `default`. */
function cjsExport<M extends object, K extends keyof M>(mod: M, name: K): M[K] {
  return mod[name] ?? (mod as { default?: M }).default![name];
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 200);
}

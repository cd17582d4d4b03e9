import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { ServiceName } from '../../src/model.js';
import { provisionServices, type StartedService } from '../../src/services/index.js';
import type { ContainerRuntime } from '../../src/services/testcontainers.js';

/** A container runtime seam: Docker is not on every machine, so provisioning is tested against this. */
function runtime(unavailable?: string): ContainerRuntime & { started: ServiceName[] } {
  const started: ServiceName[] = [];
  return {
    started,
    unavailable: async () => unavailable,
    start: async (name): Promise<StartedService> => {
      started.push(name);
      return {
        name,
        source: 'testcontainers',
        url: 'postgres://test@127.0.0.1:49153/itw_test',
        env: { DATABASE_URL: 'postgres://test@127.0.0.1:49153/itw_test' },
        stop: async () => {},
      };
    },
  };
}

describe('provisionServices', () => {
  it('takes PostgreSQL from DATABASE_URL first, redacting its password in reports', async () => {
    const docker = runtime();
    const result = await provisionServices(['postgres', 'none'], {
      source: 'auto',
      allowedHosts: [],
      env: { DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/postgres' },
      runtime: docker,
    });
    expect(result.services.map((s) => [s.name, s.source, s.url])).toEqual([
      ['postgres', 'env', 'postgres://app:***@127.0.0.1:5432/postgres'],
    ]);
    expect(result.env).toEqual({ DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/postgres' });
    expect(docker.started).toEqual([]);
  });

  it('refuses a URL that leaves the machine unless its host is allowed', async () => {
    const env = { POSTGRES_URL: 'postgres://app@db.internal:5432/x_test' };
    await expect(provisionServices(['postgres'], { source: 'env', allowedHosts: [], env })).rejects.toThrow(
      'POSTGRES_URL connects to db.internal:5432, which is neither this machine nor in allowed-hosts',
    );
    const allowed = await provisionServices(['postgres'], { source: 'env', allowedHosts: ['db.internal'], env });
    expect(allowed.env).toEqual({ DATABASE_URL: 'postgres://app@db.internal:5432/x_test' });
  });

  it('uses Testcontainers when Docker answers and nothing is in the environment', async () => {
    const docker = runtime();
    const result = await provisionServices(['postgres'], { source: 'auto', allowedHosts: [], env: {}, runtime: docker });
    expect(docker.started).toEqual(['postgres']);
    expect(result.services[0]!.source).toBe('testcontainers');
  });

  it('says why when Testcontainers is asked for and Docker is not there', async () => {
    const result = await provisionServices(['postgres'], {
      source: 'testcontainers',
      allowedHosts: [],
      env: {},
      runtime: runtime('no container runtime answered'),
    });
    expect(result.missing).toEqual([
      { name: 'postgres', reason: 'services: testcontainers needs a Docker engine: no container runtime answered' },
    ]);
  });

  it('falls back to the embedded PostgreSQL, a real server on a loopback port', async () => {
    const logs: string[] = [];
    const result = await provisionServices(['postgres'], {
      source: 'auto',
      allowedHosts: [],
      env: {},
      runtime: runtime('no Docker here'),
      log: (l) => logs.push(l),
    });
    try {
      expect(logs).toEqual(['Testcontainers not used: no Docker here']);
      expect(result.services[0]).toMatchObject({
        name: 'postgres',
        source: 'embedded',
        url: expect.stringMatching(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/),
      });
      const client = new pg.Client(result.env.DATABASE_URL);
      await client.connect();
      expect((await client.query('SELECT 6 * 7 AS answer')).rows).toEqual([{ answer: 42 }]);
      await client.end();
    } finally {
      await result.stop();
    }
  });

  it('reports a service it has no embedded form of, with where to provide it', async () => {
    const result = await provisionServices(['redis'], { source: 'embedded', allowedHosts: [], env: {} });
    expect(result.missing).toEqual([
      { name: 'redis', reason: 'no embedded redis exists; provide it through the environment (REDIS_URL) or Docker.' },
    ]);
  });
});

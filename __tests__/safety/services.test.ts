import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { provisionServices } from '../../src/services/index.js';
import { UnsafeServiceError } from '../../src/safety/urls.js';

const provision = (env: NodeJS.ProcessEnv, extra: { allowedDatabases?: string[]; log?: (l: string) => void } = {}) =>
  provisionServices(['postgres'], { source: 'env', allowedHosts: [], env, ...extra });

describe('service URLs from the environment', () => {
  it('refuse a URL whose real target leaves the machine: an error, never a missing service', async () => {
    const refused = provision({ DATABASE_URL: 'postgres://x@127.0.0.1:1/postgres?host=10.1.2.3' });
    await expect(refused).rejects.toThrow(UnsafeServiceError);
    await expect(refused).rejects.toThrow('DATABASE_URL connects to 10.1.2.3:1 (set by its "host" query parameter)');
  });

  it('refuse every service kind the same way', async () => {
    await expect(
      provisionServices(['redis'], { source: 'auto', allowedHosts: [], env: { REDIS_URL: 'redis://cache.internal:6379' } }),
    ).rejects.toThrow('REDIS_URL connects to cache.internal:6379, which is neither this machine nor in allowed-hosts');
  });
});

describe('the administrative database', () => {
  it('refuses a database whose name suggests real data, and says what to do', async () => {
    await expect(provision({ DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/production' })).rejects.toThrow(
      'DATABASE_URL opens the database "production" on 127.0.0.1:5432 (postgres://app:***@127.0.0.1:5432/production); itw connects there to create and drop its test databases, and the name suggests real data. ' +
        'Point DATABASE_URL at a maintenance database (postgres, template1) or one whose name contains "test" or "dev", or list "production" in allowed-databases if it is a scratch database.',
    );
    // No database in the URL: pg opens the one named after the user.
    await expect(provision({ DATABASE_URL: 'postgres://orders@127.0.0.1:5432' })).rejects.toThrow('opens the database "orders"');
    await expect(
      provisionServices(['mysql'], { source: 'env', allowedHosts: [], env: { MYSQL_URL: 'mysql://root@127.0.0.1:3306/shop' } }),
    ).rejects.toThrow('maintenance database (mysql)');
  });

  it('accepts test and dev names, maintenance databases and allowed-databases, and says which one it uses', async () => {
    for (const db of ['postgres', 'template1', 'orders_test', 'DEV_orders', 'testing']) {
      const logs: string[] = [];
      const result = await provision({ DATABASE_URL: `postgres://app:pw@127.0.0.1:5432/${db}` }, { log: (l) => logs.push(l) });
      expect(result.services).toHaveLength(1);
      expect(logs).toEqual([
        `DATABASE_URL: test databases are created through the database "${db}" on 127.0.0.1:5432 (postgres://app:***@127.0.0.1:5432/${db}).`,
      ]);
    }
    const allowed = await provision({ DATABASE_URL: 'postgres://app@127.0.0.1:5432/scratch' }, { allowedDatabases: ['scratch'] });
    expect(allowed.env).toEqual({ DATABASE_URL: 'postgres://app@127.0.0.1:5432/scratch' });
  });

  it('names the real target of a socket URL, and that target is this machine', async () => {
    const logs: string[] = [];
    await provision(
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres?host=/var/run/postgresql&port=5432' },
      { log: (l) => logs.push(l) },
    );
    expect(logs[0]).toContain('the database "postgres" on the Unix socket /var/run/postgresql/.s.PGSQL.5432');
  });

  it('uses the URL it accepted: the real PostgreSQL answers through it', async () => {
    const result = await provision({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' });
    const client = new pg.Client(result.env.DATABASE_URL);
    await client.connect();
    try {
      expect((await client.query('SELECT current_database() AS db')).rows).toEqual([{ db: 'postgres' }]);
    } finally {
      await client.end();
    }
  });
});

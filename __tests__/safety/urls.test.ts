import { describe, expect, it } from 'vitest';
import { checkServiceEnv, checkServiceUrl, describeEndpoint, redact, serviceTarget, UnsafeServiceError } from '../../src/safety/urls.js';

const check = (raw: string, allowedHosts: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  checkServiceUrl(raw, { allowedHosts, what: 'DATABASE_URL', env });

describe('service URLs are checked where their client connects', () => {
  it('reads PostgreSQL URLs with pg-connection-string: query host and port win over the URL', () => {
    // The URL of the report: its host part says 127.0.0.1:1, pg connects to a Unix socket on port 55432.
    const socket = check('postgres://x@127.0.0.1:1/postgres?host=/var/run/postgresql&port=55432');
    expect(socket.endpoints.map(describeEndpoint)).toEqual(['the Unix socket /var/run/postgresql/.s.PGSQL.55432']);
    expect(socket.database).toBe('postgres');

    expect(() => check('postgres://x@127.0.0.1:1/postgres?host=10.1.2.3')).toThrow(UnsafeServiceError);
    expect(() => check('postgres://x:pw@127.0.0.1:1/postgres?host=10.1.2.3&port=6432')).toThrow(
      'DATABASE_URL connects to 10.1.2.3:6432 (set by its "host" query parameter), which is neither this machine nor in allowed-hosts: postgres://x:***@127.0.0.1:1/postgres?host=10.1.2.3&port=6432. Point it at a loopback address or a Unix socket, or add "10.1.2.3" to allowed-hosts if it is a service container of this job.',
    );
    expect(check('postgres://x@127.0.0.1:1/postgres?host=postgres', ['postgres']).endpoints).toEqual([{ host: 'postgres', port: 1 }]);
  });

  it('fills what a PostgreSQL URL leaves out as pg does: PGHOST, then localhost', () => {
    expect(check('postgres:///app_test', [], {}).endpoints).toEqual([{ host: 'localhost', port: 5432 }]);
    expect(() => check('postgres:///app_test', [], { PGHOST: 'db.internal' })).toThrow('connects to db.internal:5432');
    const socket = checkServiceUrl('/var/run/postgresql app_test', { allowedHosts: [], what: 'DATABASE_URL', kind: 'postgres' });
    expect(socket).toMatchObject({ endpoints: [{ socket: '/var/run/postgresql/.s.PGSQL.5432' }], database: 'app_test' });
    expect(check('postgres://u@[::1]:5433/db').endpoints).toEqual([{ host: '::1', port: 5433 }]);
  });

  it('reads MySQL URLs as mysql2 does: every query parameter overrides the URL, socketPath wins', () => {
    const what = { allowedHosts: [], what: 'MYSQL_URL' };
    expect(() => checkServiceUrl('mysql://root@127.0.0.1:3306/app?host=10.1.2.3', what)).toThrow(
      'MYSQL_URL connects to 10.1.2.3:3306 (set by its "host" query parameter)',
    );
    expect(() => checkServiceUrl('mysql://root@127.0.0.1/app?host=%2210.1.2.3%22', what)).toThrow('connects to 10.1.2.3:3306');
    expect(checkServiceUrl('mysql://root@db.internal/app?socketPath=/run/mysqld/mysqld.sock', what).endpoints).toEqual([
      { socket: '/run/mysqld/mysqld.sock' },
    ]);
    expect(checkServiceUrl('mysql://root@localhost/app_test', what)).toMatchObject({ database: 'app_test' });
  });

  it('reads Redis, AMQP, MQTT, NATS and MongoDB URLs host by host', () => {
    const rules = { allowedHosts: ['rabbit'], what: 'X' };
    expect(checkServiceUrl('redis://:pw@127.0.0.1:6380/0', rules).endpoints).toEqual([{ host: '127.0.0.1', port: 6380 }]);
    expect(() => checkServiceUrl('redis:///0?host=10.0.0.5', rules)).toThrow(
      'X connects to 10.0.0.5:6379 (set by its "host" query parameter)',
    );
    expect(checkServiceUrl('amqps://guest:guest@rabbit', rules).endpoints).toEqual([{ host: 'rabbit', port: 5671 }]);
    expect(checkServiceUrl('mqtt://localhost', rules).endpoints).toEqual([{ host: 'localhost', port: 1883 }]);
    expect(() => checkServiceUrl('nats://127.0.0.1:4222,nats://nats.example.com:4222', rules)).toThrow(
      'X connects to nats.example.com:4222',
    );
    expect(() => checkServiceUrl('mongodb://127.0.0.1:27017,mongo2.internal:27018/app_test?replicaSet=rs0', rules)).toThrow(
      'X connects to mongo2.internal:27018',
    );
    expect(() => checkServiceUrl('mongodb+srv://u:p@cluster0.example.net/app', rules)).toThrow('X connects to cluster0.example.net:27017');
  });

  it('refuses what it cannot read, without printing a password', () => {
    expect(() => checkServiceUrl('mysql://u:s3cret@[bad', { allowedHosts: [], what: 'MYSQL_URL' })).toThrow(
      'MYSQL_URL is not a service URL itw can read ("mysql://u:***@[bad")',
    );
    expect(() => serviceTarget('https://example.com')).toThrow();
  });

  it('checks every service URL of an environment, whatever its variable is called', () => {
    expect(() =>
      checkServiceEnv({ PATH: '/usr/bin', API_URL: 'https://api.example.com', ORDERS_DB: 'postgresql://u@10.9.8.7/orders_test' }, []),
    ).toThrow('ORDERS_DB connects to 10.9.8.7:5432');
    expect(() => checkServiceEnv({ CACHE: 'redis://127.0.0.1:6379' }, [])).not.toThrow();
  });

  it('never prints a password, in the user part or the query', () => {
    expect(redact('postgres://user:s3cret@127.0.0.1/db')).toBe('postgres://user:***@127.0.0.1/db');
    expect(redact('postgres://user@127.0.0.1/db?sslmode=disable&password=s3cret')).toBe(
      'postgres://user@127.0.0.1/db?sslmode=disable&password=***',
    );
  });
});

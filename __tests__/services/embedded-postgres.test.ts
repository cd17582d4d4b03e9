import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/services/embedded-postgres.js';

describe('embedded PostgreSQL', () => {
  let server: EmbeddedPostgres;
  beforeAll(async () => {
    server = await startEmbeddedPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const urlFor = (db: string) => server.url.replace(/\/postgres$/, `/${db}`);

  it('gives each created database its own isolated state, like a real server', async () => {
    const admin = new pg.Client(server.url);
    await admin.connect();
    await admin.query('CREATE DATABASE itw_test_a');
    await admin.query('CREATE DATABASE itw_test_b');

    const a = new pg.Pool({ connectionString: urlFor('itw_test_a') });
    const b = new pg.Pool({ connectionString: urlFor('itw_test_b') });
    await a.query('CREATE TABLE t (id int)');
    await a.query('INSERT INTO t VALUES (1), (2)');
    await a.query('SET search_path TO pg_catalog');

    await expect(b.query('SELECT * FROM t')).rejects.toThrow(/relation "t" does not exist/);
    const counts = await Promise.all([1, 2, 3, 4, 5, 6].map(() => a.query('SELECT count(*)::int AS n FROM public.t')));
    expect(counts.map((r) => r.rows[0].n)).toEqual([2, 2, 2, 2, 2, 2]);
    expect((await b.query('SHOW search_path')).rows[0].search_path).toBe('public');

    await a.end();
    await b.end();
    await admin.query('DROP DATABASE itw_test_a WITH (FORCE)');
    await admin.end();
  });

  it("refuses a database that was never created, with PostgreSQL's own error", async () => {
    const client = new pg.Client(urlFor('itw_test_missing'));
    await expect(client.connect()).rejects.toThrow('database "itw_test_missing" does not exist');
  });
});

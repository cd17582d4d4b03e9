import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../../src/run/process-tree.js';
import { dropLeftoverDatabases, dropRunDatabases } from '../../src/services/leftovers.js';

const ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';
const tag = randomBytes(4).toString('hex');
const name = (what: string): string => `itw_test_${tag}_${what}`;
const admin = new pg.Client({ connectionString: ADMIN });
const held: pg.Client[] = [];

async function createDatabase(what: string, marker?: Record<string, unknown>): Promise<string> {
  const db = name(what);
  await admin.query(`CREATE DATABASE ${db}`);
  if (marker) await admin.query(`COMMENT ON DATABASE ${db} IS ${admin.escapeLiteral(JSON.stringify(marker))}`);
  return db;
}

async function existing(): Promise<string[]> {
  const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname`, [
    `itw\\_test\\_${tag}\\_%`,
  ]);
  return rows.map((r) => r.datname);
}

/** A pid that belonged to a process that has ended. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  expect(isAlive(pid!)).toBe(false);
  return pid!;
}

const marker = (pid: number, extra: Record<string, unknown> = {}) => ({
  itw: 1,
  run: '',
  pid,
  host: os.hostname(),
  created: new Date().toISOString(),
  ...extra,
});

beforeAll(async () => {
  // A PostgreSQL server on loopback is part of this machine's setup: its absence fails the suite.
  await admin.connect();
});

afterAll(async () => {
  for (const client of held) await client.end().catch(() => {});
  for (const db of await existing()) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
});

describe('databases a killed run left behind', () => {
  it('are dropped at the start of the next run when no live run can be using them', async () => {
    const dead = deadPid();
    await createDatabase('dead', marker(dead));
    await createDatabase('live', marker(process.pid));
    await createDatabase('elsewhere', marker(dead, { host: `not-${os.hostname()}` }));
    // This pid is alive, but its process started long after the database was made: it is not the creator.
    await createDatabase('reused', marker(process.pid, { created: '2001-01-01T00:00:00.000Z' }));
    await createDatabase('unmarked');
    await createDatabase('in_use', marker(dead));
    const user = new pg.Client({ connectionString: ADMIN.replace(/\/postgres$/, `/${name('in_use')}`) });
    await user.connect();
    held.push(user);

    const { dropped, kept } = await dropLeftoverDatabases(ADMIN);

    expect(dropped.filter((d) => d.includes(tag)).sort()).toEqual([name('dead'), name('reused')]);
    expect(kept.filter((d) => d.includes(tag)).sort()).toEqual([name('elsewhere'), name('in_use'), name('live'), name('unmarked')]);
    expect(await existing()).toEqual([name('elsewhere'), name('in_use'), name('live'), name('unmarked')]);
  });

  it('without a marker, are dropped only once older than any run', async () => {
    await createDatabase('old_unmarked');
    const tomorrow = new Date(Date.now() + 25 * 3600_000);
    const { dropped } = await dropLeftoverDatabases(ADMIN, tomorrow);
    expect(dropped).toContain(name('old_unmarked'));
    expect(await existing()).not.toContain(name('old_unmarked'));
    // Marked databases of live processes stay, however old the clock says they are.
    expect(await existing()).toContain(name('live'));
  });
});

describe("a run's own databases", () => {
  it('are dropped after the run, connections or not, and no other database is', async () => {
    const runId = randomBytes(6).toString('hex');
    await createDatabase('mine_1', marker(process.pid, { run: runId }));
    await createDatabase('mine_2', marker(process.pid, { run: runId }));
    await createDatabase('other_run', marker(process.pid, { run: 'another' }));
    const user = new pg.Client({ connectionString: ADMIN.replace(/\/postgres$/, `/${name('mine_1')}`) });
    user.on('error', () => {});
    await user.connect();
    held.push(user);

    expect((await dropRunDatabases(ADMIN, runId)).sort()).toEqual([name('mine_1'), name('mine_2')]);
    expect(await existing()).not.toContain(name('mine_1'));
    expect(await existing()).not.toContain(name('mine_2'));
    expect(await existing()).toContain(name('other_run'));
    // An empty run id (a test process started outside itw) names no run.
    expect(await dropRunDatabases(ADMIN, '')).toEqual([]);
  });
});

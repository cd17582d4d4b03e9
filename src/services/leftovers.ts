import os from 'node:os';
import type pg from 'pg';
import { bootTime, endOrphanedTrees, isAlive, processStartedAt } from '../run/process-tree.js';
import type { StartedService } from './index.js';
import { withPgClient } from './pg-client.js';

/**
 * The comment (`COMMENT ON DATABASE`) on every database itw and its generated support create: which
 * run (`ITW_RUN_ID`) of which process on which machine made it, and when.
 */
export interface DatabaseMarker {
  itw: 1;
  run: string;
  pid: number;
  host: string;
  created: string;
}

/** The names of the databases itw and its generated support create; no other database is ever dropped. */
const ITW_DATABASES = `(datname LIKE 'itw\\_test\\_%' OR datname LIKE 'itw\\_template\\_%')`;

/** An unmarked database is left alone for this long at least (longer than any run). */
const UNMARKED_AGE_MS = 24 * 3600_000;

interface Found {
  name: string;
  marker?: DatabaseMarker;
  connections: number;
}

/**
 * Drops the databases this run created (its `ITW_RUN_ID` in their marker), whatever is connected to
 * them: run after the run's test processes were ended (a stop, a hook that failed before its drop).
 * Returns their names.
 */
export async function dropRunDatabases(adminUrl: string, runId: string): Promise<string[]> {
  if (!runId) return [];
  return withPgClient(adminUrl, async (client) => {
    const mine = (await listItwDatabases(client)).filter((d) => d.marker?.run === runId);
    for (const d of mine) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(d.name)} WITH (FORCE)`);
    return mine.map((d) => d.name);
  });
}

/**
 * Drops what runs that were killed (SIGKILL, a lost machine) left on the server, at the start of a
 * run. A database is dropped only when no live run can be using it:
 * - nobody is connected to it, and
 * - its marker names this machine and a process that is gone (or whose pid now belongs to a process
 *   that started after the database was created), or
 * - it has no marker (made by an older itw, or its creator died between CREATE and COMMENT) and was
 *   created before this machine booted or more than 24 hours ago (its age is read from the server's
 *   files, which needs a superuser or `pg_read_server_files`; unknown age keeps it).
 * A database marked by another machine is never dropped: whether that machine's run lives cannot be told.
 */
export async function dropLeftoverDatabases(adminUrl: string, now = new Date()): Promise<{ dropped: string[]; kept: string[] }> {
  return withPgClient(adminUrl, async (client) => {
    const dropped: string[] = [];
    const kept: string[] = [];
    for (const d of await listItwDatabases(client)) {
      const leftover = d.connections === 0 && (d.marker ? creatorGone(d.marker) : await unmarkedAndOld(client, d.name, now));
      if (!leftover) {
        kept.push(d.name);
        continue;
      }
      // FORCE is not used: a connection that came since the listing means someone uses it after all.
      const ok = await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(d.name)}`).then(
        () => true,
        () => false,
      );
      (ok ? dropped : kept).push(d.name);
    }
    return { dropped, kept };
  });
}

function creatorGone(marker: DatabaseMarker): boolean {
  if (marker.host !== os.hostname()) return false;
  if (!isAlive(marker.pid)) return true;
  // The pid is taken again: a process that started after the database was made cannot be its creator.
  const started = processStartedAt(marker.pid);
  const created = Date.parse(marker.created);
  return started !== undefined && Number.isFinite(created) && started.getTime() > created + 2000;
}

async function unmarkedAndOld(client: pg.Client, name: string, now: Date): Promise<boolean> {
  const created = await client
    .query<{ modification: Date }>(
      `SELECT (pg_stat_file('base/' || oid || '/PG_VERSION')).modification FROM pg_database WHERE datname = $1`,
      [name],
    )
    .then(
      (r) => r.rows[0]?.modification,
      () => undefined,
    );
  if (!created) return false;
  const boot = bootTime();
  return (boot !== undefined && created < boot) || now.getTime() - created.getTime() > UNMARKED_AGE_MS;
}

async function listItwDatabases(client: pg.Client): Promise<Found[]> {
  const { rows } = await client.query<{ name: string; comment: string | null; connections: number }>(
    `SELECT datname AS name, shobj_description(oid, 'pg_database') AS comment,
            (SELECT count(*)::int FROM pg_stat_activity a WHERE a.datname = d.datname) AS connections
       FROM pg_database d WHERE ${ITW_DATABASES}`,
  );
  return rows.map((r) => ({ name: r.name, connections: r.connections, marker: parseMarker(r.comment) }));
}

function parseMarker(comment: string | null): DatabaseMarker | undefined {
  if (!comment) return undefined;
  try {
    const value = JSON.parse(comment) as Partial<DatabaseMarker>;
    if (value.itw === 1 && typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.created === 'string')
      return { itw: 1, run: typeof value.run === 'string' ? value.run : '', pid: value.pid, host: value.host, created: value.created };
  } catch {
    // Not itw's comment.
  }
  return undefined;
}

/** The PostgreSQL server whose itw databases can outlive a run: one itw did not start itself (embedded starts empty). */
function databaseServer(services: readonly StartedService[]): string | undefined {
  const postgres = services.find((s) => s.name === 'postgres');
  return postgres && postgres.source !== 'embedded' ? Object.values(postgres.env)[0] : undefined;
}

/**
 * Before the runs: ends the test processes of runs that were SIGKILLed (nobody else would), then drops
 * what killed runs left on the tests' PostgreSQL server, and says so.
 */
export async function sweepLeftovers(services: readonly StartedService[], log: (line: string) => void): Promise<void> {
  const ended = endOrphanedTrees();
  if (ended) log(`Ended ${ended} test process(es) that a killed itw run left running`);
  const server = databaseServer(services);
  if (!server) return;
  try {
    const { dropped } = await dropLeftoverDatabases(server);
    if (dropped.length) log(`Dropped ${dropped.length} test database(s) that stopped runs left behind: ${dropped.join(', ')}`);
  } catch (error) {
    log(`Could not look for test databases that stopped runs left behind: ${(error as Error).message}`);
  }
}

/**
 * After the runs, however they ended (a stop, a hook that failed before its drop): drops this run's
 * databases. Returns how many it dropped.
 */
export async function dropAfterRun(services: readonly StartedService[], runId: string, log: (line: string) => void): Promise<number> {
  const server = databaseServer(services);
  if (!server) return 0;
  try {
    const dropped = await dropRunDatabases(server, runId);
    if (dropped.length) log(`Dropped ${dropped.length} test database(s) this run's tests left behind: ${dropped.join(', ')}`);
    return dropped.length;
  } catch (error) {
    log(`Could not drop this run's test databases (names starting itw_test_): ${(error as Error).message}; drop them by hand.`);
    return 0;
  }
}

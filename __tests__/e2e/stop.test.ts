import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBin, repoRoot, runCommand, runnerEnv, scratchCopy } from '../helpers/workspace.js';

const cli = path.join(repoRoot, 'dist/cli.js');
const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL };
const admin = new pg.Client({ connectionString: DATABASE_URL });
const scratch: string[] = [];

beforeAll(async () => {
  // The real PostgreSQL on loopback is part of this machine's setup: its absence fails the suite.
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir` with a hash of its content, but the runner's own cache (node_modules/.vitest-cache, as under `npm test`). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    if (rel.split(path.sep)[0] === 'node_modules' || !entry.isFile()) continue;
    out[rel] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

/** Live processes (not zombies) whose working directory is `dir` or whose environment holds `variable`. */
function processesOf(dir: string, variable?: string): { pid: number; env: string[] }[] {
  const found: { pid: number; env: string[] }[] = [];
  for (const name of fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      if (/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3))) continue;
      const environ = fs.readFileSync(`/proc/${name}/environ`, 'latin1').split('\0');
      const cwd = fs.readlinkSync(`/proc/${name}/cwd`);
      if (cwd === dir || (variable && environ.includes(variable))) found.push({ pid: Number(name), env: environ });
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** The databases whose itw marker names this run. */
async function databasesOfRun(runId: string): Promise<string[]> {
  const { rows } = await admin.query<{ datname: string; comment: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname LIKE 'itw\\_%'`,
  );
  const runOf = (comment: string | null): unknown => {
    try {
      return (JSON.parse(comment ?? '') as { run?: unknown }).run;
    } catch {
      return undefined;
    }
  };
  return rows.filter((r) => runOf(r.comment) === runId).map((r) => r.datname);
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 180_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Starts `node args` on a scratch copy of the example, waits until run 1 of 5 is over and a database of
 * the run is in use, then sends `signals` (a second one 2 s after the first, as a cancelled workflow does).
 */
async function stopMidRun(
  dir: string,
  args: string[],
  runEnv: NodeJS.ProcessEnv,
  signals: NodeJS.Signals[] | ((pid: number, runId: string) => void),
) {
  const child = spawn(nodeBin, args, { cwd: repoRoot, env: runEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await until('run 1 to end', () => (/run 1\/5/.test(output) ? true : undefined));
  // The run id the test processes got, and a database of this run that is in use right now.
  const runId = await until('a test process of the run', () =>
    processesOf(dir)
      .flatMap((p) => p.env)
      .find((v) => v.startsWith('ITW_RUN_ID='))
      ?.slice('ITW_RUN_ID='.length),
  );
  // A test file's database, not the template (which carries the run id too and lives through every run).
  await until('a test database of the run', async () =>
    (await databasesOfRun(runId)).some((name) => name.startsWith('itw_test_')) ? true : undefined,
  );
  if (typeof signals === 'function') signals(child.pid!, runId);
  else
    for (const [i, signal] of signals.entries()) {
      if (i > 0) await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      if (child.exitCode === null) child.kill(signal);
    }
  return { code: await exited, output, runId, pid: child.pid! };
}

/** The databases whose itw marker names this process (the template database itw itself made). */
async function databasesMarkedBy(pid: number): Promise<string[]> {
  const { rows } = await admin.query<{ datname: string; comment: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname LIKE 'itw\\_%'`,
  );
  return rows.filter((r) => r.comment?.includes(`"pid":${pid},`)).map((r) => r.datname);
}

const STOPPED = (signal: string) =>
  new RegExp(
    `itw: stopped by ${signal}; the test processes were ended, (\\d+) files? this run wrote (?:was|were) removed, [1-9]\\d* test databases? dropped$`,
  );

describe('itw stopped by a signal', () => {
  it('the CLI ends its test processes, removes what it wrote, drops its databases and says so in one line', async () => {
    const dir = await scratchCopy(path.join(repoRoot, 'examples/orders-service'), 'stop');
    scratch.push(dir);
    const before = snapshot(dir);

    const { code, output, runId } = await stopMidRun(dir, [cli, 'generate', dir, '--flake-runs', '5'], env, ['SIGTERM']);

    expect(code).toBe(143);
    const last = output.trim().split('\n').at(-1)!;
    expect(last).toMatch(new RegExp(`^${STOPPED('SIGTERM').source}`));
    expect(Number(STOPPED('SIGTERM').exec(last)![1])).toBeGreaterThanOrEqual(2);
    expect(processesOf(dir, `ITW_RUN_ID=${runId}`)).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
    expect(await databasesOfRun(runId)).toEqual([]);
  });

  it('the action, cancelled (SIGINT, then SIGTERM), does the same and fails the step with that line', async () => {
    const dir = await scratchCopy(path.join(repoRoot, 'examples/orders-service'), 'stop-action');
    scratch.push(dir, `${dir}-runner-temp`);
    const before = snapshot(dir);
    const { env: actionEnv } = await runnerEnv(dir, { mode: 'generate', 'flake-runs': '5', services: 'env' }, { DATABASE_URL });

    const { code, output, runId } = await stopMidRun(dir, [path.join(repoRoot, 'dist/index.js')], actionEnv, ['SIGINT', 'SIGTERM']);

    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`^::error::${STOPPED('SIGINT').source}`, 'm'));
    expect(processesOf(dir, `ITW_RUN_ID=${runId}`)).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
    expect(await databasesOfRun(runId)).toEqual([]);
  });
});

describe('a run killed with SIGKILL, with its test processes', () => {
  it('leaves databases that the next run recognises by their marker and drops', async () => {
    const dir = await scratchCopy(path.join(repoRoot, 'examples/orders-service'), 'sigkill');
    scratch.push(dir);
    // As when a job's processes are all killed at once: itw and every test process of its run.
    const killAll = (pid: number, runId: string): void => {
      for (const p of [{ pid }, ...processesOf(dir, `ITW_RUN_ID=${runId}`)]) process.kill(p.pid, 'SIGKILL');
    };
    const { runId, pid } = await stopMidRun(dir, [cli, 'generate', dir, '--flake-runs', '5'], env, killAll);
    const left = await databasesOfRun(runId);
    expect(left.length).toBeGreaterThan(0);

    const next = await runCommand(nodeBin, [cli, 'generate', dir, '--flake-runs', '1'], { cwd: repoRoot, env });

    expect(next.code).toBe(0);
    // The next run drops them (or a run of another test file that started first did: tests run two files at a time).
    const dropped = /Dropped \d+ test database\(s\) that stopped runs left behind: (.*)/.exec(next.stderr)?.[1]?.split(', ') ?? [];
    for (const name of dropped) expect(name).toMatch(/^itw_(?:test|template)_/);
    expect(await databasesOfRun(runId)).toEqual([]);
    expect(await databasesMarkedBy(pid)).toEqual([]);
  });
});

describe('a run whose beforeAll fails after creating its database', () => {
  it('leaves no itw_test_ database behind', async () => {
    const dir = await scratchCopy(path.join(repoRoot, '__tests__/fixtures/run/leaky-before-all'), 'leaky');
    scratch.push(dir);
    const result = await runCommand(nodeBin, [cli, 'verify', dir, '--flake-runs', '2'], { cwd: dir, env });
    expect(result.stderr).toContain('the app did not start');
    const created = fs.readFileSync(path.join(dir, 'created'), 'utf8').split('\n').filter(Boolean);
    expect(created).toHaveLength(2);
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname = ANY($1)`, [created]);
    expect(rows).toEqual([]);
  });
});

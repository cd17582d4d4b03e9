/**
 * Runs itw on a copy of a stack fixture (`__tests__/fixtures/stacks/NAME`) the way a user would, and
 * checks what it kept the way their CI would: the repository's own `npm test` and `tsc`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';
import type { Report } from '../../src/model.js';
import { NAME_SEPARATOR } from '../../src/run/runners/types.js';
import { nodeBin, repoRoot, runCommand, stackCopy, type Finished } from './workspace.js';

export const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
/** The bundled CLI; ITW_CLI points at a private bundle while a change is in progress. */
const cli = process.env.ITW_CLI ?? path.join(repoRoot, 'dist/cli.js');
const stacks = path.join(repoRoot, '__tests__/fixtures/stacks');

/** A runner's environment: this Node first on PATH (the system one may be older than the repository needs). */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: `${path.dirname(nodeBin)}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME,
    DATABASE_URL: ADMIN_URL,
    ...extra,
  };
}

export interface StackRun {
  dir: string;
  result: Finished;
  report: Report;
}

/** `itw generate` on a fresh copy of the fixture, against the PostgreSQL on this machine. */
export async function generateForStack(
  name: string,
  options: { flakeRuns?: number; env?: Record<string, string> } = {},
): Promise<StackRun> {
  const dir = await stackCopy(name);
  const result = await runCommand(nodeBin, [cli, 'generate', dir, '--flake-runs', String(options.flakeRuns ?? 5)], {
    cwd: dir,
    env: userEnv(options.env),
    timeoutMs: 600_000,
  });
  const reportFile = path.join(dir, 'itw-report/report.json');
  const report = JSON.parse(await fs.readFile(reportFile, 'utf8').catch(() => 'null')) as Report;
  if (!report) throw new Error(`itw wrote no report (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  return { dir, result, report };
}

/** The repository's own `npm test`, as its CI runs it. */
export function ownTests(dir: string, env: Record<string, string> = {}): Promise<Finished> {
  return runCommand('npm', ['test', '--silent'], { cwd: dir, env: userEnv({ CI: 'true', ...env }), timeoutMs: 600_000 });
}

/** The repository's own TypeScript over its own tsconfig (which includes the generated tests). */
export function ownTypecheck(dir: string, tsconfig = 'tsconfig.json'): Promise<Finished> {
  return runCommand(nodeBin, [path.join(stacks, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', tsconfig], {
    cwd: dir,
    env: userEnv(),
  });
}

/** Per endpoint (`POST /api/books`), the kept scenarios that test it, by kind. */
export function keptByEndpoint(report: Report): Map<string, { happy: string[]; errors: string[] }> {
  const out = new Map<string, { happy: string[]; errors: string[] }>();
  for (const test of report.generated)
    for (const s of test.scenarios) {
      const endpoint = s.name.split(NAME_SEPARATOR)[1]!;
      const entry = out.get(endpoint) ?? { happy: [], errors: [] };
      (s.kind === 'happy' ? entry.happy : entry.errors).push(s.name);
      out.set(endpoint, entry);
    }
  return out;
}

/** The HTTP endpoints discovery found, as `METHOD path`. */
export function endpointsOf(report: Report): string[] {
  return report.points.filter((p) => p.kind === 'http').map((p) => p.key);
}

export async function removeCopy(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/** itw_test_ databases created since `since` by a process that has ended: what a run left behind (others' live ones are not). */
export async function leftDatabases(since: Date): Promise<string[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; comment: string | null }>(
      "SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname LIKE 'itw\\_test\\_%'",
    );
    return rows
      .filter((r) => {
        const marker = JSON.parse(r.comment ?? '{}') as { pid?: number; created?: string };
        return marker.created !== undefined && new Date(marker.created) >= since && !alive(marker.pid);
      })
      .map((r) => r.datname);
  } finally {
    await client.end();
  }
}

function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every endpoint of `expected` has a kept happy path and a kept scenario matching each of its error patterns;
 * a miss names the endpoint's dropped scenarios with their reasons.
 */
export function expectEveryEndpointKept({ report }: StackRun, expected: Record<string, RegExp[]>): void {
  const kept = keptByEndpoint(report);
  for (const [endpoint, errors] of Object.entries(expected)) {
    const scenarios = kept.get(endpoint);
    const dropped = (report.run?.dropped ?? []).filter((d) => d.scenario.split(NAME_SEPARATOR)[1] === endpoint);
    const why = `${endpoint}; dropped: ${dropped.map((d) => `${d.scenario}: ${d.reason}`).join('; ') || 'none'}`;
    expect(scenarios?.happy.length ?? 0, `a kept happy path for ${why}`).toBeGreaterThan(0);
    for (const error of errors) expect(scenarios?.errors ?? [], `${error} for ${why}`).toContainEqual(expect.stringMatching(error));
  }
}

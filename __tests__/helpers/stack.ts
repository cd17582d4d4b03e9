/**
 * Runs itw on a copy of a stack fixture (`__tests__/fixtures/stacks/NAME`) the way a user would, and
 * checks what it kept the way their CI would: the repository's own `npm test` and `tsc`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** The repository's own `npm test`, as its CI runs it; `args` go to its runner (after `--`). */
export function ownTests(dir: string, args: readonly string[] = []): Promise<Finished> {
  return runCommand('npm', ['test', '--silent', ...(args.length ? ['--', ...args] : [])], {
    cwd: dir,
    env: userEnv({ CI: 'true' }),
    timeoutMs: 600_000,
  });
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

export interface StackExpectations {
  runner: string;
  /** Endpoints (`METHOD path`) with the error scenarios each must keep beside its happy path. */
  expected: Record<string, RegExp[]>;
  /** Checks of this stack's run beyond the shared ones: file names its runner selects, how `_support/app` starts the app. */
  checkRun?: (run: StackRun) => void | Promise<void>;
  /** The repository's own `npm test` output shows the generated files ran and nothing failed. */
  checkOwnTests: (output: string, run: StackRun) => void;
  /** The repository is TypeScript: its own `tsc` must pass with the generated files. */
  typecheck: boolean;
  /** Arguments for the runner of its `npm test`, where this checkout differs from the repository's own. */
  ownTestArgs?: readonly string[];
}

/**
 * `itw generate --flake-runs 5` on a copy of the stack fixture `name`, checked as the user's CI would: every
 * endpoint keeps its happy path and its error scenarios, nothing is flaky, the repository's own `npm test` (and
 * `tsc`) pass with the generated files, and no test database is left.
 */
export function describeStack(name: string, spec: StackExpectations): void {
  describe(`itw generate on ${name}`, () => {
    const started = new Date();
    let run: StackRun;

    beforeAll(async () => {
      run = await generateForStack(name, { flakeRuns: 5 });
    }, 300_000);

    afterAll(async () => {
      if (run) await removeCopy(run.dir);
    });

    it('keeps a happy path and the supported error scenarios of every endpoint, stable over 5 runs', async () => {
      const { result, report } = run;
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(report.environment.testFramework).toBe(spec.runner);
      expect(report.run?.runs).toBe(5);
      expect(report.outcomes.filter((o) => o.classification === 'flaky')).toEqual([]);
      await spec.checkRun?.(run);
      expectEveryEndpointKept(run, spec.expected);
    });

    it(`passes the repository's own npm test, which runs the generated files${spec.typecheck ? ', and its tsc' : ''}`, async () => {
      // Both at once: the runner mostly waits on PostgreSQL and the apps it starts.
      const [tests, tsc] = await Promise.all([ownTests(run.dir, spec.ownTestArgs), spec.typecheck ? ownTypecheck(run.dir) : undefined]);
      const output = tests.stdout + tests.stderr;
      expect(tests.code, output).toBe(0);
      spec.checkOwnTests(output, run);
      if (tsc) {
        expect(tsc.stdout + tsc.stderr).toBe('');
        expect(tsc.code).toBe(0);
      }
    }, 180_000);

    it('leaves no test database behind', async () => {
      expect(await leftDatabases(started)).toEqual([]);
    });
  });
}

/** Jest's output names each file it passed: `PASS test/integration/itw/books.itw.test.js`. */
export function expectJestPassed(output: string, files: readonly string[]): void {
  for (const file of files) expect(output).toMatch(new RegExp(`PASS .*${file.replace(/\./g, '\\.')}`));
  expect(output).not.toMatch(/\bfailed\b/);
}

/** Every generated file carries the suffix the repository's runner selects (`.itw.spec.ts` under a `*.spec.ts` testRegex). */
export function expectGeneratedFiles({ report }: StackRun, names: readonly string[]): void {
  const files = report.generated.map((g) => g.file);
  expect(files).toEqual(expect.arrayContaining(names.map((n) => `test/integration/itw/${n}`)));
  const suffix = names[0]!.slice(names[0]!.indexOf('.itw.'));
  for (const file of files) expect(file.endsWith(suffix), file).toBe(true);
}

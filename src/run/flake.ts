import { randomInt } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Classification, RunStatus, RunSummary, TestOutcome } from '../model.js';
import { runProcess } from './process.js';
import type { RunnerAdapter, TestResult } from './runners/types.js';

export interface FlakeOptions {
  runner: RunnerAdapter;
  cwd: string;
  files: readonly string[];
  runs: number;
  env: Record<string, string>;
  /** Seconds per run; 0 = a multiple of the first run's duration, with a floor. */
  timeoutSeconds: number;
  onRun?: (event: { run: number; of: number; seed: number; durationMs: number; failed: number; timedOut: boolean }) => void;
}

const FIRST_RUN_CEILING_MS = 15 * 60_000;
const FLOOR_MS = 60_000;
const MULTIPLE = 5;

/**
 * Runs the files `runs` times, each a fresh process with its own shuffle seed, and classifies every
 * test: passed (every run), failed (no run), flaky (some runs) or skipped.
 */
export async function runRepeatedly(options: FlakeOptions): Promise<{ outcomes: TestOutcome[]; summary: RunSummary }> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'itw-run-'));
  const perRun: TestResult[][] = [];
  const summary: RunSummary = { runs: options.runs, seeds: [], durationsMs: [], hung: [], rolledBack: [] };
  let timeoutMs = options.timeoutSeconds > 0 ? options.timeoutSeconds * 1000 : FIRST_RUN_CEILING_MS;
  try {
    for (let run = 1; run <= options.runs; run++) {
      const seed = randomInt(1, 2 ** 31 - 1);
      const reportFile = path.join(scratch, `run-${run}.json`);
      const { command, args } = options.runner.command({ cwd: options.cwd, files: options.files, seed, reportFile });
      const result = await runProcess(command, args, { cwd: options.cwd, env: options.env, timeoutMs });
      const report = await fs.readFile(reportFile, 'utf8').catch(() => undefined);
      let results: TestResult[] = [];
      if (report !== undefined) results = options.runner.parse(report, options.cwd);
      if (result.timedOut)
        summary.hung.push(`run ${run} (seed ${seed}) passed ${Math.round(timeoutMs / 1000)} s and was killed with its process tree`);
      else if (report === undefined) {
        const why = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
        results = options.files.map((file) => ({
          file,
          name: '(file)',
          status: 'failed',
          durationMs: 0,
          failure: { message: `the runner exited ${result.code} without a report: ${why}` },
        }));
      }
      perRun.push(results.map((r) => ({ ...r, failure: r.failure && { ...r.failure, seed } })));
      summary.seeds.push(seed);
      summary.durationsMs.push(Math.round(result.durationMs));
      if (run === 1 && options.timeoutSeconds === 0 && !result.timedOut) timeoutMs = Math.max(FLOOR_MS, MULTIPLE * result.durationMs);
      options.onRun?.({
        run,
        of: options.runs,
        seed,
        durationMs: result.durationMs,
        failed: results.filter((r) => r.status === 'failed').length,
        timedOut: result.timedOut,
      });
    }
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
  return { outcomes: classify(perRun), summary };
}

/** One outcome per test across all runs; a test missing from a run (a hung run) failed that run. */
export function classify(perRun: readonly (readonly (TestResult & { failure?: { seed?: number } })[])[]): TestOutcome[] {
  const keys = new Map<string, { file: string; name: string }>();
  for (const run of perRun) for (const r of run) keys.set(`${r.file}\0${r.name}`, { file: r.file, name: r.name });
  const outcomes: TestOutcome[] = [];
  for (const [key, { file, name }] of keys) {
    const runs: RunStatus[] = [];
    const durationsMs: number[] = [];
    let failure: TestOutcome['failure'];
    let line: number | undefined;
    for (const run of perRun) {
      const r = run.find((x) => `${x.file}\0${x.name}` === key);
      runs.push(r?.status ?? 'failed');
      durationsMs.push(r?.durationMs ?? 0);
      line ??= r?.line;
      if (!failure && r?.status === 'failed' && r.failure) failure = { ...r.failure, file, line: r.failure.line ?? r.line };
      if (!failure && !r) failure = { message: 'did not finish: its run timed out', file };
    }
    outcomes.push({
      file,
      name,
      runs,
      classification: classifyRuns(runs),
      durationsMs,
      ...(failure ? { failure } : {}),
      ...(line ? { line } : {}),
    });
  }
  return outcomes.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

export function classifyRuns(runs: readonly RunStatus[]): Classification {
  const ran = runs.filter((s) => s !== 'skipped');
  if (ran.length === 0) return 'skipped';
  if (ran.every((s) => s === 'passed') && ran.length === runs.length) return 'passed';
  if (ran.every((s) => s === 'failed')) return 'failed';
  return 'flaky';
}

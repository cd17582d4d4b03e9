import { randomInt } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Classification, RunStatus, RunSummary, TestOutcome } from '../model.js';
import { runProcess } from './process.js';
import type { ProgressEvent, RunnerAdapter, TestResult } from './runners/types.js';

export interface FlakeOptions {
  runner: RunnerAdapter;
  cwd: string;
  files: readonly string[];
  runs: number;
  /** Whose tests these are: the repository's (verify) or generated in this run (generate). */
  origin: TestOutcome['origin'];
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
  const summary: RunSummary = { runs: options.runs, seeds: [], durationsMs: [], hung: [], dropped: [] };
  let timeoutMs = options.timeoutSeconds > 0 ? options.timeoutSeconds * 1000 : FIRST_RUN_CEILING_MS;
  const hungFiles = new Set<string>();
  try {
    for (let run = 1; run <= options.runs; run++) {
      const seed = randomInt(1, 2 ** 31 - 1);
      const reportFile = path.join(scratch, `run-${run}.json`);
      const progressFile = path.join(scratch, `run-${run}.progress`);
      const files = options.files.filter((f) => !hungFiles.has(f));
      if (files.length === 0) break;
      const { command, args } = options.runner.command({ cwd: options.cwd, files, seed, reportFile, progressFile });
      const result = await runProcess(command, args, { cwd: options.cwd, env: options.env, timeoutMs });
      const report = await fs.readFile(reportFile, 'utf8').catch(() => undefined);
      let results: TestResult[] = [];
      if (report !== undefined) results = options.runner.parse(report, options.cwd);
      if (result.timedOut) {
        // The files that started and never ended hung: name them and leave them out of the later
        // runs, so a hang costs one timeout, not one per run. Their tests count as not run: which
        // one of them never returns cannot be told from outside a stuck process.
        const seconds = Math.round(timeoutMs / 1000);
        const stuck = unfinished(await fs.readFile(progressFile, 'utf8').catch(() => ''), options.cwd);
        for (const { file, tests } of stuck) {
          hungFiles.add(file);
          summary.hung.push(`${file} (run ${run}, seed ${seed}): still running after ${seconds} s; killed and left out of later runs`);
          const reason = `its file hung in run ${run} (seed ${seed}) and was left out of later runs: one of its tests never returns`;
          for (const name of tests) results.push({ file, name, status: 'skipped', durationMs: 0, skipReason: reason });
        }
        if (stuck.length === 0) summary.hung.push(`run ${run} (seed ${seed}) outlasted ${seconds} s outside any test file and was killed`);
      } else if (report === undefined) {
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
  return { outcomes: classify(perRun, options.origin), summary };
}

function unfinished(progress: string, root: string): { file: string; tests: string[] }[] {
  const open = new Map<string, string[]>();
  for (const line of progress.split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as ProgressEvent;
    const file = path.relative(root, event.file).split(path.sep).join('/');
    if (event.event === 'start') open.set(file, event.tests);
    else open.delete(file);
  }
  return [...open].map(([file, tests]) => ({ file, tests }));
}

/** One outcome per test across all runs; a test missing from a run (cut short by a hang elsewhere) counts as not run there. */
export function classify(
  perRun: readonly (readonly (TestResult & { failure?: { seed?: number } })[])[],
  origin: TestOutcome['origin'],
): TestOutcome[] {
  const keys = new Map<string, { file: string; name: string }>();
  for (const run of perRun) for (const r of run) keys.set(`${r.file}\0${r.name}`, { file: r.file, name: r.name });
  const outcomes: TestOutcome[] = [];
  for (const [key, { file, name }] of keys) {
    const runs: RunStatus[] = [];
    const durationsMs: number[] = [];
    let failure: TestOutcome['failure'];
    let line: number | undefined;
    let skipReason: string | undefined;
    for (const run of perRun) {
      const r = run.find((x) => `${x.file}\0${x.name}` === key);
      // Missing from a run: the run died (hung elsewhere) before reaching it, which says nothing of it.
      runs.push(r?.status ?? 'skipped');
      durationsMs.push(r?.durationMs ?? 0);
      line ??= r?.line;
      skipReason ??= r?.skipReason;
      if (!failure && r?.status === 'failed' && r.failure) failure = { ...r.failure, file, line: r.failure.line ?? r.line };
    }
    outcomes.push({
      file,
      name,
      origin,
      runs,
      classification: classifyRuns(runs),
      durationsMs,
      ...(failure ? { failure } : {}),
      ...(line ? { line } : {}),
      ...(skipReason ? { skipReason } : {}),
    });
  }
  return outcomes.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

export function classifyRuns(runs: readonly RunStatus[]): Classification {
  const ran = runs.filter((s) => s !== 'skipped');
  if (ran.length === 0) return 'skipped';
  if (ran.every((s) => s === 'passed')) return 'passed';
  if (ran.every((s) => s === 'failed')) return 'failed';
  return 'flaky';
}

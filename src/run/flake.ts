import { randomInt } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrokenRun, Classification, RunStatus, RunSummary, TestOutcome } from '../model.js';
import { runProcess } from './process.js';
import { runEndWatcher } from './progress-file.js';
import { progressEvents } from './progress-file.js';
import type { RunError, RunEvidence, RunnerAdapter, TestResult } from './runners/types.js';

export interface FlakeOptions {
  runner: RunnerAdapter;
  cwd: string;
  files: readonly string[];
  runs: number;
  /** Whose tests these are: the repository's (verify) or generated in this run (generate). */
  origin: TestOutcome['origin'];
  env: Record<string, string>;
  /** Seconds a run may go without progress (a line appended to its progress file) before it is killed; 0 = 60. */
  timeoutSeconds: number;
  /** Ends the current run's process tree at once; `runRepeatedly` then rejects with the signal's reason. */
  signal?: AbortSignal;
  onRun?: (event: { run: number; of: number; seed?: number; durationMs: number; failed: number; timedOut: boolean }) => void;
}

/** The name under which a file that reported no test at all is recorded. */
export const WHOLE_FILE = '(file)';

/** A hang is told by progress, not by total time, so it costs the same bounded wait in every run, the first included. */
export const DEFAULT_IDLE_SECONDS = 60;

type RunResult = TestResult & { failure?: { seed?: number } };

/**
 * Runs the files `runs` times, each a fresh process with its own shuffle seed, and classifies every
 * test: passed (every run), failed (no run), flaky (some runs) or skipped (declared skipped). A run in
 * which a test did not run (a hook failed, its file did not load, the process died or hung, the
 * runner exited non-zero) is a failed run for it, with the reason.
 */
export async function runRepeatedly(options: FlakeOptions): Promise<{ outcomes: TestOutcome[]; summary: RunSummary }> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'itw-run-'));
  const perRun: RunResult[][] = [];
  const summary: RunSummary = { runs: options.runs, seeds: [], durationsMs: [], hung: [], dropped: [], broken: [] };
  const shuffles = options.runner.shuffles !== false;
  if (!shuffles) summary.fixedOrder = `${options.runner.name} cannot shuffle test order, so every run kept the order of the files`;
  const idleMs = (options.timeoutSeconds > 0 ? options.timeoutSeconds : DEFAULT_IDLE_SECONDS) * 1000;
  /** Files left out of later runs, with why. */
  const leftOut = new Map<string, string>();
  /** Every test seen in any run, by file, so a run that never reached it still counts it. */
  const known = new Map<string, Set<string>>();
  try {
    for (let run = 1; run <= options.runs; run++) {
      const seed = randomInt(1, 2 ** 31 - 1);
      // A seed is named only where it replays the run.
      const runAndSeed = shuffles ? `run ${run}, seed ${seed}` : `run ${run}`;
      const runWithSeed = shuffles ? `run ${run} (seed ${seed})` : `run ${run}`;
      const reportFile = path.join(scratch, `run-${run}.json`);
      const progressFile = path.join(scratch, `run-${run}.progress`);
      const files = options.files.filter((f) => !leftOut.has(f));
      let results: RunResult[] = [];
      let durationMs = 0;
      let timedOut = false;
      if (files.length > 0) {
        const { command, args, env: scriptEnv } = options.runner.command({ cwd: options.cwd, files, seed, reportFile, progressFile });
        const result = await runProcess(command, args, {
          cwd: options.cwd,
          // The test script's own variables (NODE_ENV=test), never over the ones itw sets for the services.
          env: { ...scriptEnv, ...options.env },
          idle: { file: progressFile, ms: idleMs },
          finished: runEndWatcher(progressFile),
          signal: options.signal,
        });
        durationMs = result.durationMs;
        timedOut = result.timedOut;
        const report = await fs.readFile(reportFile, 'utf8').catch(() => undefined);
        const progress = await fs.readFile(progressFile, 'utf8').catch(() => '');
        const evidence = options.runner.read({ report, progress, root: options.cwd, process: result });
        if (result.timedOut) {
          // The files that started and never ended hung: name them and leave them out of the later
          // runs, so a hang costs one timeout, not one per run.
          const seconds = Math.round(idleMs / 1000);
          const stuck = unfinished(progress, options.cwd);
          for (const { file } of stuck) {
            const why = `its file hung in ${runWithSeed}: no progress for ${seconds} s, killed and left out of later runs`;
            leftOut.set(file, why);
            summary.hung.push(`${file} (${runAndSeed}): no progress for ${seconds} s; killed and left out of later runs`);
            evidence.fileErrors.set(file, [{ message: why }]);
          }
          if (stuck.length === 0) {
            summary.hung.push(`${runWithSeed} made no progress for ${seconds} s outside any test file and was killed`);
            evidence.runErrors.push({ message: `run ${run} made no progress for ${seconds} s outside any test file and was killed` });
          }
        }
        results = withErrorsApplied(evidence, files);
        const broken = brokenRun(evidence, files, results);
        if (broken) summary.broken.push({ run, ...(shuffles ? { seed } : {}), ...broken });
      }
      for (const r of results) known.set(r.file, (known.get(r.file) ?? new Set()).add(r.name));
      // Tests seen before whose file is left out of this run did not run here.
      for (const [file, why] of leftOut) {
        if (files.includes(file)) continue;
        for (const name of known.get(file) ?? []) results.push(notRun(file, name, why));
      }
      perRun.push(results.map((r) => ({ ...r, failure: r.failure && (shuffles ? { ...r.failure, seed } : r.failure) })));
      if (shuffles) summary.seeds.push(seed);
      summary.durationsMs.push(Math.round(durationMs));
      options.onRun?.({
        run,
        of: options.runs,
        ...(shuffles ? { seed } : {}),
        durationMs,
        failed: results.filter((r) => r.status === 'failed').length,
        timedOut,
      });
    }
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
  return { outcomes: classify(perRun, options.origin), summary };
}

function notRun(file: string, name: string, why: string): RunResult {
  return { file, name, status: 'failed', durationMs: 0, failure: { message: `did not run: ${why}` } };
}

/**
 * One result per test of the run: a test that did not pass in a file with an error outside its tests
 * (a hook, the loading, an unhandled error the file caused) fails with that error, every test fails
 * with an error of the whole run, and a test its file declared but never reported fails too.
 */
export function withErrorsApplied(evidence: RunEvidence, files: readonly string[]): RunResult[] {
  const results = [...evidence.results];
  const firstRunError = evidence.runErrors[0];
  const fileError = (file: string): RunError | undefined => evidence.fileErrors.get(file)?.[0] ?? firstRunError;
  for (const file of new Set([...files, ...evidence.fileErrors.keys()])) {
    const error = fileError(file);
    const reported = new Set(results.filter((r) => r.file === file).map((r) => r.name));
    const declared = evidence.declared.get(file) ?? [];
    for (const name of declared) {
      if (!reported.has(name)) results.push(notRun(file, name, error ? outside(error.message) : 'it never reported a result'));
    }
    if (!error) continue;
    if (reported.size === 0 && declared.length === 0) {
      results.push({
        file,
        name: WHOLE_FILE,
        status: 'failed',
        durationMs: 0,
        failure: { message: outside(error.message), stack: error.stack },
      });
      continue;
    }
    for (const [i, r] of results.entries()) {
      if (r.file !== file) continue;
      // An error outside the tests fails every test of the file in this run, passed or not: the run
      // was not clean, and the runner's exit status says so.
      if (r.status !== 'failed') results[i] = { ...r, status: 'failed', failure: { message: outside(error.message), stack: error.stack } };
    }
  }
  return results;
}

const outside = (message: string): string => `error outside the tests of this file: ${message}`;

/**
 * A run that proves nothing about any test: every file failed outside its tests, or the run itself
 * failed, and no test passed. Its cause is the environment (a service that is down, a wrong password,
 * a migration that fails, a config that throws), not the tests.
 */
function brokenRun(
  evidence: RunEvidence,
  files: readonly string[],
  results: readonly RunResult[],
): Omit<BrokenRun, 'run' | 'seed'> | undefined {
  if (results.some((r) => r.status === 'passed') || files.length === 0) return undefined;
  const runError = evidence.runErrors[0];
  if (runError) return { cause: runError.message };
  const errors = files.map((f) => evidence.fileErrors.get(f)?.[0]);
  if (errors.every(Boolean)) return { cause: errors[0]!.message, file: files[0] };
  return undefined;
}

function unfinished(progress: string, root: string): { file: string; tests: string[] }[] {
  const open = new Map<string, string[]>();
  for (const event of progressEvents(progress)) {
    if (event.event !== 'start' && event.event !== 'end') continue;
    const file = path.relative(root, event.file).split(path.sep).join('/');
    if (event.event === 'start') open.set(file, event.tests);
    else open.delete(file);
  }
  return [...open].map(([file, tests]) => ({ file, tests }));
}

/** One outcome per test across all runs; a test missing from a run counts as a failed run for it. */
export function classify(perRun: readonly (readonly RunResult[])[], origin: TestOutcome['origin']): TestOutcome[] {
  const keys = new Map<string, { file: string; name: string }>();
  for (const run of perRun) for (const r of run) keys.set(`${r.file}\0${r.name}`, { file: r.file, name: r.name });
  const outcomes: TestOutcome[] = [];
  for (const [key, { file, name }] of keys) {
    const runs: RunStatus[] = [];
    const durationsMs: number[] = [];
    let failure: TestOutcome['failure'];
    let line: number | undefined;
    let skipReason: string | undefined;
    perRun.forEach((run, index) => {
      const r = run.find((x) => `${x.file}\0${x.name}` === key) ?? notRun(file, name, `it was not reached in run ${index + 1}`);
      runs.push(r.status);
      durationsMs.push(r.durationMs);
      line ??= r.line;
      skipReason ??= r.skipReason;
      if (!failure && r.status === 'failed' && r.failure) failure = { ...r.failure, file, line: r.failure.line ?? r.line };
    });
    const classification = classifyRuns(runs);
    outcomes.push({
      file,
      name,
      origin,
      runs,
      classification,
      durationsMs,
      ...(failure ? { failure } : {}),
      ...(line ? { line } : {}),
      ...(skipReason && classification === 'skipped' ? { skipReason } : {}),
    });
  }
  return outcomes.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

/** Passed only when every run passed; skipped only when the test is declared skipped in every run. */
export function classifyRuns(runs: readonly RunStatus[]): Classification {
  if (runs.length === 0) return 'skipped';
  if (runs.every((s) => s === 'skipped')) return 'skipped';
  if (runs.every((s) => s === 'passed')) return 'passed';
  if (runs.some((s) => s === 'passed')) return 'flaky';
  return 'failed';
}

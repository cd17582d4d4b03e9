import type { RunStatus } from '../../model.js';
import type { ProcessResult } from '../process.js';

/** One test's result in one run. */
export interface TestResult {
  /** Repository-relative. */
  file: string;
  /** `describe › describe › title`: build it with `testName`. */
  name: string;
  status: RunStatus;
  durationMs: number;
  line?: number;
  failure?: { message: string; stack?: string; line?: number };
  /** Why it did not run, when the test itself is declared skipped (`it.skip`, `it.todo`). */
  skipReason?: string;
}

/** The separator of a test's full name: the contract between runners, plans and reports. */
export const NAME_SEPARATOR = ' › ';

export function testName(parts: readonly string[]): string {
  return parts.join(NAME_SEPARATOR);
}

export interface RunError {
  message: string;
  stack?: string;
}

/** Everything one run of a runner says happened: tests, and errors outside any test. */
export interface RunEvidence {
  results: TestResult[];
  /** Errors outside any test, by repository-relative file: a hook that threw, a file that did not load, an unhandled error the file caused. */
  fileErrors: Map<string, RunError[]>;
  /** Errors no file can be blamed for (an unhandled rejection after the files ended, a config that threw). */
  runErrors: RunError[];
  /** The tests each file declared when it was collected, so tests that never reported still count. */
  declared: Map<string, string[]>;
}

export interface RunRequest {
  /** The repository (or a scratch copy of it): every path is relative to it. */
  cwd: string;
  files: readonly string[];
  seed: number;
  /** Where the runner writes its machine-readable report. */
  reportFile: string;
  /** Where the runner appends one JSON line per event (survives a kill); any new line is progress. */
  progressFile: string;
}

/** A line of the progress file. */
export type ProgressEvent =
  /** A file was collected, with the full names of its tests. `file` is absolute. */
  | { event: 'start'; file: string; tests: string[] }
  /** A test finished. */
  | { event: 'test'; file: string; name: string; state: string }
  /** A file finished, with the errors raised outside its tests (hooks, loading). */
  | { event: 'end'; file: string; tests?: string[]; errors?: RunError[] }
  /** The run finished, with the errors raised outside any test. */
  | { event: 'run-end'; reason: string; unhandled: (RunError & { file?: string })[] };

/** How itw drives one test framework. */
export interface RunnerAdapter {
  name: string;
  /** False when the runner cannot shuffle test order (Mocha): the runs keep one order and no seed means anything. */
  shuffles?: boolean;
  /** The process to start; `env` holds what the repository's test script sets (`NODE_ENV=test jest`), under itw's own variables. */
  command(request: RunRequest): { command: string; args: string[]; env?: Record<string, string> };
  /**
   * What happened in one run, from the report file's text (absent when the runner wrote none), the
   * progress file and the process result; `root` turns absolute paths into repository-relative ones.
   */
  read(input: { report?: string; progress: string; root: string; process: ProcessResult }): RunEvidence;
  /**
   * Of `files` (repository-relative, existing or not), those the repository's runner, as configured, runs when
   * given them (its test patterns, roots and ignores), so generated files get names its own `npm test` runs.
   * Without it, the generator's default names are taken to be run.
   */
  selects?(cwd: string, files: readonly string[]): Promise<string[]>;
}

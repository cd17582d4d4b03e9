import type { RunStatus } from '../../model.js';

/** One test's result in one run. */
export interface TestResult {
  /** Repository-relative. */
  file: string;
  /** `describe › describe › title`. */
  name: string;
  status: RunStatus;
  durationMs: number;
  line?: number;
  failure?: { message: string; stack?: string; line?: number };
  /** Why it did not run, when itw itself left it out. */
  skipReason?: string;
}

export interface RunRequest {
  /** The repository (or a scratch copy of it): every path is relative to it. */
  cwd: string;
  files: readonly string[];
  seed: number;
  /** Where the runner writes its machine-readable report. */
  reportFile: string;
  /** Where the runner appends one JSON line as each test file starts and ends (survives a kill). */
  progressFile: string;
}

/** A line of the progress file. */
export interface ProgressEvent {
  event: 'start' | 'end';
  /** Absolute path. */
  file: string;
  /** Full names of the file's tests (on `start`). */
  tests: string[];
}

/** How itw drives one test framework. */
export interface RunnerAdapter {
  name: string;
  command(request: RunRequest): { command: string; args: string[] };
  /** Results from the report file's text; `root` turns absolute paths into repository-relative ones. */
  parse(report: string, root: string): TestResult[];
}

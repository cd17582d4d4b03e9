import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { progressEvents } from '../progress-file.js';
import { runnerFailure } from './runner-failure.js';
import { readTestScript } from './test-script.js';
import { NAME_SEPARATOR, type RunError, type RunEvidence, type RunnerAdapter, type TestResult } from './types.js';

/**
 * Whether this Node can run tests in a seeded random order (`--test-random-seed`, Node 24.16 and
 * later). Tests run by `process.execPath`, so the flags this process knows are the ones they get.
 */
const SHUFFLES = process.allowedNodeEnvironmentFlags.has('--test-random-seed');

/** `node --test` reads its arguments as globs from Node 21 on. */
const GLOBS = Number(process.versions.node.split('.')[0]) >= 21;

/** The repository's test-runner options a run of chosen files sets itself or must not have. */
const OWN_OPTIONS = new Set(['--test-concurrency', '--test-randomize', '--test-random-seed', '--test-rerun-failures']);

/** A test as the reporter records it (a `test` line of the progress file, with more than the common fields). */
interface ReportedTest {
  event: 'test';
  file: string;
  name: string;
  state: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  line?: number;
  /** node:test's reason for a failure: `testCodeFailure`, `hookFailed`, `cancelledByParent`, … */
  failureType?: string;
  failure?: RunError;
  skipReason?: string;
}

/** How a test file's own process ended, when node:test failed the file itself. */
interface FileExit {
  failureType?: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  message: string;
  /** The end of what the process printed to stderr. */
  stderr: string;
}

/** Everything the reporter learned about one test file. */
interface FileRecord {
  /** Absolute. */
  file: string;
  /** Run in a process of its own (node:test's default isolation), so its own summary is expected. */
  isolated: boolean;
  /** Its process reported its own `test:summary`: it reported every test it ran. */
  summary: boolean;
  /** Requested, but node:test never ran a file at that path. */
  missing: boolean;
  /** Full names of the tests it declared (enqueued) or reported. */
  declared: string[];
  tests: ReportedTest[];
  /** Errors outside its tests: hooks of suites, a suite body that threw, asynchronous errors after a test ended. */
  errors: RunError[];
  exit?: FileExit;
}

interface NodeTestReport {
  /** The run reported summaries per file (Node 22.10 and later), so a file without one ended early. */
  summaries: boolean;
  files: FileRecord[];
  runErrors: RunError[];
}

/**
 * node:test run by the Node that runs itw, with the loaders and options of the repository's `test`
 * script, a reporter of its own writing the progress file and the report, and a seeded random
 * order where this Node has one (`shuffles`).
 */
export const nodeTestRunner: RunnerAdapter = {
  name: 'node:test',
  shuffles: SHUFFLES,
  command({ cwd, files, seed, reportFile, progressFile }) {
    const script = readTestScript(cwd);
    const reporter = path.join(path.dirname(progressFile), 'itw-node-test-reporter.mjs');
    const requested = files.map((f) => path.resolve(cwd, f));
    fs.writeFileSync(reporter, reporterSource(progressFile, requested));
    const nodeArgs = script.runner === 'node:test' ? script.nodeArgs : [];
    return {
      command: process.execPath,
      args: [
        ...nodeArgs,
        // Test lines and failure stacks of compiled files (tsx, ts-node) point into their source.
        ...(nodeArgs.includes('--enable-source-maps') ? [] : ['--enable-source-maps']),
        ...(script.runner === 'node:test' ? withoutOwnOptions(script.runnerArgs) : []),
        '--test',
        ...(SHUFFLES ? [`--test-random-seed=${seed}`] : []),
        `--test-reporter=${reporter}`,
        `--test-reporter-destination=${reportFile}`,
        ...(GLOBS ? files.map(literalPattern) : files),
      ],
      ...(script.runner === 'node:test' && Object.keys(script.env).length ? { env: script.env } : {}),
    };
  },
  read({ report, progress, root, process: exit }) {
    const rel = (file: string): string => path.relative(root, file).split(path.sep).join('/');
    const evidence: RunEvidence = { results: [], fileErrors: new Map(), runErrors: [], declared: new Map() };
    const parsed = parseReport(report);
    const events = progressEvents(progress);
    const runEnded = events.some((e) => e.event === 'run-end');
    for (const record of parsed?.files ?? recordsFrom(progress)) {
      const { results, errors } = judgeFile(record, parsed?.summaries ?? false);
      const file = rel(record.file);
      evidence.declared.set(file, [...new Set([...record.declared, ...record.tests.map((t) => t.name)])]);
      for (const t of results) evidence.results.push(testResult(file, record.file, t));
      if (errors.length) evidence.fileErrors.set(file, errors);
    }
    evidence.runErrors.push(...(parsed?.runErrors ?? []));
    // The exit status is the verdict: a non-zero exit (or a run that never ended) that no test or
    // file error explains is an error of the whole run, with what node printed.
    const explained = evidence.results.some((r) => r.status === 'failed') || evidence.fileErrors.size > 0 || evidence.runErrors.length > 0;
    if ((exit.code !== 0 || !parsed) && !explained && !exit.timedOut) evidence.runErrors.push(runnerFailure('node --test', exit, runEnded));
    return evidence;
  },
};

/** The repository's runner options without those the adapter sets or that change what runs (each with its value). */
function withoutOwnOptions(args: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg.split('=')[0]!;
    if (!OWN_OPTIONS.has(name)) kept.push(arg);
    // The parser keeps only options and their values: a word after a dropped option is its value.
    else if (!arg.includes('=') && args[i + 1] !== undefined && !args[i + 1]!.startsWith('-')) i++;
  }
  return kept;
}

/**
 * A file path as a glob that matches only itself: `node --test` reads its arguments as globs, so
 * `routes/[id].test.ts` would match `routes/i.test.ts` (or nothing, silently).
 */
export function literalPattern(file: string): string {
  return file.replace(/[[\]*?{}()]/g, (c) => `[${c}]`);
}

function parseReport(report: string | undefined): NodeTestReport | undefined {
  if (!report?.trim()) return undefined;
  try {
    return JSON.parse(report) as NodeTestReport;
  } catch {
    // Cut short by a kill: the progress file tells what happened.
    return undefined;
  }
}

/** What the progress file says about each file, for a run that ended without its report (killed). */
function recordsFrom(progress: string): FileRecord[] {
  const records = new Map<string, FileRecord>();
  const recordOf = (file: string): FileRecord => {
    let record = records.get(file);
    if (!record) {
      record = { file, isolated: false, summary: false, missing: false, declared: [], tests: [], errors: [] };
      records.set(file, record);
    }
    return record;
  };
  for (const event of progressEvents(progress)) {
    if (event.event === 'test') recordOf(event.file).tests.push(event as unknown as ReportedTest);
    else if (event.event === 'end') {
      const record = recordOf(event.file);
      record.declared = [...new Set([...record.declared, ...(event.tests ?? [])])];
      record.errors = event.errors ?? [];
      record.exit = (event as { exit?: FileExit }).exit;
    } else if (event.event === 'start') {
      const record = recordOf(event.file);
      record.declared = [...new Set([...record.declared, ...event.tests])];
    }
  }
  return [...records.values()];
}

/**
 * The results and the errors outside the tests of one file. A hook that failed is an error of the
 * file (its tests did not run, and count as failed with the hook's error); a file whose process
 * failed without a failing test to blame, or ended without its summary (`process.exit()` in a test,
 * even with status 0, which node:test reports as a pass), is an error of the file.
 */
function judgeFile(record: FileRecord, summaries: boolean): { results: ReportedTest[]; errors: RunError[] } {
  const errors = [...record.errors];
  const addError = (error: RunError): void => {
    if (!errors.some((e) => e.message === error.message)) errors.push(error);
  };
  let results: ReportedTest[] = [];
  for (const t of record.tests) {
    if (t.failureType === 'hookFailed' && t.failure) addError(t.failure);
    else results.push(t);
  }
  // Tests a failed hook cancelled did not run: the declared list counts them, with the hook's error.
  if (errors.length) results = results.filter((t) => t.failureType !== 'cancelledByParent');
  if (record.missing) addError({ message: 'node --test ran no test file at this path' });
  const { exit } = record;
  if (errors.length === 0 && exit && exit.failureType !== 'subtestsFailed') addError(exitError(exit, record.summary));
  if (errors.length === 0 && summaries && record.isolated && !record.summary) {
    addError({
      message:
        record.tests.length || record.declared.length
          ? 'its test process ended before reporting all its tests (process.exit() in a test or a hook?)'
          : 'its test process reported no test: the file declares none, or it ended (process.exit()) before reporting one',
    });
  }
  return { results, errors };
}

function exitError(exit: FileExit, reportedAll: boolean): RunError {
  if (exit.code === null && exit.signal === null) return { message: `its test process failed: ${exit.message}` };
  return runnerFailure(
    'its test process',
    { code: exit.code, signal: exit.signal, stdout: '', stderr: exit.stderr, timedOut: false, durationMs: 0 },
    reportedAll,
  );
}

function testResult(file: string, absoluteFile: string, t: ReportedTest): TestResult {
  return {
    file,
    name: t.name,
    status: t.state,
    durationMs: t.durationMs,
    ...(t.line ? { line: t.line } : {}),
    ...(t.state === 'failed' && t.failure
      ? { failure: { ...t.failure, ...(t.failure.stack ? { line: lineIn(t.failure.stack, absoluteFile) } : {}) } }
      : {}),
    ...(t.state === 'skipped' ? { skipReason: t.skipReason ?? 'declared skipped in the test file' } : {}),
  };
}

/** The line of the test file a failure's stack points at (as a path or a file URL). */
function lineIn(stack: string, absoluteFile: string): number | undefined {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const url = pathToFileURL(absoluteFile).href;
  const match = new RegExp(`(?:${escape(absoluteFile)}|${escape(url)}):(\\d+):\\d+`).exec(stack);
  return match ? Number(match[1]) : undefined;
}

/**
 * A node:test reporter (an async generator over the run's events) that appends a progress line as
 * each test file starts, as each test ends and as each file ends, synchronously, so a killed run
 * still leaves its evidence, and yields the report (to `--test-reporter-destination`) when the run
 * ends. Full names come from the nesting of the events a file reports in declaration order; the
 * tests a file declared (enqueued) are named from their parent ids where this Node sends them.
 */
function reporterSource(progressFile: string, requested: readonly string[]): string {
  return `import { appendFileSync } from 'node:fs';
import path from 'node:path';
const out = ${JSON.stringify(progressFile)};
const requested = ${JSON.stringify(requested)};
const SEPARATOR = ${JSON.stringify(NAME_SEPARATOR)};
const cwd = process.cwd();
const write = (line) => appendFileSync(out, JSON.stringify(line) + '\\n');
const oneLine = (text) => String(text).split('\\n').map((l) => l.trim()).filter(Boolean).join(' ').slice(0, 1000);
const files = new Map();
// Most events name a file by its absolute path, its stderr by the path relative to the run.
const fileOf = (name) => {
  const file = path.resolve(cwd, name);
  let f = files.get(file);
  if (!f) {
    f = { file, isolated: false, summary: false, missing: false, declared: [], tests: [], errors: [], stderr: '', started: false, ended: false, written: 0, stack: [], ids: new Map(), names: new Set() };
    files.set(file, f);
  }
  return f;
};
const start = (f) => {
  if (f.started) return;
  f.started = true;
  write({ event: 'start', file: f.file, tests: [] });
};
const declare = (f, name) => {
  if (f.names.has(name)) return;
  f.names.add(name);
  f.declared.push(name);
};
const addError = (f, error) => {
  if (!f.errors.some((e) => e.message === error.message)) f.errors.push(error);
};
// node:test runs each file in a process of its own and reports it as a test named after the file.
const isFileLevel = (d) => d.nesting === 0 && d.entryFile === undefined && (d.name === path.relative(cwd, d.file) || d.name === d.file);
// What a test threw is the cause of node's ERR_TEST_FAILURE; a hook's failure names the hook.
const errorOf = (error) => {
  const cause = error?.cause ?? error;
  const isObject = typeof cause === 'object' && cause !== null;
  const named = isObject && typeof cause.name === 'string' && cause.name !== 'Error' ? cause.name + ': ' : '';
  const text = named + oneLine(isObject ? (cause.message ?? cause) : cause);
  const message = error?.failureType === 'hookFailed' && error.message ? error.message + ': ' + text : text;
  return { message, ...(isObject && typeof cause.stack === 'string' ? { stack: cause.stack } : {}) };
};
const lineage = (f, d) => {
  const names = [d.name];
  for (let nesting = d.nesting, parent = d.parentId; nesting > 0; nesting--) {
    const p = f.ids.get(parent);
    if (!p || p.nesting !== nesting - 1) return undefined;
    names.unshift(p.name);
    parent = p.parentId;
  }
  return names;
};
const skipReason = (d) => {
  const reason = d.todo ?? d.skip;
  const kind = d.todo !== undefined && d.todo !== false ? 'todo' : 'skipped';
  return typeof reason === 'string' && reason ? 'declared ' + kind + ' in the test file: ' + reason : 'declared ' + kind + ' in the test file';
};
const reported = (f, d, failed) => {
  const names = [...f.stack.slice(0, d.nesting), d.name];
  const error = d.details?.error;
  if (d.details?.type === 'suite') {
    // A suite fails on its own through a hook or a body that threw; otherwise through its tests.
    if (failed && error && error.failureType !== 'subtestsFailed' && error.failureType !== 'cancelledByParent') addError(f, errorOf(error));
    return;
  }
  const name = names.join(SEPARATOR);
  declare(f, name);
  const skipped = (d.skip !== undefined && d.skip !== false) || (d.todo !== undefined && d.todo !== false);
  const state = skipped ? 'skipped' : failed ? 'failed' : 'passed';
  const test = { event: 'test', file: f.file, name, state, durationMs: Math.round(d.details?.duration_ms ?? 0) };
  if (d.line) test.line = d.line;
  if (state === 'failed') {
    test.failureType = error?.failureType;
    test.failure = errorOf(error);
  }
  if (state === 'skipped') test.skipReason = skipReason(d);
  f.tests.push(test);
  write(test);
};
const ended = (f, details) => {
  const error = details?.error;
  if (details?.passed === false && error) {
    f.exit = { failureType: error.failureType, code: error.exitCode ?? null, signal: error.signal ?? null, message: oneLine(error.message) };
  }
  f.ended = true;
  write({ event: 'end', file: f.file, tests: f.declared, errors: f.errors, ...(f.exit ? { exit: { ...f.exit, stderr: f.stderr } } : {}) });
};
export default async function* itwNodeTestReporter(source) {
  let summaries = false;
  let success;
  const runErrors = [];
  for await (const { type, data: d } of source) {
    if (type === 'test:summary') {
      if (d.file) fileOf(d.file).summary = true;
      else {
        summaries = true;
        success = d.success;
      }
      continue;
    }
    if (type === 'test:diagnostic') {
      if (d.file && /asynchronous activity after the test ended/.test(d.message)) addError(fileOf(d.file), { message: oneLine(d.message) });
      else if (!d.file && d.level === 'error') runErrors.push({ message: oneLine(d.message) });
      continue;
    }
    if (type === 'test:stderr') {
      if (d.file) {
        const f = fileOf(d.file);
        f.stderr = (f.stderr + d.message).slice(-16384);
      }
      continue;
    }
    if (!d?.file || typeof d.nesting !== 'number') continue;
    const f = fileOf(d.file);
    if (typeof d.name === 'string' && isFileLevel(d)) {
      f.isolated = true;
      if (type === 'test:dequeue') start(f);
      else if (type === 'test:complete') ended(f, d.details);
      continue;
    }
    // Without process isolation, a file starts with its first event.
    start(f);
    // The tests declared so far, once a burst of them ends, so a run killed later still names them.
    if (type !== 'test:enqueue' && f.declared.length > f.written) {
      f.written = f.declared.length;
      write({ event: 'start', file: f.file, tests: f.declared });
    }
    if (type === 'test:enqueue') {
      if (d.testId !== undefined) f.ids.set(d.testId, { name: d.name, parentId: d.parentId, nesting: d.nesting });
      const names = d.type === 'test' ? lineage(f, d) : undefined;
      if (names) declare(f, names.join(SEPARATOR));
    } else if (type === 'test:start') {
      f.stack.length = d.nesting;
      f.stack.push(d.name);
    } else if (type === 'test:pass' || type === 'test:fail') reported(f, d, type === 'test:fail');
  }
  for (const file of requested) if (!files.has(file)) fileOf(file).missing = true;
  for (const f of files.values()) if (f.started && !f.ended) ended(f, undefined);
  const report = {
    summaries,
    runErrors,
        // A file's stderr and diagnostics may come after its end: the report has them all.
    files: [...files.values()].map(({ file, isolated, summary, missing, declared, tests, errors, exit, stderr }) => ({
      file, isolated, summary, missing, declared, tests, errors, ...(exit ? { exit: { ...exit, stderr } } : {}),
    })),
  };
  yield JSON.stringify(report);
  write({ event: 'run-end', reason: success === undefined ? 'ended' : success ? 'passed' : 'failed', unhandled: runErrors });
}
`;
}

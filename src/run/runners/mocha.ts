import fs from 'node:fs';
import path from 'node:path';
import type { RunStatus } from '../../model.js';
import { packageBin } from './bin.js';
import { progressEvents } from '../progress-file.js';
import { runnerFailure } from './runner-failure.js';
import { readTestScript } from './test-script.js';
import { NAME_SEPARATOR, type RunError, type RunEvidence, type RunnerAdapter, type TestResult } from './types.js';

/**
 * Keys of the repository's Mocha config that would run, filter, retry or stop other than the files
 * asked for, with their aliases: the positional `_` and `spec` (Mocha adds files given on the command
 * line to them, `--spec` included), `ignore` (it applies to named files too), grep, bail, retries, watch.
 */
const OMITTED_CONFIG_KEYS = [
  '_',
  'spec',
  'ignore',
  'exclude',
  'grep',
  'g',
  'fgrep',
  'f',
  'invert',
  'i',
  'bail',
  'b',
  'retries',
  'watch',
  'w',
  'watch-files',
  'watch-ignore',
  'reporter',
  'R',
  'reporter-option',
  'reporter-options',
  'O',
];

/** What the reporter writes when the run ends; `command` writes `requested` first, so a run that never reported still names its files. */
interface MochaReport {
  /** Absolute paths of the files asked for, in order. */
  requested: string[];
  /** Absolute path → full names of the tests the file declared. */
  declared?: Record<string, string[]>;
  tests?: {
    file: string;
    name: string;
    state: 'passed' | 'failed' | 'pending';
    durationMs: number;
    error?: RunError;
    /** Why a pending test did not run: declared so (`it.skip`, `xit`, no body, an `xdescribe`), or `this.skip()` at run time. */
    skip?: 'declared' | 'runtime';
  }[];
}

/**
 * The repository's own Mocha, run by this Node with the Node options, variables and Mocha options of
 * its `test` script and its config (`.mocharc.*`, package.json `mocha`), on exactly the files asked
 * for. Mocha cannot shuffle test order, so every run uses the declared order (`seed` goes unused).
 */
export const mochaRunner: RunnerAdapter = {
  name: 'mocha',
  shuffles: false,
  command({ cwd, files, reportFile, progressFile }) {
    const entry = packageBin(cwd, 'mocha');
    const loader = mochaConfigLoader(entry);
    const found = readTestScript(cwd);
    const script = found.runner === 'mocha' ? found : { env: {}, nodeArgs: [], runnerArgs: [] };
    const { sources, runnerArgs } = configSources(script.runnerArgs);
    const scratch = path.dirname(progressFile);
    const config = path.join(scratch, 'itw-mocharc.cjs');
    fs.writeFileSync(config, configModule(loader, sources.config, script.env));
    const pkg = path.join(scratch, 'itw-mocha-package.json');
    fs.writeFileSync(pkg, JSON.stringify({ mocha: sources.package === false ? {} : (packageMochaKey(cwd, sources.package) ?? {}) }));
    const reporter = path.join(scratch, 'itw-mocha-reporter.cjs');
    const requested = files.map((f) => path.resolve(cwd, f));
    fs.writeFileSync(reporter, progressReporter(progressFile, reportFile, requested));
    fs.writeFileSync(reportFile, JSON.stringify({ requested } satisfies MochaReport));
    return {
      command: process.execPath,
      args: [
        ...script.nodeArgs,
        entry,
        ...runnerArgs,
        `--config=${config}`,
        `--package=${pkg}`,
        `--reporter=${reporter}`,
        // One process runs the files in the given order (the reporter sees every suite), each test once (no
        // retries), and no failure stops the rest (no bail).
        '--no-parallel',
        '--no-bail',
        '--retries=0',
        '--no-color',
        ...files,
      ],
    };
  },
  read({ report, progress, root, process: exit }) {
    const rel = (file: string): string => path.relative(root, file).split(path.sep).join('/');
    const json = report === undefined ? undefined : parseReport(report);
    // Files Mocha loads besides these (its `file` option) are setup, not results.
    const asked = new Set((json?.requested ?? []).map(rel));
    const wanted = (file: string): boolean => asked.size === 0 || asked.has(file);
    const evidence: RunEvidence = { results: [], fileErrors: new Map(), runErrors: [], declared: new Map() };
    const addFileError = (file: string, error: RunError): void => {
      if (!wanted(file)) return;
      const list = evidence.fileErrors.get(file) ?? [];
      if (!list.some((e) => e.message === error.message)) list.push(error);
      evidence.fileErrors.set(file, list);
    };
    const declare = (file: string, names: string[]): void => {
      if (wanted(file) && !evidence.declared.has(file)) evidence.declared.set(file, names);
    };
    let runEnded = false;
    let reporterRan = false;
    const progressStates = new Map<string, { file: string; name: string; state: string }>();
    for (const event of progressEvents(progress)) {
      reporterRan = true;
      if (event.event === 'start') declare(rel(event.file), event.tests);
      else if (event.event === 'test') progressStates.set(`${event.file}\0${event.name}`, event);
      else if (event.event === 'end') for (const error of event.errors ?? []) addFileError(rel(event.file), error);
      else if (event.event === 'run-end') {
        runEnded = true;
        for (const { file, ...error } of event.unhandled) {
          if (file) addFileError(rel(file), error);
          else evidence.runErrors.push(error);
        }
      }
    }
    // Files that never started (the run stopped first) declared their tests too.
    for (const [file, names] of Object.entries(json?.declared ?? {})) declare(rel(file), names);
    // Without the final report (the run was killed), the progress lines still say how each test ended.
    const tests =
      json?.tests ??
      [...progressStates.values()].map((t) => {
        const state = t.state === 'passed' || t.state === 'failed' ? t.state : 'pending';
        return {
          ...t,
          state,
          durationMs: 0,
          ...(state === 'failed' ? { error: { message: 'failed (mocha was ended before it reported why)' } } : {}),
        };
      });
    for (const t of tests) if (wanted(rel(t.file))) evidence.results.push(testResult(rel(t.file), t));
    if (!reporterRan && exit.code !== 0 && !exit.timedOut) {
      // Mocha loads every file before its reporter starts, and stops at the first that does not load.
      const failed = loadFailure(`${exit.stderr}\n${exit.stdout}`, json?.requested ?? []);
      if (failed) {
        addFileError(rel(failed.file), failed.error);
        evidence.runErrors.push({ message: `mocha ran no test: ${rel(failed.file)} did not load (${failed.error.message})` });
      }
    }
    // The exit status is the verdict: a non-zero exit (or an exit before the run ended) that no test or
    // file error explains is an error of the whole run.
    const explained = evidence.results.some((r) => r.status === 'failed') || evidence.fileErrors.size > 0 || evidence.runErrors.length > 0;
    if ((exit.code !== 0 || !runEnded) && !explained && !exit.timedOut) {
      evidence.runErrors.push(runnerFailure('mocha', exit, runEnded));
    }
    return evidence;
  },
};

function parseReport(text: string): MochaReport | undefined {
  try {
    return JSON.parse(text) as MochaReport;
  } catch {
    return undefined;
  }
}

const SKIP_REASONS = {
  declared: 'declared skipped in the test file',
  runtime: 'skipped at run time (this.skip() in the test or a hook)',
};

function testResult(file: string, t: NonNullable<MochaReport['tests']>[number]): TestResult {
  const status: RunStatus = t.state === 'passed' ? 'passed' : t.state === 'failed' ? 'failed' : 'skipped';
  const stack = t.error?.stack;
  return {
    file,
    name: t.name,
    status,
    durationMs: Math.round(t.durationMs),
    failure:
      status === 'failed'
        ? { message: t.error?.message ?? 'failed', stack, line: stack ? lineIn(stack, t.file, file) : undefined }
        : undefined,
    ...(status === 'skipped' ? { skipReason: SKIP_REASONS[t.skip ?? 'declared'] } : {}),
  };
}

/** The line of the test file a failure's stack points at (Mocha shortens stack paths to the working directory's). */
function lineIn(stack: string, absoluteFile: string, relativeFile: string): number | undefined {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:${escape(absoluteFile)}|(?<=[\\s(])${escape(relativeFile)}):(\\d+):\\d+`).exec(stack);
  return match ? Number(match[1]) : undefined;
}

/**
 * The file that stopped Mocha while it loaded the test files, and its error: Mocha prints
 * `Exception during run: <error>`, whose stack or require stack names the file. When one file
 * requires another of the requested files, the outermost (the last named) is the one Mocha loaded.
 */
function loadFailure(output: string, requested: readonly string[]): { file: string; error: RunError } | undefined {
  const marker = output.indexOf('Exception during run:');
  const text = (marker === -1 ? output : output.slice(marker + 'Exception during run:'.length)).trim();
  const named = requested
    .map((file) => ({ file, at: Math.max(text.lastIndexOf(file), text.lastIndexOf(`file://${file}`)) }))
    .filter((f) => f.at !== -1)
    .sort((a, b) => b.at - a.at)[0];
  if (!named) return undefined;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  // A syntax error prints `<file>:<line>`, the offending source and a caret before the error itself.
  const where = /^(?:file:\/\/)?(\/.*|[A-Za-z]:\\.*):(\d+)$/.exec(lines[0] ?? '');
  const errorLine = where ? lines.find((l) => /^[A-Z]\w*(?:Error|Exception)\b.*:/.test(l)) : lines[0];
  const message = errorLine ? (where ? `${errorLine} (line ${where[2]})` : errorLine) : `${path.basename(named.file)} did not load`;
  return { file: named.file, error: { message, stack: text.slice(0, 8_000) } };
}

/** `--config`/`--package` (and their `--no-` forms) of the test script: they name the sources the generated config reads. */
function configSources(args: readonly string[]): {
  sources: { config?: string | false; package?: string | false };
  runnerArgs: string[];
} {
  const sources: { config?: string | false; package?: string | false } = {};
  const runnerArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const match = /^--(no-)?(config|package)(?:=(.*))?$/.exec(word);
    if (!match) {
      runnerArgs.push(word);
      continue;
    }
    const key = match[2] as 'config' | 'package';
    if (match[1]) sources[key] = false;
    else sources[key] = match[3] ?? args[++i];
  }
  return { sources, runnerArgs };
}

/** Mocha's own config finder and loader (`lib/cli/config.js`, Mocha 6 and later), beside its bin. */
function mochaConfigLoader(entry: string): string {
  const loader = path.join(path.dirname(path.dirname(entry)), 'lib', 'cli', 'config.js');
  if (!fs.existsSync(loader))
    throw new Error(`itw runs Mocha 6 or later (config files); ${path.dirname(path.dirname(entry))} has an older Mocha.`);
  return loader;
}

/**
 * A Mocha config that is the repository's, read by its Mocha's own loader at run time (so a
 * `.mocharc.js` runs in Mocha's process, as it would), without the keys that choose, filter, retry or
 * stop tests. It also sets the variables of the test script: the adapter's command carries no environment,
 * and Mocha loads its config before any `--require` and test file.
 */
function configModule(loader: string, source: string | false | undefined, env: Record<string, string>): string {
  return `'use strict';
const { findConfig, loadConfig } = require(${JSON.stringify(loader)});
Object.assign(process.env, ${JSON.stringify(env)});
const source = ${JSON.stringify(source ?? null)};
const file = source === false ? undefined : source === null ? findConfig(process.cwd()) : source;
const config = file ? { ...loadConfig(file) } : {};
for (const key of ${JSON.stringify(OMITTED_CONFIG_KEYS)}) delete config[key];
module.exports = config;
`;
}

/** The `mocha` key of the package.json Mocha reads (the nearest one up from the repository, or the one `--package` names), without the omitted keys. */
function packageMochaKey(cwd: string, explicit: string | undefined): Record<string, unknown> | undefined {
  let manifest: string | undefined = explicit && path.resolve(cwd, explicit);
  for (let dir = path.resolve(cwd); !manifest; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) manifest = path.join(dir, 'package.json');
    else if (path.dirname(dir) === dir) return undefined;
  }
  let key: unknown;
  try {
    key = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { mocha?: unknown }).mocha;
  } catch {
    return undefined;
  }
  if (!key || typeof key !== 'object') return undefined;
  const own = { ...(key as Record<string, unknown>) };
  for (const omitted of OMITTED_CONFIG_KEYS) delete own[omitted];
  return own;
}

/**
 * A Mocha reporter that appends a line as each test file starts (with the tests it declared), as each
 * test ends, as each file ends (with the errors raised outside its tests: hooks, uncaught errors) and
 * as the run ends, synchronously, so a killed run still leaves its evidence; at the end it writes the
 * report with every test's result. Mocha runs the files one after another in the order given; a
 * file ends when the last of its top-level suites and tests has.
 */
function progressReporter(progressFile: string, reportFile: string, requested: readonly string[]): string {
  return `'use strict';
const { appendFileSync, writeFileSync } = require('node:fs');
const progressFile = ${JSON.stringify(progressFile)};
const reportFile = ${JSON.stringify(reportFile)};
const requested = ${JSON.stringify(requested)};
const write = (line) => appendFileSync(progressFile, JSON.stringify(line) + '\\n');
// The full name of a test: its suites' titles and its own (the root suite's empty title is not in the path).
const nameOf = (runnable) => runnable.titlePath().join(${JSON.stringify(NAME_SEPARATOR)});
const errorOf = (error, prefix = '') => {
  const e = error && typeof error === 'object' ? error : { message: String(error) };
  const message = prefix + (e.uncaught ? 'Uncaught ' : '') + String(e.name || 'Error') + ': ' + String(e.message ?? '');
  return { message, ...(e.stack ? { stack: String(e.stack) } : {}) };
};
/** The requested test file an error's stack passes through first. */
const stackFile = (error) => {
  const stack = String(error?.stack ?? '');
  const hits = requested.map((file) => ({ file, at: stack.indexOf(file) })).filter((h) => h.at !== -1);
  return hits.sort((a, b) => a.at - b.at)[0]?.file;
};
const fileOf = (runnable) => {
  for (let r = runnable; r; r = r.parent) if (r.file) return r.file;
  return undefined;
};
module.exports = class ItwMochaProgress {
  constructor(runner) {
    const declared = new Map();
    const declaredSkips = new Set();
    const units = new Map();
    const begun = new Set();
    const finished = new Set();
    const fileErrors = new Map();
    const unhandled = [];
    const results = new Map();
    const reported = new Set();
    let ended = false;
    const begin = (file) => {
      if (!file || begun.has(file)) return;
      begun.add(file);
      write({ event: 'start', file, tests: declared.get(file) ?? [] });
    };
    const finish = (file) => {
      if (finished.has(file)) return;
      finished.add(file);
      write({ event: 'end', file, tests: declared.get(file) ?? [], errors: fileErrors.get(file) ?? [] });
    };
    const unitDone = (file) => {
      const left = (units.get(file) ?? 1) - 1;
      units.set(file, left);
      if (left <= 0 && begun.has(file)) finish(file);
    };
    const outside = (file, error) => {
      if (ended) write({ event: 'run-end', reason: 'failed', unhandled: [{ ...error, ...(file ? { file } : {}) }] });
      else if (!file) unhandled.push(error);
      else if (finished.has(file)) unhandled.push({ ...error, file });
      else fileErrors.set(file, [...(fileErrors.get(file) ?? []), error]);
    };
    const record = (test, state, error) => {
      const earlier = results.get(test);
      // The first failure is the cause; a later one (done() called again after an uncaught error) is its echo.
      if (earlier?.state === 'failed') return;
      results.set(test, {
        file: test.file,
        name: nameOf(test),
        state,
        durationMs: test.duration ?? 0,
        ...(error ? { error: errorOf(error) } : {}),
        ...(state === 'pending' ? { skip: declaredSkips.has(test) ? 'declared' : 'runtime' } : {}),
      });
    };
    runner.once('start', () => {
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (!test.file) continue;
          declared.set(test.file, [...(declared.get(test.file) ?? []), nameOf(test)]);
          if (test.isPending()) declaredSkips.add(test);
        }
        for (const child of suite.suites) visit(child);
      };
      visit(runner.suite);
      for (const unit of [...runner.suite.tests, ...runner.suite.suites]) if (unit.file) units.set(unit.file, (units.get(unit.file) ?? 0) + 1);
    });
    runner.on('suite', (suite) => {
      if (suite.parent && suite.parent.root) begin(suite.file);
    });
    runner.on('suite end', (suite) => {
      if (suite.parent && suite.parent.root) unitDone(suite.file);
    });
    runner.on('test', (test) => begin(test.file));
    runner.on('pending', (test) => {
      begin(test.file);
      record(test, 'pending');
    });
    runner.on('pass', (test) => record(test, 'passed'));
    runner.on('fail', (runnable, error) => {
      if (runnable.type === 'test') {
        begin(runnable.file);
        record(runnable, 'failed', error);
        // A test that passed and then threw (an uncaught error after it ended) gets no second end.
        if (reported.has(runnable)) write({ event: 'test', file: runnable.file, name: nameOf(runnable), state: 'failed' });
        return;
      }
      // A hook, or a phony runnable for an uncaught error between tests.
      const where = typeof runnable.titlePath === 'function' ? nameOf(runnable) : String(runnable.title ?? '');
      outside(fileOf(runnable) ?? stackFile(error), errorOf(error, where ? where + ': ' : ''));
    });
    runner.on('test end', (test) => {
      reported.add(test);
      write({ event: 'test', file: test.file, name: nameOf(test), state: results.get(test)?.state ?? 'pending' });
      if (test.parent && test.parent.root) unitDone(test.file);
    });
    // Mocha hands a rejection nobody handled back to the process's other listeners and otherwise ignores
    // it; it is an error outside the tests of the file it came from (its stack, else the running test's).
    const rejections = new Set();
    process.on('unhandledRejection', (reason) => {
      if (rejections.has(reason)) return;
      rejections.add(reason);
      if (String(reason?.code ?? '').startsWith('ERR_MOCHA_')) return;
      outside(stackFile(reason) ?? fileOf(runner.currentRunnable), errorOf(reason, 'Unhandled rejection: '));
    });
    runner.once('end', () => {
      for (const file of begun) finish(file);
      writeFileSync(reportFile, JSON.stringify({ requested, declared: Object.fromEntries(declared), tests: [...results.values()] }));
      write({ event: 'run-end', reason: runner.failures > 0 ? 'failed' : 'passed', unhandled });
      ended = true;
    });
  }
};
`;
}

import fs from 'node:fs';
import path from 'node:path';
import type { RunStatus } from '../../model.js';
import { runProcess, type ProcessResult } from '../process.js';
import { progressEvents } from '../progress-file.js';
import { packageBin } from './bin.js';
import { runnerFailure } from './runner-failure.js';
import { readTestScript, type TestInvocation } from './test-script.js';
import { NAME_SEPARATOR, testName, type RunError, type RunEvidence, type RunnerAdapter, type TestResult } from './types.js';

interface JestAssertion {
  ancestorTitles: string[];
  title: string;
  status: string;
  duration?: number | null;
  failureMessages?: string[];
  location?: { line: number; column: number } | null;
}

interface JestJson {
  testResults?: { name: string; status?: string; message?: string; assertionResults?: JestAssertion[] }[];
}

/**
 * The repository's own Jest, run by this Node with the Node options, variables and kept options
 * (`--config`) of its `test` script, on the given files only, with a JSON report, test locations, a
 * shuffled order from the seed and a reporter writing the progress file.
 */
export const jestRunner: RunnerAdapter = {
  name: 'jest',
  command({ cwd, files, seed, reportFile, progressFile }) {
    const entry = packageBin(cwd, 'jest');
    const own = ownInvocation(cwd);
    const dir = path.dirname(progressFile);
    const reporter = path.join(dir, 'itw-jest-reporter.cjs');
    fs.writeFileSync(reporter, progressReporter(progressFile));
    return {
      command: process.execPath,
      args: [
        // Jest's workers are forked with this process's Node options, so `--experimental-vm-modules`
        // (ESM tests) and loaders reach the processes that run the tests.
        ...(own?.nodeArgs ?? []),
        entry,
        ...(own?.runnerArgs ?? []),
        '--ci',
        '--no-watchman',
        '--no-color',
        '--json',
        `--outputFile=${reportFile}`,
        '--testLocationInResults',
        '--randomize',
        `--seed=${seed}`,
        '--passWithNoTests=false',
        `--reporters=${reporter}`,
        '--runTestsByPath',
        ...files,
      ],
      ...(own && Object.keys(own.env).length > 0 ? { env: own.env } : {}),
    };
  },
  async selects(cwd, files) {
    const own = ownInvocation(cwd);
    // `--listTests` with `--runTestsByPath` prints the given paths that pass the config's patterns, roots and ignores; none need exist.
    const args = [
      ...(own?.nodeArgs ?? []),
      packageBin(cwd, 'jest'),
      ...(own?.runnerArgs ?? []),
      '--ci',
      '--json',
      '--listTests',
      '--runTestsByPath',
      ...files,
    ];
    const env: Record<string, string> = { ...own?.env };
    for (const name of ['PATH', 'HOME', 'TMPDIR']) if (process.env[name]) env[name] = process.env[name]!;
    const result = await runProcess(process.execPath, args, { cwd, env, timeoutMs: LIST_TIMEOUT_MS });
    const listed = result.code === 0 ? parseList(result.stdout) : undefined;
    if (!listed)
      throw new Error(
        `jest --listTests failed (${result.timedOut ? 'timed out' : `exit ${result.code}`}): ${result.stderr.trim().split('\n')[0] ?? ''}`,
      );
    return listed.map((file) => path.relative(cwd, file).split(path.sep).join('/'));
  },
  read({ report, progress, root, process: exit }) {
    const rel = (file: string): string => path.relative(root, file).split(path.sep).join('/');
    const evidence: RunEvidence = { results: [], fileErrors: new Map(), runErrors: [], declared: new Map() };
    const addFileError = (file: string, error: RunError): void => {
      const list = evidence.fileErrors.get(file) ?? [];
      if (!list.some((e) => e.message === error.message)) list.push(error);
      evidence.fileErrors.set(file, list);
    };
    let runEnded = false;
    /** Files that started and did not end. */
    const open = new Set<string>();
    for (const event of progressEvents(progress)) {
      if (event.event === 'start') {
        evidence.declared.set(rel(event.file), event.tests);
        open.add(rel(event.file));
      } else if (event.event === 'end') {
        open.delete(rel(event.file));
        for (const error of event.errors ?? []) addFileError(rel(event.file), error);
      } else if (event.event === 'run-end') {
        runEnded = true;
        for (const { file, ...error } of event.unhandled) {
          if (file) addFileError(rel(file), error);
          else evidence.runErrors.push(error);
        }
      }
    }
    if (report !== undefined) {
      const json = JSON.parse(report) as JestJson;
      for (const file of json.testResults ?? []) {
        const relFile = rel(file.name);
        const assertions = file.assertionResults ?? [];
        // The reporter names a file's own errors; this covers a file that failed with no test and no word from it.
        if (file.status === 'failed' && assertions.length === 0 && !evidence.fileErrors.has(relFile) && file.message?.trim()) {
          addFileError(relFile, { message: suiteMessage(file.message), stack: file.message });
        }
        for (const t of assertions) evidence.results.push(assertionResult(relFile, file.name, t));
      }
    } else {
      // Jest writes its report at the very end: a run that died keeps the tests its files reported as they went.
      for (const event of progressEvents(progress)) {
        if (event.event === 'test') evidence.results.push(progressResult(rel(event.file), event.name, event.state));
      }
    }
    const how = exit.signal ? `was ended by ${exit.signal}` : `exited ${exit.code ?? 'without a code'}`;
    if (!runEnded && !exit.timedOut && (exit.code !== 0 || exit.signal)) {
      // The process died inside a file (a `process.exit`, a crash): that file is the cause.
      const failure = runnerFailure('jest', exit, false);
      const said = jestHeading(exit) ?? failure.message.replace(/^[^:]*: /, '');
      for (const file of open) addFileError(file, { message: `jest ${how} while this file ran: ${said}`, stack: failure.stack });
    }
    if (exit.timedOut && runEnded) {
      // Jest waits for whatever its tests left open (a server, a pool, a timer) when it runs them in its own process.
      evidence.runErrors.push({
        message: 'jest did not exit after its tests ended: something a test opened (a server, a database pool, a timer) kept it running',
        stack: `${exit.stderr}\n${exit.stdout}`.trim().slice(-8_000) || undefined,
      });
    }
    // The runner's exit status is the verdict: a non-zero exit that no test or file error explains
    // (a config that threw, a global setup that failed, no test found) is an error of the whole run.
    const explained = evidence.results.some((r) => r.status === 'failed') || evidence.fileErrors.size > 0 || evidence.runErrors.length > 0;
    if ((exit.code !== 0 || report === undefined) && !explained && !exit.timedOut) {
      evidence.runErrors.push(runnerFailure('jest', exit, runEnded));
    }
    return evidence;
  },
};

const LIST_TIMEOUT_MS = 60_000;

/** How the repository's `test` script runs Jest, when it does. */
function ownInvocation(cwd: string): TestInvocation | undefined {
  const script = readTestScript(cwd);
  return script.runner === 'jest' ? script : undefined;
}

/** The JSON array `--listTests --json` prints (after anything a config printed). */
function parseList(stdout: string): string[] | undefined {
  const start = stdout.lastIndexOf('\n[', stdout.length) + 1;
  try {
    const list: unknown = JSON.parse(stdout.slice(start).trim());
    return Array.isArray(list) && list.every((f) => typeof f === 'string') ? list : undefined;
  } catch {
    return undefined;
  }
}

/** The heading Jest prints over an error it reports itself (`●  process.exit called with "3"`). */
function jestHeading(exit: ProcessResult): string | undefined {
  return /^\s*●\s+(\S.*)$/m.exec(`${exit.stderr}\n${exit.stdout}`)?.[1]?.trim();
}

function statusOf(jestStatus: string): RunStatus {
  return jestStatus === 'passed' ? 'passed' : jestStatus === 'failed' ? 'failed' : 'skipped';
}

function skipReason(jestStatus: string): string {
  return `declared ${jestStatus === 'todo' ? 'todo' : 'skipped'} in the test file`;
}

function progressResult(file: string, name: string, state: string): TestResult {
  const status = statusOf(state);
  return { file, name, status, durationMs: 0, ...(status === 'skipped' ? { skipReason: skipReason(state) } : {}) };
}

function assertionResult(relFile: string, absoluteFile: string, t: JestAssertion): TestResult {
  const status = statusOf(t.status);
  const failureText = t.failureMessages?.find((m) => m.trim());
  return {
    file: relFile,
    name: testName([...t.ancestorTitles, t.title]),
    status,
    durationMs: Math.round(t.duration ?? 0),
    line: t.location?.line,
    failure:
      status === 'failed'
        ? {
            message: failureText ? assertionMessage(failureText) : 'failed',
            stack: failureText,
            line: failureText ? lineIn(failureText, absoluteFile) : undefined,
          }
        : undefined,
    ...(status === 'skipped' ? { skipReason: skipReason(t.status) } : {}),
  };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.trim();
}

/**
 * An assertion's first line with the values Jest prints below it (`Expected: 201`, `Received: 400`),
 * which its first line alone (`expect(received).toBe(expected)`) leaves out.
 */
function assertionMessage(text: string): string {
  const head = firstLine(text);
  const values = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^(?:Expected|Received)(?: [a-z ]+)?: /.test(l));
  return values.length ? `${head} (${values.slice(0, 2).join(', ')})` : head;
}

/** The message under Jest's `● Test suite failed to run` heading. */
function suiteMessage(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('●'));
  return lines[0] ?? firstLine(text);
}

/** The line of the test file a failure's stack points at. */
function lineIn(stack: string, absoluteFile: string): number | undefined {
  const escaped = absoluteFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+):\\d+`).exec(stack);
  return match ? Number(match[1]) : undefined;
}

/**
 * A Jest reporter that appends a line as each test file starts, as each test ends, as each file ends
 * (with its tests and the error Jest raised outside them: a file that did not load, an `afterAll`
 * that threw) and as the run ends, synchronously, so a killed run still leaves its evidence. Jest
 * knows a file's tests only once it ran, so the file's tests come with its end.
 */
function progressReporter(progressFile: string): string {
  return `'use strict';
const { appendFileSync } = require('node:fs');
const out = ${JSON.stringify(progressFile)};
const nameOf = (r) => [...(r.ancestorTitles || []), r.title].join(${JSON.stringify(NAME_SEPARATOR)});
const write = (line) => appendFileSync(out, JSON.stringify(line) + '\\n');
const errorOf = (e) => {
  const stack = e && e.stack ? String(e.stack) : undefined;
  let message = e && e.message ? String(e.message) : '';
  // An afterAll error comes with its text only in the stack.
  if (!message && stack) message = stack.split('\\n    at ')[0].replace(/^Error: /, '');
  return { message: message || String(e || 'unknown error'), ...(stack ? { stack } : {}) };
};
class ItwProgress {
  constructor() { this.reported = new Map(); }
  onTestFileStart(test) { write({ event: 'start', file: test.path, tests: [] }); }
  onTestStart(test) { this.onTestFileStart(test); }
  onTestCaseResult(test, result) {
    const name = nameOf(result);
    this.reported.set(test.path, (this.reported.get(test.path) || new Set()).add(name));
    write({ event: 'test', file: test.path, name, state: result.status });
  }
  onTestFileResult(test, result) {
    const done = this.reported.get(test.path) || new Set();
    // Skipped tests (and every test, before Jest reported tests one by one) have no case result of their own.
    for (const r of result.testResults || []) if (!done.has(nameOf(r))) write({ event: 'test', file: test.path, name: nameOf(r), state: r.status });
    const tests = (result.testResults || []).map(nameOf);
    write({ event: 'start', file: test.path, tests });
    write({ event: 'end', file: test.path, tests, errors: result.testExecError ? [errorOf(result.testExecError)] : [] });
  }
  onTestResult(test, result) { this.onTestFileResult(test, result); }
  onRunComplete(contexts, results) {
    write({ event: 'run-end', reason: results.wasInterrupted ? 'interrupted' : results.success ? 'passed' : 'failed', unhandled: results.runExecError ? [errorOf(results.runExecError)] : [] });
  }
  getLastError() { return undefined; }
}
module.exports = ItwProgress;
`;
}

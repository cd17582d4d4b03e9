import fs from 'node:fs';
import path from 'node:path';
import type { RunStatus } from '../../model.js';
import { packageBin } from './bin.js';
import { progressEvents } from '../progress-file.js';
import { runnerFailure } from './runner-failure.js';
import { testName, type RunError, type RunEvidence, type RunnerAdapter, type TestResult } from './types.js';

interface VitestJson {
  testResults?: {
    name: string;
    message?: string;
    assertionResults?: {
      ancestorTitles: string[];
      title: string;
      status: string;
      duration?: number | null;
      failureMessages?: string[];
      location?: { line: number; column: number } | null;
    }[];
  }[];
}

/** The repository's own Vitest, run by this Node, with a JSON report, shuffled order and a recorded seed. */
export const vitestRunner: RunnerAdapter = {
  name: 'vitest',
  command({ cwd, files, seed, reportFile, progressFile }) {
    const entry = packageBin(cwd, 'vitest');
    const reporter = path.join(path.dirname(progressFile), 'itw-progress-reporter.mjs');
    fs.writeFileSync(reporter, progressReporter(progressFile));
    return {
      command: process.execPath,
      args: [
        entry,
        'run',
        ...files,
        '--reporter=json',
        `--reporter=${reporter}`,
        `--outputFile.json=${reportFile}`,
        '--includeTaskLocation',
        '--sequence.shuffle',
        `--sequence.seed=${seed}`,
        '--no-color',
        '--passWithNoTests=false',
      ],
    };
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
    for (const event of progressEvents(progress)) {
      if (event.event === 'start') evidence.declared.set(rel(event.file), event.tests);
      else if (event.event === 'end') for (const error of event.errors ?? []) addFileError(rel(event.file), error);
      else if (event.event === 'run-end') {
        runEnded = true;
        for (const { file, ...error } of event.unhandled) {
          if (file) addFileError(rel(file), error);
          else evidence.runErrors.push(error);
        }
      }
    }
    if (report !== undefined) {
      const json = JSON.parse(report) as VitestJson;
      for (const file of json.testResults ?? []) {
        const relFile = rel(file.name);
        // A file that failed before any test ran (a syntax or import error) carries its message here.
        if (file.message?.trim()) addFileError(relFile, { message: firstLine(file.message), stack: file.message });
        for (const t of file.assertionResults ?? []) evidence.results.push(assertionResult(relFile, file.name, t));
      }
    }
    // The runner's exit status is the verdict: a non-zero exit that no test or file error explains
    // (a config that threw, a crash) is an error of the whole run, with the runner's own words.
    const explained = evidence.results.some((r) => r.status === 'failed') || evidence.fileErrors.size > 0 || evidence.runErrors.length > 0;
    if ((exit.code !== 0 || report === undefined) && !explained && !exit.timedOut) {
      evidence.runErrors.push(runnerFailure('vitest', exit, runEnded));
    }
    return evidence;
  },
};

function assertionResult(
  relFile: string,
  absoluteFile: string,
  t: NonNullable<NonNullable<VitestJson['testResults']>[number]['assertionResults']>[number],
): TestResult {
  const status: RunStatus = t.status === 'passed' ? 'passed' : t.status === 'failed' ? 'failed' : 'skipped';
  const failureText = t.failureMessages?.[0];
  return {
    file: relFile,
    name: testName([...t.ancestorTitles, t.title]),
    status,
    durationMs: Math.round(t.duration ?? 0),
    line: t.location?.line,
    failure: failureText ? { message: firstLine(failureText), stack: failureText, line: lineIn(failureText, absoluteFile) } : undefined,
    ...(status === 'skipped' ? { skipReason: `declared ${t.status === 'todo' ? 'todo' : 'skipped'} in the test file` } : {}),
  };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

/** The line of the test file a failure's stack points at. */
function lineIn(stack: string, absoluteFile: string): number | undefined {
  const escaped = absoluteFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+):\\d+`).exec(stack);
  return match ? Number(match[1]) : undefined;
}

/**
 * A Vitest reporter that appends a line as each test file starts (with the tests it holds), as each
 * test ends, as each file ends (with the errors raised outside its tests: hooks, loading) and as the
 * run ends (with unhandled errors and the file each came from), synchronously, so a killed run still
 * leaves its evidence. A worker stuck in a synchronous loop sends no per-test events; the file is
 * then named by its start without an end.
 */
function progressReporter(progressFile: string): string {
  return `import { appendFileSync } from 'node:fs';
const out = ${JSON.stringify(progressFile)};
const nameOf = (test) => {
  const parts = [test.name];
  for (let p = test.parent; p && p.type === 'suite'; p = p.parent) parts.unshift(p.name);
  return parts.join(' \\u203a ');
};
const errorOf = (e) => ({ message: String(e?.message ?? e ?? 'unknown error'), ...(e?.stack ? { stack: String(e.stack) } : {}) });
const write = (line) => appendFileSync(out, JSON.stringify(line) + '\\n');
const outsideTests = (module) => {
  const errors = [...(module.errors?.() ?? [])];
  const visit = (task) => {
    for (const e of task?.result?.errors ?? []) errors.push(e);
    for (const child of task?.tasks ?? []) if (child.type === 'suite') visit(child);
  };
  visit(module.task);
  const seen = new Set();
  return errors.map(errorOf).filter((e) => !seen.has(e.message) && seen.add(e.message));
};
export default class ItwProgress {
  onTestModuleCollected(module) { write({ event: 'start', file: module.moduleId, tests: [...module.children.allTests()].map(nameOf) }); }
  onTestCaseResult(test) { write({ event: 'test', file: test.module.moduleId, name: nameOf(test), state: test.result().state }); }
  onTestModuleEnd(module) { write({ event: 'end', file: module.moduleId, tests: [...module.children.allTests()].map(nameOf), errors: outsideTests(module) }); }
  onTestRunEnd(modules, unhandled, reason) {
    write({ event: 'run-end', reason, unhandled: unhandled.map((e) => ({ ...errorOf(e), ...(e?.VITEST_TEST_PATH ? { file: e.VITEST_TEST_PATH } : {}) })) });
  }
}
`;
}

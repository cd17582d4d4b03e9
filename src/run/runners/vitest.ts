import fs from 'node:fs';
import path from 'node:path';
import type { RunStatus } from '../../model.js';
import { packageBin } from './bin.js';
import type { RunnerAdapter, TestResult } from './types.js';

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
  parse(report, root) {
    const json = JSON.parse(report) as VitestJson;
    const results: TestResult[] = [];
    for (const file of json.testResults ?? []) {
      const rel = path.relative(root, file.name).split(path.sep).join('/');
      const tests = file.assertionResults ?? [];
      if (tests.length === 0 && file.message) {
        // The file failed before any test ran (a syntax or import error).
        results.push({
          file: rel,
          name: '(file)',
          status: 'failed',
          durationMs: 0,
          failure: { message: firstLine(file.message), stack: file.message },
        });
      }
      for (const t of tests) {
        const status: RunStatus = t.status === 'passed' ? 'passed' : t.status === 'failed' ? 'failed' : 'skipped';
        const failureText = t.failureMessages?.[0];
        results.push({
          file: rel,
          name: [...t.ancestorTitles, t.title].join(' › '),
          status,
          durationMs: Math.round(t.duration ?? 0),
          line: t.location?.line,
          failure: failureText ? { message: firstLine(failureText), stack: failureText, line: lineIn(failureText, file.name) } : undefined,
        });
      }
    }
    return results;
  },
};

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
 * A Vitest reporter that appends a line as each test file starts (with the tests it holds) and ends,
 * synchronously, so the file a killed run was stuck in can be named afterwards. Per-test events
 * cannot serve: a worker stuck in a loop never gets to send them.
 */
function progressReporter(progressFile: string): string {
  return `import { appendFileSync } from 'node:fs';
const out = ${JSON.stringify(progressFile)};
const nameOf = (test) => {
  const parts = [test.name];
  for (let p = test.parent; p && p.type === 'suite'; p = p.parent) parts.unshift(p.name);
  return parts.join(' \u203a ');
};
const write = (line) => appendFileSync(out, JSON.stringify(line) + '\\n');
export default class ItwProgress {
  onTestModuleCollected(module) { write({ event: 'start', file: module.moduleId, tests: [...module.children.allTests()].map(nameOf) }); }
  onTestModuleEnd(module) { write({ event: 'end', file: module.moduleId, tests: [] }); }
}
`;
}

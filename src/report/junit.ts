/**
 * JUnit XML in the dialect its consumers read: Maven Surefire's element order and its convention for
 * flaky tests (a passing testcase with one <flakyFailure> per failed run), plus the `file`/`line`
 * testcase attributes that mikepenz/action-junit-report and Jenkins use to place annotations.
 *
 * It holds the tests that are in the tree after the run: the repository's own and the generated tests
 * kept, each suite saying which in its `itw.origin` property. Generated tests that were written and
 * dropped are left out. dorny/test-reporter and mikepenz/action-junit-report count every <testcase>
 * into the check's totals, and their users read those totals as the repository's test suite: a
 * <failure> would show a red test the repository does not have (on a step that succeeded), and a
 * <skipped> would claim a test that exists and did not run, when it ran N times and was deleted (and
 * mikepenz annotates skipped cases at their `file`, which may be gone). The job summary and the JSON
 * report list each dropped test with its reason; a kept file's suite counts its dropped ones in
 * `itw.droppedGeneratedTests`.
 */
import junitModule from 'junit-report-builder';
import type { Builder, TestCase } from 'junit-report-builder';
import type { Report, TestOutcome } from '../model.js';
import { errorType, meanMs, outcomeLine, stripAnsi, testGroups } from './facts.js';

// The package is CommonJS whose `module.exports` is the builder; its typings call that a default export.
const junitRoot = junitModule as unknown as Builder | { default: Builder };
const junit: Builder = 'newBuilder' in junitRoot ? junitRoot : junitRoot.default;

type XmlElement = ReturnType<TestCase['build']>;

/** Seconds with at most three decimals: Surefire's time pattern rejects more (and exponents). */
function seconds(ms: number): number {
  return Math.round(ms) / 1000;
}

/** Adds to what the builder emits for one testcase, after it has built its own elements. */
function extend(testCase: TestCase, addTo: (element: XmlElement) => void): void {
  const build = testCase.build.bind(testCase);
  testCase.build = (parent) => {
    const element = build(parent);
    addTo(element);
    return element;
  };
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((node): node is XmlElement => (node as XmlElement).name === name);
}

/** Index of the run whose error was recorded: the one with the failure's seed, else the first failed run. */
function recordedRun(outcome: TestOutcome, seeds: number[]): number {
  const seed = outcome.failure?.seed;
  const bySeed = seed === undefined ? -1 : seeds.findIndex((s, i) => s === seed && outcome.runs[i] === 'failed');
  return bySeed >= 0 ? bySeed : outcome.runs.indexOf('failed');
}

function addFlakyFailures(element: XmlElement, outcome: TestOutcome, seeds: number[]): void {
  const failure = outcome.failure;
  const recorded = failure ? recordedRun(outcome, seeds) : -1;
  const missing = failure ? "only the first failing run's error was recorded" : 'no error was recorded';
  outcome.runs.forEach((status, run) => {
    if (status !== 'failed') return;
    const seed = seeds[run] === undefined ? '' : ` (seed ${seeds[run]})`;
    if (run === recorded && failure) {
      element
        .ele('flakyFailure', { message: stripAnsi(failure.message), type: errorType(failure) })
        .ele('stackTrace', {}, stripAnsi(failure.stack ?? failure.message));
    } else {
      // The outcome keeps the first error only; say so rather than repeat it as this run's.
      const message = `Run ${run + 1} of ${outcome.runs.length} failed${seed}; ${missing}`;
      element.ele('flakyFailure', { message, type: 'Error' }).ele('stackTrace', {}, '');
    }
  });
}

export function junitXml(report: Report): string {
  const builder = junit.newBuilder().name('itw');
  const seeds = report.run?.seeds ?? [];
  const groups = testGroups(report);
  const droppedFrom = new Map<string, number>();
  for (const d of groups.dropped) droppedFrom.set(d.file, (droppedFrom.get(d.file) ?? 0) + 1);
  const byFile = new Map<string, TestOutcome[]>();
  for (const outcome of [...groups.repository, ...groups.kept]) {
    const list = byFile.get(outcome.file) ?? [];
    list.push(outcome);
    byFile.set(outcome.file, list);
  }

  for (const file of [...byFile.keys()].sort()) {
    const outcomes = byFile.get(file) ?? [];
    const suite = builder.testSuite().name(file);
    suite.property('itw.origin', outcomes[0]!.origin);
    if (report.run) {
      suite.property('itw.flakeRuns', String(report.run.runs)).property('itw.seeds', report.run.seeds.join(','));
    }
    const dropped = droppedFrom.get(file);
    if (dropped) suite.property('itw.droppedGeneratedTests', String(dropped));
    let suiteMs = 0;
    for (const outcome of outcomes) {
      const ms = Math.round(meanMs(outcome.durationsMs));
      suiteMs += ms;
      const testCase = suite.testCase().className(file).name(outcome.name).time(seconds(ms)).file(file);
      const line = outcomeLine(report, outcome);
      const failure = outcome.failure;

      if (outcome.classification === 'failed') {
        const message = failure ? stripAnsi(failure.message) : `Failed in all ${outcome.runs.length} runs`;
        testCase.failure(message, failure ? errorType(failure) : 'Error');
      } else if (outcome.classification === 'skipped') {
        testCase.skipped();
      }

      extend(testCase, (element) => {
        if (line !== undefined) element.att('line', String(line));
        if (outcome.classification === 'failed' && failure?.stack) {
          // Text, not the builder's CDATA: xmlbuilder splits only the first `]]>` of a CDATA section.
          child(element, 'failure')?.txt(stripAnsi(failure.stack));
        }
        if (outcome.classification === 'skipped' && outcome.skipReason) {
          child(element, 'skipped')?.att('message', outcome.skipReason);
        }
        if (outcome.classification === 'flaky') addFlakyFailures(element, outcome, seeds);
      });
    }
    suite.time(seconds(suiteMs));
  }
  return builder.build();
}

/**
 * Annotations for the workflow log and the PR diff, ranked by what a person must look at first:
 * failing tests, then flaky ones, then integration points without a test (changed files first), then
 * the generated tests that were written and dropped. A dropped test is a notice, never an error: it is
 * not a test of the repository, and it points at no line, since its file or its place in the file is gone.
 */
import type { Report, TestOutcome } from '../model.js';
import { compareLocation, errorText, gapEntries, linesHold, runCounts, testGroups, testLine, type DroppedWithOutcome } from './facts.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  /** Where it points; absent for an annotation about the run rather than a line (a dropped generated test). */
  file?: string;
  line?: number;
}

/** What workflow commands show per step; the rest is dropped silently by GitHub. */
export const ANNOTATION_LIMITS: Record<AnnotationLevel, number> = { error: 10, warning: 10, notice: 10 };

const STACK_LINES = 15;

function where(report: Report, outcome: TestOutcome): { file?: string; line?: number } {
  if (!linesHold(report, outcome)) return {};
  const failure = outcome.failure;
  if (failure?.line !== undefined) return { file: failure.file ?? outcome.file, line: failure.line };
  return { file: outcome.file, line: outcome.line ?? testLine(report, outcome.file, outcome.name) ?? 1 };
}

function testAnnotation(report: Report, outcome: TestOutcome): Annotation {
  const { passed, failed, total } = runCounts(outcome);
  const failure = outcome.failure;
  const flaky = outcome.classification === 'flaky';
  const verdict = flaky ? `Passed ${passed} of ${total} runs` : `Failed ${failed} of ${total} runs`;
  const seed = failure?.seed === undefined ? '' : `; the first failure replays with seed ${failure.seed}`;
  const lines = [`${verdict}${seed}.`];
  if (failure) {
    const detail = errorText(failure).split(/\r?\n/);
    lines.push('', ...detail.slice(0, STACK_LINES));
    if (detail.length > STACK_LINES) lines.push(`… ${detail.length - STACK_LINES} more lines`);
  }
  return {
    level: flaky ? 'warning' : 'error',
    title: `${flaky ? 'Flaky test' : 'Failing test'}: ${outcome.name}`,
    message: lines.join('\n'),
    ...where(report, outcome),
  };
}

function droppedAnnotation(dropped: DroppedWithOutcome): Annotation {
  const gone = dropped.fileRemoved
    ? `Its file ${dropped.file} was removed: no test of it was kept.`
    : `It was removed from ${dropped.file}; the file keeps the tests that passed every run.`;
  return {
    level: 'notice',
    title: `Generated test dropped: ${dropped.scenario}`,
    message: `itw wrote this test and did not keep it: ${dropped.reason}\n${gone}`,
  };
}

export function rankAnnotations(report: Report, changedFiles: Set<string> = new Set()): Annotation[] {
  const groups = testGroups(report);
  const tests = (classification: 'failed' | 'flaky') =>
    [...groups.repository, ...groups.kept]
      .filter((o) => o.classification === classification)
      .map((o) => testAnnotation(report, o))
      .sort((a, b) => compareLocation({ file: a.file ?? '', line: a.line }, { file: b.file ?? '', line: b.line }));

  const gaps = gapEntries(report);
  const changedFirst = [
    ...gaps.filter((g) => changedFiles.has(g.point.location.file)),
    ...gaps.filter((g) => !changedFiles.has(g.point.location.file)),
  ];
  const notices = changedFirst.map(({ point, reason }): Annotation => ({
    level: 'notice',
    title: `No integration test: ${point.key}`,
    message: `No test covers this ${point.kind} integration point (${point.library}): ${reason.replace(/\.$/, '')}.`,
    file: point.location.file,
    line: point.location.line,
  }));
  // However an error names its place, a file this run removed is never pointed at.
  const removed = new Set(groups.dropped.filter((d) => d.fileRemoved).map((d) => d.file));
  return [...tests('failed'), ...tests('flaky'), ...notices, ...groups.dropped.map(droppedAnnotation)].map((a) =>
    a.file !== undefined && removed.has(a.file) ? { level: a.level, title: a.title, message: a.message } : a,
  );
}

/** Keeps the first 10 of each level, in rank order, and counts what GitHub would not have shown. */
export function limitAnnotations(
  list: Annotation[],
  limits: Record<AnnotationLevel, number> = ANNOTATION_LIMITS,
): { shown: Annotation[]; omitted: number; omittedByLevel: Record<AnnotationLevel, number> } {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omittedByLevel: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const annotation of list) {
    if (used[annotation.level] < limits[annotation.level]) {
      used[annotation.level]++;
      shown.push(annotation);
    } else {
      omittedByLevel[annotation.level]++;
    }
  }
  return { shown, omitted: omittedByLevel.error + omittedByLevel.warning + omittedByLevel.notice, omittedByLevel };
}

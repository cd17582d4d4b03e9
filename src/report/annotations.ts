/**
 * Annotations for the workflow log and the PR diff, ranked by what a person must look at first:
 * failing tests, then flaky ones, then integration points without a test (changed files first).
 */
import type { Report, TestOutcome } from '../model.js';
import { compareLocation, errorText, runCounts, testLine, uncoveredPoints } from './facts.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file: string;
  line: number;
}

/** What workflow commands show per step; the rest is dropped silently by GitHub. */
export const ANNOTATION_LIMITS: Record<AnnotationLevel, number> = { error: 10, warning: 10, notice: 10 };

const STACK_LINES = 15;

function where(report: Report, outcome: TestOutcome): { file: string; line: number } {
  const failure = outcome.failure;
  if (failure?.line !== undefined) return { file: failure.file ?? outcome.file, line: failure.line };
  return { file: outcome.file, line: testLine(report, outcome.file, outcome.name) ?? 1 };
}

function testAnnotation(report: Report, outcome: TestOutcome, removed: Set<string>): Annotation {
  const { passed, failed, total } = runCounts(outcome);
  const failure = outcome.failure;
  const flaky = outcome.classification === 'flaky';
  const verdict = flaky ? `Passed ${passed} of ${total} runs` : `Failed ${failed} of ${total} runs`;
  const seed = failure?.seed === undefined ? '' : `; the first failure replays with seed ${failure.seed}`;
  const leftOut = removed.has(outcome.file) ? ' The generated file was removed.' : '';
  const lines = [`${verdict}${seed}.${leftOut}`];
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

export function rankAnnotations(report: Report, changedFiles: Set<string> = new Set()): Annotation[] {
  const removed = new Set((report.run?.dropped ?? []).filter((d) => d.fileRemoved).map((d) => d.file));
  const tests = (classification: 'failed' | 'flaky') =>
    report.outcomes
      .filter((o) => o.classification === classification)
      .map((o) => testAnnotation(report, o, removed))
      .sort(compareLocation);

  const gaps = uncoveredPoints(report);
  const changedFirst = [
    ...gaps.filter((p) => changedFiles.has(p.location.file)),
    ...gaps.filter((p) => !changedFiles.has(p.location.file)),
  ];
  const notices = changedFirst.map((p): Annotation => ({
    level: 'notice',
    title: `No integration test: ${p.key}`,
    message: `No test exercises this ${p.kind} integration point (${p.library}), and no generated test for it was kept.`,
    file: p.location.file,
    line: p.location.line,
  }));
  return [...tests('failed'), ...tests('flaky'), ...notices];
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

/** Facts derived from a Report that more than one published artifact states. */
import type { DroppedTest, GeneratedTest, IntegrationPoint, PointKind, Report, TestOutcome } from '../model.js';

export const KIND_LABELS: Record<PointKind, string> = {
  http: 'HTTP endpoints',
  db: 'Database tables',
  cache: 'Caches',
  queue: 'Queues',
  'external-http': 'Outbound HTTP',
  fs: 'File system',
};

/** Generated files still in the tree: every one that was not removed after the flake runs. */
export function keptGenerated(report: Report): GeneratedTest[] {
  const removed = new Set((report.run?.dropped ?? []).filter((d) => d.fileRemoved).map((d) => d.file));
  return report.generated.filter((g) => !removed.has(g.file));
}

/** A dropped generated test with its outcome across the runs, when it ran at all. */
export interface DroppedWithOutcome extends DroppedTest {
  outcome?: TestOutcome;
}

export interface TestGroups {
  /** The repository's own tests (verify, or the repository's part of a merged report). */
  repository: TestOutcome[];
  /** Generated tests that passed every run and are in the tree now. */
  kept: TestOutcome[];
  /** Generated tests written and then dropped, each with its reason; never failures of the repository. */
  dropped: DroppedWithOutcome[];
}

const key = (file: string, name: string) => `${file}\0${name}`;

/**
 * The three things every report shows apart: the repository's own tests, the generated tests kept,
 * and the generated tests written and dropped (each with its reason). A generated outcome that is
 * neither in a kept file nor recorded as dropped (the runner's whole-file failure, a run that never
 * happened) was not kept either: it is listed as dropped with the reason its outcome gives.
 */
export function testGroups(report: Report): TestGroups {
  const recorded = report.run?.dropped ?? [];
  const droppedKeys = new Set(recorded.map((d) => key(d.file, d.scenario)));
  const keptFiles = new Set(keptGenerated(report).map((g) => g.file));
  const outcomeOf = new Map(report.outcomes.map((o) => [key(o.file, o.name), o]));
  const generated = report.outcomes.filter((o) => o.origin === 'generated');
  const kept = generated.filter((o) => keptFiles.has(o.file) && !droppedKeys.has(key(o.file, o.name)));
  const keptKeys = new Set(kept.map((o) => key(o.file, o.name)));
  const unrecorded = generated
    .filter((o) => !keptKeys.has(key(o.file, o.name)) && !droppedKeys.has(key(o.file, o.name)))
    .map((o): DroppedWithOutcome => ({ file: o.file, scenario: o.name, reason: outcomeReason(o), fileRemoved: true, outcome: o }));
  return {
    repository: report.outcomes.filter((o) => o.origin === 'repository'),
    kept,
    dropped: [
      ...recorded.map((d) => {
        const outcome = outcomeOf.get(key(d.file, d.scenario));
        return outcome ? { ...d, outcome } : { ...d };
      }),
      ...unrecorded,
    ],
  };
}

function outcomeReason(outcome: TestOutcome): string {
  const detail = outcome.failure?.message ?? outcome.skipReason;
  return detail ? `${outcome.classification}: ${firstLine(detail)}` : outcome.classification;
}

export type DroppedVerdict = 'failed' | 'flaky' | 'not run' | 'not kept';

/**
 * How a dropped test fared, from its outcome: it failed every run, was flaky, did not run (skipped, or no
 * outcome at all), or passed and was still not kept (its reason says why: a file that did not compile, say).
 */
export function droppedVerdict(dropped: DroppedWithOutcome): DroppedVerdict {
  const c = dropped.outcome?.classification;
  if (c === 'failed' || c === 'flaky') return c;
  return c === 'passed' ? 'not kept' : 'not run';
}

/** How many dropped tests had each verdict. */
export function droppedTally(dropped: readonly DroppedWithOutcome[]): Record<DroppedVerdict, number> {
  const tally = { failed: 0, flaky: 0, 'not run': 0, 'not kept': 0 };
  for (const d of dropped) tally[droppedVerdict(d)]++;
  return tally;
}

/** Passed, flaky, failed and skipped among some outcomes. */
export function classificationCounts(outcomes: readonly TestOutcome[]): Record<TestOutcome['classification'], number> {
  const counts = { passed: 0, flaky: 0, failed: 0, skipped: 0 };
  for (const o of outcomes) counts[o.classification]++;
  return counts;
}

/** Distinct integration points of the report that the kept generated tests cover ("service boundaries"). */
export function boundariesCovered(report: Report): number {
  const known = new Set(report.points.map((p) => p.id));
  return new Set(keptGenerated(report).flatMap((g) => g.points.filter((id) => known.has(id)))).size;
}

/** A point without a kept or existing test, and why (from `report.gaps`). */
export interface GapEntry {
  point: IntegrationPoint;
  reason: string;
}

/** The report's gaps with their points, in file/line order. */
export function gapEntries(report: Report): GapEntry[] {
  const byId = new Map(report.points.map((p) => [p.id, p]));
  const entries: GapEntry[] = [];
  for (const gap of report.gaps) {
    const point = byId.get(gap.pointId);
    if (point) entries.push({ point, reason: gap.reason });
  }
  return entries.sort((a, b) => byLocation(a.point, b.point));
}

export function byLocation(a: IntegrationPoint, b: IntegrationPoint): number {
  return compareLocation(a.location, b.location) || a.key.localeCompare(b.key);
}

export function compareLocation(a: { file: string; line?: number }, b: { file: string; line?: number }): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** Mean wall time of one full run, when runs happened. */
export function meanRunMs(report: Report): number | undefined {
  const durations = report.run?.durationsMs ?? [];
  if (durations.length === 0) return undefined;
  return durations.reduce((sum, d) => sum + d, 0) / durations.length;
}

/**
 * The failure rate that N clean runs rule out at 95 % confidence: a test failing a share p of runs
 * passes all N with probability (1 − p)^N, which is below 5 % once p > 1 − 0.05^(1/N).
 */
export function flakeBound(runs: number): number {
  return 1 - 0.05 ** (1 / runs);
}

/** The bound as a percentage, rounded up so that the claim never overstates what the runs prove. */
export function flakeBoundPercent(runs: number): string {
  const value = flakeBound(runs) * 100;
  const rounded = value >= 10 ? Math.ceil(value - 1e-9) : Math.ceil(value * 10 - 1e-9) / 10;
  return `${rounded}%`;
}

/** A 0–100 share as shown to people: `89%`, `88.5%`. */
export function percent(value: number): string {
  return `${Math.round(value * 10) / 10}%`;
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** "under 4 minutes": the smallest whole unit count that is strictly more than the duration. */
export function underDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000) + 1;
  if (seconds < 60) return `under ${plural(seconds, 'second')}`;
  const minutes = Math.floor(ms / 60_000) + 1;
  if (minutes < 60) return `under ${plural(minutes, 'minute')}`;
  return `under ${plural(Math.floor(ms / 3_600_000) + 1, 'hour')}`;
}

export function runCounts(outcome: TestOutcome): { passed: number; failed: number; total: number } {
  return {
    passed: outcome.runs.filter((r) => r === 'passed').length,
    failed: outcome.runs.filter((r) => r === 'failed').length,
    total: outcome.runs.length,
  };
}

export function meanMs(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Where a test is declared, when the coverage map saw it. */
export function testLine(report: Report, file: string, name: string): number | undefined {
  for (const c of report.coverage) {
    const found = c.tests.find((t) => t.file === file && t.name === name);
    if (found) return found.line;
  }
  return undefined;
}

/**
 * Whether the lines the runs recorded for an outcome still describe its file: always for the repository's
 * tests; for a generated test only when its file is still in the tree and was not rewritten without
 * dropped scenarios (a rewrite moves every line after the first one removed).
 */
export function linesHold(report: Report, outcome: TestOutcome): boolean {
  if (outcome.origin === 'repository') return true;
  if (!keptGenerated(report).some((g) => g.file === outcome.file)) return false;
  return !(report.run?.dropped ?? []).some((d) => d.file === outcome.file);
}

/**
 * The line to point at for an outcome: the failing line when it is in the test file, else the
 * declaration; none when the file is gone or was rewritten since the runs.
 */
export function outcomeLine(report: Report, outcome: TestOutcome): number | undefined {
  if (!linesHold(report, outcome)) return undefined;
  const failure = outcome.failure;
  if (failure?.line !== undefined && (failure.file === undefined || failure.file === outcome.file)) return failure.line;
  return outcome.line ?? testLine(report, outcome.file, outcome.name);
}

// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Runner output often carries terminal colours; they are noise in every published artifact. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** The error's class name from `AssertionError: …` or the stack's first line; `Error` otherwise. */
export function errorType(failure: { message: string; stack?: string }): string {
  for (const text of [failure.stack, failure.message]) {
    const match = text && /^\s*([A-Za-z_$][\w$.]*(?:Error|Exception))\b/.exec(stripAnsi(text));
    if (match?.[1]) return match[1];
  }
  return 'Error';
}

export function firstLine(text: string): string {
  return stripAnsi(text).trim().split(/\r?\n/, 1)[0] ?? '';
}

/** The message and the stack, without repeating the message when the stack already starts with it. */
export function errorText(failure: { message: string; stack?: string }): string {
  const message = stripAnsi(failure.message).trimEnd();
  if (!failure.stack) return message;
  const stack = stripAnsi(failure.stack).trimEnd();
  return stack.includes(message) ? stack : `${message}\n${stack}`;
}

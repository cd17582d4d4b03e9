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

/**
 * The three things every report shows apart: the repository's own tests, the generated tests kept,
 * and the generated tests written and dropped (each with its reason).
 */
export function testGroups(report: Report): { repository: TestOutcome[]; kept: TestOutcome[]; dropped: DroppedWithOutcome[] } {
  const dropped = report.run?.dropped ?? [];
  const droppedKeys = new Set(dropped.map((d) => `${d.file}\0${d.scenario}`));
  const outcomeOf = new Map(report.outcomes.map((o) => [`${o.file}\0${o.name}`, o]));
  return {
    repository: report.outcomes.filter((o) => o.origin === 'repository'),
    kept: report.outcomes.filter((o) => o.origin === 'generated' && !droppedKeys.has(`${o.file}\0${o.name}`)),
    dropped: dropped.map((d) => {
      const outcome = outcomeOf.get(`${d.file}\0${d.scenario}`);
      return outcome ? { ...d, outcome } : { ...d };
    }),
  };
}

/** Distinct integration points that the kept generated tests cover ("service boundaries"). */
export function boundariesCovered(report: Report): number {
  return new Set(keptGenerated(report).flatMap((g) => g.points)).size;
}

/** Points that neither an existing test nor a kept generated test covers, in file/line order. */
export function uncoveredPoints(report: Report): IntegrationPoint[] {
  const covered = new Set(report.coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  for (const g of keptGenerated(report)) for (const id of g.points) covered.add(id);
  return report.points.filter((p) => !covered.has(p.id)).sort(byLocation);
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

/** The line to point at for an outcome: the failing line when it is in the test file, else the declaration. */
export function outcomeLine(report: Report, outcome: TestOutcome): number | undefined {
  const failure = outcome.failure;
  if (failure?.line !== undefined && (failure.file === undefined || failure.file === outcome.file)) return failure.line;
  return testLine(report, outcome.file, outcome.name);
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

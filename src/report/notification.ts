/**
 * The delivery notification: a few sentences that say what the run delivered. Every number comes from
 * the Report, and each clause is chosen so that it stays true (no tests, one test, flaky, failed, audit).
 */
import type { PointKind, Report } from '../model.js';
import { boundariesCovered, meanRunMs, percent, plural, uncoveredPoints, underDuration } from './facts.js';

const KIND_NOUNS: Record<PointKind, [string, string]> = {
  http: ['HTTP endpoint', 'HTTP endpoints'],
  db: ['database table', 'database tables'],
  cache: ['cache', 'caches'],
  queue: ['queue', 'queues'],
  'external-http': ['outbound HTTP target', 'outbound HTTP targets'],
  fs: ['file system access', 'file system accesses'],
};

export interface NotificationOptions {
  /** The tests were committed where the repository's CI runs them (the action sets this; the CLI does not). */
  ci?: boolean;
}

const was = (n: number) => (n === 1 ? 'was' : 'were');

/** "a, b and c" */
function list(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}${parts.length > 2 ? ',' : ''} and ${parts.at(-1)}`;
}

function runs(n: number): string {
  return n === 1 ? '1 run' : `${n} consecutive runs`;
}

/** Flaky, failed, skipped and hung tests across the flake runs: one sentence each, when there are any. */
function stability(report: Report): string[] {
  const run = report.run;
  if (!run) return ['The tests were not run, so their stability is unknown.'];
  const { flaky, failed, skipped } = report.counts;
  const removed = new Set(run.dropped.filter((d) => d.fileRemoved).map((d) => d.file));
  const leftOut = (classification: 'flaky' | 'failed') =>
    report.outcomes.filter((o) => o.classification === classification && removed.has(o.file)).length;
  const outcomeOf = (n: number, removedCount: number, phrase: string, leftOutPhrase: string) => {
    if (removedCount === 0) return `${phrase}.`;
    if (removedCount >= n) return `${phrase} ${leftOutPhrase}.`;
    return `${phrase}; ${removedCount} of them ${was(removedCount)} left out.`;
  };

  const sentences: string[] = [];
  if (flaky === 0) sentences.push(`No flaky tests detected across ${runs(run.runs)}.`);
  else {
    const found = `${plural(flaky, 'flaky test')} ${was(flaky)} found in ${plural(run.runs, 'run')}`;
    sentences.push(outcomeOf(flaky, leftOut('flaky'), found, 'and left out'));
  }
  if (failed > 0) {
    const every = `${plural(failed, 'test')} ${run.runs === 1 ? 'failed its only run' : 'failed in every run'}`;
    sentences.push(outcomeOf(failed, leftOut('failed'), every, `and ${was(failed)} left out`));
  }
  if (skipped > 0) sentences.push(`${plural(skipped, 'test')} ${was(skipped)} skipped.`);
  if (run.hung.length > 0)
    sentences.push(`${plural(run.hung.length, 'test')} hung and ${was(run.hung.length)} stopped at the run timeout.`);
  return sentences;
}

function coverageClause(report: Report): string {
  const c = report.counts;
  if (c.endpoints > 0) return ` with ${percent(c.endpointCoverage)} endpoint coverage`;
  if (c.points > 0) return ` with ${percent(c.coverage)} integration-point coverage`;
  return '';
}

function generateSentences(report: Report, opts: NotificationOptions): string[] {
  const c = report.counts;
  const written = c.testsWritten;
  if (written === 0) {
    const ran = report.run && report.outcomes.length > 0 ? stability(report) : [];
    if (c.points === 0) return ['Integration tests completed. No integration points were found, so no tests were written.'];
    const gaps = uncoveredPoints(report).length;
    if (gaps === 0) {
      return [
        `Integration tests completed. No new tests were needed: all ${plural(c.points, 'integration point')} already have tests.`,
        ...ran,
      ];
    }
    return [
      `Integration tests completed. No tests were written; ${plural(gaps, 'integration point')} ${gaps === 1 ? 'remains' : 'remain'} without a test (${percent(c.coverage)} of points have one).`,
      ...ran,
    ];
  }

  const boundaries = boundariesCovered(report);
  const sentences = [
    'Integration tests completed.',
    `Wrote ${plural(written, 'test')} covering ${plural(boundaries, 'service boundary', 'service boundaries')}${coverageClause(report)}.`,
  ];
  const one = written === 1;
  const scenarios = c.errorScenarios === 0 ? 'no error scenarios' : plural(c.errorScenarios, 'error scenario');
  const traits = [`${one ? 'includes' : 'include'} ${scenarios}`];
  const mean = meanRunMs(report);
  if (mean !== undefined) traits.push(`${one ? 'runs' : 'run'} in ${underDuration(mean)}`);
  if (opts.ci) traits.push(`${one ? 'is' : 'are'} integrated into CI`);
  sentences.push(`${one ? 'The test' : 'Tests'} ${list(traits)}.`);
  return [...sentences, ...stability(report)];
}

function auditSentences(report: Report): string[] {
  const c = report.counts;
  if (c.points === 0) return ['Integration test audit completed. No integration points were found.'];
  const sentences = [
    `Integration test audit completed. Found ${plural(c.points, 'integration point')}, ${c.covered} of them covered by tests (${percent(c.coverage)}).`,
  ];
  if (c.endpoints > 0) {
    sentences.push(
      `${c.endpointsCovered} of ${plural(c.endpoints, 'HTTP endpoint')} ${c.endpointsCovered === 1 ? 'is' : 'are'} covered (${percent(c.endpointCoverage)}).`,
    );
  }
  const gaps = c.byKind
    .filter((k) => k.points > k.covered)
    .map((k) => {
      const n = k.points - k.covered;
      const [one, many] = KIND_NOUNS[k.kind];
      return `${n} ${n === 1 ? one : many}`;
    });
  const uncovered = c.points - c.covered;
  if (uncovered === 0) sentences.push('Every integration point has a test.');
  else sentences.push(`${plural(uncovered, 'point')} ${uncovered === 1 ? 'has' : 'have'} no test: ${list(gaps)}.`);
  return sentences;
}

function verifySentences(report: Report): string[] {
  const c = report.counts;
  const total = report.outcomes.length;
  if (!report.run) return ['Integration test verification completed, but no tests were run.'];
  if (total === 0) return [`Integration test verification completed. No tests were found to run.`];
  const results = [`${c.passed} passed every run`];
  if (c.flaky > 0) results.push(`${c.flaky} ${was(c.flaky)} flaky`);
  if (c.failed > 0) results.push(`${c.failed} failed every run`);
  if (c.skipped > 0) results.push(`${c.skipped} ${was(c.skipped)} skipped`);
  const sentences = [
    `Integration test verification completed. Ran ${plural(total, 'test')} ${report.run.runs === 1 ? 'once' : `${report.run.runs} times each`}: ${list(results)}.`,
  ];
  const mean = meanRunMs(report);
  if (mean !== undefined) sentences.push(`One run takes ${underDuration(mean)}.`);
  if (c.flaky === 0) sentences.push(`No flaky tests detected across ${runs(report.run.runs)}.`);
  if (report.run.hung.length > 0) {
    const n = report.run.hung.length;
    sentences.push(`${plural(n, 'test')} hung and ${was(n)} stopped at the run timeout.`);
  }
  return sentences;
}

export function deliveryNotification(report: Report, opts: NotificationOptions = {}): string {
  const mode =
    report.mode === 'merge' ? (report.generated.length > 0 ? 'generate' : report.outcomes.length > 0 ? 'verify' : 'audit') : report.mode;
  const sentences =
    mode === 'audit' ? auditSentences(report) : mode === 'verify' ? verifySentences(report) : generateSentences(report, opts);
  return sentences.join(' ');
}

/**
 * What the CLI prints after a run: coverage by kind, each point without a test and why, then the
 * repository's tests, the generated tests kept and the generated tests dropped, each group on its own.
 */
import type { Report, TestOutcome } from '../model.js';
import { classificationCounts, droppedVerdict, firstLine, gapEntries, keptGenerated, testGroups } from './facts.js';

const LIST_LIMIT = 30;

function limited<T>(items: readonly T[], render: (item: T) => string, limit = LIST_LIMIT): string[] {
  const lines = items.slice(0, limit).map(render);
  if (items.length > limit) lines.push(`  … and ${items.length - limit} more (see the report)`);
  return lines;
}

function testLine(outcome: TestOutcome): string {
  const message = outcome.failure ? firstLine(outcome.failure.message) : (outcome.skipReason ?? '');
  return `  ${outcome.classification.padEnd(7)} ${outcome.name} (${outcome.file})${message ? `\n          ${message}` : ''}`;
}

export function terminalSummary(report: Report): string {
  const groups = testGroups(report);
  const rows = report.counts.byKind.map(
    (k) => `  ${k.kind.padEnd(14)} ${String(k.covered).padStart(4)} / ${String(k.points).padEnd(4)} covered`,
  );
  const lines = [
    '',
    'Integration points',
    ...rows,
    `  ${'total'.padEnd(14)} ${String(report.counts.covered).padStart(4)} / ${String(report.counts.points).padEnd(4)} covered (${report.counts.coverage}%)`,
  ];
  const gaps = gapEntries(report);
  if (gaps.length)
    lines.push(
      '',
      'Not covered',
      ...limited(gaps, ({ point, reason }) => `  ${point.key.padEnd(40)} ${point.location.file}:${point.location.line}\n      ${reason}`),
    );
  const drift = report.repository?.openapi.drift;
  if (drift && drift.specOnly.length + drift.codeOnly.length > 0) {
    lines.push('', `OpenAPI drift (${report.repository!.openapi.documents.join(', ')})`);
    lines.push(...drift.specOnly.map((k) => `  spec only   ${k}`), ...drift.codeOnly.map((k) => `  code only   ${k}`));
  }
  if (groups.repository.length) {
    const c = classificationCounts(groups.repository);
    const notPassed = groups.repository.filter((o) => o.classification !== 'passed');
    lines.push(
      '',
      `Repository tests: ${c.passed} passed, ${c.flaky} flaky, ${c.failed} failed, ${c.skipped} skipped`,
      ...limited(notPassed, testLine),
    );
  }
  const kept = keptGenerated(report);
  if (kept.length) {
    const tests = kept.reduce((n, g) => n + g.scenarios.length, 0);
    lines.push('', `Generated tests kept (${tests}, passed every run)`, ...kept.map((g) => `  ${g.file} (${g.scenarios.length} tests)`));
    // Kept tests passed every run; one that did not would be listed, not hidden.
    lines.push(...groups.kept.filter((o) => o.classification !== 'passed').map(testLine));
  }
  if (groups.dropped.length)
    lines.push(
      '',
      `Generated tests dropped (${groups.dropped.length}), each with its reason`,
      ...limited(
        groups.dropped,
        (d) =>
          `  ${droppedVerdict(d).padEnd(8)} ${d.scenario}\n           ${d.file} (${d.fileRemoved ? 'file removed' : 'removed from the file'}): ${firstLine(d.reason)}`,
      ),
    );
  const broken = report.run?.broken ?? [];
  if (broken.length)
    lines.push(
      '',
      'Runs that proved nothing (no test passed, every file failed outside its tests)',
      ...broken.map(
        (b) => `  run ${b.run}${b.seed === undefined ? '' : ` (seed ${b.seed})`}${b.file ? ` in ${b.file}` : ''}: ${firstLine(b.cause)}`,
      ),
    );
  if (report.diagnostics.length)
    lines.push('', 'Notes', ...report.diagnostics.slice(0, 20).map((d) => `  ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`));
  return lines.join('\n');
}

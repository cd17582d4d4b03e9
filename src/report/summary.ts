/**
 * The GitHub job summary. It stays under GitHub's 1 MiB limit for a step summary: sections are filled
 * item by item in priority order, and a section that runs out of room says what it left out.
 */
import type { IntegrationPoint, Report, TestOutcome } from '../model.js';
import {
  KIND_LABELS,
  errorText,
  firstLine,
  flakeBoundPercent,
  keptGenerated,
  meanRunMs,
  outcomeLine,
  percent,
  plural,
  runCounts,
  stripAnsi,
  uncoveredPoints,
} from './facts.js';
import { codeBlock, escapeHtml, escapeMarkdown, inlineCode } from './markdown.js';
import { deliveryNotification, type NotificationOptions } from './notification.js';

export interface SummaryOptions extends NotificationOptions {
  /** Upper bound on the summary's UTF-8 size; GitHub refuses a step summary over 1 MiB. */
  maxBytes?: number;
  /** Annotations that GitHub's per-step limits kept out of the log (from `limitAnnotations`). */
  annotationsLeftOut?: number;
}

/** An error shown in <details> keeps at most this many lines and characters. */
const ERROR_LINES = 40;
const ERROR_CHARS = 8_000;
/** Room kept for each section's "left out" note and for the closing line. */
const NOTE_ROOM = 400;

interface Section {
  heading: string;
  intro?: string;
  items: string[];
  /** What an item is, for the notes: `uncovered point`. */
  noun: string;
  /** `\n` for list items, a blank line for blocks. */
  separator: string;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function location(file: string, line?: number): string {
  return inlineCode(line === undefined ? file : `${file}:${line}`);
}

function clipError(text: string): string {
  const lines = stripAnsi(text).replace(/\s+$/, '').split(/\r?\n/);
  let kept = lines.slice(0, ERROR_LINES).join('\n');
  const notes: string[] = [];
  if (lines.length > ERROR_LINES) notes.push(`${lines.length - ERROR_LINES} more lines`);
  if (kept.length > ERROR_CHARS) {
    notes.push(`${kept.length - ERROR_CHARS} more characters`);
    kept = kept.slice(0, ERROR_CHARS);
  }
  return notes.length > 0 ? `${kept}\n… (${notes.join(', ')} left out)` : kept;
}

function kindTable(report: Report): string {
  const c = report.counts;
  const rows = c.byKind
    .filter((k) => k.points > 0)
    .map((k) => `| ${KIND_LABELS[k.kind]} | ${k.points} | ${k.covered} | ${percent((k.covered / k.points) * 100)} |`);
  return [
    '| Kind | Points | Covered | Coverage |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    `| **All** | **${c.points}** | **${c.covered}** | **${percent(c.coverage)}** |`,
  ].join('\n');
}

function runBlock(report: Report): string {
  const run = report.run;
  if (!run) return 'The tests were not run.';
  const c = report.counts;
  const seeds =
    run.seeds.length > 0
      ? `, each in a fresh process with its own shuffle seed (${run.seeds.map(String).join(', ')})`
      : ', each in a fresh process';
  const mean = meanRunMs(report);
  const lines = [
    `The tests ran ${plural(run.runs, 'time')}${seeds}. Results: ${c.passed} passed, ${c.flaky} flaky, ${c.failed} failed, ${c.skipped} skipped.` +
      (mean === undefined ? '' : ` One run took ${(mean / 1000).toFixed(1)} s on average.`),
    '',
    `${plural(run.runs, 'clean run')} ${run.runs === 1 ? 'rules' : 'rule'} out, at 95% confidence, a failure rate above ${flakeBoundPercent(run.runs)} for each test that passed all of them.`,
  ];
  return lines.join('\n');
}

function testItem(report: Report, outcome: TestOutcome, removed: Map<string, string>): string {
  const { passed, failed, total } = runCounts(outcome);
  const verdict = outcome.classification === 'failed' ? `failed ${failed} of ${total} runs` : `passed ${passed} of ${total} runs`;
  const seed = outcome.failure?.seed === undefined ? '' : `; replay the first failure with seed ${outcome.failure.seed}`;
  const rolledBack = removed.has(outcome.file)
    ? ` The generated file was removed: ${escapeMarkdown(removed.get(outcome.file) ?? '')}.`
    : '';
  const head = `**${escapeMarkdown(outcome.name)}** (${location(outcome.file, outcomeLine(report, outcome))}): ${verdict}${seed}.${rolledBack}`;
  const failure = outcome.failure;
  if (!failure) return head;
  const line = firstLine(failure.message);
  const summary = line.length > 200 ? `${line.slice(0, 200)}…` : line;
  return [
    head,
    '',
    `<details><summary>First error: ${escapeHtml(summary)}</summary>`,
    '',
    codeBlock(clipError(errorText(failure))),
    '',
    '</details>',
  ].join('\n');
}

function gapItem(point: IntegrationPoint): string {
  return `- ${inlineCode(point.key)} (${point.kind}, ${escapeMarkdown(point.library)}) at ${location(point.location.file, point.location.line)}`;
}

function sections(report: Report): Section[] {
  const removed = new Map((report.run?.dropped ?? []).filter((d) => d.fileRemoved).map((d) => [d.file, d.reason]));
  const failing = report.outcomes.filter((o) => o.classification === 'failed');
  const flaky = report.outcomes.filter((o) => o.classification === 'flaky');
  const keys = new Map(report.points.map((p) => [p.id, p.key]));
  const kept = new Set(keptGenerated(report).map((g) => g.file));
  const gaps = uncoveredPoints(report);

  const generatedItems = report.generated.map((g) => {
    const by = g.generator.model ? `${g.generator.name} (${escapeMarkdown(g.generator.model)})` : g.generator.name;
    const covers = g.points.map((id) => inlineCode(keys.get(id) ?? id)).join(', ');
    const states = { written: `written by ${by}`, unchanged: `already up to date (${by})`, kept: 'edited by a person, left as it was' };
    const state = kept.has(g.file) ? states[g.state] : `removed after the flake runs: ${escapeMarkdown(removed.get(g.file) ?? '')}`;
    const scenarios = g.scenarios.map((s) => `  - ${s.kind}: ${escapeMarkdown(s.name)}`);
    return [`- ${inlineCode(g.file)}: ${state}; covers ${covers || 'no recorded point'}`, ...scenarios].join('\n');
  });

  const openapi = report.repository?.openapi;
  const drift = [
    ...(openapi?.drift.specOnly ?? []).map((key) => `- ${inlineCode(key)}: in the spec, not served by the code`),
    ...(openapi?.drift.codeOnly ?? []).map((key) => `- ${inlineCode(key)}: served by the code, not in the spec`),
  ];

  const skipped = report.outcomes
    .filter((o) => o.classification === 'skipped')
    .map((o) => `- **${escapeMarkdown(o.name)}** (${inlineCode(o.file)})${o.skipReason ? `: ${escapeMarkdown(o.skipReason)}` : ''}`);

  return [
    {
      heading: `Failing tests (${failing.length})`,
      items: failing.map((o) => testItem(report, o, removed)),
      noun: 'failing test',
      separator: '\n\n',
    },
    {
      heading: `Flaky tests (${flaky.length})`,
      items: flaky.map((o) => testItem(report, o, removed)),
      noun: 'flaky test',
      separator: '\n\n',
    },
    {
      heading: `Hung tests (${report.run?.hung.length ?? 0})`,
      intro: 'Stopped at the run timeout and left out of the later runs.',
      items: (report.run?.hung ?? []).map((name) => `- ${escapeMarkdown(name)}`),
      noun: 'hung test',
      separator: '\n',
    },
    {
      heading: `Gaps: ${plural(gaps.length, 'integration point')} without a test`,
      items: gaps.map(gapItem),
      noun: 'uncovered point',
      separator: '\n',
    },
    {
      heading: `OpenAPI drift (${drift.length})`,
      intro: `Where ${report.repository?.openapi.documents.map(inlineCode).join(', ')} and the code disagree.`,
      items: drift,
      noun: 'drift',
      separator: '\n',
    },
    { heading: `Generated test files (${report.generated.length})`, items: generatedItems, noun: 'generated file', separator: '\n' },
    { heading: `Skipped tests (${skipped.length})`, items: skipped, noun: 'skipped test', separator: '\n' },
    {
      heading: `Diagnostics (${report.diagnostics.length})`,
      intro: 'Files that could not be read or parsed; their integration points may be missing.',
      items: report.diagnostics.map((d) => `- ${location(d.file, d.line)}: ${escapeMarkdown(d.message)}`),
      noun: 'diagnostic',
      separator: '\n',
    },
  ].filter((s) => s.items.length > 0);
}

/** Cuts at a UTF-8 boundary: the last resort when even the fixed head exceeds a tiny budget. */
function cutToBytes(text: string, max: number): string {
  const buffer = Buffer.from(text, 'utf8').subarray(0, max);
  return buffer.toString('utf8').replace(/\uFFFD$/, '');
}

export function summaryMarkdown(report: Report, opts: SummaryOptions = {}): string {
  const maxBytes = opts.maxBytes ?? 1_000_000;
  // The notification is made of numbers and fixed words only, so it needs no escaping.
  const head = [
    '## Integration test report',
    '',
    deliveryNotification(report, opts),
    '',
    '### Integration points by kind',
    '',
    kindTable(report),
    ...(report.run || report.mode !== 'audit' ? ['', '### Flake runs', '', runBlock(report)] : []),
    ...(opts.annotationsLeftOut
      ? [
          '',
          `_${plural(opts.annotationsLeftOut, 'more annotation')} ${opts.annotationsLeftOut === 1 ? 'was' : 'were'} not shown in the log (GitHub shows 10 errors, 10 warnings and 10 notices per step); the sections below list them._`,
        ]
      : []),
  ].join('\n');
  const footer = `\n\n---\n<sub>itw ${escapeHtml(report.tool.version)}, ${report.mode} mode</sub>\n`;

  let out = head;
  const leftOut: string[] = [];
  for (const section of sections(report)) {
    const top = `\n\n### ${section.heading}\n\n${section.intro ? `${section.intro}\n\n` : ''}`;
    const reserve = NOTE_ROOM * 2 + bytes(footer);
    if (bytes(out) + bytes(top) + reserve > maxBytes) {
      leftOut.push(plural(section.items.length, section.noun));
      continue;
    }
    out += top;
    let shown = 0;
    for (const item of section.items) {
      const piece = (shown === 0 ? '' : section.separator) + item;
      if (bytes(out) + bytes(piece) + reserve > maxBytes) break;
      out += piece;
      shown++;
    }
    const rest = section.items.length - shown;
    if (rest > 0) {
      out += `\n\n_${plural(rest, `more ${section.noun}`)} left out to keep this summary under GitHub's 1 MiB limit; the JSON report lists them all._`;
    }
  }
  if (leftOut.length > 0) {
    out += `\n\n_Left out to keep this summary under GitHub's 1 MiB limit: ${leftOut.join(', ')}. The JSON report lists them all._`;
  }
  out += footer;
  return bytes(out) > maxBytes ? cutToBytes(out, maxBytes) : out;
}

/**
 * Every reporter fed a Report the engine made (not a hand-built one): a `generate` run on the notes
 * service where some scenarios of a kept file fail and are dropped, and a resource whose only test
 * fails every run, so its whole file is removed.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { XmlDocument } from 'libxml2-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { runEngine } from '../../src/engine.js';
import type { Report } from '../../src/model.js';
import { rankAnnotations } from '../../src/report/annotations.js';
import { keptGenerated, testGroups } from '../../src/report/facts.js';
import { parseReport, reportJson } from '../../src/report/json.js';
import { junitXml } from '../../src/report/junit.js';
import { escapeMarkdown } from '../../src/report/markdown.js';
import { deliveryNotification } from '../../src/report/notification.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { terminalSummary } from '../../src/report/terminal.js';
import { repoRoot, scratchCopy } from '../helpers/workspace.js';
import { attrs, elements, junitSchemas } from './junit-schemas.js';

const fixture = path.join(repoRoot, '__tests__/fixtures/e2e/notes-service');
const TAGS_FILE = 'test/integration/itw/tags.itw.test.ts';
const NOTES_FILE = 'test/integration/itw/notes.itw.test.ts';

/** The body of one `### heading` section of the summary, up to the next heading or the footer rule. */
function section(markdown: string, heading: RegExp): string {
  const match = new RegExp(`\\n### ${heading.source}\\n`).exec(markdown);
  if (!match) throw new Error(`no section ${heading} in:\n${markdown}`);
  const body = markdown.slice(match.index + match[0].length);
  const end = body.search(/\n### |\n---\n/);
  return (end < 0 ? body : body.slice(0, end)).trim();
}

describe('every reporter on a real engine Report with dropped generated tests', () => {
  let dir: string;
  let report: Report;
  const schemas = junitSchemas();

  beforeAll(async () => {
    dir = await scratchCopy(fixture, 'engine-report');
    // A resource whose generated test fails every run: its whole file is removed after the runs.
    await fsp.appendFile(
      path.join(dir, 'src/app.ts'),
      "\napp.get('/api/tags', (_req, res) => {\n  res.status(503).json({ error: 'tags are down' });\n});\n",
    );
    const counter = path.join(await fsp.mkdtemp(path.join(os.tmpdir(), 'itw-counter-')), 'starts');
    report = await runEngine(parseConfig({ 'flake-runs': '3', services: 'none' }, dir), {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NOTES_COUNTER_FILE: counter },
    });
  });
  afterAll(async () => {
    schemas.dispose();
    await fsp.rm(dir, { recursive: true, force: true });
  });

  const exists = (file: string) => fs.existsSync(path.join(dir, file));

  it('is the run this test needs: scenarios dropped from a kept file, and a file removed', () => {
    const dropped = report.run!.dropped;
    expect(dropped.filter((d) => d.file === NOTES_FILE && !d.fileRemoved).length).toBeGreaterThan(0);
    const tags = dropped.filter((d) => d.file === TAGS_FILE);
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.every((d) => d.fileRemoved)).toBe(true);
    expect(exists(NOTES_FILE)).toBe(true);
    expect(exists(TAGS_FILE)).toBe(false);
    expect(report.gaps.length).toBeGreaterThan(0);
  });

  it('splits the outcomes into kept and dropped generated tests, with no repository test', () => {
    const groups = testGroups(report);
    expect(groups.repository).toEqual([]);
    const keptScenarios = keptGenerated(report).flatMap((g) => g.scenarios.map((s) => s.name));
    expect(groups.kept.map((o) => o.name).sort()).toEqual([...keptScenarios].sort());
    expect(groups.kept.every((o) => o.classification === 'passed')).toBe(true);
    expect(groups.dropped.map((d) => d.scenario)).toEqual(report.run!.dropped.map((d) => d.scenario));
    // Each dropped record found its outcome by file and name.
    expect(groups.dropped.every((d) => d.outcome?.name === d.scenario && d.outcome.file === d.file)).toBe(true);
  });

  it('summary: no dropped test among failing tests; each dropped one collapsed with its reason; each gap with its reason', () => {
    const markdown = summaryMarkdown(report);
    expect(markdown).not.toMatch(/### (Failing|Flaky) tests/);
    const dropped = section(markdown, /Generated tests dropped \(\d+\)/);
    expect(dropped).toMatch(/<details><summary>\d+ generated tests? dropped: [^<]*; 1 file removed<\/summary>/);
    expect(dropped.endsWith('</details>')).toBe(true);
    for (const d of report.run!.dropped) {
      const line = dropped.split('\n').find((l) => l.includes(escapeMarkdown(d.scenario)));
      expect(line, d.scenario).toContain(d.fileRemoved ? '(file removed)' : '(removed from the file, which keeps the rest)');
      expect(line).toContain(escapeMarkdown(d.reason.split('\n')[0]!.slice(0, 300)));
    }
    const gaps = section(markdown, /Gaps: \d+ integration points? without a test/);
    for (const gap of report.gaps) {
      const point = report.points.find((p) => p.id === gap.pointId)!;
      expect(gaps).toContain(`\`${point.key}\``);
      expect(gaps).toContain(escapeMarkdown(gap.reason));
    }
    const kept = section(markdown, /Generated tests kept \(\d+ in 1 file\)/);
    expect(kept).toContain(NOTES_FILE);
    expect(kept).not.toContain(TAGS_FILE);
  });

  it('JUnit: valid, holding only the kept tests, no <failure>, nothing at a removed file', () => {
    const xml = junitXml(report);
    expect(schemas.validate(xml)).toEqual({ surefire: [], jenkins: [] });
    const doc = XmlDocument.fromString(xml);
    try {
      expect(elements(doc, '//failure|//error|//skipped|//flakyFailure')).toEqual([]);
      const cases = elements(doc, '//testcase').map(attrs);
      expect(cases.map((c) => c.name).sort()).toEqual(
        testGroups(report)
          .kept.map((o) => o.name)
          .sort(),
      );
      for (const c of cases) expect(exists(c.file!), c.file).toBe(true);
      const dropped = new Set(report.run!.dropped.map((d) => d.scenario));
      expect(cases.filter((c) => dropped.has(c.name!))).toEqual([]);
      expect(attrs(elements(doc, '/testsuites')[0]!)).toMatchObject({ failures: '0', errors: '0', skipped: '0' });
    } finally {
      doc.dispose();
    }
  });

  it('annotations: no error or warning, none at a removed file, a dropped test is a notice at no line, each gap has its reason', async () => {
    const list = rankAnnotations(report);
    expect(list.filter((a) => a.level !== 'notice')).toEqual([]);
    for (const a of list.filter((x) => x.file !== undefined)) {
      expect(exists(a.file!), a.file).toBe(true);
      const lines = (await fsp.readFile(path.join(dir, a.file!), 'utf8')).split('\n').length;
      expect(a.line).toBeLessThanOrEqual(lines);
    }
    const dropped = list.filter((a) => a.title.startsWith('Generated test dropped: '));
    expect(dropped.map((a) => a.title.slice('Generated test dropped: '.length))).toEqual(report.run!.dropped.map((d) => d.scenario));
    expect(dropped.every((a) => a.file === undefined && a.line === undefined)).toBe(true);
    for (const gap of report.gaps) {
      const point = report.points.find((p) => p.id === gap.pointId)!;
      const notice = list.find((a) => a.title === `No integration test: ${point.key}`);
      expect(notice?.message).toContain(gap.reason.replace(/\.$/, ''));
    }
  });

  it('notification: the tests written, kept and dropped, and service boundaries equal to the covered points', () => {
    const text = deliveryNotification(report);
    const kept = report.counts.testsWritten;
    const dropped = report.run!.dropped.length;
    expect(text).toContain(`Wrote ${kept + dropped} tests and kept ${kept}, covering `);
    // No repository test covers anything here, so the boundaries are the table's covered points.
    expect(text).toContain(`covering ${report.counts.covered} service boundar`);
    expect(text).toContain(`${dropped} generated tests were dropped (`);
  });

  it('JSON: the report reads back equal, and the groups with it', () => {
    const back = parseReport(reportJson(report), 'itw-report.json');
    expect(back).toEqual(report);
    expect(testGroups(back)).toEqual(testGroups(report));
  });

  it('CLI: the kept and dropped tests apart, each dropped one with its reason, each gap with its reason', () => {
    const text = terminalSummary(report);
    expect(text).not.toContain('Left out');
    expect(text).not.toMatch(/^Repository tests/m);
    expect(text).toContain(`Generated tests kept (${report.counts.testsWritten}, passed every run)\n  ${NOTES_FILE} (`);
    const droppedStart = text.indexOf(`Generated tests dropped (${report.run!.dropped.length}), each with its reason`);
    expect(droppedStart).toBeGreaterThan(0);
    const droppedBlock = text.slice(droppedStart);
    for (const d of report.run!.dropped) {
      expect(droppedBlock).toContain(
        `${d.scenario}\n           ${d.file} (${d.fileRemoved ? 'file removed' : 'removed from the file'}): ${d.reason.split('\n')[0]}`,
      );
    }
    const notCovered = text.slice(text.indexOf('Not covered'));
    for (const gap of report.gaps) expect(notCovered).toContain(`\n      ${gap.reason}`);
  });
});

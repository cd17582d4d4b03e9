import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { runEngine } from '../src/engine.js';
import type { Report } from '../src/model.js';
import { repoRoot, scratchCopy } from './helpers/workspace.js';

const fixture = path.join(repoRoot, '__tests__/fixtures/e2e/notes-service');

describe('generate: only tests that pass every run are kept', () => {
  let dir: string;
  let report: Report;
  let lines: string[];
  beforeAll(async () => {
    dir = await scratchCopy(fixture, 'engine');
    const counter = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'itw-counter-')), 'starts');
    lines = [];
    report = await runEngine(parseConfig({ 'flake-runs': '3', services: 'none' }, dir), {
      log: (line) => lines.push(line),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NOTES_COUNTER_FILE: counter, GITHUB_TOKEN: 'ghs_secret' },
    });
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const outcome = (title: string) => report.outcomes.find((o) => o.name.endsWith(title));

  it('classifies each test from its runs: passed, flaky (mixed) and failed (never)', () => {
    const summary = (title: string) => report.outcomes.find((o) => o.name === `/api/notes › GET /api/notes/:id/summary › ${title}`);
    expect(outcome('creates a note that a later read returns')).toMatchObject({
      classification: 'passed',
      runs: ['passed', 'passed', 'passed'],
    });
    expect(summary('returns a note created before')).toMatchObject({ classification: 'flaky', runs: ['passed', 'failed', 'passed'] });
    expect(summary('answers 404 for a note that does not exist')).toMatchObject({
      classification: 'flaky',
      runs: ['passed', 'failed', 'passed'],
    });
    expect(outcome('lists notes including one just created')).toMatchObject({
      classification: 'failed',
      runs: ['failed', 'failed', 'failed'],
    });
    expect(summary('returns a note created before')!.failure).toMatchObject({
      message: expect.stringContaining('expected 500 to be 200'),
      line: expect.any(Number),
      seed: report.run!.seeds[1],
    });
  });

  it('rewrites the file without the scenarios that did not pass every run, and says why', async () => {
    const text = await fs.readFile(path.join(dir, 'test/integration/itw/notes.itw.test.ts'), 'utf8');
    expect(text).toContain("it('creates a note that a later read returns'");
    expect(text).toContain("it('rejects malformed JSON with 400'");
    expect(text).not.toContain("describe('GET /api/notes/:id/summary'");
    expect(text).not.toContain('lists notes including one just created');
    expect(report.run!.dropped.map((d) => [d.file, d.scenario, d.fileRemoved])).toEqual([
      ['test/integration/itw/notes.itw.test.ts', '/api/notes › GET /api/notes › lists notes including one just created', false],
      ['test/integration/itw/notes.itw.test.ts', '/api/notes › GET /api/notes/:id/summary › returns a note created before', false],
      [
        'test/integration/itw/notes.itw.test.ts',
        '/api/notes › GET /api/notes/:id/summary › answers 404 for a note that does not exist',
        false,
      ],
    ]);
    expect(report.generated).toHaveLength(1);
    expect(report.generated[0]!.scenarios.map((s) => s.name.split(' › ').slice(1).join(' › '))).toEqual([
      'POST /api/notes › creates a note that a later read returns',
      'POST /api/notes › rejects a body without its required fields (title) with 400',
      'POST /api/notes › rejects malformed JSON with 400',
      'GET /api/notes/:id › returns a note created before',
      'GET /api/notes/:id › answers 404 for a note that does not exist',
    ]);
    // The dropped tests are counted apart: they are not failures of the tree (which has none left).
    expect(report.counts).toMatchObject({ testsWritten: 5, errorScenarios: 3, dropped: 3, flaky: 0, failed: 0 });
  });

  it('starts no database for an app that has none, and keeps the support it needs', async () => {
    const support = (await fs.readdir(path.join(dir, 'test/integration/itw/_support'))).sort();
    expect(support).toEqual(['app.ts', 'data.ts']);
    expect(report.environment.services).toEqual([]);
  });
});

describe('generate again over unchanged code, where some scenarios are dropped every time', () => {
  let dir: string;
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('ends with the file as it was, its modification time included, and says it is unchanged', async () => {
    dir = await scratchCopy(fixture, 'engine-again');
    const config = parseConfig({ 'flake-runs': '1', services: 'none' }, dir);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const first = await runEngine(config, { env });
    expect(first.run!.dropped.length).toBeGreaterThan(0);
    const file = path.join(dir, 'test/integration/itw/notes.itw.test.ts');
    const state = async () => ({ text: await fs.readFile(file, 'utf8'), mtime: Math.floor((await fs.stat(file)).mtimeMs) });
    const before = await state();

    const second = await runEngine(config, { env });

    // The file was rendered in full again and re-rendered without the failing scenarios: same text, same time.
    expect(second.run!.dropped.map((d) => d.scenario)).toEqual(first.run!.dropped.map((d) => d.scenario));
    expect(second.generated.map((g) => [g.file, g.state])).toEqual([['test/integration/itw/notes.itw.test.ts', 'unchanged']]);
    expect(await state()).toEqual(before);
  });
});

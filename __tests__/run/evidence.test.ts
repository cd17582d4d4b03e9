import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary, TestOutcome } from '../../src/model.js';
import { runRepeatedly } from '../../src/run/flake.js';
import { vitestRunner } from '../../src/run/runners/vitest.js';
import { repoRoot, scratchCopy } from '../helpers/workspace.js';

const fixture = path.join(repoRoot, '__tests__/fixtures/run/evidence');

/** Only evidence keeps a test: errors outside tests, unhandled errors and a runner's exit status all count. */
describe('what a vitest run proves', () => {
  let dir: string;
  let outcomes: TestOutcome[];
  let summary: RunSummary;
  beforeAll(async () => {
    dir = await scratchCopy(fixture, 'evidence');
    ({ outcomes, summary } = await runRepeatedly({
      runner: vitestRunner,
      cwd: dir,
      files: ['hook.test.ts', 'top-hook.test.ts', 'load.test.ts', 'unhandled.test.ts', 'clean.test.ts'],
      runs: 2,
      origin: 'generated',
      env: { PATH: process.env.PATH ?? '' },
      timeoutSeconds: 120,
    }));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const of = (file: string) => outcomes.filter((o) => o.file === file);

  it('fails every test of a file whose beforeAll threw, with the hook error (vitest itself marks them skipped)', () => {
    for (const file of ['hook.test.ts', 'top-hook.test.ts']) {
      expect(of(file).length).toBeGreaterThan(0);
      for (const o of of(file)) {
        expect(o).toMatchObject({ classification: 'failed', runs: ['failed', 'failed'] });
        expect(o.failure!.message).toMatch(
          /^error outside the tests of this file: .*(password authentication failed|top-level hook broke)/,
        );
      }
    }
  });

  it('fails a file that does not load, with the loader error', () => {
    expect(of('load.test.ts')).toEqual([
      expect.objectContaining({
        name: '(file)',
        classification: 'failed',
        failure: expect.objectContaining({ message: expect.stringContaining("Cannot find module './missing-module.js'") }),
      }),
    ]);
  });

  it('fails a test that passed when its file raised an unhandled error (the runner exits non-zero)', () => {
    expect(of('unhandled.test.ts')).toEqual([
      expect.objectContaining({
        name: 'answers while a connection dies in the background',
        classification: 'failed',
        failure: expect.objectContaining({ message: expect.stringContaining('terminating connection due to administrator command') }),
      }),
    ]);
  });

  it('keeps the verdicts of clean files and declared skips as they are', () => {
    expect(of('clean.test.ts').map((o) => [o.name, o.classification])).toEqual([
      ['adds', 'passed'],
      ['is declared skipped', 'skipped'],
    ]);
    expect(summary.broken).toEqual([]);
  });
});

describe('a run that proves nothing', () => {
  let dir: string;
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('is recorded as broken with the message a throwing runner config printed, not the tail of its stack', async () => {
    dir = await scratchCopy(fixture, 'evidence-config');
    await fs.writeFile(path.join(dir, 'vitest.config.ts'), "throw new Error('TEST_DATABASE_URL must be set');\n");
    const { outcomes, summary } = await runRepeatedly({
      runner: vitestRunner,
      cwd: dir,
      files: ['clean.test.ts'],
      runs: 1,
      origin: 'repository',
      env: { PATH: process.env.PATH ?? '' },
      timeoutSeconds: 120,
    });
    expect(summary.broken).toEqual([
      {
        run: 1,
        seed: summary.seeds[0],
        cause: expect.stringMatching(
          /^vitest exited 1 before reporting its tests: failed to load config from .*\nError: TEST_DATABASE_URL must be set$/,
        ),
      },
    ]);
    expect(outcomes).toEqual([expect.objectContaining({ file: 'clean.test.ts', classification: 'failed' })]);
  });
});

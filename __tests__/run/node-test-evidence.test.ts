import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary, TestOutcome } from '../../src/model.js';
import { runRepeatedly } from '../../src/run/flake.js';
import { literalPattern, nodeTestRunner } from '../../src/run/runners/node-test.js';
import { stackCopy } from '../helpers/workspace.js';

const FILES = [
  'clean.test.ts',
  'hook.test.js',
  'load.test.js',
  'fail.test.js',
  'exit.test.js',
  'exit-at-once.test.js',
  'unhandled.test.js',
  'routes/[id].test.js',
];

/** What a real `node --test` run proves, read through the node:test adapter and the run loop. */
describe('what a node:test run proves', () => {
  let dir: string;
  let outcomes: TestOutcome[];
  let summary: RunSummary;
  beforeAll(async () => {
    dir = await stackCopy('runner-node-test');
    ({ outcomes, summary } = await runRepeatedly({
      runner: nodeTestRunner,
      cwd: dir,
      files: FILES,
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
  const verdicts = (file: string) => of(file).map((o) => [o.name, o.classification]);

  it('names nested tests by their suites and subtests, with their lines, through the loader of the test script', () => {
    expect(verdicts('clean.test.ts')).toEqual([
      ['orders › closing › closes', 'passed'],
      ['orders › is declared skipped', 'skipped'],
      ['orders › opens', 'passed'],
      ['totals', 'passed'],
      ['totals › adds lines', 'passed'],
    ]);
    expect(of('clean.test.ts').find((o) => o.name === 'orders › opens')).toMatchObject({ line: 11, runs: ['passed', 'passed'] });
    expect(of('clean.test.ts').find((o) => o.name === 'orders › is declared skipped')?.skipReason).toBe(
      'declared skipped in the test file',
    );
    expect(summary.broken).toEqual([]);
  });

  it('fails every test of a suite whose before hook threw, with the hook error (node:test itself cancels them)', () => {
    expect(verdicts('hook.test.js')).toEqual([
      ['with a database › reads', 'failed'],
      ['with a database › writes', 'failed'],
    ]);
    for (const o of of('hook.test.js')) {
      expect(o.failure!.message).toMatch(
        /error outside the tests of this file: failed running before hook: password authentication failed for user "app"$/,
      );
    }
  });

  it('fails a file that does not load, with the loader error its process printed', () => {
    expect(of('load.test.js')).toEqual([
      expect.objectContaining({
        name: '(file)',
        classification: 'failed',
        failure: expect.objectContaining({
          message: expect.stringMatching(
            /its test process exited 1 before reporting its tests: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module '.*\/missing-module\.js'/,
          ),
        }),
      }),
    ]);
  });

  it('fails a failing test with its assertion and line, and keeps the passing test beside it', () => {
    const failed = of('fail.test.js').find((o) => o.name === 'fails');
    expect(failed).toMatchObject({ classification: 'failed', runs: ['failed', 'failed'], line: 4 });
    expect(failed!.failure).toMatchObject({
      message: expect.stringMatching(/^AssertionError: Expected values to be strictly equal: 2 !== 3/),
      line: 5,
    });
    expect(of('fail.test.js').find((o) => o.name === 'passes')?.classification).toBe('passed');
  });

  it('fails every test of a file whose process exited with status 0 halfway, which node:test reports as passing', () => {
    expect(verdicts('exit.test.js')).toEqual([
      ['a process that exits halfway › exits', 'failed'],
      ['a process that exits halfway › never runs', 'failed'],
      ['a process that exits halfway › runs first', 'failed'],
    ]);
    for (const o of of('exit.test.js')) expect(o.failure!.message).toContain('its test process ended before reporting all its tests');
    expect(of('exit-at-once.test.js')).toEqual([
      expect.objectContaining({
        name: '(file)',
        classification: 'failed',
        failure: expect.objectContaining({ message: expect.stringContaining('its test process reported no test') }),
      }),
    ]);
  });

  it('fails a test that passed when it left an unhandled rejection behind', () => {
    expect(of('unhandled.test.js')).toEqual([
      expect.objectContaining({
        name: 'answers while a connection dies in the background',
        classification: 'failed',
        failure: expect.objectContaining({ message: expect.stringContaining('terminating connection due to administrator command') }),
      }),
    ]);
  });

  it('runs a file whose path holds glob characters as that one file', () => {
    expect(verdicts('routes/[id].test.js')).toEqual([['reads one route', 'passed']]);
    expect(literalPattern('app/[id]/page.test.ts')).toBe('app/[[]id[]]/page.test.ts');
  });

  it('shuffles with the run seed where this Node can, and says so', () => {
    const { args } = nodeTestRunner.command({
      cwd: dir,
      files: ['fail.test.js'],
      seed: 42,
      reportFile: '/dev/null',
      progressFile: path.join(dir, 'p'),
    });
    expect(nodeTestRunner.shuffles).toBe(process.allowedNodeEnvironmentFlags.has('--test-random-seed'));
    expect(args.includes('--test-random-seed=42')).toBe(nodeTestRunner.shuffles);
    expect(args.slice(0, 4)).toEqual(['--import', 'tsx', '--enable-source-maps', '--test']);
  });
});

describe('a node:test run that proves nothing', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });
  const runWithScript = async (test: string) => {
    const dir = await stackCopy('runner-node-test');
    dirs.push(dir);
    await fs.writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'runner-node-test', type: 'module', scripts: { test } }));
    return runRepeatedly({
      runner: nodeTestRunner,
      cwd: dir,
      files: ['fail.test.js'],
      runs: 1,
      origin: 'repository',
      env: { PATH: process.env.PATH ?? '' },
      timeoutSeconds: 120,
    });
  };

  it('is recorded as broken with the loader error of each file when the script imports a module that is not there', async () => {
    const { outcomes, summary } = await runWithScript('node --import ./setup-missing.js --test');
    expect(summary.broken).toEqual([
      {
        run: 1,
        seed: summary.seeds[0],
        file: 'fail.test.js',
        cause: expect.stringMatching(
          /^its test process exited 1 before reporting its tests: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module '.*\/setup-missing\.js'/,
        ),
      },
    ]);
    expect(outcomes).toEqual([expect.objectContaining({ file: 'fail.test.js', name: '(file)', classification: 'failed' })]);
  });

  it('is recorded as broken with what node printed when it refuses an option of the script', async () => {
    const { outcomes, summary } = await runWithScript('node --no-such-option --test');
    expect(summary.broken).toEqual([
      {
        run: 1,
        seed: summary.seeds[0],
        cause: expect.stringMatching(/^node --test exited 9 before reporting its tests: .*bad option: --no-such-option$/),
      },
    ]);
    expect(outcomes).toEqual([expect.objectContaining({ file: 'fail.test.js', classification: 'failed' })]);
  });
});

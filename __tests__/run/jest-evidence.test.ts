import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary, TestOutcome } from '../../src/model.js';
import { runRepeatedly } from '../../src/run/flake.js';
import { runProcess } from '../../src/run/process.js';
import { jestRunner } from '../../src/run/runners/jest.js';
import { stackCopy } from '../helpers/workspace.js';

const env = { PATH: process.env.PATH ?? '' };

/** What a run of the repository's own Jest proves, counted as a Vitest run is (see evidence.test.ts). */
describe('what a jest run proves', () => {
  let dir: string;
  let outcomes: TestOutcome[];
  let summary: RunSummary;
  beforeAll(async () => {
    dir = await stackCopy('runner-jest');
    ({ outcomes, summary } = await runRepeatedly({
      runner: jestRunner,
      cwd: dir,
      files: [
        'clean.test.js',
        'hook.test.js',
        'top-hook.test.js',
        'after-hook.test.js',
        'load.test.js',
        'syntax.test.js',
        'describe-throws.test.js',
        'fail.test.js',
        'unhandled.test.js',
        'esm.test.mjs',
        'config.test.js',
        'shuffled.test.js',
      ],
      runs: 2,
      origin: 'generated',
      env,
      timeoutSeconds: 120,
    }));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const of = (file: string) => outcomes.filter((o) => o.file === file);
  const verdicts = (file: string) => of(file).map((o) => [o.name, o.classification]);

  it('keeps the verdicts of a clean file, with full names, lines and declared skips', () => {
    expect(of('clean.test.js').map((o) => [o.name, o.classification, o.runs, o.line])).toEqual([
      ['arithmetic › divides', 'skipped', ['skipped', 'skipped'], 18],
      ['arithmetic › is declared skipped', 'skipped', ['skipped', 'skipped'], 16],
      ['arithmetic › multiplies', 'passed', ['passed', 'passed'], 12],
      ['arithmetic › sums › adds', 'passed', ['passed', 'passed'], 3],
      ['arithmetic › sums › adds negatives', 'passed', ['passed', 'passed'], 7],
    ]);
    expect(of('clean.test.js').map((o) => o.skipReason)).toEqual([
      'declared todo in the test file',
      'declared skipped in the test file',
      undefined,
      undefined,
      undefined,
    ]);
    expect(summary.broken).toEqual([]);
  });

  it('fails every test of a file whose beforeAll threw, with the hook error (Jest fails them itself)', () => {
    expect(verdicts('hook.test.js')).toEqual([
      ['a suite whose database refuses the password › reads a row', 'failed'],
      ['a suite whose database refuses the password › writes a row', 'failed'],
    ]);
    expect(verdicts('top-hook.test.js')).toEqual([['multiplies', 'failed']]);
    for (const o of [...of('hook.test.js'), ...of('top-hook.test.js')]) {
      expect(o.runs).toEqual(['failed', 'failed']);
      expect(o.failure!.message).toMatch(/password authentication failed for user "itw"|top-level hook broke/);
    }
  });

  it('fails a test that passed when its afterAll threw: an error outside the tests of the file', () => {
    expect(of('after-hook.test.js')).toEqual([
      expect.objectContaining({
        name: 'reads',
        classification: 'failed',
        failure: expect.objectContaining({ message: 'error outside the tests of this file: closing the pool failed' }),
      }),
    ]);
  });

  it('fails a file that does not load (a missing module, a syntax error, a describe that throws) as a whole, with why', () => {
    const whole = (file: string) => {
      expect(of(file)).toEqual([expect.objectContaining({ name: '(file)', classification: 'failed', runs: ['failed', 'failed'] })]);
      return of(file)[0]!.failure!.message;
    };
    expect(whole('load.test.js')).toBe(
      "error outside the tests of this file: Cannot find module './missing-module.js' from 'load.test.js'",
    );
    expect(whole('syntax.test.js')).toMatch(/^error outside the tests of this file: .*syntax\.test\.js: Unexpected token \(3:0\)/);
    expect(whole('describe-throws.test.js')).toBe('error outside the tests of this file: collecting broke');
  });

  it('fails the failing test only, with its assertion and the line it failed on', () => {
    expect(verdicts('fail.test.js')).toEqual([
      ['compares totals', 'failed'],
      ['still counts', 'passed'],
    ]);
    expect(of('fail.test.js')[0]!.failure).toMatchObject({
      message: expect.stringContaining('expect(received).toEqual(expected)'),
      file: 'fail.test.js',
      line: 2,
    });
  });

  it('fails a test whose background work raised an unhandled rejection', () => {
    expect(of('unhandled.test.js')).toEqual([
      expect.objectContaining({
        name: 'answers while a connection dies in the background',
        classification: 'failed',
        failure: expect.objectContaining({ message: expect.stringContaining('terminating connection due to administrator command') }),
      }),
    ]);
  });

  it("runs Jest as the repository's test script does: its NODE_OPTIONS, variables and --config", () => {
    // An ES module test file runs only under --experimental-vm-modules.
    expect(verdicts('esm.test.mjs')).toEqual([['imports as a module', 'passed']]);
    expect(verdicts('config.test.js')).toEqual([
      ['the test script › loads the config it names', 'passed'],
      ['the test script › sets the variables it names', 'passed'],
    ]);
  });

  it('gives Jest each run its seed, and maps shuffled results to their names', async () => {
    const log = await fs.readFile(path.join(dir, 'shuffled.log'), 'utf8');
    const seeds = [
      ...new Set(
        log
          .trim()
          .split('\n')
          .map((line) => Number(line.split(' ')[0])),
      ),
    ];
    expect(seeds).toEqual(summary.seeds);
    expect(verdicts('shuffled.test.js')).toEqual([
      ['ledger › balances', 'passed'],
      ['ledger › closing › archives', 'failed'],
      ['ledger › closing › closes', 'passed'],
      ['ledger › opens', 'passed'],
      ['ledger › posts', 'failed'],
      ['reports', 'passed'],
    ]);
    expect(of('shuffled.test.js').find((o) => o.name === 'ledger › closing › archives')!.failure!.message).toBe(
      'Error: archive is read-only',
    );
  });
});

describe('a jest run in a shuffled order', () => {
  let dir: string;
  let scratch: string;
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('runs the tests in the order of its seed (not as declared) and still names each result right', async () => {
    dir = await stackCopy('runner-jest');
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'itw-jest-order-'));
    const seed = 1006230807;
    const request = {
      cwd: dir,
      files: ['shuffled.test.js'],
      seed,
      reportFile: path.join(scratch, 'report.json'),
      progressFile: path.join(scratch, 'progress'),
    };
    const { command, args } = jestRunner.command(request);
    const exit = await runProcess(command, args, { cwd: dir, env, timeoutMs: 120_000 });
    const evidence = jestRunner.read({
      report: await fs.readFile(request.reportFile, 'utf8'),
      progress: await fs.readFile(request.progressFile, 'utf8'),
      root: dir,
      process: exit,
    });
    const ran = (await fs.readFile(path.join(dir, 'shuffled.log'), 'utf8')).trim().split('\n');
    const declared = [
      'ledger › opens',
      'ledger › posts',
      'ledger › balances',
      'ledger › closing › closes',
      'ledger › closing › archives',
      'reports',
    ];
    expect(ran.map((line) => line.split(' ')[0])).toEqual(declared.map(() => String(seed)));
    const order = ran.map((line) => line.slice(line.indexOf(' ') + 1));
    expect([...order].sort()).toEqual([...declared].sort());
    expect(order).not.toEqual(declared);
    expect(evidence.results.map((r) => [r.name, r.status])).toEqual(
      expect.arrayContaining([
        ['ledger › opens', 'passed'],
        ['ledger › posts', 'failed'],
        ['ledger › balances', 'passed'],
        ['ledger › closing › closes', 'passed'],
        ['ledger › closing › archives', 'failed'],
        ['reports', 'passed'],
      ]),
    );
    expect(evidence.results).toHaveLength(6);
    expect(evidence.declared.get('shuffled.test.js')).toEqual(order);
  });
});

describe("the test script's variables", () => {
  let dir: string;
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("give way to the run's own environment (the services itw provisioned and checked)", async () => {
    dir = await stackCopy('runner-jest');
    const { outcomes } = await runRepeatedly({
      runner: jestRunner,
      cwd: dir,
      files: ['config.test.js'],
      runs: 1,
      origin: 'generated',
      env: { ...env, LEDGER_CURRENCY: 'USD' },
      timeoutSeconds: 120,
    });
    expect(outcomes.map((o) => [o.name, o.classification])).toEqual([
      ['the test script › loads the config it names', 'failed'],
      ['the test script › sets the variables it names', 'failed'],
    ]);
    expect(outcomes[1]!.failure!.stack).toContain('Received: "USD"');
    // The message carries the values, which Jest prints below the assertion's first line.
    expect(outcomes[1]!.failure!.message).toMatch(/expect\(received\)\.toBe\(expected\).*\(Expected: "EUR", Received: "USD"\)$/);
  });
});

describe('a jest run that proves nothing', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });
  const copy = async () => {
    const dir = await stackCopy('runner-jest');
    dirs.push(dir);
    return dir;
  };

  it('is broken with the error of a config that threw, when Jest exits non-zero and no test explains it', async () => {
    const dir = await copy();
    await fs.writeFile(path.join(dir, 'jest.ci.config.cjs'), "throw new Error('TEST_DATABASE_URL must be set');\n");
    const { outcomes, summary } = await runRepeatedly({
      runner: jestRunner,
      cwd: dir,
      files: ['clean.test.js'],
      runs: 1,
      origin: 'repository',
      env,
      timeoutSeconds: 120,
    });
    expect(summary.broken).toEqual([
      { run: 1, seed: summary.seeds[0], cause: 'jest exited 1 before reporting its tests: Error: TEST_DATABASE_URL must be set' },
    ]);
    expect(outcomes).toEqual([expect.objectContaining({ file: 'clean.test.js', name: '(file)', classification: 'failed' })]);
  });

  it('blames the file a process.exit ended Jest in', async () => {
    const dir = await copy();
    const { outcomes, summary } = await runRepeatedly({
      runner: jestRunner,
      cwd: dir,
      files: ['exit.test.js'],
      runs: 1,
      origin: 'generated',
      env,
      timeoutSeconds: 120,
    });
    expect(outcomes).toEqual([
      expect.objectContaining({
        name: '(file)',
        classification: 'failed',
        failure: expect.objectContaining({
          message: 'error outside the tests of this file: jest exited 3 while this file ran: process.exit called with "3"',
        }),
      }),
    ]);
    expect(summary.broken).toEqual([expect.objectContaining({ file: 'exit.test.js' })]);
  });

  it('fails the tests of a run Jest never ended because a test left a timer open', async () => {
    const dir = await copy();
    const { outcomes, summary } = await runRepeatedly({
      runner: jestRunner,
      cwd: dir,
      files: ['open.test.js'],
      runs: 1,
      origin: 'generated',
      env,
      timeoutSeconds: 10,
    });
    expect(outcomes).toEqual([
      expect.objectContaining({
        name: 'leaves a timer running',
        classification: 'failed',
        failure: expect.objectContaining({
          message: expect.stringMatching(/^error outside the tests of this file: jest did not exit after its tests ended/),
        }),
      }),
    ]);
    expect(summary.hung).toHaveLength(1);
  });
});

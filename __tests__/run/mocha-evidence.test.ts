import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary, TestOutcome } from '../../src/model.js';
import { runRepeatedly } from '../../src/run/flake.js';
import { mochaRunner } from '../../src/run/runners/mocha.js';
import { stackCopy } from '../helpers/workspace.js';

const env = { PATH: process.env.PATH ?? '' };
const dirs: string[] = [];

async function workspace(): Promise<string> {
  const dir = await stackCopy('runner-mocha');
  dirs.push(dir);
  return dir;
}

function run(cwd: string, files: string[], runs: number, timeoutSeconds = 120): Promise<{ outcomes: TestOutcome[]; summary: RunSummary }> {
  return runRepeatedly({ runner: mochaRunner, cwd, files, runs, origin: 'generated', env, timeoutSeconds });
}

const verdicts = (outcomes: TestOutcome[], file: string) =>
  outcomes.filter((o) => o.file === file).map((o) => [o.name, o.classification, o.runs]);

afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** Only evidence keeps a test: hook errors, uncaught errors and tests that never reported all count. */
describe('what a mocha run proves', () => {
  let outcomes: TestOutcome[];
  let summary: RunSummary;
  beforeAll(async () => {
    ({ outcomes, summary } = await run(
      await workspace(),
      ['test/clean.test.js', 'test/hook.test.js', 'test/failing.test.js', 'test/pending.test.js', 'test/uncaught.test.js'],
      2,
    ));
  });
  const of = (file: string) => outcomes.filter((o) => o.file === file);

  it('runs exactly the files asked for, with the config require but not the config spec', () => {
    expect([...new Set(outcomes.map((o) => o.file))]).toEqual([
      'test/clean.test.js',
      'test/failing.test.js',
      'test/hook.test.js',
      'test/pending.test.js',
      'test/uncaught.test.js',
    ]);
    expect(verdicts(outcomes, 'test/clean.test.js')).toEqual([
      ['arithmetic › adds', 'passed', ['passed', 'passed']],
      ['arithmetic › division › divides', 'passed', ['passed', 'passed']],
      ['arithmetic › runs after the config require', 'passed', ['passed', 'passed']],
      ['counts at the top level', 'passed', ['passed', 'passed']],
    ]);
    expect(summary.broken).toEqual([]);
  });

  it('fails every test of a file whose before hook threw, with the hook error (mocha reports none of its suite)', () => {
    expect(verdicts(outcomes, 'test/hook.test.js')).toEqual([
      ['health › answers', 'failed', ['failed', 'failed']],
      ['orders › creates an order', 'failed', ['failed', 'failed']],
      ['orders › lists orders', 'failed', ['failed', 'failed']],
    ]);
    for (const o of of('test/hook.test.js')) {
      expect(o.failure!.message).toMatch(
        /error outside the tests of this file: orders › "before all" hook for "lists orders": Error: connect ECONNREFUSED 127\.0\.0\.1:1$/,
      );
    }
  });

  it('fails a failing test with its assertion and line, and keeps its passing neighbour', () => {
    expect(verdicts(outcomes, 'test/failing.test.js')).toEqual([
      ['totals › applies the discount', 'failed', ['failed', 'failed']],
      ['totals › sums the lines', 'passed', ['passed', 'passed']],
    ]);
    expect(of('test/failing.test.js')[0]!.failure).toMatchObject({ message: 'AssertionError: expected 90 to equal 80', line: 9 });
  });

  it('keeps declared skips (it.skip, a test without a body) as skipped, with the reason', () => {
    expect(verdicts(outcomes, 'test/pending.test.js')).toEqual([
      ['refunds › refunds a paid order', 'passed', ['passed', 'passed']],
      ['refunds › refunds a partial payment', 'skipped', ['skipped', 'skipped']],
      ['refunds › refunds to a gift card', 'skipped', ['skipped', 'skipped']],
    ]);
    expect(of('test/pending.test.js')[1]!.skipReason).toBe('declared skipped in the test file');
  });

  it('fails a test an uncaught error interrupted, and the tests of a file that left a rejection unhandled (mocha ignores it)', () => {
    expect(verdicts(outcomes, 'test/uncaught.test.js')).toEqual([
      ['background work › answers while a promise is rejected and never awaited', 'failed', ['failed', 'failed']],
      ['background work › answers while a timer throws', 'failed', ['failed', 'failed']],
    ]);
    const [rejected, thrown] = of('test/uncaught.test.js');
    expect(thrown!.failure).toMatchObject({ message: 'Uncaught Error: background job failed', line: 6 });
    expect(rejected!.failure!.message).toBe('error outside the tests of this file: Unhandled rejection: Error: lost rejection');
  });

  it('says that it cannot shuffle the order of tests', () => {
    expect(mochaRunner.shuffles).toBe(false);
  });
});

describe('a mocha run that stops before its tests', () => {
  it('fails the file that does not load with its loader error, and the files the run never reached', async () => {
    const { outcomes, summary } = await run(await workspace(), ['test/clean.test.js', 'test/load.test.js'], 2);
    const cause = "mocha ran no test: test/load.test.js did not load (Error: Cannot find module './missing-module.js')";
    expect(outcomes.map((o) => [o.file, o.name, o.classification, o.failure?.message])).toEqual([
      ['test/clean.test.js', '(file)', 'failed', `error outside the tests of this file: ${cause}`],
      ['test/load.test.js', '(file)', 'failed', "error outside the tests of this file: Error: Cannot find module './missing-module.js'"],
    ]);
    // Mocha cannot shuffle: no seed is recorded, since none would replay anything.
    expect(summary.seeds).toEqual([]);
    expect(summary.broken).toEqual([
      { run: 1, cause },
      { run: 2, cause },
    ]);
  });

  it('names a file with a syntax error and the error itself', async () => {
    const dir = await workspace();
    await fs.writeFile(path.join(dir, 'test/syntax.test.js'), "describe('never closed', () => {\n  it('runs', () => {});\n");
    const { outcomes } = await run(dir, ['test/syntax.test.js'], 1);
    expect(outcomes).toEqual([
      expect.objectContaining({
        file: 'test/syntax.test.js',
        name: '(file)',
        classification: 'failed',
        failure: expect.objectContaining({
          message: 'error outside the tests of this file: SyntaxError: Unexpected end of input (line 3)',
        }),
      }),
    ]);
  });
});

describe("the repository's own mocha options", () => {
  it("keeps the package.json mocha key's require and leaves out its spec", async () => {
    const dir = await workspace();
    await fs.rm(path.join(dir, '.mocharc.json'));
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    manifest.mocha = { spec: 'test/not-run.test.js', require: './test/setup.js' };
    await fs.writeFile(path.join(dir, 'package.json'), JSON.stringify(manifest));
    const { outcomes } = await run(dir, ['test/clean.test.js'], 1);
    expect(outcomes.map((o) => [o.file, o.name, o.classification])).toEqual([
      ['test/clean.test.js', 'arithmetic › adds', 'passed'],
      ['test/clean.test.js', 'arithmetic › division › divides', 'passed'],
      ['test/clean.test.js', 'arithmetic › runs after the config require', 'passed'],
      ['test/clean.test.js', 'counts at the top level', 'passed'],
    ]);
  });

  it("follows the test script: its variables, its Node options and the --config it names (YAML), without that config's spec", async () => {
    const dir = await workspace();
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    manifest.scripts.test =
      'FIXTURE_MODE=from-the-test-script node --require ./test/node-setup.js node_modules/mocha/bin/mocha.js --config config/mocharc.yml';
    await fs.writeFile(path.join(dir, 'package.json'), JSON.stringify(manifest));
    // The default config would add its own require and spec; the one the script names replaces it.
    await fs.writeFile(path.join(dir, '.mocharc.json'), JSON.stringify({ require: ['./test/missing-setup.js'] }));
    const { outcomes } = await run(dir, ['test/env.test.js', 'test/clean.test.js'], 1);
    expect(outcomes.map((o) => [o.file, o.name, o.classification])).toEqual([
      ['test/clean.test.js', 'arithmetic › adds', 'passed'],
      ['test/clean.test.js', 'arithmetic › division › divides', 'passed'],
      ['test/clean.test.js', 'arithmetic › runs after the config require', 'passed'],
      ['test/clean.test.js', 'counts at the top level', 'passed'],
      ['test/env.test.js', "the test script › runs after the Node options' require", 'passed'],
      ['test/env.test.js', 'the test script › sets its variables for the tests', 'passed'],
    ]);
  });
});

describe('a mocha run that does not end', () => {
  it('names the file whose test hangs, keeps what its run reported before the kill and leaves the file out of later runs', async () => {
    const { outcomes, summary } = await run(await workspace(), ['test/clean.test.js', 'test/spin.test.js'], 2, 10);
    expect(verdicts(outcomes, 'test/clean.test.js').map(([, classification]) => classification)).toEqual([
      'passed',
      'passed',
      'passed',
      'passed',
    ]);
    expect(verdicts(outcomes, 'test/spin.test.js')).toEqual([
      ['a suite with a test that never returns › adds', 'failed', ['failed', 'failed']],
      ['a suite with a test that never returns › spins forever', 'failed', ['failed', 'failed']],
    ]);
    expect(summary.hung).toEqual([`test/spin.test.js (run 1): no progress for 10 s; killed and left out of later runs`]);
  });

  it('follows the config: without exit, mocha waits for a server a test left open and the run is killed; with exit, the test passes', async () => {
    const dir = await workspace();
    const withoutExit = await run(dir, ['test/open-handle.test.js'], 1, 10);
    expect(withoutExit.outcomes.map((o) => [o.name, o.classification])).toEqual([
      ['a server left open › listens and never closes', 'failed'],
    ]);
    expect(withoutExit.summary.hung).toEqual([`run 1 made no progress for 10 s outside any test file and was killed`]);
    const config = JSON.parse(await fs.readFile(path.join(dir, '.mocharc.json'), 'utf8')) as Record<string, unknown>;
    await fs.writeFile(path.join(dir, '.mocharc.json'), JSON.stringify({ ...config, exit: true }));
    const { outcomes, summary } = await run(dir, ['test/open-handle.test.js'], 1, 10);
    expect(outcomes.map((o) => [o.name, o.classification])).toEqual([['a server left open › listens and never closes', 'passed']]);
    expect(summary.hung).toEqual([]);
  });
});

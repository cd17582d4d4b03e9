import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBin, parseGithubOutput, repoRoot, runCommand, runnerEnv, scratchCopy } from '../helpers/workspace.js';

const action = path.join(repoRoot, 'dist/index.js');
const example = path.join(repoRoot, 'examples/orders-service');
const REAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

interface RunOptions {
  /** Variables of the runner's environment to leave out. */
  unset?: string[];
  /** Changes to the scratch copy of the example before the action runs. */
  prepare?: (workspace: string) => Promise<void>;
}

async function runAction(inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}, options: RunOptions = {}) {
  const workspace = await scratchCopy(example, 'action');
  scratch.push(workspace, `${workspace}-runner-temp`);
  await options.prepare?.(workspace);
  const { env, outputFile, summaryFile } = await runnerEnv(workspace, inputs, extra);
  for (const name of options.unset ?? []) delete env[name];
  const result = await runCommand(nodeBin, [action], { cwd: workspace, env });
  return {
    workspace,
    result,
    outputs: parseGithubOutput(await fs.readFile(outputFile, 'utf8')),
    summary: await fs.readFile(summaryFile, 'utf8'),
  };
}

const EXPECTED_FILES = ['_support/app.ts', '_support/data.ts', '_support/database.ts', 'customers.itw.test.ts', 'orders.itw.test.ts'];

describe.each([
  ['embedded PostgreSQL', { services: 'embedded' }, {}, /embedded/],
  [
    'the real PostgreSQL on 127.0.0.1:5432',
    { services: 'env' },
    { DATABASE_URL: REAL_POSTGRES },
    /env \(postgres:\/\/postgres@127\.0\.0\.1:5432\/postgres\)/,
  ],
])('the bundled action in generate mode against %s', (_label, inputs, extra, serviceSource) => {
  let run: Awaited<ReturnType<typeof runAction>>;
  beforeAll(async () => {
    run = await runAction({ mode: 'generate', 'flake-runs': '2', ...inputs }, extra);
  });

  it('exits 0 and sets every output from the report', async () => {
    expect(run.result.stderr).toBe('');
    expect(run.result.code).toBe(0);
    const report = JSON.parse(await fs.readFile(path.join(run.workspace, 'itw-report/report.json'), 'utf8'));
    expect(report.environment.services).toEqual([{ name: 'postgres', source: expect.stringMatching(serviceSource) }]);
    expect(run.outputs).toEqual({
      points: '10',
      covered: '10',
      coverage: '100',
      'tests-written': '23',
      'error-scenarios': '16',
      flaky: '0',
      failed: '0',
      'junit-path': path.join(run.workspace, 'itw-report/junit.xml'),
      'report-path': path.join(run.workspace, 'itw-report/report.json'),
    });
    expect(report.counts).toMatchObject({ points: 10, covered: 10, testsWritten: 23, errorScenarios: 16, passed: 23, flaky: 0, failed: 0 });
    expect(report.run.runs).toBe(2);
    expect(report.run.seeds).toHaveLength(2);
  });

  it('writes the generated tests and their support under test-dir, each with the itw header', async () => {
    const dir = path.join(run.workspace, 'test/integration/itw');
    const files = (await fs.readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
    expect(files).toEqual(EXPECTED_FILES);
    const orders = await fs.readFile(path.join(dir, 'orders.itw.test.ts'), 'utf8');
    expect(orders).toMatch(/^\/\/ itw: integration tests for \/api\/orders/);
    expect(orders).toMatch(/\/\/ itw-hash: sha256-[0-9a-f]{16}\n/);
    expect(orders).toContain("describe('POST /api/orders'");
    expect(orders).not.toMatch(/setTimeout|sleep/);
  });

  it('writes a JUnit report with every generated test passing both runs, and the delivery notification', async () => {
    const junit = await fs.readFile(path.join(run.workspace, 'itw-report/junit.xml'), 'utf8');
    expect(junit.match(/<testcase /g)).toHaveLength(23);
    expect(junit).not.toMatch(/<failure|<flakyFailure|<skipped/);
    expect(run.result.stdout).toContain('Integration tests completed. Wrote 23 tests covering');
    expect(run.result.stdout).toContain('No flaky tests detected across 2 consecutive runs.');
  });

  it("writes tests that typecheck under the service's own strict tsconfig", async () => {
    const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = await runCommand(nodeBin, [tsc, '-p', run.workspace], { cwd: run.workspace, env: { PATH: process.env.PATH } });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('writes a job summary with the coverage table', () => {
    expect(run.summary).toContain('Integration tests completed.');
    expect(run.summary).toMatch(/\| *HTTP endpoints *\| *8 *\| *8 *\|/i);
  });
});

describe('the bundled action with a bad input', () => {
  it.each([
    ['flake-runs', '0', 'Input "flake-runs" is "0"; give a whole number from 1 to 100.'],
    ['mode', 'fix', 'Input "mode" is "fix"; allowed: audit, generate, verify, merge.'],
    ['test-dir', '../../etc', 'Input "test-dir" "../../etc" resolves outside'],
    ['shard', '5/4', 'Input "shard" is "5/4"'],
    ['min-coverage', '1e3', 'Input "min-coverage" is "1e3"; give a percentage from 0 to 100, such as 80 or 87.5.'],
  ])('%s: %s exits 1 with one error line naming the input and writes nothing', async (name, value, message) => {
    const { workspace, result, outputs } = await runAction({ [name]: value });
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(outputs).toEqual({});
    const after = await fs.readdir(workspace, { recursive: true });
    expect(after.filter((f) => f.startsWith('itw-report') || f.includes('integration/itw'))).toEqual([]);
  });
});

// Workflow commands carry '%' as '%25' and, in properties, ':' as '%3A' (the runner decodes them).
const errorLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

describe('the bundled action with min-coverage', () => {
  // The example's one hand-written test covers 1 of its 10 points: coverage 10 %.
  it.each([
    ['9.5', 0],
    ['10.5', 1],
  ])('takes a decimal: min-coverage %s against a coverage of 10 exits %i', async (minCoverage, code) => {
    const { result, outputs } = await runAction({ mode: 'audit', 'min-coverage': minCoverage });
    expect(result.code).toBe(code);
    expect(outputs.coverage).toBe('10');
    expect(errorLines(result.stdout)).toEqual(
      code ? [`::error::Integration-point coverage is 10%25, under min-coverage ${minCoverage}%25.`] : [],
    );
  });

  it('puts why the step failed first among the error annotations, and keeps them within the 10 that GitHub shows', async () => {
    // Eleven failing tests of the repository: eleven error annotations of their own.
    const failing = `import { expect, it } from 'vitest';\n${Array.from({ length: 11 }, (_, i) => `it('fails ${i + 1}', () => expect(${i + 1}).toBe(0));\n`).join('')}`;
    const { result } = await runAction(
      { mode: 'verify', 'flake-runs': '1', services: 'env', 'min-coverage': '87.5' },
      { DATABASE_URL: REAL_POSTGRES },
      { prepare: (workspace) => fs.writeFile(path.join(workspace, 'test/failing.test.ts'), failing) },
    );
    expect(result.code).toBe(1);
    const errors = errorLines(result.stdout);
    expect(errors[0]).toBe('::error::Integration-point coverage is 10%25, under min-coverage 87.5%25. 11 test(s) failed every run.');
    expect(errors).toHaveLength(10);
    for (const line of errors.slice(1))
      expect(line).toMatch(/^::error title=Failing test%3A fails \d+,file=test\/failing\.test\.ts,line=\d+::/);
    expect(result.stdout).toContain('2 more annotations are listed in the job summary');
  });
});

describe('the bundled action on a runner without a job summary', () => {
  it('succeeds, and says with a notice, not an error, that the summary was not written and why', async () => {
    const { result, outputs } = await runAction({ mode: 'audit' }, {}, { unset: ['GITHUB_STEP_SUMMARY'] });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(errorLines(result.stdout)).toEqual([]);
    const notices = result.stdout.split('\n').filter((l) => l.startsWith('::notice'));
    expect(notices[0]).toBe(
      '::notice::Job summary not written: GITHUB_STEP_SUMMARY is not set (this runner offers no job summary); the results are in itw-report/report.json and in this log.',
    );
    // The notice takes one of the 10 notice slots; the uncovered points fill the other nine.
    expect(notices).toHaveLength(10);
    expect(outputs.coverage).toBe('10');
  });
});

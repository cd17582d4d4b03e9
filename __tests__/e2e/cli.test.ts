import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeBin, repoRoot, runCommand, scratchCopy } from '../helpers/workspace.js';

const cli = path.join(repoRoot, 'dist/cli.js');
const example = path.join(repoRoot, 'examples/orders-service');
const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const itw = (args: string[], cwd = repoRoot) => runCommand(nodeBin, [cli, ...args], { cwd, env });

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

describe('itw (the bundled CLI)', () => {
  it('prints its version and its help', async () => {
    const version = await itw(['--version']);
    expect(version).toEqual({
      code: 0,
      stdout: `${JSON.parse(await fs.readFile(path.join(repoRoot, 'package.json'), 'utf8')).version}\n`,
      stderr: '',
    });
    const help = await itw(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: itw <audit|generate|verify> [dir] [options]');
    expect(help.stdout).toContain('--flake-runs');
    expect(help.stdout).not.toContain('--github-token');
  });

  it('audits the example: every point, its coverage, and no test file written', async () => {
    const dir = await scratchCopy(example, 'cli-audit');
    scratch.push(dir);
    const result = await itw(['audit', dir, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.mode).toBe('audit');
    expect(report.points.map((p: { key: string }) => p.key)).toEqual([
      'pg:customers',
      'pg:orders',
      'DELETE /api/orders/:id',
      'GET /api/customers/:id',
      'GET /api/orders',
      'GET /api/orders/:id',
      'GET /health',
      'PATCH /api/orders/:id/status',
      'POST /api/customers',
      'POST /api/orders',
    ]);
    expect(report.counts).toMatchObject({ points: 10, covered: 1, endpoints: 8, endpointsCovered: 1, testsWritten: 0 });
    const covering = report.coverage.find((c: { tests: unknown[] }) => c.tests.length > 0);
    expect(covering.tests).toEqual([
      { file: 'test/health.test.ts', name: 'GET /health › answers 200 with ok: true', line: 21, how: 'static' },
    ]);
    expect(result.stderr).toContain('Found 10 integration points');
    await expect(fs.access(path.join(dir, 'test/integration'))).rejects.toThrow();
  });

  it('fails an audit under --min-coverage with exit code 1 and says why', async () => {
    const dir = await scratchCopy(example, 'cli-min');
    scratch.push(dir);
    const result = await itw(['audit', dir, '--min-coverage', '50']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('itw: Integration-point coverage is 10%, under min-coverage 50%.');
    expect(result.stdout).toContain('Not covered');
  });

  it.each([
    [['fix'], 'itw: unknown command "fix"; use audit, generate or verify.'],
    [['audit', '--flake-runs', '0'], 'itw: Input "flake-runs" is "0"; give a whole number from 1 to 100.'],
    [['audit', '--no-such-flag'], "itw: Unknown option '--no-such-flag'"],
    [['audit', '.', '--test-dir', '../../etc'], 'itw: Input "test-dir" "../../etc" resolves outside'],
  ])('refuses %j with exit code 2 and a clear message', async (args, message) => {
    const result = await itw(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('writes nothing on a second generate over unchanged code, and leaves a file a person edited alone', async () => {
    const dir = await scratchCopy(example, 'cli-twice');
    scratch.push(dir);
    const first = await itw(['generate', dir, '--services', 'embedded', '--flake-runs', '1', '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).generated.map((g: { state: string }) => g.state)).toEqual(['written', 'written']);
    const customers = path.join(dir, 'test/integration/itw/customers.itw.test.ts');
    const edited = (await fs.readFile(customers, 'utf8')).replace("describe('/api/customers'", "describe('/api/customers (reviewed)'");
    await fs.writeFile(customers, edited);
    const stat = await fs.stat(path.join(dir, 'test/integration/itw/orders.itw.test.ts'));

    const second = await itw(['generate', dir, '--services', 'embedded', '--flake-runs', '1', '--json']);

    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout);
    expect(report.generated.map((g: { file: string; state: string }) => [g.file, g.state])).toEqual([
      ['test/integration/itw/orders.itw.test.ts', 'unchanged'],
    ]);
    // The edited file is the person's now: its endpoints count as covered by an existing test.
    expect(report.coverage.flatMap((c: { tests: { file: string }[] }) => c.tests.map((t) => t.file))).toContain(
      'test/integration/itw/customers.itw.test.ts',
    );
    expect(await fs.readFile(customers, 'utf8')).toBe(edited);
    expect((await fs.stat(path.join(dir, 'test/integration/itw/orders.itw.test.ts'))).mtimeMs).toBe(stat.mtimeMs);
  });

  it('verifies the existing tests: runs them --flake-runs times and names none flaky', async () => {
    const dir = await scratchCopy(example, 'cli-verify');
    scratch.push(dir);
    const result = await itw(['verify', dir, '--services', 'embedded', '--flake-runs', '2', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.outcomes).toEqual([
      {
        file: 'test/health.test.ts',
        name: 'GET /health › answers 200 with ok: true',
        origin: 'repository',
        runs: ['passed', 'passed'],
        classification: 'passed',
        durationsMs: [expect.any(Number), expect.any(Number)],
        line: 20,
      },
    ]);
    expect(report.run.seeds).toHaveLength(2);
  });

  it('leaves the tree as it was when the tests cannot run (dependencies not installed), and says what to do', async () => {
    // Outside this repository, nothing resolves vitest: as in a checkout where `npm ci` was not run.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'itw-no-deps-'));
    scratch.push(dir);
    await fs.cp(example, dir, { recursive: true });
    const before = (await fs.readdir(dir, { recursive: true })).sort();

    const result = await itw(['generate', dir, '--services', 'embedded', '--flake-runs', '1']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `itw: vitest is not installed in ${dir} (nor above it); install the repository's dependencies first (npm ci).`,
    );
    const after = (await fs.readdir(dir, { recursive: true })).filter((f) => !f.startsWith('itw-report')).sort();
    expect(after).toEqual(before);
  });

  it('says plainly what is not available yet', async () => {
    const result = await itw(['merge']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('itw: not available yet: mode "merge" is not available yet; run one job without "shard" for now.\n');
  });
});

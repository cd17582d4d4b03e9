import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeBin, repoRoot, runCommand, scratchCopy } from '../helpers/workspace.js';

const cli = path.join(repoRoot, 'dist/cli.js');
const fixtures = path.join(repoRoot, '__tests__/fixtures/e2e');
const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const itw = (args: string[]) => runCommand(nodeBin, [cli, ...args], { cwd: repoRoot, env });
/** The repository's own commands, as its CI runs them. */
const npm = (dir: string, args: string[]) => runCommand('npm', args, { cwd: dir, env });

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

/** What itw keeps must pass the repository's own checks: its type-check, and its test command five times in a row. */
async function expectOwnChecksPass(dir: string, typescript: boolean): Promise<void> {
  if (typescript) {
    const tsc = await npm(dir, ['run', 'typecheck']);
    expect(tsc.stdout + tsc.stderr, 'tsc --noEmit').not.toContain('error TS');
    expect(tsc.code).toBe(0);
  }
  for (let i = 1; i <= 5; i++) {
    const test = await npm(dir, ['test']);
    expect({ run: i, code: test.code }, test.stdout + test.stderr).toEqual({ run: i, code: 0 });
  }
}

const mtimes = async (dir: string) => {
  const files = (await fs.readdir(dir, { recursive: true })).filter((f) => f.includes('.'));
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, (await fs.stat(path.join(dir, f))).mtimeMs] as const)));
};

describe('generated tests compile and pass under the repository’s own configuration (the bundled CLI)', () => {
  it('NodeNext TypeScript: .js imports, the guard’s own statuses, guard-only tests cover nothing and the gap says why', async () => {
    const dir = await scratchCopy(path.join(fixtures, 'nodenext-service'), 'cli-nodenext');
    scratch.push(dir);

    const result = await itw(['generate', dir, '--services', 'none', '--flake-runs', '2', '--json']);

    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    const key = (id: string) => report.points.find((p: { id: string }) => p.id === id).key;
    expect(report.run.dropped).toEqual([]);
    expect(report.generated.map((g: { file: string; points: string[] }) => [g.file, g.points.map(key).sort()])).toEqual([
      ['test/integration/itw/items.itw.test.ts', ['GET /api/v1/items/:id', 'POST /api/v1/items']],
      ['test/integration/itw/reports.itw.test.ts', []],
    ]);
    const reports = report.generated[1];
    expect(reports.scenarios).toEqual([
      {
        name: '/api/v1/reports › GET /api/v1/reports › rejects a request without credentials with 401',
        kind: 'error',
        reachesHandler: false,
      },
      { name: '/api/v1/reports › GET /api/v1/reports › rejects a wrong bearer token with 403', kind: 'error', reachesHandler: false },
    ]);
    // The guard's rejections prove the guard, not the endpoint.
    expect(report.counts).toMatchObject({ endpoints: 3, endpointsCovered: 2 });
    expect(report.gaps.map((g: { pointId: string; reason: string }) => [key(g.pointId), g.reason])).toEqual([
      [
        'GET /api/v1/reports',
        expect.stringContaining(
          'its guard (requireConfigToken) compares the bearer token with `getConfig().apiToken`, which a test cannot set',
        ),
      ],
    ]);
    const items = await fs.readFile(path.join(dir, 'test/integration/itw/items.itw.test.ts'), 'utf8');
    expect(items).toContain("import { startApp, type RunningApp } from './_support/app.js';");
    expect(items).toContain("it('rejects a wrong bearer token with 403'");
    expect(await fs.readFile(path.join(dir, 'test/integration/itw/_support/app.ts'), 'utf8')).toContain(
      "await import('../../../../src/app.js')",
    );

    await expectOwnChecksPass(dir, true);

    // Nothing changed, so nothing is written again.
    const before = await mtimes(path.join(dir, 'test/integration/itw'));
    const again = await itw(['generate', dir, '--services', 'none', '--flake-runs', '2', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).generated.map((g: { state: string }) => g.state)).toEqual(['unchanged', 'unchanged']);
    expect(await mtimes(path.join(dir, 'test/integration/itw'))).toEqual(before);
  }, 400_000);

  it('CommonJS JavaScript: require and module.exports, vitest imported as it must be', async () => {
    const dir = await scratchCopy(path.join(fixtures, 'commonjs-service'), 'cli-commonjs');
    scratch.push(dir);

    const result = await itw(['generate', dir, '--services', 'none', '--flake-runs', '2', '--json']);

    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.run.dropped).toEqual([]);
    expect(report.generated.map((g: { file: string; scenarios: unknown[] }) => [g.file, g.scenarios.length])).toEqual([
      ['test/integration/itw/widgets.itw.test.js', 5],
    ]);
    const test = await fs.readFile(path.join(dir, 'test/integration/itw/widgets.itw.test.js'), 'utf8');
    expect(test).toContain("const { startApp } = require('./_support/app.js');");
    expect(test).toContain("import { afterAll, beforeAll, describe, expect, it } from 'vitest';");
    const support = await fs.readFile(path.join(dir, 'test/integration/itw/_support/app.js'), 'utf8');
    expect(support).toContain('module.exports = { startApp };');
    expect(support).not.toMatch(/^(?:import|export) /m);

    await expectOwnChecksPass(dir, false);
  }, 300_000);
});

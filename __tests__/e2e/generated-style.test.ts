import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeBin, repoRoot, runCommand, scratchCopy } from '../helpers/workspace.js';

const cli = path.join(repoRoot, 'dist/cli.js');
const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const itw = (args: string[]) => runCommand(nodeBin, [cli, ...args], { cwd: repoRoot, env });
/** The repository's own tools, as its CI runs them (they resolve from its node_modules, here this project's). */
const npx = (dir: string, args: string[]) => runCommand('npx', ['--no-install', ...args], { cwd: dir, env });

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

describe('generated tests pass the repository’s own format and lint (the bundled CLI)', () => {
  it('formats with its Prettier options, leaves out the scenario its ESLint rejects, and its prettier, eslint and vitest pass', async () => {
    const dir = await scratchCopy(path.join(repoRoot, '__tests__/fixtures/e2e/styled-service'), 'cli-styled');
    scratch.push(dir);
    const testDir = 'test/integration/itw';

    const result = await itw(['generate', dir, '--services', 'none', '--flake-runs', '2', '--json']);

    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics).toEqual([]);
    expect(report.run.dropped).toEqual([
      {
        file: `${testDir}/items.itw.test.ts`,
        scenario: '/api/v1/items › GET /api/v1/items/:id › returns an item created before',
        reason: expect.stringMatching(
          /^does not pass lint: no-restricted-properties 'toEqual' is restricted from being used\. Use toStrictEqual\. \(line \d+\)$/,
        ),
        fileRemoved: false,
      },
    ]);
    expect(report.generated.map((g: { file: string; scenarios: unknown[] }) => [g.file, g.scenarios.length])).toEqual([
      [`${testDir}/items.itw.test.ts`, 8],
      [`${testDir}/reports.itw.test.ts`, 2],
    ]);
    const items = await fs.readFile(path.join(dir, testDir, 'items.itw.test.ts'), 'utf8');
    expect(items).toContain('import { afterAll, beforeAll, describe, expect, it } from "vitest"\n');
    expect(items).toContain('it("rejects a wrong bearer token with 403", async () => {');
    expect(items).not.toContain('toEqual');

    for (const [tool, args] of [
      ['prettier', ['prettier', '--check', testDir]],
      ['eslint', ['eslint', testDir]],
      ['vitest', ['vitest', 'run']],
    ] as const) {
      const run = await npx(dir, [...args]);
      expect({ tool, code: run.code }, run.stdout + run.stderr).toEqual({ tool, code: 0 });
    }

    // The formatted files are what the next run renders too: nothing is written again.
    const again = await itw(['generate', dir, '--services', 'none', '--flake-runs', '2', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).generated.map((g: { state: string }) => g.state)).toEqual(['unchanged', 'unchanged']);
  }, 300_000);
});

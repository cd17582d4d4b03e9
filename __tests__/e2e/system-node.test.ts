import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCommand, scratchCopy } from '../helpers/workspace.js';

/**
 * The CLI on the machine's own Node, not the Node 24 that `npm ci` puts under node_modules: `engines` promises
 * Node 20 and later, and on this machine and in CI the system Node is the oldest one at hand.
 */
const cli = path.join(repoRoot, 'dist/cli.js');
const example = path.join(repoRoot, 'examples/orders-service');
const PATH = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => dir && !dir.includes('node_modules'));

function findSystemNode(): string | undefined {
  for (const dir of PATH) {
    const candidate = path.join(dir, 'node');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (!fs.realpathSync(candidate).includes(`${path.sep}node_modules${path.sep}`)) return candidate;
    } catch {
      // not there, or not runnable
    }
  }
  return undefined;
}

const systemNode = findSystemNode();
const version = systemNode ? execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim() : 'none';
const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
const env = { PATH: PATH.join(path.delimiter), HOME: process.env.HOME };
const REAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.promises.rm(dir, { recursive: true, force: true });
});

it('finds a Node on PATH outside node_modules (CI must have one)', () => {
  if (!systemNode && process.env.CI === 'true') {
    throw new Error(
      `no node binary on PATH outside node_modules (PATH: ${process.env.PATH}); install the system Node (apt-get install nodejs).`,
    );
  }
});

describe.skipIf(!systemNode)(`itw on the system Node (${systemNode} ${version})`, () => {
  const itw = (args: string[]) => runCommand(systemNode!, [cli, ...args], { cwd: repoRoot, env });

  it('is a Node that engines.node of package.json accepts', () => {
    const engines: string = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).engines.node;
    expect(engines).toMatch(/^>=\d+$/);
    expect(major).toBeGreaterThanOrEqual(Number(engines.slice(2)));
  });

  it('audits the example', async () => {
    const dir = await scratchCopy(example, 'system-node-audit');
    scratch.push(dir);
    const result = await itw(['audit', dir, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).counts).toMatchObject({ points: 10, covered: 1, endpoints: 8 });
  });

  it('generates the example tests against the real PostgreSQL and keeps every one of them', async () => {
    const dir = await scratchCopy(example, 'system-node-generate');
    scratch.push(dir);
    const result = await runCommand(systemNode!, [cli, 'generate', dir, '--flake-runs', '1', '--json'], {
      cwd: repoRoot,
      env: { ...env, DATABASE_URL: REAL_POSTGRES },
    });
    expect(result.stderr).toContain('Using postgres from env: postgres://postgres@127.0.0.1:5432/postgres');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.counts).toMatchObject({ points: 10, covered: 10, testsWritten: 23, passed: 23, failed: 0, flaky: 0 });
    expect(report.generated.map((g: { file: string }) => g.file)).toEqual([
      'test/integration/itw/customers.itw.test.ts',
      'test/integration/itw/orders.itw.test.ts',
    ]);
  });

  it.skipIf(major > 22 || (major === 22 && minor >= 22))('says that Testcontainers needs Node 22.22, instead of a TypeError', async () => {
    const dir = await scratchCopy(example, 'system-node-testcontainers');
    scratch.push(dir);
    const result = await itw(['generate', dir, '--services', 'testcontainers', '--flake-runs', '1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `services: testcontainers needs a Docker engine: the testcontainers library needs Node 22.22 or later and this is Node ${version.slice(1)}`,
    );
    expect(result.stderr).not.toContain('TypeError');
  });
});

/**
 * What itw keeps must pass the user's own CI: a run that proves nothing keeps nothing and says why,
 * and a file itw wrote counts as coverage only with the evidence of its last validation.
 */
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { EnvironmentError, runEngine } from '../../src/engine.js';
import { startPasswordRefusingServer } from '../helpers/pg-password-server.js';
import { leftDatabases } from '../helpers/stack.js';
import { nodeBin, repoRoot, runCommand, scratchCopy } from '../helpers/workspace.js';

const cli = path.join(repoRoot, 'dist/cli.js');
const example = path.join(repoRoot, 'examples/orders-service');
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
const itw = (args: string[], env: NodeJS.ProcessEnv) => runCommand(nodeBin, [cli, ...args], { cwd: repoRoot, env: { ...baseEnv, ...env } });

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

async function copyOfExample(name: string): Promise<{ dir: string; before: string[] }> {
  const dir = await scratchCopy(example, name);
  scratch.push(dir);
  return { dir, before: await listTree(dir) };
}

async function listTree(dir: string): Promise<string[]> {
  // node_modules holds the runner's own cache, as after any `npm test`.
  return (await fs.readdir(dir, { recursive: true })).filter((f) => !f.startsWith('itw-report') && !f.startsWith('node_modules')).sort();
}

describe('a service the tests cannot use is an error with its cause, and nothing is kept', () => {
  it.each([
    ['a port where nothing listens', 'postgres://postgres@127.0.0.1:1/postgres', /ECONNREFUSED.*nothing listens there/s],
    ['a user the server does not know', 'postgres://itw_no_such_user:secret@127.0.0.1:5432/postgres', /itw_no_such_user.*\[28000\]/s],
    [
      'a database that does not exist',
      'postgres://postgres@127.0.0.1:5432/itw_test_missing',
      /itw_test_missing.*does not exist.*\[3D000\]/s,
    ],
  ])('%s: exit 1, the error quoted without the password, the tree as it was', async (_what, url, cause) => {
    const { dir, before } = await copyOfExample('truth-service');
    const result = await itw(['generate', dir, '--flake-runs', '2'], { DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(cause);
    expect(result.stderr).toContain('cannot be used');
    expect(result.stderr).not.toContain('secret');
    expect(await listTree(dir)).toEqual(before);
  });
});

describe('a wrong database password', () => {
  it("ends the run at once with the server's refusal and what to do, the password never shown", async () => {
    const { dir, before } = await copyOfExample('truth-password');
    const server = await startPasswordRefusingServer();
    try {
      const result = await itw(['generate', dir, '--flake-runs', '2'], {
        DATABASE_URL: `postgres://postgres:not-the-pass-word@127.0.0.1:${server.port}/postgres`,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/password authentication failed for user "postgres" \[28P01\]; the password is wrong/);
      expect(result.stderr + result.stdout).not.toContain('not-the-pass-word');
      expect(await listTree(dir)).toEqual(before);
    } finally {
      await server.close();
    }
  });
});

describe('a database that goes away after the first run', () => {
  it('ends the run with the connection error, keeps nothing, and leaves no test database', async () => {
    const started = new Date();
    const { dir, before } = await copyOfExample('truth-goes-away');
    // A loopback proxy in front of the real PostgreSQL, closed (with its connections) once run 1 is done.
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const upstream = net.connect(5432, '127.0.0.1');
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => {});
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as net.AddressInfo).port;
    const stop = () => {
      proxy.close();
      for (const s of sockets) s.destroy();
    };
    const lines: string[] = [];
    const error = await runEngine(parseConfig({ 'flake-runs': '3' }, dir), {
      env: { ...baseEnv, DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` },
      log: (line) => {
        lines.push(line);
        if (/^\s+run 1\/3/.test(line)) stop();
      },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    stop();
    expect(lines.find((l) => /run 1\/3/.test(l))).toMatch(/all passed/);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(/^the generated tests could not run: in run 2, 3 of 3 no test passed/);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect((error as Error).message).toContain('Nothing was kept.');
    expect(await listTree(dir)).toEqual(before);
    expect(await leftDatabases(started)).toEqual([]);
  });
});

describe('a file itw wrote counts as coverage only with the evidence of its last validation', () => {
  it('audit ignores an itw file without the validated line, a later generate removes files no plan keeps', async () => {
    const { dir } = await copyOfExample('truth-evidence');
    const env = { DATABASE_URL: ADMIN_URL };
    const first = await itw(['generate', dir, '--flake-runs', '2', '--json'], env);
    expect(first.code).toBe(0);
    const orders = path.join(dir, 'test/integration/itw/orders.itw.test.ts');
    const kept = await fs.readFile(orders, 'utf8');
    expect(kept).toMatch(/^\/\/ itw-validated: passed 2 of 2 runs$/m);

    // What itw kept passes the repository's own test command, five times in a row, and its type check.
    const vitest = path.join(repoRoot, 'node_modules/vitest/vitest.mjs');
    for (let i = 0; i < 5; i++) {
      const run = await runCommand(nodeBin, [vitest, 'run'], { cwd: dir, env: { ...baseEnv, ...env } });
      expect(run.code, run.stdout + run.stderr).toBe(0);
    }
    const tsc = await runCommand(nodeBin, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', dir], {
      cwd: dir,
      env: baseEnv,
    });
    expect(tsc.code, tsc.stdout).toBe(0);

    const validated = JSON.parse((await itw(['audit', dir, '--json'], env)).stdout);
    expect(validated.counts.endpointsCovered).toBe(8);

    // As a killed run leaves its files: written, never validated.
    await fs.writeFile(orders, kept.replace(/^\/\/ itw-validated: .*\n/m, ''));
    const ghost = path.join(dir, 'test/integration/itw/ghost.itw.test.ts');
    await fs.writeFile(ghost, kept.replace(/^\/\/ itw-validated: .*\n/m, ''));
    const audit = JSON.parse((await itw(['audit', dir, '--json'], env)).stdout);
    const ordersPoint = audit.points.find((p: { key: string }) => p.key === 'POST /api/orders');
    expect(audit.counts.endpointsCovered).toBeLessThan(validated.counts.endpointsCovered);
    expect(audit.gaps.find((g: { pointId: string }) => g.pointId === ordersPoint.id).reason).toMatch(/never validated/);

    const again = await itw(['generate', dir, '--flake-runs', '1'], env);
    expect(again.code).toBe(0);
    await expect(fs.access(ghost)).rejects.toThrow();
    expect(await fs.readFile(orders, 'utf8')).toMatch(/^\/\/ itw-validated: passed 1 of 1 runs$/m);
  });
});

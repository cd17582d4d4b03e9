import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOrphanedTrees, isAlive, readStat, TREE_VARIABLE } from '../../src/run/process-tree.js';
import { MAX_CAPTURE, runProcess } from '../../src/run/process.js';

const env = { PATH: process.env.PATH ?? '' };
let scratch: string;
beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'itw-process-'));
});
afterAll(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

/** Waits up to a few seconds for a process to be gone (a killed orphan is reaped by init, not at once). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return !isAlive(pid);
}

const node = (script: string, options: Partial<Parameters<typeof runProcess>[2]> = {}) =>
  runProcess(process.execPath, ['-e', script], { cwd: scratch, env, timeoutMs: 60_000, ...options });

function blockBody(): string {
  return Array.from({ length: 60_000 }, (_, j) => `l${j}:é✓\n`).join('');
}

describe('runProcess', () => {
  it('keeps the exact tail of 200 MB of output, multi-byte characters included', async () => {
    // 200 blocks of 1 MB; each character of "é✓" takes several bytes, so chunk borders fall inside them.
    const body = blockBody();
    const script = `const body = (${blockBody.toString()})(); for (let i = 0; i < 200; i++) process.stdout.write('#' + i + '\\n' + body);`;
    const result = await node(script);
    expect(result.code).toBe(0);
    const bytes = Buffer.byteLength(result.stdout);
    expect(bytes).toBeLessThanOrEqual(MAX_CAPTURE);
    expect(bytes).toBeGreaterThan(MAX_CAPTURE - 4);
    const end = Buffer.from(Array.from({ length: 8 }, (_, k) => `#${192 + k}\n${body}`).join(''));
    expect(result.stdout).toBe(end.subarray(end.length - bytes).toString('utf8'));
  });

  it('settles when the command exits, although a child in a session of its own still holds its output, and ends that child', async () => {
    // The child keeps stdout open and would outlive its parent; the parent exits at once.
    const script = `const c = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: ['ignore', 'inherit', 'inherit'] }); console.log(c.pid); c.unref();`;
    const result = await node(script);
    expect(result).toMatchObject({ code: 0, timedOut: false });
    expect(result.durationMs).toBeLessThan(10_000);
    const child = Number(result.stdout.trim());
    expect(child).toBeGreaterThan(0);
    expect(await gone(child)).toBe(true);
  });

  it('ends a descendant that left the tree with an environment of its own, once seen while its parent lived', async () => {
    // No inherited variable leads to this child: only the parent link seen while the parent ran does.
    const script = `const c = require('child_process').spawn('sleep', ['300'], { detached: true, stdio: 'ignore', env: { PATH: process.env.PATH } }); console.log(c.pid); c.unref(); setTimeout(() => {}, 1500);`;
    const result = await node(script);
    expect(result.code).toBe(0);
    const child = Number(result.stdout.trim());
    expect(child).toBeGreaterThan(0);
    expect(await gone(child)).toBe(true);
  });

  it('kills the tree when the progress file stops growing, not while it grows', async () => {
    const progress = path.join(scratch, 'progress');
    // Progress every 200 ms for 3 s (longer than the 1 s allowed without progress), then a hang.
    const script = `const fs = require('fs'); let n = 0; const t = setInterval(() => { fs.appendFileSync(${JSON.stringify(progress)}, 'line\\n'); if (++n === 15) { clearInterval(t); setInterval(() => {}, 1000); } }, 200);`;
    const result = await node(script, { idle: { file: progress, ms: 1000 } });
    expect(result.timedOut).toBe(true);
    expect((await fs.readFile(progress, 'utf8')).split('\n').filter(Boolean)).toHaveLength(15);
    expect(result.durationMs).toBeGreaterThan(3000);
  });

  it('ends the whole tree at once when its signal aborts, and rejects with the reason', async () => {
    const pidFile = path.join(scratch, 'abort.pid');
    const script = `const c = require('child_process').spawn('sleep', ['300'], { stdio: 'ignore' }); require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); setInterval(() => {}, 1000);`;
    const controller = new AbortController();
    const running = runProcess(process.execPath, ['-e', script], { cwd: scratch, env, signal: controller.signal });
    let child = 0;
    for (let i = 0; i < 100 && !child; i++) {
      await new Promise((r) => setTimeout(r, 50));
      child = Number(await fs.readFile(pidFile, 'utf8').catch(() => '0'));
    }
    expect(child).toBeGreaterThan(0);
    const reason = new Error('stopped by SIGTERM');
    const started = performance.now();
    controller.abort(reason);
    await expect(running).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await gone(child)).toBe(true);
    await expect(runProcess(process.execPath, ['-e', ''], { cwd: scratch, env, signal: controller.signal })).rejects.toBe(reason);
  });

  it('ends, in a later run, the trees whose owner was killed, and only those', async () => {
    const { pid: deadOwner } = spawnSync(process.execPath, ['-e', '']);
    const start = (owner: number) => readStat(owner)?.start ?? 0;
    const sleeper = (owner: string) =>
      spawn('sleep', ['300'], { detached: true, stdio: 'ignore', env: { PATH: env.PATH, [TREE_VARIABLE]: `${owner}.x` } });
    const orphan = sleeper(`${deadOwner}.${start(deadOwner!)}`);
    const owned = sleeper(`${process.pid}.${start(process.pid)}`);
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(endOrphanedTrees()).toBeGreaterThanOrEqual(1);
      expect(await gone(orphan.pid!)).toBe(true);
      expect(isAlive(owned.pid!)).toBe(true);
    } finally {
      orphan.kill('SIGKILL');
      owned.kill('SIGKILL');
    }
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireTreeLock, TreeLockedError } from '../../src/safety/lock.js';

const lockModule = path.resolve(import.meta.dirname, '../../src/safety/lock.ts');
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tree(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itw-lock-'));
  dirs.push(dir);
  return dir;
}

/** Another process that takes the lock (through the same module) and keeps it until killed. */
async function holder(root: string): Promise<ChildProcess> {
  const script = `import { acquireTreeLock } from ${JSON.stringify(lockModule)}; acquireTreeLock(${JSON.stringify(root)}); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: path.dirname(lockModule),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
    child.on('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
  return child;
}

describe('the lock on a working tree', () => {
  it('refuses a second run at once while another live process holds it, naming that process', async () => {
    const root = tree();
    const other = await holder(root);
    let error: unknown;
    try {
      acquireTreeLock(root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TreeLockedError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^another itw run \\(pid ${other.pid}, started \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\) is generating in this tree \\(${root}\\); wait for it or stop it\\.`,
      ),
    );
  });

  it('takes over a lock whose process died without releasing it, and releases it on every path', async () => {
    const root = tree();
    const other = await holder(root);
    other.kill('SIGKILL');
    await new Promise((resolve) => other.once('exit', resolve));
    const file = path.join(root, '.itw/generate.lock');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: other.pid, host: os.hostname() });

    const logs: string[] = [];
    const lock = acquireTreeLock(root, (l) => logs.push(l));
    expect(logs).toEqual([`Taking over a stale lock ${file} (pid ${other.pid} is gone).`]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(() => acquireTreeLock(root)).toThrow(TreeLockedError);
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
    acquireTreeLock(root).release();
  });

  it('is released when its process exits without releasing it (process.exit on a signal)', async () => {
    const root = tree();
    const script = `import { acquireTreeLock } from ${JSON.stringify(lockModule)}; acquireTreeLock(${JSON.stringify(root)}); process.exit(3);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'inherit' });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(3);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('leaves no .itw folder behind when it made one, and keeps one a person made', () => {
    const root = tree();
    acquireTreeLock(root).release();
    expect(fs.readdirSync(root)).toEqual([]);
    fs.mkdirSync(path.join(root, '.itw'));
    fs.writeFileSync(path.join(root, '.itw/notes'), 'mine');
    acquireTreeLock(root).release();
    expect(fs.readdirSync(path.join(root, '.itw'))).toEqual(['notes']);
  });
});

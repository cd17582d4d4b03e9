import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../src/safety/paths.js';
import { runProcess } from '../../src/run/process.js';

describe('paths', () => {
  it('keeps paths inside the root and refuses the rest', () => {
    expect(resolveInside('/repo', 'test/it')).toBe('/repo/test/it');
    expect(resolveInside('/repo', './a/../b')).toBe('/repo/b');
    expect(() => resolveInside('/repo', '../etc', 'Input "x"')).toThrow(
      'Input "x" "../etc" resolves outside /repo; give a path inside it.',
    );
    expect(() => resolveInside('/repo', '/etc/passwd')).toThrow('resolves outside /repo');
    expect(() => resolveInside('/repo', 'a\0b')).toThrow('contains a NUL byte');
  });
});

describe('test processes', () => {
  it('are killed with their whole process tree when they outlast the timeout', async () => {
    // The parent starts a grandchild that would outlive it; both must be gone after the timeout.
    const script =
      "const c=require('child_process').spawn(process.execPath,['-e','setInterval(()=>{},1000)'],{stdio:'ignore'});console.log(c.pid);setInterval(()=>{},1000)";
    const result = await runProcess(process.execPath, ['-e', script], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? '' },
      timeoutMs: 1500,
    });
    expect(result.timedOut).toBe(true);
    const grandchild = Number(result.stdout.trim());
    expect(grandchild).toBeGreaterThan(0);
    expect(await gone(grandchild)).toBe(true);
  });
});

/** Whether a process has exited: no longer there, or a zombie waiting for a reaper. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    const status = fs.existsSync(`/proc/${pid}/status`) ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : '';
    if (!status || /^State:\s+Z/m.test(status)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

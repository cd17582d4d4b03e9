import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scrubbedEnv } from '../../src/safety/env.js';
import { resolveInside } from '../../src/safety/paths.js';
import { checkServiceUrl, redact } from '../../src/safety/urls.js';
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

describe('service URLs', () => {
  it('accepts loopback and allowed hosts, refuses any other host with the fix', () => {
    expect(checkServiceUrl('postgres://u@127.0.0.1:5432/db', [], 'DATABASE_URL').hostname).toBe('127.0.0.1');
    expect(checkServiceUrl('postgres://u@[::1]:5432/db', [], 'DATABASE_URL').port).toBe('5432');
    expect(checkServiceUrl('postgres://u@postgres:5432/db', ['postgres'], 'DATABASE_URL').hostname).toBe('postgres');
    expect(() => checkServiceUrl('postgres://u:pw@db.example.com/db', [], 'DATABASE_URL')).toThrow(
      'DATABASE_URL points at "db.example.com", which is neither loopback nor in allowed-hosts; add it to allowed-hosts if it is a service container of this job.',
    );
    expect(() => checkServiceUrl('not a url', [], 'DATABASE_URL')).toThrow('DATABASE_URL is not a URL');
  });

  it('never prints a password', () => {
    expect(redact('postgres://user:s3cret@127.0.0.1/db')).toBe('postgres://user:***@127.0.0.1/db');
  });
});

describe('test processes', () => {
  it('get no runner token, LLM key, action input or ACTIONS_ variable', async () => {
    const env = scrubbedEnv(
      {
        PATH: process.env.PATH,
        GITHUB_TOKEN: 'ghs_x',
        GH_TOKEN: 'gho_x',
        ANTHROPIC_API_KEY: 'sk-ant',
        'INPUT_GITHUB-TOKEN': 'ghs_y',
        ACTIONS_RUNTIME_TOKEN: 'r',
        KEEP: 'yes',
      },
      { DATABASE_URL: 'postgres://127.0.0.1/x' },
    );
    const result = await runProcess(process.execPath, ['-e', 'console.log(JSON.stringify(process.env))'], {
      cwd: process.cwd(),
      env,
      timeoutMs: 30_000,
    });
    const seen = JSON.parse(result.stdout) as Record<string, string>;
    expect(Object.keys(seen).filter((k) => /TOKEN|ANTHROPIC|^INPUT_|^ACTIONS_/.test(k))).toEqual([]);
    expect(seen).toMatchObject({ KEEP: 'yes', DATABASE_URL: 'postgres://127.0.0.1/x' });
  });

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

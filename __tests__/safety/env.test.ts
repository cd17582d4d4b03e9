import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../src/run/process.js';
import { configEnvNames, testProcessEnv } from '../../src/safety/env.js';

/** What a real child process sees when started with `env`. */
async function seenBy(env: Record<string, string>): Promise<Record<string, string>> {
  const result = await runProcess(process.execPath, ['-e', 'console.log(JSON.stringify(process.env))'], {
    cwd: process.cwd(),
    env,
    timeoutMs: 30_000,
  });
  return JSON.parse(result.stdout) as Record<string, string>;
}

const machine = {
  PATH: process.env.PATH ?? '/usr/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TZ: 'UTC',
  NODE_OPTIONS: '--max-old-space-size=2048',
  NODE_AUTH_TOKEN: 'npm_abcdefghijklmnopqrstuvwxyz0123456789',
  NPM_TOKEN: 'npm_0123456789abcdefghijklmnopqrstuvwxyz',
  GITHUB_TOKEN: 'ghs_0123456789abcdefghijklmnopqrstuv',
  GH_TOKEN: 'gho_0123456789abcdefghijklmnopqrstuv',
  ANTHROPIC_API_KEY: 'sk-ant-api03-abcdefghijklmnop',
  'INPUT_GITHUB-TOKEN': 'ghs_y',
  ACTIONS_RUNTIME_TOKEN: 'r',
  ACTIONS_CACHE_URL: 'https://cache.example/',
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'eu-west-1',
  AZURE_CLIENT_SECRET: 'azure-secret-value',
  GOOGLE_APPLICATION_CREDENTIALS: '/secrets/gcp.json',
  STRIPE_SECRET_KEY: 'sk_live_abcdef',
  SESSION_SECRET: 'keyboard cat 123',
  DEPLOY_PASSWORD: 'hunter2hunter2',
  RANDOM_TOOL_SETTING: 'x',
  API_PREFIX: '/api/v1',
};

describe('the environment of a test process', () => {
  it('is an allow-list: the basics, what itw provides and what the repository reads, nothing else', async () => {
    const env = testProcessEnv(machine, { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', CI: 'true' }, [
      'API_PREFIX',
      'SESSION_SECRET',
    ]);
    const seen = await seenBy(env);
    // The child adds nothing of its own on Linux but may on other systems: compare what we passed.
    expect(Object.keys(env).sort()).toEqual(
      ['API_PREFIX', 'CI', 'DATABASE_URL', 'HOME', 'LANG', 'LC_ALL', 'NODE_OPTIONS', 'PATH', 'SESSION_SECRET', 'TZ'].sort(),
    );
    expect(seen).toMatchObject({
      API_PREFIX: '/api/v1',
      SESSION_SECRET: 'keyboard cat 123',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      CI: 'true',
      NODE_OPTIONS: '--max-old-space-size=2048',
    });
    for (const name of [
      'NPM_TOKEN',
      'NODE_AUTH_TOKEN',
      'GITHUB_TOKEN',
      'AWS_SECRET_ACCESS_KEY',
      'RANDOM_TOOL_SETTING',
      'STRIPE_SECRET_KEY',
    ])
      expect(seen[name], name).toBeUndefined();
  });

  it('never passes the runner, registry, LLM or cloud credentials, even when the repository reads them', () => {
    const all = Object.keys(machine);
    const env = testProcessEnv(machine, {}, all);
    expect(Object.keys(env).sort()).toEqual(
      [
        'API_PREFIX',
        'AWS_REGION',
        'DEPLOY_PASSWORD',
        'HOME',
        'LANG',
        'LC_ALL',
        'NODE_OPTIONS',
        'PATH',
        'RANDOM_TOOL_SETTING',
        'SESSION_SECRET',
        'STRIPE_SECRET_KEY',
        'TZ',
      ].sort(),
    );
  });

  it('lists the names the repository configuration reads: .env.example names and the env a detector recorded', () => {
    const names = configEnvNames({ env: [{ name: 'API_TOKEN', file: '.env.example', line: 1 }] }, [
      { details: { pools: [{ file: 'src/db.ts', export: 'pool', line: 3, env: 'ORDERS_DATABASE_URL' }] } },
      { details: { method: 'GET', path: '/api/v1/x', prefixFrom: { env: 'API_PREFIX', value: '/api/v1', file: '.env.example' } } },
      { details: { env: 'not a name!' } },
    ]);
    expect(names).toEqual(['API_PREFIX', 'API_TOKEN', 'ORDERS_DATABASE_URL']);
  });

  it('adds the names the non-test source reads from process.env, not what a test reads', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'itw-env-'));
    try {
      fs.mkdirSync(path.join(root, 'src'));
      fs.mkdirSync(path.join(root, 'test'));
      fs.writeFileSync(
        path.join(root, 'src/config.ts'),
        "export const jwt = process.env.JWT_SECRET;\nconst { PORT, DB_HOST: host = 'x' } = process.env;\nexport const redis = process.env['REDIS_HOST'] ?? host + PORT;\n",
      );
      fs.writeFileSync(path.join(root, 'test/app.test.ts'), 'console.log(process.env.AWS_SECRET_ACCESS_KEY);\n');
      const paths = ['src/config.ts', 'test/app.test.ts'];
      expect(configEnvNames({ env: [] }, [], { root, paths, testFiles: ['test/app.test.ts'] })).toEqual([
        'DB_HOST',
        'JWT_SECRET',
        'PORT',
        'REDIS_HOST',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

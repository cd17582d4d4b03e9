import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeBin, parseGithubOutput, repoRoot, runCommand, runnerEnv, scratchCopy, type Finished } from '../helpers/workspace.js';

const cli = path.join(repoRoot, 'dist/cli.js');
const action = path.join(repoRoot, 'dist/index.js');
const example = path.join(repoRoot, 'examples/orders-service');
const secretPrinter = path.join(repoRoot, '__tests__/fixtures/e2e/secret-printer');
const REAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const base = { PATH: process.env.PATH, HOME: process.env.HOME };
const itw = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCommand(nodeBin, [cli, ...args], { cwd: repoRoot, env: { ...base, ...env } });

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

async function copy(source: string, name: string): Promise<string> {
  const dir = await scratchCopy(source, name);
  scratch.push(dir, `${dir}-runner-temp`);
  return dir;
}

/** Every file under `dir` (relative, sorted), and their text. */
async function files(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of (await fs.readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), await fs.readFile(file, 'utf8'));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

describe('a service URL that leads off the machine', () => {
  // `.invalid` never resolves: even a broken check could not send traffic anywhere.
  const url = 'postgres://postgres@127.0.0.1:5432/postgres?host=db.invalid';

  it('ends the CLI with exit 1, names the real target, and leaves the tree as it was', async () => {
    const dir = await copy(example, 'safety-host');
    const before = await files(dir);
    const result = await itw(['generate', dir, '--services', 'env', '--flake-runs', '1'], { DATABASE_URL: url });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      'itw: DATABASE_URL connects to db.invalid:5432 (set by its "host" query parameter), which is neither this machine nor in allowed-hosts',
    );
    const after = await files(dir);
    expect([...after.keys()].filter((f) => !f.startsWith('itw-report/'))).toEqual([...before.keys()]);
  });

  it('fails the action step (exit 1) with the same message', async () => {
    const dir = await copy(example, 'safety-host-action');
    const { env } = await runnerEnv(dir, { mode: 'generate', services: 'env', 'flake-runs': '1' }, { DATABASE_URL: url });
    const result = await runCommand(nodeBin, [action], { cwd: dir, env });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('::error::DATABASE_URL connects to db.invalid:5432 (set by its "host" query parameter)');
    await expect(fs.access(path.join(dir, 'test/integration'))).rejects.toThrow();
  });
});

describe('an administrative database that looks real', () => {
  it('is refused with exit 1 and what to do; allowed-databases names a scratch one', async () => {
    const dir = await copy(example, 'safety-db');
    const result = await itw(['generate', dir, '--services', 'env', '--flake-runs', '1'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/production',
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      'itw: DATABASE_URL opens the database "production" on 127.0.0.1:5432 (postgres://postgres@127.0.0.1:5432/production); itw connects there to create and drop its test databases',
    );
    expect(result.stderr).toContain('or list "production" in allowed-databases if it is a scratch database.');
    await expect(fs.access(path.join(dir, 'test/integration'))).rejects.toThrow();

    const allowed = await itw(['generate', dir, '--services', 'env', '--flake-runs', '1', '--allowed-databases', 'scratch,production'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/production',
    });
    expect(allowed.stderr).toContain('DATABASE_URL: test databases are created through the database "production" on 127.0.0.1:5432');
    expect(allowed.stderr).not.toContain('the name suggests real data');
  });

  it('is named in the log when it is accepted', async () => {
    const dir = await copy(example, 'safety-db-ok');
    const result = await itw(['generate', dir, '--services', 'env', '--flake-runs', '1'], { DATABASE_URL: REAL_POSTGRES });
    expect(result.stderr).toContain(
      'DATABASE_URL: test databases are created through the database "postgres" on 127.0.0.1:5432 (postgres://postgres@127.0.0.1:5432/postgres).',
    );
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('secrets in the environment', () => {
  const secrets = {
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    NPM_TOKEN: 'npm_Xy7Qw2Ez9Rt4Yu1Io8Pa5Sd3Fg6Hj0Kl2Zx4',
    // The repository's configuration reads this one (its .env.example lists it): it reaches the test, masked.
    API_TOKEN: 'tok-Live-7f3a9c2e1b8d4f60',
  };
  const password = 'Pg-Passw0rd-93kd';
  const env = { ...secrets, DATABASE_URL: `postgres://postgres:${password}@127.0.0.1:5432/app_test` };
  const values = [...Object.values(secrets), password];
  const leaks = (text: string): string[] => values.filter((v) => text.includes(v));

  it('never reach a written file or the CLI output, and the test process gets only what the repository reads', async () => {
    const dir = await copy(secretPrinter, 'safety-secrets');
    const result = await itw(['verify', dir, '--flake-runs', '1'], env);

    expect(result.code, result.stderr).toBe(1); // the fixture's test fails every run
    expect(leaks(result.stdout + result.stderr)).toEqual([]);
    const written = await files(dir);
    expect([...written.keys()]).toEqual(expect.arrayContaining(['itw-report/junit.xml', 'itw-report/report.json']));
    for (const [file, text] of written) expect(leaks(text), file).toEqual([]);

    const report = JSON.parse(written.get('itw-report/report.json')!);
    const message: string = report.outcomes[0].failure.message;
    // Not handed over at all (allow-list), or handed over because the configuration reads it, and masked.
    expect(message).toContain(
      'AWS_SECRET_ACCESS_KEY=absent NPM_TOKEN=absent API_TOKEN=*** DATABASE_URL=postgres://postgres:***@127.0.0.1:5432/app_test',
    );
    expect(written.get('itw-report/junit.xml')).toContain('API_TOKEN=***');
    expect(result.stdout).toContain('API_TOKEN=***');
  });

  it('never reach the action log, annotations, summary or outputs, and are registered as secrets', async () => {
    const dir = await copy(secretPrinter, 'safety-secrets-action');
    const { env: runner, summaryFile, outputFile } = await runnerEnv(dir, { mode: 'verify', 'flake-runs': '1' }, env);
    const result = await runCommand(nodeBin, [action], { cwd: dir, env: runner });

    expect(result.code, result.stderr).toBe(1);
    const masks = result.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    for (const v of values) expect(masks, v).toContain(`::add-mask::${v}`);
    const log = result.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(leaks(log + result.stderr)).toEqual([]);
    expect(log).toMatch(/::error .*API_TOKEN=\*\*\*/);
    const summary = await fs.readFile(summaryFile, 'utf8');
    expect(summary).toContain('API_TOKEN=***');
    expect(leaks(summary)).toEqual([]);
    expect(leaks(JSON.stringify(parseGithubOutput(await fs.readFile(outputFile, 'utf8'))))).toEqual([]);
    for (const [file, text] of await files(dir)) expect(leaks(text), file).toEqual([]);
  });
});

describe('a test-dir that is a symbolic link out of the working directory', () => {
  it('is refused with exit 2 before anything is written, inside or outside', async () => {
    const dir = await copy(example, 'safety-link');
    const outside = `${dir}-outside`;
    scratch.push(outside);
    await fs.mkdir(outside);
    await fs.mkdir(path.join(dir, 'test/integration'), { recursive: true });
    await fs.symlink(outside, path.join(dir, 'test/integration/itw'));
    const before = await files(dir);

    const result = await itw(['generate', dir, '--services', 'embedded', '--flake-runs', '1']);

    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toBe(
      `itw: Input "test-dir" "test/integration/itw" resolves through a symbolic link to ${outside}, outside ${dir}; give a path that stays inside it (or replace the link with a folder).\n`,
    );
    expect(await fs.readdir(outside)).toEqual([]);
    expect([...(await files(dir)).keys()]).toEqual([...before.keys()]);
  });
});

describe('two generate runs on one tree', () => {
  it('the second fails at once naming the first; the first finishes with its files intact', async () => {
    const dir = await copy(example, 'safety-lock');
    const lockFile = path.join(dir, '.itw/generate.lock');
    const first = spawnItw(['generate', dir, '--services', 'env', '--flake-runs', '2', '--json'], { DATABASE_URL: REAL_POSTGRES });
    let holder: { pid: number; started: string } | undefined;
    for (let i = 0; i < 600 && !holder; i++) {
      holder = await fs.readFile(lockFile, 'utf8').then(JSON.parse, () => undefined);
      if (!holder) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(holder?.pid, 'the first run took no lock').toBe(first.pid);

    const started = performance.now();
    const second = await itw(['generate', dir, '--services', 'env', '--flake-runs', '1'], { DATABASE_URL: REAL_POSTGRES });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(second.code, second.stderr).toBe(1);
    expect(second.stderr).toContain(
      `itw: another itw run (pid ${first.pid}, started ${holder!.started}) is generating in this tree (${dir}); wait for it or stop it.`,
    );

    const done = await first.done;
    expect(done.stderr).not.toContain('another itw run');
    expect(done.code, done.stderr).toBe(0);
    const report = JSON.parse(done.stdout);
    expect(report.generated.length).toBeGreaterThan(0);
    for (const g of report.generated) await expect(fs.access(path.join(dir, g.file))).resolves.toBeUndefined();
    await expect(fs.access(path.join(dir, '.itw'))).rejects.toThrow();
  }, 300_000);
});

function spawnItw(args: string[], env: NodeJS.ProcessEnv): { pid: number; done: Promise<Finished> } {
  const child = spawn(nodeBin, [cli, ...args], { cwd: repoRoot, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { pid: child.pid!, done };
}

import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBin, repoRoot, runCommand, scratchCopy } from '../helpers/workspace.js';

// Needs the real PostgreSQL of this machine (127.0.0.1:5432, trust auth) and `npm run bundle`.
const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const cli = path.join(repoRoot, 'dist/cli.js');
const fixture = path.join(repoRoot, '__tests__/fixtures/e2e/lazy-pool-service');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL };

/** itw's databases on the server, with the run their marker names. */
async function itwDatabases(): Promise<{ name: string; run?: string }[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; comment: string | null }>(
      "SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname LIKE 'itw\\_%'",
    );
    return rows.map((r) => ({ name: r.datname, run: /"run":"([^"]*)"/.exec(r.comment ?? '')?.[1] }));
  } finally {
    await client.end();
  }
}

describe('a service whose pool is made on first use and never closed by its tests', () => {
  let dir: string;
  let generate: Awaited<ReturnType<typeof runCommand>>;
  beforeAll(async () => {
    dir = await scratchCopy(fixture, 'lazy-pool');
    generate = await runCommand(nodeBin, [cli, 'generate', dir, '--flake-runs', '2', '--json'], { cwd: dir, env });
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('keeps the generated tests, migrating once into a template that is gone afterwards', async () => {
    expect(generate.code, generate.stderr).toBe(0);
    // The app's own close function ends its pool: no pool tracking is written.
    expect(await fs.readFile(path.join(dir, 'test/integration/itw/_support/app.ts'), 'utf8')).not.toContain('openedPools');
    const report = JSON.parse(generate.stdout);
    expect(report.generated.map((g: { file: string }) => g.file)).toEqual(['test/integration/itw/items.itw.test.ts']);
    expect(report.generated[0].scenarios.length).toBeGreaterThan(0);
    const template = /Migrated (itw_template_\w+) once \(2 migrations\)/.exec(generate.stderr)?.[1];
    expect(template, generate.stderr).toBeDefined();
    expect((await itwDatabases()).map((d) => d.name)).not.toContain(template);
  });

  it("passes the repository's own test command five times in a row, with no error after the tests", async () => {
    // The databases the tests make carry this run id in their marker.
    const runId = `lazy-pool-${process.pid}-${Date.now()}`;
    for (let run = 1; run <= 5; run++) {
      const result = await runCommand('npx', ['vitest', 'run'], { cwd: dir, env: { ...env, NO_COLOR: '1', ITW_RUN_ID: runId } });
      const output = result.stdout + result.stderr;
      expect({ run, code: result.code, output }).toMatchObject({ run, code: 0 });
      expect(output).toContain('test/integration/itw/items.itw.test.ts');
      expect(output).not.toMatch(/Unhandled|terminating connection/);
    }
    // Each file dropped its own database: none of the tests' databases is left.
    expect((await itwDatabases()).filter((d) => d.run === runId)).toEqual([]);
  });

  it("type-checks under the service's own strict tsconfig", async () => {
    const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = await runCommand(nodeBin, [tsc, '-p', dir], { cwd: dir, env: { PATH: process.env.PATH } });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('a service that offers no way to end its pool (a getter, no close function)', () => {
  let dir: string;
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("ends the pool that connected all the same: the repository's own test command exits 0", async () => {
    dir = await scratchCopy(fixture, 'lazy-pool-no-close');
    const db = path.join(dir, 'src/db.ts');
    await fs.writeFile(db, (await fs.readFile(db, 'utf8')).replace(/\nexport async function closePool[\s\S]*$/, '\n'));
    const generate = await runCommand(nodeBin, [cli, 'generate', dir, '--flake-runs', '1'], { cwd: dir, env });
    expect(generate.code, generate.stderr).toBe(0);
    const support = await fs.readFile(path.join(dir, 'test/integration/itw/_support/app.ts'), 'utf8');
    expect(support).toContain('openedPools');
    for (let run = 1; run <= 2; run++) {
      const result = await runCommand('npx', ['vitest', 'run'], { cwd: dir, env: { ...env, NO_COLOR: '1' } });
      expect({ run, code: result.code, output: result.stdout + result.stderr }).toMatchObject({ run, code: 0 });
      expect(result.stdout + result.stderr).not.toMatch(/Unhandled|terminating connection/);
    }
  });
});

describe('a migration that fails', () => {
  let dir: string;
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('ends generate with exit 1 and the migration named, leaving neither the template nor a test file', async () => {
    dir = await scratchCopy(fixture, 'lazy-pool-broken');
    const broken = path.join(repoRoot, '__tests__/fixtures/e2e/failing-migration/migrations/003_broken.sql');
    await fs.copyFile(broken, path.join(dir, 'migrations/003_broken.sql'));

    const result = await runCommand(nodeBin, [cli, 'generate', dir, '--flake-runs', '1'], { cwd: dir, env });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Migration migrations\/003_broken\.sql failed in the template database itw_template_[0-9a-f]{12}: column "missing_column" of relation "items" does not exist; it was dropped again\. Fix the migration and run again\./,
    );
    const template = /itw_template_[0-9a-f]{12}/.exec(result.stderr)![0];
    expect((await itwDatabases()).map((d) => d.name)).not.toContain(template);
    await expect(fs.access(path.join(dir, 'test/integration'))).rejects.toThrow();
  });
});

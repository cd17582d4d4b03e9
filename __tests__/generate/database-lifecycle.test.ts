import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppEntry } from '../../src/model.js';
import { expressHarness } from '../../src/generate/template/harness/express.js';
import type { SupportContext } from '../../src/generate/template/support/context.js';
import { supportFiles } from '../../src/generate/template/support/index.js';
import { prepareTemplateDatabase } from '../../src/services/template-database.js';
import { repoRoot, scratchCopy } from '../helpers/workspace.js';

// Runs against the real PostgreSQL of this machine (127.0.0.1:5432, trust auth: any password is accepted,
// so a URL can carry one that must never show in a message).
const PASSWORD = 'not-to-be-shown-7f3a';
const ADMIN_URL = `postgres://postgres:${PASSWORD}@127.0.0.1:5432/postgres`;
const fixture = path.join(repoRoot, '__tests__/fixtures/e2e/failing-migration');
const GOOD = ['migrations/001_create_items.sql', 'migrations/002_add_quantity.sql'];
const BROKEN = [...GOOD, 'migrations/003_broken.sql'];

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const exists = (name: string) => admin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
const commentOf = (name: string) =>
  admin(async (c) => {
    const { rows } = await c.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [name],
    );
    return rows[0]?.comment ?? null;
  });
const columnsOf = async (database: string, table: string): Promise<string[]> => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
      [table],
    );
    return rows.map((r) => r.column_name);
  } finally {
    await client.end();
  }
};

/** The marker every database itw creates carries, field for field. */
const MARKER = new RegExp(
  `^\\{"itw":1,"run":"lifecycle-run","pid":${process.pid},"host":"${os.hostname().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}","created":"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"\\}$`,
);

interface GeneratedDatabaseModule {
  createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }>;
}

/** Writes the generated `_support/` of a repository whose migrations are `migrations`, and loads its database module. */
async function generatedSupport(dir: string, migrations: readonly string[]): Promise<GeneratedDatabaseModule> {
  const ctx: SupportContext = {
    typescript: true,
    commonJs: false,
    importExt: '.ts',
    toRoot: '../',
    app: { file: 'src/app.ts', export: { name: 'createApp', type: 'factory' } } as AppEntry,
    points: [],
    migrations,
    pools: [],
    clients: [],
    databaseEnv: 'DATABASE_URL',
  };
  const support = path.join(dir, `_support-${Math.random().toString(36).slice(2, 8)}`);
  await fs.mkdir(support);
  for (const file of supportFiles(ctx, expressHarness, true)) await fs.writeFile(path.join(support, file.name), file.text);
  return (await import(pathToFileURL(path.join(support, 'database.ts')).href)) as GeneratedDatabaseModule;
}

describe('the generated createTestDatabase()', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    dir = await scratchCopy(fixture, 'db-lifecycle');
  });
  afterEach(() => {
    for (const name of ['DATABASE_URL', 'ITW_DATABASE_URL', 'ITW_TEMPLATE_DATABASE', 'ITW_RUN_ID']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('creates, marks and migrates a database (ALTER TABLE included), and drop() removes it', async () => {
    Object.assign(process.env, { DATABASE_URL: ADMIN_URL, ITW_RUN_ID: 'lifecycle-run' });
    delete process.env.ITW_TEMPLATE_DATABASE;
    const { createTestDatabase } = await generatedSupport(dir, GOOD);

    const database = await createTestDatabase();

    expect(database.name).toMatch(/^itw_test_\w{12}$/);
    expect(await commentOf(database.name)).toMatch(MARKER);
    expect(await columnsOf(database.name, 'items')).toEqual(['id', 'name', 'quantity']);
    await database.drop();
    expect(await exists(database.name)).toBe(false);
  });

  it('drops the database it created when a migration fails, and names the migration and the database error', async () => {
    Object.assign(process.env, { DATABASE_URL: ADMIN_URL });
    delete process.env.ITW_TEMPLATE_DATABASE;
    const { createTestDatabase } = await generatedSupport(dir, BROKEN);

    const error = await createTestDatabase().then(
      () => undefined,
      (e: Error) => e,
    );

    expect(error?.message).toMatch(
      /^Migration migrations\/003_broken\.sql failed in the test database itw_test_\w{12}: column "missing_column" of relation "items" does not exist; it was dropped again\.$/,
    );
    expect(error?.message).not.toContain(PASSWORD);
    const name = /itw_test_\w{12}/.exec(error!.message)![0];
    expect(await exists(name)).toBe(false);
  });

  it('copies the template ITW_TEMPLATE_DATABASE names instead of migrating, with the migrated schema', async () => {
    const template = await prepareTemplateDatabase(ADMIN_URL, dir, GOOD);
    try {
      Object.assign(process.env, { DATABASE_URL: ADMIN_URL, ITW_TEMPLATE_DATABASE: template.name, ITW_RUN_ID: 'lifecycle-run' });
      // The broken migration is listed: the copy succeeds only because nothing is migrated again.
      const { createTestDatabase } = await generatedSupport(dir, BROKEN);

      const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);

      for (const database of [first!, second!]) {
        expect(await columnsOf(database.name, 'items')).toEqual(['id', 'name', 'quantity']);
        expect(await commentOf(database.name)).toMatch(MARKER);
        await database.drop();
      }
    } finally {
      await template.drop();
    }
    expect(await exists(template.name)).toBe(false);
  });
});

describe('prepareTemplateDatabase()', () => {
  it('migrates a marked itw_template_* database once and leaves no connection to it', async () => {
    const template = await prepareTemplateDatabase(ADMIN_URL, fixture, GOOD, 'lifecycle-run');
    try {
      expect(template.name).toMatch(/^itw_template_[0-9a-f]{12}$/);
      expect(await commentOf(template.name)).toMatch(MARKER);
      const connections = await admin(
        async (c) => (await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [template.name])).rows[0].n,
      );
      expect(connections).toBe(0);
    } finally {
      await template.drop();
    }
    expect(await exists(template.name)).toBe(false);
  });

  it('drops the template when a migration fails, and says which one and why', async () => {
    const error = await prepareTemplateDatabase(ADMIN_URL, fixture, BROKEN).then(
      () => undefined,
      (e: Error) => e,
    );

    expect(error?.message).toMatch(
      /^Migration migrations\/003_broken\.sql failed in the template database itw_template_[0-9a-f]{12}: column "missing_column" of relation "items" does not exist; it was dropped again\. Fix the migration and run again\.$/,
    );
    expect(error?.message).not.toContain(PASSWORD);
    expect(await exists(/itw_template_[0-9a-f]{12}/.exec(error!.message)![0])).toBe(false);
  });
});

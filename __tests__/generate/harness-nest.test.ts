/**
 * The NestJS harness below discovery and the runners: the `_support/` files rendered for the nest-jest fixture's
 * root module and for bootstraps that set the app up in every way the contract allows, compiled by the fixture's
 * own TypeScript and ts-jest, and run by its own Jest against the real PostgreSQL.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nestHarness } from '../../src/generate/template/harness/nestjs.js';
import type { SupportContext } from '../../src/generate/template/support/context.js';
import { supportFiles } from '../../src/generate/template/support/index.js';
import type { AppEntry, AppSetup } from '../../src/model.js';
import { ownTypecheck, removeCopy, userEnv } from '../helpers/stack.js';
import { repoRoot, runCommand, stackCopy, type Finished } from '../helpers/workspace.js';

const jest = path.join(repoRoot, '__tests__/fixtures/stacks/node_modules/jest/bin/jest.js');

/** What the fixture's main.ts applies, as discovery reports it. */
const BOOTSTRAP: AppSetup = {
  file: 'src/main.ts',
  statements: ["app.setGlobalPrefix('api');", 'app.useGlobalPipes(new ValidationPipe({ whitelist: true }));'],
  imports: [{ from: '@nestjs/common', names: ['ValidationPipe'] }],
};

/** A bootstrap using each import form (a renamed name, a repository file's default export, a namespace) and a statement over several lines. */
const EVERY_FORM: AppSetup = {
  file: 'src/main.ts',
  statements: [
    "app.setGlobalPrefix('api');",
    "app.use(stampHeader(nodePath.basename('/from/the/bootstrap')));",
    'app.useGlobalPipes(\n    new Pipe({\n      whitelist: true,\n    }),\n  );',
  ],
  imports: [
    { from: '@nestjs/common', names: ['ValidationPipe as Pipe'] },
    { from: 'src/setup/stamp.ts', names: ['default as stampHeader'] },
    { from: 'node:path', names: ['* as nodePath'] },
  ],
};

/** A middleware module that reads the environment when it loads: it sees the test's env only if it loads after startApp set it. */
const STAMP_MODULE = `const stamp = process.env.ITW_STAMP ?? 'unset';

export default function stampHeader(suffix: string) {
  return (request: unknown, response: { setHeader(name: string, value: string): void }, next: () => void): void => {
    response.setHeader('x-stamp', \`\${stamp} \${suffix}\`);
    next();
  };
}
`;

/** The test each variant runs through its own `_support/app`: the API as main.ts sets it up, then nothing left open. */
const spec = (stamped: boolean): string => `import pg from 'pg';
import { startApp } from './_support/app';
import { createTestDatabase, type TestDatabase } from './_support/database';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('the app the harness starts', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
  }, 60_000);

  it('serves the API as main.ts sets it up, with the env it was started with, and leaves no connection once closed', async () => {
    const app = await startApp({ DATABASE_URL: database.url, API_TOKEN: 'harness-token', ITW_STAMP: 'started' });
    try {
      expect(app.baseUrl).toMatch(/^http:\\/\\/127\\.0\\.0\\.1:\\d+$/);
      const created = await app.request('POST', '/api/authors', { body: { name: 'Ada', email: 'ada@example.test' } });
      expect(created.status).toBe(201);
      expect(created.headers.get('content-type')).toMatch(/application\\/json/);
      const list = await app.request('GET', '/api/authors');
      expect(list.body).toEqual([created.body]);
      // The bootstrap's global prefix and validation pipe.
      expect((await app.request('GET', '/authors')).status).toBe(404);
      expect((await app.request('POST', '/api/authors', { body: { name: 'Ada' } })).status).toBe(400);
      expect((await app.request('POST', '/api/authors', { rawBody: '{"unterminated": ' })).status).toBe(400);
      // The guard reads API_TOKEN from the env the app was started with.
      expect((await app.request('DELETE', '/api/books/1')).status).toBe(401);
      const deleted = await app.request('DELETE', '/api/books/1', { headers: { authorization: 'Bearer harness-token' } });
      expect(deleted.status).toBe(404);
${stamped ? "      expect(deleted.headers.get('x-stamp')).toBe('started bootstrap');\n" : ''}    } finally {
      await app.close();
    }
    expect(process.env.API_TOKEN).toBeUndefined();
    // Without FORCE, PostgreSQL refuses to drop a database a session is still connected to.
    await admin(\`DROP DATABASE \${database.name}\`);
  }, 60_000);
});
`;

const VARIANTS: Record<string, { setup: AppSetup; stamped: boolean }> = {
  bootstrap: { setup: BOOTSTRAP, stamped: false },
  'every-form': { setup: EVERY_FORM, stamped: true },
};

function supportContext(setup: AppSetup): SupportContext {
  const app: AppEntry = { file: 'src/app.module.ts', framework: 'nestjs', export: { name: 'AppModule', type: 'module' }, setup };
  return {
    typescript: true,
    commonJs: true,
    importExt: '',
    toRoot: '../../../',
    app,
    points: [],
    migrations: ['migrations/001_create_authors_and_books.sql', 'migrations/002_add_books_published_year.sql'],
    pools: [],
    clients: [],
    databaseEnv: 'DATABASE_URL',
  };
}

let dir: string;
let run: Finished;
let results: { name: string; status: string; message: string }[];
const texts = new Map<string, string>();

beforeAll(async () => {
  dir = await stackCopy('nest-jest');
  await fs.mkdir(path.join(dir, 'src/setup'), { recursive: true });
  await fs.writeFile(path.join(dir, 'src/setup/stamp.ts'), STAMP_MODULE);
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const support = path.join(dir, 'test', name, '_support');
    await fs.mkdir(support, { recursive: true });
    for (const file of supportFiles(supportContext(variant.setup), nestHarness, true)) {
      await fs.writeFile(path.join(support, file.name), file.text);
      if (file.name === 'app.ts') texts.set(name, file.text);
    }
    await fs.writeFile(path.join(dir, 'test', name, 'harness.spec.ts'), spec(variant.stamped));
  }
  const report = path.join(dir, 'jest-report.json');
  const files = Object.keys(VARIANTS).map((name) => `test/${name}/harness.spec.ts`);
  run = await runCommand(process.execPath, [jest, '--ci', '--json', `--outputFile=${report}`, '--runTestsByPath', ...files], {
    cwd: dir,
    env: userEnv({ CI: 'true' }),
    timeoutMs: 120_000,
  });
  const text = await fs.readFile(report, 'utf8').catch(() => undefined);
  if (!text) throw new Error(`Jest wrote no report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  const json = JSON.parse(text) as {
    testResults: { name: string; message: string; assertionResults: { status: string; failureMessages: string[] }[] }[];
  };
  results = json.testResults.map((f) => ({
    name: path.relative(dir, f.name),
    status: f.assertionResults.map((a) => a.status).join(',') || 'none',
    message: [f.message, ...f.assertionResults.flatMap((a) => a.failureMessages)].join('\n'),
  }));
}, 180_000);

afterAll(async () => {
  if (dir) await removeCopy(dir);
});

describe('the NestJS harness', () => {
  for (const name of Object.keys(VARIANTS)) {
    it(`starts the root module as the bootstrap sets it up, and closes it with its shutdown hooks (${name})`, () => {
      const result = results.find((r) => r.name === `test/${name}/harness.spec.ts`);
      expect(result, run.stderr).toBeDefined();
      expect(result!.status, result!.message).toBe('passed');
    });
  }

  it('passes the Jest run as a whole: nothing left open, no error outside a test', () => {
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  it('imports what the setup uses after the env is set, in each import form, and keeps a statement’s own indentation', () => {
    const text = texts.get('every-form')!;
    const startApp = text.slice(text.indexOf('export async function startApp'));
    expect(startApp.indexOf('Object.assign(process.env, env);')).toBeLessThan(startApp.indexOf('await import('));
    expect(startApp).toContain("const { AppModule } = await import('../../../src/app.module');");
    expect(startApp).toContain("const { ValidationPipe: Pipe } = await import('@nestjs/common');");
    expect(startApp).toContain("const { default: stampHeader } = await import('../../../src/setup/stamp');");
    expect(startApp).toContain("const nodePath = await import('node:path');");
    expect(startApp).toContain('  app.useGlobalPipes(\n    new Pipe({\n      whitelist: true,\n    }),\n  );\n');
  });

  it('type-checks with the repository’s own tsconfig', async () => {
    const checked = await ownTypecheck(dir);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  }, 120_000);
});

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import type { ExportedClient } from '../../src/discover/detectors/exported-clients.js';
import type { PoolExport } from '../../src/discover/detectors/pg.js';
import { expressHarness } from '../../src/generate/template/harness/express.js';
import type { SupportContext } from '../../src/generate/template/support/context.js';
import { supportFiles } from '../../src/generate/template/support/index.js';
import { isDbPoint, type AppEntry, type DbDetails } from '../../src/model.js';
import { nodeBin, repoRoot, runCommand } from '../helpers/workspace.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

/** A repository made of `files`, under `parent`. */
async function repo(files: Record<string, string>, parent = os.tmpdir()): Promise<string> {
  await fs.mkdir(parent, { recursive: true });
  const dir = await fs.mkdtemp(path.join(parent, 'itw-connections-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  }
  return dir;
}

const pkg = (dependencies: string[]) =>
  JSON.stringify({ name: 'svc', type: 'module', dependencies: Object.fromEntries(dependencies.map((d) => [d, '*'])) });

async function detailsOf(dir: string, library: string): Promise<DbDetails> {
  const { points } = await discover(dir);
  const point = points.filter(isDbPoint).find((p) => p.library === library);
  expect(point, `a ${library} point in ${dir}`).toBeDefined();
  return point!.details;
}

describe('discovery of what the app holds open', () => {
  it('finds a pool made on first use: its getter, its close function and the env variable it reads', async () => {
    const dir = path.join(repoRoot, '__tests__/fixtures/e2e/lazy-pool-service');
    expect((await detailsOf(dir, 'pg')).pools).toEqual([
      { file: 'src/db.ts', export: 'getPool', line: 6, role: 'getter', env: 'DATABASE_URL' },
      { file: 'src/db.ts', export: 'closePool', line: 11, role: 'close', env: 'DATABASE_URL' },
    ]);
  });

  it('finds exported pools under any name, and close functions by what they do or by their name', async () => {
    const dir = await repo({
      'package.json': pkg(['pg']),
      'src/db.ts': [
        "import { Pool } from 'pg';",
        "import * as postgres from 'pg';",
        "export const pool = new Pool({ connectionString: process.env['ORDERS_DB_URL'] });",
        'const replica = new postgres.Pool();',
        'export { replica as readPool };',
        'export const stop = async () => { await replica.end(); };',
        'export async function disconnect() { /* the pools end with the process */ }',
        "export function shutdown() { console.log('bye'); process.exit(0); }",
        'export function query(text: string) { return pool.query(text); }',
        "export const count = () => pool.query('SELECT count(*) FROM orders');",
      ].join('\n'),
    });
    expect((await detailsOf(dir, 'pg')).pools).toEqual([
      { file: 'src/db.ts', export: 'pool', line: 3, role: 'pool', env: 'ORDERS_DB_URL' },
      { file: 'src/db.ts', export: 'readPool', line: 4, role: 'pool' },
      { file: 'src/db.ts', export: 'stop', line: 6, role: 'close', env: 'ORDERS_DB_URL' },
      { file: 'src/db.ts', export: 'disconnect', line: 7, role: 'close', env: 'ORDERS_DB_URL' },
    ]);
  });

  it.each([
    ['knex', "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\nexport const rows = () => db('users').select();"],
    [
      'sequelize',
      "import { Sequelize, DataTypes } from 'sequelize';\nexport const sequelize = new Sequelize(process.env.DATABASE_URL!);\nexport const User = sequelize.define('User', { name: DataTypes.STRING }, { tableName: 'users' });\nexport const all = () => User.findAll();",
    ],
    [
      'typeorm',
      "import { DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';\n@Entity('users') export class User { @PrimaryGeneratedColumn() id!: number; }\nexport const AppDataSource = new DataSource({ type: 'postgres', entities: [User] });\nexport const all = () => AppDataSource.getRepository(User).find();",
    ],
    [
      'prisma',
      "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport default prisma;\nexport const all = () => prisma.user.findMany();",
    ],
  ])('finds the %s instance a module exports', async (library, source) => {
    const dir = await repo({ 'package.json': pkg([library === 'prisma' ? '@prisma/client' : library]), 'src/db.ts': source });
    const clients = (await detailsOf(dir, library)).clients ?? [];
    expect(clients.map((c) => [c.file, c.export, c.library])).toEqual([
      [
        'src/db.ts',
        library === 'prisma' ? 'default' : source.includes('AppDataSource') ? 'AppDataSource' : library === 'knex' ? 'db' : 'sequelize',
        library,
      ],
    ]);
  });
});

describe('the generated _support/app', () => {
  const pools: PoolExport[] = [
    { file: 'src/db.ts', export: 'pool', line: 1, role: 'pool' },
    { file: 'src/db.ts', export: 'getPool', line: 2, role: 'getter' },
    { file: 'src/db.ts', export: 'closePool', line: 3, role: 'close' },
  ];
  const clients: ExportedClient[] = (['knex', 'sequelize', 'typeorm', 'prisma'] as const).map((library) => ({
    file: `src/${library}.ts`,
    export: 'client',
    line: 1,
    library,
  }));

  it('never calls a pool getter: it would create a pool just to end it', () => {
    const ctx = context(pools, clients);
    const app = supportFiles(ctx, expressHarness, true).find((f) => f.name === 'app.ts')!.text;
    expect(app).toContain("const CLOSE_FUNCTIONS: [string, string][] = [\n  ['../../src/db.ts', 'closePool'],\n];");
    expect(app).toContain("const POOLS: [string, string][] = [\n  ['../../src/db.ts', 'pool'],\n];");
    expect(app).not.toContain('getPool');
    for (const c of clients) expect(app).toContain(`['../../src/${c.library}.ts', 'client', '${c.library}']`);
  });

  it.each([true, false])('type-checks under strict TypeScript with unused-code checks (database: %s)', async (withDatabase) => {
    const ctx = context(withDatabase ? pools : [], clients);
    const stub = (name: string) =>
      `export const ${name} = {} as never;\nexport function getPool() {}\nexport async function closePool() {}\n`;
    const dir = await repo(
      {
        'tsconfig.json': JSON.stringify({
          compilerOptions: {
            target: 'ES2023',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            strict: true,
            noEmit: true,
            allowImportingTsExtensions: true,
            verbatimModuleSyntax: true,
            noUnusedLocals: true,
            noUnusedParameters: true,
            noImplicitReturns: true,
            skipLibCheck: true,
            types: ['node'],
          },
          include: ['src', 'test'],
        }),
        'package.json': JSON.stringify({ type: 'module' }),
        'src/app.ts': "import express from 'express';\nexport function createApp() {\n  return express();\n}\n",
        'src/db.ts': stub('pool'),
        ...Object.fromEntries(clients.map((c) => [c.file, stub('client')])),
        ...Object.fromEntries(supportFiles(ctx, expressHarness, withDatabase).map((f) => [`test/_support/${f.name}`, f.text])),
      },
      path.join(repoRoot, '.tmp'),
    );
    const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = await runCommand(nodeBin, [tsc, '-p', dir], { cwd: dir, env: { PATH: process.env.PATH } });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

function context(pools: PoolExport[], clients: ExportedClient[]): SupportContext {
  return {
    typescript: true,
    commonJs: false,
    importExt: '.ts',
    toRoot: '../../',
    app: { file: 'src/app.ts', export: { name: 'createApp', type: 'factory' } } as AppEntry,
    points: [],
    migrations: [],
    pools,
    clients,
    databaseEnv: 'DATABASE_URL',
  };
}

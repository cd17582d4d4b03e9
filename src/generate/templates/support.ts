import type { AppEntry } from '../../model.js';
import type { PoolExport } from '../../discover/detectors/pg.js';

/** What the `_support/` files need to know about the repository. */
export interface SupportContext {
  typescript: boolean;
  /** Suffix of relative imports in this repo's style: '.ts' or '.js'. */
  importExt: string;
  /** From `_support/` to the repository root, with a trailing slash: `../../../../`. */
  toRoot: string;
  app: AppEntry;
  migrations: readonly string[];
  pools: readonly PoolExport[];
  /** The env variable the app reads its database URL from. */
  databaseEnv: string;
}

export interface SupportFile {
  name: string;
  text: string;
}

const t = (ctx: SupportContext, typed: string, plain = ''): string => (ctx.typescript ? typed : plain);

export function supportFiles(ctx: SupportContext, withDatabase: boolean): SupportFile[] {
  const ext = ctx.typescript ? 'ts' : 'js';
  const files = [
    { name: `app.${ext}`, text: appSupport(ctx) },
    { name: `data.${ext}`, text: dataSupport(ctx) },
  ];
  if (withDatabase) files.push({ name: `database.${ext}`, text: databaseSupport(ctx) });
  return files;
}

function appSupport(ctx: SupportContext): string {
  const appPath = `${ctx.toRoot}${ctx.app.file}`;
  const exportName = ctx.app.export.name;
  const build = ctx.app.export.type === 'factory' ? `module.${exportName}()` : `module.${exportName}`;
  const pools = ctx.pools.map((p) => `  ['${ctx.toRoot}${p.file}', '${p.export}'],`).join('\n');
  return `${t(ctx, "import type { Server } from 'node:http';\nimport type { AddressInfo } from 'node:net';\n")}import { once } from 'node:events';

${t(
  ctx,
  `export interface TestResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response is JSON, otherwise the text. */
  body: unknown;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is, for malformed-input tests. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface RunningApp {
  baseUrl: string;
  request(method: string, path: string, options?: RequestOptions): Promise<TestResponse>;
  close(): Promise<void>;
}

`,
)}/** Modules that hold connection pools: ended on close, so the test database can be dropped cleanly. */
const POOLS${t(ctx, ': [string, string][]')} = [
${pools}
];

/**
 * Starts the app from its source, in this process, on an ephemeral port. \`env\` is set before the
 * app is imported (it reads its configuration then) and restored on close.
 */
export async function startApp(env${t(ctx, ': Record<string, string>')} = {})${t(ctx, ': Promise<RunningApp>')} {
  const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  const module = await import('${appPath}');
  const server${t(ctx, ': Server')} = ${build}.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const baseUrl = \`http://127.0.0.1:\${(server.address()${t(ctx, ' as AddressInfo')}).port}\`;

  return {
    baseUrl,
    async request(method, path, options = {}) {
      const hasBody = options.body !== undefined || options.rawBody !== undefined;
      const response = await fetch(baseUrl + path, {
        method,
        headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
        body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('json') && text !== '';
      return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : text };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      for (const [file, name] of POOLS) await (await import(file))[name].end();
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    },
  };
}
`;
}

function dataSupport(ctx: SupportContext): string {
  return `import { randomUUID } from 'node:crypto';

/** A short value no other test uses, for fields that must be unique (emails, names). */
export function uniqueId()${t(ctx, ': string')} {
  return randomUUID().replaceAll('-', '').slice(0, 12);
}

/** An id no record has: tests of the not-found path use it. */
export const MISSING_ID = 2147483646;
`;
}

function databaseSupport(ctx: SupportContext): string {
  const migrations = ctx.migrations.map((m) => `  '${m}',`).join('\n');
  return `import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { uniqueId } from './data${ctx.importExt}';

${t(
  ctx,
  `export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

`,
)}/** Applied in order to every test database. */
const MIGRATIONS = [
${migrations}
];

const ROOT = new URL('${ctx.toRoot}', import.meta.url);

/**
 * Creates a database of its own for one test file (named itw_test_…, so it can never be one a person
 * uses), applies the migrations and hands back its URL. \`drop()\` removes it.
 */
export async function createTestDatabase()${t(ctx, ': Promise<TestDatabase>')} {
  const adminUrl = process.env.ITW_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) {
    throw new Error('Set DATABASE_URL to a PostgreSQL server whose user may create databases; each test file creates and drops its own itw_test_* database.');
  }
  const name = \`itw_test_\${uniqueId()}\`;
  await withClient(adminUrl, (client) => client.query(\`CREATE DATABASE \${name}\`));
  const url = new URL(adminUrl);
  url.pathname = \`/\${name}\`;
  await withClient(url.toString(), async (client) => {
    for (const file of MIGRATIONS) await client.query(await readFile(new URL(file, ROOT), 'utf8'));
  });
  return {
    name,
    url: url.toString(),
    async drop() {
      await withClient(adminUrl, (client) => client.query(\`DROP DATABASE IF EXISTS \${name} WITH (FORCE)\`));
    },
  };
}

async function withClient${t(ctx, '<T>')}(url${t(ctx, ': string')}, work${t(ctx, ': (client: pg.Client) => Promise<T>')})${t(ctx, ': Promise<T>')} {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
`;
}

import type { AppEntry } from '../../model.js';
import type { ExportedClient } from '../../discover/detectors/exported-clients.js';
import type { PoolExport } from '../../discover/detectors/pg.js';
import { importPath } from '../module-style.js';

/** What the `_support/` files need to know about the repository. */
export interface SupportContext {
  typescript: boolean;
  /** Suffix of relative imports in this repo's style: '.ts', '.js' or '' (module-style.ts). */
  importExt: string;
  /** From `_support/` to the repository root, with a trailing slash: `../../../../`. */
  toRoot: string;
  app: AppEntry;
  migrations: readonly string[];
  /** The app's pg pools, pool getters and close functions, as discovery found them. */
  pools: readonly PoolExport[];
  /** knex, Sequelize, TypeORM and Prisma instances the app exports. */
  clients: readonly ExportedClient[];
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
    { name: `app.${ext}`, text: appSupport(ctx, withDatabase) },
    { name: `data.${ext}`, text: dataSupport(ctx) },
  ];
  if (withDatabase) files.push({ name: `database.${ext}`, text: databaseSupport(ctx) });
  return files;
}

/** How each kind of exported client is ended. */
const END_CLIENT: Record<ExportedClient['library'], string> = {
  knex: 'await client.destroy();',
  sequelize: 'await client.close();',
  typeorm: 'if (client.isInitialized) await client.destroy();',
  prisma: 'await client.$disconnect();',
};

function appSupport(ctx: SupportContext, withDatabase: boolean): string {
  const appPath = `${ctx.toRoot}${importPath(ctx.app.file, ctx.importExt)}`;
  const exportName = ctx.app.export.name;
  const build = ctx.app.export.type === 'factory' ? `module.${exportName}()` : `module.${exportName}`;
  const list = (rows: string[][]): string =>
    rows.length ? `[\n${rows.map((r) => `  [${r.map((v) => `'${v}'`).join(', ')}],`).join('\n')}\n]` : '[]';
  const byRole = (role: PoolExport['role']) =>
    ctx.pools.filter((p) => p.role === role).map((p) => [`${ctx.toRoot}${importPath(p.file, ctx.importExt)}`, p.export]);
  const libraries = [...new Set(ctx.clients.map((c) => c.library))];
  const endClient = libraries.length
    ? `
/** Ends a database client the app exports, the way its library ends one. */
async function endClient(client${t(ctx, ': Client')}, library${t(ctx, ': string')})${t(ctx, ': Promise<void>')} {
${libraries.map((l) => `  if (library === '${l}') ${END_CLIENT[l]}`).join('\n')}
}
`
    : '';
  // When the app offers no way to end its pool (none exported, no close function: a getter that makes it
  // on first use, or a pool kept to itself), every pool that connects is tracked, so it is ended too.
  const trackPools = withDatabase && !ctx.pools.some((p) => p.role === 'pool' || p.role === 'close');
  const tracking = trackPools
    ? `
/**
 * Every pg pool that connects while the app runs, however the app made it (a getter that creates it on first
 * use, a pool it does not export): \`close()\` ends those still open, so dropping the test database cuts no
 * idle connection (which the pool would raise as an unhandled error).
 */
const openedPools = new Set${t(ctx, '<PoolLike>')}();
const poolPrototype = Object.getPrototypeOf(pg.Pool.prototype)${t(ctx, ' as { connect(this: PoolLike, ...args: unknown[]): unknown }')};
const connect = poolPrototype.connect;
poolPrototype.connect = function (...args) {
  openedPools.add(this);
  return connect.apply(this, args);
};
`
    : '';
  return `${t(ctx, "import type { Server } from 'node:http';\nimport type { AddressInfo } from 'node:net';\n")}import { once } from 'node:events';
${trackPools ? "import pg from 'pg';\n" : ''}
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

interface PoolLike {
  end(): Promise<void>;
  ending?: boolean;
  ended?: boolean;
}
${
  libraries.length
    ? `
/** What the database clients of knex, Sequelize, TypeORM and Prisma offer to end them. */
interface Client {
  destroy(): Promise<void>;
  close(): Promise<void>;
  $disconnect(): Promise<void>;
  isInitialized?: boolean;
}
`
    : ''
}
`,
)}// What the app holds open, as discovery found it: ended on close, so the test database can be dropped cleanly.
/** The app's own functions that end its connections: called first. */
const CLOSE_FUNCTIONS${t(ctx, ': [string, string][]')} = ${list(byRole('close'))};
/** Pools the app exports. */
const POOLS${t(ctx, ': [string, string][]')} = ${list(byRole('pool'))};
${
  libraries.length
    ? `/** knex, Sequelize, TypeORM and Prisma instances the app exports, with their library. */
const CLIENTS${t(ctx, ': [string, string, string][]')} = ${list(ctx.clients.map((c) => [`${ctx.toRoot}${importPath(c.file, ctx.importExt)}`, c.export, c.library]))};
`
    : ''
}${tracking}
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
      try {
        await endConnections();
      } finally {
        for (const [name, value] of Object.entries(previous)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    },
  };
}

/**
 * Ends what the app opened: through its own close functions first, then every pool and client still open
 * (none is created just to be ended). Each step runs even when one before it failed.
 */
async function endConnections()${t(ctx, ': Promise<void>')} {
  const failures${t(ctx, ': string[]')} = [];
  const attempt = async (what${t(ctx, ': string')}, work${t(ctx, ': () => Promise<void>')}) => {
    try {
      await work();
    } catch (error) {
      failures.push(\`\${what}: \${(error${t(ctx, ' as Error')}).message}\`);
    }
  };
  for (const [file, name] of CLOSE_FUNCTIONS) await attempt(\`\${name}() of \${file}\`, async () => (await import(file))[name]());
  for (const [file, name] of POOLS) await attempt(\`pool \${name} of \${file}\`, async () => endPool((await import(file))[name]));
${trackPools ? "  for (const pool of openedPools) await attempt('a pool the app opened', () => endPool(pool));\n  openedPools.clear();\n" : ''}${
    libraries.length
      ? '  for (const [file, name, library] of CLIENTS) await attempt(`${library} client ${name} of ${file}`, async () => endClient((await import(file))[name], library));\n'
      : ''
  }  if (failures.length) throw new Error(\`The app's database connections could not all be ended: \${failures.join('; ')}\`);
}

async function endPool(pool${t(ctx, ': PoolLike | undefined')})${t(ctx, ': Promise<void>')} {
  if (pool && !pool.ending && !pool.ended) await pool.end();
}
${endClient}`;
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
import { hostname } from 'node:os';
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
)}/** Applied in order to every test database that is not a copy of an already migrated template. */
const MIGRATIONS${t(ctx, ': string[]')} = [
${migrations}
];

const ROOT = new URL('${ctx.toRoot}', import.meta.url);

/**
 * Creates a database of its own for one test file (named itw_test_…, so it can never be one a person
 * uses) and hands back its URL; \`drop()\` removes it. When itw runs the tests, ITW_TEMPLATE_DATABASE names
 * a database it migrated once for the whole run, and this one is a copy of it; otherwise the migrations are
 * applied here. Creating, marking and migrating are one unit: whatever fails after CREATE DATABASE, the
 * database is dropped before the error goes on.
 */
export async function createTestDatabase()${t(ctx, ': Promise<TestDatabase>')} {
  const adminUrl = process.env.ITW_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) {
    throw new Error('Set DATABASE_URL to a PostgreSQL server whose user may create databases; each test file creates and drops its own itw_test_* database.');
  }
  const template = process.env.ITW_TEMPLATE_DATABASE;
  const name = \`itw_test_\${uniqueId()}\`;
  const url = new URL(adminUrl);
  url.pathname = \`/\${name}\`;
  const drop = async ()${t(ctx, ': Promise<void>')} => {
    await withClient(adminUrl, (client) => client.query(\`DROP DATABASE IF EXISTS \${name} WITH (FORCE)\`));
  };
  try {
    await withClient(adminUrl, (client) =>
      client.query(\`CREATE DATABASE \${name}\${template ? \` TEMPLATE \${client.escapeIdentifier(template)}\` : ''}\`),
    );
  } catch (error) {
    throw new Error(\`Could not create the test database \${name} on \${server(adminUrl)}: \${withoutSecret(adminUrl, (error${t(ctx, ' as Error')}).message)}\`);
  }
  try {
    // Read by itw to recognise (and remove) a database that a run it did not see end left behind.
    await withClient(adminUrl, (client) => client.query(\`COMMENT ON DATABASE \${name} IS \${client.escapeLiteral(marker())}\`));
    if (!template) await migrate(url.toString(), name);
  } catch (error) {
    const dropped = await drop().then(
      () => 'it was dropped again',
      (dropError) => \`dropping it failed too (\${withoutSecret(adminUrl, dropError.message)}); drop it by hand\`,
    );
    throw new Error(\`\${withoutSecret(adminUrl, (error${t(ctx, ' as Error')}).message)}; \${dropped}.\`);
  }
  return { name, url: url.toString(), drop };
}

async function migrate(url${t(ctx, ': string')}, name${t(ctx, ': string')})${t(ctx, ': Promise<void>')} {
  await withClient(url, async (client) => {
    for (const file of MIGRATIONS) {
      const sql = await readFile(new URL(file, ROOT), 'utf8');
      try {
        await client.query(sql);
      } catch (error) {
        const position = Number((error${t(ctx, ' as { position?: string }')}).position);
        const line = position > 0 ? \` (line \${sql.slice(0, position).split('\\n').length})\` : '';
        throw new Error(\`Migration \${file} failed\${line} in the test database \${name}: \${(error${t(ctx, ' as Error')}).message}\`);
      }
    }
  });
}

/** What the database's comment records: which run of which process on which machine made it, and when. */
function marker()${t(ctx, ': string')} {
  return JSON.stringify({ itw: 1, run: process.env.ITW_RUN_ID ?? '', pid: process.pid, host: hostname(), created: new Date().toISOString() });
}

/** Host, port and database of a URL, for messages: never its user or password. */
function server(url${t(ctx, ': string')})${t(ctx, ': string')} {
  const { hostname: host, port, pathname } = new URL(url);
  return \`\${host}:\${port || 5432}\${pathname}\`;
}

function withoutSecret(url${t(ctx, ': string')}, text${t(ctx, ': string')})${t(ctx, ': string')} {
  const password = decodeURIComponent(new URL(url).password);
  return password ? text.split(password).join('***') : text;
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

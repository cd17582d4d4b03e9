import type { ExportedClient } from '../../../discover/detectors/exported-clients.js';
import type { PoolExport } from '../../../discover/detectors/pg.js';
import { importPath } from '../../module-style.js';
import type { Harness, HarnessContext } from '../../types.js';
import { t, type SupportContext } from './context.js';

/** How each kind of exported client is ended. */
const END_CLIENT: Record<ExportedClient['library'], string> = {
  knex: 'await client.destroy();',
  sequelize: 'await client.close();',
  typeorm: 'if (client.isInitialized) await client.destroy();',
  prisma: 'await client.$disconnect();',
};

export function appSupport(ctx: SupportContext, harness: Harness, withDatabase: boolean): string {
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
  const imports = harness.imports(ctx);
  const values = ctx.commonJs ? [...imports.values, "import { resolve, sep } from 'node:path';"] : imports.values;
  return `${imports.types.length ? `${imports.types.join('\n')}\n` : ''}${values.map((l) => `${l}\n`).join('')}${trackPools ? "import pg from 'pg';\n" : ''}
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
${harness
  .fields(ctx)
  .map((f) => `  ${f}\n`)
  .join('')}  request(method: string, path: string, options?: RequestOptions): Promise<TestResponse>;
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
${harness.startApp(ctx)}

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
${endClient}${ctx.commonJs ? forgetLoadedModules(ctx) : ''}`;
}

/**
 * CommonJS runners that load every test file into one process (Mocha) would hand a later file the app,
 * its configuration and its pool that an earlier file loaded, still pointed at that file's database.
 */
function forgetLoadedModules(ctx: HarnessContext): string {
  return `
/**
 * Forgets the repository's own modules (not its packages) loaded before, so that this file's app reads
 * this file's environment and opens its own connections, also when the runner loads every test file into
 * one process (Mocha).
 */
function forgetLoadedModules()${t(ctx, ': void')} {
  const root = resolve(__dirname, '${ctx.toRoot}');
  for (const file of Object.keys(require.cache)) {
    if (file.startsWith(root + sep) && !file.includes(\`\${sep}node_modules\${sep}\`)) delete require.cache[file];
  }
}
`;
}

/**
 * The app's export as code, once `module` holds its imported module: `module.createApp`. A CommonJS
 * `module.exports = app` has no `default` once required (generated CommonJS requires the app).
 */
export function exportedApp(ctx: HarnessContext): string {
  const { name } = ctx.app.export;
  return name === 'default' && ctx.commonJs && !ctx.typescript ? '(module.default ?? module)' : `module.${name}`;
}

/** The app itself: the exported instance, or what the exported factory builds. */
export function builtApp(ctx: HarnessContext): string {
  return ctx.app.export.type === 'factory' ? `${exportedApp(ctx)}()` : exportedApp(ctx);
}

/** What a harness puts in the standard `startApp(env)`: env is set first and restored on close, after the app's connections are ended. */
export interface StartAppParts {
  /** Statements that import, build and start the app (indented two spaces). */
  start: string[];
  /** Properties of the returned object before `request` (indented four spaces): `baseUrl,`. */
  returned: string[];
  /** The `async request(method, path, options = {}) { … }` method, indented four spaces, ending with `},`. */
  request: string;
  /** Statements of `close()` before the connections are ended (indented six spaces). */
  stop: string[];
}

/** The `startApp` of `_support/app`, in the shape every harness shares. */
export function startAppFunction(ctx: HarnessContext, doc: string[], parts: StartAppParts): string {
  const ts = (typed: string): string => (ctx.typescript ? typed : '');
  return [
    '/**',
    ...doc.map((line) => ` * ${line}`),
    ' */',
    `export async function startApp(env${ts(': Record<string, string>')} = {})${ts(': Promise<RunningApp>')} {`,
    '  const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));',
    '  Object.assign(process.env, env);',
    ...(ctx.commonJs ? ['  forgetLoadedModules();'] : []),
    ...parts.start,
    '',
    '  return {',
    ...parts.returned,
    parts.request,
    '    async close() {',
    ...parts.stop,
    '      try {',
    '        await endConnections();',
    '      } finally {',
    '        for (const [name, value] of Object.entries(previous)) {',
    '          if (value === undefined) delete process.env[name];',
    '          else process.env[name] = value;',
    '        }',
    '      }',
    '    },',
    '  };',
    '}',
  ].join('\n');
}

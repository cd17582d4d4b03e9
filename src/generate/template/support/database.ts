import { t, type SupportContext } from './context.js';

export function databaseSupport(ctx: SupportContext): string {
  const migrations = ctx.migrations.map((m) => `  '${m}',`).join('\n');
  return `import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
${ctx.typescript && ctx.commonJs ? "import { pathToFileURL } from 'node:url';\n" : ''}import pg from 'pg';
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

const ROOT = new URL('${ctx.toRoot}', ${ctx.typescript && ctx.commonJs ? 'pathToFileURL(__filename)' : 'import.meta.url'});

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

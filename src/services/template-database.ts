import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withPgClient } from './pg-client.js';

export interface TemplateDatabase {
  name: string;
  /** Drops it (the copies made from it are the tests' own). */
  drop(): Promise<void>;
}

/**
 * Migrates once for a whole run: creates `itw_template_<random>` on the server `adminUrl` names, marks it
 * as itw's, applies the repository's migrations in order and leaves no connection to it, so each test
 * file's database can be a copy (`CREATE DATABASE … TEMPLATE`) instead of migrating again. Whatever fails
 * after it is created, it is dropped before the error goes on.
 */
export async function prepareTemplateDatabase(
  adminUrl: string,
  root: string,
  migrations: readonly string[],
  /** The run its marker names (`ITW_RUN_ID`), so the run's cleanup finds it. */
  runId = process.env.ITW_RUN_ID ?? '',
): Promise<TemplateDatabase> {
  const name = `itw_template_${randomBytes(6).toString('hex')}`;
  const drop = async (): Promise<void> => {
    await withPgClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
  try {
    await withPgClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  } catch (error) {
    throw new Error(`Could not create the template database ${name} on ${serverOf(adminUrl)}: ${withoutSecret(adminUrl, error)}`, {
      cause: error,
    });
  }
  try {
    await withPgClient(adminUrl, (client) => client.query(`COMMENT ON DATABASE ${name} IS ${client.escapeLiteral(databaseMarker(runId))}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await withPgClient(url.toString(), async (client) => {
      for (const file of migrations) {
        const sql = await fs.readFile(path.join(root, file), 'utf8');
        try {
          await client.query(sql);
        } catch (error) {
          const position = Number((error as { position?: string }).position);
          const line = position > 0 ? ` (line ${sql.slice(0, position).split('\n').length})` : '';
          throw new Error(`Migration ${file} failed${line} in the template database ${name}: ${withoutSecret(adminUrl, error)}`, {
            cause: error,
          });
        }
      }
    });
  } catch (error) {
    const dropped = await drop().then(
      () => 'it was dropped again',
      (dropError: unknown) => `dropping it failed too (${withoutSecret(adminUrl, dropError)}); drop it by hand`,
    );
    const message = withoutSecret(adminUrl, error);
    const advice = message.startsWith('Migration ') ? ' Fix the migration and run again.' : '';
    throw new Error(`${message}; ${dropped}.${advice}`, { cause: error });
  }
  return { name, drop };
}

/**
 * The comment itw puts on every database it creates (`COMMENT ON DATABASE`): which run of which process
 * on which machine made it and when, so databases a killed run left behind can be recognised.
 */
export function databaseMarker(runId: string): string {
  return JSON.stringify({ itw: 1, run: runId, pid: process.pid, host: os.hostname(), created: new Date().toISOString() });
}

/** Host, port and database of a URL, for messages: never its user or password. */
function serverOf(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || 5432}${pathname}`;
}

function withoutSecret(url: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const password = decodeURIComponent(new URL(url).password);
  return password ? text.split(password).join('***') : text;
}

import type { StartedService } from './index.js';

/** What a database error code or a socket error says the user should do. */
const HINTS: Record<string, string> = {
  ECONNREFUSED: 'nothing listens there: start the server, or correct the host and port',
  ENOTFOUND: 'the host name does not resolve: correct it',
  EAI_AGAIN: 'the host name does not resolve: correct it',
  ETIMEDOUT: 'the server does not answer: check that it runs and that the port is right',
  ENOENT: 'no server socket is there: start the server, or correct the socket path',
  '28P01': 'the password is wrong for that user: correct it in the URL',
  '28000': 'the server refuses that user or client: check the user and pg_hba.conf',
  '3D000': 'that database does not exist: name one that does (the server\'s "postgres" database works)',
  '57P03': 'the server is starting up or shutting down: wait for it, then run again',
};

/** Thrown when a service the tests need cannot be used as given. */
export class ServiceUnusableError extends Error {}

/**
 * Connects once to a service given through the environment, before any test file is written, so a
 * wrong password or a port where nothing listens ends the run at once with its cause, not as tests
 * that "fail" later for a reason nobody reads.
 */
export async function checkServiceAnswers(service: StartedService, timeoutMs = 10_000): Promise<void> {
  if (service.name !== 'postgres') return;
  const url = Object.values(service.env)[0];
  if (!url) return;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A server that goes away mid-check emits 'error' on the client; the rejected query reports it.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const hint = (code && HINTS[code]) ?? 'check that the server runs and accepts this URL';
    throw new ServiceUnusableError(
      `PostgreSQL from ${service.source} (${service.url}) cannot be used: ${message}${code ? ` [${code}]` : ''}; ${hint}. Nothing was written.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

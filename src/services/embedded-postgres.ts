import net from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

interface Backend {
  db: PGlite;
  server: PGLiteSocketServer;
  port: number;
  connections: number;
}

export interface EmbeddedPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * PostgreSQL in-process: PGlite (real Postgres compiled to WASM) behind its wire protocol.
 *
 * One PGlite instance is one database with one shared session, so a front listener reads each
 * connection's startup packet and routes it to an instance per database name: `CREATE DATABASE x`
 * followed by a connection to `x` gets a fresh, isolated database, as on a real server. Instances
 * are clones of a pristine one (about 0.5 s) rather than new boots (about 2 s).
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedPostgres> {
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite-socket')]);
  const pristine = await PGlite.create();
  const backends = new Map<string, Promise<Backend>>();

  const startBackend = async (db: PGlite): Promise<Backend> => {
    // Several connections per database: a pg Pool runs concurrent queries (one connection deadlocks it).
    const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 32 });
    await server.start();
    return { db, server, port: Number(server.getServerConn().split(':').pop()), connections: 0 };
  };
  backends.set(
    'postgres',
    pristine.clone().then((db) => startBackend(db as PGlite)),
  );
  const admin = await backends.get('postgres')!;

  const exists = async (name: string): Promise<boolean> => {
    const { rows } = await admin.db.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rows.length > 0;
  };

  const backendFor = async (name: string): Promise<Backend | undefined> => {
    if (!backends.has(name)) {
      if (!(await exists(name))) return undefined;
      backends.set(
        name,
        pristine.clone().then((db) => startBackend(db as PGlite)),
      );
    }
    return backends.get(name);
  };

  const release = async (name: string, backend: Backend): Promise<void> => {
    backend.connections--;
    if (backend.connections > 0 || name === 'postgres' || (await exists(name))) return;
    // Dropped and idle: free the instance.
    backends.delete(name);
    await backend.server.stop();
    await backend.db.close();
  };

  const clients = new Set<net.Socket>();
  const front = net.createServer((client) => {
    clients.add(client);
    client.on('close', () => clients.delete(client));
    let buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      buffer = Buffer.concat([buffer, chunk]);
      while (buffer.length >= 8) {
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (length === 8 && (code === SSL_REQUEST || code === GSSENC_REQUEST)) {
          client.write('N');
          buffer = buffer.subarray(8);
          continue;
        }
        if (code === CANCEL_REQUEST) {
          client.end();
          return;
        }
        if (buffer.length < length) return;
        client.off('data', onData);
        client.pause();
        const params = startupParams(buffer.subarray(8, length));
        const database = params.database ?? params.user ?? 'postgres';
        void route(client, database, code === PROTOCOL_3 ? buffer : undefined);
        return;
      }
    };
    client.on('data', onData);
    client.on('error', () => client.destroy());
  });

  const route = async (client: net.Socket, database: string, startup: Buffer | undefined): Promise<void> => {
    const backend = startup ? await backendFor(database).catch(() => undefined) : undefined;
    if (!backend) {
      client.end(errorResponse('3D000', startup ? `database "${database}" does not exist` : 'unsupported protocol version'));
      return;
    }
    backend.connections++;
    const upstream = net.connect(backend.port, '127.0.0.1', () => {
      upstream.write(startup!);
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    let released = false;
    const done = (): void => {
      if (released) return;
      released = true;
      client.destroy();
      upstream.destroy();
      void release(database, backend);
    };
    upstream.on('close', done);
    upstream.on('error', done);
    client.on('close', done);
    client.on('error', done);
  };

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (front.address() as net.AddressInfo).port;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      // close() waits for open connections: end them first, or a leaked pool would hang the stop.
      const closed = new Promise<void>((resolve) => front.close(() => resolve()));
      for (const client of clients) client.destroy();
      await closed;
      for (const pending of backends.values()) {
        const backend = await pending.catch(() => undefined);
        if (!backend) continue;
        await backend.server.stop();
        await backend.db.close();
      }
      await pristine.close();
    },
  };
}

function startupParams(body: Buffer): Record<string, string> {
  const parts = body.toString('utf8').split('\0');
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i]) out[parts[i]!] = parts[i + 1]!;
  return out;
}

/** A FATAL ErrorResponse message, so a client reports the reason instead of a dropped connection. */
function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, 'utf8');
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

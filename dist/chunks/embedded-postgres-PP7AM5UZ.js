import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import "./chunk-EX7MXSWI.js";

// src/services/embedded-postgres.ts
import net from "node:net";
var SSL_REQUEST = 80877103;
var GSSENC_REQUEST = 80877104;
var CANCEL_REQUEST = 80877102;
var PROTOCOL_3 = 196608;
async function startEmbeddedPostgres() {
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([import("./dist-VTMTG3QW.js"), import("./dist-PZFBEJQE.js")]);
  const pristine = await PGlite.create();
  const backends = /* @__PURE__ */ new Map();
  const startBackend = async (db) => {
    const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 32 });
    await server.start();
    return { db, server, port: Number(server.getServerConn().split(":").pop()), connections: 0 };
  };
  backends.set(
    "postgres",
    pristine.clone().then((db) => startBackend(db))
  );
  const admin = await backends.get("postgres");
  const exists = async (name) => {
    const { rows } = await admin.db.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rows.length > 0;
  };
  const backendFor = async (name) => {
    if (!backends.has(name)) {
      if (!await exists(name)) return void 0;
      backends.set(
        name,
        pristine.clone().then((db) => startBackend(db))
      );
    }
    return backends.get(name);
  };
  const release = async (name, backend) => {
    backend.connections--;
    if (backend.connections > 0 || name === "postgres" || await exists(name)) return;
    backends.delete(name);
    await backend.server.stop();
    await backend.db.close();
  };
  const clients = /* @__PURE__ */ new Set();
  const front = net.createServer((client) => {
    clients.add(client);
    client.on("close", () => clients.delete(client));
    let buffer = Buffer.alloc(0);
    const onData = (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (buffer.length >= 8) {
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (length === 8 && (code === SSL_REQUEST || code === GSSENC_REQUEST)) {
          client.write("N");
          buffer = buffer.subarray(8);
          continue;
        }
        if (code === CANCEL_REQUEST) {
          client.end();
          return;
        }
        if (buffer.length < length) return;
        client.off("data", onData);
        client.pause();
        const params = startupParams(buffer.subarray(8, length));
        const database = params.database ?? params.user ?? "postgres";
        void route(client, database, code === PROTOCOL_3 ? buffer : void 0);
        return;
      }
    };
    client.on("data", onData);
    client.on("error", () => client.destroy());
  });
  const route = async (client, database, startup) => {
    const backend = startup ? await backendFor(database).catch(() => void 0) : void 0;
    if (!backend) {
      client.end(errorResponse("3D000", startup ? `database "${database}" does not exist` : "unsupported protocol version"));
      return;
    }
    backend.connections++;
    const upstream = net.connect(backend.port, "127.0.0.1", () => {
      upstream.write(startup);
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    let released = false;
    const done = () => {
      if (released) return;
      released = true;
      client.destroy();
      upstream.destroy();
      void release(database, backend);
    };
    upstream.on("close", done);
    upstream.on("error", done);
    client.on("close", done);
    client.on("error", done);
  };
  await new Promise((resolve, reject) => {
    front.once("error", reject);
    front.listen(0, "127.0.0.1", () => resolve());
  });
  const port = front.address().port;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      const closed = new Promise((resolve) => front.close(() => resolve()));
      for (const client of clients) client.destroy();
      await closed;
      for (const pending of backends.values()) {
        const backend = await pending.catch(() => void 0);
        if (!backend) continue;
        await backend.server.stop();
        await backend.db.close();
      }
      await pristine.close();
    }
  };
}
function startupParams(body) {
  const parts = body.toString("utf8").split("\0");
  const out = {};
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i]) out[parts[i]] = parts[i + 1];
  return out;
}
function errorResponse(code, message) {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, "utf8");
  const header = Buffer.alloc(5);
  header.write("E", 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}
export {
  startEmbeddedPostgres
};

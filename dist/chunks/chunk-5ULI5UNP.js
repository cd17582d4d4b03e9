import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);

// src/model.ts
var POINT_KINDS = ["http", "db", "cache", "queue", "external-http", "fs"];
var SERVICES = [
  "postgres",
  "mysql",
  "sqlite",
  "redis",
  "memcached",
  "rabbitmq",
  "nats",
  "mqtt",
  "kafka",
  "mongodb",
  "sqs",
  "pubsub",
  "none"
];
var HTTP_FRAMEWORKS = ["express", "fastify", "koa", "hono", "nestjs", "nextjs"];
function isHttpPoint(p) {
  return p.kind === "http";
}
function isDbPoint(p) {
  return p.kind === "db";
}

export {
  POINT_KINDS,
  SERVICES,
  HTTP_FRAMEWORKS,
  isHttpPoint,
  isDbPoint
};

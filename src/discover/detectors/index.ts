import type { Detector } from '../detector.js';
import { express } from './express.js';
import { fastify } from './fastify.js';
import { hono } from './hono.js';
import { koa } from './koa.js';
import { nestjs } from './nestjs.js';
import { nextjs } from './nextjs.js';
import { pg } from './pg.js';
import { mysql2 } from './mysql2.js';
import { betterSqlite3 } from './better-sqlite3.js';
import { knex } from './knex.js';
import { kysely } from './kysely.js';
import { prisma } from './prisma.js';
import { typeorm } from './typeorm.js';
import { sequelize } from './sequelize.js';
import { drizzle } from './drizzle.js';
import { mongoose } from './mongoose.js';
import { mongodb } from './mongodb.js';
import { redis } from './cache/redis.js';
import { ioredis } from './cache/ioredis.js';
import { memcached } from './cache/memcached.js';
import { memjs } from './cache/memjs.js';
import { amqplib } from './queue/amqplib.js';
import { kafkajs } from './queue/kafkajs.js';
import { nats } from './queue/nats.js';
import { mqtt } from './queue/mqtt.js';
import { bullmq } from './queue/bullmq.js';
import { sqs } from './queue/sqs.js';
import { pubsub } from './queue/pubsub.js';
import { nestjsMicroservices } from './queue/nestjs-microservices.js';
import { fetchDetector } from './external/fetch.js';
import { undici } from './external/undici.js';
import { axios } from './external/axios.js';
import { got } from './external/got.js';
import { nodeHttp } from './external/node-http.js';
import { sdkClients } from './external/sdk-clients.js';
import { fsDetector } from './fs.js';

/** Every detector. Adding a library is adding its module here, with a fixture and a test. */
export const DETECTORS: readonly Detector[] = [
  express,
  fastify,
  koa,
  hono,
  nestjs,
  nextjs,
  pg,
  mysql2,
  betterSqlite3,
  knex,
  kysely,
  prisma,
  typeorm,
  sequelize,
  drizzle,
  mongoose,
  mongodb,
  redis,
  ioredis,
  memcached,
  memjs,
  amqplib,
  kafkajs,
  nats,
  mqtt,
  bullmq,
  sqs,
  pubsub,
  nestjsMicroservices,
  fetchDetector,
  undici,
  axios,
  got,
  nodeHttp,
  sdkClients,
  fsDetector,
];

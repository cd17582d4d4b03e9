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

/** Every detector. Adding a library is adding its module here, with a fixture and a test. */
export const DETECTORS: readonly Detector[] = [express, fastify, koa, hono, nestjs, nextjs, pg, mysql2, betterSqlite3, knex, kysely, prisma, typeorm, sequelize, drizzle, mongoose, mongodb];

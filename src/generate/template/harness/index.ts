import type { Harness } from '../../types.js';
import { expressHarness } from './express.js';
import { fastifyHarness } from './fastify.js';
import { honoHarness } from './hono.js';
import { koaHarness } from './koa.js';
import { nestHarness } from './nestjs.js';
import { nextHarness } from './nextjs.js';

/** How `_support/app` starts the app, per HTTP framework; a new framework is one harness here. */
const HARNESSES: Record<string, Harness> = {
  express: expressHarness,
  fastify: fastifyHarness,
  hono: honoHarness,
  koa: koaHarness,
  nestjs: nestHarness,
  nextjs: nextHarness,
};

export function harnessFor(framework: string): Harness | undefined {
  return HARNESSES[framework];
}

/** The frameworks tests can start an app of, for messages. */
export const HARNESS_FRAMEWORKS = Object.keys(HARNESSES);

/**
 * The stack fixtures (`__tests__/fixtures/stacks/`) have dependencies of their own (Fastify, Koa, NestJS,
 * Hono, Next.js, Jest, Mocha): installed here from their lock file when they are missing or older than it,
 * so that `npm test` on a fresh clone needs nothing else.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const stacksDir = path.resolve(import.meta.dirname, '../fixtures/stacks');

export function stacksInstalled(): boolean {
  const marker = path.join(stacksDir, 'node_modules/.package-lock.json');
  const lock = path.join(stacksDir, 'package-lock.json');
  return fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs;
}

export default function setup(): void {
  if (stacksInstalled()) return;
  console.log(`Installing the stack fixtures' dependencies (npm ci in ${path.relative(process.cwd(), stacksDir)})`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: stacksDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci in ${stacksDir} failed (exit ${result.status}); run it by hand to see why.`);
}

/**
 * The stack fixtures (`__tests__/fixtures/stacks/`) have dependencies of their own (Fastify, Koa, NestJS,
 * Hono, Next.js, Jest, Mocha): installed here from their lock file when they are missing or were installed
 * from another lock, so that `npm test` on a fresh clone needs nothing else.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const stacksDir = path.resolve(import.meta.dirname, '../fixtures/stacks');
/** The hash of the lock file the installed tree came from (content, not time: a second checkout shares the tree). */
const installedFrom = path.join(stacksDir, 'node_modules/.itw-lock-sha256');

const lockHash = (): string =>
  createHash('sha256')
    .update(fs.readFileSync(path.join(stacksDir, 'package-lock.json')))
    .digest('hex');

export function stacksInstalled(): boolean {
  return fs.existsSync(installedFrom) && fs.readFileSync(installedFrom, 'utf8').trim() === lockHash();
}

export default function setup(): void {
  if (stacksInstalled()) return;
  console.log(`Installing the stack fixtures' dependencies (npm ci in ${path.relative(process.cwd(), stacksDir)})`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: stacksDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci in ${stacksDir} failed (exit ${result.status}); run it by hand to see why.`);
  fs.writeFileSync(installedFrom, `${lockHash()}\n`);
}

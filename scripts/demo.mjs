// The quick start: a fresh copy of the bundled example, then `itw generate` on it with the embedded
// PostgreSQL (no server, no Docker, no API key). The copy lives in .demo/ so examples/ stays clean.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, '.demo/orders-service');
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(path.join(root, 'examples/orders-service'), target, { recursive: true });
const args = [path.join(root, 'dist/cli.js'), 'generate', target, '--services', 'embedded', ...process.argv.slice(2)];
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
console.log(`\nThe generated tests are in ${path.relative(process.cwd(), path.join(target, 'test/integration/itw'))}/`);
process.exitCode = status ?? 1;

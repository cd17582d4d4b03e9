/**
 * Time per pipeline stage on the bundled example: `itw generate` with the embedded PostgreSQL and
 * 3 flake runs, from the report's own timings (median of a few whole runs); then, per stack fixture
 * (one per framework and runner), one whole run against the PostgreSQL in DATABASE_URL.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { figures, ms } from './measure.js';

const root = path.resolve(import.meta.dirname, '..');

export async function run(): Promise<void> {
  const samples = new Map<string, number[]>();
  const runs = 3;
  for (let i = 0; i < runs; i++) {
    const dir = path.join(root, '.tmp', `bench-stages-${process.pid}-${i}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'examples/orders-service'), dir, { recursive: true });
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'dist/cli.js'), 'generate', dir, '--services', 'embedded', '--flake-runs', '3', '--json'],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    fs.rmSync(dir, { recursive: true, force: true });
    if (result.status !== 0) throw new Error(`itw generate failed:\n${result.stderr}`);
    const report = JSON.parse(result.stdout) as { timingsMs: Record<string, number> };
    for (const [stage, value] of Object.entries(report.timingsMs)) samples.set(stage, [...(samples.get(stage) ?? []), value]);
  }
  console.log(`\n## stages: itw generate on examples/orders-service (embedded PostgreSQL, 3 flake runs; ${runs} whole runs)`);
  const order = ['discover', 'cover', 'generate', 'services', 'run', 'total'];
  const stages = [...samples.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  for (const stage of stages) console.log(`  ${stage.padEnd(10)} ${ms(figures(samples.get(stage)!))}`);
  stackStages();
}

const STACKS = [
  'express4-mocha',
  'express5-jest',
  'fastify-node-test',
  'fastify-vitest',
  'hono-vitest',
  'koa-jest',
  'nest-jest',
  'next-vitest',
];
const STACK_STAGES = ['discover', 'generate', 'typecheck', 'lint', 'run', 'total'];

/** Generate and run time per stack fixture: `itw generate --flake-runs 3` once each. */
function stackStages(): void {
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const stacks = path.join(root, '__tests__/fixtures/stacks');
  console.log(`\n## stages per stack fixture (itw generate, 3 flake runs, PostgreSQL at ${new URL(databaseUrl).host}; ms)`);
  console.log(`  ${'fixture'.padEnd(18)} ${STACK_STAGES.map((s) => s.padStart(9)).join(' ')}   kept`);
  for (const name of STACKS) {
    const dir = path.join(stacks, '.tmp', `bench-${name}-${process.pid}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(path.join(stacks, name), dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
    if (fs.existsSync(path.join(stacks, name, 'node_modules')))
      fs.symlinkSync(path.join(stacks, name, 'node_modules'), path.join(dir, 'node_modules'));
    const started = performance.now();
    const result = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'generate', dir, '--flake-runs', '3', '--json'], {
      env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, HOME: process.env.HOME, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const wall = Math.round(performance.now() - started);
    fs.rmSync(dir, { recursive: true, force: true });
    let report: { timingsMs: Record<string, number>; counts: { testsWritten: number } } | undefined;
    try {
      report = JSON.parse(result.stdout) as typeof report;
    } catch {
      console.log(`  ${name.padEnd(18)} failed (exit ${result.status}): ${result.stderr.trim().split('\n')[0]}`);
      continue;
    }
    const timings: Record<string, number> = { ...report!.timingsMs, total: report!.timingsMs.total ?? wall };
    console.log(
      `  ${name.padEnd(18)} ${STACK_STAGES.map((s) => String(timings[s] ?? '-').padStart(9)).join(' ')}   ${report!.counts.testsWritten}`,
    );
  }
}

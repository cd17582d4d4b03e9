/**
 * Time per pipeline stage on the bundled example: `itw generate` with the embedded PostgreSQL and
 * 3 flake runs, from the report's own timings (median of a few whole runs).
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
}

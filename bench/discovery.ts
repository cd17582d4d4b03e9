import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchArgs } from './run.js';
import { generateRepo, type Planted } from './synthetic-repo.js';

const PROBE = path.join(import.meta.dirname, 'discovery-probe.ts');
const ROOT = path.resolve(import.meta.dirname, '..');

interface Probe {
  ms: number;
  maxRssMiB: number;
  files?: number;
  sources?: number;
  parsed?: number;
  diagnostics?: number;
  chars?: number;
  points?: Planted[];
}

/** Runs one measurement in a fresh Node process (TypeScript sources through tsx). */
function probe(task: 'read' | 'parse' | 'discover', dir: string): Probe {
  const out = execFileSync(process.execPath, ['--import', 'tsx', PROBE, task, dir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Probe;
}

const ms = (n: number): string => `${n.toFixed(0).padStart(7)} ms`;
const mib = (n: number): string => `${n.toFixed(0).padStart(5)} MiB`;

/** Read, parse-everything and discovery on the same files, each in its own process. */
function measure(label: string, dir: string): Probe {
  const read = probe('read', dir);
  const parse = probe('parse', dir);
  const found = probe('discover', dir);
  console.log(`\n${label}: ${dir}`);
  console.log(`  source files           ${read.files} (${((read.chars ?? 0) / 1024 / 1024).toFixed(1)} M chars)`);
  console.log(`  read all               ${ms(read.ms)}   peak RSS ${mib(read.maxRssMiB)}`);
  console.log(`  parse all (TypeScript) ${ms(parse.ms)}   peak RSS ${mib(parse.maxRssMiB)}`);
  console.log(`  discovery              ${ms(found.ms)}   peak RSS ${mib(found.maxRssMiB)}`);
  console.log(
    `    walked ${found.files} files, ${found.sources} sources, parsed ${found.parsed}; ${found.points?.length ?? 0} points, ${found.diagnostics} diagnostics`,
  );
  console.log(`    discovery / parse-all  ${(found.ms / parse.ms).toFixed(2)}×   (budget: ≤ 1×, peak RSS < 512 MiB)`);
  return found;
}

/** Recall and precision per kind, with the misses and the false finds. */
export function score(expected: readonly Planted[], found: readonly Planted[]): void {
  const kinds = [...new Set([...expected, ...found].map((p) => p.kind))].sort();
  const id = (p: Planted): string => `${p.kind}\0${p.key}`;
  const want = new Set(expected.map(id));
  const got = new Set(found.map(id));
  console.log('  kind            expected  found  recall  precision');
  const details: string[] = [];
  for (const kind of kinds) {
    const w = [...want].filter((k) => k.startsWith(`${kind}\0`));
    const g = [...got].filter((k) => k.startsWith(`${kind}\0`));
    const hits = w.filter((k) => got.has(k)).length;
    const pct = (a: number, b: number): string => (b === 0 ? '    –' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
    console.log(
      `  ${kind.padEnd(14)} ${String(w.length).padStart(9)} ${String(g.length).padStart(6)}  ${pct(hits, w.length)}     ${pct(hits, g.length)}`,
    );
    const misses = w.filter((k) => !got.has(k)).map((k) => k.split('\0')[1]!);
    const extra = g.filter((k) => !want.has(k)).map((k) => k.split('\0')[1]!);
    if (misses.length) details.push(`  ${kind} missed (${misses.length}): ${list(misses)}`);
    if (extra.length) details.push(`  ${kind} false finds (${extra.length}): ${list(extra)}`);
  }
  for (const line of details) console.log(line);
}

function list(keys: string[]): string {
  const shown = keys.slice(0, 20).join(', ');
  return keys.length > 20 ? `${shown}, … ${keys.length - 20} more` : shown;
}

export async function run(args: BenchArgs): Promise<void> {
  const count = args.files ?? 10_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itw-bench-'));
  try {
    const started = performance.now();
    const repo = await generateRepo(dir, count);
    console.log(
      `discovery: synthetic repository of ${repo.files} files, ${(repo.bytes / 1024 / 1024).toFixed(1)} MB, written in ${(performance.now() - started).toFixed(0)} ms; ${os.availableParallelism()} cores`,
    );
    const found = measure('synthetic', dir);
    console.log('  planted points vs found:');
    score(repo.planted, found.points ?? []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (args.repo) {
    const found = measure('repository', path.resolve(args.repo));
    if (args.expect) {
      // A bare list, or `{ repo, commit, points, notes }` as the files under bench/expected/ are.
      const parsed = JSON.parse(fs.readFileSync(args.expect, 'utf8')) as Planted[] | { points: Planted[] };
      const expected = Array.isArray(parsed) ? parsed : parsed.points;
      console.log(`  expected points (${args.expect}) vs found:`);
      score(expected, found.points ?? []);
    }
  }
}

/**
 * Child-process side of the discovery benchmark: runs one task over a directory and prints one JSON line
 * with its duration and the process's peak RSS, so each figure comes from a fresh process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { discover } from '../src/discover/index.js';
import { createParser, loadTypeScript } from '../src/discover/parser.js';
import { isSource, walkRepo } from '../src/discover/walk.js';

const [task, root] = process.argv.slice(2);
if (!task || !root) throw new Error('usage: discovery-probe.ts read|parse|discover DIR');

const files = (await walkRepo(root)).filter((f) => isSource(f.path)).map((f) => f.path);
let result: Record<string, unknown>;
if (task === 'read') {
  const start = performance.now();
  let bytes = 0;
  for (const file of files) bytes += fs.readFileSync(path.join(root, file), 'utf8').length;
  result = { ms: performance.now() - start, files: files.length, chars: bytes };
} else if (task === 'parse') {
  const ts = await loadTypeScript();
  const parser = createParser(ts);
  const texts = files.map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')] as const);
  const start = performance.now();
  let failed = 0;
  for (const [file, text] of texts) {
    try {
      parser.parse(file, text);
    } catch {
      failed++;
    }
  }
  result = { ms: performance.now() - start, files: texts.length, failed };
} else if (task === 'discover') {
  await loadTypeScript();
  const start = performance.now();
  const found = await discover(root);
  result = {
    ms: performance.now() - start,
    files: found.stats.files,
    sources: found.stats.sources,
    parsed: found.stats.parsed,
    diagnostics: found.diagnostics.length,
    points: found.points.map((p) => ({ kind: p.kind, key: p.key })),
  };
} else {
  throw new Error(`unknown task ${task}`);
}
// maxRSS is in KiB.
process.stdout.write(`${JSON.stringify({ ...result, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);

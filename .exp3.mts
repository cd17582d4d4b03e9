import fs from 'node:fs';
import path from 'node:path';
const { walkRepo, isSource, isTestFile } = await import('./src/discover/walk.ts');
const { selectForParsing } = await import('./src/discover/prefilter.ts');
const { DETECTORS } = await import('./src/discover/detectors/index.ts');
const root = '/tmp/itw-10k';
for (let i = 0; i < 2; i++) {
let t = performance.now();
const walked = await walkRepo(root);
console.log('walk', (performance.now() - t).toFixed(0));
t = performance.now();
const deps = new Set(['express', 'pg', 'ioredis', 'amqplib', 'zod', 'date-fns']);
const active = DETECTORS.filter((d) => d.packages.some((p) => deps.has(p)));
const cands = walked.filter((f) => isSource(f.path) && !isTestFile(f.path)).map((f) => ({ path: f.path, pkg: undefined, active, deps }));
let readMs = 0;
const sel = selectForParsing(cands, (f) => { const t = performance.now(); const x = fs.readFileSync(path.join(root, f), 'utf8'); readMs += performance.now() - t; return x; }, []);
console.log('select', (performance.now() - t).toFixed(0), 'of which read', readMs.toFixed(0), sel.length);
}

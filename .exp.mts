import { generateRepo } from './bench/synthetic-repo.ts';
import fs from 'node:fs';
if (!fs.existsSync('/tmp/itw-10k')) { fs.mkdirSync('/tmp/itw-10k'); await generateRepo('/tmp/itw-10k', 10000); }
const { discover } = await import('./src/discover/index.ts');
const { loadTypeScript } = await import('./src/discover/parser.ts');
const { walkRepo } = await import('./src/discover/walk.ts');
await loadTypeScript();
let t = performance.now();
await walkRepo('/tmp/itw-10k');
console.log('walk', performance.now() - t, process.memoryUsage().rss / 2**20);
t = performance.now();
const r = await discover('/tmp/itw-10k');
console.log('discover', performance.now() - t, r.stats, process.resourceUsage().maxRSS / 1024, process.memoryUsage());

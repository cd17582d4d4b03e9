import fs from 'node:fs';
import path from 'node:path';
const root = process.argv[2]!;
const mode = process.argv[3];
const { loadTypeScript } = await import('./src/discover/parser.ts');
await loadTypeScript();
const m = () => Math.round(process.memoryUsage().rss / 2 ** 20);
console.log('base', m());
if (mode === 'openapi') {
  const { readOpenApi } = await import('./src/discover/openapi.ts');
  const { walkRepo } = await import('./src/discover/walk.ts');
  const files = await walkRepo(root);
  await readOpenApi({ root, files, readText: (f: string) => fs.readFileSync(path.join(root, f), 'utf8'), diagnostics: [] });
} else {
  const { discover } = await import('./src/discover/index.ts');
  await discover(root);
}
console.log(mode, 'peak', Math.round(process.resourceUsage().maxRSS / 1024));

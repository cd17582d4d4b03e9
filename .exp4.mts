const m = () => JSON.stringify(Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, Math.round(v / 2 ** 20)])));
const { loadTypeScript } = await import('./src/discover/parser.ts');
await loadTypeScript(); (globalThis as any).gc(); console.log('ts', m());
const { discover } = await import('./src/discover/index.ts');
await import('node-sql-parser'); (globalThis as any).gc(); console.log('sql', m());
const r = await discover('/tmp/itw-10k'); console.log('after', m(), (process.resourceUsage().maxRSS / 1024).toFixed(0));
(globalThis as any).gc(); console.log('after gc', m());

const { discover } = await import('./src/discover/index.ts');
const r = await discover(process.argv[2]!);
console.log(r.points.map((p) => p.key), r.diagnostics.map((d) => d.message.slice(0, 200)));

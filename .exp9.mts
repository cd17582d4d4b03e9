const { discover } = await import('./src/discover/index.ts');
const r = await discover(process.argv[2]!);
for (const p of r.points) console.log(`${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`, JSON.stringify(p.details));
console.log(r.diagnostics, r.stats);

import { discover } from '/work/main/src/discover/index.ts';
const r = await discover(process.argv[2]!);
console.log(JSON.stringify(r.diagnostics));
for (const p of r.points) console.log(`${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service} ${JSON.stringify(p.details)}`);

const { discover } = await import('./src/discover/index.ts');
const r = await discover(process.argv[2]!);
console.log(r.diagnostics); console.log(JSON.stringify(r.infra, null, 1));

const { discover } = await import('./src/discover/index.ts');
const t = performance.now();
const r = await discover(process.argv[2]!);
console.log('ms', performance.now() - t, r.openapi.documents.length, r.openapi.drift.specOnly.length, r.openapi.drift.codeOnly.length, 'points', r.points.length, 'json MB', JSON.stringify(r.points).length / 1e6);
console.log(r.points.filter(p => p.details.openapi).length);

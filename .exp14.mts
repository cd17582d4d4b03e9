const { walkRepo } = await import('./src/discover/walk.ts');
for (let i = 0; i < 3; i++) { const t = performance.now(); const w = await walkRepo(process.argv[2]!); console.log('walk', Math.round(performance.now() - t), w.length); }

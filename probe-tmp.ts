import { discover } from './src/discover/index.js';
const mods = process.argv.slice(3);
const detectors = [];
for (const m of mods) { const [file, name] = m.split('#'); detectors.push((await import(`./src/discover/detectors/${file}.js`))[name!]); }
const { points, diagnostics } = await discover(process.argv[2]!, { detectors });
for (const p of points) console.log(`${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`, JSON.stringify(p.details));
console.log(diagnostics);

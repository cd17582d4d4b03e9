import { discover } from './src/discover/index.js';
import { fetchDetector } from './src/discover/detectors/external/fetch.js';
const d = { ...fetchDetector, detect(ctx: any) { console.log('files', ctx.files.map((f: any) => f.path), [...ctx.byPath.keys()]); return fetchDetector.detect(ctx); } };
const res = await discover(process.argv[2]!, { detectors: [d] });
console.log(res.points.map(p => p.key + ' ' + JSON.stringify(p.details)));

import fs from 'node:fs';
import { parse, parseDocument, LineCounter } from 'yaml';
// @ts-ignore
import jsyaml from 'js-yaml';
const text = fs.readFileSync('/tmp/realrepos/medusajs+medusa/www/apps/api-reference/specs/admin/openapi.full.yaml', 'utf8');
for (let i = 0; i < 2; i++) {
let t = performance.now(); parseDocument(text, { lineCounter: new LineCounter() }).toJS(); console.log('yaml doc', performance.now() - t);
t = performance.now(); parse(text); console.log('yaml parse', performance.now() - t);
t = performance.now(); jsyaml.load(text); console.log('js-yaml', performance.now() - t);
}

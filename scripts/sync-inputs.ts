// Writes action.yml and the README's input and output tables from src/inputs.ts, the one source
// of truth for them (__tests__/action-yml.test.ts fails when they drift apart).
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { INPUTS, OUTPUTS } from '../src/inputs.js';

const root = path.resolve(import.meta.dirname, '..');

const action = {
  name: 'itw: integration test writer',
  description:
    'Finds the integration points of a JavaScript/TypeScript service, maps which tests cover them, writes the missing integration tests and keeps only those that pass every one of N runs.',
  author: 'itw-action',
  branding: { icon: 'check-circle', color: 'green' },
  inputs: Object.fromEntries(INPUTS.map((i) => [i.name, { description: i.description, required: false, default: i.default }])),
  outputs: Object.fromEntries(OUTPUTS.map((o) => [o.name, { description: o.description }])),
  runs: { using: 'node24', main: 'dist/index.js' },
};
fs.writeFileSync(
  path.join(root, 'action.yml'),
  `# Generated from src/inputs.ts by \`npm run sync-inputs\`; __tests__/action-yml.test.ts checks that they agree.\n${YAML.stringify(action, { lineWidth: 0 })}`,
);

const cell = (text: string): string => text.replace(/\|/g, '\\|');
const tables = [
  '| input | default | description |',
  '| --- | --- | --- |',
  ...INPUTS.map((i) => `| \`${i.name}\` | ${i.default ? `\`${i.default}\`` : ''} | ${cell(i.description)} |`),
  '',
  '| output | description |',
  '| --- | --- |',
  ...OUTPUTS.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
].join('\n');
const readmePath = path.join(root, 'README.md');
const readme = fs.readFileSync(readmePath, 'utf8');
const marked = /(<!-- inputs:start[^>]*-->\n)[\s\S]*?(<!-- inputs:end -->)/;
if (!marked.test(readme)) throw new Error('README.md has no <!-- inputs:start --> … <!-- inputs:end --> markers.');
fs.writeFileSync(readmePath, readme.replace(marked, `$1${tables}\n$2`));

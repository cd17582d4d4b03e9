import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUTS, OUTPUTS } from '../src/inputs.js';

const root = path.resolve(import.meta.dirname, '..');
const action = YAML.parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8'));
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

describe('action.yml and the README agree with src/inputs.ts', () => {
  it('runs the committed bundle on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(fs.existsSync(path.join(root, 'dist/index.js'))).toBe(true);
  });

  it('declares every input with its description and default, and nothing else', () => {
    expect(action.inputs).toEqual(
      Object.fromEntries(INPUTS.map((i) => [i.name, { description: i.description, required: false, default: i.default }])),
    );
  });

  it('declares every output with its description', () => {
    expect(action.outputs).toEqual(Object.fromEntries(OUTPUTS.map((o) => [o.name, { description: o.description }])));
  });

  it('documents every input and output in the README tables', () => {
    const cells = readme
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim().replace(/\\\|/g, '|')),
      );
    // Input rows have three cells (name, default, description), output rows two.
    const table = (width: number) => new Map(cells.filter((c) => c.length === width).map((c) => [c[0]!.replace(/`/g, ''), c.slice(1)]));
    for (const i of INPUTS) expect(table(3).get(i.name)).toEqual([i.default ? `\`${i.default}\`` : '', i.description]);
    for (const o of OUTPUTS) expect(table(2).get(o.name)).toEqual([o.description]);
  });
});

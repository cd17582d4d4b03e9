import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importPath, readModuleStyle, toCommonJs } from '../../src/generate/module-style.js';

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await fs.rm(dir, { recursive: true, force: true });
});

/** A repository of these files; returns its module style as the generator reads it. */
async function styleOf(files: Record<string, string>, packageType: 'module' | 'commonjs' = 'module', app = 'src/app.ts') {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'itw-style-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fs.writeFile(path.join(root, file), text);
  }
  return readModuleStyle(root, path.join(root, 'test/integration/itw'), { packageType }, app);
}

const tsconfig = (options: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...extra, compilerOptions: options });

describe('readModuleStyle', () => {
  it.each([
    ['NodeNext', { module: 'NodeNext' }, '.js'],
    ['Node16 resolution', { module: 'Node16', moduleResolution: 'Node16' }, '.js'],
    ['bundler resolution', { module: 'ESNext', moduleResolution: 'Bundler' }, ''],
    ['module preserve (bundler)', { module: 'Preserve' }, ''],
    ['CommonJS (node10)', { module: 'CommonJS' }, ''],
    ['ESNext without a resolution (classic)', { module: 'ESNext' }, ''],
    ['allowImportingTsExtensions', { module: 'NodeNext', allowImportingTsExtensions: true, noEmit: true }, '.ts'],
  ])('%s → relative imports end in %j', async (_, options, ext) => {
    expect((await styleOf({ 'tsconfig.json': tsconfig(options) })).tsImportExt).toBe(ext);
  });

  it('follows extends inside the repository, comments and all, as tsc does', async () => {
    const style = await styleOf({
      'tsconfig.base.json': '{\n  // shared\n  "compilerOptions": { "module": "NodeNext", }\n}',
      'tsconfig.json': tsconfig({ strict: true }, { extends: './tsconfig.base.json' }),
    });
    expect(style).toEqual({
      tsconfig: 'tsconfig.json',
      tsImportExt: '.js',
      jsCommonJs: false,
      reason: 'tsconfig.json: moduleResolution nodenext',
    });
  });

  it('uses the tsconfig nearest the test folder, and none outside the repository', async () => {
    const nested = await styleOf({
      'tsconfig.json': tsconfig({ module: 'NodeNext' }),
      'test/tsconfig.json': tsconfig({ moduleResolution: 'Bundler' }, { extends: '../tsconfig.json' }),
    });
    expect(nested).toMatchObject({ tsconfig: 'test/tsconfig.json', tsImportExt: '' });
    // The temporary folder's parents hold no tsconfig of this repository: `.ts`, as vitest resolves them.
    expect(await styleOf({ 'package.json': '{}' })).toEqual({ tsImportExt: '.ts', jsCommonJs: false, reason: 'no tsconfig.json' });
  });

  it('calls JavaScript CommonJS when the app is written with require and module.exports outside an ESM package', async () => {
    const cjs = "const express = require('express');\nfunction createApp() { return express(); }\nmodule.exports = { createApp };\n";
    const esm = "import express from 'express';\nexport function createApp() { return express(); }\n";
    expect((await styleOf({ 'src/app.js': cjs }, 'commonjs', 'src/app.js')).jsCommonJs).toBe(true);
    expect((await styleOf({ 'src/app.js': esm }, 'commonjs', 'src/app.js')).jsCommonJs).toBe(false);
    expect((await styleOf({ 'src/app.js': cjs }, 'module', 'src/app.js')).jsCommonJs).toBe(false);
    expect((await styleOf({ 'src/app.cjs': cjs }, 'module', 'src/app.cjs')).jsCommonJs).toBe(true);
  });
});

describe('importPath', () => {
  it.each([
    ['src/app.ts', '.js', 'src/app.js'],
    ['src/app.ts', '', 'src/app'],
    ['src/app.ts', '.ts', 'src/app.ts'],
    ['src/app.tsx', '.js', 'src/app.js'],
    ['src/app.mts', '', 'src/app.mjs'],
    ['src/app.cts', '.js', 'src/app.cjs'],
    ['src/app.js', '', 'src/app.js'],
  ])('%s with %j → %s', (file, ext, expected) => {
    expect(importPath(file, ext)).toBe(expected);
  });
});

describe('toCommonJs', () => {
  it('turns the imports and exports the templates write into require and module.exports; vitest stays an import', () => {
    const esm = [
      "import { afterAll, describe } from 'vitest';",
      "import { once } from 'node:events';",
      "import pg from 'pg';",
      "import { uniqueId as id } from './data.js';",
      '',
      'export const MISSING_ID = 1;',
      'export async function startApp() {',
      "  return new URL('../', import.meta.url);",
      '}',
      '',
    ].join('\n');
    expect(toCommonJs(esm)).toBe(
      [
        '// Vitest is imported, not required: it refuses require() and transforms this file itself.',
        "import { afterAll, describe } from 'vitest';",
        "const { once } = require('node:events');",
        "const pg = require('pg');",
        "const { uniqueId: id } = require('./data.js');",
        '',
        'const MISSING_ID = 1;',
        'async function startApp() {',
        "  return new URL('../', require('node:url').pathToFileURL(__filename));",
        '}',
        '',
        'module.exports = { MISSING_ID, startApp };',
        '',
      ].join('\n'),
    );
  });

  it('refuses a form it does not know rather than write a file that cannot load', () => {
    expect(() => toCommonJs('export default function app() {}\n')).toThrow(
      'cannot write "export default function app() {}" as CommonJS; the generator wrote an import or export form it does not convert.',
    );
  });
});

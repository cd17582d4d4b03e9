import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, type Discovery } from '../../src/discover/index.js';

const corpus = path.resolve(import.meta.dirname, '../fixtures/broken');
const DEEP = 10_000;

/**
 * The committed corpus (syntax error, binary `.ts`, package.json that is not JSON, broken YAML specs, workflow
 * and tsconfig) plus what cannot or should not be committed, made here: 10,000-deep nesting, a 5 MB bundle,
 * symbolic link loops, a dangling link, a FIFO named `.ts` and a folder named `.ts`.
 */
describe('discovery over broken inputs', () => {
  let dir: string;
  let result: Discovery;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itw-broken-'));
    fs.cpSync(corpus, dir, { recursive: true });
    const at = (file: string): string => path.join(dir, file);
    fs.writeFileSync(
      at('src/deep-parens.ts'),
      `import express from 'express';\nexport const x = ${'('.repeat(DEEP)}1${')'.repeat(DEEP)};\n`,
    );
    fs.writeFileSync(
      at('src/deep-arrays.ts'),
      `import { pool } from './db.js';\nexport const nested = ${'['.repeat(DEEP)}${']'.repeat(DEEP)};\nexport const count = () => pool.query('SELECT count(*) FROM widgets');\n`,
    );
    fs.writeFileSync(
      at('src/long-chain.ts'),
      `import express from 'express';\nexport const text = ${Array.from({ length: DEEP }, (_, i) => `'w${i}'`).join(' + ')};\n`,
    );
    fs.mkdirSync(at('public'));
    const chunk = 'var a=function(b){return b+1},c=[1,2,3].map(a);';
    fs.writeFileSync(at('public/vendor.bundle.js'), `require("express");${chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length))}`);
    fs.symlinkSync('..', at('src/loop'));
    fs.symlinkSync('self.ts', at('src/self.ts'));
    fs.symlinkSync('nowhere.ts', at('src/gone.ts'));
    execFileSync('mkfifo', [at('src/pipe.ts')]);
    fs.mkdirSync(at('src/folder.ts'));
    result = await discover(dir);
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('still finds the valid points next to the broken files', () => {
    expect(result.points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'db pg pg:widgets src/app.ts:8',
      // TypeScript recovers from the missing brace, so the route before it still counts.
      'http express GET /broken src/syntax-error.ts:5',
      'http express GET /legacy/health packages/legacy/src/health.js:4',
      'http express GET /widgets src/app.ts:7',
      'http express GET /widgets/:id src/app.ts:12',
    ]);
    expect(result.openapi).toEqual({
      documents: ['openapi/widgets.yaml'],
      drift: { specOnly: [], codeOnly: ['GET /broken', 'GET /legacy/health', 'GET /widgets'] },
    });
    expect(result.infra.testFramework).toEqual({ name: 'vitest', file: 'package.json', from: 'scripts' });
    // The symbolic link back to the root was walked once, not again under src/loop/.
    expect(result.paths.filter((p) => p.startsWith('src/loop/'))).toEqual([]);
  });

  it('reports each broken input exactly once, with its file, its line when known and the reason', () => {
    expect(result.diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.message}`).sort()).toEqual([
      '.github/workflows/ci.yml:8 invalid workflow: A block sequence may not be used as an implicit map key',
      'openapi/bad-yaml.yaml:4 invalid OpenAPI document: bad indentation of a mapping entry',
      'openapi/broken-ref.yaml:14 invalid OpenAPI document: Missing $ref pointer "#/components/schemas/Missing". Token "components" does not exist.',
      'openapi/old-swagger.yaml:1 invalid OpenAPI document: Unrecognized Swagger version: 1.2. Expected 2.0',
      'packages/legacy/package.json: package.json is not valid JSON (Expected double-quoted property name in JSON at position 69 (line 5 column 3)); its folder is analysed without its dependencies.',
      'public/vendor.bundle.js: skipped: 5.0 MB is too large for hand-written source (a bundle or generated file?); exclude it or split it.',
      'src/deep-arrays.ts: skipped: brackets nest 10000 deep (over 256); generated code?',
      'src/deep-parens.ts: skipped: brackets nest 10000 deep (over 256); generated code?',
      'src/gone.ts: skipped: a dangling symbolic link.',
      'src/image.ts: skipped: binary content in a source file.',
      'src/long-chain.ts: skipped: its syntax tree is over 1500 levels deep (a very long expression chain; generated code?)',
      'src/pipe.ts: skipped: a named pipe (FIFO), not a regular file.',
      'src/self.ts: skipped: a symbolic link loop.',
      "src/syntax-error.ts:6 syntax error: ',' expected; the rest of the file was analysed as far as it could be parsed.",
      'tsconfig.json:3 invalid tsconfig: Property assignment expected.',
    ]);
  });
});

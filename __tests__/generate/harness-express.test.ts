/** The Express harness starts a CommonJS app exported as `module.exports = app`, as generated CommonJS tests require it. */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCommonJs } from '../../src/generate/module-style.js';
import { expressHarness } from '../../src/generate/template/harness/express.js';
import { supportFiles } from '../../src/generate/template/support/index.js';
import type { AppEntry } from '../../src/model.js';
import { repoRoot } from '../helpers/workspace.js';

const dir = path.join(repoRoot, '.tmp', `harness-express-${process.pid}`);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

interface RunningApp {
  request(method: string, path: string): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

describe('the Express harness, CommonJS', () => {
  it('starts an app exported as module.exports = app, and forgets it for the next file', async () => {
    await fs.mkdir(path.join(dir, 'src'), { recursive: true });
    await fs.mkdir(path.join(dir, 'test/_support'), { recursive: true });
    await fs.writeFile(path.join(dir, 'package.json'), '{ "type": "commonjs" }\n');
    await fs.writeFile(
      path.join(dir, 'src/app.js'),
      "const express = require('express');\nconst app = express();\nconst loaded = Date.now() + Math.random();\napp.get('/loaded', (req, res) => res.json({ loaded }));\nmodule.exports = app;\n",
    );
    const app: AppEntry = { file: 'src/app.js', export: { name: 'default', type: 'instance' }, framework: 'express' };
    const ctx = {
      typescript: false,
      commonJs: true,
      importExt: '.js',
      toRoot: '../../',
      app,
      points: [],
      migrations: [],
      pools: [],
      clients: [],
      databaseEnv: 'DATABASE_URL',
    };
    for (const file of supportFiles(ctx, expressHarness, false))
      await fs.writeFile(path.join(dir, 'test/_support', file.name), toCommonJs(file.text));

    const { startApp } = createRequire(import.meta.url)(path.join(dir, 'test/_support/app.js')) as { startApp: () => Promise<RunningApp> };
    const first = await startApp();
    const one = await first.request('GET', '/loaded');
    await first.close();
    const second = await startApp();
    const two = await second.request('GET', '/loaded');
    await second.close();

    expect(one.status).toBe(200);
    expect(two.status).toBe(200);
    // A second file in the same process (Mocha) gets an app loaded afresh, not the first file's.
    expect(two.body).not.toEqual(one.body);
  });
});

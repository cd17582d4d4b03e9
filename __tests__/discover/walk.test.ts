import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkRepo } from '../../src/discover/walk.js';

describe('which folders the walk skips', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itw-walk-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves out tool caches and build output, but not service folders that share their names', async () => {
    for (const file of [
      'docs/.vitepress/cache/deps/chunk-ABC.js',
      'docs/.vitepress/config.ts',
      '.svelte-kit/output/server/index.js',
      '.docusaurus/routes.js',
      'src/cache/redis.ts',
      'src/index.ts',
    ]) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), 'export {};\n');
    }
    const walked = await walkRepo(dir, {}, []);
    expect(walked.map((f) => f.path)).toEqual(['docs/.vitepress/config.ts', 'src/cache/redis.ts', 'src/index.ts']);
  });
});

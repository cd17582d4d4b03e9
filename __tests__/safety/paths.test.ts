import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import { SafeWriter } from '../../src/generate/writer.js';
import { assertRealInside, realPathOf, UnsafePathError } from '../../src/safety/paths.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A workspace `repo/` and, beside it, a folder `outside/` that a link may lead to. */
function workspace(): { repo: string; outside: string } {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'itw-paths-')));
  dirs.push(base);
  const repo = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(repo, 'test'), { recursive: true });
  fs.mkdirSync(outside);
  return { repo, outside };
}

function configError(inputs: Record<string, string>, repo: string): ConfigError {
  try {
    parseConfig(inputs, repo);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('parseConfig accepted the inputs');
}

describe('output paths on the real file system', () => {
  it('refuses a test-dir that is a symbolic link out of the working directory', () => {
    const { repo, outside } = workspace();
    fs.symlinkSync(outside, path.join(repo, 'test/itw'));
    const error = configError({ 'test-dir': 'test/itw' }, repo);
    expect(error.input).toBe('test-dir');
    expect(error.message).toBe(
      `Input "test-dir" "test/itw" resolves through a symbolic link to ${outside}, outside ${repo}; give a path that stays inside it (or replace the link with a folder).`,
    );
    // A folder below the link, not made yet, leads out as well.
    expect(configError({ 'test-dir': 'test/itw/generated' }, repo).message).toContain(`to ${path.join(outside, 'generated')}, outside`);
  });

  it('refuses report and JUnit paths whose folder is such a link, and a dangling link to outside', () => {
    const { repo, outside } = workspace();
    fs.symlinkSync(outside, path.join(repo, 'reports'));
    expect(configError({ 'report-path': 'reports/report.json' }, repo).input).toBe('report-path');
    expect(configError({ 'junit-path': 'reports/junit.xml' }, repo).input).toBe('junit-path');
    fs.symlinkSync(path.join(outside, 'not-yet.json'), path.join(repo, 'report.json'));
    expect(configError({ 'report-path': 'report.json' }, repo).message).toContain(`to ${path.join(outside, 'not-yet.json')}`);
  });

  it('accepts links that stay inside, and a workspace reached through a link', () => {
    const { repo } = workspace();
    fs.mkdirSync(path.join(repo, 'it-tests'));
    fs.symlinkSync(path.join(repo, 'it-tests'), path.join(repo, 'test/itw'));
    expect(parseConfig({ 'test-dir': 'test/itw' }, repo).testDir).toBe(path.join(repo, 'test/itw'));
    const alias = path.join(path.dirname(repo), 'alias');
    fs.symlinkSync(repo, alias);
    expect(parseConfig({}, alias).root).toBe(alias);
    expect(realPathOf(path.join(alias, 'test/itw/new/file.ts'))).toBe(path.join(repo, 'it-tests/new/file.ts'));
  });

  it('makes the writer refuse a target whose real path leaves the test dir, writing nothing', async () => {
    const { repo, outside } = workspace();
    const testDir = path.join(repo, 'test/itw');
    fs.mkdirSync(testDir);
    // Swapped in after the inputs were checked: a sub-folder of the test dir that leads out.
    fs.symlinkSync(outside, path.join(testDir, '_support'));
    const writer = new SafeWriter(repo, testDir);
    await expect(writer.write('test/itw/_support/database.ts', 'x')).rejects.toThrow(UnsafePathError);
    await expect(writer.write('test/itw/_support/database.ts', 'x')).rejects.toThrow(
      `generated file test/itw/_support/database.ts resolves through a symbolic link to ${path.join(outside, 'database.ts')}, outside ${testDir}`,
    );
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(await writer.write('test/itw/a.itw.test.ts', 'ok')).toBe('written');
    expect(() => assertRealInside(repo, path.join(testDir, 'a.itw.test.ts'), 'x', testDir)).not.toThrow();
  });
});

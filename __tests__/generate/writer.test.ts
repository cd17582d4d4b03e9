import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ownership, withHeader } from '../../src/generate/header.js';
import { SafeWriter } from '../../src/generate/writer.js';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'itw-writer-'));
  dir = path.join(root, 'test/integration/itw');
});

const generated = (body: string) => withHeader(['itw: integration tests for /x'], body).text;

describe('the header', () => {
  it('tells itw-owned, edited and hand-written files apart', () => {
    const text = generated("it('works', () => {});\n");
    expect(ownership(text)).toEqual({ owner: 'itw', edited: false, hash: expect.stringMatching(/^sha256-[0-9a-f]{16}$/) });
    expect(ownership(text.replace('works', 'works for me'))).toEqual({ owner: 'itw', edited: true });
    expect(ownership("it('mine', () => {});\n")).toEqual({ owner: 'person' });
  });
});

describe('SafeWriter', () => {
  it('writes new files, leaves identical ones alone and replaces its own unedited ones', async () => {
    const writer = new SafeWriter(root, dir);
    expect(await writer.write('test/integration/itw/a.test.ts', generated('one\n'))).toBe('written');
    expect(await writer.write('test/integration/itw/a.test.ts', generated('one\n'))).toBe('unchanged');
    expect(await writer.write('test/integration/itw/a.test.ts', generated('two\n'))).toBe('written');
    expect(await fs.readFile(path.join(dir, 'a.test.ts'), 'utf8')).toBe(generated('two\n'));
  });

  it('never overwrites a file a person wrote or edited', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'mine.test.ts'), 'hand written\n');
    const edited = generated('one\n').replace('one', 'one, tuned by hand');
    await fs.writeFile(path.join(dir, 'edited.test.ts'), edited);
    const writer = new SafeWriter(root, dir);
    expect(await writer.write('test/integration/itw/mine.test.ts', generated('new\n'))).toBe('kept');
    expect(await writer.write('test/integration/itw/edited.test.ts', generated('new\n'))).toBe('kept');
    expect(await fs.readFile(path.join(dir, 'mine.test.ts'), 'utf8')).toBe('hand written\n');
    expect(await fs.readFile(path.join(dir, 'edited.test.ts'), 'utf8')).toBe(edited);
  });

  it('refuses to write outside its folder', async () => {
    const writer = new SafeWriter(root, dir);
    await expect(writer.write('src/app.ts', generated('x'))).rejects.toThrow('resolves outside');
    await expect(writer.write('../../etc/x.ts', generated('x'))).rejects.toThrow('resolves outside');
  });

  it('undoes exactly what it did: created files and folders go, replaced files come back', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'old.test.ts'), generated('old\n'));
    await fs.writeFile(path.join(dir, 'mine.test.ts'), 'hand written\n');
    const writer = new SafeWriter(root, dir);
    await writer.write('test/integration/itw/old.test.ts', generated('newer\n'));
    await writer.write('test/integration/itw/_support/app.ts', generated('support\n'));
    await writer.undoAll();
    expect((await fs.readdir(dir)).sort()).toEqual(['mine.test.ts', 'old.test.ts']);
    expect(await fs.readFile(path.join(dir, 'old.test.ts'), 'utf8')).toBe(generated('old\n'));
  });
});

describe('SafeWriter.settle', () => {
  it('gives a file rewritten on the way and back its old times, and says its content did not change', async () => {
    const file = 'test/integration/itw/a.test.ts';
    await new SafeWriter(root, dir).write(file, generated('kept\n'));
    const past = new Date('2026-01-02T03:04:05Z');
    await fs.utimes(path.join(root, file), past, past);

    const writer = new SafeWriter(root, dir);
    await writer.write(file, generated('kept\nand a scenario dropped later\n'));
    await writer.write(file, generated('kept\n'));
    await writer.write('test/integration/itw/b.test.ts', generated('new\n'));

    expect([...(await writer.settle())]).toEqual([file]);
    expect((await fs.stat(path.join(root, file))).mtime).toEqual(past);
  });

  it('leaves the times of a file whose content did change', async () => {
    const file = 'test/integration/itw/a.test.ts';
    await new SafeWriter(root, dir).write(file, generated('one\n'));
    const past = new Date('2026-01-02T03:04:05Z');
    await fs.utimes(path.join(root, file), past, past);
    const writer = new SafeWriter(root, dir);
    await writer.write(file, generated('two\n'));
    expect([...(await writer.settle())]).toEqual([]);
    expect((await fs.stat(path.join(root, file))).mtime).not.toEqual(past);
  });
});

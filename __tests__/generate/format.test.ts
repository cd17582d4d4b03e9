import fs from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { cover } from '../../src/cover/index.js';
import { discover } from '../../src/discover/index.js';
import { formatPlan } from '../../src/generate/format.js';
import { ownership, splitHeader } from '../../src/generate/header.js';
import { planGeneration, type GenerationInput } from '../../src/generate/index.js';
import { readModuleStyle } from '../../src/generate/module-style.js';
import { isHttpPoint } from '../../src/model.js';
import { repoRoot, scratchCopy } from '../helpers/workspace.js';

const fixtures = path.join(repoRoot, '__tests__/fixtures/e2e');

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

async function inputFor(fixture: string): Promise<GenerationInput> {
  const dir = await scratchCopy(path.join(fixtures, fixture), `format-${fixture}`);
  scratch.push(dir);
  const discovery = await discover(dir);
  const testDir = path.join(dir, 'test/integration/itw');
  const app = discovery.points
    .filter(isHttpPoint)
    .map((p) => p.details.app)
    .find(Boolean)!;
  return {
    root: dir,
    testDir,
    points: discovery.points,
    coverage: await cover({ root: dir, points: discovery.points, testFiles: discovery.testFiles }),
    testFramework: 'vitest',
    dependencies: new Set(['express']),
    module: await readModuleStyle(dir, testDir, discovery.infra.module, app.file),
  };
}

describe('formatPlan', () => {
  it("formats every body with the repository's own options, under the same header, with a hash that matches", async () => {
    const input = await inputFor('styled-service');
    const plan = planGeneration(input);

    const formatted = await formatPlan(plan, input.root);

    expect(formatted.diagnostics).toEqual(plan.diagnostics);
    expect(formatted.files.map((f) => f.file)).toEqual(plan.files.map((f) => f.file));
    for (const [i, file] of formatted.files.entries()) {
      const before = plan.files[i]!;
      expect(file.text, file.file).not.toBe(before.text);
      // The repository's .prettierrc: double quotes, no semicolons.
      expect(file.text).toMatch(/^import .* from "[^"]+"$/m);
      expect(file.text).not.toMatch(/^import .* from '/m);
      expect(file.text).not.toMatch(/;$/m);
      expect(splitHeader(file.text)!.lines).toEqual(splitHeader(before.text)!.lines);
      expect(ownership(file.text)).toEqual({ owner: 'itw', edited: false, hash: file.hash });
      expect(file.scenarios).toEqual(before.scenarios);
      // What `prettier --check` says of the whole file, header included.
      const options = await prettier.resolveConfig(path.join(input.root, file.file));
      expect(await prettier.check(file.text, { ...options, filepath: path.join(input.root, file.file) }), file.file).toBe(true);
    }
  });

  it('leaves the plan as rendered when the only Prettier config lies outside the repository', async () => {
    // The scratch copy sits inside this project, whose own .prettierrc.json is above it.
    const input = await inputFor('nodenext-service');
    expect(await prettier.resolveConfigFile(path.join(input.root, 'test/x.ts'))).toBe(path.join(repoRoot, '.prettierrc.json'));
    const plan = planGeneration(input);

    const formatted = await formatPlan(plan, input.root);

    expect(formatted.files.map((f) => f.text)).toEqual(plan.files.map((f) => f.text));
    expect(formatted.diagnostics).toEqual([]);
  });

  it('keeps a file as rendered, and says why, when the repository’s Prettier cannot format it', async () => {
    const input = await inputFor('styled-service');
    await fs.writeFile(path.join(input.root, '.prettierrc'), JSON.stringify({ parser: 'no-such-parser' }));
    const plan = planGeneration(input);

    const formatted = await formatPlan(plan, input.root);

    expect(formatted.files.map((f) => f.text)).toEqual(plan.files.map((f) => f.text));
    expect(formatted.diagnostics).toContainEqual({
      file: 'test/integration/itw/items.itw.test.ts',
      message: expect.stringMatching(/^the repository's Prettier could not format this generated file, .*no-such-parser/),
    });
  });
});

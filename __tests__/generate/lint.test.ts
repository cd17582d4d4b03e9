import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cover } from '../../src/cover/index.js';
import { discover } from '../../src/discover/index.js';
import { planFormatted } from '../../src/generate/format.js';
import { templateGenerator } from '../../src/generate/template/index.js';
import type { GenerationInput } from '../../src/generate/index.js';
import { excludeUnlinted, lintGenerated } from '../../src/generate/lint.js';
import { readModuleStyle } from '../../src/generate/module-style.js';
import { SafeWriter } from '../../src/generate/writer.js';
import { isHttpPoint, type GeneratedTest } from '../../src/model.js';
import { repoRoot, scratchCopy } from '../helpers/workspace.js';

const fixture = path.join(repoRoot, '__tests__/fixtures/e2e/styled-service');
const itemsFile = 'test/integration/itw/items.itw.test.ts';

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

async function copy(name: string): Promise<string> {
  const dir = await scratchCopy(fixture, name);
  scratch.push(dir);
  return dir;
}

describe('lintGenerated', () => {
  it('attaches each lint error to the scenario it falls in, or to the file, and ignores warnings', async () => {
    const dir = await copy('lint-map');
    await fs.writeFile(
      path.join(dir, 'eslint.config.js'),
      `import tseslint from 'typescript-eslint';
export default tseslint.config(...tseslint.configs.recommended, {
  rules: {
    'no-restricted-properties': ['error', { property: 'toEqual', message: 'Use toStrictEqual.' }],
    'no-console': 'warn',
  },
});
`,
    );
    const file = 'test/things.test.ts';
    const text = [
      "import { describe, expect, it } from 'vitest';",
      'const unused = 1;',
      "describe('things', () => {",
      "  it('compares loosely', () => {",
      '    expect(1).toEqual(1);',
      '  });',
      "  it('logs', () => {",
      "    console.log('a warning only');",
      '    expect(1).toBe(1);',
      '  });',
      '});',
      '',
    ].join('\n');
    await fs.mkdir(path.join(dir, 'test'), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);

    const problems = await lintGenerated({ root: dir, files: [{ file, text }] });

    expect(problems).toEqual([
      { file, message: "@typescript-eslint/no-unused-vars 'unused' is assigned a value but never used. (line 2)" },
      {
        file,
        scenario: 'things › compares loosely',
        message: "no-restricted-properties 'toEqual' is restricted from being used. Use toStrictEqual. (line 5)",
      },
    ]);
  });
});

async function writtenPlan(dir: string) {
  const discovery = await discover(dir);
  const testDir = path.join(dir, 'test/integration/itw');
  const app = discovery.points
    .filter(isHttpPoint)
    .map((p) => p.details.app)
    .find(Boolean)!;
  const input: GenerationInput = {
    root: dir,
    testDir,
    points: discovery.points,
    coverage: await cover({ root: dir, points: discovery.points, testFiles: discovery.testFiles }),
    testFramework: 'vitest',
    dependencies: new Set(['express']),
    module: await readModuleStyle(dir, testDir, discovery.infra.module, app.file),
  };
  const plan = await planFormatted(templateGenerator, input);
  const writer = new SafeWriter(dir, testDir);
  const states = new Map<string, GeneratedTest['state']>();
  for (const f of plan.files) states.set(f.file, await writer.write(f.file, f.text));
  return { root: dir, testDir, generator: templateGenerator, plan, input, writer, states };
}

describe('excludeUnlinted', () => {
  it('leaves out the scenario the repository’s lint rejects, says why, and re-renders the file formatted', async () => {
    const dir = await copy('lint-gate');
    const step = await writtenPlan(dir);

    const gate = await excludeUnlinted(step);

    expect(gate.diagnostics).toEqual([]);
    expect(gate.dropped).toEqual([
      {
        file: itemsFile,
        scenario: '/api/v1/items › GET /api/v1/items/:id › returns an item created before',
        reason: expect.stringMatching(
          /^does not pass lint: no-restricted-properties 'toEqual' is restricted from being used\. Use toStrictEqual\. \(line \d+\)$/,
        ),
        fileRemoved: false,
      },
    ]);
    const items = await fs.readFile(path.join(dir, itemsFile), 'utf8');
    expect(items).not.toContain('toEqual');
    expect(items).toContain('it("answers 404 for an item that does not exist"');
    expect(gate.plan.files.find((f) => f.file === itemsFile)!.text).toBe(items);
    expect(await lintGenerated({ root: dir, files: gate.plan.files.map((f) => ({ file: f.file, text: f.text })) })).toEqual([]);
  });

  it('reports a linter whose config throws, with its message, and drops nothing', async () => {
    const dir = await copy('lint-broken');
    await fs.writeFile(path.join(dir, 'eslint.config.js'), "throw new Error('the team config needs LINT_PROFILE');\n");
    const step = await writtenPlan(dir);

    const gate = await excludeUnlinted(step);

    expect(gate.dropped).toEqual([]);
    expect(gate.plan).toBe(step.plan);
    expect(gate.diagnostics).toEqual([
      {
        file: 'eslint.config.js',
        message: expect.stringMatching(/^the generated tests were not linted: .*the team config needs LINT_PROFILE.*npx eslint/),
      },
    ]);
  });

  it('does nothing where the repository has no ESLint config', async () => {
    const dir = await copy('lint-none');
    await fs.rm(path.join(dir, 'eslint.config.js'));
    const step = await writtenPlan(dir);

    const gate = await excludeUnlinted(step);

    expect(gate).toEqual({ plan: step.plan, input: step.input, dropped: [], diagnostics: [] });
  });
});

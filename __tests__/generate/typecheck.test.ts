import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cover } from '../../src/cover/index.js';
import { discover } from '../../src/discover/index.js';
import { planGeneration, type GenerationInput } from '../../src/generate/index.js';
import { readModuleStyle } from '../../src/generate/module-style.js';
import { excludeUncompilable, typecheckGenerated } from '../../src/generate/typecheck.js';
import { SafeWriter } from '../../src/generate/writer.js';
import { templateGenerator } from '../../src/generate/template/index.js';
import { isHttpPoint, type GeneratedTest } from '../../src/model.js';
import { repoRoot, scratchCopy } from '../helpers/workspace.js';

const fixture = path.join(repoRoot, '__tests__/fixtures/e2e/nodenext-service');

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

describe('typecheckGenerated', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await scratchCopy(fixture, 'typecheck');
    scratch.push(dir);
  });

  it("runs the repository's tsc on the generated files only and names the scenario each error is in", async () => {
    const file = 'test/integration/itw/things.itw.test.ts';
    const text = [
      "import { describe, expect, it } from 'vitest';",
      '',
      'const limit: number = 3;',
      'export const broken: string = 42;',
      '',
      "describe('/things', () => {",
      "  describe('GET /things', () => {",
      "    it('lists things', () => {",
      '      expect(limit).toBe(3);',
      '    });',
      '',
      "    it('counts things', () => {",
      "      const count: number = 'three';",
      '      expect(count).toBeDefined();',
      '    });',
      '  });',
      '});',
      '',
    ].join('\n');
    await fs.mkdir(path.join(dir, 'test/integration/itw'), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
    // An error in the repository's own code is not the generated file's.
    await fs.writeFile(path.join(dir, 'src/broken.ts'), 'export const answer: number = "no";\n');

    const errors = await typecheckGenerated({ root: dir, tsconfig: 'tsconfig.json', files: [{ file, text }] });

    expect(errors).toEqual([
      { file, message: "TS2322 Type 'number' is not assignable to type 'string'. (line 4)" },
      {
        file,
        scenario: '/things › GET /things › counts things',
        message: "TS2322 Type 'string' is not assignable to type 'number'. (line 13)",
      },
    ]);
    // Its temporary tsconfig is gone again.
    expect((await fs.readdir(dir)).filter((f) => f.startsWith('tsconfig.'))).toEqual(['tsconfig.json']);
  });
});

describe('excludeUncompilable', () => {
  it('leaves out the scenarios that do not compile against a support file a person edited, and says why', async () => {
    const dir = await scratchCopy(fixture, 'typecheck-gate');
    scratch.push(dir);
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
    const plan = planGeneration(input);
    // A person took raw bodies out of the support's request helper: itw keeps their file as it is.
    const support = plan.files.find((f) => f.file.endsWith('_support/app.ts'))!;
    const edited = support.text
      .replace(/\n *\/\*\* Sent as is, for malformed-input tests\. \*\/\n *rawBody\?: string;/, '')
      .replace('options.body !== undefined || options.rawBody !== undefined', 'options.body !== undefined')
      .replace('options.rawBody ?? (options.body === undefined', '(options.body === undefined');
    expect(edited).not.toContain('rawBody');
    await fs.mkdir(path.join(testDir, '_support'), { recursive: true });
    await fs.writeFile(path.join(dir, support.file), edited);

    const writer = new SafeWriter(dir, testDir);
    const states = new Map<string, GeneratedTest['state']>();
    for (const f of plan.files) states.set(f.file, await writer.write(f.file, f.text));
    expect(states.get(support.file)).toBe('kept');

    const gate = await excludeUncompilable({ root: dir, generator: templateGenerator, plan, input, writer, states });

    expect(gate.diagnostics).toEqual([]);
    expect(gate.dropped).toEqual([
      {
        file: 'test/integration/itw/items.itw.test.ts',
        scenario: '/api/v1/items › POST /api/v1/items › rejects malformed JSON with 400',
        reason: expect.stringMatching(
          /^does not compile: TS2353 Object literal may only specify known properties, and 'rawBody' does not exist .*\(line \d+\)$/,
        ),
        fileRemoved: false,
      },
    ]);
    const items = await fs.readFile(path.join(testDir, 'items.itw.test.ts'), 'utf8');
    expect(items).not.toContain('rawBody');
    expect(items).toContain("it('rejects a body without its required fields (name, quantity) with 400'");
    expect(gate.input.exclude?.get('test/integration/itw/items.itw.test.ts')).toEqual(
      new Set(['/api/v1/items › POST /api/v1/items › rejects malformed JSON with 400']),
    );
    expect(gate.plan.files.find((f) => f.file.endsWith('items.itw.test.ts'))!.text).toBe(items);
    // What is left compiles, the person's file included.
    const left = gate.plan.files.map((f) => ({ file: f.file, text: f.file === support.file ? edited : f.text }));
    expect(await typecheckGenerated({ root: dir, tsconfig: 'tsconfig.json', files: left })).toEqual([]);
  });
});

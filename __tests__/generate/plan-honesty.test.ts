import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cover } from '../../src/cover/index.js';
import { discover } from '../../src/discover/index.js';
import { planGeneration, toGeneratedTest, type GenerationInput } from '../../src/generate/index.js';
import { readModuleStyle } from '../../src/generate/module-style.js';
import { typecheckGenerated } from '../../src/generate/typecheck.js';
import { isHttpPoint } from '../../src/model.js';
import { repoRoot, scratchCopy } from '../helpers/workspace.js';

const fixture = path.join(repoRoot, '__tests__/fixtures/e2e/nodenext-service');
const ITEMS = 'test/integration/itw/items.itw.test.ts';
const REPORTS = 'test/integration/itw/reports.itw.test.ts';

/** What the engine gives the planner for a repository: its points, their coverage and its module style. */
async function inputFor(root: string): Promise<GenerationInput> {
  const discovery = await discover(root);
  const coverage = await cover({ root, points: discovery.points, testFiles: discovery.testFiles });
  const testDir = path.join(root, 'test/integration/itw');
  const app = discovery.points
    .filter(isHttpPoint)
    .map((p) => p.details.app)
    .find(Boolean);
  return {
    root,
    testDir,
    points: discovery.points,
    coverage,
    testFramework: discovery.infra.testFramework?.name,
    dependencies: new Set(discovery.packages.flatMap((p) => [...p.dependencies])),
    module: await readModuleStyle(root, testDir, discovery.infra.module, app?.file),
  };
}

describe('planning for a NodeNext repository with two guards', () => {
  let input: GenerationInput;
  beforeAll(async () => {
    input = await inputFor(fixture);
  });

  const pointId = (key: string) => input.points.find((p) => p.key === key)!.id;

  it('writes relative imports the way NodeNext resolves them: .js, never .ts', () => {
    const plan = planGeneration(input);
    const text = plan.files.map((f) => f.text).join('\n');
    expect(text).toContain("from './_support/app.js';");
    expect(text).toContain("await import('../../../../src/app.js')");
    expect(text).not.toMatch(/from '\.[^']*\.ts'|import\('[^']*\.ts'\)/);
  });

  it('expects the status the guard answers: 401 without credentials, 403 for a wrong token', () => {
    const items = planGeneration(input).files.find((f) => f.file === ITEMS)!;
    const titles = items.scenarios.filter((s) => s.name.startsWith('/api/v1/items › GET')).map((s) => s.title);
    expect(titles).toEqual([
      'returns an item created before',
      'answers 404 for an item that does not exist',
      'rejects a request without credentials with 401',
      'rejects a wrong bearer token with 403',
    ]);
    expect(items.text).toContain(
      "const response = await app.request('GET', `/api/v1/items/${MISSING_ID}`, { headers: { authorization: 'Bearer itw-wrong-token' } });\n\n      expect(response.status).toBe(403);",
    );
  });

  it('counts an endpoint as covered only through a scenario that reaches its handler', () => {
    const plan = planGeneration(input);
    const reports = plan.files.find((f) => f.file === REPORTS)!;
    // Only the guard's rejections can be tested here: they prove the guard, not the endpoint.
    expect(reports.scenarios.map((s) => [s.title, s.reachesHandler])).toEqual([
      ['rejects a request without credentials with 401', false],
      ['rejects a wrong bearer token with 403', false],
    ]);
    expect(reports.points).toEqual([]);
    expect(toGeneratedTest(reports, 'written').scenarios.every((s) => !s.reachesHandler)).toBe(true);
    const items = plan.files.find((f) => f.file === ITEMS)!;
    expect(items.points.sort()).toEqual([pointId('POST /api/v1/items'), pointId('GET /api/v1/items/:id')].sort());
  });

  it('says why the guarded reports endpoint gets no test that reaches it', () => {
    expect(planGeneration(input).gaps).toEqual([
      {
        pointId: pointId('GET /api/v1/reports'),
        reason: expect.stringContaining('compares the bearer token with `getConfig().apiToken`, which a test cannot set'),
      },
    ]);
  });
});

describe('a file left after dropping scenarios', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await scratchCopy(fixture, 'plan-clean');
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('imports nothing its remaining scenarios do not use, and compiles under noUnusedLocals', async () => {
    const input = await inputFor(dir);
    const full = planGeneration(input).files.find((f) => f.file === ITEMS)!;
    expect(full.text).toContain("import { MISSING_ID, uniqueId } from './_support/data.js';");
    // Leave out every scenario that makes a value with uniqueId (directly or through the createItem factory).
    const exclude = new Map([[ITEMS, new Set(full.scenarios.filter((s) => /uniqueId|createItem/.test(s.code)).map((s) => s.name))]]);
    const plan = planGeneration({ ...input, exclude });
    const items = plan.files.find((f) => f.file === ITEMS)!;
    expect(items.scenarios.map((s) => s.title)).toEqual([
      'rejects a body without its required fields (name, quantity) with 400',
      'rejects malformed JSON with 400',
      'rejects a request without credentials with 401',
      'rejects a wrong bearer token with 403',
      'answers 404 for an item that does not exist',
      'rejects a request without credentials with 401',
      'rejects a wrong bearer token with 403',
    ]);
    // The token constant is still used (authenticated 400/404 requests), so uniqueId stays for it alone.
    expect(items.text).toContain("import { MISSING_ID, uniqueId } from './_support/data.js';");
    expect(items.text).not.toContain('async function createItem');
    expect(items.text).not.toContain('type Row');

    // Without the authenticated scenarios, neither the token nor uniqueId is left.
    const guardOnly = new Map([
      [ITEMS, new Set(full.scenarios.filter((s) => s.reachesHandler || /API_TOKEN/.test(s.code)).map((s) => s.name))],
    ]);
    const bare = planGeneration({ ...input, exclude: guardOnly });
    const text = bare.files.find((f) => f.file === ITEMS)!.text;
    expect(text).not.toContain('uniqueId');
    expect(text).not.toContain('API_TOKEN');
    expect(text).toContain("import { MISSING_ID } from './_support/data.js';");

    for (const f of bare.files) {
      await fs.mkdir(path.dirname(path.join(dir, f.file)), { recursive: true });
      await fs.writeFile(path.join(dir, f.file), f.text);
    }
    // The fixture's tsconfig sets noUnusedLocals and noUnusedParameters.
    const errors = await typecheckGenerated({
      root: dir,
      tsconfig: 'tsconfig.json',
      files: bare.files.map((f) => ({ file: f.file, text: f.text })),
    });
    expect(errors).toEqual([]);
  });
});

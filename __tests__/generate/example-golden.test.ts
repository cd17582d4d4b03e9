/**
 * The bundled example's generated files, byte for byte as the template generator wrote them before
 * generation was split into planners, dialects and harnesses: the split changes no output.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cover } from '../../src/cover/index.js';
import { discover } from '../../src/discover/index.js';
import { planFormatted } from '../../src/generate/format.js';
import { readModuleStyle } from '../../src/generate/module-style.js';
import { templateGenerator } from '../../src/generate/template/index.js';
import { isHttpPoint } from '../../src/model.js';
import { repoRoot } from '../helpers/workspace.js';

const example = path.join(repoRoot, 'examples/orders-service');
const golden = path.join(repoRoot, '__tests__/fixtures/golden/orders-service');

describe('the example service, generated for Express and Vitest', () => {
  it('gets the same files, with the same scenarios, as before the generation architecture', async () => {
    const discovery = await discover(example);
    const coverage = await cover({ root: example, points: discovery.points, testFiles: discovery.testFiles });
    const testDir = path.join(example, 'test/integration/itw');
    const appFile = discovery.points
      .filter(isHttpPoint)
      .map((p) => p.details.app?.file)
      .find(Boolean);
    const plan = await planFormatted(templateGenerator, {
      root: example,
      testDir,
      points: discovery.points,
      coverage,
      testFramework: discovery.infra.testFramework?.name,
      dependencies: new Set(discovery.packages.flatMap((p) => [...p.dependencies])),
      module: await readModuleStyle(example, testDir, discovery.infra.module, appFile),
    });

    const expected = (await fs.readdir(golden, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(golden, path.join(e.parentPath, e.name)))
      .sort();
    expect(plan.files.map((f) => path.relative('test/integration/itw', f.file)).sort()).toEqual(expected);
    for (const file of plan.files) {
      expect(file.text, file.file).toBe(await fs.readFile(path.join(golden, path.relative('test/integration/itw', file.file)), 'utf8'));
    }
    expect(plan.files.flatMap((f) => f.scenarios)).toHaveLength(23);
  });
});

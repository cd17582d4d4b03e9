/**
 * Generation below discovery: tests planned for a stack fixture from HTTP points given as discovery reports them
 * (its other points discovered), written into a copy of the fixture and run by the fixture's own Vitest.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { discover } from '../../src/discover/index.js';
import { readModuleStyle } from '../../src/generate/module-style.js';
import { templateGenerator } from '../../src/generate/template/index.js';
import type { GenerationPlan } from '../../src/generate/types.js';
import type { IntegrationPoint } from '../../src/model.js';
import { testName } from '../../src/run/runners/types.js';
import { ADMIN_URL, removeCopy, userEnv } from './stack.js';
import { repoRoot, runCommand, stackCopy, type Finished } from './workspace.js';

const copies: string[] = [];

export async function removePlannedCopies(): Promise<void> {
  for (const dir of copies.splice(0)) await removeCopy(dir);
}

/** Plans tests for `routes` in a copy of the fixture, writes them, and runs them (and the tests under the same folder) with the fixture's Vitest. */
export async function runPlanned(
  fixture: string,
  routes: IntegrationPoint[],
  /** Files to add to the copy before planning (repository-relative path → text): route files, hand-written tests. */
  extra: Record<string, string> = {},
): Promise<{ dir: string; plan: GenerationPlan; run: Finished; outcomes: Map<string, string> }> {
  const dir = await stackCopy(fixture);
  copies.push(dir);
  for (const [file, text] of Object.entries(extra)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  }
  const discovery = await discover(dir);
  const testDir = path.join(dir, 'test/integration/itw');
  const plan = await templateGenerator.plan({
    root: dir,
    testDir,
    points: [...discovery.points.filter((p) => p.kind !== 'http'), ...routes],
    coverage: [],
    testFramework: 'vitest',
    dependencies: new Set(discovery.packages.flatMap((p) => [...p.dependencies])),
    module: await readModuleStyle(dir, testDir, discovery.infra.module, routes[0]!.location.file),
  });
  for (const file of plan.files) {
    await fs.mkdir(path.dirname(path.join(dir, file.file)), { recursive: true });
    await fs.writeFile(path.join(dir, file.file), file.text);
  }
  const vitest = path.join(repoRoot, '__tests__/fixtures/stacks/node_modules/vitest/vitest.mjs');
  const report = path.join(dir, 'vitest-report.json');
  const run = await runCommand(process.execPath, [vitest, 'run', '--reporter=json', `--outputFile=${report}`, 'test/integration/itw'], {
    cwd: dir,
    env: userEnv({ CI: 'true', DATABASE_URL: ADMIN_URL }),
    timeoutMs: 120_000,
  });
  const text = await fs.readFile(report, 'utf8').catch(() => undefined);
  if (!text) throw new Error(`Vitest wrote no report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  const results = JSON.parse(text) as {
    testResults: { assertionResults: { ancestorTitles: string[]; title: string; status: string; failureMessages: string[] }[] }[];
  };
  const outcomes = new Map(
    results.testResults.flatMap((f) =>
      f.assertionResults.map((a) => [testName([...a.ancestorTitles, a.title]), `${a.status} ${a.failureMessages.join('\n')}`.trim()]),
    ),
  );
  return { dir, plan, run, outcomes };
}

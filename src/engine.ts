import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';
import { cover } from './cover/index.js';
import { discover, type Discovery } from './discover/index.js';
import { planGeneration, toGeneratedTest, type PlannedFile } from './generate/index.js';
import { ownership } from './generate/header.js';
import { SafeWriter } from './generate/writer.js';
import type {
  Counts,
  Coverage,
  Diagnostic,
  Gap,
  GeneratedTest,
  IntegrationPoint,
  Mode,
  Report,
  RunSummary,
  ServiceName,
  TestOutcome,
} from './model.js';
import { POINT_KINDS } from './model.js';
import { runRepeatedly } from './run/flake.js';
import { vitestRunner } from './run/runners/vitest.js';
import type { RunnerAdapter } from './run/runners/types.js';
import { scrubbedEnv } from './safety/env.js';
import { provisionServices } from './services/index.js';
import type { ContainerRuntime } from './services/testcontainers.js';
import { VERSION } from './version.js';

export interface EngineHooks {
  /** Progress, one line at a time. */
  log?: (line: string) => void;
  /** Environment the engine reads service URLs from and hands (scrubbed) to test processes. */
  env?: NodeJS.ProcessEnv;
  containerRuntime?: ContainerRuntime;
}

export class NotAvailableError extends Error {}

const RUNNERS: Record<string, RunnerAdapter> = { vitest: vitestRunner };

/** Runs the stages a mode needs and returns the Report every published artifact is made from. */
export async function runEngine(config: Config, hooks: EngineHooks = {}): Promise<Report> {
  const log = hooks.log ?? (() => {});
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = Math.round(performance.now() - start);
    }
  };
  const started = performance.now();
  if (config.mode === 'merge') throw new NotAvailableError('mode "merge" is not available yet; run one job without "shard" for now.');
  if (config.shard) throw new NotAvailableError('input "shard" is not available yet; leave it empty to run everything in one job.');
  if (config.generator === 'claude')
    throw new NotAvailableError('generator "claude" is not available yet; use generator: template (or auto).');
  if (!fs.existsSync(config.root))
    throw new Error(`${config.root} does not exist; give the folder of the service to analyse (working-directory).`);

  log(`Discovering integration points in ${config.root}`);
  const discovery = await timed('discover', () => discover(config.root, { include: config.include, exclude: config.exclude }));
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  log(`Found ${discovery.points.length} integration points in ${discovery.stats.parsed} of ${discovery.stats.sources} source files`);
  const coverage = await timed('cover', () =>
    cover({ root: config.root, points: discovery.points, testFiles: discovery.testFiles }, diagnostics),
  );
  const testFramework = discovery.infra.testFramework?.name;
  const ctx: RunContext = { config, hooks, log, timed, diagnostics };

  /** Why a point got no kept test, where a stage knows better than the default. */
  const gapReasons = new Map<string, string>();
  let generated: GeneratedTest[] = [];
  let outcomes: TestOutcome[] = [];
  let run: RunSummary | undefined;
  const services: Report['environment']['services'] = [];
  if (config.mode === 'generate') {
    const result = await generateAndValidate(ctx, discovery, coverage, testFramework);
    ({ generated, outcomes, run } = result);
    services.push(...result.services);
  } else if (config.mode === 'verify') {
    const result = await verifyExisting(ctx, discovery, testFramework);
    ({ outcomes, run } = result);
    services.push(...result.services);
  }
  timings.total = Math.round(performance.now() - started);
  return {
    version: 1,
    tool: { name: 'itw', version: VERSION },
    mode: config.mode as Mode,
    root: config.root,
    points: discovery.points,
    coverage,
    generated,
    outcomes,
    ...(run ? { run } : {}),
    gaps: gapsOf(discovery.points, coverage, generated, gapReasons),
    diagnostics,
    environment: { ...(testFramework ? { testFramework } : {}), services },
    repository: { infra: discovery.infra, openapi: discovery.openapi },
    counts: countReport(discovery.points, coverage, generated, outcomes),
    timingsMs: timings,
  };
}

type Timed = <T>(stage: string, work: () => Promise<T>) => Promise<T>;

/** What every stage of one engine run shares. */
interface RunContext {
  config: Config;
  hooks: EngineHooks;
  log: (line: string) => void;
  timed: Timed;
  diagnostics: Diagnostic[];
}

async function generateAndValidate(
  ctx: RunContext,
  discovery: Discovery,
  coverage: Coverage[],
  testFramework: string | undefined,
): Promise<{ generated: GeneratedTest[]; outcomes: TestOutcome[]; run?: RunSummary; services: Report['environment']['services'] }> {
  const { config, log, timed, diagnostics } = ctx;
  const dependencies = new Set(discovery.packages.flatMap((p) => [...p.dependencies]));
  // Tests itw wrote earlier (and nobody edited since) are planned again, not counted as existing
  // coverage: the same plan renders the same files, which are then left as they are.
  const owned = itwOwnedFiles(config.root, discovery.testFiles);
  const existing = coverage.map((c) => ({ ...c, tests: c.tests.filter((t) => !owned.has(t.file)) }));
  const input = { root: config.root, testDir: config.testDir, points: discovery.points, coverage: existing, testFramework, dependencies };
  const plan = await timed('generate', async () => planGeneration(input));
  diagnostics.push(...plan.diagnostics);
  if (plan.files.length === 0) {
    log('Nothing to generate: every HTTP point is covered, or generation is not possible here (see diagnostics).');
    return { generated: [], outcomes: [], services: [] };
  }
  const writer = new SafeWriter(config.root, config.testDir);
  // Whatever goes wrong from here on (a full disk, a runner that is not installed), the tree is
  // left as it was: what this run wrote is undone before the error goes on.
  try {
    return await writeAndValidate(ctx, plan, input, writer, testFramework);
  } catch (error) {
    await writer.undoAll();
    throw error;
  }
}

async function writeAndValidate(
  ctx: RunContext,
  plan: ReturnType<typeof planGeneration>,
  input: Parameters<typeof planGeneration>[0],
  writer: SafeWriter,
  testFramework: string | undefined,
): Promise<{ generated: GeneratedTest[]; outcomes: TestOutcome[]; run?: RunSummary; services: Report['environment']['services'] }> {
  const { config, log, timed, diagnostics } = ctx;
  const states = new Map<string, GeneratedTest['state']>();
  for (const file of plan.files) states.set(file.file, await writer.write(file.file, file.text));
  const tests = plan.files.filter((f) => !f.support && states.get(f.file) !== 'kept');
  for (const f of plan.files.filter((x) => states.get(x.file) === 'kept'))
    diagnostics.push({ file: f.file, message: 'kept as it is: a person wrote or edited it, so itw does not overwrite it.' });
  log(
    `Wrote ${tests.length} test files (${tests.reduce((n, f) => n + f.scenarios.length, 0)} tests) under ${path.relative(config.root, config.testDir) || '.'}`,
  );

  const needed = plan.services;
  const runner = testFramework ? RUNNERS[testFramework] : undefined;
  const { provisioned, services, testEnv } = await provision(ctx, needed);
  try {
    if (provisioned.missing.length || !runner) {
      const reason = provisioned.missing.length
        ? provisioned.missing.map((m) => `${m.name}: ${m.reason}`).join('; ')
        : `no runner for ${testFramework}`;
      log(`Generated tests cannot run (${reason}); they are removed again.`);
      await writer.undoAll();
      const outcomes = tests.flatMap((f) =>
        f.scenarios.map((s): TestOutcome => ({
          file: f.file,
          name: s.name,
          origin: 'generated',
          runs: [],
          classification: 'skipped',
          durationsMs: [],
          skipReason: reason,
        })),
      );
      return { generated: [], outcomes, services };
    }
    for (const s of provisioned.services) log(`Using ${s.name} from ${s.source}: ${s.url}`);
    log(`Running ${tests.length} generated test files ${config.flakeRuns} times`);
    const { outcomes, summary } = await timed('run', () =>
      runRepeatedly({
        runner,
        cwd: config.root,
        files: tests.map((f) => f.file),
        runs: config.flakeRuns,
        origin: 'generated',
        env: testEnv,
        timeoutSeconds: config.runTimeout,
        onRun: (e) =>
          log(
            `  run ${e.run}/${e.of} (seed ${e.seed}): ${e.timedOut ? 'timed out' : e.failed ? `${e.failed} failed` : 'all passed'} in ${(e.durationMs / 1000).toFixed(1)} s`,
          ),
      }),
    );
    const generated = await keepReliable(tests, states, outcomes, summary, writer, input);
    return { generated, outcomes, run: summary, services };
  } finally {
    await provisioned.stop();
  }
}

/**
 * The rollback: a scenario stays only when it passed every run. Files are re-rendered without the
 * others (templates are deterministic), and a file left with no scenario is removed.
 */
async function keepReliable(
  tests: PlannedFile[],
  /** What the first write did to each file: `unchanged` when it was already on disk as generated. */
  states: ReadonlyMap<string, GeneratedTest['state']>,
  outcomes: TestOutcome[],
  summary: RunSummary,
  writer: SafeWriter,
  input: Parameters<typeof planGeneration>[0],
): Promise<GeneratedTest[]> {
  const exclude = new Map<string, Set<string>>();
  for (const file of tests) {
    const fileOutcomes = outcomes.filter((o) => o.file === file.file);
    const brokenFile = fileOutcomes.find((o) => o.name === '(file)');
    for (const scenario of file.scenarios) {
      const outcome = fileOutcomes.find((o) => o.name === scenario.name);
      if (outcome?.classification === 'passed' && !brokenFile) continue;
      const reason = brokenFile
        ? `the file failed to load: ${brokenFile.failure?.message ?? ''}`
        : outcome
          ? `${outcome.classification}: ${outcome.failure?.message ?? outcome.skipReason ?? ''}`
          : 'never ran';
      exclude.set(file.file, (exclude.get(file.file) ?? new Set()).add(scenario.name));
      summary.dropped.push({ file: file.file, scenario: scenario.name, reason, fileRemoved: false });
    }
  }
  if (exclude.size === 0) return tests.map((f) => toGeneratedTest(f, states.get(f.file) ?? 'written'));
  const replan = planGeneration({ ...input, exclude });
  const kept: GeneratedTest[] = [];
  for (const file of tests) {
    const again = replan.files.find((f) => f.file === file.file);
    if (!again) {
      await writer.undo(file.file);
      for (const d of summary.dropped) if (d.file === file.file) d.fileRemoved = true;
    } else {
      if (again.text !== file.text) await writer.write(again.file, again.text);
      kept.push(toGeneratedTest(again, again.text === file.text ? (states.get(file.file) ?? 'written') : 'written'));
    }
  }
  if (kept.length === 0) await writer.undoAll();
  return kept;
}

async function verifyExisting(
  ctx: RunContext,
  discovery: Discovery,
  testFramework: string | undefined,
): Promise<{ outcomes: TestOutcome[]; run?: RunSummary; services: Report['environment']['services'] }> {
  const { config, log, timed } = ctx;
  const runner = testFramework ? RUNNERS[testFramework] : undefined;
  if (!runner)
    throw new NotAvailableError(`mode "verify" needs a supported test framework; found ${testFramework ?? 'none'} (vitest is supported).`);
  const needed = [...new Set(discovery.points.map((p) => p.service))];
  const { provisioned, services, testEnv: env } = await provision(ctx, needed);
  try {
    for (const m of provisioned.missing) log(`Service ${m.name} unavailable: ${m.reason}`);
    log(`Running ${discovery.testFiles.length} test files ${config.flakeRuns} times`);
    const { outcomes, summary } = await timed('run', () =>
      runRepeatedly({
        runner,
        cwd: config.root,
        files: discovery.testFiles,
        runs: config.flakeRuns,
        origin: 'repository',
        env,
        timeoutSeconds: config.runTimeout,
      }),
    );
    return { outcomes, run: summary, services };
  } finally {
    await provisioned.stop();
  }
}

/** Test files whose itw header still matches their content. */
function itwOwnedFiles(root: string, files: readonly string[]): Set<string> {
  const owned = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const owner = ownership(text);
    if (owner.owner === 'itw' && !owner.edited) owned.add(file);
  }
  return owned;
}

/** Services for all runs at once, and the environment test processes get (scrubbed of secrets). */
async function provision({ config, hooks, log, timed }: RunContext, needed: readonly ServiceName[]) {
  const env = hooks.env ?? process.env;
  const provisioned = await timed('services', () =>
    provisionServices(needed, { source: config.services, allowedHosts: config.allowedHosts, env, runtime: hooks.containerRuntime, log }),
  );
  return {
    provisioned,
    services: provisioned.services.map((s) => ({ name: s.name, source: `${s.source} (${s.url})` })),
    testEnv: scrubbedEnv(env, { ...provisioned.env, CI: 'true' }),
  };
}

/** Every point no test covers, each with its reason (the default names what the mode did). */
function gapsOf(
  points: readonly IntegrationPoint[],
  coverage: readonly Coverage[],
  generated: readonly GeneratedTest[],
  reasons: ReadonlyMap<string, string>,
): Gap[] {
  const covered = new Set(coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  for (const g of generated) for (const id of g.points) covered.add(id);
  return points.filter((p) => !covered.has(p.id)).map((p) => ({ pointId: p.id, reason: reasons.get(p.id) ?? 'no test exercises it' }));
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function countReport(
  points: readonly IntegrationPoint[],
  coverage: readonly Coverage[],
  generated: readonly GeneratedTest[],
  outcomes: readonly TestOutcome[],
): Counts {
  const coveredIds = new Set(coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  for (const g of generated) for (const id of g.points) coveredIds.add(id);
  const http = points.filter((p) => p.kind === 'http');
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : round1((100 * part) / whole));
  const scenarios = generated.flatMap((g) => g.scenarios);
  return {
    points: points.length,
    covered: points.filter((p) => coveredIds.has(p.id)).length,
    coverage: share(points.filter((p) => coveredIds.has(p.id)).length, points.length),
    endpoints: http.length,
    endpointsCovered: http.filter((p) => coveredIds.has(p.id)).length,
    endpointCoverage: share(http.filter((p) => coveredIds.has(p.id)).length, http.length),
    byKind: POINT_KINDS.map((kind) => ({
      kind,
      points: points.filter((p) => p.kind === kind).length,
      covered: points.filter((p) => p.kind === kind && coveredIds.has(p.id)).length,
    })).filter((k) => k.points > 0),
    testsWritten: scenarios.length,
    errorScenarios: scenarios.filter((s) => s.kind !== 'happy').length,
    passed: outcomes.filter((o) => o.classification === 'passed').length,
    flaky: outcomes.filter((o) => o.classification === 'flaky').length,
    failed: outcomes.filter((o) => o.classification === 'failed').length,
    skipped: outcomes.filter((o) => o.classification === 'skipped').length,
  };
}

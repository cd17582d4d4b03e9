import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';
import { cover } from './cover/index.js';
import { discover, type Discovery } from './discover/index.js';
import { readModuleStyle } from './generate/module-style.js';
import { acceptGenerated, removeStale, type RunGenerated } from './generate/accept.js';
import { planFormatted } from './generate/format.js';
import { templateGenerator } from './generate/template/index.js';
import { ownership, validatedRuns } from './generate/header.js';
import { testSuffixFor } from './generate/test-names.js';
import { SafeWriter } from './generate/writer.js';
import type {
  Counts,
  Coverage,
  Diagnostic,
  DroppedTest,
  Gap,
  GeneratedTest,
  IntegrationPoint,
  Mode,
  Report,
  RunSummary,
  ServiceName,
  TestOutcome,
} from './model.js';
import { isHttpPoint, POINT_KINDS } from './model.js';
import { brokenRunMessage } from './run/broken-run.js';
import { runRepeatedly } from './run/flake.js';
import { runnerFor, SUPPORTED_RUNNERS } from './run/runners/index.js';
import { configEnvNames, testProcessEnv } from './safety/env.js';
import { acquireTreeLock } from './safety/lock.js';
import { checkServiceEnv } from './safety/urls.js';
import { checkServiceAnswers } from './services/preflight.js';
import { provisionServices, SERVICE_ENV, type StartedService } from './services/index.js';
import { dropAfterRun, sweepLeftovers } from './services/leftovers.js';
import { prepareTemplateDatabase, type TemplateDatabase } from './services/template-database.js';
import type { ContainerRuntime } from './services/testcontainers.js';
import { stoppedError, type Undone } from './stop.js';
import { VERSION } from './version.js';

export interface EngineHooks {
  /** Progress, one line at a time. */
  log?: (line: string) => void;
  /** Environment the engine reads service URLs from and hands (scrubbed) to test processes. */
  env?: NodeJS.ProcessEnv;
  containerRuntime?: ContainerRuntime;
  /** Stops the run: its test processes are ended at once, what it wrote is undone, the databases it created are dropped, and `runEngine` rejects with a StoppedError. */
  signal?: AbortSignal;
}

export class NotAvailableError extends Error {}

/** The environment (a service, its credentials, the runner's config) kept the tests from running: nothing they did proves anything. */
export class EnvironmentError extends Error {}

function missingServicesMessage(missing: readonly { name: ServiceName; reason: string }[]): string {
  const list = missing.map((m) => `${m.name}: ${m.reason}`).join('; ');
  return `the generated tests need ${missing.map((m) => m.name).join(', ')}, which could not be provided (${list}). Give the service's URL in the environment (${missing.map((m) => SERVICE_ENV[m.name]?.[0] ?? `${m.name.toUpperCase()}_URL`).join(', ')}) or choose another "services" source. Nothing was kept.`;
}

/** Runs the stages a mode needs and returns the Report every published artifact is made from. */
export async function runEngine(config: Config, hooks: EngineHooks = {}): Promise<Report> {
  const undone: Undone = { files: 0, databases: 0 };
  try {
    if (config.mode !== 'generate' || !fs.existsSync(config.root)) return await runStages(config, hooks, undone);
    // One generate at a time per tree: a run's undo must never meet another run's files.
    const lock = acquireTreeLock(config.root, hooks.log);
    try {
      return await runStages(config, hooks, undone);
    } finally {
      lock.release();
    }
  } catch (error) {
    throw hooks.signal?.aborted ? stoppedError(hooks.signal, undone) : error;
  }
}

async function runStages(config: Config, hooks: EngineHooks, undone: Undone): Promise<Report> {
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
  const measured = await timed('cover', () =>
    cover({ root: config.root, points: discovery.points, testFiles: discovery.testFiles }, diagnostics),
  );
  /** Why a point got no kept test, where a stage knows better than the default. */
  const gapReasons = new Map<string, string>();
  const coverage = withoutUnvalidatedItwTests(config, discovery.testFiles, measured, gapReasons);
  const testFramework = discovery.infra.testFramework?.name;
  const ctx: RunContext = {
    config,
    hooks,
    log,
    timed,
    diagnostics,
    configEnv: configEnvNames(discovery.infra, discovery.points, {
      root: config.root,
      paths: discovery.paths,
      testFiles: discovery.testFiles,
    }),
    gapReasons,
    undone,
    runId: randomBytes(6).toString('hex'),
  };

  let generated: GeneratedTest[] = [];
  let outcomes: TestOutcome[] = [];
  let run: RunSummary | undefined;
  const services: Report['environment']['services'] = [];
  if (config.mode === 'generate') {
    const result = await generateAndValidate(ctx, discovery, coverage, testFramework, gapReasons);
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
    counts: countReport(discovery.points, coverage, generated, outcomes, run?.dropped ?? []),
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
  /** Variables the repository's configuration reads: test processes get them (safety/env.ts). */
  configEnv: readonly string[];
  /** Why a point got no kept test, where a stage knows better than the default. */
  gapReasons: Map<string, string>;
  /** What was undone when the run was stopped. */
  undone: Undone;
  /** Test processes get it as ITW_RUN_ID; the databases they create carry it in their marker. */
  runId: string;
}

async function generateAndValidate(
  ctx: RunContext,
  discovery: Discovery,
  coverage: Coverage[],
  testFramework: string | undefined,
  gapReasons: Map<string, string>,
): Promise<{ generated: GeneratedTest[]; outcomes: TestOutcome[]; run?: RunSummary; services: Report['environment']['services'] }> {
  const { config, log, timed, diagnostics } = ctx;
  const dependencies = new Set(discovery.packages.flatMap((p) => [...p.dependencies]));
  // Tests itw wrote earlier (and nobody edited since) are not in `coverage`: they are planned again,
  // and the same plan renders the same files, which are then left as they are.
  const appFile = discovery.points
    .filter(isHttpPoint)
    .map((p) => p.details.app?.file)
    .find(Boolean);
  const module = await readModuleStyle(config.root, config.testDir, discovery.infra.module, appFile);
  const named = await testSuffixFor(runnerFor(testFramework), config.root, config.testDir);
  if (named.diagnostic) diagnostics.push(named.diagnostic);
  const input = {
    root: config.root,
    testDir: config.testDir,
    points: discovery.points,
    coverage,
    testFramework,
    dependencies,
    module,
    testSuffix: named.suffix,
  };
  const generator = templateGenerator;
  const plan = await timed('generate', () => planFormatted(generator, input));
  diagnostics.push(...plan.diagnostics);
  for (const gap of plan.gaps) gapReasons.set(gap.pointId, gap.reason);
  if (plan.files.length === 0) {
    log('Nothing to generate: every HTTP point is covered, or generation is not possible here (see diagnostics).');
    return { generated: [], outcomes: [], services: [] };
  }
  const writer = new SafeWriter(config.root, config.testDir);
  // Whatever goes wrong from here on (a full disk, a runner that is not installed), the tree is
  // left as it was: what this run wrote is undone before the error goes on.
  try {
    const services: Report['environment']['services'] = [];
    const accepted = await acceptGenerated({
      generator,
      root: config.root,
      testDir: config.testDir,
      plan,
      input,
      writer,
      run: runGenerated(ctx, testFramework, services),
      log,
      timed,
    });
    diagnostics.push(...accepted.diagnostics);
    for (const [pointId, reason] of accepted.gapReasons) if (!gapReasons.has(pointId)) gapReasons.set(pointId, reason);
    const support = accepted.generated.length ? plan.files.filter((f) => f.support).map((f) => f.file) : [];
    await removeStale(writer, config, new Set([...accepted.generated.map((g) => g.file), ...support]), log);
    const unchanged = await writer.settle();
    return {
      generated: accepted.generated.map((g) => (unchanged.has(g.file) ? { ...g, state: 'unchanged' as const } : g)),
      outcomes: accepted.outcomes,
      ...(accepted.run ? { run: accepted.run } : {}),
      services,
    };
  } catch (error) {
    ctx.undone.files += await writer.undoAll();
    throw error;
  }
}

/**
 * The run step of acceptance: services for all runs at once, the repository's runner N times, and an
 * EnvironmentError when the runs prove nothing. `services` receives what was used, for the report.
 */
function runGenerated(ctx: RunContext, testFramework: string | undefined, services: Report['environment']['services']): RunGenerated {
  return async (tests, plan) => {
    const { config, log, timed } = ctx;
    const runner = runnerFor(testFramework);
    const { provisioned, services: used, testEnv } = await provision(ctx, plan.services);
    services.push(...used);
    let template: TemplateDatabase | undefined;
    try {
      // Tests that cannot run prove nothing: that is an error of the run, and nothing is kept.
      if (!runner)
        throw new NotAvailableError(`generated tests cannot run: itw has no runner for ${testFramework ?? 'this repository'} yet.`);
      if (provisioned.missing.length) throw new EnvironmentError(missingServicesMessage(provisioned.missing));
      for (const s of provisioned.services) log(`Using ${s.name} from ${s.source}: ${s.url}`);
      ctx.hooks.signal?.throwIfAborted();
      await sweepLeftovers(provisioned.services, log);
      template = await prepareTemplate(ctx, provisioned.services, plan.migrations ?? []);
      log(`Running ${tests.length} generated test files ${config.flakeRuns} times`);
      const result = await timed('run', () =>
        runRepeatedly({
          runner,
          cwd: config.root,
          files: tests.map((f) => f.file),
          runs: config.flakeRuns,
          origin: 'generated',
          env: template ? { ...testEnv, ITW_TEMPLATE_DATABASE: template.name } : testEnv,
          timeoutSeconds: config.runTimeout,
          signal: ctx.hooks.signal,
          onRun: (e) =>
            log(
              `  run ${e.run}/${e.of}${e.seed === undefined ? '' : ` (seed ${e.seed})`}: ${e.timedOut ? 'timed out' : e.failed ? `${e.failed} failed` : 'all passed'} in ${(e.durationMs / 1000).toFixed(1)} s`,
            ),
        }),
      );
      if (result.summary.broken.length) throw new EnvironmentError(brokenRunMessage(result.summary, 'generated'));
      return result;
    } finally {
      const name = template?.name;
      await template
        ?.drop()
        .catch((error: unknown) => log(`Could not drop the template database ${name}: ${(error as Error).message}; drop it by hand.`));
      ctx.undone.databases += await dropAfterRun(provisioned.services, ctx.runId, log);
      await provisioned.stop();
    }
  };
}

async function verifyExisting(
  ctx: RunContext,
  discovery: Discovery,
  testFramework: string | undefined,
): Promise<{ outcomes: TestOutcome[]; run?: RunSummary; services: Report['environment']['services'] }> {
  const { config, log, timed } = ctx;
  const runner = runnerFor(testFramework);
  if (!runner)
    throw new NotAvailableError(
      `mode "verify" needs a supported test framework; found ${testFramework ?? 'none'} (supported: ${SUPPORTED_RUNNERS.join(', ')}).`,
    );
  const needed = [...new Set(discovery.points.map((p) => p.service))];
  const { provisioned, services, testEnv: env } = await provision(ctx, needed);
  try {
    for (const m of provisioned.missing) log(`Service ${m.name} unavailable: ${m.reason}`);
    ctx.hooks.signal?.throwIfAborted();
    await sweepLeftovers(provisioned.services, log);
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
        signal: ctx.hooks.signal,
      }),
    );
    return { outcomes, run: summary, services };
  } finally {
    ctx.undone.databases += await dropAfterRun(provisioned.services, ctx.runId, log);
    await provisioned.stop();
  }
}

/**
 * Coverage without the tests that prove nothing yet: an itw file counts only while it carries the
 * evidence of its last validation. In `generate`, itw's own files are planned again instead (the
 * kept ones come back as generated tests), so none of them counts as existing coverage.
 */
function withoutUnvalidatedItwTests(
  config: Config,
  testFiles: readonly string[],
  measured: readonly Coverage[],
  gapReasons: Map<string, string>,
): Coverage[] {
  const owned = itwOwnedFiles(config.root, testFiles);
  const unvalidated =
    config.mode === 'generate'
      ? owned
      : new Set([...owned].filter((f) => !validatedRuns(fs.readFileSync(path.join(config.root, f), 'utf8'))));
  if (unvalidated.size === 0) return [...measured];
  return measured.map((c) => {
    const tests = c.tests.filter((t) => !unvalidated.has(t.file));
    if (c.tests.length > 0 && tests.length === 0 && config.mode !== 'generate') {
      const files = [...new Set(c.tests.map((t) => t.file))].join(', ');
      gapReasons.set(
        c.pointId,
        `only ${files} exercise it, which itw wrote and never validated (it has no itw-validated line: its run was stopped, or it did not pass every run); run itw generate to validate or replace it`,
      );
    }
    return { ...c, tests };
  });
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

/**
 * For a run on a PostgreSQL server: the migrations applied once, to a template each test file's database
 * copies (`ITW_TEMPLATE_DATABASE`), instead of once per file. Embedded PostgreSQL cannot copy one
 * database into another, so its test databases migrate themselves, as they do under the user's own `npm test`.
 */
async function prepareTemplate(
  { config, log, timed, runId }: RunContext,
  services: readonly StartedService[],
  migrations: readonly string[],
): Promise<TemplateDatabase | undefined> {
  const postgres = services.find((s) => s.name === 'postgres');
  const adminUrl = postgres && Object.values(postgres.env)[0];
  if (!postgres || !adminUrl || postgres.source === 'embedded' || migrations.length === 0) return undefined;
  const template = await timed('template', () => prepareTemplateDatabase(adminUrl, config.root, migrations, runId));
  log(`Migrated ${template.name} once (${migrations.length} migrations); each test file's database is a copy of it`);
  return template;
}

/** Services for all runs at once, and the environment test processes get (scrubbed of secrets). */
async function provision({ config, hooks, log, timed, configEnv, runId }: RunContext, needed: readonly ServiceName[]) {
  const env = hooks.env ?? process.env;
  const provisioned = await timed('services', () =>
    provisionServices(needed, {
      source: config.services,
      allowedHosts: config.allowedHosts,
      allowedDatabases: config.allowedDatabases,
      env,
      runtime: hooks.containerRuntime,
      log,
    }),
  );
  const testEnv = testProcessEnv(env, { ...provisioned.env, CI: 'true', ITW_RUN_ID: runId }, configEnv);
  try {
    // A variable the repository's configuration reads may hold a service URL of its own: it reaches the tests too.
    checkServiceEnv(testEnv, config.allowedHosts);
    // A service given from outside is tried once before any test runs: its failure is the cause, quoted.
    for (const service of provisioned.services) if (service.source === 'env') await checkServiceAnswers(service);
  } catch (error) {
    await provisioned.stop();
    throw error;
  }
  return {
    provisioned,
    services: provisioned.services.map((s) => ({ name: s.name, source: `${s.source} (${s.url})` })),
    testEnv,
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
  dropped: readonly DroppedTest[],
): Counts {
  // Dropped generated tests are gone from the tree: they are counted apart, never as its failures.
  const droppedKeys = new Set(dropped.map((d) => `${d.file}\0${d.scenario}`));
  const inTree = outcomes.filter(
    (o) => !droppedKeys.has(`${o.file}\0${o.name}`) && !(o.origin === 'generated' && o.classification !== 'passed'),
  );
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
    dropped: dropped.length,
    passed: inTree.filter((o) => o.classification === 'passed').length,
    flaky: inTree.filter((o) => o.classification === 'flaky').length,
    failed: inTree.filter((o) => o.classification === 'failed').length,
    skipped: inTree.filter((o) => o.classification === 'skipped').length,
  };
}

import path from 'node:path';
import { isDbPoint, isHttpPoint, type AppEntry, type ColumnInfo, type Diagnostic, type IntegrationPoint } from '../../model.js';
import { reachedThrough } from '../../cover/reach.js';
import { toRepoPath } from '../../safety/paths.js';
import { withHeader } from '../header.js';
import { DEFAULT_MODULE_STYLE, toCommonJs } from '../module-style.js';
import { planResources } from '../plan.js';
import { DEFAULT_TEST_SUFFIX } from '../test-names.js';
import type { GenerationInput, GenerationPlan, Generator, PlanGap, PlannedFile } from '../types.js';
import { dialectFor, DIALECT_RUNNERS } from './dialect/index.js';
import { harnessFor, HARNESS_FRAMEWORKS } from './harness/index.js';
import { renderResourceTests, type HttpFileContext } from './http-file.js';
import { supportFiles } from './support/index.js';

/** Template generation: test files for the uncovered HTTP points, grouped by resource, plus `_support/`. Pure. */
function planTemplates(input: GenerationInput): GenerationPlan {
  const diagnostics: Diagnostic[] = [];
  const covered = new Set(input.coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  const http = input.points.filter(isHttpPoint);
  const gaps = http.filter((p) => !covered.has(p.id));
  const planGaps: PlanGap[] = [];
  const unplanned = (reached: ReadonlySet<string>): PlanGap[] => [
    ...planGaps,
    ...input.points
      .filter((p) => p.kind !== 'http' && !covered.has(p.id) && !reached.has(p.id))
      .map((p) => ({
        pointId: p.id,
        reason: `no generator for ${p.kind} points yet: generated tests reach them only through the HTTP endpoints that use them, and none of the planned ones does.`,
      })),
  ];
  if (gaps.length === 0) return { files: [], services: [], diagnostics, gaps: unplanned(new Set()) };
  const refuse = (file: string, message: string, reason: string): GenerationPlan => {
    diagnostics.push({ file, message });
    planGaps.push(...gaps.map((p) => ({ pointId: p.id, reason })));
    return { files: [], services: [], diagnostics, gaps: unplanned(new Set()) };
  };
  const dialect = dialectFor(input.testFramework, input.dependencies);
  if (!dialect)
    return refuse(
      'package.json',
      `generation for the ${input.testFramework ?? 'unknown'} test framework is not available yet; ${DIALECT_RUNNERS.join(', ')} ${DIALECT_RUNNERS.length === 1 ? 'is' : 'are'}. Tests were not generated.`,
      `no test generated: itw generates tests for ${DIALECT_RUNNERS.join(', ')}, and this repository tests with ${input.testFramework ?? 'no framework itw recognises'}.`,
    );
  const app = http.map((p) => p.details.app).find(Boolean);
  if (!app)
    return refuse(
      gaps[0]!.location.file,
      'no exported app or app factory found, so tests cannot start the app in-process; export it (for example `export function createApp()`).',
      'no test generated: no exported app or app factory was found for tests to start (export it, for example `export function createApp()`).',
    );
  const framework = (app as AppEntry & { framework?: string }).framework ?? http.find((p) => p.details.app)!.library;
  const harness = harnessFor(framework);
  if (!harness)
    return refuse(
      app.file,
      `generation for ${framework} apps is not available yet (${HARNESS_FRAMEWORKS.join(', ')} ${HARNESS_FRAMEWORKS.length === 1 ? 'is' : 'are'}). Tests were not generated.`,
      `no test generated: itw starts ${HARNESS_FRAMEWORKS.join(', ')} apps in tests, and this app is built with ${framework}.`,
    );
  // Points the harness cannot reach (Pages Router API routes, say) are gaps with its reason, and no resource's.
  const untestable = new Map<string, string>();
  for (const p of http) {
    const reason = harness.untestable?.(p);
    if (reason) untestable.set(p.id, reason);
  }
  for (const p of gaps) if (untestable.has(p.id)) planGaps.push({ pointId: p.id, reason: `no test generated: ${untestable.get(p.id)}.` });
  const testable = (points: readonly IntegrationPoint[]) => points.filter((p) => !untestable.has(p.id));
  const dbPoints = input.points.filter(isDbPoint);
  const pgPoints = dbPoints.filter((p) => p.library === 'pg');
  const withDatabase = pgPoints.length > 0 && input.dependencies.has('pg');
  const pools = pgPoints[0]?.details.pools ?? [];
  const clients = [...new Map(dbPoints.flatMap((p) => p.details.clients ?? []).map((c) => [`${c.file}#${c.export}`, c])).values()];
  // Each table lists the migrations that shape it; the database needs all of them, in file order.
  const migrations = [...new Set(pgPoints.flatMap((p) => p.details.migrations ?? []))].sort();
  // A `routes` app names the folder of its route files: their own extension tells.
  const typescript = /\.[cm]?tsx?$/.test(app.export.type === 'routes' ? gaps[0]!.location.file : app.file);
  const style = input.module ?? DEFAULT_MODULE_STYLE;
  const importExt = typescript ? style.tsImportExt : '.js';
  const commonJs = !typescript && style.jsCommonJs;
  const testDirRel = toRepoPath(input.root, input.testDir);
  const supportDir = `${testDirRel}/_support`;
  const toRoot = `${path.posix.relative(supportDir, '.') || '.'}/`;
  const columns = new Map<string, ColumnInfo[]>();
  for (const p of pgPoints) {
    const d = p.details;
    if (d.columns) columns.set(d.table, d.columns);
  }
  const allResources = planResources(testable(http));
  const ctx: HttpFileContext = {
    dialect,
    typescript,
    importExt,
    resources: allResources,
    columns,
    withDatabase,
    databaseEnv: pools.find((p) => p.env)?.env ?? 'DATABASE_URL',
  };
  const files: PlannedFile[] = [];
  for (const gap of planResources(testable(gaps))) {
    // Factories and read-backs may use the resource's covered endpoints too, so render from all of them.
    const resource = allResources.find((r) => r.collection === gap.collection)!;
    const file = `${testDirRel}/${gap.name}${input.testSuffix ?? DEFAULT_TEST_SUFFIX}.${typescript ? 'ts' : 'js'}`;
    const rendered = renderResourceTests(resource, gap.endpoints, ctx, input.exclude?.get(file));
    const { scenarios } = rendered;
    planGaps.push(...rendered.gaps);
    if (scenarios.length === 0) continue;
    const tested = new Set(scenarios.map((s) => s.pointId));
    const endpoints = gap.endpoints.filter((e) => tested.has(e.point.id));
    // A guard's rejection proves the guard, not the endpoint: only scenarios that reach the handler cover it.
    const handled = new Set(scenarios.filter((s) => s.reachesHandler).map((s) => s.pointId));
    const reached = new Set(
      endpoints.filter((e) => handled.has(e.point.id)).flatMap((e) => reachedThrough(e.point, input.points).map((p) => p.id)),
    );
    const header = [
      `itw: integration tests for ${gap.collection}, written by the template generator.`,
      `Points: ${endpoints.map((e) => `${e.point.key} (${e.point.location.file})`).join('; ')}`,
    ];
    const { text, hash } = withHeader(header, commonJs ? toCommonJs(rendered.text) : rendered.text);
    files.push({ file, text, hash, scenarios, points: [...handled, ...reached], support: false, resource: gap.collection });
  }
  const reachedPoints = new Set(files.flatMap((f) => f.points));
  if (files.length === 0) return { files, services: [], diagnostics, gaps: unplanned(reachedPoints) };
  for (const support of supportFiles(
    {
      typescript,
      commonJs: typescript ? Boolean(style.tsCommonJs) : commonJs,
      importExt,
      toRoot,
      app,
      points: http,
      migrations,
      pools,
      clients,
      databaseEnv: ctx.databaseEnv,
      ...(dialect.supportHelpers ? { dataHelpers: dialect.supportHelpers } : {}),
      ...(files.some((f) => /\bMISSING_UUID\b/.test(f.text)) ? { missingUuid: true } : {}),
    },
    harness,
    withDatabase,
  )) {
    const body = commonJs ? toCommonJs(support.text) : support.text;
    const { text, hash } = withHeader(['itw: shared support for the generated integration tests.'], body);
    files.push({ file: `${supportDir}/${support.name}`, text, hash, scenarios: [], points: [], support: true });
  }
  return {
    files,
    services: withDatabase ? ['postgres'] : [],
    diagnostics,
    gaps: unplanned(reachedPoints),
    ...(withDatabase ? { migrations } : {}),
  };
}

/** The deterministic generator: the same input renders the same files, so leaving scenarios out is planning again. */
export const templateGenerator: Generator = { name: 'template', plan: planTemplates };

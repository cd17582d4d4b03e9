import path from 'node:path';
import type {
  AppEntry,
  ColumnInfo,
  Coverage,
  DbDetails,
  Diagnostic,
  GeneratedTest,
  IntegrationPoint,
  Scenario,
  ServiceName,
} from '../model.js';
import type { PoolExport } from '../discover/detectors/pg.js';
import { reachedThrough } from '../cover/reach.js';
import { toRepoPath } from '../safety/paths.js';
import { withHeader } from './header.js';
import { planResources } from './plan.js';
import { renderResourceTests, type HttpTemplateContext, type ScenarioCode } from './templates/http-vitest.js';
import { supportFiles } from './templates/support.js';

/** A file the generator wants on disk, before it is written. */
export interface PlannedFile {
  /** Repository-relative. */
  file: string;
  text: string;
  hash: string;
  /** Empty for support files. */
  scenarios: ScenarioCode[];
  points: string[];
  support: boolean;
  resource?: string;
}

export interface GenerationInput {
  root: string;
  testDir: string;
  points: readonly IntegrationPoint[];
  coverage: readonly Coverage[];
  /** The repository's test framework, from its package.json. */
  testFramework?: string;
  dependencies: ReadonlySet<string>;
  /** Scenario names to leave out (they failed a run), by file. */
  exclude?: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface GenerationPlan {
  files: PlannedFile[];
  /** Backing services the planned tests need running. */
  services: ServiceName[];
  diagnostics: Diagnostic[];
}

/** Template generation: test files for the uncovered HTTP points, grouped by resource, plus `_support/`. Pure. */
export function planGeneration(input: GenerationInput): GenerationPlan {
  const diagnostics: Diagnostic[] = [];
  const covered = new Set(input.coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  const http = input.points.filter((p) => p.kind === 'http');
  const gaps = http.filter((p) => !covered.has(p.id));
  if (gaps.length === 0) return { files: [], services: [], diagnostics };
  if (input.testFramework !== 'vitest') {
    diagnostics.push({
      file: 'package.json',
      message: `generation for the ${input.testFramework ?? 'unknown'} test framework is not available yet; vitest is. Tests were not generated.`,
    });
    return { files: [], services: [], diagnostics };
  }
  const app = http.map((p) => p.details.app as AppEntry | undefined).find(Boolean);
  if (!app) {
    diagnostics.push({
      file: gaps[0]!.location.file,
      message:
        'no exported app or app factory found, so tests cannot start the app in-process; export it (for example `export function createApp()`).',
    });
    return { files: [], services: [], diagnostics };
  }
  const pgPoints = input.points.filter((p) => p.library === 'pg');
  const withDatabase = pgPoints.length > 0 && input.dependencies.has('pg');
  const pools = (pgPoints[0]?.details.pools as PoolExport[] | undefined) ?? [];
  // Each table lists the migrations that shape it; the database needs all of them, in file order.
  const migrations = [...new Set(pgPoints.flatMap((p) => (p.details as Partial<DbDetails>).migrations ?? []))].sort();
  const typescript = /\.[cm]?tsx?$/.test(app.file);
  const importExt = typescript ? '.ts' : '.js';
  const testDirRel = toRepoPath(input.root, input.testDir);
  const supportDir = `${testDirRel}/_support`;
  const toRoot = `${path.posix.relative(supportDir, '.') || '.'}/`;
  const columns = new Map<string, ColumnInfo[]>();
  for (const p of pgPoints) {
    const d = p.details as unknown as DbDetails;
    if (d.columns) columns.set(d.table, d.columns);
  }
  const allResources = planResources(http);
  const ctx: HttpTemplateContext = {
    typescript,
    importExt,
    resources: allResources,
    columns,
    withDatabase,
    databaseEnv: pools[0]?.env ?? 'DATABASE_URL',
  };
  const files: PlannedFile[] = [];
  for (const gap of planResources(gaps)) {
    // Factories and read-backs may use the resource's covered endpoints too, so render from all of them.
    const resource = allResources.find((r) => r.collection === gap.collection)!;
    const file = `${testDirRel}/${gap.name}.itw.test.${typescript ? 'ts' : 'js'}`;
    const { text: body, scenarios } = renderResourceTests(resource, gap.endpoints, ctx, input.exclude?.get(file));
    if (scenarios.length === 0) continue;
    const tested = new Set(scenarios.map((s) => s.pointId));
    const endpoints = gap.endpoints.filter((e) => tested.has(e.point.id));
    const reached = new Set(endpoints.flatMap((e) => reachedThrough(e.point, input.points).map((p) => p.id)));
    const header = [
      `itw: integration tests for ${gap.collection}, written by the template generator.`,
      `Points: ${endpoints.map((e) => `${e.point.key} (${e.point.location.file})`).join('; ')}`,
    ];
    const { text, hash } = withHeader(header, body);
    files.push({ file, text, hash, scenarios, points: [...tested, ...reached], support: false, resource: gap.collection });
  }
  if (files.length === 0) return { files, services: [], diagnostics };
  for (const support of supportFiles(
    { typescript, importExt, toRoot, app, migrations, pools, databaseEnv: ctx.databaseEnv },
    withDatabase,
  )) {
    const { text, hash } = withHeader(['itw: shared support for the generated integration tests.'], support.text);
    files.push({ file: `${supportDir}/${support.name}`, text, hash, scenarios: [], points: [], support: true });
  }
  return { files, services: withDatabase ? ['postgres'] : [], diagnostics };
}

export function toGeneratedTest(file: PlannedFile, state: GeneratedTest['state']): GeneratedTest {
  const scenarios: Scenario[] = file.scenarios.map((s) => ({ name: s.name, kind: s.kind }));
  return { file: file.file, points: file.points, scenarios, generator: { name: 'template' }, hash: file.hash, state };
}

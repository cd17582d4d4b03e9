import type { ColumnInfo } from '../../model.js';
import { testName } from '../../run/runners/types.js';
import type { Endpoint, Resource } from '../plan.js';
import type { Dialect, ScenarioCode, Step } from '../types.js';
import { factoryDoc, hasUuidIds, planResourceScenarios, tokenConst, type Factory, type TemplateGap } from './http.js';

export interface HttpFileContext {
  dialect: Dialect;
  typescript: boolean;
  importExt: string;
  resources: readonly Resource[];
  columns: ReadonlyMap<string, ColumnInfo[]>;
  withDatabase: boolean;
  databaseEnv: string;
}

/** The type of the ids of the records a file handles: its resource's and those its factories create. */
function idType(resource: Resource, factories: readonly Factory[], ctx: HttpFileContext): string {
  const uuid = [resource, ...factories.map((f) => f.resource)].map((r) => hasUuidIds(r, ctx.columns));
  return uuid.every(Boolean) ? 'string' : uuid.some(Boolean) ? 'string | number' : 'number';
}

/** Hooks that create or drop a test database get this long (written out as `60_000`). */
const DATABASE_HOOK_TIMEOUT_MS = '60_000';

/** The test file of one resource: the scenarios of its uncovered endpoints, minus those in `exclude`, in the target's dialect. */
export function renderResourceTests(
  resource: Resource,
  endpoints: readonly Endpoint[],
  ctx: HttpFileContext,
  exclude: ReadonlySet<string> = new Set(),
): { text: string; scenarios: ScenarioCode[]; gaps: TemplateGap[] } {
  const planned = planResourceScenarios(resource, endpoints, ctx);
  const scenarios: ScenarioCode[] = [];
  for (const s of planned.scenarios) {
    const name = testName([resource.collection, s.group, s.title]);
    if (exclude.has(name)) continue;
    const code = withoutUnusedUnique(renderSteps(s.steps, ctx, '    '));
    scenarios.push({ name, title: s.title, group: s.group, kind: s.kind, pointId: s.pointId, code, reachesHandler: s.reachesHandler });
  }
  const factories = collectFactories(scenarios, planned.factories);
  return { text: renderFile(resource, scenarios, factories, planned.tokens, ctx), scenarios, gaps: planned.gaps };
}

function renderSteps(steps: readonly Step[], ctx: HttpFileContext, indent: string): string {
  return steps
    .map((step) => (step === '' ? '' : indent + (typeof step === 'string' ? step : ctx.dialect.check(step.check, ctx.typescript))))
    .join('\n');
}

function renderFactory(f: Factory, ctx: HttpFileContext): string {
  return withoutUnusedUnique(
    [
      `  /** ${factoryDoc(f)} */`,
      `  async function ${f.fn}()${ctx.typescript ? ': Promise<Row>' : ''} {`,
      renderSteps(f.steps, ctx, '    '),
      '  }',
    ].join('\n'),
  );
}

function collectFactories(scenarios: readonly ScenarioCode[], factories: Map<string, Factory | null>): Factory[] {
  const all = [...factories.values()].filter((f): f is Factory => f !== null);
  const used = new Set<Factory>();
  const visit = (f: Factory): void => {
    if (used.has(f)) return;
    used.add(f);
    f.needs.forEach(visit);
  };
  for (const f of all) if (scenarios.some((s) => s.code.includes(`${f.fn}()`))) visit(f);
  return all.filter((f) => used.has(f));
}

/** Drops `const unique = uniqueId();` from a block that never uses it. */
function withoutUnusedUnique(code: string): string {
  return (code.match(/\bunique\b/g) ?? []).length === 1 ? code.replace(/^ *const unique = uniqueId\(\);\n/m, '') : code;
}

function renderFile(
  resource: Resource,
  scenarios: readonly ScenarioCode[],
  factories: readonly Factory[],
  tokens: ReadonlySet<string>,
  ctx: HttpFileContext,
): string {
  const { dialect } = ctx;
  const ext = ctx.importExt;
  const factoryCode = factories.map((f) => renderFactory(f, ctx));
  // Only what the remaining scenarios and factories use: a file left after dropping scenarios stays clean.
  const code = [...scenarios.map((s) => s.code), ...factoryCode];
  const uses = (name: string): boolean => code.some((c) => new RegExp(`\\b${name}\\b`).test(c));
  const authEnvs = new Set([...tokens, ...factories.flatMap((f) => (f.authEnv ? [f.authEnv] : []))].filter((env) => uses(tokenConst(env))));
  const data = [
    ...(uses('MISSING_ID') ? ['MISSING_ID'] : []),
    ...(uses('MISSING_UUID') ? ['MISSING_UUID'] : []),
    ...(uses('uniqueId') || authEnvs.size > 0 ? ['uniqueId'] : []),
    ...(uses('fieldsOf') ? ['fieldsOf'] : []),
  ];
  const lines: string[] = [];
  // `format: uuid` fields are sampled with randomUUID().
  if (uses('randomUUID')) lines.push("import { randomUUID } from 'node:crypto';");
  lines.push(...dialect.imports());
  lines.push(`import { startApp${ctx.typescript ? ', type RunningApp' : ''} } from './_support/app${ext}';`);
  if (data.length) lines.push(`import { ${data.join(', ')} } from './_support/data${ext}';`);
  if (ctx.withDatabase)
    lines.push(`import { createTestDatabase${ctx.typescript ? ', type TestDatabase' : ''} } from './_support/database${ext}';`);
  lines.push('');
  if (ctx.typescript && (factories.length || scenarios.some((s) => s.code.includes(' as Row')))) {
    lines.push(`type Row = { id: ${idType(resource, factories, ctx)} } & Record<string, unknown>;`, '');
  }
  for (const env of authEnvs)
    lines.push(
      `/** The credential this file's app instance accepts, set through ${env} before the app starts. */`,
      `const ${tokenConst(env)} = \`itw-\${uniqueId()}\`;`,
      '',
    );
  lines.push(dialect.suite(resource.collection));
  if (ctx.withDatabase) lines.push(`  let database${ctx.typescript ? ': TestDatabase' : ''};`);
  lines.push(`  let app${ctx.typescript ? ': RunningApp' : ''};`, '');
  // Creating and migrating a database can outlast the runner's default hook timeout on a busy CI machine.
  const timeout = ctx.withDatabase ? DATABASE_HOOK_TIMEOUT_MS : undefined;
  const before = dialect.hook('before', '  ', timeout);
  lines.push(...before.open);
  const env = [
    ...(ctx.withDatabase ? [`${ctx.databaseEnv}: database.url`] : []),
    ...[...authEnvs].map((e) => (e === tokenConst(e) ? e : `${e}: ${tokenConst(e)}`)),
  ];
  if (ctx.withDatabase) lines.push('    database = await createTestDatabase();');
  lines.push(`    app = await startApp(${env.length ? `{ ${env.join(', ')} }` : ''});`);
  lines.push(before.close, '');
  const after = dialect.hook('after', '  ', timeout);
  lines.push(...after.open);
  lines.push('    await app?.close();');
  if (ctx.withDatabase) lines.push('    await database?.drop();');
  lines.push(after.close);
  for (const f of factoryCode) lines.push('', f);
  const groups = new Map<string, ScenarioCode[]>();
  for (const s of scenarios) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  for (const [group, list] of groups) {
    lines.push('', `  ${dialect.suite(group)}`);
    list.forEach((s, i) => {
      if (i > 0) lines.push('');
      lines.push(`    ${dialect.test(s.title)}`, ...s.code.split('\n').map((l) => (l ? `  ${l}` : '')), '    });');
    });
    lines.push('  });');
  }
  lines.push('});', '');
  return lines.join('\n');
}

import type { ColumnInfo, JsonSchemaLike, ScenarioKind } from '../../model.js';
import { findEndpoint, type Endpoint, type Resource } from '../plan.js';
import { sampleCode } from '../values.js';

/** One `it(...)` of a generated file. `name` is the full name a runner reports: `describe › describe › title`. */
export interface ScenarioCode {
  name: string;
  title: string;
  kind: ScenarioKind;
  pointId: string;
  code: string;
  /** The request gets past guards and body parsing to the route's handler: only such a test covers the endpoint. */
  reachesHandler: boolean;
}

/** An uncovered endpoint no scenario can reach the handler of, and why. */
export interface TemplateGap {
  pointId: string;
  reason: string;
}

export interface HttpTemplateContext {
  typescript: boolean;
  importExt: string;
  /** Every resource of the API, for factories of prerequisites (a customer before an order). */
  resources: readonly Resource[];
  /** Columns of the table behind a resource, by resource name, for unique-constraint tests. */
  columns: ReadonlyMap<string, ColumnInfo[]>;
  withDatabase: boolean;
  databaseEnv: string;
}

interface Factory {
  resource: Resource;
  fn: string;
  code: string;
  needs: Factory[];
  authEnv?: string;
}

const pascal = (s: string): string => s.replace(/(?:^|[-_\s]+)([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
const article = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
const q = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Test file for one resource: the scenarios of its uncovered endpoints, minus any in `exclude`. */
export function renderResourceTests(
  resource: Resource,
  endpoints: readonly Endpoint[],
  ctx: HttpTemplateContext,
  exclude: ReadonlySet<string> = new Set(),
): { text: string; scenarios: ScenarioCode[]; gaps: TemplateGap[] } {
  const factories = new Map<string, Factory | null>();
  const factoryFor = (r: Resource, depth = 0): Factory | undefined => buildFactory(r, ctx, factories, depth);
  const tokens = new Set<string>();
  const scenarios: ScenarioCode[] = [];
  const gaps: TemplateGap[] = [];
  const suite = resource.collection;

  for (const endpoint of [...endpoints].sort(byReadingOrder)) {
    const group = `${endpoint.http.method} ${endpoint.http.path}`;
    const { drafts, blocked } = endpointScenarios(resource, endpoint, ctx, factoryFor, tokens);
    for (const d of drafts) {
      const name = `${suite} › ${group} › ${d.title}`;
      if (!exclude.has(name))
        scenarios.push({
          name,
          title: d.title,
          kind: d.kind,
          pointId: endpoint.point.id,
          code: withoutUnusedUnique(d.lines.join('\n')),
          reachesHandler: d.reachesHandler,
        });
    }
    if (!drafts.some((d) => d.reachesHandler))
      gaps.push({
        pointId: endpoint.point.id,
        reason: `no generated test reaches its handler: ${blocked ?? 'no scenario applies to it'}.`,
      });
  }

  const used = collectFactories(scenarios, factories);
  return { text: renderFile(resource, scenarios, used, tokens, ctx), scenarios, gaps };
}

const ROLE_ORDER = ['collection', 'item', 'sub-item', 'other'];
const METHOD_ORDER = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'];

/** The order a reader expects: create, list, read, change, delete. */
function byReadingOrder(a: Endpoint, b: Endpoint): number {
  const rank = (e: Endpoint): number => ROLE_ORDER.indexOf(e.role) * 10 + ((METHOD_ORDER.indexOf(e.http.method) + 10) % 10);
  return rank(a) - rank(b) || a.http.path.localeCompare(b.http.path);
}

interface Draft {
  kind: ScenarioKind;
  title: string;
  lines: string[];
  reachesHandler: boolean;
}

function endpointScenarios(
  resource: Resource,
  endpoint: Endpoint,
  ctx: HttpTemplateContext,
  factoryFor: (r: Resource) => Factory | undefined,
  tokens: Set<string>,
): { drafts: Draft[]; blocked?: string } {
  const { http } = endpoint;
  const method = http.method;
  const statuses = http.statuses ?? [];
  const guarded = http.auth.length > 0;
  const bearerEnv = guarded ? http.authInfo?.env : undefined;
  if (bearerEnv) tokens.add(bearerEnv);
  const authHeaders = bearerEnv ? `, headers: { authorization: \`Bearer \${${tokenConst(bearerEnv)}}\` }` : '';
  const canAuthenticate = !guarded || Boolean(bearerEnv);
  const own = factoryFor(resource);
  const needsItem = endpoint.role === 'item' || endpoint.role === 'sub-item';
  const itemVar = varName(resource);
  const pathWith = (idExpr: string): string =>
    '`' + http.path.replace(/:([A-Za-z0-9_]+)/, `\${${idExpr}}`).replace(/:([A-Za-z0-9_]+)/g, '${MISSING_ID}') + '`';
  const livePath = needsItem ? pathWith(`${itemVar}.id`) : q(http.path);
  const missingPath = needsItem ? pathWith('MISSING_ID') : q(http.path);
  const notFound = statuses.includes(404);
  const invalid = statuses.find((s) => s === 400 || s === 422);
  const body = http.body;
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(method);
  const out: Draft[] = [];
  const arrangeItem = needsItem && own ? [`    const ${itemVar} = await ${own.fn}();`] : [];
  const canArrange = !needsItem || Boolean(own);
  const successStatus = happyStatus(method, statuses, endpoint.role);
  const refs = (field: string): string | undefined => refCode(field, ctx, factoryFor);

  if (canAuthenticate && canArrange && (!hasBody || body)) {
    const input = hasBody && body ? sampleCode(body, resource.singular, refs, method === 'POST' ? 'first' : 'last') : undefined;
    const prerequisites = input ? prerequisiteLines(body, ctx, factoryFor) : [];
    const arrange = [...arrangeItem, ...prerequisites, ...(input ? ['    const unique = uniqueId();', `    const input = ${input};`] : [])];
    const act = `    const response = await app.request('${method}', ${livePath}${input ? ', { body: input' + authHeaders + ' }' : authHeaders ? `, { ${authHeaders.slice(2)} }` : ''});`;
    const asserts = [`    expect(response.status).toBe(${successStatus});`];
    if (successStatus !== 204) asserts.push("    expect(response.headers.get('content-type')).toMatch(/application\\/json/);");
    let title: string;
    if (method === 'POST' && endpoint.role === 'collection') {
      title = `creates ${article(resource.singular)} and answers ${successStatus} with it`;
      asserts.push('    expect(response.body).toMatchObject(input);');
      const read = findEndpoint(resource, 'GET', 'item');
      if (read && read.http.auth.length === 0) {
        // The new state, read back through the API.
        const created = ctx.typescript ? '(response.body as Row).id' : 'response.body.id';
        title = `creates ${article(resource.singular)} that a later read returns`;
        asserts.push(
          '',
          `    const readBack = await app.request('GET', \`${read.http.path.replace(/:[A-Za-z0-9_]+/, `\${${created}}`)}\`);`,
          '    expect(readBack.body).toMatchObject(input);',
        );
      }
    } else if (method === 'GET' && endpoint.role === 'collection') {
      title = own ? `lists ${resource.name} including one just created` : `answers ${successStatus} with a list`;
      if (own) arrange.unshift(`    const ${itemVar} = await ${own.fn}();`);
      asserts.push(
        own
          ? `    expect(response.body).toEqual(expect.arrayContaining([expect.objectContaining({ id: ${itemVar}.id })]));`
          : '    expect(Array.isArray(response.body)).toBe(true);',
      );
    } else if (method === 'GET' && needsItem) {
      title = `returns ${article(resource.singular)} created before`;
      asserts.push(
        endpoint.role === 'item' ? `    expect(response.body).toEqual(${itemVar});` : `    expect(response.body).toBeDefined();`,
      );
    } else if (method === 'DELETE') {
      title = `deletes ${article(resource.singular)}; a later read answers 404`;
      const read = findEndpoint(resource, 'GET', 'item');
      if (read?.http.statuses?.includes(404) && read.http.auth.length === 0) {
        const readPath = `\`${read.http.path.replace(/:[A-Za-z0-9_]+/, `\${${itemVar}.id}`)}\``;
        asserts.push('', `    const readBack = await app.request('GET', ${readPath});`, '    expect(readBack.status).toBe(404);');
      } else title = `deletes ${article(resource.singular)} and answers ${successStatus}`;
    } else if (input) {
      title = `${endpoint.role === 'sub-item' ? `changes the ${http.path.split('/').at(-1)} of ${article(resource.singular)}` : `updates ${article(resource.singular)}`}; a later read shows the change`;
      asserts.push('    expect(response.body).toMatchObject(input);');
      const read = findEndpoint(resource, 'GET', 'item');
      if (read && read.http.auth.length === 0) {
        asserts.push(
          '',
          `    const readBack = await app.request('GET', \`${read.http.path.replace(/:[A-Za-z0-9_]+/, `\${${itemVar}.id}`)}\`);`,
          '    expect(readBack.body).toMatchObject(input);',
        );
      } else title = `updates ${article(resource.singular)} and answers ${successStatus}`;
    } else {
      title = `answers ${successStatus}`;
    }
    out.push({ kind: 'happy', title, lines: [...arrange, '', act, '', ...asserts], reachesHandler: true });
  }

  if (hasBody && body && invalid && canAuthenticate && canArrange && body.required?.length) {
    out.push({
      kind: 'error',
      title: `rejects a body without its required fields (${body.required.join(', ')}) with ${invalid}`,
      lines: [
        ...arrangeItem,
        ...(arrangeItem.length ? [''] : []),
        `    const response = await app.request('${method}', ${livePath}, { body: {}${authHeaders} });`,
        '',
        `    expect(response.status).toBe(${invalid});`,
      ],
      reachesHandler: true,
    });
  }
  if (hasBody && body && canAuthenticate && canArrange && statuses.includes(400)) {
    out.push({
      kind: 'error',
      title: 'rejects malformed JSON with 400',
      lines: [
        ...arrangeItem,
        ...(arrangeItem.length ? [''] : []),
        `    const response = await app.request('${method}', ${livePath}, { rawBody: '{"unterminated": '${authHeaders} });`,
        '',
        '    expect(response.status).toBe(400);',
      ],
      // The app's JSON parser answers before the route's handler runs.
      reachesHandler: false,
    });
  }
  if (needsItem && notFound && canAuthenticate) {
    const input = hasBody && body ? sampleCode(body, resource.singular, (f) => (REFERENCE.test(f) ? 'MISSING_ID' : undefined)) : undefined;
    out.push({
      kind: 'error',
      title: `answers 404 for ${article(resource.singular)} that does not exist`,
      lines: [
        ...(input ? ['    const unique = uniqueId();'] : []),
        `    const response = await app.request('${method}', ${missingPath}${input ? `, { body: ${input}${authHeaders} }` : authHeaders ? `, { ${authHeaders.slice(2)} }` : ''});`,
        '',
        '    expect(response.status).toBe(404);',
      ],
      reachesHandler: true,
    });
  }
  const refField = body && Object.keys(body.properties ?? {}).find((f) => refCode(f, ctx, factoryFor));
  const refStatus = [422, 404, 409, 400].find((s) => statuses.includes(s));
  if (method === 'POST' && body && refField && refStatus && canAuthenticate) {
    const input = sampleCode(body, resource.singular, (f) => (f === refField ? 'MISSING_ID' : refCode(f, ctx, factoryFor)));
    out.push({
      kind: 'edge',
      title: `answers ${refStatus} when ${refField} names no existing record`,
      lines: [
        ...prerequisiteLines(body, ctx, factoryFor, refField),
        '    const unique = uniqueId();',
        `    const response = await app.request('POST', ${q(http.path)}, { body: ${input}${authHeaders} });`,
        '',
        `    expect(response.status).toBe(${refStatus});`,
      ],
      reachesHandler: true,
    });
  }
  const uniqueColumn =
    method === 'POST' && body
      ? (ctx.columns.get(resource.name) ?? []).find((c) => c.unique && !c.primaryKey && body.properties?.[camel(c.name)])
      : undefined;
  if (uniqueColumn && statuses.includes(409) && canAuthenticate) {
    const input = sampleCode(body, resource.singular, refs);
    out.push({
      kind: 'edge',
      title: `answers 409 when the ${camel(uniqueColumn.name)} is already taken`,
      lines: [
        ...prerequisiteLines(body, ctx, factoryFor),
        '    const unique = uniqueId();',
        `    const input = ${input};`,
        `    const first = await app.request('POST', ${q(http.path)}, { body: input${authHeaders} });`,
        `    expect(first.status).toBe(${happyStatus('POST', statuses, 'collection')});`,
        '',
        `    const response = await app.request('POST', ${q(http.path)}, { body: { ...input }${authHeaders} });`,
        '',
        '    expect(response.status).toBe(409);',
      ],
      reachesHandler: true,
    });
  }
  if (guarded) {
    // Each request gets the status the guard's own code answers it with (discovery reads which is which).
    const info = http.authInfo;
    const only = info?.statuses?.length === 1 ? info.statuses[0] : undefined;
    const missing = info?.missing ?? only;
    const wrong = info?.wrong ?? only;
    const check = (status: number | undefined): string =>
      status ? `    expect(response.status).toBe(${status});` : '    expect([401, 403]).toContain(response.status);';
    out.push({
      kind: 'error',
      title: `rejects a request without credentials${missing ? ` with ${missing}` : ''}`,
      lines: [`    const response = await app.request('${method}', ${missingPath});`, '', check(missing)],
      reachesHandler: false,
    });
    out.push({
      kind: 'error',
      title: `rejects a wrong bearer token${wrong ? ` with ${wrong}` : ''}`,
      lines: [
        `    const response = await app.request('${method}', ${missingPath}, { headers: { authorization: 'Bearer itw-wrong-token' } });`,
        '',
        check(wrong),
      ],
      reachesHandler: false,
    });
  }
  const blocked = !canAuthenticate
    ? guardBlocker(http)
    : !canArrange
      ? `itw cannot create ${article(resource.singular)} to act on first (it needs POST ${resource.collection} with a request-body schema, open or behind a token it can set)`
      : hasBody && !body
        ? 'no request-body schema was found for it (validate the body with zod or Joi in the route, so itw knows what a valid body is)'
        : undefined;
  return { drafts: out, ...(blocked ? { blocked } : {}) };
}

/** Why no test can get past a route's guard. */
function guardBlocker(http: Endpoint['http']): string {
  const names = http.auth.join(', ');
  const from = http.authInfo?.tokenFrom;
  if (from)
    return `its guard (${names}) compares the bearer token with \`${from}\`, which a test cannot set; read the token from an environment variable (for example \`process.env.API_TOKEN\`) so tests can set one of their own. Only the guard's rejections are tested`;
  return `its guard (${names}) checks credentials in a way itw cannot satisfy (it can send a bearer token the guard compares with an environment variable); only the guard's rejections are tested`;
}

function happyStatus(method: string, statuses: readonly number[], role: Endpoint['role']): number {
  const ok = statuses.filter((s) => s >= 200 && s < 300);
  if (method === 'POST' && role === 'collection') return ok.includes(201) ? 201 : (ok[0] ?? 200);
  if (method === 'DELETE') return ok.includes(204) ? 204 : (ok[0] ?? 200);
  return ok.includes(200) || ok.length === 0 ? 200 : ok[0]!;
}

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const REFERENCE = /^(.+?)(?:Id|_id)$/;

/** The variable a record of the resource is held in: `order`, `line_item`. */
const varName = (resource: Resource): string => resource.singular.replace(/-/g, '_');

/** `customerId` → the customers resource, when the API can create a customer. */
function referencedResource(
  field: string,
  ctx: HttpTemplateContext,
  factoryFor: (r: Resource) => Factory | undefined,
): Resource | undefined {
  const match = REFERENCE.exec(field);
  const target = match && ctx.resources.find((r) => r.singular === match[1]!.toLowerCase());
  return target && factoryFor(target) ? target : undefined;
}

/** `customerId` → `customer.id`, when the API can create a customer. */
function refCode(field: string, ctx: HttpTemplateContext, factoryFor: (r: Resource) => Factory | undefined): string | undefined {
  const target = referencedResource(field, ctx, factoryFor);
  return target ? `${varName(target)}.id` : undefined;
}

function prerequisiteLines(
  body: JsonSchemaLike | undefined,
  ctx: HttpTemplateContext,
  factoryFor: (r: Resource) => Factory | undefined,
  skip?: string,
): string[] {
  const lines: string[] = [];
  for (const field of Object.keys(body?.properties ?? {})) {
    const target = field === skip ? undefined : referencedResource(field, ctx, factoryFor);
    if (target) lines.push(`    const ${varName(target)} = await ${factoryFor(target)!.fn}();`);
  }
  return lines;
}

/** `createOrder()`: makes one record through the API's own create endpoint, with its prerequisites. */
function buildFactory(
  resource: Resource,
  ctx: HttpTemplateContext,
  cache: Map<string, Factory | null>,
  depth: number,
): Factory | undefined {
  if (cache.has(resource.collection)) return cache.get(resource.collection) ?? undefined;
  cache.set(resource.collection, null);
  const create = findEndpoint(resource, 'POST', 'collection');
  if (!create || !create.http.body || depth > 5) return undefined;
  const authEnv = create.http.auth.length ? create.http.authInfo?.env : undefined;
  if (create.http.auth.length && !authEnv) return undefined;
  const needs: Factory[] = [];
  const refs = (field: string): string | undefined => {
    const target = referencedResource(field, ctx, (r) => buildFactory(r, ctx, cache, depth + 1));
    if (!target) return undefined;
    needs.push(buildFactory(target, ctx, cache, depth + 1)!);
    return `${varName(target)}.id`;
  };
  const input = sampleCode(create.http.body, resource.singular, refs);
  const fn = `create${pascal(resource.singular)}`;
  const status = happyStatus('POST', create.http.statuses ?? [], 'collection');
  const headers = authEnv ? `, headers: { authorization: \`Bearer \${${tokenConst(authEnv)}}\` }` : '';
  const code = withoutUnusedUnique(
    [
      `  /** Creates ${article(resource.singular)} through the API, as a client would. */`,
      `  async function ${fn}()${ctx.typescript ? ': Promise<Row>' : ''} {`,
      ...needs.map((n) => `    const ${varName(n.resource)} = await ${n.fn}();`),
      '    const unique = uniqueId();',
      `    const response = await app.request('POST', ${q(create.http.path)}, { body: ${input}${headers} });`,
      `    expect(response.status).toBe(${status});`,
      `    return response.body${ctx.typescript ? ' as Row' : ''};`,
      '  }',
    ].join('\n'),
  );
  const factory: Factory = { resource, fn, code, needs, authEnv };
  cache.set(resource.collection, factory);
  return factory;
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

/** Hooks that create or drop a test database get this long (written out as `60_000`). */
const DATABASE_HOOK_TIMEOUT_MS = '60_000';

const tokenConst = (env: string): string => env.toUpperCase().replace(/[^A-Z0-9]/g, '_');

function renderFile(
  resource: Resource,
  scenarios: readonly ScenarioCode[],
  factories: readonly Factory[],
  tokens: ReadonlySet<string>,
  ctx: HttpTemplateContext,
): string {
  const ext = ctx.importExt;
  // Only what the remaining scenarios and factories use: a file left after dropping scenarios stays clean.
  const code = [...scenarios.map((s) => s.code), ...factories.map((f) => f.code)];
  const uses = (name: string): boolean => code.some((c) => new RegExp(`\\b${name}\\b`).test(c));
  const authEnvs = new Set([...tokens, ...factories.flatMap((f) => (f.authEnv ? [f.authEnv] : []))].filter((env) => uses(tokenConst(env))));
  const data = [...(uses('MISSING_ID') ? ['MISSING_ID'] : []), ...(uses('uniqueId') || authEnvs.size > 0 ? ['uniqueId'] : [])];
  const lines: string[] = [];
  // `format: uuid` fields are sampled with randomUUID().
  if (uses('randomUUID')) lines.push("import { randomUUID } from 'node:crypto';");
  lines.push("import { afterAll, beforeAll, describe, expect, it } from 'vitest';");
  lines.push(`import { startApp${ctx.typescript ? ', type RunningApp' : ''} } from './_support/app${ext}';`);
  if (data.length) lines.push(`import { ${data.join(', ')} } from './_support/data${ext}';`);
  if (ctx.withDatabase)
    lines.push(`import { createTestDatabase${ctx.typescript ? ', type TestDatabase' : ''} } from './_support/database${ext}';`);
  lines.push('');
  if (ctx.typescript && (factories.length || scenarios.some((s) => s.code.includes(' as Row')))) {
    lines.push('type Row = { id: number } & Record<string, unknown>;', '');
  }
  for (const env of authEnvs)
    lines.push(
      `/** The credential this file's app instance accepts, set through ${env} before the app starts. */`,
      `const ${tokenConst(env)} = \`itw-\${uniqueId()}\`;`,
      '',
    );
  lines.push(`describe(${q(resource.collection)}, () => {`);
  if (ctx.withDatabase) lines.push(`  let database${ctx.typescript ? ': TestDatabase' : ''};`);
  lines.push(`  let app${ctx.typescript ? ': RunningApp' : ''};`, '');
  lines.push('  beforeAll(async () => {');
  const env = [
    ...(ctx.withDatabase ? [`${ctx.databaseEnv}: database.url`] : []),
    ...[...authEnvs].map((e) => (e === tokenConst(e) ? e : `${e}: ${tokenConst(e)}`)),
  ];
  if (ctx.withDatabase) lines.push('    database = await createTestDatabase();');
  lines.push(`    app = await startApp(${env.length ? `{ ${env.join(', ')} }` : ''});`);
  // Creating and migrating a database can outlast the runner's 10 s hook default on a busy CI machine.
  lines.push(ctx.withDatabase ? `  }, ${DATABASE_HOOK_TIMEOUT_MS});` : '  });', '');
  lines.push('  afterAll(async () => {');
  lines.push('    await app?.close();');
  if (ctx.withDatabase) lines.push('    await database?.drop();');
  lines.push(ctx.withDatabase ? `  }, ${DATABASE_HOOK_TIMEOUT_MS});` : '  });');
  for (const f of factories) lines.push('', f.code);
  const groups = new Map<string, ScenarioCode[]>();
  for (const s of scenarios) {
    const group = s.name.split(' › ')[1]!;
    groups.set(group, [...(groups.get(group) ?? []), s]);
  }
  for (const [group, list] of groups) {
    lines.push('', `  describe(${q(group)}, () => {`);
    list.forEach((s, i) => {
      if (i > 0) lines.push('');
      lines.push(`    it(${q(s.title)}, async () => {`, ...s.code.split('\n').map((l) => (l ? `  ${l}` : '')), '    });');
    });
    lines.push('  });');
  }
  lines.push('});', '');
  return lines.join('\n');
}

import type { ColumnInfo, JsonSchemaLike } from '../../model.js';
import { findEndpoint, type Endpoint, type Resource } from '../plan.js';
import type { ScenarioPlan, Step } from '../types.js';
import { sampleCode } from '../values.js';
import { q } from './dialect/quote.js';

/** What the HTTP planner knows beyond the endpoints it plans for. */
export interface HttpPlanContext {
  typescript: boolean;
  /** Every resource of the API, for factories of prerequisites (a customer before an order). */
  resources: readonly Resource[];
  /** Columns of the table behind a resource, by resource name, for unique-constraint tests. */
  columns: ReadonlyMap<string, ColumnInfo[]>;
}

/** A helper of a test file that creates one record through the API's own create endpoint, with its prerequisites. */
export interface Factory {
  resource: Resource;
  fn: string;
  /** Its body, as steps. */
  steps: Step[];
  needs: Factory[];
  authEnv?: string;
}

/** An uncovered endpoint no scenario can reach the handler of, and why. */
export interface TemplateGap {
  pointId: string;
  reason: string;
}

export const pascal = (s: string): string => s.replace(/(?:^|[-_\s]+)([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
const article = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
/** The constant a test file keeps a credential in: `API_TOKEN`. */
export const tokenConst = (env: string): string => env.toUpperCase().replace(/[^A-Z0-9]/g, '_');

/** The scenarios of one resource's endpoints, in reading order, with the factories they may call. */
export function planResourceScenarios(
  resource: Resource,
  endpoints: readonly Endpoint[],
  ctx: HttpPlanContext,
): { scenarios: ScenarioPlan[]; factories: Map<string, Factory | null>; tokens: Set<string>; gaps: TemplateGap[] } {
  const factories = new Map<string, Factory | null>();
  const factoryFor = (r: Resource, depth = 0): Factory | undefined => buildFactory(r, ctx, factories, depth);
  const tokens = new Set<string>();
  const scenarios: ScenarioPlan[] = [];
  const gaps: TemplateGap[] = [];
  for (const endpoint of [...endpoints].sort(byReadingOrder)) {
    const group = `${endpoint.http.method} ${endpoint.http.path}`;
    const { drafts, blocked } = endpointScenarios(resource, endpoint, ctx, factoryFor, tokens);
    for (const d of drafts) scenarios.push({ ...d, group, pointId: endpoint.point.id });
    if (!drafts.some((d) => d.reachesHandler))
      gaps.push({
        pointId: endpoint.point.id,
        reason: `no generated test reaches its handler: ${blocked ?? 'no scenario applies to it'}.`,
      });
  }
  return { scenarios, factories, tokens, gaps };
}

const ROLE_ORDER = ['collection', 'item', 'sub-item', 'other'];
const METHOD_ORDER = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'];

/** The order a reader expects: create, list, read, change, delete. */
function byReadingOrder(a: Endpoint, b: Endpoint): number {
  const rank = (e: Endpoint): number => ROLE_ORDER.indexOf(e.role) * 10 + ((METHOD_ORDER.indexOf(e.http.method) + 10) % 10);
  return rank(a) - rank(b) || a.http.path.localeCompare(b.http.path);
}

type Draft = Omit<ScenarioPlan, 'group' | 'pointId'>;

const status = (expected: number | string): Step => ({ check: { is: ['response.status', String(expected)] } });

function endpointScenarios(
  resource: Resource,
  endpoint: Endpoint,
  ctx: HttpPlanContext,
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
  const missing = missingIdOf(resource, ctx.columns);
  const pathWith = (idExpr: string): string =>
    '`' + http.path.replace(/:([A-Za-z0-9_]+)/, `\${${idExpr}}`).replace(/:([A-Za-z0-9_]+)/g, `\${${missing}}`) + '`';
  const livePath = needsItem ? pathWith(`${itemVar}.id`) : q(http.path);
  const missingPath = needsItem ? pathWith(missing) : q(http.path);
  const notFound = statuses.includes(404);
  const invalid = statuses.find((s) => s === 400 || s === 422);
  const body = http.body;
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(method);
  const out: Draft[] = [];
  const arrangeItem = needsItem && own ? [`const ${itemVar} = await ${own.fn}();`] : [];
  const canArrange = !needsItem || Boolean(own);
  const successStatus = happyStatus(method, statuses, endpoint.role);
  const refs = (field: string): string | undefined => refCode(field, ctx, factoryFor);
  const readBackPath = (read: Endpoint, id: string): string => `\`${read.http.path.replace(/:[A-Za-z0-9_]+/, `\${${id}}`)}\``;

  if (canAuthenticate && canArrange && (!hasBody || body)) {
    const input = hasBody && body ? sampleCode(body, resource.singular, refs, method === 'POST' ? 'first' : 'last') : undefined;
    const prerequisites = input ? prerequisiteLines(body, ctx, factoryFor) : [];
    const arrange: Step[] = [...arrangeItem, ...prerequisites, ...(input ? ['const unique = uniqueId();', `const input = ${input};`] : [])];
    const act = `const response = await app.request('${method}', ${livePath}${input ? ', { body: input' + authHeaders + ' }' : authHeaders ? `, { ${authHeaders.slice(2)} }` : ''});`;
    const asserts: Step[] = [status(successStatus)];
    if (successStatus !== 204) asserts.push({ check: { matches: ["response.headers.get('content-type')", '/application\\/json/'] } });
    let title: string;
    if (method === 'POST' && endpoint.role === 'collection') {
      title = `creates ${article(resource.singular)} and answers ${successStatus} with it`;
      asserts.push({ check: { hasFields: ['response.body', 'input'] } });
      const read = findEndpoint(resource, 'GET', 'item');
      if (read && read.http.auth.length === 0) {
        // The new state, read back through the API.
        const created = ctx.typescript ? '(response.body as Row).id' : 'response.body.id';
        title = `creates ${article(resource.singular)} that a later read returns`;
        asserts.push('', `const readBack = await app.request('GET', ${readBackPath(read, created)});`, {
          check: { hasFields: ['readBack.body', 'input'] },
        });
      }
    } else if (method === 'GET' && endpoint.role === 'collection' && (own || isPlural(resource))) {
      title = own ? `lists ${resource.name} including one just created` : `answers ${successStatus} with a list`;
      if (own) arrange.unshift(`const ${itemVar} = await ${own.fn}();`);
      asserts.push(own ? { check: { listHasId: ['response.body', `${itemVar}.id`] } } : { check: { isList: 'response.body' } });
    } else if (method === 'GET' && needsItem) {
      title = `returns ${article(resource.singular)} created before`;
      asserts.push(endpoint.role === 'item' ? { check: { equals: ['response.body', itemVar] } } : { check: { defined: 'response.body' } });
    } else if (method === 'DELETE') {
      title = `deletes ${article(resource.singular)}; a later read answers 404`;
      const read = findEndpoint(resource, 'GET', 'item');
      if (read?.http.statuses?.includes(404) && read.http.auth.length === 0) {
        asserts.push('', `const readBack = await app.request('GET', ${readBackPath(read, `${itemVar}.id`)});`, {
          check: { is: ['readBack.status', '404'] },
        });
      } else title = `deletes ${article(resource.singular)} and answers ${successStatus}`;
    } else if (input) {
      title = `${endpoint.role === 'sub-item' ? `changes the ${http.path.split('/').at(-1)} of ${article(resource.singular)}` : `updates ${article(resource.singular)}`}; a later read shows the change`;
      asserts.push({ check: { hasFields: ['response.body', 'input'] } });
      const read = findEndpoint(resource, 'GET', 'item');
      if (read && read.http.auth.length === 0) {
        asserts.push('', `const readBack = await app.request('GET', ${readBackPath(read, `${itemVar}.id`)});`, {
          check: { hasFields: ['readBack.body', 'input'] },
        });
      } else title = `updates ${article(resource.singular)} and answers ${successStatus}`;
    } else {
      title = `answers ${successStatus}`;
    }
    out.push({ kind: 'happy', title, steps: [...arrange, ...(arrange.length ? [''] : []), act, '', ...asserts], reachesHandler: true });
  }

  if (hasBody && body && invalid && canAuthenticate && canArrange && body.required?.length) {
    out.push({
      kind: 'error',
      title: `rejects a body without its required fields (${body.required.join(', ')}) with ${invalid}`,
      steps: [
        ...arrangeItem,
        ...(arrangeItem.length ? [''] : []),
        `const response = await app.request('${method}', ${livePath}, { body: {}${authHeaders} });`,
        '',
        status(invalid),
      ],
      reachesHandler: true,
    });
  }
  if (hasBody && body && canAuthenticate && canArrange && statuses.includes(400)) {
    out.push({
      kind: 'error',
      title: 'rejects malformed JSON with 400',
      steps: [
        ...arrangeItem,
        ...(arrangeItem.length ? [''] : []),
        `const response = await app.request('${method}', ${livePath}, { rawBody: '{"unterminated": '${authHeaders} });`,
        '',
        status(400),
      ],
      // The app's JSON parser answers before the route's handler runs.
      reachesHandler: false,
    });
  }
  if (needsItem && notFound && canAuthenticate) {
    const input =
      hasBody && body
        ? sampleCode(body, resource.singular, (f) => (REFERENCE.test(f) ? missingRefOf(f, body, ctx, factoryFor) : undefined))
        : undefined;
    out.push({
      kind: 'error',
      title: `answers 404 for ${article(resource.singular)} that does not exist`,
      steps: [
        ...(input ? ['const unique = uniqueId();'] : []),
        `const response = await app.request('${method}', ${missingPath}${input ? `, { body: ${input}${authHeaders} }` : authHeaders ? `, { ${authHeaders.slice(2)} }` : ''});`,
        '',
        status(404),
      ],
      reachesHandler: true,
    });
  }
  const refField = body && Object.keys(body.properties ?? {}).find((f) => refCode(f, ctx, factoryFor));
  const refStatus = [422, 404, 409, 400].find((s) => statuses.includes(s));
  if (method === 'POST' && body && refField && refStatus && canAuthenticate) {
    const input = sampleCode(body, resource.singular, (f) =>
      f === refField ? missingRefOf(f, body, ctx, factoryFor) : refCode(f, ctx, factoryFor),
    );
    out.push({
      kind: 'edge',
      title: `answers ${refStatus} when ${refField} names no existing record`,
      steps: [
        ...prerequisiteLines(body, ctx, factoryFor, refField),
        'const unique = uniqueId();',
        `const response = await app.request('POST', ${q(http.path)}, { body: ${input}${authHeaders} });`,
        '',
        status(refStatus),
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
      steps: [
        ...prerequisiteLines(body, ctx, factoryFor),
        'const unique = uniqueId();',
        `const input = ${input};`,
        `const first = await app.request('POST', ${q(http.path)}, { body: input${authHeaders} });`,
        { check: { is: ['first.status', String(happyStatus('POST', statuses, 'collection'))] } },
        '',
        `const response = await app.request('POST', ${q(http.path)}, { body: { ...input }${authHeaders} });`,
        '',
        status(409),
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
    const check = (expected: number | undefined): Step =>
      expected ? status(expected) : { check: { oneOf: ['response.status', '[401, 403]'] } };
    out.push({
      kind: 'error',
      title: `rejects a request without credentials${missing ? ` with ${missing}` : ''}`,
      steps: [`const response = await app.request('${method}', ${missingPath});`, '', check(missing)],
      reachesHandler: false,
    });
    out.push({
      kind: 'error',
      title: `rejects a wrong bearer token${wrong ? ` with ${wrong}` : ''}`,
      steps: [
        `const response = await app.request('${method}', ${missingPath}, { headers: { authorization: 'Bearer itw-wrong-token' } });`,
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

/** A collection named by a plural (`orders`), not a single thing (`health`, `status`) that answers no list. */
const isPlural = (resource: Resource): boolean => {
  const last = resource.name.split('-').at(-1)!;
  return resource.singular !== last && !/(?:us|is)$/.test(last);
};

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const REFERENCE = /^(.+?)(?:Id|_id)$/;

/** The variable a record of the resource is held in: `order`, `line_item`. */
export const varName = (resource: Resource): string => resource.singular.replace(/-/g, '_');

/** `customerId` → the customers resource, when the API can create a customer. */
function referencedResource(field: string, ctx: HttpPlanContext, factoryFor: (r: Resource) => Factory | undefined): Resource | undefined {
  const match = REFERENCE.exec(field);
  const target = match && ctx.resources.find((r) => r.singular === match[1]!.toLowerCase());
  return target && factoryFor(target) ? target : undefined;
}

/** Whether a resource's records have UUID ids, as the primary key of its table says (integer ids otherwise). */
export function hasUuidIds(resource: Resource, columns: ReadonlyMap<string, ColumnInfo[]>): boolean {
  return /^uuid$/i.test(columns.get(resource.name)?.find((c) => c.primaryKey)?.type ?? '');
}

/** The constant of `_support/data` no record of the resource has as its id. */
const missingIdOf = (resource: Resource, columns: ReadonlyMap<string, ColumnInfo[]>): string =>
  hasUuidIds(resource, columns) ? 'MISSING_UUID' : 'MISSING_ID';

/** The id no record has, for a reference field: a UUID when the field's schema or the table it names says so. */
function missingRefOf(field: string, body: JsonSchemaLike, ctx: HttpPlanContext, factoryFor: (r: Resource) => Factory | undefined): string {
  const target = referencedResource(field, ctx, factoryFor);
  const uuid = body.properties?.[field]?.format === 'uuid' || (target !== undefined && hasUuidIds(target, ctx.columns));
  return uuid ? 'MISSING_UUID' : 'MISSING_ID';
}

/** `customerId` → `customer.id`, when the API can create a customer. */
function refCode(field: string, ctx: HttpPlanContext, factoryFor: (r: Resource) => Factory | undefined): string | undefined {
  const target = referencedResource(field, ctx, factoryFor);
  return target ? `${varName(target)}.id` : undefined;
}

function prerequisiteLines(
  body: JsonSchemaLike | undefined,
  ctx: HttpPlanContext,
  factoryFor: (r: Resource) => Factory | undefined,
  skip?: string,
): string[] {
  const lines: string[] = [];
  for (const field of Object.keys(body?.properties ?? {})) {
    const target = field === skip ? undefined : referencedResource(field, ctx, factoryFor);
    if (target) lines.push(`const ${varName(target)} = await ${factoryFor(target)!.fn}();`);
  }
  return lines;
}

function buildFactory(resource: Resource, ctx: HttpPlanContext, cache: Map<string, Factory | null>, depth: number): Factory | undefined {
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
  const headers = authEnv ? `, headers: { authorization: \`Bearer \${${tokenConst(authEnv)}}\` }` : '';
  const steps: Step[] = [
    ...needs.map((n) => `const ${varName(n.resource)} = await ${n.fn}();`),
    'const unique = uniqueId();',
    `const response = await app.request('POST', ${q(create.http.path)}, { body: ${input}${headers} });`,
    status(happyStatus('POST', create.http.statuses ?? [], 'collection')),
    `return response.body${ctx.typescript ? ' as Row' : ''};`,
  ];
  const factory: Factory = { resource, fn, steps, needs, ...(authEnv ? { authEnv } : {}) };
  cache.set(resource.collection, factory);
  return factory;
}

/** A factory's doc comment. */
export const factoryDoc = (f: Factory): string => `Creates ${article(f.resource.singular)} through the API, as a client would.`;

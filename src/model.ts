/** The nouns every stage shares. Stages pass these as plain data. */

export const POINT_KINDS = ['http', 'db', 'cache', 'queue', 'external-http', 'fs'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

export const SERVICES = [
  'postgres',
  'mysql',
  'sqlite',
  'redis',
  'memcached',
  'rabbitmq',
  'nats',
  'mqtt',
  'kafka',
  'mongodb',
  'sqs',
  'pubsub',
  'none',
] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface SourceLocation {
  /** Repository-relative, forward slashes. */
  file: string;
  line: number;
}

/** Details of an `http` point, as every HTTP detector records them. */
export interface HttpDetails {
  method: string;
  path: string;
  params: string[];
  /** Names of the middleware/guards that protect the route, empty when open. */
  auth: string[];
  /** Declared request body schema (JSON-schema-like), when the code declares one. */
  body?: JsonSchemaLike;
  handler?: SourceLocation;
  /** The module that builds the app, when one was found (for test bootstrap). */
  app?: AppEntry;
  /** An inbound webhook: the provider when the path or the signature check names it. */
  webhook?: { provider?: string };
  /**
   * Statuses the route answers with, as its code says: literal statuses it sets (`res.status(404)`, `reply.code(201)`,
   * `c.json(x, 201)`), errors it throws (`ctx.throw(404)`, `new NotFoundException()`), the statuses its response schema
   * declares, 400 where the framework validates a declared schema, and a framework's default where it is fixed (NestJS
   * answers POST with 201). Sorted; empty when the code names none.
   */
  statuses?: number[];
  /** What the guards' own code says about the credentials they accept, when the route is guarded and that code was read. */
  authInfo?: AuthInfo;
  /** Fastify: the route's declared `params` schema. */
  paramsSchema?: JsonSchemaLike;
  /** Fastify: the route's declared `querystring` schema. */
  querySchema?: JsonSchemaLike;
  /** Where the path's prefix comes from when the configuration sets it (`process.env.API_PREFIX ?? '/api'`). */
  prefixFrom?: ConfigSource;
  /** The OpenAPI operation that describes the route, when a document in the repository does. */
  openapi?: OpenApiDetails;
}

/**
 * Where a value read from the configuration was found: the environment variable, the value the repository documents
 * for it, and the file that documents it (an `.env.example`-style file, or the source holding the schema's `default`
 * or the `?? 'default'`). The served path depends on it, so a reader should see it.
 */
export interface ConfigSource {
  env: string;
  value: string;
  file: string;
}

/** A schema as the spec declares it, `$ref`s resolved, cycles cut (`{ $comment: 'circular' }`), plain JSON. */
export type SpecSchema = Record<string, unknown>;

export interface SpecSecurityScheme {
  name: string;
  /** `http`, `apiKey`, `oauth2`, `openIdConnect`, `mutualTLS` (Swagger 2 `basic` reads as `http` + `basic`). */
  type?: string;
  /** For `http`: `bearer`, `basic`, … */
  scheme?: string;
  /** For `apiKey`: where the key goes and under which name. */
  in?: string;
  paramName?: string;
  scopes: string[];
}

export interface SpecParameter {
  name: string;
  in: string;
  required: boolean;
  schema?: SpecSchema;
}

export interface SpecResponse {
  /** `200`, `4XX`, `default`, as the spec writes it. */
  status: string;
  description?: string;
  contentType?: string;
  schema?: SpecSchema;
}

/** What an http point carries as `details.openapi`. */
export interface OpenApiDetails {
  document: string;
  line?: number;
  operationId?: string;
  parameters: SpecParameter[];
  requestBody?: { required: boolean; contentType: string; schema?: SpecSchema };
  responses: SpecResponse[];
  /** Alternatives (any one suffices), each a set of schemes used together; `[]` means open. */
  security: SpecSecurityScheme[][];
}

/** What discovery read from a route's guard: its rejections and, for a bearer token, where the expected token comes from. */
export interface AuthInfo {
  /** The statuses the guards reject with (401, 403). */
  statuses?: number[];
  scheme?: 'bearer';
  /** The environment variable the expected bearer token comes from: a test can set its own. */
  env?: string;
  /** The expression the token is compared with when it is no environment variable: `getConfig().apiToken`. */
  tokenFrom?: string;
  /** The status a request without credentials gets. */
  missing?: number;
  /** The status a request with a wrong token gets. */
  wrong?: number;
}

export const HTTP_FRAMEWORKS = ['express', 'fastify', 'koa', 'hono', 'nestjs', 'nextjs'] as const;
export type HttpFramework = (typeof HTTP_FRAMEWORKS)[number];

/**
 * How a test gets hold of the app:
 * - `instance`: an exported app object; `factory`: an exported function that returns one;
 * - `plugin`: a Fastify root plugin (fastify-cli's `export default async function (fastify, opts)`), to register on a new instance;
 * - `module`: a NestJS root module class (`AppModule`), to compile in a testing module;
 * - `routes`: no app object (Next.js): every route file under `file` exports its handlers.
 */
export type AppExportType = 'instance' | 'factory' | 'plugin' | 'module' | 'routes';

export interface AppEntry {
  /** The module that exports the app; for `routes`, the folder of the route files (`src/app`, `pages`). */
  file: string;
  framework: HttpFramework;
  export: {
    /** The export's name (`default` for a default export); empty for `routes`. */
    name: string;
    type: AppExportType;
    /** A Fastify root plugin's options export (fastify-cli's `export const options`), when there is one. */
    options?: string;
  };
  /** NestJS: what the bootstrap applies to the app before it listens, for a test app to apply the same. */
  setup?: AppSetup;
  /** The function the repository's own tests build the app with, found from the tests' imports. */
  testHelper?: TestHelper;
}

/**
 * The calls a bootstrap makes on the app between creating it and `listen()` (`app.setGlobalPrefix('api')`,
 * `app.useGlobalPipes(new ValidationPipe())`), as source text with `app` as the receiver, in order, with the local
 * declarations they use, and only the imports they need.
 */
export interface AppSetup {
  /** Repository-relative path of the bootstrap (`src/main.ts`). */
  file: string;
  statements: string[];
  /** `from`: a repository-relative file or a package; `names`: `X`, `X as Y`, `default as Y` or `* as Y`. */
  imports: { from: string; names: string[] }[];
}

export interface TestHelper {
  /** Repository-relative path of the helper module. */
  file: string;
  /** The exported function that builds the app (`build`, `createTestApp`). */
  export: string;
}

export interface JsonSchemaLike {
  type?: string;
  properties?: Record<string, JsonSchemaLike>;
  required?: string[];
  items?: JsonSchemaLike;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  /** A regular expression a string must match (zod `.regex()`, JSON Schema `pattern`), as its source. */
  pattern?: string;
}

/** Details of a `db` point, with the connection facts generated support needs to end what the app opened. */
export interface DbDetails {
  table: string;
  operations: string[];
  columns?: ColumnInfo[];
  migrations?: string[];
  /** node-postgres: the app's exported pools, pool getters and close functions. */
  pools?: PoolExport[];
  /** knex, Sequelize, TypeORM, Prisma: the database clients the app's modules export. */
  clients?: ExportedClient[];
}

/** A node-postgres pool a module exports, or a function that returns or ends one. */
export interface PoolExport {
  file: string;
  export: string;
  line: number;
  /**
   * `pool`: the exported pool itself; `getter`: an exported function that returns a module-level pool
   * (made on first use, so calling it may create one); `close`: an exported function that ends the pool.
   */
  role: 'pool' | 'getter' | 'close';
  /** The environment variable the pool's connection string comes from. */
  env?: string;
}

/** A database client a module exports: generated tests end it when they stop the app, before dropping its database. */
export interface ExportedClient {
  file: string;
  export: string;
  line: number;
  /** How it is ended: knex `destroy()`, Sequelize `close()`, TypeORM `destroy()` once initialized, Prisma `$disconnect()`. */
  library: 'knex' | 'sequelize' | 'typeorm' | 'prisma';
}

/** Details of a `cache` point: the commands a client sends and the keys they touch. */
export interface CacheDetails {
  commands: string[];
  keys: string[];
  keyPrefixes: string[];
  ttlSeconds: number[];
}

/**
 * Details of a `queue` point: what its library records about the queue, topic, subject or channel (`exchange`,
 * `durable`, `queueGroup`, `stream`, `channel`, `pattern`, …), empty entries left out.
 */
export type QueueDetails = Record<string, unknown>;

/** Details of an `external-http` point: the origin called, or the environment variable holding it. */
export interface ExternalHttpDetails {
  origin?: string;
  env?: string;
  /** `METHOD /path` of each request made to it. */
  requests?: string[];
  /** SDK clients (Stripe, Twilio, …): the operations called on the client (`paymentIntents.create`). */
  operations?: string[];
  timeoutMs?: number[];
  retries?: number[];
}

/** Details of an `fs` point: the `fs` calls that read or write files the service handles. */
export interface FsDetails {
  operations: string[];
  paths: string[];
  calls: { fn: string; file: string; line: number; path: string }[];
}

interface PointOf<K extends PointKind, D> {
  /** Stable: derived from kind + key (+ library), never from line numbers. */
  id: string;
  kind: K;
  library: string;
  key: string;
  location: SourceLocation;
  details: D;
  service: ServiceName;
}

/** An integration point with the details its kind carries. `IntegrationPoint` narrows to these through the guards below. */
export type HttpPoint = PointOf<'http', HttpDetails>;
export type DbPoint = PointOf<'db', DbDetails>;
export type CachePoint = PointOf<'cache', CacheDetails>;
export type QueuePoint = PointOf<'queue', QueueDetails>;
export type ExternalHttpPoint = PointOf<'external-http', ExternalHttpDetails>;
export type FsPoint = PointOf<'fs', FsDetails>;
export type TypedPoint = HttpPoint | DbPoint | CachePoint | QueuePoint | ExternalHttpPoint | FsPoint;

/** An integration point: a union on `kind`, each kind with its own details. */
export type IntegrationPoint = TypedPoint;

type Narrowed<P> = P;

export function isHttpPoint(p: IntegrationPoint): p is Narrowed<HttpPoint> {
  return p.kind === 'http';
}
export function isDbPoint(p: IntegrationPoint): p is Narrowed<DbPoint> {
  return p.kind === 'db';
}
export function isCachePoint(p: IntegrationPoint): p is Narrowed<CachePoint> {
  return p.kind === 'cache';
}
export function isQueuePoint(p: IntegrationPoint): p is Narrowed<QueuePoint> {
  return p.kind === 'queue';
}
export function isExternalHttpPoint(p: IntegrationPoint): p is Narrowed<ExternalHttpPoint> {
  return p.kind === 'external-http';
}
export function isFsPoint(p: IntegrationPoint): p is Narrowed<FsPoint> {
  return p.kind === 'fs';
}

export interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  unique: boolean;
  primaryKey: boolean;
  default?: string;
  references?: { table: string; column: string };
  check?: string;
}

export interface Diagnostic {
  file: string;
  line?: number;
  message: string;
}

export interface CoveringTest {
  file: string;
  name: string;
  line: number;
  how: 'static' | 'trace';
}

export interface Coverage {
  pointId: string;
  tests: CoveringTest[];
}

export type ScenarioKind = 'happy' | 'error' | 'edge' | 'failure';

export interface Scenario {
  name: string;
  kind: ScenarioKind;
  /** The test gets past guards and body parsing to the route's handler; a guard's rejection alone covers no endpoint. */
  reachesHandler: boolean;
}

export interface GeneratedTest {
  /** Repository-relative path. */
  file: string;
  points: string[];
  scenarios: Scenario[];
  generator: { name: 'template' | 'claude'; model?: string };
  hash: string;
  /** `written` now, `unchanged` (same content already there), `kept` (a person edited it). */
  state: 'written' | 'unchanged' | 'kept';
}

export type RunStatus = 'passed' | 'failed' | 'skipped';
export type Classification = 'passed' | 'failed' | 'flaky' | 'skipped';

export interface TestOutcome {
  file: string;
  name: string;
  /** A test of the repository (verify) or one itw generated in this run (generate). */
  origin: 'repository' | 'generated';
  runs: RunStatus[];
  classification: Classification;
  durationsMs: number[];
  /** Where the test is declared, when the runner says. */
  line?: number;
  failure?: { message: string; stack?: string; file?: string; line?: number; seed?: number };
  skipReason?: string;
}

export interface RunSummary {
  runs: number;
  seeds: number[];
  durationsMs: number[];
  hung: string[];
  /** Generated tests written and then dropped because they did not pass every run (or did not compile). */
  dropped: DroppedTest[];
  /** Runs that proved nothing: every file failed outside its tests, or the run itself failed, and no test passed. */
  broken: BrokenRun[];
  /** Why every run kept the same test order, when the runner cannot shuffle it (no seeds are recorded then). */
  fixedOrder?: string;
}

/** A run whose failure lies in the environment (a service down, a wrong password, a config that throws), not in a test. */
export interface BrokenRun {
  run: number;
  /** Absent when the runner cannot shuffle (no seed replays anything). */
  seed?: number;
  /** The first error, as the runner reported it. */
  cause: string;
  /** The file it was first seen in, when one. */
  file?: string;
}

/** A generated test itw wrote and did not keep. Reporters read these through `testGroups`, never by parsing names. */
export interface DroppedTest {
  /** Repository-relative path of the generated file. */
  file: string;
  /** The test's full name as the runner reports it (`describe › describe › title`). */
  scenario: string;
  /** Why it was dropped, with the first error when there was one. */
  reason: string;
  /** True when no scenario of the file was kept, so the file itself is gone from the tree. */
  fileRemoved: boolean;
}

export interface KindCount {
  kind: PointKind;
  points: number;
  covered: number;
}

export interface Counts {
  points: number;
  covered: number;
  /** Covered share of all points, 0–100, one decimal. */
  coverage: number;
  endpoints: number;
  endpointsCovered: number;
  endpointCoverage: number;
  byKind: KindCount[];
  /** Generated tests kept (each passed every run). */
  testsWritten: number;
  errorScenarios: number;
  /** Generated tests written and dropped (they did not pass every run, or did not compile). */
  dropped: number;
  /** The tests in the tree after the run, by verdict: the repository's and the kept generated ones, never dropped ones. */
  passed: number;
  flaky: number;
  failed: number;
  skipped: number;
}

export type Mode = 'audit' | 'generate' | 'verify' | 'merge';

/** A backing service the repository declares (docker-compose, a workflow's `services:`). */
export interface InfraService {
  /** The service's name in the compose file, or `<job>/<service>` in a workflow. */
  name: string;
  image?: string;
  service: ServiceName;
  ports: string[];
  env: Record<string, string>;
  file: string;
  line?: number;
}

export interface EnvVariable {
  name: string;
  file: string;
  line: number;
}

export type TestFramework = 'vitest' | 'jest' | 'mocha' | 'node:test';

/** What the repository says about the services and tools it expects. */
export interface Infra {
  services: InfraService[];
  /** Variable names from `.env.example`, `.env.sample`, `.env.test`, `.env.template`. */
  env: EnvVariable[];
  testFramework?: { name: TestFramework; file: string; from: 'scripts' | 'dependencies' };
  module: {
    /** `type` of the top package.json. */
    packageType: 'module' | 'commonjs';
    /** `compilerOptions.module` of the top tsconfig.json (following `extends` inside the repo), lower-cased. */
    tsconfigModule?: string;
    /** What the repository's own code is written as. */
    system: 'esm' | 'commonjs';
  };
}

/** The OpenAPI documents found, and where they and the code disagree (`METHOD /path` keys). */
export interface OpenApiSummary {
  documents: string[];
  drift: { specOnly: string[]; codeOnly: string[] };
}

/** A point that no test covers (neither the repository's nor a kept generated one), and why. */
export interface Gap {
  pointId: string;
  reason: string;
}

export interface Report {
  version: 1;
  tool: { name: 'itw'; version: string };
  mode: Mode;
  root: string;
  points: IntegrationPoint[];
  coverage: Coverage[];
  generated: GeneratedTest[];
  outcomes: TestOutcome[];
  run?: RunSummary;
  /** Every point without a covering test, with the reason no kept test covers it. */
  gaps: Gap[];
  diagnostics: Diagnostic[];
  /** Facts about the repository that shaped the run (framework, services used). */
  environment: { testFramework?: string; services: { name: ServiceName; source: string }[] };
  /** What the repository declares: backing services, env names, OpenAPI documents and their drift from the code. */
  repository?: { infra: Infra; openapi: OpenApiSummary };
  counts: Counts;
  timingsMs: Record<string, number>;
}

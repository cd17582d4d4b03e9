/**
 * The Report as JSON: written by every run, read back by `merge` from each shard's artifact. Reading
 * validates the whole shape, so a truncated or hand-edited shard fails with the file and field named.
 */
import { z } from 'zod';
import { HTTP_FRAMEWORKS, POINT_KINDS, SERVICES, type PointKind, type Report } from '../model.js';

const location = z.object({ file: z.string(), line: z.number().int() });
const runStatus = z.enum(['passed', 'failed', 'skipped']);

const jsonSchemaLike = z.object({
  type: z.string().optional(),
  get properties() {
    return z.record(z.string(), jsonSchemaLike).optional();
  },
  required: z.array(z.string()).optional(),
  get items() {
    return jsonSchemaLike.optional();
  },
  enum: z.array(z.unknown()).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  format: z.string().optional(),
  pattern: z.string().optional(),
});

const specSchema = z.record(z.string(), z.unknown());

const appEntry = z.object({
  file: z.string(),
  framework: z.enum(HTTP_FRAMEWORKS),
  export: z.object({
    name: z.string(),
    type: z.enum(['instance', 'factory', 'plugin', 'module', 'routes']),
    options: z.string().optional(),
  }),
  setup: z
    .object({
      file: z.string(),
      statements: z.array(z.string()),
      imports: z.array(z.object({ from: z.string(), names: z.array(z.string()) })),
    })
    .optional(),
  testHelper: z.object({ file: z.string(), export: z.string() }).optional(),
});

const httpDetails = z.object({
  method: z.string(),
  path: z.string(),
  params: z.array(z.string()),
  auth: z.array(z.string()),
  body: jsonSchemaLike.optional(),
  handler: location.optional(),
  app: appEntry.optional(),
  webhook: z.object({ provider: z.string().optional() }).optional(),
  statuses: z.array(z.number().int()).optional(),
  authInfo: z
    .object({
      statuses: z.array(z.number().int()).optional(),
      scheme: z.literal('bearer').optional(),
      env: z.string().optional(),
      tokenFrom: z.string().optional(),
      missing: z.number().int().optional(),
      wrong: z.number().int().optional(),
    })
    .optional(),
  paramsSchema: jsonSchemaLike.optional(),
  querySchema: jsonSchemaLike.optional(),
  prefixFrom: z.object({ env: z.string(), value: z.string(), file: z.string() }).optional(),
  openapi: z
    .object({
      document: z.string(),
      line: z.number().int().optional(),
      operationId: z.string().optional(),
      parameters: z.array(z.object({ name: z.string(), in: z.string(), required: z.boolean(), schema: specSchema.optional() })),
      requestBody: z.object({ required: z.boolean(), contentType: z.string(), schema: specSchema.optional() }).optional(),
      responses: z.array(
        z.object({
          status: z.string(),
          description: z.string().optional(),
          contentType: z.string().optional(),
          schema: specSchema.optional(),
        }),
      ),
      security: z.array(
        z.array(
          z.object({
            name: z.string(),
            type: z.string().optional(),
            scheme: z.string().optional(),
            in: z.string().optional(),
            paramName: z.string().optional(),
            scopes: z.array(z.string()),
          }),
        ),
      ),
    })
    .optional(),
});

const dbDetails = z.object({
  table: z.string(),
  operations: z.array(z.string()),
  columns: z
    .array(
      z.object({
        name: z.string(),
        type: z.string(),
        notNull: z.boolean(),
        unique: z.boolean(),
        primaryKey: z.boolean(),
        default: z.string().optional(),
        references: z.object({ table: z.string(), column: z.string() }).optional(),
        check: z.string().optional(),
      }),
    )
    .optional(),
  migrations: z.array(z.string()).optional(),
  pools: z
    .array(
      z.object({
        file: z.string(),
        export: z.string(),
        line: z.number().int(),
        role: z.enum(['pool', 'getter', 'close']),
        env: z.string().optional(),
      }),
    )
    .optional(),
  clients: z
    .array(
      z.object({
        file: z.string(),
        export: z.string(),
        line: z.number().int(),
        library: z.enum(['knex', 'sequelize', 'typeorm', 'prisma']),
      }),
    )
    .optional(),
});

const cacheDetails = z.object({
  commands: z.array(z.string()),
  keys: z.array(z.string()),
  keyPrefixes: z.array(z.string()),
  ttlSeconds: z.array(z.number()),
});

const queueDetails = z.record(z.string(), z.unknown());

const externalHttpDetails = z.object({
  origin: z.string().optional(),
  env: z.string().optional(),
  requests: z.array(z.string()).optional(),
  operations: z.array(z.string()).optional(),
  timeoutMs: z.array(z.number()).optional(),
  retries: z.array(z.number()).optional(),
});

const fsDetails = z.object({
  operations: z.array(z.string()),
  paths: z.array(z.string()),
  calls: z.array(z.object({ fn: z.string(), file: z.string(), line: z.number().int(), path: z.string() })),
});

/** A point of one kind: the fields every point has, with that kind's details. */
const pointOf = <K extends PointKind, D extends z.ZodType>(kind: K, details: D) =>
  z.object({
    id: z.string(),
    kind: z.literal(kind),
    library: z.string(),
    key: z.string(),
    location,
    details,
    service: z.enum(SERVICES),
  });

/** An unknown kind is named as any other unknown enum value is, with the kinds this itw reads. */
const unknownKind = `Invalid option: expected one of ${POINT_KINDS.map((k) => JSON.stringify(k)).join('|')}`;

const point = z.discriminatedUnion(
  'kind',
  [
    pointOf('http', httpDetails),
    pointOf('db', dbDetails),
    pointOf('cache', cacheDetails),
    pointOf('queue', queueDetails),
    pointOf('external-http', externalHttpDetails),
    pointOf('fs', fsDetails),
  ],
  { error: (issue) => (issue.code === 'invalid_union' && issue.note === 'No matching discriminator' ? unknownKind : undefined) },
);

const reportSchema = z.object({
  version: z.literal(1),
  tool: z.object({ name: z.literal('itw'), version: z.string() }),
  mode: z.enum(['audit', 'generate', 'verify', 'merge']),
  root: z.string(),
  points: z.array(point),
  coverage: z.array(
    z.object({
      pointId: z.string(),
      tests: z.array(z.object({ file: z.string(), name: z.string(), line: z.number().int(), how: z.enum(['static', 'trace']) })),
    }),
  ),
  generated: z.array(
    z.object({
      file: z.string(),
      points: z.array(z.string()),
      scenarios: z.array(z.object({ name: z.string(), kind: z.enum(['happy', 'error', 'edge', 'failure']), reachesHandler: z.boolean() })),
      generator: z.object({ name: z.enum(['template', 'claude']), model: z.string().optional() }),
      hash: z.string(),
      state: z.enum(['written', 'unchanged', 'kept']),
    }),
  ),
  outcomes: z.array(
    z.object({
      file: z.string(),
      name: z.string(),
      origin: z.enum(['repository', 'generated']),
      runs: z.array(runStatus),
      classification: z.enum(['passed', 'failed', 'flaky', 'skipped']),
      durationsMs: z.array(z.number().nonnegative()),
      line: z.number().int().optional(),
      failure: z
        .object({
          message: z.string(),
          stack: z.string().optional(),
          file: z.string().optional(),
          line: z.number().int().optional(),
          seed: z.number().int().optional(),
        })
        .optional(),
      skipReason: z.string().optional(),
    }),
  ),
  run: z
    .object({
      runs: z.number().int().nonnegative(),
      seeds: z.array(z.number().int()),
      durationsMs: z.array(z.number().nonnegative()),
      hung: z.array(z.string()),
      dropped: z.array(z.object({ file: z.string(), scenario: z.string(), reason: z.string(), fileRemoved: z.boolean() })),
      broken: z.array(
        z.object({ run: z.number().int(), seed: z.number().int().optional(), cause: z.string(), file: z.string().optional() }),
      ),
      fixedOrder: z.string().optional(),
    })
    .optional(),
  gaps: z.array(z.object({ pointId: z.string(), reason: z.string() })),
  diagnostics: z.array(z.object({ file: z.string(), line: z.number().int().optional(), message: z.string() })),
  environment: z.object({
    testFramework: z.string().optional(),
    services: z.array(z.object({ name: z.enum(SERVICES), source: z.string() })),
  }),
  repository: z
    .object({
      infra: z.object({
        services: z.array(
          z.object({
            name: z.string(),
            image: z.string().optional(),
            service: z.enum(SERVICES),
            ports: z.array(z.string()),
            env: z.record(z.string(), z.string()),
            file: z.string(),
            line: z.number().int().optional(),
          }),
        ),
        env: z.array(z.object({ name: z.string(), file: z.string(), line: z.number().int() })),
        testFramework: z
          .object({ name: z.enum(['vitest', 'jest', 'mocha', 'node:test']), file: z.string(), from: z.enum(['scripts', 'dependencies']) })
          .optional(),
        module: z.object({
          packageType: z.enum(['module', 'commonjs']),
          tsconfigModule: z.string().optional(),
          system: z.enum(['esm', 'commonjs']),
        }),
      }),
      openapi: z.object({
        documents: z.array(z.string()),
        drift: z.object({ specOnly: z.array(z.string()), codeOnly: z.array(z.string()) }),
      }),
    })
    .optional(),
  counts: z.object({
    points: z.number().int().nonnegative(),
    covered: z.number().int().nonnegative(),
    coverage: z.number().min(0).max(100),
    endpoints: z.number().int().nonnegative(),
    endpointsCovered: z.number().int().nonnegative(),
    endpointCoverage: z.number().min(0).max(100),
    byKind: z.array(
      z.object({ kind: z.enum(POINT_KINDS), points: z.number().int().nonnegative(), covered: z.number().int().nonnegative() }),
    ),
    testsWritten: z.number().int().nonnegative(),
    errorScenarios: z.number().int().nonnegative(),
    passed: z.number().int().nonnegative(),
    flaky: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    dropped: z.number().int().nonnegative(),
  }),
  timingsMs: z.record(z.string(), z.number()),
}) satisfies z.ZodType<Report>;

// The reverse direction: a field added to Report but not to the schema fails to compile here. Every
// optional field is made required on both sides first, or a missing optional one would pass unseen
// (and be stripped from every report read back).
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type DeepRequired<T> = T extends readonly (infer U)[] ? DeepRequired<U>[] : T extends object ? { [K in keyof T]-?: DeepRequired<T[K]> } : T;
const schemaMatchesModel: Exact<DeepRequired<z.infer<typeof reportSchema>>, DeepRequired<Report>> = true;
void schemaMatchesModel;

/** A report file that is not valid JSON or not a Report; the message names the file and the field. */
export class ReportParseError extends Error {
  constructor(
    readonly source: string,
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ReportParseError';
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Pretty JSON with keys in sorted order, so equal reports give byte-identical files. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(sortKeys(report), null, 2)}\n`;
}

/** `outcomes[3].runs[0]` */
function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function parseReport(text: string, source = 'report'): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReportParseError(source, undefined, `${source} is not valid JSON (${reason}); was the report artifact uploaded whole?`);
  }
  if (data !== null && typeof data === 'object' && 'version' in data && data.version !== 1) {
    throw new ReportParseError(
      source,
      'version',
      `${source} is a version ${JSON.stringify(data.version)} report; this itw reads version 1. Use the same itw version for every shard and the merge.`,
    );
  }
  const result = reportSchema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const field = first ? fieldPath(first.path) : undefined;
  const listed = issues
    .slice(0, 3)
    .map((issue) => `${fieldPath(issue.path) || '(top level)'}: ${issue.message}`)
    .join('; ');
  const rest = issues.length - 3;
  const more = rest > 0 ? ` (and ${rest} more ${rest === 1 ? 'problem' : 'problems'})` : '';
  throw new ReportParseError(source, field, `${source} is not a valid itw report: ${listed}${more}.`);
}

/**
 * The Report as JSON: written by every run, read back by `merge` from each shard's artifact. Reading
 * validates the whole shape, so a truncated or hand-edited shard fails with the file and field named.
 */
import { z } from 'zod';
import { POINT_KINDS, SERVICES, type Report } from '../model.js';

const location = z.object({ file: z.string(), line: z.number().int() });
const runStatus = z.enum(['passed', 'failed', 'skipped']);

const reportSchema = z.object({
  version: z.literal(1),
  tool: z.object({ name: z.literal('itw'), version: z.string() }),
  mode: z.enum(['audit', 'generate', 'verify', 'merge']),
  root: z.string(),
  points: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(POINT_KINDS),
      library: z.string(),
      key: z.string(),
      location,
      details: z.record(z.string(), z.unknown()),
      service: z.enum(SERVICES),
    }),
  ),
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

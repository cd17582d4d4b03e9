/**
 * Realistic Report objects for the publish-stage tests: the orders service after a run with 10 flake
 * runs that holds all three groups every report keeps apart (as a merged report of a `verify` and a
 * `generate` shard would): the repository's own tests, the generated tests kept, and the generated tests
 * written and dropped (one from a file that keeps its other tests, one whose whole file was removed).
 * Like the engine, `generated` lists only the files still in the tree.
 */
import type {
  Counts,
  Gap,
  GeneratedTest,
  IntegrationPoint,
  PointKind,
  Report,
  RunStatus,
  ServiceName,
  TestOutcome,
} from '../../src/model.js';
import { POINT_KINDS } from '../../src/model.js';

export function point(kind: PointKind, library: string, key: string, at: string, service: ServiceName = 'none'): IntegrationPoint {
  const [file = '', line = '1'] = at.split(':');
  const base = { id: `${kind}:${library}:${key}`, library, key, location: { file, line: Number(line) }, service };
  switch (kind) {
    case 'http': {
      const [method = '', path = ''] = key.split(' ');
      const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      return { ...base, kind, details: { method, path, params, auth: [] } };
    }
    case 'db':
      return { ...base, kind, details: { table: key.split(':').at(-1)!, operations: [] } };
    case 'cache':
      return { ...base, kind, details: { commands: [], keys: [], keyPrefixes: [], ttlSeconds: [] } };
    case 'queue':
    case 'external-http':
      return { ...base, kind, details: {} };
    case 'fs':
      return { ...base, kind, details: { operations: [], paths: [], calls: [] } };
  }
}

export function runs(pattern: string): RunStatus[] {
  return [...pattern].map((c) => (c === 'p' ? 'passed' : c === 'f' ? 'failed' : 'skipped'));
}

export function outcome(file: string, name: string, pattern: string, extra: Partial<TestOutcome> = {}): TestOutcome {
  const statuses = runs(pattern);
  const passed = statuses.every((s) => s === 'passed');
  const failed = statuses.every((s) => s === 'failed');
  const skipped = statuses.every((s) => s === 'skipped');
  return {
    file,
    name,
    origin: 'repository',
    runs: statuses,
    classification: skipped ? 'skipped' : passed ? 'passed' : failed ? 'failed' : 'flaky',
    durationsMs: skipped ? [] : statuses.map((_, i) => 120 + i * 4),
    ...extra,
  };
}

export const P = {
  createOrder: point('http', 'express', 'POST /api/orders', 'src/routes/orders.ts:23', 'postgres'),
  getOrder: point('http', 'express', 'GET /api/orders/:id', 'src/routes/orders.ts:42', 'postgres'),
  deleteOrder: point('http', 'express', 'DELETE /api/orders/:id', 'src/routes/orders.ts:65', 'postgres'),
  health: point('http', 'express', 'GET /health', 'src/app.ts:9'),
  orders: point('db', 'pg', 'pg:orders', 'src/routes/orders.ts:19', 'postgres'),
  customers: point('db', 'pg', 'pg:customers', 'src/routes/customers.ts:19', 'postgres'),
  cache: point('cache', 'ioredis', 'ioredis', 'src/cache.ts:5', 'redis'),
  published: point('queue', 'amqplib', 'amqplib:orders.created:publish', 'src/events.ts:12', 'rabbitmq'),
};

export const FILES = {
  post: 'test/integration/itw/orders.post.itw.test.ts',
  del: 'test/integration/itw/orders.delete.itw.test.ts',
  cache: 'test/integration/itw/cache.itw.test.ts',
  app: 'test/app.test.ts',
  orders: 'test/orders.test.ts',
  payments: 'test/payments.test.ts',
};

const SEEDS = [101, 102, 103, 104, 105, 106, 107, 108, 109, 110];

export const generated: GeneratedTest[] = [
  {
    file: FILES.post,
    points: [P.createOrder.id, P.orders.id],
    // Re-rendered without the scenario that was dropped ('answers 404 for an unknown customer').
    scenarios: [
      { name: 'POST /api/orders › creates an order and stores it', kind: 'happy', reachesHandler: true },
      { name: 'POST /api/orders › rejects a missing customerId with 400', kind: 'error', reachesHandler: true },
    ],
    generator: { name: 'template' },
    hash: 'sha256:1f2e',
    state: 'written',
  },
  {
    file: FILES.cache,
    points: [P.cache.id],
    scenarios: [
      { name: 'ioredis cache › round-trips an order through the cache', kind: 'happy', reachesHandler: true },
      { name: 'ioredis cache › expires entries after their TTL', kind: 'edge', reachesHandler: true },
    ],
    generator: { name: 'claude', model: 'claude-sonnet-4-5' },
    hash: 'sha256:c0de',
    state: 'unchanged',
  },
];

const failureStack = [
  'AssertionError: expected 500 to be 200 // Object.is equality',
  '    at test/orders.test.ts:31:24',
  '    at processTicksAndRejections (node:internal/process/task_queues:95:5)',
].join('\n');

const generatedOutcome = (file: string, name: string, pattern: string, extra: Partial<TestOutcome> = {}) =>
  outcome(file, name, pattern, { origin: 'generated', ...extra });
const repositoryOutcome = (file: string, name: string, pattern: string, extra: Partial<TestOutcome> = {}) =>
  outcome(file, name, pattern, { origin: 'repository', ...extra });

export const outcomes: TestOutcome[] = [
  generatedOutcome(FILES.post, 'POST /api/orders › creates an order and stores it', 'pppppppppp', { line: 12 }),
  generatedOutcome(FILES.post, 'POST /api/orders › rejects a missing customerId with 400', 'pppppppppp', { line: 24 }),
  generatedOutcome(FILES.post, 'POST /api/orders › answers 404 for an unknown customer', 'ffffffffff', {
    line: 33,
    failure: {
      message: 'expected 201 to be 404 // Object.is equality',
      stack: `AssertionError: expected 201 to be 404 // Object.is equality\n    at ${FILES.post}:37:26`,
      file: FILES.post,
      line: 37,
      seed: 101,
    },
  }),
  generatedOutcome(FILES.del, 'DELETE /api/orders/:id › removes the order', 'ppfppppfpp', {
    line: 9,
    failure: {
      message: 'expected 404 to be 204 // Object.is equality',
      stack: `AssertionError: expected 404 to be 204 // Object.is equality\n    at ${FILES.del}:18:30`,
      file: FILES.del,
      line: 18,
      seed: 103,
    },
  }),
  generatedOutcome(FILES.cache, 'ioredis cache › expires entries after their TTL', 'pppppppppp', { line: 20 }),
  generatedOutcome(FILES.cache, 'ioredis cache › round-trips an order through the cache', 'pppppppppp', { line: 8 }),
  repositoryOutcome(FILES.app, 'GET /health answers ok', 'pppppppppp'),
  repositoryOutcome(FILES.orders, 'GET /api/orders/:id returns the order', 'ffffffffff', {
    failure: { message: 'expected 500 to be 200 // Object.is equality', stack: failureStack, file: FILES.orders, line: 31, seed: 101 },
  }),
  repositoryOutcome(FILES.orders, 'GET /api/orders/:id answers 404 for an unknown id', 'pppfpppfpp', {
    line: 40,
    failure: {
      message: 'expected 200 to be 404 // Object.is equality',
      stack: 'AssertionError: expected 200 to be 404 // Object.is equality\n    at test/orders.test.ts:44:22',
      file: FILES.orders,
      line: 44,
      seed: 104,
    },
  }),
  repositoryOutcome(FILES.payments, 'charges a card', 'ssssssssss', { skipReason: 'stripe-mock is not reachable: set STRIPE_API_BASE' }),
];

/** Why each point of the orders service has no kept test, as the engine words it. */
export const GAP_REASONS: Record<string, string> = {
  [P.deleteOrder.id]: 'its generated test was dropped (flaky: passed 8 of 10 runs)',
  [P.published.id]: 'itw does not generate tests for queue points yet',
};

/** Every point that neither the repository's tests nor a kept generated test covers, with its reason. */
export function gapsFor(report: Pick<Report, 'points' | 'coverage' | 'generated' | 'run'>): Gap[] {
  const covered = new Set(report.coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  const removed = new Set((report.run?.dropped ?? []).filter((d) => d.fileRemoved).map((d) => d.file));
  for (const g of report.generated) if (!removed.has(g.file)) for (const id of g.points) covered.add(id);
  return report.points
    .filter((p) => !covered.has(p.id))
    .map((p) => ({ pointId: p.id, reason: GAP_REASONS[p.id] ?? 'no test exercises it' }));
}

export function countsFor(report: Omit<Report, 'counts'>, written: number, errorScenarios: number): Counts {
  const covered = new Set(report.coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  const removed = new Set((report.run?.dropped ?? []).filter((d) => d.fileRemoved).map((d) => d.file));
  for (const g of report.generated) if (!removed.has(g.file)) for (const id of g.points) covered.add(id);
  const byKind = POINT_KINDS.map((kind) => {
    const of = report.points.filter((p) => p.kind === kind);
    return { kind, points: of.length, covered: of.filter((p) => covered.has(p.id)).length };
  }).filter((k) => k.points > 0);
  const coveredPoints = report.points.filter((p) => covered.has(p.id)).length;
  const share = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10);
  const http = byKind.find((k) => k.kind === 'http') ?? { points: 0, covered: 0 };
  const droppedKeys = new Set((report.run?.dropped ?? []).map((d) => `${d.file}\0${d.scenario}`));
  const inTree = report.outcomes.filter((o) => !droppedKeys.has(`${o.file}\0${o.name}`));
  const count = (c: string) => inTree.filter((o) => o.classification === c).length;
  return {
    points: report.points.length,
    covered: coveredPoints,
    coverage: share(coveredPoints, report.points.length),
    endpoints: http.points,
    endpointsCovered: http.covered,
    endpointCoverage: share(http.covered, http.points),
    byKind,
    testsWritten: written,
    errorScenarios,
    dropped: report.run?.dropped.length ?? 0,
    passed: count('passed'),
    flaky: count('flaky'),
    failed: count('failed'),
    skipped: count('skipped'),
  };
}

/** The orders service after 10 flake runs: see the top of this file. */
export function ordersReport(overrides: Partial<Report> = {}): Report {
  const base: Omit<Report, 'counts'> = {
    version: 1,
    tool: { name: 'itw', version: '0.1.0' },
    mode: 'generate',
    root: '/home/runner/work/orders-service/orders-service',
    points: Object.values(P),
    coverage: [
      { pointId: P.health.id, tests: [{ file: FILES.app, name: 'GET /health answers ok', line: 8, how: 'static' }] },
      {
        pointId: P.getOrder.id,
        tests: [{ file: FILES.orders, name: 'GET /api/orders/:id returns the order', line: 27, how: 'static' }],
      },
      { pointId: P.customers.id, tests: [] },
    ],
    generated,
    outcomes,
    run: {
      runs: 10,
      seeds: SEEDS,
      durationsMs: [41_200, 39_800, 40_500, 44_100, 38_900, 40_000, 41_700, 39_300, 40_800, 42_700],
      hung: [],
      broken: [],
      dropped: [
        {
          file: FILES.post,
          scenario: 'POST /api/orders › answers 404 for an unknown customer',
          reason: 'failed: expected 201 to be 404 // Object.is equality',
          fileRemoved: false,
        },
        {
          file: FILES.del,
          scenario: 'DELETE /api/orders/:id › removes the order',
          reason: 'flaky: expected 404 to be 204 // Object.is equality',
          fileRemoved: true,
        },
      ],
    },
    gaps: [],
    diagnostics: [{ file: 'src/legacy/report.js', line: 14, message: "Unexpected token '<'" }],
    environment: { testFramework: 'vitest', services: [{ name: 'postgres', source: 'env:DATABASE_URL' }] },
    timingsMs: { discover: 180, cover: 40, generate: 2_100, run: 409_000 },
  };
  const merged = { ...base, ...overrides };
  const withGaps = { ...merged, gaps: overrides.gaps ?? gapsFor(merged) };
  // Like the engine: the tests written are the scenarios of the files kept.
  const removed = new Set((withGaps.run?.dropped ?? []).filter((d) => d.fileRemoved).map((d) => d.file));
  const scenarios = withGaps.generated.filter((g) => !removed.has(g.file)).flatMap((g) => g.scenarios);
  const counts = overrides.counts ?? countsFor(withGaps, scenarios.length, scenarios.filter((s) => s.kind !== 'happy').length);
  return { ...withGaps, counts };
}

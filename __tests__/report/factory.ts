/**
 * Realistic Report objects for the publish-stage tests: the orders service after a `generate` run with
 * 10 flake runs, and small builders to vary it.
 */
import type { Counts, GeneratedTest, IntegrationPoint, PointKind, Report, RunStatus, ServiceName, TestOutcome } from '../../src/model.js';
import { POINT_KINDS } from '../../src/model.js';

export function point(kind: PointKind, library: string, key: string, at: string, service: ServiceName = 'none'): IntegrationPoint {
  const [file = '', line = '1'] = at.split(':');
  return { id: `${kind}:${library}:${key}`, kind, library, key, location: { file, line: Number(line) }, details: {}, service };
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
    origin: 'generated',
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
    scenarios: [
      { name: 'creates an order and stores it', kind: 'happy', reachesHandler: true },
      { name: 'rejects a missing customerId with 400', kind: 'error', reachesHandler: true },
      { name: 'answers 404 for an unknown customer', kind: 'error', reachesHandler: true },
    ],
    generator: { name: 'template' },
    hash: 'sha256:1f2e',
    state: 'written',
  },
  {
    file: FILES.del,
    points: [P.deleteOrder.id],
    scenarios: [{ name: 'removes the order', kind: 'happy', reachesHandler: true }],
    generator: { name: 'claude', model: 'claude-sonnet-4-5' },
    hash: 'sha256:77aa',
    state: 'written',
  },
  {
    file: FILES.cache,
    points: [P.cache.id],
    scenarios: [
      { name: 'round-trips an order through the cache', kind: 'happy', reachesHandler: true },
      { name: 'expires entries after their TTL', kind: 'edge', reachesHandler: true },
    ],
    generator: { name: 'template' },
    hash: 'sha256:c0de',
    state: 'unchanged',
  },
];

const failureStack = [
  'AssertionError: expected 500 to be 200 // Object.is equality',
  '    at test/orders.test.ts:31:24',
  '    at processTicksAndRejections (node:internal/process/task_queues:95:5)',
].join('\n');

export const outcomes: TestOutcome[] = [
  outcome(FILES.post, 'POST /api/orders > creates an order and stores it', 'pppppppppp'),
  outcome(FILES.post, 'POST /api/orders > rejects a missing customerId with 400', 'pppppppppp'),
  outcome(FILES.del, 'DELETE /api/orders/:id > removes the order', 'ppfppppfpp', {
    failure: {
      message: 'expected 404 to be 204 // Object.is equality',
      stack: 'AssertionError: expected 404 to be 204 // Object.is equality\n    at test/integration/itw/orders.delete.itw.test.ts:18:30',
      file: FILES.del,
      line: 18,
      seed: 103,
    },
  }),
  outcome(FILES.cache, 'ioredis cache > round-trips an order through the cache', 'pppppppppp'),
  outcome(FILES.app, 'GET /health answers ok', 'pppppppppp'),
  outcome(FILES.orders, 'GET /api/orders/:id returns the order', 'ffffffffff', {
    failure: { message: 'expected 500 to be 200 // Object.is equality', stack: failureStack, file: FILES.orders, line: 31, seed: 101 },
  }),
  outcome(FILES.payments, 'charges a card', 'ssssssssss', { skipReason: 'stripe-mock is not reachable: set STRIPE_API_BASE' }),
];

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
  const count = (c: string) => report.outcomes.filter((o) => o.classification === c).length;
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
    passed: count('passed'),
    flaky: count('flaky'),
    failed: count('failed'),
    skipped: count('skipped'),
  };
}

/** The orders service after `itw generate` with 10 flake runs. */
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
        { file: FILES.del, scenario: 'DELETE /api/orders/:id deletes the order', reason: 'flaky: passed 8 of 10 runs', fileRemoved: true },
      ],
    },
    gaps: [],
    diagnostics: [{ file: 'src/legacy/report.js', line: 14, message: "Unexpected token '<'" }],
    environment: { testFramework: 'vitest', services: [{ name: 'postgres', source: 'env:DATABASE_URL' }] },
    timingsMs: { discover: 180, cover: 40, generate: 2_100, run: 409_000 },
  };
  const merged = { ...base, ...overrides };
  return { ...merged, counts: overrides.counts ?? countsFor(merged, 2, 2) };
}

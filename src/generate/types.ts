/**
 * The shape of generation: what to test is data (a scenario plan per point), how to write it is a
 * dialect (one per test runner), how to start the app is a harness (one per HTTP framework), and a
 * `Generator` turns the gaps into files that the acceptance chain (accept.ts) judges, whatever wrote them.
 */
import type { AppEntry, Coverage, Diagnostic, HttpPoint, IntegrationPoint, ScenarioKind, ServiceName, TestFramework } from '../model.js';
import type { ModuleStyle } from './module-style.js';

/** The stack generated tests are written for. */
export interface Target {
  /** The HTTP framework the app is built with (`express`, `fastify`, …), from its app entry. */
  framework: string;
  runner: TestFramework;
  typescript: boolean;
  /** Generated JavaScript is CommonJS (`require`), as the repository's is. */
  commonJs: boolean;
  /** Suffix of relative imports: '.ts', '.js' or ''. */
  importExt: string;
}

/**
 * A check a test makes, runner-neutral; each dialect writes it in its runner's assertion style. Operands
 * are code (`response.status`, `201`, `input`).
 */
export type Check =
  /** Strictly equal. */
  | { is: [actual: string, expected: string] }
  /** Deeply equal. */
  | { equals: [actual: string, expected: string] }
  /** A string matching a regular expression literal. */
  | { matches: [actual: string, pattern: string] }
  /** An object holding at least the fields (and values) of `expected`. */
  | { hasFields: [actual: string, expected: string] }
  /** One of the values of an array literal. */
  | { oneOf: [actual: string, options: string] }
  /** A list holding a record whose `id` is `id`. */
  | { listHasId: [list: string, id: string] }
  /** An array. */
  | { isList: string }
  /** Not undefined. */
  | { defined: string };

/** A line of a scenario: a statement (runner-neutral code), '' for a blank line, or a check. */
export type Step = string | { check: Check };

/** One test, before it is written for a runner: arrange, act and the checks, as steps. */
export interface ScenarioPlan {
  pointId: string;
  kind: ScenarioKind;
  /** `creates an order that a later read returns` */
  title: string;
  /** The `describe` it sits in, below the file's suite: `POST /api/orders`. */
  group: string;
  steps: Step[];
  /** The request gets past guards and body parsing to the handler: only such a test covers the endpoint. */
  reachesHandler: boolean;
}

/** One test as written: `name` is the full name the runner reports (`testName([suite, group, title])`). */
export interface ScenarioCode {
  name: string;
  title: string;
  group: string;
  kind: ScenarioKind;
  pointId: string;
  /** The test's body as written for the target runner. */
  code: string;
  reachesHandler: boolean;
}

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
  /** Scenario names to leave out (they failed a check or a run), by file. */
  exclude?: ReadonlyMap<string, ReadonlySet<string>>;
  /** How imports are written (`readModuleStyle`); without it, `.ts` suffixes and ESM. */
  module?: ModuleStyle;
  /** What test file names end with before the extension, so the repository's runner runs them (`testSuffixFor`); `.itw.test` without it. */
  testSuffix?: string;
}

export interface PlanGap {
  pointId: string;
  reason: string;
}

export interface GenerationPlan {
  files: PlannedFile[];
  /** Backing services the planned tests need running. */
  services: ServiceName[];
  /** SQL migrations, in order, that the test databases need (itw applies them once, to a template). */
  migrations?: string[];
  diagnostics: Diagnostic[];
  /** Uncovered points the plan has no test reaching for, each with the reason. */
  gaps: PlanGap[];
}

/**
 * Turns the uncovered points of `input` into test and support files. Planning again with scenarios in
 * `input.exclude` renders the same files without them: the acceptance chain relies on it to drop what
 * failed a check or a run, whichever generator wrote the files.
 */
export interface Generator {
  readonly name: 'template' | 'claude';
  plan(input: GenerationInput): GenerationPlan | Promise<GenerationPlan>;
}

/** How tests are written for one runner: its imports, suites, hooks and assertions. */
export interface Dialect {
  runner: TestFramework;
  /** Import lines of the runner's test API (none where the runner provides globals). */
  imports(): string[];
  /** `describe('…', () => {` */
  suite(title: string): string;
  /** `it('…', async () => {` */
  test(title: string): string;
  /**
   * The opening and closing lines of a hook run once around the file's tests, `timeoutMs` (code, such as
   * `60_000`) when it may outlast the runner's default; `indent` is that of the hook's own lines.
   */
  hook(kind: 'before' | 'after', indent: string, timeoutMs?: string): { open: string[]; close: string };
  /** One check as a statement. `typescript`: the file is TypeScript (casts where the assertion needs types). */
  check(check: Check, typescript: boolean): string;
  /** Helpers of `_support/data` its checks call (`fieldsOf` for subset comparisons). */
  supportHelpers?: readonly 'fieldsOf'[];
}

/** What `_support/app` needs to know about the app and how it holds its connections. */
export interface HarnessContext {
  typescript: boolean;
  /** The files are CommonJS once compiled or loaded (`require`, `__filename`), as the repository's are. */
  commonJs: boolean;
  importExt: string;
  /** From `_support/` to the repository root, with a trailing slash. */
  toRoot: string;
  app: AppEntry;
  /** The HTTP points, for harnesses that route requests themselves (route handlers). */
  points: readonly HttpPoint[];
}

/**
 * How one framework's app is built, started and asked in tests: the `startApp` of `_support/app`,
 * which hands back a `RunningApp` (`request(method, path, options)`, `close()`) whatever the framework.
 */
export interface Harness {
  framework: string;
  /** Import lines the harness's code needs (after the type-only ones). */
  imports(ctx: HarnessContext): { types: string[]; values: string[] };
  /** Fields of the `RunningApp` interface besides `request` and `close`: `baseUrl: string;`. */
  fields(ctx: HarnessContext): string[];
  /** The exported `startApp(env)` function, ending the app's connections through `endConnections()` on close. */
  startApp(ctx: HarnessContext): string;
  /** Why tests started by this harness cannot reach a point (a kind of route it does not serve), if so. */
  untestable?(point: HttpPoint): string | undefined;
}

/**
 * Every input and output of the action, in one place. `action.yml`, the CLI flags and the README
 * are checked against this list by the test suite, so they cannot drift apart.
 */

export interface InputSpec {
  name: string;
  description: string;
  default: string;
  /** Values accepted, for enumerated inputs. */
  choices?: readonly string[];
  /** Only the action reads it (tokens and GitHub-facing switches have no CLI flag). */
  actionOnly?: boolean;
  secret?: boolean;
}

export const MODES = ['audit', 'generate', 'verify', 'merge'] as const;
export const GENERATORS = ['auto', 'template', 'claude'] as const;
export const SERVICE_SOURCES = ['auto', 'env', 'testcontainers', 'embedded', 'none'] as const;
export const BOOLEAN_CHOICES = ['true', 'false'] as const;

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'mode',
    description:
      'What to do: `audit` (find integration points and report coverage; writes no test files), `generate` (write tests for uncovered points and keep only those that pass every run), `verify` (run the existing integration tests `flake-runs` times and name flaky ones), `merge` (combine the JSON reports of shards; not available yet).',
    default: 'generate',
    choices: MODES,
  },
  {
    name: 'working-directory',
    description: 'The service to analyse, relative to the workspace.',
    default: '.',
  },
  {
    name: 'include',
    description: 'Comma-separated globs of source files to analyse (default: every JavaScript/TypeScript file).',
    default: '',
  },
  {
    name: 'exclude',
    description: 'Comma-separated globs to leave out, on top of `.gitignore`, `node_modules` and build output.',
    default: '',
  },
  {
    name: 'test-dir',
    description: 'Where generated tests are written, relative to `working-directory`. Must stay inside it.',
    default: 'test/integration/itw',
  },
  {
    name: 'flake-runs',
    description:
      'How many consecutive runs a test must pass to be kept (1–100). Each run is a fresh process with a shuffled, recorded seed.',
    default: '3',
  },
  {
    name: 'run-timeout',
    description:
      'Seconds a test run may go without progress (no test file started or ended, no test finished) before it is killed with its whole process tree; the file that was running is named and left out of later runs. `0` means the default, 60.',
    default: '0',
  },
  {
    name: 'generator',
    description:
      '`template` (deterministic, no network), `claude` (needs `anthropic-api-key`; not available yet), or `auto` (Claude when a key is given, templates otherwise; templates for now).',
    default: 'auto',
    choices: GENERATORS,
  },
  {
    name: 'anthropic-api-key',
    description: 'Anthropic API key for the Claude generator. Registered as a secret and never passed to test processes.',
    default: '',
    secret: true,
  },
  {
    name: 'model',
    description: 'Claude model used by the Claude generator.',
    default: 'claude-sonnet-4-5',
  },
  {
    name: 'max-llm-calls',
    description: 'Upper bound on Claude API calls in one run (0–1000).',
    default: '50',
  },
  {
    name: 'services',
    description:
      'Where backing services come from: `env` (URLs such as `DATABASE_URL` from the environment), `testcontainers` (needs Docker), `embedded` (in-process PostgreSQL, no Docker), `none`, or `auto` (env, then Testcontainers, then embedded).',
    default: 'auto',
    choices: SERVICE_SOURCES,
  },
  {
    name: 'allowed-hosts',
    description:
      'Comma-separated host names, besides loopback, that service URLs may point at (for example the names of `services:` containers).',
    default: '',
  },
  {
    name: 'allowed-databases',
    description:
      'Comma-separated database names, besides those containing `test` or `dev` and the maintenance databases (`postgres`, `template1`, `mysql`), that a service URL may open. itw connects to that database to create and drop its test databases; any other name is refused as possibly real data.',
    default: '',
  },
  {
    name: 'min-coverage',
    description:
      'Fail the step when integration-point coverage (a percentage from 0 to 100, decimals allowed: `87.5`) is below this. `0` never fails.',
    default: '0',
  },
  {
    name: 'fail-on-flaky',
    description: 'Fail the step when any test is flaky.',
    default: 'false',
    choices: BOOLEAN_CHOICES,
  },
  {
    name: 'github-token',
    description: 'Token for the PR comment and check runs.',
    default: '${{ github.token }}',
    actionOnly: true,
    secret: true,
  },
  {
    name: 'comment',
    description: 'Post (and keep up to date) one PR comment with the results. Not available yet: the job summary carries them.',
    default: 'true',
    choices: BOOLEAN_CHOICES,
    actionOnly: true,
  },
  {
    name: 'annotations',
    description: 'Annotate failing and flaky tests and uncovered points.',
    default: 'true',
    choices: BOOLEAN_CHOICES,
    actionOnly: true,
  },
  {
    name: 'summary',
    description: 'Write the job summary.',
    default: 'true',
    choices: BOOLEAN_CHOICES,
    actionOnly: true,
  },
  {
    name: 'junit-path',
    description: 'Where the JUnit XML report is written, relative to `working-directory`.',
    default: 'itw-report/junit.xml',
  },
  {
    name: 'report-path',
    description: 'Where the JSON report is written, relative to `working-directory`.',
    default: 'itw-report/report.json',
  },
  {
    name: 'shard',
    description: 'Run one shard of the points, as `index/total` (for example `2/4`). Empty runs everything. Not available yet.',
    default: '',
  },
  {
    name: 'cache',
    description: 'Reuse generated tests for unchanged points between runs.',
    default: 'true',
    choices: BOOLEAN_CHOICES,
  },
];

export interface OutputSpec {
  name: string;
  description: string;
}

export const OUTPUTS: readonly OutputSpec[] = [
  { name: 'points', description: 'Integration points found.' },
  { name: 'covered', description: 'Integration points covered by tests (existing or generated and kept).' },
  { name: 'coverage', description: 'Covered share of integration points, in percent (one decimal).' },
  { name: 'tests-written', description: 'Generated tests kept (passed every run).' },
  { name: 'error-scenarios', description: 'Kept tests that check an error, edge or failure scenario.' },
  { name: 'flaky', description: 'Tests that passed some runs and failed others.' },
  { name: 'failed', description: 'Tests that failed every run.' },
  { name: 'junit-path', description: 'Absolute path of the JUnit XML report.' },
  { name: 'report-path', description: 'Absolute path of the JSON report.' },
];

export type InputName = (typeof INPUTS)[number]['name'];

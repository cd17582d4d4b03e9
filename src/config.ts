import path from 'node:path';
import { INPUTS, MODES, GENERATORS, SERVICE_SOURCES, type InputSpec } from './inputs.js';
import type { Mode } from './model.js';
import { resolveInsideReal, UnsafePathError } from './safety/paths.js';

export type Generator = (typeof GENERATORS)[number];
export type ServiceSource = (typeof SERVICE_SOURCES)[number];

export interface Shard {
  index: number;
  total: number;
}

export interface Config {
  mode: Mode;
  /** Absolute path of the service under analysis. */
  root: string;
  include: string[];
  exclude: string[];
  /** Absolute; always inside `root`. */
  testDir: string;
  flakeRuns: number;
  /** Seconds; 0 = derived from the first clean run. */
  runTimeout: number;
  generator: Generator;
  anthropicApiKey: string;
  model: string;
  maxLlmCalls: number;
  services: ServiceSource;
  allowedHosts: string[];
  /** Database names a service URL may open besides test/dev and maintenance ones. */
  allowedDatabases: string[];
  minCoverage: number;
  failOnFlaky: boolean;
  junitPath: string;
  reportPath: string;
  shard?: Shard;
  cache: boolean;
}

/** A bad input value: names the input, the value and what is allowed. */
export class ConfigError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
}

export type RawInputs = Partial<Record<string, string>>;

const spec = (name: string): InputSpec => {
  const found = INPUTS.find((i) => i.name === name);
  if (!found) throw new Error(`unknown input ${name}`);
  return found;
};

function raw(inputs: RawInputs, name: string): string {
  const value = inputs[name]?.trim();
  return value === undefined || value === '' ? spec(name).default : value;
}

function choice<T extends string>(inputs: RawInputs, name: string, allowed: readonly T[]): T {
  const value = raw(inputs, name);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `Input "${name}" is "${value}"; allowed: ${allowed.join(', ')}.`);
  }
  return value as T;
}

function integer(inputs: RawInputs, name: string, min: number, max: number): number {
  const value = raw(inputs, name);
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(name, `Input "${name}" is "${value}"; give a whole number from ${min} to ${max}.`);
  }
  return Number(value);
}

/** A percentage with an optional decimal part (coverage is reported with one decimal); no sign, no exponent. */
function percent(inputs: RawInputs, name: string): number {
  const value = raw(inputs, name);
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 100) {
    throw new ConfigError(name, `Input "${name}" is "${value}"; give a percentage from 0 to 100, such as 80 or 87.5.`);
  }
  return Number(value);
}

function bool(inputs: RawInputs, name: string): boolean {
  return choice(inputs, name, ['true', 'false'] as const) === 'true';
}

function list(inputs: RawInputs, name: string): string[] {
  return raw(inputs, name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function insidePath(inputs: RawInputs, name: string, root: string): string {
  const value = raw(inputs, name);
  try {
    // Checked on the real file system too: a symbolic link must not carry writes out of `root`.
    return resolveInsideReal(root, value, `Input "${name}"`);
  } catch (error) {
    if (error instanceof UnsafePathError) throw new ConfigError(name, error.message);
    throw error;
  }
}

function shard(inputs: RawInputs): Shard | undefined {
  const value = raw(inputs, 'shard');
  if (value === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || total < 1 || index > total) {
    throw new ConfigError('shard', `Input "shard" is "${value}"; give "index/total" with 1 ≤ index ≤ total, for example "2/4".`);
  }
  return { index, total };
}

const HOST = /^[a-zA-Z0-9.-]+$/;
const DATABASE = /^[A-Za-z0-9_$.-]+$/;

/** Builds the one Config both entry points share. `workspace` anchors `working-directory`. */
export function parseConfig(inputs: RawInputs, workspace: string): Config {
  const known = new Set(INPUTS.map((i) => i.name));
  for (const name of Object.keys(inputs)) {
    if (!known.has(name)) throw new ConfigError(name, `Unknown input "${name}"; known inputs: ${[...known].join(', ')}.`);
  }
  const root = insidePath(inputs, 'working-directory', path.resolve(workspace));
  const generator = choice(inputs, 'generator', GENERATORS);
  const anthropicApiKey = raw(inputs, 'anthropic-api-key');
  if (generator === 'claude' && anthropicApiKey === '') {
    throw new ConfigError(
      'anthropic-api-key',
      'Input "generator" is "claude" but "anthropic-api-key" is empty; give a key or use generator: template.',
    );
  }
  const allowedHosts = list(inputs, 'allowed-hosts');
  const badHost = allowedHosts.find((h) => !HOST.test(h));
  if (badHost) throw new ConfigError('allowed-hosts', `Input "allowed-hosts" has "${badHost}"; give bare host names such as "postgres".`);
  const allowedDatabases = list(inputs, 'allowed-databases');
  const badDatabase = allowedDatabases.find((d) => !DATABASE.test(d));
  if (badDatabase)
    throw new ConfigError(
      'allowed-databases',
      `Input "allowed-databases" has "${badDatabase}"; give bare database names such as "scratch" (letters, digits, _ $ . -).`,
    );
  const testDir = insidePath(inputs, 'test-dir', root);
  if (testDir === root)
    throw new ConfigError(
      'test-dir',
      'Input "test-dir" is the service root itself; give a folder inside it, such as test/integration/itw.',
    );
  return {
    mode: choice(inputs, 'mode', MODES),
    root,
    include: list(inputs, 'include'),
    exclude: list(inputs, 'exclude'),
    testDir,
    flakeRuns: integer(inputs, 'flake-runs', 1, 100),
    runTimeout: integer(inputs, 'run-timeout', 0, 86_400),
    generator,
    anthropicApiKey,
    model: raw(inputs, 'model'),
    maxLlmCalls: integer(inputs, 'max-llm-calls', 0, 1000),
    services: choice(inputs, 'services', SERVICE_SOURCES),
    allowedHosts,
    allowedDatabases,
    minCoverage: percent(inputs, 'min-coverage'),
    failOnFlaky: bool(inputs, 'fail-on-flaky'),
    junitPath: insidePath(inputs, 'junit-path', root),
    reportPath: insidePath(inputs, 'report-path', root),
    shard: shard(inputs),
    cache: bool(inputs, 'cache'),
  };
}

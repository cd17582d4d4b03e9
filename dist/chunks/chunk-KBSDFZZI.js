import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  UnsafePathError,
  resolveInsideReal
} from "./chunk-JBQHX4XP.js";

// src/inputs.ts
var MODES = ["audit", "generate", "verify", "merge"];
var GENERATORS = ["auto", "template", "claude"];
var SERVICE_SOURCES = ["auto", "env", "testcontainers", "embedded", "none"];
var BOOLEAN_CHOICES = ["true", "false"];
var INPUTS = [
  {
    name: "mode",
    description: "What to do: `audit` (find integration points and report coverage; writes no test files), `generate` (write tests for uncovered points and keep only those that pass every run), `verify` (run the existing integration tests `flake-runs` times and name flaky ones), `merge` (combine the JSON reports of shards; not available yet).",
    default: "generate",
    choices: MODES
  },
  {
    name: "working-directory",
    description: "The service to analyse, relative to the workspace.",
    default: "."
  },
  {
    name: "include",
    description: "Comma-separated globs of source files to analyse (default: every JavaScript/TypeScript file).",
    default: ""
  },
  {
    name: "exclude",
    description: "Comma-separated globs to leave out, on top of `.gitignore`, `node_modules` and build output.",
    default: ""
  },
  {
    name: "test-dir",
    description: "Where generated tests are written, relative to `working-directory`. Must stay inside it.",
    default: "test/integration/itw"
  },
  {
    name: "flake-runs",
    description: "How many consecutive runs a test must pass to be kept (1\u2013100). Each run is a fresh process with a shuffled, recorded seed.",
    default: "3"
  },
  {
    name: "run-timeout",
    description: "Seconds a test run may go without progress (no test file started or ended, no test finished) before it is killed with its whole process tree; the file that was running is named and left out of later runs. `0` means the default, 60.",
    default: "0"
  },
  {
    name: "generator",
    description: "`template` (deterministic, no network), `claude` (needs `anthropic-api-key`; not available yet), or `auto` (Claude when a key is given, templates otherwise; templates for now).",
    default: "auto",
    choices: GENERATORS
  },
  {
    name: "anthropic-api-key",
    description: "Anthropic API key for the Claude generator. Registered as a secret and never passed to test processes.",
    default: "",
    secret: true
  },
  {
    name: "model",
    description: "Claude model used by the Claude generator.",
    default: "claude-sonnet-4-5"
  },
  {
    name: "max-llm-calls",
    description: "Upper bound on Claude API calls in one run (0\u20131000).",
    default: "50"
  },
  {
    name: "services",
    description: "Where backing services come from: `env` (URLs such as `DATABASE_URL` from the environment), `testcontainers` (needs Docker), `embedded` (in-process PostgreSQL, no Docker), `none`, or `auto` (env, then Testcontainers, then embedded).",
    default: "auto",
    choices: SERVICE_SOURCES
  },
  {
    name: "allowed-hosts",
    description: "Comma-separated host names, besides loopback, that service URLs may point at (for example the names of `services:` containers).",
    default: ""
  },
  {
    name: "allowed-databases",
    description: "Comma-separated database names, besides those containing `test` or `dev` and the maintenance databases (`postgres`, `template1`, `mysql`), that a service URL may open. itw connects to that database to create and drop its test databases; any other name is refused as possibly real data.",
    default: ""
  },
  {
    name: "min-coverage",
    description: "Fail the step when integration-point coverage (a percentage from 0 to 100, decimals allowed: `87.5`) is below this. `0` never fails.",
    default: "0"
  },
  {
    name: "fail-on-flaky",
    description: "Fail the step when any test is flaky.",
    default: "false",
    choices: BOOLEAN_CHOICES
  },
  {
    name: "github-token",
    description: "Token for the PR comment and check runs.",
    default: "${{ github.token }}",
    actionOnly: true,
    secret: true
  },
  {
    name: "comment",
    description: "Post (and keep up to date) one PR comment with the results. Not available yet: the job summary carries them.",
    default: "true",
    choices: BOOLEAN_CHOICES,
    actionOnly: true
  },
  {
    name: "annotations",
    description: "Annotate failing and flaky tests and uncovered points.",
    default: "true",
    choices: BOOLEAN_CHOICES,
    actionOnly: true
  },
  {
    name: "summary",
    description: "Write the job summary.",
    default: "true",
    choices: BOOLEAN_CHOICES,
    actionOnly: true
  },
  {
    name: "junit-path",
    description: "Where the JUnit XML report is written, relative to `working-directory`.",
    default: "itw-report/junit.xml"
  },
  {
    name: "report-path",
    description: "Where the JSON report is written, relative to `working-directory`.",
    default: "itw-report/report.json"
  },
  {
    name: "shard",
    description: "Run one shard of the points, as `index/total` (for example `2/4`). Empty runs everything. Not available yet.",
    default: ""
  },
  {
    name: "cache",
    description: "Reuse generated tests for unchanged points between runs.",
    default: "true",
    choices: BOOLEAN_CHOICES
  }
];

// src/config.ts
import path from "node:path";
var ConfigError = class extends Error {
  constructor(input, message) {
    super(message);
    this.input = input;
  }
  input;
};
var spec = (name) => {
  const found = INPUTS.find((i) => i.name === name);
  if (!found) throw new Error(`unknown input ${name}`);
  return found;
};
function raw(inputs, name) {
  const value = inputs[name]?.trim();
  return value === void 0 || value === "" ? spec(name).default : value;
}
function choice(inputs, name, allowed) {
  const value = raw(inputs, name);
  if (!allowed.includes(value)) {
    throw new ConfigError(name, `Input "${name}" is "${value}"; allowed: ${allowed.join(", ")}.`);
  }
  return value;
}
function integer(inputs, name, min, max) {
  const value = raw(inputs, name);
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(name, `Input "${name}" is "${value}"; give a whole number from ${min} to ${max}.`);
  }
  return Number(value);
}
function percent(inputs, name) {
  const value = raw(inputs, name);
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 100) {
    throw new ConfigError(name, `Input "${name}" is "${value}"; give a percentage from 0 to 100, such as 80 or 87.5.`);
  }
  return Number(value);
}
function bool(inputs, name) {
  return choice(inputs, name, ["true", "false"]) === "true";
}
function list(inputs, name) {
  return raw(inputs, name).split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}
function insidePath(inputs, name, root) {
  const value = raw(inputs, name);
  try {
    return resolveInsideReal(root, value, `Input "${name}"`);
  } catch (error) {
    if (error instanceof UnsafePathError) throw new ConfigError(name, error.message);
    throw error;
  }
}
function shard(inputs) {
  const value = raw(inputs, "shard");
  if (value === "") return void 0;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || total < 1 || index > total) {
    throw new ConfigError("shard", `Input "shard" is "${value}"; give "index/total" with 1 \u2264 index \u2264 total, for example "2/4".`);
  }
  return { index, total };
}
var HOST = /^[a-zA-Z0-9.-]+$/;
var DATABASE = /^[A-Za-z0-9_$.-]+$/;
function parseConfig(inputs, workspace) {
  const known = new Set(INPUTS.map((i) => i.name));
  for (const name of Object.keys(inputs)) {
    if (!known.has(name)) throw new ConfigError(name, `Unknown input "${name}"; known inputs: ${[...known].join(", ")}.`);
  }
  const root = insidePath(inputs, "working-directory", path.resolve(workspace));
  const generator = choice(inputs, "generator", GENERATORS);
  const anthropicApiKey = raw(inputs, "anthropic-api-key");
  if (generator === "claude" && anthropicApiKey === "") {
    throw new ConfigError(
      "anthropic-api-key",
      'Input "generator" is "claude" but "anthropic-api-key" is empty; give a key or use generator: template.'
    );
  }
  const allowedHosts = list(inputs, "allowed-hosts");
  const badHost = allowedHosts.find((h) => !HOST.test(h));
  if (badHost) throw new ConfigError("allowed-hosts", `Input "allowed-hosts" has "${badHost}"; give bare host names such as "postgres".`);
  const allowedDatabases = list(inputs, "allowed-databases");
  const badDatabase = allowedDatabases.find((d) => !DATABASE.test(d));
  if (badDatabase)
    throw new ConfigError(
      "allowed-databases",
      `Input "allowed-databases" has "${badDatabase}"; give bare database names such as "scratch" (letters, digits, _ $ . -).`
    );
  const testDir = insidePath(inputs, "test-dir", root);
  if (testDir === root)
    throw new ConfigError(
      "test-dir",
      'Input "test-dir" is the service root itself; give a folder inside it, such as test/integration/itw.'
    );
  return {
    mode: choice(inputs, "mode", MODES),
    root,
    include: list(inputs, "include"),
    exclude: list(inputs, "exclude"),
    testDir,
    flakeRuns: integer(inputs, "flake-runs", 1, 100),
    runTimeout: integer(inputs, "run-timeout", 0, 86400),
    generator,
    anthropicApiKey,
    model: raw(inputs, "model"),
    maxLlmCalls: integer(inputs, "max-llm-calls", 0, 1e3),
    services: choice(inputs, "services", SERVICE_SOURCES),
    allowedHosts,
    allowedDatabases,
    minCoverage: percent(inputs, "min-coverage"),
    failOnFlaky: bool(inputs, "fail-on-flaky"),
    junitPath: insidePath(inputs, "junit-path", root),
    reportPath: insidePath(inputs, "report-path", root),
    shard: shard(inputs),
    cache: bool(inputs, "cache")
  };
}

export {
  INPUTS,
  ConfigError,
  parseConfig
};

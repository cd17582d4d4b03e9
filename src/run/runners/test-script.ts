import fs from 'node:fs';
import path from 'node:path';
import parse from 'shell-quote/parse.js';

export type ScriptRunner = 'jest' | 'vitest' | 'mocha' | 'node:test';

/** How a repository's `test` script invokes its test runner, as far as a run of chosen files needs it. */
export interface TestInvocation {
  runner: ScriptRunner | undefined;
  /** Variables the script sets for the runner (`VAR=value jest`, `cross-env VAR=value`, `export VAR=value &&`); NODE_OPTIONS goes to `nodeArgs`. */
  env: Record<string, string>;
  /**
   * Options for the Node process that runs the runner: from NODE_OPTIONS, from `node <options> <runner bin>`
   * (`--experimental-vm-modules`, `--import tsx`, `--require ts-node/register`, `--loader ts-node/esm`),
   * `--import tsx` for `tsx`, and, for `node --test`, every option that is not a test-runner option.
   */
  nodeArgs: string[];
  /**
   * The runner's own options worth keeping (`--config x`, `--require x`, `--setupFiles x`, `--test-timeout=x`
   * for node:test), without files, globs, filters, watch, coverage, reporters and what the adapter sets itself.
   */
  runnerArgs: string[];
  /** The package.json script the runner was found in (the `test` script, or the script it runs). */
  script: string;
}

/** The `test` script of the repository at `cwd` (or another script), read from its package.json. */
export function readTestScript(cwd: string, scriptName = 'test'): TestInvocation {
  let scripts: Record<string, unknown> = {};
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown> };
    scripts = manifest.scripts ?? {};
  } catch {
    // No package.json (or an unreadable one): no script to read.
  }
  return testInvocation(scripts, scriptName);
}

/** How the script `scriptName` of these package.json scripts invokes a test runner. */
export function testInvocation(scripts: Record<string, unknown>, scriptName = 'test'): TestInvocation {
  const text = typeof scripts[scriptName] === 'string' ? scripts[scriptName] : '';
  return invocationOf(text, scripts, new Set([scriptName])) ?? none(text);
}

function none(script: string): TestInvocation {
  return { runner: undefined, env: {}, nodeArgs: [], runnerArgs: [], script };
}

type Word = string;

/** Scripts run through `npm run x` (and yarn, pnpm, bun) are followed this deep. */
const MAX_SCRIPT_DEPTH = 3;

function invocationOf(script: string, scripts: Record<string, unknown>, seen: Set<string>): TestInvocation | undefined {
  const exported: Record<string, string> = {};
  for (const words of segments(script)) {
    const found = commandOf(words, scripts, seen);
    if (found === 'export') {
      Object.assign(exported, assignments(words.slice(1)));
      continue;
    }
    if (!found?.runner) continue;
    const env = { ...exported, ...found.env };
    const nodeOptions = env.NODE_OPTIONS;
    delete env.NODE_OPTIONS;
    // A script followed through `npm run` keeps the script it was found in.
    const inner = found.script !== undefined;
    return {
      runner: found.runner,
      env,
      nodeArgs: [...(nodeOptions ? nodeOptionsArgs(nodeOptions) : []), ...found.nodeArgs],
      runnerArgs: found.runnerArgs,
      script: inner ? found.script! : script,
    };
  }
  return undefined;
}

/** The simple commands of a script: words split at `&&`, `||`, `;`, `|`, `&`, without redirections and comments. */
function segments(script: string): Word[][] {
  const entries = parse(script, (key) => `${UNSET}${key}${UNSET_END}`);
  const out: Word[][] = [[]];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (typeof entry === 'string') out[out.length - 1]!.push(entry);
    else if ('comment' in entry) break;
    else if (entry.op === 'glob') out[out.length - 1]!.push(entry.pattern);
    else if (['&&', '||', ';', '|', '|&', '&', ';;'].includes(entry.op)) out.push([]);
    else if (['>', '>>', '<', '>&', '&>', '&>>', '<&', '>|', '<>', '<<<'].includes(entry.op)) i++; // its target
  }
  return out.filter((words) => words.length > 0);
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
/** Marks a variable the script reads (`$DATABASE_URL`): its value is the run's, unknown here, so what holds one is left out. */
const UNSET = '\uE000';
const UNSET_END = '\uE001';
const REFERENCE = /\uE000[^\uE001]*\uE001/g;

/**
 * The variables of `VAR=value` words. A value made from another variable (`DATABASE_URL=$TEST_DATABASE_URL`)
 * is left out: only the run's environment knows it. NODE_OPTIONS keeps its own options (`"$NODE_OPTIONS --x"`).
 */
function assignments(words: readonly Word[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const word of words) {
    const match = ASSIGNMENT.exec(word);
    if (!match) continue;
    const [, name, value] = match as unknown as [string, string, string];
    if (!value.includes(UNSET)) env[name] = value;
    else if (name === 'NODE_OPTIONS') env[name] = value.replace(REFERENCE, '');
  }
  return env;
}

interface Found {
  runner: ScriptRunner | undefined;
  env: Record<string, string>;
  nodeArgs: string[];
  runnerArgs: string[];
  /** Set when the runner was found in another script this one runs. */
  script?: string;
}

/** Commands that run the command after their own options and `VAR=value` words. */
const WRAPPERS = new Set(['cross-env', 'env', 'c8', 'nyc', 'dotenv', 'dotenv-cli', 'with-env', 'time', 'nice']);
/** Options of those wrappers that take a value, so the value is not taken for the command. */
const WRAPPER_VALUES = new Set([
  '-e',
  '-c',
  '-v',
  '--reporter',
  '-r',
  '--exclude',
  '--include',
  '--report-dir',
  '--reports-dir',
  '--temp-directory',
  '--src',
  '-n',
]);
const PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);
const PACKAGE_RUNNERS = new Set(['npx', 'pnpx', 'bunx']);

function commandOf(input: readonly Word[], scripts: Record<string, unknown>, seen: Set<string>): Found | 'export' | undefined {
  const env: Record<string, string> = {};
  let words = [...input];
  const takeAssignments = (): void => {
    while (words.length && ASSIGNMENT.test(words[0]!)) Object.assign(env, assignments([words.shift()!]));
  };
  takeAssignments();
  for (;;) {
    const head = words[0];
    if (head === undefined) return undefined;
    const name = commandName(head);
    if (name === 'export') return 'export';
    if (name === 'cross-env-shell') {
      words.shift();
      takeAssignments();
      const inner = invocationOf(words.join(' '), scripts, seen);
      return inner && { runner: inner.runner, env: { ...env, ...inner.env }, nodeArgs: inner.nodeArgs, runnerArgs: inner.runnerArgs };
    }
    if (WRAPPERS.has(name)) {
      words.shift();
      takeAssignments();
      words = afterOptions(words, WRAPPER_VALUES);
      takeAssignments();
      continue;
    }
    if (PACKAGE_RUNNERS.has(name)) {
      words = afterOptions(words.slice(1), new Set(['-p', '--package', '-c', '--call']));
      continue;
    }
    if (PACKAGE_MANAGERS.has(name)) {
      const [sub, ...rest] = afterOptions(
        words.slice(1),
        new Set(['-w', '--workspace', '--filter', '-F', '--prefix', '-C', '--dir', '--cwd']),
      );
      if (sub === undefined) return undefined;
      if (sub === 'exec' || sub === 'x' || sub === 'dlx') {
        words = afterOptions(rest, new Set(['-p', '--package', '-c', '--call']));
        continue;
      }
      const target = sub === 'run' || sub === 'run-script' ? afterOptions(rest, new Set())[0] : sub === 't' || sub === 'tst' ? 'test' : sub;
      const extra = sub === 'run' || sub === 'run-script' ? afterOptions(rest, new Set()).slice(1) : rest;
      const body = target === undefined ? undefined : scripts[target];
      if (target !== undefined && typeof body === 'string') {
        if (seen.has(target) || seen.size > MAX_SCRIPT_DEPTH) return undefined;
        const inner = invocationOf(body, scripts, new Set([...seen, target]));
        if (!inner?.runner) return undefined;
        const more = runnerOptions(
          inner.runner,
          extra.filter((w) => w !== '--'),
        );
        return {
          ...inner,
          env: { ...env, ...inner.env },
          nodeArgs: [...inner.nodeArgs, ...more.nodeArgs],
          runnerArgs: [...inner.runnerArgs, ...more.runnerArgs],
          script: inner.script,
        };
      }
      // `yarn jest`, `pnpm jest`: the package's command itself.
      if (name === 'npm' || sub === 'run' || sub === 'run-script') return undefined;
      words = [sub, ...rest];
      continue;
    }
    if (name === 'node' || name === 'tsx') return nodeCommand(name, words.slice(1), env);
    const runner = runnerOfBin(head);
    if (runner) {
      const { runnerArgs, nodeArgs } = runnerOptions(runner, words.slice(1));
      return { runner, env, nodeArgs, runnerArgs };
    }
    return undefined;
  }
}

/** The words after a command's leading options (and a `--` that ends them). */
function afterOptions(words: readonly Word[], valued: ReadonlySet<string>): Word[] {
  let i = 0;
  while (i < words.length && words[i]!.startsWith('-')) {
    const word = words[i]!;
    i++;
    if (word === '--') break;
    if (valued.has(word)) i++;
  }
  return words.slice(i);
}

/** `./node_modules/.bin/jest` → `jest`. */
function commandName(word: Word): string {
  return word.replace(/\\/g, '/').split('/').pop()!;
}

/** The runner a command or a script path starts: `jest`, `node_modules/jest/bin/jest.js`, `node_modules/.bin/mocha`. */
function runnerOfBin(word: Word): ScriptRunner | undefined {
  const normal = word.replace(/\\/g, '/');
  const base = commandName(normal).replace(/\.(c|m)?js$/, '');
  if (base === 'jest' || /(^|\/)node_modules\/jest(-cli)?\/bin\//.test(normal)) return 'jest';
  if (base === 'mocha' || base === '_mocha') return 'mocha';
  if (base === 'vitest') return 'vitest';
  return undefined;
}

interface OptionTable {
  /** Options that take the next word as their value (unless written `--x=value`). */
  valued: ReadonlySet<string>;
  /** Options to leave out, with their value. */
  dropped: ReadonlySet<string>;
  droppedPrefixes?: readonly string[];
}

const JEST: OptionTable = {
  valued: new Set(
    [
      'cacheDirectory changedSince collectCoverageFrom config c coverageDirectory coverageThreshold filter globalSetup globalTeardown',
      'globals haste maxWorkers w moduleNameMapper outputFile preset prettierPath resolver rootDir runner shard testEnvironment env',
      'testEnvironmentOptions testFailureExitCode testNamePattern t testResultsProcessor testRunner testSequencer transform',
      'coveragePathIgnorePatterns coverageReporters ignoreProjects moduleDirectories moduleFileExtensions modulePathIgnorePatterns',
      'modulePaths projects reporters roots selectProjects setupFiles setupFilesAfterEnv snapshotSerializers testMatch',
      'testPathIgnorePatterns testPathPatterns testPathPattern testRegex transformIgnorePatterns unmockedModulePathPatterns',
      'watchPathIgnorePatterns coverageProvider notifyMode maxConcurrency openHandlesTimeout seed testTimeout workerGracefulExitTimeout',
    ]
      .join(' ')
      .split(' ')
      .map(flag),
  ),
  dropped: new Set(
    [
      'watch watchAll coverage collectCoverage collectCoverageFrom coverageDirectory coverageProvider coverageReporters',
      'coverageThreshold coveragePathIgnorePatterns json outputFile reporters testLocationInResults randomize seed showSeed',
      'runTestsByPath ci watchman passWithNoTests color colors testNamePattern t testPathPatterns testPathPattern findRelatedTests',
      'onlyChanged o onlyFailures f changedSince lastCommit changedFilesWithAncestor listTests clearCache showConfig bail b',
      'updateSnapshot u testFailureExitCode filter shard debug notify notifyMode watchPathIgnorePatterns',
    ]
      .join(' ')
      .split(' ')
      .map(flag),
  ),
};

const MOCHA: OptionTable = {
  valued: new Set(
    'extension file global globals ignore exclude node-option n reporter-option reporter-options O require r spec watch-files watch-ignore retries jobs j config fgrep f grep g package reporter R ui u slow s timeout t timeouts'
      .split(' ')
      .map(flag),
  ),
  dropped: new Set(
    'watch w watch-files watch-ignore reporter R reporter-option reporter-options O grep g fgrep f invert i spec bail b color c colors no-colors C no-color dry-run list-interfaces list-reporters ignore exclude'
      .split(' ')
      .map(flag),
  ),
};

const VITEST: OptionTable = {
  valued: new Set(
    'config c root r dir project environment pool reporter outputFile testNamePattern t mode shard changed retry maxWorkers minWorkers testTimeout hookTimeout teardownTimeout setupFiles globalSetup exclude include workspace inspect inspect-brk inspectBrk silent sequence.seed'
      .split(' ')
      .map(flag),
  ),
  dropped: new Set(
    'watch w run reporter outputFile testNamePattern t changed related update u bail shard ui open api passWithNoTests color no-color silent'
      .split(' ')
      .map(flag),
  ),
  droppedPrefixes: ['--coverage', '--outputFile', '--sequence', '--reporter', '--browser', '--watch'],
};

/** Node options that take the next word as their value. */
const NODE_VALUED = new Set(
  [
    '-r --require --import --loader --experimental-loader -C --conditions --env-file --env-file-if-exists --input-type --title',
    '--disable-warning --watch-path --redirect-warnings --stack-size --max-old-space-size --inspect-port --unhandled-rejections',
    '--experimental-default-type --experimental-config-file --localstorage-file --openssl-config --icu-data-dir --diagnostic-dir',
    '--test-reporter --test-reporter-destination --test-name-pattern --test-skip-pattern --test-concurrency --test-timeout',
    '--test-shard --test-isolation --experimental-test-isolation --test-global-setup --test-coverage-include --test-coverage-exclude',
    '--test-coverage-branches --test-coverage-functions --test-coverage-lines --tsconfig',
  ]
    .join(' ')
    .split(' '),
);
/** Node options a run of chosen files leaves out: watching, debugging, filters, reporters and coverage. */
const NODE_DROPPED = new Set(
  [
    '--watch --watch-path --watch-preserve-output --inspect --inspect-brk --inspect-wait --inspect-port --test --test-only',
    '--test-reporter --test-reporter-destination --test-name-pattern --test-skip-pattern --test-shard --test-update-snapshots',
    '--experimental-test-coverage --test-coverage-include --test-coverage-exclude --test-coverage-branches',
    '--test-coverage-functions --test-coverage-lines',
  ]
    .join(' ')
    .split(' '),
);

function unknowable(word: Word): boolean {
  return word.includes(UNSET);
}

function flag(name: string): string {
  return name.length === 1 ? `-${name}` : `--${name}`;
}

/** `--config=x` → `--config`; `--no-color` stays. */
function optionName(word: Word): string {
  const eq = word.indexOf('=');
  return eq === -1 ? word : word.slice(0, eq);
}

/** The options to keep from a runner's arguments: positional words (files, globs, subcommands) are left out. */
function runnerOptions(runner: ScriptRunner, words: readonly Word[]): { runnerArgs: string[]; nodeArgs: string[] } {
  if (runner === 'node:test') return splitNodeOptions(words);
  const table = runner === 'jest' ? JEST : runner === 'mocha' ? MOCHA : VITEST;
  const runnerArgs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') break;
    if (!word.startsWith('-') || word === '-') continue;
    const name = optionName(word);
    const withValue = !word.includes('=') && table.valued.has(name) && i + 1 < words.length;
    const boolValue = !word.includes('=') && !table.valued.has(name) && /^(true|false)$/.test(words[i + 1] ?? '');
    const option = withValue || boolValue ? [word, words[++i]!] : [word];
    const base = name.replace(/^--no-/, '--');
    const dropped =
      table.dropped.has(name) ||
      table.dropped.has(base) ||
      (table.droppedPrefixes ?? []).some((p) => name === p || name.startsWith(`${p}.`));
    if (!dropped && !option.some(unknowable)) runnerArgs.push(...option);
  }
  return { runnerArgs, nodeArgs: [] };
}

/** Node's own options: test-runner options (`--test-*`) apart from the rest, dropped ones left out, positional words ignored. */
function splitNodeOptions(words: readonly Word[]): { runnerArgs: string[]; nodeArgs: string[] } {
  const runnerArgs: string[] = [];
  const nodeArgs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') break;
    if (!word.startsWith('-')) continue;
    const name = optionName(word);
    const option = !word.includes('=') && NODE_VALUED.has(name) && i + 1 < words.length ? [word, words[++i]!] : [word];
    if (NODE_DROPPED.has(name) || option.some(unknowable)) continue;
    if (/^--(experimental-)?test-/.test(name)) runnerArgs.push(...option);
    else nodeArgs.push(...option);
  }
  return { runnerArgs, nodeArgs };
}

/** The words of NODE_OPTIONS, as Node reads them (space-separated, double quotes group). */
function nodeOptionsArgs(value: string): string[] {
  return splitNodeOptions(parse(value).filter((w): w is string => typeof w === 'string')).nodeArgs;
}

/**
 * `node <options> <script> <args>` and `tsx <options> <script> <args>`: `node --test` is node:test,
 * a runner's bin as the script is that runner with the options before it for Node.
 */
function nodeCommand(name: 'node' | 'tsx', words: readonly Word[], env: Record<string, string>): Found | undefined {
  const before: Word[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') {
      i++;
      break;
    }
    if (!word.startsWith('-')) break;
    before.push(word);
    if (!word.includes('=') && NODE_VALUED.has(word) && i + 1 < words.length) before.push(words[++i]!);
  }
  // tsx's own option; tsx reads the same from its environment.
  const tsconfig = before.findIndex((w) => optionName(w) === '--tsconfig');
  if (name === 'tsx' && tsconfig !== -1) {
    const option = before[tsconfig]!;
    env = { ...env, TSX_TSCONFIG_PATH: option.includes('=') ? option.slice(option.indexOf('=') + 1) : before[tsconfig + 1]! };
    before.splice(tsconfig, option.includes('=') ? 1 : 2);
  }
  const viaTsx = name === 'tsx' ? ['--import', 'tsx'] : [];
  if (name === 'tsx' && words[0] === 'watch') return undefined;
  if (before.some((w) => w === '--test')) {
    const { runnerArgs, nodeArgs } = splitNodeOptions([...before, ...words.slice(i)]);
    return { runner: 'node:test', env, nodeArgs: [...viaTsx, ...nodeArgs], runnerArgs };
  }
  const script = words[i];
  const runner = script === undefined ? undefined : runnerOfBin(script);
  if (!runner) return undefined;
  const nodeArgs = [...viaTsx, ...splitNodeOptions(before).nodeArgs];
  return { runner, env, nodeArgs, runnerArgs: runnerOptions(runner, words.slice(i + 1)).runnerArgs };
}

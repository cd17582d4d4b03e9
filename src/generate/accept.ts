import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Diagnostic, GeneratedTest, RunSummary, TestOutcome } from '../model.js';
import { WHOLE_FILE } from '../run/flake.js';
import { toRepoPath } from '../safety/paths.js';
import { planFormatted } from './format.js';
import { ownership, withValidation } from './header.js';
import { toGeneratedTest } from './index.js';
import { excludeUnlinted } from './lint.js';
import { excludeUncompilable, nothingRan, recordCompileDrops } from './typecheck.js';
import type { GenerationInput, GenerationPlan, Generator, PlannedFile } from './types.js';
import type { SafeWriter } from './writer.js';

/** The runs of the generated tests, as the engine provides them (services, runner, N runs). */
export type RunGenerated = (tests: PlannedFile[], plan: GenerationPlan) => Promise<{ outcomes: TestOutcome[]; summary: RunSummary }>;

export interface AcceptOptions {
  generator: Generator;
  root: string;
  testDir: string;
  /** The generator's plan for `input`, formatted. */
  plan: GenerationPlan;
  input: GenerationInput;
  writer: SafeWriter;
  run: RunGenerated;
  log: (line: string) => void;
  timed: <T>(stage: string, work: () => Promise<T>) => Promise<T>;
}

export interface Accepted {
  generated: GeneratedTest[];
  outcomes: TestOutcome[];
  run?: RunSummary;
  diagnostics: Diagnostic[];
  /** Why a point whose every generated test was dropped got none, by point id. */
  gapReasons: Map<string, string>;
}

/**
 * The acceptance chain, for any generator: write → type-check (the repository's tsc) → lint (its ESLint)
 * → run N times → keep what passed N of N → re-render without the rest. Each step drops scenarios, never
 * whole plans, and every drop is recorded with its reason.
 */
export async function acceptGenerated(options: AcceptOptions): Promise<Accepted> {
  const { generator, root, testDir, writer, log, timed } = options;
  let { plan, input } = options;
  const diagnostics: Diagnostic[] = [];
  const gapReasons = new Map<string, string>();
  const states = new Map<string, GeneratedTest['state']>();
  for (const file of plan.files) states.set(file.file, await writer.write(file.file, file.text));
  // Type-checking is the first step of acceptance: scenarios that do not compile are left out before any run.
  const compiled = await timed('typecheck', () => excludeUncompilable({ root, generator, plan, input, writer, states, log }));
  ({ plan, input } = compiled);
  diagnostics.push(...compiled.diagnostics);
  // Then the repository's own lint, where it has a config: a kept file must pass its CI's lint too.
  const linted = await timed('lint', () => excludeUnlinted({ root, testDir, generator, plan, input, writer, states, log }));
  ({ plan, input } = linted);
  diagnostics.push(...linted.diagnostics);
  const refused = [...compiled.dropped, ...linted.dropped];
  if (!plan.files.some((f) => !f.support)) return { generated: [], outcomes: [], run: nothingRan(refused), diagnostics, gapReasons };
  const tests = plan.files.filter((f) => !f.support && states.get(f.file) !== 'kept');
  for (const f of plan.files.filter((x) => states.get(x.file) === 'kept'))
    diagnostics.push({ file: f.file, message: 'kept as it is: a person wrote or edited it, so itw does not overwrite it.' });
  log(
    `Wrote ${tests.length} test files (${tests.reduce((n, f) => n + f.scenarios.length, 0)} tests) under ${path.relative(root, testDir) || '.'}`,
  );
  const { outcomes, summary } = await options.run(tests, plan);
  const generated = await keepReliable(generator, tests, states, outcomes, summary, writer, input);
  // A point whose every generated test was dropped is a gap, for the reason its first one went.
  for (const d of summary.dropped) {
    const pointId = tests.find((f) => f.file === d.file)?.scenarios.find((s) => s.name === d.scenario)?.pointId;
    if (pointId && !gapReasons.has(pointId)) gapReasons.set(pointId, `its generated tests were dropped (${d.scenario}: ${d.reason})`);
  }
  recordCompileDrops(summary, refused, generated);
  return { generated, outcomes, run: summary, diagnostics, gapReasons };
}

/**
 * The rollback: a scenario stays only when it passed every run. Files are planned again without the
 * others (the generator renders the rest unchanged), a file left with no scenario is removed, and every kept file
 * carries its evidence (`itw-validated`), so that only validated files count as coverage later.
 */
export async function keepReliable(
  generator: Generator,
  tests: PlannedFile[],
  /** What the first write did to each file: `unchanged` when it was already on disk as generated. */
  states: ReadonlyMap<string, GeneratedTest['state']>,
  outcomes: TestOutcome[],
  summary: RunSummary,
  writer: SafeWriter,
  input: GenerationInput,
): Promise<GeneratedTest[]> {
  // Scenarios already left out (they did not compile) stay out of every re-render.
  const exclude = new Map([...(input.exclude ?? [])].map(([file, names]) => [file, new Set(names)]));
  for (const file of tests) {
    const fileOutcomes = outcomes.filter((o) => o.file === file.file);
    const wholeFile = fileOutcomes.find((o) => o.name === WHOLE_FILE);
    for (const scenario of file.scenarios) {
      const outcome = fileOutcomes.find((o) => o.name === scenario.name);
      if (outcome?.classification === 'passed' && !wholeFile) continue;
      exclude.set(file.file, (exclude.get(file.file) ?? new Set()).add(scenario.name));
      summary.dropped.push({ file: file.file, scenario: scenario.name, reason: dropReason(wholeFile ?? outcome), fileRemoved: false });
    }
  }
  const replan = exclude.size === 0 ? undefined : await planFormatted(generator, { ...input, exclude });
  const kept: GeneratedTest[] = [];
  for (const file of tests) {
    const again = replan ? replan.files.find((f) => f.file === file.file) : file;
    if (!again) {
      await writer.discard(file.file);
      for (const d of summary.dropped) if (d.file === file.file) d.fileRemoved = true;
      continue;
    }
    const rewritten = again.text !== file.text && (await writer.write(again.file, again.text)) === 'written';
    const evidence = (await writer.write(again.file, withValidation(again.text, summary.runs))) === 'written';
    const state = rewritten || evidence ? 'written' : (states.get(file.file) ?? 'written');
    kept.push(toGeneratedTest(again, state === 'unchanged' ? 'unchanged' : 'written'));
  }
  return kept;
}

/** Why a generated test was dropped, from its outcome across the runs, with the first error. */
function dropReason(outcome: TestOutcome | undefined): string {
  if (!outcome) return 'it never ran: the runner reported no result for it';
  const { runs, failure } = outcome;
  const passed = runs.filter((r) => r === 'passed').length;
  const error = failure ? `: ${failure.message}${failure.seed === undefined ? '' : ` (seed ${failure.seed})`}` : '';
  if (outcome.name === WHOLE_FILE) return `its file failed in every run${error}`;
  if (outcome.classification === 'skipped') return `it did not run: ${outcome.skipReason ?? 'skipped'}`;
  if (passed === 0) return `failed ${runs.length === 1 ? 'its only run' : `all ${runs.length} runs`}${error}`;
  return `flaky: passed ${passed} of ${runs.length} runs${error}`;
}

/**
 * Files itw wrote earlier that belong to no plan of this run (a killed run's leftovers, a resource
 * that is gone, points now covered by a person's tests): they are itw's own and unedited, so they go.
 * Support files go too once no generated test is left to use them.
 */
export async function removeStale(
  writer: SafeWriter,
  config: Config,
  planned: ReadonlySet<string>,
  log: (line: string) => void,
): Promise<void> {
  const owned = itwFilesUnder(config.root, config.testDir);
  const stale = owned.filter((f) => !isSupportFile(config, f) && !planned.has(f));
  // Support stays while any test there may import it: a kept one, or one a person wrote or edited.
  const testsLeft = itwFilesUnder(config.root, config.testDir, true).filter((f) => !isSupportFile(config, f) && !stale.includes(f));
  if (testsLeft.length === 0) stale.push(...owned.filter((f) => isSupportFile(config, f)));
  const removed: string[] = [];
  for (const file of stale) if (await writer.discard(file)) removed.push(file);
  if (removed.length) {
    log(`Removed ${removed.length} file(s) itw wrote earlier that no plan of this run keeps: ${removed.join(', ')}`);
    const testDir = toRepoPath(config.root, config.testDir);
    await writer.pruneEmpty([`${testDir}/_support`, testDir]);
  }
}

const isSupportFile = (config: Config, file: string): boolean => file.startsWith(`${toRepoPath(config.root, config.testDir)}/_support/`);

/** Repository-relative paths of the files under `dir` that carry an unedited itw header (`all`: any file there). */
function itwFilesUnder(root: string, dir: string, all = false): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory() && !entry.isSymbolicLink()) walk(full);
      else if (entry.isFile() && /\.[cm]?[jt]sx?$/.test(entry.name)) {
        const owner = ownership(fs.readFileSync(full, 'utf8'));
        if (all || (owner.owner === 'itw' && !owner.edited)) out.push(toRepoPath(root, full));
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

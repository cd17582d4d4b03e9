import type { Diagnostic, DroppedTest, GeneratedTest } from '../model.js';
import { planFormatted } from './format.js';
import type { GenerationInput, GenerationPlan, Generator, PlannedFile } from './types.js';
import type { FileProblem } from './scenario-lines.js';
import type { SafeWriter } from './writer.js';

export interface GateResult {
  plan: GenerationPlan;
  /** The input with every scenario the check dropped in `exclude`, for later re-renders. */
  input: GenerationInput;
  /** Scenarios left out, with the first problem of each. */
  dropped: DroppedTest[];
  diagnostics: Diagnostic[];
}

/** What every acceptance step before the runs works on. */
export interface GateStepOptions {
  root: string;
  generator: Generator;
  plan: GenerationPlan;
  input: GenerationInput;
  writer: SafeWriter;
  /** What the writer did to each file; updated for files written again. */
  states: Map<string, GeneratedTest['state']>;
  log?: (line: string) => void;
}

const ROUNDS = 3;

/**
 * A step of acceptance before any run: the written files are checked, scenarios with a problem are left
 * out (the files re-rendered without them, as the rollback does), and checked again. A problem outside
 * any scenario, or in `_support/`, drops the whole file (every test file, for support). A check that
 * cannot run at all (it throws) is reported as a diagnostic and drops nothing.
 */
export async function excludeFailing(
  options: GateStepOptions & {
    check: (files: { file: string; text: string }[]) => Promise<FileProblem[]>;
    /** `does not compile`: the dropped scenarios' reasons start with it. */
    verdict: string;
    /** The diagnostic when the check could not run. */
    unchecked: (error: Error) => Diagnostic;
  },
): Promise<GateResult> {
  const { writer, states } = options;
  let { plan, input } = options;
  const diagnostics: Diagnostic[] = [];
  const dropped: DroppedTest[] = [];
  const ours = (p: GenerationPlan): PlannedFile[] => p.files.filter((f) => states.get(f.file) !== 'kept');
  const exclude = new Map([...(input.exclude ?? [])].map(([file, names]) => [file, new Set(names)]));
  for (let round = 1; round <= ROUNDS; round++) {
    const files = ours(plan);
    let problems: FileProblem[];
    try {
      problems = await options.check(files.map((f) => ({ file: f.file, text: f.text })));
    } catch (error) {
      diagnostics.push(options.unchecked(error as Error));
      return { plan, input, dropped, diagnostics };
    }
    if (problems.length === 0) break;
    options.log?.(`${problems.length} problems in the generated files (${options.verdict}); the scenarios they are in are left out`);
    const drop = (file: PlannedFile, scenario: string, reason: string): void => {
      if (exclude.get(file.file)?.has(scenario)) return;
      exclude.set(file.file, (exclude.get(file.file) ?? new Set()).add(scenario));
      dropped.push({ file: file.file, scenario, reason: `${options.verdict}: ${reason}`, fileRemoved: false });
    };
    for (const problem of problems) {
      const file = files.find((f) => f.file === problem.file)!;
      // The last round, or a problem no scenario holds: the whole file goes (every test file, for support).
      const whole = file.support || !problem.scenario || round === ROUNDS;
      const targets = file.support ? files.filter((f) => !f.support) : [file];
      const where = file.support ? `${problem.file}: ` : '';
      for (const target of targets)
        for (const s of target.scenarios) if (whole || s.name === problem.scenario) drop(target, s.name, `${where}${problem.message}`);
    }
    input = { ...input, exclude };
    const replan = await planFormatted(options.generator, input);
    for (const file of files) {
      const again = replan.files.find((f) => f.file === file.file);
      if (!again) {
        await writer.discard(file.file);
        states.delete(file.file);
        for (const d of dropped) if (d.file === file.file) d.fileRemoved = true;
      } else if (again.text !== file.text) {
        states.set(file.file, await writer.write(again.file, again.text));
      }
    }
    plan = { ...replan, files: replan.files.filter((f) => states.has(f.file)) };
    if (!plan.files.some((f) => !f.support)) break;
  }
  return { plan, input, dropped, diagnostics };
}

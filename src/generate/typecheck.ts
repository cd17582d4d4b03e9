import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type * as TS from 'typescript';
import type { Diagnostic, DroppedTest, GeneratedTest, RunSummary } from '../model.js';
import { loadTypeScript } from '../discover/parser.js';
import { runProcess } from '../run/process.js';
import { packageBin } from '../run/runners/bin.js';
import { planGeneration, type GenerationInput, type GenerationPlan, type PlannedFile } from './index.js';
import type { SafeWriter } from './writer.js';

/** A type error in a generated file: in one scenario (`it(...)` block), or in the file as a whole. */
export interface CompileError {
  /** Repository-relative. */
  file: string;
  /** The scenario's full name (`describe › describe › title`) when the error lies inside an `it` block. */
  scenario?: string;
  /** `TS2345 Argument of type … (line 42)` */
  message: string;
}

/** tsc could not check the files at all (a broken tsconfig, a crash): nothing is known about them. */
export class TypecheckError extends Error {}

const TSC_TIMEOUT_MS = 5 * 60_000;
/** `test/x.itw.test.ts(12,5): error TS2345: Argument of type …` (tsc --pretty false). */
const ERROR_LINE = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/**
 * Type-checks generated files with the repository's own TypeScript and tsconfig: a temporary tsconfig
 * next to the repository's extends it and lists only the generated files (removed afterwards). Errors in
 * other files (the repository's own sources) are not the generated files' and are left out.
 */
export async function typecheckGenerated(options: {
  root: string;
  /** Repository-relative path of the tsconfig the generated files fall under. */
  tsconfig: string;
  /** Repository-relative paths of the generated files, with their text (for mapping lines to scenarios). */
  files: readonly { file: string; text: string }[];
  env?: Record<string, string>;
}): Promise<CompileError[]> {
  const { root } = options;
  const tsc = packageBin(root, 'typescript', 'tsc');
  const base = path.join(root, options.tsconfig);
  const dir = path.dirname(base);
  const temp = path.join(dir, `tsconfig.itw-${process.pid}-${randomUUID().slice(0, 8)}.json`);
  const config = {
    extends: `./${path.basename(base)}`,
    // Only checking: nothing is emitted, no build info is written, no root folder limits where tests live;
    // declaration files are not checked (their errors are not the generated files' anyway).
    compilerOptions: {
      skipLibCheck: true,
      noEmit: true,
      incremental: false,
      composite: false,
      emitDeclarationOnly: false,
      rootDir: path.relative(dir, root) || '.',
    },
    files: options.files.map((f) => path.relative(dir, path.join(root, f.file)).split(path.sep).join('/')),
    include: [],
  };
  fs.writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`);
  let result;
  try {
    result = await runProcess(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', temp], {
      cwd: root,
      env: options.env ?? minimalEnv(),
      timeoutMs: TSC_TIMEOUT_MS,
    });
  } finally {
    fs.rmSync(temp, { force: true });
  }
  if (result.timedOut) throw new TypecheckError(`tsc did not finish within ${TSC_TIMEOUT_MS / 60_000} minutes`);
  const output = `${result.stdout}\n${result.stderr}`;
  const generated = new Map(options.files.map((f) => [path.resolve(root, f.file), f]));
  const errors: { file: string; line: number; message: string }[] = [];
  const foreign: string[] = [];
  for (const line of output.split(/\r?\n/)) {
    const m = ERROR_LINE.exec(line);
    if (m) {
      const file = generated.get(path.resolve(root, m[1]!));
      if (file) errors.push({ file: file.file, line: Number(m[2]), message: `${m[4]} ${m[5]!.trim()}` });
      else if (path.resolve(root, m[1]!) === temp || path.resolve(root, m[1]!) === base) foreign.push(line);
    } else if (/^error TS\d+:/.test(line)) foreign.push(line);
  }
  // Errors of the configuration itself (or a crash) mean the files were not checked.
  if (errors.length === 0 && result.code !== 0 && (foreign.length > 0 || !/error TS\d+/.test(output)))
    throw new TypecheckError(firstLines(foreign.length ? foreign.join('\n') : output));
  const ts = await loadTypeScript();
  const blocks = new Map(options.files.map((f) => [f.file, itBlocks(ts, f.file, f.text)]));
  return errors.map((e) => {
    const scenario = blocks.get(e.file)!.find((b) => e.line >= b.start && e.line <= b.end)?.name;
    return { file: e.file, ...(scenario ? { scenario } : {}), message: `${e.message} (line ${e.line})` };
  });
}

/** The `it(...)` calls of a file, with their full names and line ranges. */
function itBlocks(ts: typeof TS, file: string, text: string): { name: string; start: number; end: number }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const line = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const out: { name: string; start: number; end: number }[] = [];
  const visit = (node: TS.Node, titles: string[]): void => {
    const first = ts.isCallExpression(node) ? node.arguments[0] : undefined;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && first && ts.isStringLiteralLike(first)) {
      const title = first.text;
      if (node.expression.text === 'it' || node.expression.text === 'test') {
        out.push({ name: [...titles, title].join(' › '), start: line(node.getStart(sf)), end: line(node.getEnd()) });
        return;
      }
      if (node.expression.text === 'describe') {
        node.arguments.slice(1).forEach((a) => visit(a, [...titles, title]));
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, titles));
  };
  visit(sf, []);
  return out;
}

function minimalEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'SystemRoot']) if (process.env[name]) env[name] = process.env[name]!;
  return env;
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 3).join(' ').slice(0, 500);
}

export interface CompileGate {
  plan: GenerationPlan;
  /** The input with every scenario that does not compile in `exclude`, for later re-renders. */
  input: GenerationInput;
  /** Scenarios left out because they do not compile, with the first error of each. */
  dropped: DroppedTest[];
  diagnostics: Diagnostic[];
}

const ROUNDS = 3;

/**
 * The first step of acceptance: the written files are type-checked with the repository's own TypeScript
 * and tsconfig; scenarios that do not compile are left out (the files re-rendered without them, as the
 * rollback does), and checked again. An error outside any scenario, or in `_support/`, drops the whole
 * file (every file, for support). JavaScript, and TypeScript without a tsconfig, are not checked.
 */
export async function excludeUncompilable(options: {
  root: string;
  plan: GenerationPlan;
  input: GenerationInput;
  writer: SafeWriter;
  /** What the writer did to each file; updated for files written again. */
  states: Map<string, GeneratedTest['state']>;
  log?: (line: string) => void;
}): Promise<CompileGate> {
  const { root, writer, states } = options;
  let { plan, input } = options;
  const diagnostics: Diagnostic[] = [];
  const dropped: DroppedTest[] = [];
  const ours = (p: GenerationPlan): PlannedFile[] => p.files.filter((f) => states.get(f.file) !== 'kept');
  const tests = ours(plan).filter((f) => !f.support);
  if (tests.length === 0 || !tests.some((f) => /\.[cm]?tsx?$/.test(f.file))) return { plan, input, dropped, diagnostics };
  const tsconfig = input.module?.tsconfig;
  if (!tsconfig) {
    diagnostics.push({
      file: tests[0]!.file,
      message: 'the generated tests were not type-checked: the repository has no tsconfig.json above the test folder.',
    });
    return { plan, input, dropped, diagnostics };
  }
  const exclude = new Map([...(input.exclude ?? [])].map(([file, names]) => [file, new Set(names)]));
  for (let round = 1; round <= ROUNDS; round++) {
    const files = ours(plan);
    let errors: CompileError[];
    try {
      errors = await typecheckGenerated({ root, tsconfig, files: files.map((f) => ({ file: f.file, text: f.text })) });
    } catch (error) {
      diagnostics.push({
        file: tsconfig,
        message: `the generated tests were not type-checked: ${(error as Error).message}. Install the repository's dependencies (typescript) and check that \`tsc -p ${tsconfig}\` runs.`,
      });
      return { plan, input, dropped, diagnostics };
    }
    if (errors.length === 0) break;
    options.log?.(`${errors.length} type errors in the generated files; the scenarios they are in are left out`);
    const drop = (file: PlannedFile, scenario: string, reason: string): void => {
      if (exclude.get(file.file)?.has(scenario)) return;
      exclude.set(file.file, (exclude.get(file.file) ?? new Set()).add(scenario));
      dropped.push({ file: file.file, scenario, reason: `does not compile: ${reason}`, fileRemoved: false });
    };
    for (const error of errors) {
      const file = files.find((f) => f.file === error.file)!;
      // The last round, or an error no scenario holds: the whole file goes (every test file, for support).
      const whole = file.support || !error.scenario || round === ROUNDS;
      const targets = file.support ? files.filter((f) => !f.support) : [file];
      const where = file.support ? `${error.file}: ` : '';
      for (const target of targets)
        for (const s of target.scenarios) if (whole || s.name === error.scenario) drop(target, s.name, `${where}${error.message}`);
    }
    input = { ...input, exclude };
    const replan = planGeneration(input);
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

/** A summary for a generation whose every scenario failed to compile, so nothing ran. */
export function nothingRan(dropped: DroppedTest[]): RunSummary {
  return { runs: 0, seeds: [], durationsMs: [], hung: [], dropped, broken: [] };
}

/** Puts the compile drops before the run's own, marking those whose file the rollback removed since. */
export function recordCompileDrops(summary: RunSummary, dropped: readonly DroppedTest[], kept: readonly GeneratedTest[]): void {
  for (const d of dropped) if (!kept.some((g) => g.file === d.file)) d.fileRemoved = true;
  summary.dropped.unshift(...dropped);
}

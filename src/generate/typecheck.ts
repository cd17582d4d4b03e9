import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DroppedTest, GeneratedTest, RunSummary } from '../model.js';
import { runProcess } from '../run/process.js';
import { packageBin } from '../run/runners/bin.js';
import { excludeFailing, type GateResult, type GateStepOptions } from './gate.js';
import { toScenarios, type FileProblem } from './scenario-lines.js';

/** A type error in a generated file: in one scenario (`it(...)` block), or in the file as a whole. */
export type CompileError = FileProblem;

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
  return toScenarios(options.files, errors);
}

export function minimalEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'SystemRoot']) if (process.env[name]) env[name] = process.env[name]!;
  return env;
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 3).join(' ').slice(0, 500);
}

export type CompileGate = GateResult;

/**
 * The first step of acceptance: the written files are type-checked with the repository's own TypeScript
 * and tsconfig; scenarios that do not compile are left out (see `excludeFailing`). JavaScript, and
 * TypeScript without a tsconfig, are not checked.
 */
export async function excludeUncompilable(options: GateStepOptions): Promise<CompileGate> {
  const { root, plan, input, states } = options;
  const nothing = { plan, input, dropped: [], diagnostics: [] };
  const tests = plan.files.filter((f) => states.get(f.file) !== 'kept' && !f.support);
  if (tests.length === 0 || !tests.some((f) => /\.[cm]?tsx?$/.test(f.file))) return nothing;
  const tsconfig = input.module?.tsconfig;
  if (!tsconfig)
    return {
      ...nothing,
      diagnostics: [
        {
          file: tests[0]!.file,
          message: 'the generated tests were not type-checked: the repository has no tsconfig.json above the test folder.',
        },
      ],
    };
  return excludeFailing({
    ...options,
    verdict: 'does not compile',
    check: (files) => typecheckGenerated({ root, tsconfig, files }),
    unchecked: (error) => ({
      file: tsconfig,
      message: `the generated tests were not type-checked: ${error.message}. Install the repository's dependencies (typescript) and check that \`tsc -p ${tsconfig}\` runs.`,
    }),
  });
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

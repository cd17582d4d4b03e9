import fs from 'node:fs';
import path from 'node:path';
import { runProcess } from '../run/process.js';
import { packageBin } from '../run/runners/bin.js';
import { excludeFailing, type GateResult, type GateStepOptions } from './gate.js';
import { toScenarios, type FileProblem } from './scenario-lines.js';
import { minimalEnv } from './typecheck.js';

/** ESLint could not lint the files at all (a config that throws, a parser that cannot read them): nothing is known about them. */
export class LintError extends Error {}

const LINT_TIMEOUT_MS = 5 * 60_000;
const FLAT_CONFIGS = ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((ext) => `eslint.config.${ext}`);
const LEGACY_CONFIGS = ['', '.js', '.cjs', '.yaml', '.yml', '.json'].map((ext) => `.eslintrc${ext}`);

/** The repository-relative ESLint config that applies to `dir`, looked for from `dir` up to the repository root. */
export function eslintConfigFor(root: string, dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    for (const name of [...FLAT_CONFIGS, ...LEGACY_CONFIGS])
      if (fs.existsSync(path.join(at, name))) return path.relative(root, path.join(at, name)).split(path.sep).join('/');
    if (at === path.resolve(root) || path.dirname(at) === at) return undefined;
  }
}

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line?: number; fatal?: boolean }[];
}

/**
 * Lints generated files with the repository's own ESLint and config. Errors (severity 2) come back
 * attached to the scenario they fall in; warnings are not problems. A file ESLint cannot parse means
 * the config does not fit the file (the template's code is valid: tsc read it), so that is a LintError.
 */
export async function lintGenerated(options: {
  root: string;
  files: readonly { file: string; text: string }[];
  env?: Record<string, string>;
}): Promise<FileProblem[]> {
  const { root } = options;
  const eslint = packageBin(root, 'eslint');
  const args = [eslint, '--format', 'json', '--no-warn-ignored', ...options.files.map((f) => f.file)];
  const result = await runProcess(process.execPath, args, { cwd: root, env: options.env ?? minimalEnv(), timeoutMs: LINT_TIMEOUT_MS });
  if (result.timedOut) throw new LintError(`eslint did not finish within ${LINT_TIMEOUT_MS / 60_000} minutes`);
  // 0: no errors, 1: errors found; anything else is ESLint's own failure (its config, a plugin, a crash).
  let results: EslintResult[] | undefined;
  try {
    results = result.code === 0 || result.code === 1 ? (JSON.parse(result.stdout) as EslintResult[]) : undefined;
  } catch {
    results = undefined;
  }
  if (!results) throw new LintError(firstLines(result.stderr || result.stdout) || `eslint exited with code ${result.code}`);
  const generated = new Map(options.files.map((f) => [path.resolve(root, f.file), f]));
  const errors: { file: string; line: number; message: string }[] = [];
  for (const r of results) {
    const file = generated.get(path.resolve(root, r.filePath));
    if (!file) continue;
    for (const m of r.messages) {
      if (m.fatal) throw new LintError(`eslint could not parse ${file.file}: ${m.message} (line ${m.line ?? 1})`);
      if (m.severity === 2) errors.push({ file: file.file, line: m.line ?? 1, message: `${m.ruleId ?? 'eslint'} ${m.message}` });
    }
  }
  return toScenarios(options.files, errors);
}

function firstLines(text: string): string {
  // ESLint's crash banner ("Oops! Something went wrong! :(", its version) and a stack's frames say nothing of the cause.
  const lines = text
    .trim()
    .split('\n')
    .filter((l) => l.trim() && !/^\s+at /.test(l) && !/^Oops! Something went wrong|^ESLint: \d/.test(l));
  return lines.slice(0, 3).join(' ').slice(0, 500);
}

/**
 * The step of acceptance after the type-check: when the repository has an ESLint config, the generated
 * files are linted with its own ESLint, and scenarios with lint errors are left out, as `excludeFailing`
 * does for type errors. An ESLint that cannot run is the repository's problem: a diagnostic, and the step is skipped.
 */
export async function excludeUnlinted(options: GateStepOptions & { testDir: string }): Promise<GateResult> {
  const { root, plan, input, states } = options;
  const nothing = { plan, input, dropped: [], diagnostics: [] };
  const tests = plan.files.filter((f) => states.get(f.file) !== 'kept' && !f.support);
  const config = eslintConfigFor(root, options.testDir);
  if (tests.length === 0 || !config) return nothing;
  return excludeFailing({
    ...options,
    verdict: 'does not pass lint',
    check: (files) => lintGenerated({ root, files }),
    unchecked: (error) => ({
      file: config,
      message: `the generated tests were not linted: ${error.message}. Check that the repository's own \`npx eslint\` runs (its dependencies installed, its config loads).`,
    }),
  });
}

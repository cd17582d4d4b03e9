import path from 'node:path';
import type { Diagnostic } from '../model.js';
import type { RunnerAdapter } from '../run/runners/types.js';
import { toRepoPath } from '../safety/paths.js';

/** What a generated test file's name ends with before its extension, in order of preference. */
export const TEST_SUFFIXES = ['.itw.test', '.itw.spec', '.itw.e2e-spec'] as const;
export const DEFAULT_TEST_SUFFIX = TEST_SUFFIXES[0];

/**
 * The first suffix whose files in `testDir` the repository's runner runs as configured (Nest's Jest config runs
 * only `*.spec.ts`, say), so its own `npm test` runs the generated tests too; a suffix taken for TypeScript and
 * JavaScript alike is preferred. Runners that cannot tell keep the default.
 */
export async function testSuffixFor(
  runner: RunnerAdapter | undefined,
  root: string,
  testDir: string,
): Promise<{ suffix: string; diagnostic?: Diagnostic }> {
  if (!runner?.selects) return { suffix: DEFAULT_TEST_SUFFIX };
  const dir = toRepoPath(root, testDir);
  const candidates = TEST_SUFFIXES.flatMap((suffix) =>
    ['ts', 'js'].map((ext) => ({ suffix, file: path.posix.join(dir, `example${suffix}.${ext}`) })),
  );
  let selected: Set<string>;
  try {
    selected = new Set(
      await runner.selects(
        root,
        candidates.map((c) => c.file),
      ),
    );
  } catch (error) {
    return {
      suffix: DEFAULT_TEST_SUFFIX,
      diagnostic: { file: 'package.json', message: `could not ask ${runner.name} which test files it runs: ${(error as Error).message}` },
    };
  }
  const taken = (suffix: string) => candidates.filter((c) => c.suffix === suffix && selected.has(c.file)).length;
  const suffix = TEST_SUFFIXES.find((s) => taken(s) === 2) ?? TEST_SUFFIXES.find((s) => taken(s) === 1);
  if (suffix) return { suffix };
  return {
    suffix: DEFAULT_TEST_SUFFIX,
    diagnostic: {
      file: 'package.json',
      message: `${runner.name}, as configured, runs no file named *${TEST_SUFFIXES.join('.ts, *')}.ts in ${dir}, so generated tests there cannot run; choose a test-dir it runs.`,
    },
  };
}

import { createRequire } from 'node:module';
import path from 'node:path';
import type { Diagnostic } from '../model.js';
import { splitHeader, withHeader } from './header.js';
import type { GenerationInput, GenerationPlan, Generator } from './types.js';

/** The part of Prettier's API used here (the same in every Prettier 3 release). */
interface Prettier {
  format(source: string, options: Record<string, unknown>): Promise<string>;
  resolveConfig(file: string, options?: { editorconfig?: boolean }): Promise<Record<string, unknown> | null>;
  resolveConfigFile(file: string): Promise<string | null>;
  getFileInfo(file: string, options?: { ignorePath?: string[] }): Promise<{ ignored: boolean }>;
}

/** The repository's own Prettier, resolved from its root as Node resolves packages; undefined when it has none. */
function repositoryPrettier(root: string): Prettier | undefined {
  const require = createRequire(path.join(root, 'package.json'));
  let entry: string;
  try {
    entry = require.resolve('prettier');
  } catch {
    return undefined;
  }
  const prettier = require(entry) as Partial<Prettier>;
  return typeof prettier.format === 'function' && typeof prettier.resolveConfigFile === 'function' ? (prettier as Prettier) : undefined;
}

/**
 * Formats every planned file's body with the repository's own Prettier and options, when the repository
 * has both (a config outside the repository root is not its own), then puts the header and hash back
 * on, so what itw writes is what the repository's `prettier --check` expects. Scenario names are string
 * values, which formatting never changes. A file Prettier cannot format is left as rendered, and said so.
 */
export async function formatPlan(plan: GenerationPlan, root: string): Promise<GenerationPlan> {
  if (plan.files.length === 0) return plan;
  const prettier = repositoryPrettier(root);
  if (!prettier) return plan;
  const diagnostics: Diagnostic[] = [];
  const inside = (file: string): boolean => !path.relative(root, file).startsWith('..');
  const ignorePath = ['.gitignore', '.prettierignore'].map((f) => path.join(root, f));
  const files = [];
  for (const file of plan.files) {
    const at = path.join(root, file.file);
    const parts = splitHeader(file.text);
    try {
      const config = await prettier.resolveConfigFile(at);
      if (!parts || !config || !inside(config) || (await prettier.getFileInfo(at, { ignorePath })).ignored) {
        files.push(file);
        continue;
      }
      const options = (await prettier.resolveConfig(at, { editorconfig: true })) ?? {};
      const body = await prettier.format(parts.body, { ...options, filepath: at });
      files.push({ ...file, ...withHeader(parts.lines, body) });
    } catch (error) {
      diagnostics.push({
        file: file.file,
        message: `the repository's Prettier could not format this generated file, so it is written as rendered: ${firstLine(error)}. Check its Prettier config (npx prettier --check ${file.file}).`,
      });
      files.push(file);
    }
  }
  return { ...plan, files, diagnostics: [...plan.diagnostics, ...diagnostics] };
}

/** The plan as the engine writes it: the generator's, formatted as the repository formats. */
export async function planFormatted(generator: Generator, input: GenerationInput): Promise<GenerationPlan> {
  return formatPlan(await generator.plan(input), input.root);
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split('\n')[0]!
    .slice(0, 300);
}

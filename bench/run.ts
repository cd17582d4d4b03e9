/**
 * `npm run bench -- [section …] [--repo DIR] [--expect FILE] [--files N]`: prints figures, never asserts.
 * Each section lives in its own file and is loaded only when it runs.
 */
import { parseArgs } from 'node:util';

export interface BenchArgs {
  /** A real repository to measure next to the synthetic one. */
  repo?: string;
  /** JSON list of `{ kind, key }` expected in `repo`: recall and precision per kind. */
  expect?: string;
  /** Size of the synthetic repository (default 10,000 files). */
  files?: number;
}

const SECTIONS: Record<string, (args: BenchArgs) => Promise<void>> = {
  discovery: async (args) => (await import('./discovery.js')).run(args),
  startup: async () => (await import('./startup.js')).run(),
  stages: async () => (await import('./stages.js')).run(),
  capture: async () => (await import('./capture.js')).run(),
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repo: { type: 'string' }, expect: { type: 'string' }, files: { type: 'string' } },
});
const args: BenchArgs = { repo: values.repo, expect: values.expect, files: values.files ? Number(values.files) : undefined };
if (args.expect && !args.repo) throw new Error('--expect needs --repo');
const chosen = positionals.length ? positionals : Object.keys(SECTIONS);
for (const name of chosen) {
  const section = SECTIONS[name];
  if (!section) throw new Error(`unknown bench section "${name}"; known: ${Object.keys(SECTIONS).join(', ')}`);
  await section(args);
}

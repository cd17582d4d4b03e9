import fs from 'node:fs';
import path from 'node:path';
import type { IntegrationPoint, Infra } from '../model.js';

/** A name that says its value is a credential. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|_KEY|APIKEY|CREDENTIAL|_PAT$/i;

/** Never handed to a test process, whatever the repository reads: the runner's, the registry's and the cloud's keys. */
const NEVER = [
  /^(?:GITHUB_TOKEN|GH_TOKEN|NPM_TOKEN|NODE_AUTH_TOKEN|ANTHROPIC_API_KEY)$/i,
  /^(?:ACTIONS|INPUT)_/i,
  /^(?:AWS|AZURE|ARM|GOOGLE|GCP|GCLOUD)_.*(?:TOKEN|SECRET|PASSWORD|_KEY|KEY_ID|CREDENTIAL|CLIENT_ID)/i,
];

/** What a runner, Node and the shell need, whatever the repository. */
const BASE = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TMP',
  'TEMP',
  'TERM',
  'CI',
  'NO_COLOR',
  'FORCE_COLOR',
  // Windows cannot start processes without these.
  'SYSTEMROOT',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
]);

export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name);
}

function never(name: string): boolean {
  return NEVER.some((re) => re.test(name));
}

/** A name any test process gets: the base set, the locale, and Node's own settings that are not credentials. */
function basic(name: string): boolean {
  const upper = name.toUpperCase();
  return BASE.has(upper) || upper.startsWith('LC_') || (upper.startsWith('NODE_') && !looksSecret(upper));
}

/**
 * The environment of a test process, built from an allow-list: the basics (PATH, HOME, locale, NODE_*, CI), the
 * service URLs itw provides (`provided`, always), and the variables the repository's own configuration reads
 * (`configNames`, as discovery found them). A name that looks secret passes only when the configuration reads that
 * exact name; the runner's, registry's and cloud's credentials never pass.
 */
export function testProcessEnv(
  env: NodeJS.ProcessEnv,
  provided: Record<string, string> = {},
  configNames: readonly string[] = [],
): Record<string, string> {
  const read = new Set(configNames);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || never(name)) continue;
    if (read.has(name) || (basic(name) && !looksSecret(name))) out[name] = value;
  }
  return { ...out, ...provided };
}

/** The repository's own source files, to read which variables its code takes from the environment. */
export interface SourceFiles {
  root: string;
  /** Repository-relative paths of the files discovery kept. */
  paths: readonly string[];
  /** Test files among them: what a test reads is not configuration. */
  testFiles: readonly string[];
}

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const MAX_SOURCE_BYTES = 1024 * 1024;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The variable names the repository's configuration reads, as discovery found them: the names its `.env.example`
 * (and kin) document, every `env` a detector recorded in a point's details (a pool's connection variable, the
 * variable a configured prefix came from), and the names its non-test source reads from `process.env`
 * (`process.env.X`, `process.env['X']`, `const { X } = process.env`, `import.meta.env.X`).
 */
export function configEnvNames(
  infra: Pick<Infra, 'env'>,
  points: readonly Pick<IntegrationPoint, 'details'>[],
  source?: SourceFiles,
): string[] {
  const names = new Set(infra.env.map((e) => e.name));
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    for (const [key, v] of Object.entries(value)) {
      if (key === 'env' && typeof v === 'string' && NAME.test(v)) names.add(v);
      else visit(v, depth + 1);
    }
  };
  for (const p of points) visit(p.details, 0);
  if (source) for (const name of sourceEnvReads(source)) names.add(name);
  return [...names].sort();
}

function sourceEnvReads({ root, paths, testFiles }: SourceFiles): Set<string> {
  const tests = new Set(testFiles);
  const names = new Set<string>();
  for (const file of paths) {
    if (!SOURCE.test(file) || tests.has(file) || file.endsWith('.d.ts')) continue;
    let text: string;
    try {
      const full = path.join(root, file);
      if (fs.statSync(full).size > MAX_SOURCE_BYTES) continue;
      text = fs.readFileSync(full, 'utf8');
    } catch {
      continue;
    }
    if (!text.includes('env')) continue;
    for (const m of text.matchAll(/\b(?:process|import\.meta)\.env\.([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1]!);
    for (const m of text.matchAll(/\bprocess\.env\[\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]\s*\]/g)) names.add(m[1]!);
    for (const m of text.matchAll(/\{([^{}]*)\}\s*=\s*process\.env\b/g)) {
      for (const part of m[1]!.split(',')) {
        const name = part.trim().split(/[\s:=]/)[0]!;
        if (NAME.test(name)) names.add(name);
      }
    }
  }
  return names;
}

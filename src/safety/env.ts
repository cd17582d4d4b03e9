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

/**
 * The variable names the repository's configuration reads, as discovery found them: the names its `.env.example`
 * (and kin) document, and every `env` a detector recorded in a point's details (a pool's connection variable, the
 * variable a configured prefix came from).
 */
export function configEnvNames(infra: Pick<Infra, 'env'>, points: readonly Pick<IntegrationPoint, 'details'>[]): string[] {
  const names = new Set(infra.env.map((e) => e.name));
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    for (const [key, v] of Object.entries(value)) {
      if (key === 'env' && typeof v === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) names.add(v);
      else visit(v, depth + 1);
    }
  };
  for (const p of points) visit(p.details, 0);
  return [...names].sort();
}

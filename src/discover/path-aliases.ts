import path from 'node:path';
import type { TypeScriptApi } from './parser.js';

/** One `compilerOptions.paths` entry: `"@/*": ["./src/*"]`, its targets relative to the repository root. */
interface AliasPattern {
  prefix: string;
  /** Undefined for an exact alias (`"config": ["./src/config.ts"]`). */
  suffix?: string;
  targets: string[];
}

/** The aliases of one tsconfig/jsconfig, for the files under its folder. */
interface AliasConfig {
  dir: string;
  patterns: AliasPattern[];
  /** `compilerOptions.baseUrl`, from the repository root: bare specifiers resolve under it too. */
  baseUrl?: string;
}

const CONFIG = /(?:^|\/)[tj]sconfig\.json$/;

/**
 * Non-relative specifiers the way the TypeScript compiler resolves them for a file: through the `paths` (and
 * `baseUrl`) of the nearest tsconfig.json or jsconfig.json, following `extends` inside the repository. Returns the
 * repository paths to try, in order (`@/lib/db` → `lib/db`), without extensions; none for a package name.
 */
export function pathAliases(
  ts: TypeScriptApi,
  paths: readonly string[],
  readText: (file: string) => string | undefined,
): (from: string, specifier: string) => string[] {
  let configs: AliasConfig[] | undefined;
  return (from, specifier) => {
    configs ??= paths
      .filter((p) => CONFIG.test(p))
      .map((p) => readConfig(ts, p, paths, readText))
      .filter((c): c is AliasConfig => c !== undefined)
      .sort((a, b) => b.dir.length - a.dir.length);
    const config = configs.find((c) => c.dir === '' || from.startsWith(`${c.dir}/`));
    if (!config) return [];
    const out: string[] = [];
    for (const p of config.patterns) {
      const matches =
        p.suffix === undefined
          ? specifier === p.prefix
          : specifier.length >= p.prefix.length + p.suffix.length && specifier.startsWith(p.prefix) && specifier.endsWith(p.suffix);
      if (!matches) continue;
      const star = p.suffix === undefined ? '' : specifier.slice(p.prefix.length, specifier.length - p.suffix.length);
      out.push(...p.targets.map((t) => t.replace('*', star)));
    }
    if (config.baseUrl !== undefined) out.push(joined(config.baseUrl, specifier));
    return out.filter((p) => !p.startsWith('..'));
  };
}

/** A config's `paths` and `baseUrl`, each taken from the nearest file of its `extends` chain that sets it. */
function readConfig(
  ts: TypeScriptApi,
  file: string,
  paths: readonly string[],
  readText: (file: string) => string | undefined,
): AliasConfig | undefined {
  let patterns: AliasPattern[] | undefined;
  let baseUrl: string | undefined;
  let pathsFrom: string | undefined;
  const seen = new Set<string>();
  for (let current: string | undefined = file; current && !seen.has(current);) {
    seen.add(current);
    const text = readText(current);
    if (text === undefined) break;
    const { config } = ts.parseConfigFileTextToJson(current, text);
    if (!isRecord(config)) break;
    const dir: string = path.posix.dirname(current) === '.' ? '' : path.posix.dirname(current);
    const options = isRecord(config.compilerOptions) ? config.compilerOptions : {};
    if (baseUrl === undefined && typeof options.baseUrl === 'string') baseUrl = joined(dir, options.baseUrl);
    if (patterns === undefined && isRecord(options.paths)) {
      pathsFrom = dir;
      patterns = Object.entries(options.paths).flatMap(([alias, targets]) => {
        if (!Array.isArray(targets)) return [];
        const star = alias.indexOf('*');
        const list = targets.filter((t): t is string => typeof t === 'string');
        return [{ prefix: star < 0 ? alias : alias.slice(0, star), suffix: star < 0 ? undefined : alias.slice(star + 1), targets: list }];
      });
    }
    const base: string | undefined =
      typeof config.extends === 'string' && config.extends.startsWith('.') ? joined(dir, config.extends) : undefined;
    current = base === undefined ? undefined : base.endsWith('.json') ? base : `${base}.json`;
    if (current && !paths.includes(current)) break;
  }
  if (!patterns && baseUrl === undefined) return undefined;
  // `paths` targets are relative to `baseUrl`, or to the config that sets them when there is none.
  const root = baseUrl ?? pathsFrom ?? '';
  const dir = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
  return {
    dir,
    patterns: (patterns ?? []).map((p) => ({ ...p, targets: p.targets.map((t) => joined(root, t)) })),
    ...(baseUrl !== undefined ? { baseUrl } : {}),
  };
}

function joined(dir: string, rel: string): string {
  const out = path.posix.normalize(path.posix.join(dir || '.', rel));
  return out === '.' ? '' : out.replace(/\/$/, '');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

import path from 'node:path';
import type { Diagnostic } from '../model.js';
import type { PackageInfo } from './detector.js';

interface PackageJson {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Every package.json of the repository (monorepo workspaces included), each with its dependency names. */
export function readPackages(
  paths: readonly string[],
  readText: (file: string) => string | undefined,
  diagnostics: Diagnostic[],
): PackageInfo[] {
  const out: PackageInfo[] = [];
  for (const file of paths) {
    if (path.posix.basename(file) !== 'package.json') continue;
    const text = readText(file);
    if (text === undefined) continue;
    let json: PackageJson;
    try {
      json = JSON.parse(text) as PackageJson;
    } catch (error) {
      diagnostics.push({
        file,
        message: `package.json is not valid JSON (${(error as Error).message}); its folder is analysed without its dependencies.`,
      });
      continue;
    }
    const deps = new Set<string>();
    for (const group of [json.dependencies, json.devDependencies, json.peerDependencies, json.optionalDependencies]) {
      for (const name of Object.keys(group ?? {})) deps.add(name);
    }
    out.push({ dir: path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file), name: json.name, dependencies: deps });
  }
  // Deepest first, so the nearest package.json owns a file.
  return out.sort((a, b) => b.dir.length - a.dir.length);
}

export function owningPackage(packages: readonly PackageInfo[], file: string): PackageInfo | undefined {
  return packages.find((p) => p.dir === '' || file === p.dir || file.startsWith(`${p.dir}/`));
}

/** Dependencies visible from a package: its own plus the root's (hoisted workspace dependencies). */
export function visibleDependencies(packages: readonly PackageInfo[], pkg: PackageInfo | undefined): Set<string> {
  const root = packages.find((p) => p.dir === '');
  return new Set([...(pkg?.dependencies ?? []), ...(root && root !== pkg ? root.dependencies : [])]);
}

import fs from 'node:fs';
import path from 'node:path';

/**
 * The JavaScript file behind a package's command, found the way Node resolves packages (walking up
 * node_modules folders from the repository), so the repository's own version runs.
 */
export function packageBin(cwd: string, pkg: string, command = pkg): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', pkg, 'package.json');
    if (fs.existsSync(manifest)) {
      const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
      const entry = typeof bin === 'string' ? bin : bin?.[command];
      if (entry) return path.join(path.dirname(manifest), entry);
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`${pkg} is not installed in ${cwd} (nor above it); install the repository's dependencies first (npm ci).`);
}

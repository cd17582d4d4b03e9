import fs from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Diagnostic } from '../model.js';

/** Folders that never hold a service's own source. */
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.turbo',
  '.cache',
  '.output',
  '.vercel',
  '.serverless',
  'vendor',
  'bower_components',
  'itw-report',
]);

export interface WalkedFile {
  /** Repository-relative, forward slashes. */
  path: string;
  size: number;
}

export interface WalkOptions {
  include?: string[];
  exclude?: string[];
}

/**
 * Lists the repository's files: skips dependency, build and VCS folders, honours `.gitignore`
 * files at every level, follows symbolic links inside the root once (loops end there).
 */
export async function walkRepo(root: string, options: WalkOptions = {}, diagnostics: Diagnostic[] = []): Promise<WalkedFile[]> {
  const realRoot = await fs.realpath(root);
  const seenDirs = new Set<string>();
  const files: WalkedFile[] = [];
  const excluded = options.exclude?.length ? ignore().add(options.exclude) : undefined;
  const included = options.include?.length ? ignore().add(options.include) : undefined;

  async function visit(dir: string, rel: string, rules: { base: string; ig: Ignore }[]): Promise<void> {
    const real = await fs.realpath(dir).catch(() => undefined);
    if (!real || seenDirs.has(real)) return;
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ file: rel || '.', message: `cannot read folder: ${(error as Error).message}` });
      return;
    }
    const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (gitignore) {
      const text = await fs.readFile(path.join(dir, '.gitignore'), 'utf8').catch(() => '');
      rules = [...rules, { base: rel, ig: ignore().add(text) }];
    }
    const ignored = (childRel: string, isDir: boolean): boolean =>
      rules.some(({ base, ig }) => {
        const local = base ? childRel.slice(base.length + 1) : childRel;
        return local !== '' && ig.ignores(isDir ? `${local}/` : local);
      });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    // Sizes are read in parallel; each file keeps its place in the listing.
    const sizes: Promise<void>[] = [];
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let special = specialKind(entry);
      if (entry.isSymbolicLink()) {
        const stat = await fs.stat(abs).catch((error: NodeJS.ErrnoException) => error);
        if (stat instanceof Error) {
          if (!ignored(childRel, false) && !excluded?.ignores(childRel)) {
            const why =
              stat.code === 'ELOOP'
                ? 'a symbolic link loop'
                : stat.code === 'ENOENT'
                  ? 'a dangling symbolic link'
                  : `an unreadable symbolic link (${stat.code ?? stat.message})`;
            diagnostics.push({ file: childRel, message: `skipped: ${why}.` });
          }
          continue;
        }
        isDir = stat.isDirectory();
        isFile = stat.isFile();
        special = specialKind(stat);
        if (isFile) {
          const target = await fs.realpath(abs).catch(() => '');
          if (!target.startsWith(realRoot + path.sep)) continue;
        }
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(entry.name) || ignored(childRel, true) || excluded?.ignores(`${childRel}/`)) continue;
        await visit(abs, childRel, rules);
      } else if (special) {
        // Reading a FIFO would block the walk; devices and sockets hold no source.
        if (!ignored(childRel, false) && !excluded?.ignores(childRel))
          diagnostics.push({ file: childRel, message: `skipped: a ${special}, not a regular file.` });
      } else if (isFile) {
        if (ignored(childRel, false) || excluded?.ignores(childRel)) continue;
        if (included && !included.ignores(childRel) && isSource(childRel)) continue;
        const file: WalkedFile = { path: childRel, size: -1 };
        files.push(file);
        sizes.push(
          fs.stat(abs).then(
            (stat) => void (file.size = stat.size),
            () => undefined,
          ),
        );
      }
    }
    await Promise.all(sizes);
  }

  await visit(root, '', []);
  // A file that vanished between listing and stat is left out.
  return files.filter((f) => f.size >= 0);
}

function specialKind(entry: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}): string | undefined {
  if (entry.isFIFO()) return 'named pipe (FIFO)';
  if (entry.isSocket()) return 'socket';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'device file';
  return undefined;
}

const SOURCE_EXT = /\.(?:[cm]?[jt]sx?)$/;

export function isSource(file: string): boolean {
  return SOURCE_EXT.test(file) && !file.endsWith('.d.ts') && !/\.min\.[cm]?js$/.test(file);
}

const TEST_DIR = /(?:^|\/)(?:__tests__|tests?|spec|e2e|integration)\//;
const TEST_NAME = /\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;

/** Test code of any kind (tests and their helpers): never a source of integration points. */
export function isTestFile(file: string): boolean {
  return TEST_DIR.test(file) || TEST_NAME.test(file);
}

/** A file a test runner runs: named `*.test.*`/`*.spec.*`, or any module under `__tests__/`. */
export function isRunnableTest(file: string): boolean {
  return TEST_NAME.test(file) || (/(?:^|\/)__tests__\//.test(file) && !/(?:^|\/)(?:__fixtures__|fixtures|helpers|_support)\//.test(file));
}

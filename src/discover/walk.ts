import fs from 'node:fs';
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
  '.svelte-kit',
  '.docusaurus',
]);

/** Build output under a tool's folder, named too generically to skip everywhere (`src/cache/` is service code). */
const GENERATED_DIRS = /(?:^|\/)\.vitepress\/cache$/;

function skippedDir(rel: string): boolean {
  return SKIPPED_DIRS.has(path.posix.basename(rel)) || GENERATED_DIRS.test(rel);
}

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
 * files at every level, follows symbolic links inside the root once (loops end there), linked
 * folders after the rest, in name order.
 * Synchronous file-system calls: the promise API costs several times the system calls themselves here.
 */
export async function walkRepo(root: string, options: WalkOptions = {}, diagnostics: Diagnostic[] = []): Promise<WalkedFile[]> {
  const realRoot = fs.realpathSync(root);
  const seenDirs = new Set<string>();
  const excluded = options.exclude?.length ? ignore().add(options.exclude) : undefined;
  const included = options.include?.length ? ignore().add(options.include) : undefined;
  const linked: { abs: string; rel: string; rules: Rules }[] = [];
  const files: WalkedFile[] = [];

  /** `real` is the folder's real path: known without a system call below a folder whose real path is known. */
  function visit(dir: string, real: string, rel: string, rules: Rules): void {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ file: rel || '.', message: `cannot read folder: ${(error as Error).message}` });
      return;
    }
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      let text = '';
      try {
        text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
      } catch {
        // An unreadable .gitignore ignores nothing.
      }
      rules = [...rules, { base: rel, ig: ignore().add(text) }];
    }
    const ignored = (childRel: string, isDir: boolean): boolean =>
      rules.some(({ base, ig }) => {
        const local = base ? childRel.slice(base.length + 1) : childRel;
        return local !== '' && ig.ignores(isDir ? `${local}/` : local);
      });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) symlink(abs, childRel, rules, ignored);
      else if (entry.isDirectory()) {
        if (skippedDir(childRel) || ignored(childRel, true) || excluded?.ignores(`${childRel}/`)) continue;
        visit(abs, path.join(real, entry.name), childRel, rules);
      } else {
        const special = specialKind(entry);
        if (special) reportSpecial(childRel, special, ignored);
        else if (entry.isFile() && keepFile(childRel, ignored)) {
          // A file that vanished between listing and stat is left out.
          const stat = fs.statSync(abs, { throwIfNoEntry: false });
          if (stat) files.push({ path: childRel, size: stat.size });
        }
      }
    }
  }

  function symlink(abs: string, childRel: string, rules: Rules, ignored: Ignored): void {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (error) {
      if (!ignored(childRel, false) && !excluded?.ignores(childRel)) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === 'ELOOP'
            ? 'a symbolic link loop'
            : code === 'ENOENT'
              ? 'a dangling symbolic link'
              : `an unreadable symbolic link (${code ?? (error as Error).message})`;
        diagnostics.push({ file: childRel, message: `skipped: ${why}.` });
      }
      return;
    }
    if (stat.isDirectory()) {
      if (!skippedDir(childRel) && !ignored(childRel, true) && !excluded?.ignores(`${childRel}/`)) {
        linked.push({ abs, rel: childRel, rules });
      }
      return;
    }
    const special = specialKind(stat);
    if (special) reportSpecial(childRel, special, ignored);
    else if (stat.isFile() && keepFile(childRel, ignored) && inRoot(abs)) files.push({ path: childRel, size: stat.size });
  }

  function inRoot(abs: string): boolean {
    try {
      const real = fs.realpathSync(abs);
      return real === realRoot || real.startsWith(realRoot + path.sep);
    } catch {
      return false;
    }
  }

  function reportSpecial(childRel: string, special: string, ignored: Ignored): void {
    // Reading a FIFO would block the walk; devices and sockets hold no source.
    if (!ignored(childRel, false) && !excluded?.ignores(childRel))
      diagnostics.push({ file: childRel, message: `skipped: a ${special}, not a regular file.` });
  }

  function keepFile(childRel: string, ignored: Ignored): boolean {
    if (ignored(childRel, false) || excluded?.ignores(childRel)) return false;
    return !(included && !included.ignores(childRel) && isSource(childRel));
  }

  visit(root, realRoot, '', []);
  // Linked folders: each real folder once, inside the root only; links found inside them make the next round.
  for (let round = linked.splice(0); round.length > 0; round = linked.splice(0)) {
    round.sort((a, b) => (a.rel < b.rel ? -1 : 1));
    for (const { abs, rel, rules } of round) {
      if (!inRoot(abs)) continue;
      visit(abs, fs.realpathSync(abs), rel, rules);
    }
  }
  return files;
}

type Rules = { base: string; ig: Ignore }[];
type Ignored = (childRel: string, isDir: boolean) => boolean;

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
/** `x.test.ts`, `x.spec.ts`, `x.e2e.ts`, and NestJS's `x.e2e-spec.ts`. */
const TEST_NAME = /\.(?:test|spec|e2e|e2e-spec)\.[cm]?[jt]sx?$/;

/** Test code of any kind (tests and their helpers): never a source of integration points. */
export function isTestFile(file: string): boolean {
  return TEST_DIR.test(file) || TEST_NAME.test(file);
}

/** A file a test runner runs: named `*.test.*`/`*.spec.*`, or any module under `__tests__/`. */
export function isRunnableTest(file: string): boolean {
  return TEST_NAME.test(file) || (/(?:^|\/)__tests__\//.test(file) && !/(?:^|\/)(?:__fixtures__|fixtures|helpers|_support)\//.test(file));
}

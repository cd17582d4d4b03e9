import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Another live itw run holds the tree. */
export class TreeLockedError extends Error {}

export interface LockRecord {
  pid: number;
  host: string;
  /** ISO time the run took the lock. */
  started: string;
}

export interface TreeLock {
  file: string;
  release(): void;
}

const LOCK_DIR = '.itw';
const LOCK_FILE = 'generate.lock';

/**
 * Takes the working tree of `root` for one `generate`: `.itw/generate.lock` holds pid, host and start time, and is
 * created by an atomic link, so of two runs exactly one gets it. A lock whose process is gone from this host is
 * stale and taken over. Released by `release()`, and on any exit of this process that still runs JavaScript.
 */
export function acquireTreeLock(root: string, log?: (line: string) => void): TreeLock {
  const dir = path.join(root, LOCK_DIR);
  const file = path.join(dir, LOCK_FILE);
  const record: LockRecord = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  const createdDir = !fs.existsSync(dir);
  for (let attempt = 0; ; attempt++) {
    fs.mkdirSync(dir, { recursive: true });
    const temp = path.join(dir, `${LOCK_FILE}.${process.pid}.${Math.random().toString(36).slice(2)}`);
    fs.writeFileSync(temp, `${JSON.stringify(record)}\n`);
    try {
      fs.linkSync(temp, file);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOENT: the folder was removed by a run releasing it in between; EEXIST: someone holds it.
      if (code !== 'EEXIST' && code !== 'ENOENT') throw error;
      if (code === 'EEXIST') {
        const holder = readLock(file);
        if (holder && alive(holder)) {
          throw new TreeLockedError(
            `another itw run (pid ${holder.pid}${holder.host === record.host ? '' : ` on ${holder.host}`}, started ${holder.started}) is generating in this tree (${root}); wait for it or stop it. ` +
              `If no such run exists, remove ${file}.`,
          );
        }
        log?.(`Taking over a stale lock ${file} (${holder ? `pid ${holder.pid} is gone` : 'unreadable'}).`);
        fs.rmSync(file, { force: true });
      }
      if (attempt >= 5) throw new Error(`could not take the lock ${file} after ${attempt + 1} attempts; try again.`, { cause: error });
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    // Remove the lock only while it is still ours (a stale takeover elsewhere must not be undone).
    const current = readLock(file);
    if (current?.pid === record.pid && current.started === record.started) fs.rmSync(file, { force: true });
    if (createdDir) {
      try {
        fs.rmdirSync(dir);
      } catch {
        // Not empty: another run's lock, or something a person keeps there.
      }
    }
  };
  process.on('exit', release);
  return { file, release };
}

function readLock(file: string): LockRecord | undefined {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockRecord>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.started === 'string'
      ? (value as LockRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the holder still runs. A lock from another host cannot be checked from here: it counts as held. */
function alive(holder: LockRecord): boolean {
  if (holder.host !== os.hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

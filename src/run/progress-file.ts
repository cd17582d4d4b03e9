import fs from 'node:fs';
import type { ProgressEvent } from './runners/types.js';

/**
 * Whether a runner's progress file holds its `run-end` line yet, read incrementally (each call
 * reads only what was appended since the last), for polling while the run goes on.
 */
export function runEndWatcher(file: string): () => boolean {
  let offset = 0;
  let partial = '';
  let ended = false;
  return () => {
    if (ended) return true;
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return false;
    }
    try {
      const buffer = Buffer.alloc(64 * 1024);
      for (let n = fs.readSync(fd, buffer, 0, buffer.length, offset); n > 0; n = fs.readSync(fd, buffer, 0, buffer.length, offset)) {
        offset += n;
        const lines = (partial + buffer.toString('utf8', 0, n)).split('\n');
        partial = lines.pop()!;
        if (lines.some(isRunEnd)) ended = true;
      }
    } finally {
      fs.closeSync(fd);
    }
    return ended;
  };
}

function isRunEnd(line: string): boolean {
  return parseEvent(line)?.event === 'run-end';
}

/** The progress file's events; a line cut short by a kill is ignored. */
export function progressEvents(progress: string): ProgressEvent[] {
  return progress.split('\n').flatMap((line) => {
    const event = line.trim() ? parseEvent(line) : undefined;
    return event ? [event] : [];
  });
}

function parseEvent(line: string): ProgressEvent | undefined {
  try {
    return JSON.parse(line) as ProgressEvent;
  } catch {
    // The last line of a killed run may be incomplete.
    return undefined;
  }
}

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { ProcessTree, TREE_VARIABLE, treeMarker } from './process-tree.js';

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Killed by itw: it outlasted `timeoutMs`, or its progress file stopped growing for `idle.ms`. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface ProcessOptions {
  cwd: string;
  env: Record<string, string>;
  /** The most the whole command may take. */
  timeoutMs?: number;
  /** Kill the command when this file has not grown for `ms`: progress, not total time, tells a hang. */
  idle?: { file: string; ms: number };
  /**
   * Whether the command says its work is done (a runner's run-end line): from then on, what its tree
   * left running outside its session or without a parent is ended, so the command can exit.
   */
  finished?: () => boolean;
  /** Ends the command's whole tree at once; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The most of each stream that is kept: its end, where a runner prints its summary and last error. */
export const MAX_CAPTURE = 4 * 1024 * 1024;
/** How long the pipes may still deliver after the command exited (holders in its tree are killed by then). */
const PIPE_GRACE_MS = 500;

/**
 * The last `max` bytes of a stream, kept as a list of chunks trimmed from the front, so capturing
 * costs linear time in what was printed; decoded once at the end, so no character is cut in two.
 */
export class Tail {
  private chunks: Buffer[] = [];
  private head = 0;
  private size = 0;

  constructor(private readonly max = MAX_CAPTURE) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[this.head]!.length >= this.max) this.size -= this.chunks[this.head++]!.length;
    if (this.head > 1024 && this.head * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
  }

  text(): string {
    const all = Buffer.concat(this.chunks.slice(this.head));
    let start = Math.max(0, all.length - this.max);
    // Start on a character, not inside one: skip UTF-8 continuation bytes.
    while (start < all.length && (all[start]! & 0xc0) === 0x80) start++;
    return all.subarray(start).toString('utf8');
  }
}

/**
 * Runs a command from an argument array (never a shell string) in a session of its own and ends
 * its whole tree (process groups and every descendant, also those that started sessions of their
 * own) when it times out, when `signal` aborts, and when it exits (servers a test forgot to close).
 * It settles when the command exits: a leftover that still holds the output pipes is not waited for.
 */
export function runProcess(command: string, args: readonly string[], options: ProcessOptions): Promise<ProcessResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const started = performance.now();
  const marker = treeMarker();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...options.env, [TREE_VARIABLE]: marker },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const closed = new Promise((done) => child.once('close', done));
    const stdout = new Tail();
    const stderr = new Tail();
    child.stdout.on('data', (d: Buffer) => stdout.push(d));
    child.stderr.on('data', (d: Buffer) => stderr.push(d));
    const tree = child.pid ? new ProcessTree(child.pid, `${TREE_VARIABLE}=${marker}`) : undefined;
    let timedOut = false;
    let aborted = false;
    let lastSize = -1;
    let lastProgress = started;
    const every = Math.max(100, Math.min(1000, (options.idle?.ms ?? options.timeoutMs ?? 4000) / 4));
    const watch = setInterval(() => {
      // Remembering the members as they come keeps them findable once their parent is gone.
      if (options.finished?.()) tree?.killLeftovers();
      else tree?.scan();
      const now = performance.now();
      if (options.idle) {
        const size = fileSize(options.idle.file);
        if (size !== lastSize) {
          lastSize = size;
          lastProgress = now;
        } else if (now - lastProgress >= options.idle.ms) end('timeout');
      }
      if (options.timeoutMs !== undefined && now - started >= options.timeoutMs) end('timeout');
    }, every);
    const end = (why: 'timeout' | 'abort'): void => {
      if (timedOut || aborted) return;
      if (why === 'timeout') timedOut = true;
      else aborted = true;
      void tree?.kill();
    };
    const onAbort = (): void => end('abort');
    signal?.addEventListener('abort', onAbort, { once: true });
    const stopWatching = (): void => {
      clearInterval(watch);
      signal?.removeEventListener('abort', onAbort);
    };
    child.once('error', (error) => {
      stopWatching();
      reject(error);
    });
    child.once('exit', (code, exitSignal) => {
      stopWatching();
      void (async () => {
        await tree?.kill();
        await Promise.race([closed, new Promise((done) => setTimeout(done, PIPE_GRACE_MS))]);
        child.stdout.destroy();
        child.stderr.destroy();
        if (aborted) return reject(signal!.reason as Error);
        resolve({
          code,
          signal: exitSignal,
          timedOut,
          stdout: stdout.text(),
          stderr: stderr.text(),
          durationMs: performance.now() - started,
        });
      })();
    });
  });
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

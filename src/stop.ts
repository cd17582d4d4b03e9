/** The signals a cancelled workflow (SIGINT, then SIGTERM) or a person at a terminal (Ctrl-C) sends. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const EXIT_CODES: Record<(typeof STOP_SIGNALS)[number], number> = { SIGINT: 130, SIGTERM: 143 };

export interface StopHandle {
  /** Aborted by the first stop signal, with a StopRequest naming it as its reason. */
  signal: AbortSignal;
  /** Gives the signals their default meaning back. */
  dispose(): void;
}

/**
 * While a run is under way, SIGINT and SIGTERM stop it instead of ending the process at once: the
 * returned signal aborts, and the run ends its test processes, undoes what it wrote and drops the
 * databases it created. A third signal ends the process at once (`forced` says so first).
 */
export function stopOnSignals(forced: (line: string) => void): StopHandle {
  const controller = new AbortController();
  let first: (typeof STOP_SIGNALS)[number] | undefined;
  let count = 0;
  const handler = (name: (typeof STOP_SIGNALS)[number]): void => {
    count++;
    if (!first) {
      first = name;
      controller.abort(new StopRequest(name));
    } else if (count >= 3) {
      forced(`itw: ended at once by a third signal (${name}); what this run left is removed by the next run.`);
      process.exit(EXIT_CODES[name]);
    }
  };
  const listeners = STOP_SIGNALS.map((name) => [name, () => handler(name)] as const);
  for (const [name, listener] of listeners) process.on(name, listener);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const [name, listener] of listeners) process.off(name, listener);
    },
  };
}

/** The reason a stop signal gives its AbortSignal. */
export class StopRequest extends Error {
  constructor(readonly signalName: (typeof STOP_SIGNALS)[number]) {
    super(`stopped by ${signalName}`);
  }
}

/** The run was stopped by a signal: its test processes were ended and what it did was undone. */
export class StoppedError extends Error {
  constructor(
    message: string,
    /** 128 + the signal's number, as a shell reports a process a signal ended. */
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** What a stopped run undid. */
export interface Undone {
  files: number;
  databases: number;
}

/** The one line that says a run was stopped and what was undone. */
export function stoppedError(signal: AbortSignal, undone: Undone): StoppedError {
  const why = signal.reason instanceof Error ? signal.reason.message : 'stopped';
  const files = `${undone.files} file${undone.files === 1 ? '' : 's'} this run wrote ${undone.files === 1 ? 'was' : 'were'} removed`;
  const databases = `${undone.databases} test database${undone.databases === 1 ? '' : 's'} dropped`;
  const exitCode = signal.reason instanceof StopRequest ? EXIT_CODES[signal.reason.signalName] : 1;
  return new StoppedError(`${why}; the test processes were ended, ${files}, ${databases}`, exitCode);
}

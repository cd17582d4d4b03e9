import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);

// src/stop.ts
var STOP_SIGNALS = ["SIGINT", "SIGTERM"];
var EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function stopOnSignals(forced) {
  const controller = new AbortController();
  let first;
  let count = 0;
  const handler = (name) => {
    count++;
    if (!first) {
      first = name;
      controller.abort(new StopRequest(name));
    } else if (count >= 3) {
      forced(`itw: ended at once by a third signal (${name}); what this run left is removed by the next run.`);
      process.exit(EXIT_CODES[name]);
    }
  };
  const listeners = STOP_SIGNALS.map((name) => [name, () => handler(name)]);
  for (const [name, listener] of listeners) process.on(name, listener);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const [name, listener] of listeners) process.off(name, listener);
    }
  };
}
var StopRequest = class extends Error {
  constructor(signalName) {
    super(`stopped by ${signalName}`);
    this.signalName = signalName;
  }
  signalName;
};
var StoppedError = class extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
};
function stoppedError(signal, undone) {
  const why = signal.reason instanceof Error ? signal.reason.message : "stopped";
  const files = `${undone.files} file${undone.files === 1 ? "" : "s"} this run wrote ${undone.files === 1 ? "was" : "were"} removed`;
  const databases = `${undone.databases} test database${undone.databases === 1 ? "" : "s"} dropped`;
  const exitCode = signal.reason instanceof StopRequest ? EXIT_CODES[signal.reason.signalName] : 1;
  return new StoppedError(`${why}; the test processes were ended, ${files}, ${databases}`, exitCode);
}

export {
  stopOnSignals,
  StoppedError,
  stoppedError
};

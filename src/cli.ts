import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, parseConfig, type RawInputs } from './config.js';
import { INPUTS } from './inputs.js';
import { terminalSummary } from './report/terminal.js';
import { createMasker } from './safety/mask.js';
import { stopOnSignals, StoppedError } from './stop.js';
import { VERSION } from './version.js';

const CLI_INPUTS = INPUTS.filter((i) => !i.actionOnly && i.name !== 'mode' && i.name !== 'working-directory');
const COMMANDS = ['audit', 'generate', 'verify', 'merge'];

function usage(): string {
  const flags = CLI_INPUTS.map(
    (i) => `  --${i.name.padEnd(18)} ${i.description.split('. ')[0]!.replace(/`/g, '')}${i.default ? ` (default: ${i.default})` : ''}`,
  );
  return [
    `itw ${VERSION}: finds a service's integration points, maps their coverage, writes the missing integration tests.`,
    '',
    'Usage: itw <audit|generate|verify> [dir] [options]',
    '',
    '  audit      integration points and their coverage; writes no test files',
    '  generate   write tests for uncovered points; keep those that pass every run',
    '  verify     run the existing tests --flake-runs times and name flaky ones',
    '',
    'Options (the same names as the action inputs):',
    ...flags,
    '  --json               print the JSON report on stdout (progress goes to stderr)',
    '  --help, --version',
    '',
    'Reports are written to itw-report/ in the service folder.',
  ].join('\n');
}

/** Exit codes: 0 done, 1 a threshold failed or the run broke, 2 the command line is wrong. */
export async function main(argv: string[], streams = { out: process.stdout, err: process.stderr }): Promise<number> {
  // Every credential of the environment is masked in everything the CLI prints.
  const masker = createMasker(process.env);
  const io = {
    out: { write: (text: string) => streams.out.write(masker.mask(text)) },
    err: { isTTY: streams.err.isTTY, write: (text: string) => streams.err.write(masker.mask(text)) },
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(CLI_INPUTS.map((i) => [i.name, { type: 'string' as const }])),
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.err.write(`itw: ${(error as Error).message}\nRun itw --help for the options.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.out.write(`${usage()}\n`), 0);
  if (values.version) return (io.out.write(`${VERSION}\n`), 0);
  const [command, dir = '.', ...extra] = positionals;
  if (!command || !COMMANDS.includes(command) || extra.length) {
    io.err.write(
      `itw: ${command ? `unknown command "${[command, ...extra].join(' ')}"` : 'missing command'}; use audit, generate or verify.\n\n${usage()}\n`,
    );
    return 2;
  }
  const raw: RawInputs = { mode: command };
  for (const input of CLI_INPUTS) {
    const value = values[input.name as keyof typeof values];
    if (typeof value === 'string') raw[input.name] = value;
  }
  if (!raw['anthropic-api-key'] && process.env.ANTHROPIC_API_KEY) raw['anthropic-api-key'] = process.env.ANTHROPIC_API_KEY;
  const progress = io.err.isTTY ? ttyProgress(io.err) : (line: string) => io.err.write(`${line}\n`);
  // The engine and its publishers load only once there is work for them (--help and --version stay fast).
  const [{ NotAvailableError, runEngine }, { thresholdFailures, writeArtifacts }, { reportJson }, { deliveryNotification }] =
    await Promise.all([import('./engine.js'), import('./publish.js'), import('./report/json.js'), import('./report/notification.js')]);
  try {
    // On a laptop the folder named is the workspace: paths like --test-dir stay inside it.
    const config = parseConfig(raw, path.resolve(dir));
    // While the engine runs, SIGINT and SIGTERM stop it cleanly (see stop.ts); then they end itw as usual.
    const stop = stopOnSignals((line) => io.err.write(`${line}\n`));
    const report = masker.maskDeep(await runEngine(config, { log: progress, signal: stop.signal }).finally(stop.dispose));
    const artifacts = await writeArtifacts(report, config, masker);
    if (values.json) io.out.write(reportJson(report));
    else
      io.out.write(
        `${terminalSummary(report)}\nReport: ${artifacts.reportPath}${artifacts.junitPath ? `\nJUnit:  ${artifacts.junitPath}` : ''}\n\n${deliveryNotification(report)}\n`,
      );
    const failures = thresholdFailures(report, config);
    for (const f of failures) io.err.write(`itw: ${f}\n`);
    return failures.length ? 1 : 0;
  } catch (error) {
    if (error instanceof StoppedError) return (io.err.write(`itw: ${error.message}\n`), error.exitCode);
    const prefix = error instanceof ConfigError ? '' : error instanceof NotAvailableError ? 'not available yet: ' : '';
    io.err.write(`itw: ${prefix}${(error as Error).message}\n`);
    return error instanceof ConfigError ? 2 : 1;
  }
}

/** On a terminal, run-by-run lines overwrite each other; everything else stays. */
function ttyProgress(stream: { write(text: string): unknown }): (line: string) => void {
  let transient = false;
  return (line) => {
    const isRun = /^\s+run \d+\/\d+/.test(line);
    stream.write(`${transient ? '\r\x1b[K' : ''}\x1b[2m›\x1b[0m ${line.trim()}${isRun ? '' : '\n'}`);
    transient = isRun;
    if (isRun && /run (\d+)\/\1\b/.test(line)) {
      stream.write('\n');
      transient = false;
    }
  };
}

process.exitCode = await main(process.argv.slice(2));

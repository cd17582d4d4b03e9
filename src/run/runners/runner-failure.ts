import type { ProcessResult } from '../process.js';
import type { RunError } from './types.js';

// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const ERROR_LINE = /^\s*(?:[A-Z][\w$.]*)?(?:Error|Exception)\b(?:\s*\[[\w-]+\])?:|^\s*(?:error|failed to)\b/i;
const STACK_LINE = /^\s+at\s|^\s*❯\s|^\s*file:\/\//;

/**
 * The error a runner printed when it ended non-zero without a test to blame (a config file that
 * threw, a missing dependency, a crash): the first error line and its message, not the stack.
 */
export function runnerFailure(runner: string, exit: ProcessResult, runEnded: boolean): RunError {
  const output = `${exit.stderr}\n${exit.stdout}`.replace(ANSI, '');
  const lines = output.split(/\r?\n/);
  const start = lines.findIndex((l) => ERROR_LINE.test(l));
  let excerpt: string[] = [];
  if (start !== -1) {
    for (const line of lines.slice(start)) {
      if (STACK_LINE.test(line)) break;
      // Blank lines and banner rules (`⎯⎯ Startup Error ⎯⎯`) separate the parts of one message.
      if (!line.trim() || line.includes('⎯')) continue;
      excerpt.push(line.trim());
      if (excerpt.length === 6) break;
    }
  } else {
    excerpt = lines
      .filter((l) => l.trim() && !STACK_LINE.test(l))
      .slice(-5)
      .map((l) => l.trim());
  }
  const how = exit.signal ? `was ended by ${exit.signal}` : `exited ${exit.code ?? 'without a code'}`;
  const when = runEnded ? 'after its tests' : 'before reporting its tests';
  const said = excerpt.length ? `: ${excerpt.join('\n')}` : ' and printed nothing';
  return { message: `${runner} ${how} ${when}${said}`, stack: output.trim().slice(-8_000) || undefined };
}

import type { RunSummary, TestOutcome } from '../model.js';

/** Passwords inside URLs anywhere in a text (`postgres://user:secret@host`) become `***`. */
const redactUrls = (text: string): string => text.replace(/(\/\/[^:/@\s]*):[^@/\s]*@/g, '$1:***@');

/** A clear error for runs that proved nothing, quoting the first cause (passwords redacted) and what to do. */
export function brokenRunMessage(summary: RunSummary, origin: TestOutcome['origin']): string {
  const first = summary.broken[0]!;
  const whose = origin === 'generated' ? 'the generated tests' : "the repository's tests";
  const where = first.file ? ` (first in ${first.file})` : '';
  const runs = summary.broken.map((b) => b.run).join(', ');
  return [
    `${whose} could not run: in run ${runs} of ${summary.runs} no test passed and every test file failed outside its tests${where}:`,
    `  ${redactUrls(first.cause).split('\n').join('\n  ')}`,
    `This is the environment, not the tests: check that the services the tests use are running and that their URLs and credentials are right, and that the test runner's configuration loads${first.seed === undefined ? '' : `; replay with seed ${first.seed}`}.${origin === 'generated' ? ' Nothing was kept.' : ''}`,
  ].join('\n');
}

import { createHash } from 'node:crypto';

const HASH_LINE = /^\/\/ itw-hash: (sha256-[0-9a-f]{16})$/m;
const VALIDATED_LINE = /^\/\/ itw-validated: passed (\d+) of \1 runs[^\n]*\n/m;

export function contentHash(body: string): string {
  return `sha256-${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;
}

/** The header names what the file tests and carries the hash of everything below it. */
export function withHeader(lines: readonly string[], body: string): { text: string; hash: string } {
  const hash = contentHash(body);
  const header = [
    ...lines.map((l) => `// ${l}`.trimEnd()),
    '// itw never overwrites this file once you edit it: the hash below then no longer matches.',
    `// itw-hash: ${hash}`,
  ];
  return { text: `${header.join('\n')}\n\n${body}`, hash };
}

/** The inverse of `withHeader` for a text it made: its header lines (without `// `) and its body. */
export function splitHeader(text: string): { lines: string[]; body: string } | undefined {
  const match = HASH_LINE.exec(text);
  if (!match) return undefined;
  const above = text.slice(0, match.index).split('\n').slice(0, -2);
  return { lines: above.map((l) => l.replace(/^\/\/ ?/, '')), body: text.slice(match.index + match[0].length).replace(/^\n\n/, '') };
}

export type Ownership = { owner: 'itw'; edited: false; hash: string } | { owner: 'itw'; edited: true } | { owner: 'person' };

/** Who a file on disk belongs to: itw (unedited), itw but edited since, or a person. */
export function ownership(text: string): Ownership {
  const match = HASH_LINE.exec(text);
  if (!match) return { owner: 'person' };
  const body = text.slice(match.index + match[0].length).replace(/^\n\n/, '');
  return contentHash(body) === match[1] ? { owner: 'itw', edited: false, hash: match[1]! } : { owner: 'itw', edited: true };
}

/**
 * The evidence a kept file carries: a line above its hash saying it passed every one of N runs. Only
 * files with it count as coverage; a file itw wrote and never validated (a killed run) does not.
 */
export function withValidation(text: string, runs: number): string {
  const line = `// itw-validated: passed ${runs} of ${runs} runs\n`;
  const bare = text.replace(VALIDATED_LINE, '');
  const at = HASH_LINE.exec(bare);
  return at ? `${bare.slice(0, at.index)}${line}${bare.slice(at.index)}` : bare;
}

/** The number of runs an itw file passed when it was last validated, if it ever was. */
export function validatedRuns(text: string): number | undefined {
  const match = VALIDATED_LINE.exec(text);
  return match ? Number(match[1]) : undefined;
}

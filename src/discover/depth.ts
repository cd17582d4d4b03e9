import type * as TS from 'typescript';
import type { TypeScriptApi } from './parser.js';

/**
 * TypeScript's parser recurses once per bracket level and overflows the stack somewhere between 500 and
 * 1,000 levels (earlier before the JIT warms up); hand-written code stays far below this.
 */
export const MAX_NESTING = 256;

/** The deepest bracket nesting of a text, counted without a parse (strings and comments included). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

/**
 * Detectors walk trees recursively and overflow a few thousand levels down. Brackets are capped above, but a
 * long `a + b + c …` chain (generated code) parses into a tree as deep as it is long.
 */
export const MAX_TREE_DEPTH = 1500;

/** Whether the syntax tree goes deeper than `limit`, found without recursion and stopping as soon as it does. */
export function treeDeeperThan(ts: TypeScriptApi, sf: TS.SourceFile, limit: number): boolean {
  const nodes: TS.Node[] = [sf];
  const depths: number[] = [0];
  let depth = 0;
  const push = (child: TS.Node): undefined => {
    nodes.push(child);
    depths.push(depth + 1);
    return undefined;
  };
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    depth = depths.pop()!;
    if (depth > limit) return true;
    ts.forEachChild(node, push);
  }
  return false;
}

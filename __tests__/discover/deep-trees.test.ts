import type * as TS from 'typescript';
import { describe, expect, it } from 'vitest';
import { forEachDeep } from '../../src/discover/ast.js';
import { forEachBinding } from '../../src/discover/detectors/db-common.js';
import { createParser, loadTypeScript } from '../../src/discover/parser.js';

const DEEP = 20_000;

describe('tree walks', () => {
  it('visit in source order, leave out the children of a skipped node and end at a stop', async () => {
    const ts = await loadTypeScript();
    const sf = createParser(ts).parse('a.ts', 'const a = f(1, g(2)); const b = h(3);\n');
    const calls = (visit: (n: TS.Node) => void | 'skip' | 'stop'): string[] => {
      const out: string[] = [];
      forEachDeep(ts, sf, (n) => {
        if (ts.isCallExpression(n)) out.push(n.expression.getText(sf));
        return visit(n);
      });
      return out;
    };
    expect(calls(() => undefined)).toEqual(['f', 'g', 'h']);
    expect(calls((n) => (ts.isCallExpression(n) && n.expression.getText(sf) === 'f' ? 'skip' : undefined))).toEqual(['f', 'h']);
    expect(calls((n) => (ts.isCallExpression(n) && n.expression.getText(sf) === 'g' ? 'stop' : undefined))).toEqual(['f', 'g']);
  });

  it('walk a tree deeper than the call stack allows recursion', async () => {
    const ts = await loadTypeScript();
    const chain = Array.from({ length: DEEP }, (_, i) => `w${i}`).join(' + ');
    const sf = createParser(ts).parse('deep.ts', `let total = 0;\ntotal = ${chain};\n`);
    let identifiers = 0;
    forEachDeep(ts, sf, (n) => {
      if (ts.isIdentifier(n)) identifiers++;
    });
    expect(identifiers).toBe(DEEP + 2);
    const bound: string[] = [];
    forEachBinding(ts, sf, (name) => bound.push(name));
    expect(bound).toEqual(['total', 'total']);
  });
});

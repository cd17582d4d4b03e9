import type * as TS from 'typescript';
import { loadTypeScript } from '../discover/parser.js';
import { NAME_SEPARATOR } from '../run/runners/types.js';

/** A problem a check found in a generated file: in one scenario (`it(...)` block), or in the file as a whole. */
export interface FileProblem {
  /** Repository-relative. */
  file: string;
  /** The scenario's full name (`describe › describe › title`) when the problem lies inside an `it` block. */
  scenario?: string;
  /** `TS2345 Argument of type … (line 42)` */
  message: string;
}

/** Attaches each problem (found at a line of a generated file) to the scenario whose `it(...)` block holds that line. */
export async function toScenarios(
  files: readonly { file: string; text: string }[],
  problems: readonly { file: string; line: number; message: string }[],
): Promise<FileProblem[]> {
  if (problems.length === 0) return [];
  const ts = await loadTypeScript();
  const blocks = new Map(files.map((f) => [f.file, itBlocks(ts, f.file, f.text)]));
  return problems.map((e) => {
    const scenario = blocks.get(e.file)?.find((b) => e.line >= b.start && e.line <= b.end)?.name;
    return { file: e.file, ...(scenario ? { scenario } : {}), message: `${e.message} (line ${e.line})` };
  });
}

/** The `it(...)` calls of a file, with their full names and line ranges. */
function itBlocks(ts: typeof TS, file: string, text: string): { name: string; start: number; end: number }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const line = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const out: { name: string; start: number; end: number }[] = [];
  const visit = (node: TS.Node, titles: string[]): void => {
    const first = ts.isCallExpression(node) ? node.arguments[0] : undefined;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && first && ts.isStringLiteralLike(first)) {
      const title = first.text;
      if (node.expression.text === 'it' || node.expression.text === 'test') {
        out.push({ name: [...titles, title].join(NAME_SEPARATOR), start: line(node.getStart(sf)), end: line(node.getEnd()) });
        return;
      }
      if (node.expression.text === 'describe') {
        node.arguments.slice(1).forEach((a) => visit(a, [...titles, title]));
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, titles));
  };
  visit(sf, []);
  return out;
}

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML (or JSON) file that still knows where each value came from. */
export interface YamlDoc {
  value: unknown;
  /** 1-based line of the key (or sequence item) at `path`, when it exists. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export type YamlResult = { ok: true; doc: YamlDoc } | { ok: false; line?: number; message: string };

/** Parses one YAML document (JSON included, `<<` merge keys honoured); errors come back as data with the line they start on. */
export function parseYaml(text: string): YamlResult {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const first = doc.errors[0];
  if (first) return { ok: false, line: lineCounter.linePos(first.pos[0]).line, message: first.message.split('\n')[0]! };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  return {
    ok: true,
    doc: {
      value,
      lineOf(path) {
        let node: unknown = doc.contents;
        let offset: number | undefined;
        for (const segment of path) {
          if (isMap(node)) {
            const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
            if (!pair) return undefined;
            offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
            node = pair.value;
          } else if (isSeq(node) && typeof segment === 'number') {
            node = node.items[segment];
            offset = (node as { range?: [number] } | undefined)?.range?.[0];
          } else {
            return undefined;
          }
        }
        return offset === undefined ? undefined : lineCounter.linePos(offset).line;
      },
    },
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

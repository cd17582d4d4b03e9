import fs from 'node:fs/promises';
import path from 'node:path';
import type { Coverage, CoveringTest, Diagnostic, IntegrationPoint } from '../model.js';
import { createParser, loadTypeScript } from '../discover/parser.js';
import { httpCalls, pathMatches } from './http-calls.js';

export interface CoverInput {
  root: string;
  points: readonly IntegrationPoint[];
  testFiles: readonly string[];
}

/**
 * Maps the repository's existing tests to the points they exercise, by reading them (static match):
 * an HTTP point is covered by a test that sends its method to a path its route matches; other kinds
 * by a test that names their table, queue or topic.
 */
export async function cover({ root, points, testFiles }: CoverInput, diagnostics: Diagnostic[] = []): Promise<Coverage[]> {
  const ts = await loadTypeScript();
  const parser = createParser(ts);
  const found = new Map<string, CoveringTest[]>(points.map((p) => [p.id, []]));
  for (const file of testFiles) {
    let text: string;
    try {
      text = await fs.readFile(path.join(root, file), 'utf8');
    } catch (error) {
      diagnostics.push({ file, message: `cannot read test file: ${(error as Error).message}` });
      continue;
    }
    const calls = httpCalls(ts, parser.parse(file, text));
    for (const point of points) {
      if (point.kind !== 'http') continue;
      const method = String(point.details.method);
      const route = String(point.details.path);
      for (const call of calls) {
        if ((call.method === method || method === 'ALL') && pathMatches(route, call.path)) {
          found.get(point.id)!.push({ file, name: call.test, line: call.line, how: 'static' });
        }
      }
    }
  }
  return points.map((p) => ({ pointId: p.id, tests: dedupeTests(found.get(p.id) ?? []) }));
}

function dedupeTests(tests: CoveringTest[]): CoveringTest[] {
  const seen = new Set<string>();
  return tests.filter((t) => {
    const key = `${t.file}\0${t.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

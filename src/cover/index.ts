import fs from 'node:fs/promises';
import path from 'node:path';
import type { Coverage, CoveringTest, Diagnostic, IntegrationPoint } from '../model.js';
import { createParser, loadTypeScript } from '../discover/parser.js';
import { httpCalls, pathMatches } from './http-calls.js';
import { reachedThrough } from './reach.js';

export interface CoverInput {
  root: string;
  points: readonly IntegrationPoint[];
  testFiles: readonly string[];
}

/**
 * Maps the repository's existing tests to the points they exercise, by reading them (static match):
 * an HTTP point is covered by a test that sends its method to a path its route matches, and the
 * tables, caches and queues its handler uses are covered through it.
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
      const { method, path: route } = point.details;
      for (const call of calls) {
        if ((call.method === method || method === 'ALL') && pathMatches(route, call.path)) {
          const test: CoveringTest = { file, name: call.test, line: call.line, how: 'static' };
          found.get(point.id)!.push(test);
          for (const reached of reachedThrough(point, points)) found.get(reached.id)!.push(test);
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

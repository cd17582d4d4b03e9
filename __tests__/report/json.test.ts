import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { parseReport, ReportParseError, reportJson } from '../../src/report/json.js';
import { ordersReport } from './factory.js';

/** The same object with every key inserted in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  }
  return value;
}

function parseError(text: string, source: string): ReportParseError {
  try {
    parseReport(text, source);
  } catch (error) {
    if (error instanceof ReportParseError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

describe('reportJson', () => {
  it('round-trips through parseReport', () => {
    const report = ordersReport();
    expect(parseReport(reportJson(report), 'itw-report.json')).toEqual(report);
  });

  it('gives byte-identical output whatever order the keys were inserted in', () => {
    const report = ordersReport();
    const text = reportJson(report);
    expect(reportJson(reversed(report) as Report)).toBe(text);
    expect(text.startsWith('{\n  "counts": {\n    "byKind": [\n')).toBe(true);
    expect(text.endsWith('\n  "version": 1\n}\n')).toBe(true);
  });
});

describe('parseReport', () => {
  const good = () => JSON.parse(reportJson(ordersReport())) as Record<string, unknown>;

  it('names the file when a shard is not JSON at all', () => {
    const error = parseError('{"version": 1, "points": [', 'shard-3/itw-report.json');
    expect(error.message).toMatch(/^shard-3\/itw-report\.json is not valid JSON \(.+\); was the report artifact uploaded whole\?$/);
    expect(error.field).toBeUndefined();
  });

  it('names the file and the field that is wrong', () => {
    const data = good();
    (data.outcomes as { runs: string[] }[])[2]!.runs[1] = 'ok';
    const error = parseError(JSON.stringify(data), 'shard-2/itw-report.json');
    expect(error.field).toBe('outcomes[2].runs[1]');
    expect(error.message).toBe(
      'shard-2/itw-report.json is not a valid itw report: outcomes[2].runs[1]: Invalid option: expected one of "passed"|"failed"|"skipped".',
    );
  });

  it('reports a missing field and lists at most three problems', () => {
    const data = good();
    delete data.counts;
    delete data.root;
    (data.points as { location: unknown }[])[0]!.location = { file: 'src/a.ts', line: '12' };
    (data.points as { kind: unknown }[])[1]!.kind = 'grpc';
    const error = parseError(JSON.stringify(data), 'r.json');
    expect(error.field).toBe('root');
    expect(error.message).toBe(
      'r.json is not a valid itw report: root: Invalid input: expected string, received undefined; ' +
        'points[0].location.line: Invalid input: expected number, received string; ' +
        'points[1].kind: Invalid option: expected one of "http"|"db"|"cache"|"queue"|"external-http"|"fs" (and 1 more problem).',
    );
  });

  it("checks each point's details against its kind", () => {
    const data = good();
    const points = data.points as { details: Record<string, unknown> }[];
    delete points[0]!.details.method;
    points[4]!.details.operations = 'select';
    points[7]!.details.anything = ['a queue records what its library says'];
    const error = parseError(JSON.stringify(data), 'r.json');
    expect(error.field).toBe('points[0].details.method');
    expect(error.message).toBe(
      'r.json is not a valid itw report: points[0].details.method: Invalid input: expected string, received undefined; ' +
        'points[4].details.operations: Invalid input: expected array, received string.',
    );
  });

  it('refuses a report of another version with a hint', () => {
    const error = parseError(JSON.stringify({ ...good(), version: 2 }), 'shard-1/itw-report.json');
    expect(error.field).toBe('version');
    expect(error.message).toBe(
      'shard-1/itw-report.json is a version 2 report; this itw reads version 1. Use the same itw version for every shard and the merge.',
    );
  });

  it('refuses a top-level value that is not an object', () => {
    expect(parseError('[]', 'x.json').message).toBe(
      'x.json is not a valid itw report: (top level): Invalid input: expected object, received array.',
    );
  });
});

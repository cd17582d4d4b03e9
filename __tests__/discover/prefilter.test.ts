import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/discover/detectors/index.js';
import { discover } from '../../src/discover/index.js';
import { selectForParsing } from '../../src/discover/prefilter.js';
import { isSource, walkRepo } from '../../src/discover/walk.js';
import type { Diagnostic } from '../../src/model.js';
import fs from 'node:fs';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/prefilter');

describe('which files get a full parse', () => {
  it('library importers, literal route definitions, and hinted files in the import closure or importing nothing', async () => {
    const deps = new Set(['express', 'pg']);
    const active = DETECTORS.filter((d) => d.packages.some((p) => deps.has(p)));
    const sources = (await walkRepo(fixture)).filter((f) => isSource(f.path));
    const diagnostics: Diagnostic[] = [];
    const selected = selectForParsing(
      sources.map((f) => ({ path: f.path, pkg: undefined, active, deps })),
      (file) => fs.readFileSync(path.join(fixture, file), 'utf8'),
      diagnostics,
    );
    expect(selected.map((s) => s.candidate.path).sort()).toEqual([
      'src/app.ts', // imports express
      'src/db.ts', // imports pg
      'src/legacy-routes.js', // defines a route on a literal path
      'src/migrations/001_orders.js', // `.query(` and no imports: the client arrives as a parameter
      'src/repo.ts', // `.query(` and imports db.ts, which imports pg
    ]);
    // Left out: controllers/orders.ts (no hint), lib/* (`.get(` on Maps, importing only each other, in a cycle).
    expect(diagnostics).toEqual([]);
  });

  it('parses a handler file on demand when a detector follows an import into it', async () => {
    const { points, diagnostics, stats } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'db pg pg:orders src/repo.ts:4',
      'http express GET /orders/:id src/app.ts:5',
    ]);
    // The 404 comes from controllers/orders.ts, parsed only because the route's handler is imported from it.
    expect(points[1]!.details.statuses).toEqual([404]);
    expect(stats).toEqual({ files: 10, sources: 9, parsed: 6 });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/discover/detectors/index.js';
import { discover } from '../../src/discover/index.js';
import { selectForParsing } from '../../src/discover/prefilter.js';
import { isSource, walkRepo } from '../../src/discover/walk.js';
import { isHttpPoint, type Diagnostic } from '../../src/model.js';
import fs from 'node:fs';
import { CallIndex } from '../../src/discover/call-index.js';
import { fetchDetector } from '../../src/discover/detectors/external/fetch.js';
import { nextjs } from '../../src/discover/detectors/nextjs.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/prefilter');
const claims = path.resolve(import.meta.dirname, '../fixtures/discover/prefilter-claims');

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
    expect(points.find(isHttpPoint)!.details.statuses).toEqual([404]);
    expect(stats).toEqual({ files: 10, sources: 9, parsed: 6 });
  });

  it('parses the files a detector claims by path or by hints that suffice, whatever they import', async () => {
    const active = [nextjs, fetchDetector];
    const sources = (await walkRepo(claims)).filter((f) => isSource(f.path));
    const index = new CallIndex();
    const selected = selectForParsing(
      sources.map((f) => ({ path: f.path, pkg: undefined, active, deps: new Set(['next']) })),
      (file) => fs.readFileSync(path.join(claims, file), 'utf8'),
      [],
      index,
    );
    expect(selected.map((s) => s.candidate.path).sort()).toEqual([
      'src/app/api/health/route.ts', // a Next.js route file, importing only a local module
      'src/lib/upstream.ts', // calls the global fetch, importing only a local module
    ]);
    // Left out: lib/sdk.ts (`client.fetch(` is a method), lib/config.ts and lib/version.ts (no hint).
    expect(index.filesCalling('fetch')).toEqual(['src/lib/upstream.ts']);
    expect(index.filesCalling('read')).toEqual([]);

    const { points, diagnostics, stats } = await discover(claims);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'external-http fetch fetch:https://status.example.com src/lib/upstream.ts:3',
      'http next GET /api/health src/app/api/health/route.ts:3',
    ]);
    expect(points[0]!.details).toEqual({ origin: 'https://status.example.com', requests: ['GET /api/v2/status.json'] });
    // The two claimed files, and config.ts parsed on demand for the URL's base.
    expect(stats).toEqual({ files: 6, sources: 5, parsed: 3 });
  });
});

/**
 * The Next.js harness on Pages Router API routes: a notes API as `pages/api/**` handlers added to a copy of the
 * next-vitest fixture beside its App Router routes, its points as discovery reports them, the tests planned for
 * them run by the fixture's own Vitest (requests reaching the handlers through Next's own `apiResolver` on a real
 * Node server) and type-checked by its own tsc; and what that server answers as Next.js does (malformed JSON,
 * query and path values, redirects, errors).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { removePlannedCopies, runPlanned } from '../helpers/planned.js';
import { ownTypecheck, removeCopy } from '../helpers/stack.js';
import { stackCopy } from '../helpers/workspace.js';
import fs from 'node:fs/promises';
import path from 'node:path';

const STORE = `export interface Note {
  id: number;
  title: string;
  body: string;
}

/** The notes, in memory. */
export const notes = new Map<number, Note>();
let last = 0;

export function addNote(title: string, body: string): Note {
  const note = { id: ++last, title, body };
  notes.set(note.id, note);
  return note;
}
`;

const NOTES = `import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { addNote, notes } from '../../../lib/notes';

const noteInput = z.object({ title: z.string().min(1).max(200), body: z.string().max(2000) });

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return res.status(200).json([...notes.values()]);
    case 'POST': {
      const parsed = noteInput.safeParse(req.body);
      if (!parsed.success) return res.status(400).json({ error: parsed.error.issues });
      return res.status(201).json(addNote(parsed.data.title, parsed.data.body));
    }
    default:
      res.setHeader('Allow', 'GET, POST');
      return res.status(405).end();
  }
}
`;

const NOTE = `import type { NextApiRequest, NextApiResponse } from 'next';
import { notes } from '../../../lib/notes';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const note = notes.get(Number(req.query.id));
  switch (req.method) {
    case 'GET':
      if (!note) return res.status(404).json({ error: 'not found' });
      return res.status(200).json(note);
    case 'DELETE':
      if (!note) return res.status(404).json({ error: 'not found' });
      notes.delete(note.id);
      return res.status(204).end();
    default:
      res.setHeader('Allow', 'GET, DELETE');
      return res.status(405).end();
  }
}
`;

/** Answers what it was given, for the behaviour tests below: Next's own request parsing and response helpers. */
const ECHO = `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.parts?.[0] === 'moved') return res.redirect(308, '/api/notes');
  if (req.query.parts?.[0] === 'text') return res.send('plain');
  if (req.query.parts?.[0] === 'fail') throw new Error('echo failed on purpose');
  res.json({ method: req.method, query: req.query, body: req.body ?? null });
}
`;

const PAGES_TEST = `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './_support/app';

describe('pages', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('passes the query string and the path segments in req.query, the JSON body in req.body', async () => {
    const response = await app.request('POST', '/api/echo/a/b%20c?x=1&y=2&y=3', { body: { n: 1 } });
    expect([response.status, response.body]).toEqual([
      200,
      { method: 'POST', query: { x: '1', y: ['2', '3'], parts: ['a', 'b c'] }, body: { n: 1 } },
    ]);
  });
  it('answers malformed JSON with 400 Invalid JSON', async () => {
    const response = await app.request('POST', '/api/echo/x', { rawBody: '{"n":' });
    expect([response.status, response.body]).toEqual([400, 'Invalid JSON']);
  });
  it('answers res.redirect(), res.send() and a thrown error as Next.js does', async () => {
    const moved = await app.request('GET', '/api/echo/moved');
    expect([moved.status, moved.headers.get('location')]).toEqual([308, '/api/notes']);
    expect((await app.request('GET', '/api/echo/text')).body).toBe('plain');
    expect((await app.request('GET', '/api/echo/fail')).status).toBe(500);
  });
  it('serves App Router routes beside them and 404 for a path no route serves', async () => {
    expect((await app.request('GET', '/api/health')).status).toBe(200);
    expect((await app.request('GET', '/api/nothing')).status).toBe(404);
  });
});
`;

const FILES = {
  'lib/notes.ts': STORE,
  'pages/api/notes/index.ts': NOTES,
  'pages/api/notes/[id].ts': NOTE,
  'pages/api/echo/[...parts].ts': ECHO,
};

afterAll(removePlannedCopies);

describe('the Next.js harness on Pages Router API routes', () => {
  it('calls each pages/api handler through Next’s apiResolver: every planned test passes under the fixture’s Vitest and tsc', async () => {
    // The points as discovery reports them for these files.
    const scratch = await stackCopy('next-vitest');
    let points;
    try {
      for (const [file, text] of Object.entries(FILES)) {
        await fs.mkdir(path.dirname(path.join(scratch, file)), { recursive: true });
        await fs.writeFile(path.join(scratch, file), text);
      }
      points = (await discover(scratch)).points.filter(
        (p) => p.kind === 'http' && (p.location.file.startsWith('pages/api/') || p.key === 'GET /api/health'),
      );
    } finally {
      await removeCopy(scratch);
    }
    expect(points.map((p) => p.key).sort()).toEqual([
      'ALL /api/echo/:parts*',
      'DELETE /api/notes/:id',
      'GET /api/health',
      'GET /api/notes',
      'GET /api/notes/:id',
      'POST /api/notes',
    ]);

    const { dir, plan, run, outcomes } = await runPlanned('next-vitest', points, {
      ...FILES,
      'test/integration/itw/pages.test.ts': PAGES_TEST,
    });

    // The catch-all serves any method and creates nothing: only the tests below call it.
    const echo = points.find((p) => p.key === 'ALL /api/echo/:parts*')!;
    expect(plan.gaps.filter((g) => g.pointId.startsWith('http:')).map((g) => g.pointId)).toEqual([echo.id]);
    const support = plan.files.find((f) => f.file.endsWith('_support/app.ts'))!.text;
    expect(support).toContain("import { apiResolver } from 'next/dist/server/api-utils/node/api-resolver';");
    expect(support).toContain("{ path: '/api/notes/:id', pages: true, load: () => import('../../../../pages/api/notes/[id]') },");
    const scenarios = plan.files.flatMap((f) => f.scenarios);
    const groups = new Set(scenarios.filter((s) => s.kind === 'happy').map((s) => s.group));
    expect([...groups].sort()).toEqual(
      points
        .filter((p) => p !== echo)
        .map((p) => p.key)
        .sort(),
    );
    expect(scenarios.map((s) => s.title)).toEqual(expect.arrayContaining(['rejects malformed JSON with 400']));
    for (const s of scenarios) expect(outcomes.get(s.name), s.name).toBe('passed');
    for (const [name, outcome] of outcomes) if (name.startsWith('pages')) expect(outcome, name).toBe('passed');
    expect([...outcomes.keys()].filter((n) => n.startsWith('pages'))).toHaveLength(4);
    expect(run.code, run.stderr).toBe(0);

    const tsc = await ownTypecheck(dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });
});

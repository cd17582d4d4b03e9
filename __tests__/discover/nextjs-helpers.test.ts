import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint, type HttpDetails } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/nextjs-helpers');

async function byKey(): Promise<Map<string, HttpDetails>> {
  const { points, diagnostics } = await discover(fixture);
  expect(diagnostics).toEqual([]);
  return new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
}

describe('nextjs route handlers that call the repository’s helpers (through the tsconfig `paths` aliases)', () => {
  it('takes the body schema a handler hands to its parsing helper, and the 400 that helper answers', async () => {
    const post = (await byKey()).get('POST /api/notes')!;
    expect(post.body).toEqual({
      type: 'object',
      properties: { title: { type: 'string', minLength: 1, maxLength: 120 }, body: { type: 'string' } },
      required: ['title', 'body'],
    });
    // 400 from `parseBody`, 409 from `conflict()` in another module, 201 of its own.
    expect(post.statuses).toEqual([201, 400, 409]);
  });

  it('reads a helper the handler calls first and that answers 401 as its guard, whatever its name', async () => {
    const del = (await byKey()).get('DELETE /api/notes/:id')!;
    expect(del.auth).toEqual(['assertStaffToken']);
    expect(del.authInfo).toEqual({ statuses: [401], scheme: 'bearer', env: 'NOTES_TOKEN', missing: 401, wrong: 401 });
    // `notFound()` is a local arrow function; `new NextResponse(null, { status: 204 })` its own.
    expect(del.statuses).toEqual([204, 401, 404]);
  });

  it('answers 200 where a handler returns NextResponse.json(x) without a status', async () => {
    const points = await byKey();
    expect(points.get('GET /api/notes')!.statuses).toEqual([200]);
    expect(points.get('GET /api/notes/:id')!.statuses).toEqual([200, 404]);
    expect(points.get('GET /api/notes/:id')!.auth).toEqual([]);
  });

  it('reads the statuses of the table an error helper maps database errors with, and a schema the handler applies itself', async () => {
    const post = (await byKey()).get('POST /api/tags')!;
    // `dbErrorResponse(error)`: 409 and 422 from `{ '23505': { status: 409 }, … }`; its computed status is no 200.
    expect(post.statuses).toEqual([201, 409, 422]);
    expect(post.body).toEqual({
      type: 'object',
      properties: { name: { type: 'string', minLength: 1 } },
      required: ['name'],
    });
  });
});

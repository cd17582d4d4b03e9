import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/fastify-shared-schemas');

describe('fastify: route schemas that name shared schemas', () => {
  it('reads a body given as { $ref } from the schemas fastify.addSchema added, with their patterns and nested $refs', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    const bodies = Object.fromEntries(points.filter(isHttpPoint).map((p) => [p.key, p.details.body]));
    const isbn = { type: 'string', pattern: '^(97[89])?\\d{9}[\\dX]$' };
    const book = {
      type: 'object',
      required: ['title', 'isbn'],
      properties: { title: { type: 'string', minLength: 1 }, isbn, year: { type: 'integer', minimum: 1450 } },
    };
    expect(bodies).toEqual({
      'POST /api/books': book,
      // `newBook` without the trailing `#` names the same schema.
      'PUT /api/books/:id': book,
      'PATCH /api/books/:id/isbn': { type: 'object', required: ['isbn'], properties: { isbn } },
    });
  });
});

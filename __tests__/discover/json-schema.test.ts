import { describe, expect, it } from 'vitest';
import { toSchemaLike, type Literal } from '../../src/discover/schemas/json-schema.js';

describe('JSON Schema read into the point model', () => {
  it('keeps a string pattern with the other constraints', () => {
    expect(
      toSchemaLike({
        type: 'object',
        required: ['isbn'],
        properties: { isbn: { type: 'string', pattern: '^(97[89])?\\d{9}[\\dX]$', maxLength: 13 } },
      }),
    ).toEqual({
      type: 'object',
      required: ['isbn'],
      properties: { isbn: { type: 'string', pattern: '^(97[89])?\\d{9}[\\dX]$', maxLength: 13 } },
    });
  });

  it('follows $ref into shared schemas by $id (book#, book#/properties/isbn) and into the schema itself (#/definitions)', () => {
    const shared = new Map<string, Literal>([
      [
        'book',
        {
          $id: 'book',
          type: 'object',
          required: ['isbn'],
          properties: { isbn: { $ref: '#/definitions/isbn' }, title: { type: 'string', minLength: 1 } },
          definitions: { isbn: { type: 'string', pattern: '^\\d{13}$' } },
        },
      ],
    ]);
    expect(toSchemaLike({ $ref: 'book#' }, shared)).toEqual({
      type: 'object',
      required: ['isbn'],
      properties: { isbn: { type: 'string', pattern: '^\\d{13}$' }, title: { type: 'string', minLength: 1 } },
    });
    expect(
      toSchemaLike(
        {
          type: 'object',
          properties: { isbn: { $ref: 'book#/properties/title' }, year: { $ref: '#/definitions/year' } },
          definitions: { year: { type: ['integer', 'null'], minimum: 1450 } },
        },
        shared,
      ),
    ).toEqual({
      type: 'object',
      properties: { isbn: { type: 'string', minLength: 1 }, year: { type: 'integer', minimum: 1450 } },
    });
  });

  it('reads a $ref it cannot resolve, or one that refers to itself, as a schema it knows nothing of', () => {
    expect(toSchemaLike({ type: 'object', properties: { a: { $ref: 'missing#' } } })).toEqual({
      type: 'object',
      properties: { a: {} },
    });
    const loop = new Map<string, Literal>([['node', { $id: 'node', type: 'object', properties: { next: { $ref: 'node#' } } }]]);
    expect(toSchemaLike({ $ref: 'node#' }, loop)).toMatchObject({ type: 'object', properties: { next: { type: 'object' } } });
  });
});

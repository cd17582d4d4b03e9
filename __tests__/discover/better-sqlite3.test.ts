import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/better-sqlite3');

describe('better-sqlite3', () => {
  it('finds the tables of prepared statements, with columns from the schema the code creates', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'db better-sqlite3 better-sqlite3:authors src/store/authors.js:4 sqlite',
      'db better-sqlite3 better-sqlite3:notes src/store/notes.js:3 sqlite',
    ]);
    const byKey = new Map(points.map((p) => [p.key, p.details]));
    expect(byKey.get('better-sqlite3:authors')).toEqual({
      table: 'authors',
      operations: ['create', 'insert', 'select'],
      columns: [
        { name: 'id', type: 'integer', notNull: true, unique: false, primaryKey: true },
        { name: 'name', type: 'text', notNull: true, unique: true, primaryKey: false },
      ],
    });
    expect(byKey.get('better-sqlite3:notes')).toEqual({
      table: 'notes',
      // The upsert (ON CONFLICT … DO UPDATE) is beyond the SQLite grammar of the parser: the keyword scan reads it as an insert.
      operations: ['create', 'delete', 'insert', 'select'],
      columns: [
        { name: 'id', type: 'integer', notNull: true, unique: false, primaryKey: true },
        {
          name: 'author_id',
          type: 'integer',
          notNull: true,
          unique: false,
          primaryKey: false,
          references: { table: 'authors', column: 'id' },
        },
        { name: 'slug', type: 'text', notNull: true, unique: true, primaryKey: false },
        { name: 'title', type: 'text', notNull: true, unique: false, primaryKey: false },
        { name: 'body', type: 'text', notNull: false, unique: false, primaryKey: false },
        { name: 'created_at', type: 'text', notNull: true, unique: false, primaryKey: false, default: "datetime('now')" },
      ],
    });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/kysely');

const col = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  notNull: false,
  unique: false,
  primaryKey: false,
  ...extra,
});
const migration = 'src/migrations/2024-05-01T00-00_init.ts';

describe('kysely', () => {
  it('finds every table of the query builder, with operations and schema-builder columns', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'db kysely kysely:audit src/repositories/pet.ts:15 postgres',
      'db kysely kysely:person src/repositories/person.ts:5 postgres',
      'db kysely kysely:pet src/repositories/pet.ts:5 postgres',
    ]);
    const byKey = new Map(points.map((p) => [p.key, p.details]));
    expect(byKey.get('kysely:person')).toEqual({
      table: 'person',
      // The upsert (onConflict … doUpdateSet) writes as well as inserts; the pet join reads.
      operations: ['insert', 'select', 'update'],
      columns: [
        col('id', 'serial', { notNull: true, primaryKey: true }),
        col('email', 'varchar(255)', { notNull: true, unique: true }),
        col('first_name', 'varchar(100)', { notNull: true }),
        col('last_name', 'varchar(100)'),
        col('created_at', 'timestamptz', { notNull: true, default: 'now()' }),
      ],
      migrations: [migration],
    });
    expect(byKey.get('kysely:pet')).toEqual({
      table: 'pet',
      operations: ['delete', 'insert', 'select'],
      columns: [
        col('id', 'serial', { notNull: true, primaryKey: true }),
        col('name', 'text', { notNull: true }),
        col('owner_id', 'integer', { notNull: true, references: { table: 'person', column: 'id' } }),
        col('species', 'text', { notNull: true, default: 'cat' }),
      ],
      migrations: [migration],
    });
    expect(byKey.get('kysely:audit')).toEqual({
      table: 'audit',
      // onConflict(doNothing) is still only an insert.
      operations: ['insert'],
      columns: [
        col('id', 'bigserial', { notNull: true, primaryKey: true }),
        col('action', 'text', { notNull: true }),
        col('subject', 'integer', { references: { table: 'pet', column: 'id' } }),
      ],
      migrations: [migration],
    });
  });
});

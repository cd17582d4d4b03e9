import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isDbPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/mongoose');

const col = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  notNull: false,
  unique: false,
  primaryKey: false,
  ...extra,
});
const id = col('_id', 'objectid', { notNull: true, primaryKey: true });

describe('mongoose', () => {
  it('finds every model at its first use, keyed by its collection when one is given', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'db mongoose mongoose:audit_log src/services/users.ts:6 mongodb',
      'db mongoose mongoose:organisations src/services/orgs.js:4 mongodb',
      'db mongoose mongoose:User src/services/users.ts:5 mongodb',
    ]);
    expect(Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.operations]))).toEqual({
      'mongoose:audit_log': ['insert'],
      'mongoose:organisations': ['delete', 'select'],
      // new User(…).save(), findOne, find, findByIdAndUpdate.
      'mongoose:User': ['insert', 'select', 'update'],
    });
  });

  it('reads the schema fields: required, unique, defaults, refs, nested paths and timestamps', async () => {
    const { points } = await discover(fixture);
    const columns = Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.columns]));
    expect(columns['mongoose:User']).toEqual([
      id,
      col('email', 'string', { notNull: true, unique: true }),
      col('name', 'string'),
      col('role', 'string', { default: 'member' }),
      // required: [true, message]; ref: 'Org' names the model whose collection is `organisations`.
      col('org', 'objectid', { notNull: true, references: { table: 'organisations', column: '_id' } }),
      col('address.city', 'string'),
      col('address.zip', 'string'),
      col('tags', 'string[]'),
      col('createdAt', 'date', { notNull: true }),
      col('updatedAt', 'date', { notNull: true }),
    ]);
    expect(columns['mongoose:organisations']).toEqual([
      id,
      col('name', 'string', { notNull: true }),
      col('members', 'objectid[]', { references: { table: 'User', column: '_id' } }),
      // A required function is conditional: not always required.
      col('plan', 'string'),
    ]);
    expect(columns['mongoose:audit_log']).toEqual([
      id,
      col('action', 'string', { notNull: true }),
      col('actor', 'objectid', { references: { table: 'User', column: '_id' } }),
      col('at', 'date', { default: 'Date.now' }),
    ]);
  });
});

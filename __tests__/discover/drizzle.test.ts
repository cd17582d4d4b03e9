import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isDbPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/drizzle');

const col = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  notNull: true,
  unique: false,
  primaryKey: false,
  ...extra,
});

describe('drizzle', () => {
  it('finds every table of the schema at its first query, through named and namespace imports', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'db drizzle drizzle:orgs src/services/users.ts:13 postgres',
      'db drizzle drizzle:post_tags src/services/posts.ts:12 postgres',
      'db drizzle drizzle:posts src/services/posts.ts:6 postgres',
      'db drizzle drizzle:users src/services/users.ts:6 postgres',
    ]);
    expect(Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.operations]))).toEqual({
      'drizzle:orgs': ['select'],
      'drizzle:post_tags': ['delete', 'insert'],
      'drizzle:posts': ['insert', 'select'],
      // onConflictDoUpdate makes the insert an upsert.
      'drizzle:users': ['insert', 'select', 'update'],
    });
  });

  it('reads columns, constraints and references from the table declarations', async () => {
    const { points } = await discover(fixture);
    const columns = Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.columns]));
    expect(columns['drizzle:orgs']).toEqual([
      col('id', 'serial', { primaryKey: true }),
      col('name', 'varchar'),
      col('slug', 'text', { unique: true }),
    ]);
    expect(columns['drizzle:users']).toEqual([
      col('id', 'serial', { primaryKey: true }),
      // uniqueIndex(…).on(t.email) in the third argument.
      col('email', 'text', { unique: true }),
      col('display_name', 'text', { notNull: false }),
      // The pgEnum's database name.
      col('role', 'role', { default: 'member' }),
      col('org_id', 'integer', { notNull: false, references: { table: 'orgs', column: 'id' } }),
      col('active', 'boolean', { default: 'true' }),
      col('created_at', 'timestamp', { default: 'now()' }),
    ]);
    expect(columns['drizzle:posts']).toEqual([
      col('id', 'uuid', { primaryKey: true, default: 'gen_random_uuid()' }),
      // foreignKey({ columns, foreignColumns }); the composite unique leaves each column non-unique.
      col('author_id', 'integer', { references: { table: 'users', column: 'id' } }),
      col('slug', 'text'),
      col('body', 'text', { notNull: false }),
      col('published_at', 'timestamp', { notNull: false, default: 'now()' }),
    ]);
    expect(columns['drizzle:post_tags']).toEqual([
      col('post_id', 'uuid', { primaryKey: true, references: { table: 'posts', column: 'id' } }),
      col('tag', 'text', { primaryKey: true }),
    ]);
  });
});

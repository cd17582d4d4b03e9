import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isDbPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/sequelize');

const col = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  notNull: false,
  unique: false,
  primaryKey: false,
  ...extra,
});

describe('sequelize', () => {
  it('finds define() and Model.init() models at their first static call, through requires and barrels', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'db sequelize sequelize:posts src/services/posts.js:6 postgres',
      // No tableName: the model name.
      'db sequelize sequelize:Tag src/services/accounts.ts:9 postgres',
      'db sequelize sequelize:users src/services/accounts.ts:4 postgres',
    ]);
    expect(Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.operations]))).toEqual({
      // create, findAll, update; `post.destroy()` on an instance is not a model call.
      'sequelize:posts': ['insert', 'select', 'update'],
      'sequelize:Tag': ['select'],
      'sequelize:users': ['delete', 'insert', 'select'],
    });
  });

  it('reads attributes, implicit keys and timestamps, and foreign keys from associations', async () => {
    const { points } = await discover(fixture);
    const columns = Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.columns]));
    expect(columns['sequelize:users']).toEqual([
      col('id', 'INTEGER', { notNull: true, primaryKey: true }),
      col('email', 'STRING', { notNull: true, unique: true }),
      // underscored: true names the columns in snake_case.
      col('display_name', 'STRING'),
      col('role', 'ENUM', { notNull: true, default: 'member' }),
      col('org_id', 'INTEGER', { references: { table: 'orgs', column: 'id' } }),
      col('created_at', 'DATE', { notNull: true }),
      col('updated_at', 'DATE', { notNull: true }),
    ]);
    expect(columns['sequelize:posts']).toEqual([
      col('id', 'UUID', { notNull: true, primaryKey: true, default: 'DataTypes.UUIDV4' }),
      col('title', 'STRING', { notNull: true }),
      col('slug', 'STRING', { notNull: true, unique: true }),
      col('status', 'ENUM', { notNull: true, default: 'draft' }),
      // field: 'author_id'; Post.belongsTo(User, { foreignKey: 'authorId' }) makes it reference users.id.
      col('author_id', 'INTEGER', { notNull: true, references: { table: 'users', column: 'id' } }),
      col('createdAt', 'DATE', { notNull: true }),
      col('updatedAt', 'DATE', { notNull: true }),
      // paranoid: true
      col('deletedAt', 'DATE'),
    ]);
    // timestamps: false, and its own primary key.
    expect(columns['sequelize:Tag']).toEqual([col('name', 'STRING', { notNull: true, primaryKey: true })]);
  });
});

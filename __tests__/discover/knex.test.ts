import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isDbPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/knex');

const col = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  notNull: false,
  unique: false,
  primaryKey: false,
  ...extra,
});

describe('knex', () => {
  it('finds the tables of query-builder calls across files, instances and transactions', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'db knex knex:audit_log src/repos/projects.ts:11 postgres',
      'db knex knex:orgs src/repos/users.ts:14 postgres',
      'db knex knex:project_members src/repos/projects.ts:10 postgres',
      'db knex knex:projects src/repos/projects.ts:4 postgres',
      'db knex knex:users src/repos/users.ts:10 postgres',
    ]);
    const ops = Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.operations]));
    expect(ops).toEqual({
      'knex:audit_log': ['insert', 'select'],
      'knex:orgs': ['select'],
      'knex:project_members': ['delete', 'insert', 'select'],
      'knex:projects': ['delete', 'insert', 'select'],
      'knex:users': ['insert', 'select', 'update'],
    });
  });

  it('reads columns and constraints from createTable / alterTable migrations', async () => {
    const { points } = await discover(fixture);
    const byKey = new Map(points.map((p) => [p.key, p.details]));
    const first = 'db/migrations/20240101000000_create_orgs_and_users.ts';
    const second = 'db/migrations/20240301000000_projects.cjs';
    // The knex instance the app exports, so generated tests can end it before their database goes.
    const clients = [{ export: 'db', file: 'src/db.ts', library: 'knex', line: 4 }];
    expect(byKey.get('knex:orgs')).toEqual({
      table: 'orgs',
      operations: ['select'],
      clients,
      columns: [
        col('id', 'increments', { notNull: true, primaryKey: true }),
        col('name', 'string', { notNull: true }),
        col('slug', 'string', { notNull: true, unique: true }),
        col('created_at', 'timestamp', { notNull: true, default: 'now()' }),
        col('updated_at', 'timestamp', { notNull: true, default: 'now()' }),
      ],
      migrations: [first],
    });
    expect(byKey.get('knex:users')).toEqual({
      table: 'users',
      operations: ['insert', 'select', 'update'],
      clients,
      columns: [
        col('id', 'increments', { notNull: true, primaryKey: true }),
        col('email', 'string', { notNull: true, unique: true }),
        col('role', 'enum', { notNull: true, default: 'member' }),
        col('org_id', 'integer', { references: { table: 'orgs', column: 'id' } }),
        col('active', 'boolean', { notNull: true, default: 'true' }),
        col('created_at', 'timestamp', { notNull: true, default: 'now()' }),
        // display_name was dropped and full_name added by the second migration.
        col('full_name', 'string'),
      ],
      migrations: [first, second],
    });
    expect(byKey.get('knex:projects')).toEqual({
      table: 'projects',
      operations: ['delete', 'insert', 'select'],
      clients,
      columns: [
        col('id', 'uuid', { notNull: true, primaryKey: true, default: 'gen_random_uuid()' }),
        // The composite unique (org_id, title) makes neither column unique alone.
        col('org_id', 'integer', { notNull: true, references: { table: 'orgs', column: 'id' } }),
        col('title', 'string', { notNull: true }),
        col('description', 'text'),
      ],
      migrations: [second],
    });
    expect(byKey.get('knex:project_members')).toEqual({
      table: 'project_members',
      operations: ['delete', 'insert', 'select'],
      clients,
      columns: [
        col('project_id', 'uuid', { notNull: true, primaryKey: true, references: { table: 'projects', column: 'id' } }),
        col('user_id', 'integer', { notNull: true, primaryKey: true, references: { table: 'users', column: 'id' } }),
      ],
      migrations: [second],
    });
    expect(byKey.get('knex:audit_log')).toEqual({ table: 'audit_log', operations: ['insert', 'select'], clients });
  });
});

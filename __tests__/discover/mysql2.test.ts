import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/mysql2');

describe('mysql2', () => {
  it('finds every table the queries touch, with columns and constraints from the MySQL migrations', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'db mysql2 mysql2:order_items src/repositories/orders.ts:5 mysql',
      'db mysql2 mysql2:orders src/repositories/orders.ts:5 mysql',
      'db mysql2 mysql2:users src/repositories/users.ts:7 mysql',
    ]);
    const byKey = new Map(points.map((p) => [p.key, p.details]));
    expect(byKey.get('mysql2:users')).toEqual({
      table: 'users',
      operations: ['insert', 'select', 'update'],
      columns: [
        { name: 'id', type: 'int', notNull: true, unique: false, primaryKey: true },
        { name: 'email', type: 'varchar', notNull: true, unique: true, primaryKey: false },
        { name: 'display_name', type: 'varchar', notNull: false, unique: false, primaryKey: false },
        { name: 'status', type: 'enum', notNull: true, unique: false, primaryKey: false, default: 'active' },
        { name: 'created_at', type: 'timestamp', notNull: true, unique: false, primaryKey: false, default: 'CURRENT_TIMESTAMP' },
      ],
      migrations: ['migrations/001_create_users.sql'],
    });
    expect(byKey.get('mysql2:orders')).toEqual({
      table: 'orders',
      operations: ['delete', 'insert', 'select'],
      columns: [
        { name: 'id', type: 'int', notNull: true, unique: false, primaryKey: true },
        { name: 'user_id', type: 'int', notNull: true, unique: false, primaryKey: false, references: { table: 'users', column: 'id' } },
        { name: 'total_cents', type: 'int', notNull: true, unique: false, primaryKey: false, default: '0' },
        { name: 'note', type: 'text', notNull: false, unique: false, primaryKey: false },
      ],
      migrations: ['migrations/002_create_orders.sql'],
    });
    expect(byKey.get('mysql2:order_items')).toEqual({
      table: 'order_items',
      operations: ['insert', 'select'],
      columns: [
        { name: 'order_id', type: 'int', notNull: true, unique: false, primaryKey: true, references: { table: 'orders', column: 'id' } },
        { name: 'sku', type: 'varchar', notNull: true, unique: false, primaryKey: true },
        { name: 'quantity', type: 'int', notNull: true, unique: false, primaryKey: false },
      ],
      migrations: ['migrations/002_create_orders.sql'],
    });
  });
});

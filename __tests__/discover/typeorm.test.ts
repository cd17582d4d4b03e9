import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isDbPoint } from '../../src/model.js';
import { snakeCase } from '../../src/discover/detectors/typeorm.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/typeorm');

const col = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  notNull: true,
  unique: false,
  primaryKey: false,
  ...extra,
});

describe('typeorm', () => {
  it('finds each entity at its first repository or EntityManager use', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'db typeorm typeorm:profiles src/orders/orders.repository.ts:8 postgres',
      // @Entity() without a name: TypeORM's default table name, the class name in snake_case.
      'db typeorm typeorm:purchase_order src/orders/report.ts:5 postgres',
      'db typeorm typeorm:users src/users/users.service.ts:15 postgres',
    ]);
    expect(Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.operations]))).toEqual({
      'typeorm:profiles': ['select'],
      // manager.insert(PurchaseOrder, …), the query builder, softDelete.
      'typeorm:purchase_order': ['insert', 'select', 'update'],
      // @InjectRepository(User): findOneBy, save, delete; manager.update(User, …).
      'typeorm:users': ['delete', 'insert', 'select', 'update'],
    });
  });

  it('reads columns, keys and relations from the decorators', async () => {
    const { points } = await discover(fixture);
    const columns = Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.columns]));
    expect(columns['typeorm:users']).toEqual([
      col('id', 'integer', { primaryKey: true }),
      col('email', 'varchar', { unique: true }),
      col('display_name', 'varchar', { notNull: false }),
      col('role', 'enum', { default: 'Role.Member' }),
      col('created_at', 'timestamp', { default: 'now()' }),
    ]);
    expect(columns['typeorm:profiles']).toEqual([
      // The primary column is also the owning side of the one-to-one.
      col('user_id', 'integer', { primaryKey: true, unique: true, references: { table: 'users', column: 'id' } }),
      col('handle', 'varchar', { unique: true }),
      col('bio', 'text', { notNull: false }),
    ]);
    expect(columns['typeorm:purchase_order']).toEqual([
      col('id', 'uuid', { primaryKey: true }),
      col('reference', 'varchar', { unique: true }),
      col('totalCents', 'int'),
      col('status', 'varchar', { default: 'pending' }),
      col('customer_id', 'integer', { references: { table: 'users', column: 'id' } }),
      col('deletedAt', 'timestamp', { notNull: false }),
    ]);
  });

  it('names tables as TypeORM does by default', () => {
    expect(['User', 'PurchaseOrder', 'HTTPLog', 'Order2Item'].map(snakeCase)).toEqual([
      'user',
      'purchase_order',
      'http_log',
      'order2_item',
    ]);
  });
});

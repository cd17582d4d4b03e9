import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { bulkOperations } from '../../src/discover/detectors/mongodb.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/mongodb');

describe('mongodb', () => {
  it('finds each collection through exported handles, accessor functions, class fields and getters', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'db mongodb mongodb:audit src/repositories/customers.ts:9 mongodb',
      'db mongodb mongodb:customers src/repositories/customers.ts:4 mongodb',
      'db mongodb mongodb:inventory src/services/inventory.ts:20 mongodb',
      'db mongodb mongodb:inventory_events src/services/inventory.ts:21 mongodb',
      'db mongodb mongodb:orders src/repositories/orders.ts:5 mongodb',
      // Created but never queried: placed where it is created.
      'db mongodb mongodb:sessions src/db.ts:18 mongodb',
    ]);
    expect(Object.fromEntries(points.map((p) => [p.key, p.details]))).toEqual({
      'mongodb:audit': { table: 'audit', operations: ['insert'] },
      // findOne, and a bulkWrite of upserting updateOne operations.
      'mongodb:customers': { table: 'customers', operations: ['select', 'update'] },
      'mongodb:inventory': { table: 'inventory', operations: ['select', 'update'] },
      'mongodb:inventory_events': { table: 'inventory_events', operations: ['insert'] },
      'mongodb:orders': { table: 'orders', operations: ['insert', 'select', 'update'] },
      'mongodb:sessions': { table: 'sessions', operations: [] },
    });
  });

  it('reads what a bulkWrite does from its operation keys', () => {
    expect(bulkOperations('[{ insertOne: { document } }, { deleteMany: { filter } }]')).toEqual(['insert', 'delete']);
    expect(bulkOperations('operations')).toEqual(['delete', 'insert', 'update']);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isDbPoint } from '../../src/model.js';
import { readPrismaSchema } from '../../src/discover/schemas/prisma.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/prisma');

const col = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  notNull: true,
  unique: false,
  primaryKey: false,
  ...extra,
});

describe('prisma', () => {
  it('finds every model of schema.prisma, placed at its first client call', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      // Declared but never used by the code: placed at its model block.
      'db prisma prisma:Comment prisma/schema.prisma:66 postgres',
      'db prisma prisma:Post src/services/posts.ts:7 postgres',
      'db prisma prisma:Profile src/services/users.ts:12 postgres',
      'db prisma prisma:Tag src/services/posts.ts:13 postgres',
      'db prisma prisma:TagOnPost src/services/posts.ts:14 postgres',
      'db prisma prisma:User src/services/users.ts:4 postgres',
    ]);
    expect(Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.operations]))).toEqual({
      'prisma:Comment': [],
      'prisma:Post': ['insert', 'select'],
      'prisma:Profile': ['insert', 'update'],
      'prisma:Tag': ['insert'],
      'prisma:TagOnPost': ['insert'],
      'prisma:User': ['delete', 'insert', 'select'],
    });
  });

  it('reads columns, keys, defaults and relations from the models', async () => {
    const { points } = await discover(fixture);
    const columns = Object.fromEntries(points.filter(isDbPoint).map((p) => [p.key, p.details.columns]));
    expect(columns['prisma:User']).toEqual([
      col('id', 'Int', { primaryKey: true, default: 'autoincrement()' }),
      col('email', 'String', { unique: true }),
      col('name', 'String', { notNull: false }),
      col('role', 'Role', { default: 'MEMBER' }),
      col('createdAt', 'DateTime', { default: 'now()' }),
    ]);
    expect(columns['prisma:Profile']).toEqual([
      col('id', 'Int', { primaryKey: true, default: 'autoincrement()' }),
      col('bio', 'String', { default: '' }),
      col('userId', 'Int', { unique: true, references: { table: 'User', column: 'id' } }),
    ]);
    expect(columns['prisma:Post']).toEqual([
      col('id', 'String', { primaryKey: true, default: 'uuid()' }),
      // @@unique([authorId, slug]) is composite: neither column is unique alone.
      col('slug', 'String'),
      col('title', 'String'),
      col('body', 'String', { notNull: false }),
      col('published', 'Boolean', { default: 'false' }),
      col('authorId', 'Int', { references: { table: 'User', column: 'id' } }),
      col('createdAt', 'DateTime', { default: 'now()' }),
    ]);
    expect(columns['prisma:TagOnPost']).toEqual([
      col('postId', 'String', { primaryKey: true, references: { table: 'Post', column: 'id' } }),
      col('tagName', 'String', { primaryKey: true, references: { table: 'Tag', column: 'name' } }),
    ]);
    expect(columns['prisma:Comment']).toEqual([
      col('id', 'Int', { primaryKey: true, default: 'autoincrement()' }),
      col('text', 'String'),
      col('postId', 'String', { references: { table: 'Post', column: 'id' } }),
      col('legacy', 'Unsupported("tsvector")', { notNull: false }),
    ]);
  });

  it('reads a schema with comments, multi-line attributes, lists and ignored models', () => {
    const schema = readPrismaSchema(
      [
        'datasource db {',
        '  provider = "mysql" // the shop database',
        '  url      = env("DATABASE_URL")',
        '}',
        'model Order {',
        '  id    BigInt   @id @default(autoincrement()) /* key */',
        '  notes String?  @default("say \\"hi\\" // not a comment")',
        '  tags  String[]',
        '  @@index([',
        '    id,',
        '    notes',
        '  ])',
        '}',
        'model Legacy {',
        '  id Int @id',
        '  @@ignore',
        '}',
      ].join('\n'),
    );
    expect(schema.provider).toBe('mysql');
    expect(schema.models).toEqual([
      {
        name: 'Order',
        line: 5,
        fields: [
          {
            name: 'id',
            type: 'BigInt',
            list: false,
            optional: false,
            line: 6,
            attributes: [
              { name: 'id', args: '' },
              { name: 'default', args: 'autoincrement()' },
            ],
          },
          {
            name: 'notes',
            type: 'String',
            list: false,
            optional: true,
            line: 7,
            attributes: [{ name: 'default', args: '"say \\"hi\\" // not a comment"' }],
          },
          { name: 'tags', type: 'String', list: true, optional: false, line: 8, attributes: [] },
        ],
        blockAttributes: [{ name: '@index', args: '[ id, notes ]' }],
      },
    ]);
  });
});

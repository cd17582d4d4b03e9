import type { ColumnInfo, ServiceName } from '../../model.js';
import { forEachDeep } from '../ast.js';
import type { DetectContext, Detector } from '../detector.js';
import { argument, fieldList, readPrismaSchema, unquote, type PrismaModel, type PrismaSchema } from '../schemas/prisma.js';
import { Tables, applyKey, callLine, column, refName } from './db-common.js';
import { exportedClients, isNewOf, withClients } from './exported-clients.js';

/** Model delegate methods of the Prisma client and what they do. */
const OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  findMany: ['select'],
  findUnique: ['select'],
  findUniqueOrThrow: ['select'],
  findFirst: ['select'],
  findFirstOrThrow: ['select'],
  count: ['select'],
  aggregate: ['select'],
  groupBy: ['select'],
  create: ['insert'],
  createMany: ['insert'],
  createManyAndReturn: ['insert'],
  update: ['update'],
  updateMany: ['update'],
  updateManyAndReturn: ['update'],
  upsert: ['insert', 'update'],
  delete: ['delete'],
  deleteMany: ['delete'],
};

const PROVIDERS: Readonly<Record<string, ServiceName>> = {
  postgresql: 'postgres',
  postgres: 'postgres',
  cockroachdb: 'postgres',
  mysql: 'mysql',
  sqlite: 'sqlite',
  mongodb: 'mongodb',
  sqlserver: 'none',
};

const SCALARS = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes']);

/**
 * Prisma: model delegate calls (`prisma.user.findMany()`) by model, and the models of the
 * schema.prisma files with their columns, keys and relations.
 */
export const prisma: Detector = {
  name: 'prisma',
  kind: 'db',
  packages: ['@prisma/client', 'prisma'],
  hints: /\.(?:findMany|findUnique|findFirst|create|createMany|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy)\w*\(/,
  detect(ctx) {
    const { ts } = ctx;
    const tables = new Tables();
    const schemas = readSchemas(ctx);
    const models = new Map(schemas.flatMap((s) => s.schema.models.map((m) => [lowerFirst(m.name), m.name] as const)));
    for (const { file, schema } of schemas) {
      for (const model of schema.models) tables.define(model.name, file, model.line, columnsOf(model, schemas));
    }
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const ops = OPERATIONS[node.expression.name.text];
        const delegate = node.expression.expression;
        if (!ops || !ts.isPropertyAccessExpression(delegate) || !ts.isIdentifier(delegate.name)) return;
        const accessor = delegate.name.text;
        // Without a schema, only a receiver named like a Prisma client counts.
        const model =
          models.get(accessor) ??
          (models.size === 0 && /prisma|^tx$|^this\.db$|^db$/i.test(refName(ts, delegate.expression) ?? '')
            ? upperFirst(accessor)
            : undefined);
        if (model) tables.use(model, ops, file.path, callLine(ts, file.sf, node));
      });
    }
    const provider = schemas.map((s) => s.schema.provider).find((p) => p !== undefined);
    // The client may come from a generated folder (`output` in the schema), so any module counts.
    return withClients(
      tables.points('prisma', (provider !== undefined ? PROVIDERS[provider] : undefined) ?? 'postgres'),
      exportedClients(ctx, 'prisma', (file, expr) => isNewOf(ts, file, expr, 'PrismaClient', () => true)),
    );
  },
};

interface SchemaFile {
  file: string;
  schema: PrismaSchema;
}

function readSchemas(ctx: DetectContext): SchemaFile[] {
  const out: SchemaFile[] = [];
  for (const file of ctx.allPaths.filter((p) => p.endsWith('.prisma')).sort()) {
    const text = ctx.readText(file);
    if (text !== undefined) out.push({ file, schema: readPrismaSchema(text) });
  }
  return out;
}

/** Scalar and enum fields as columns; relation fields lend their `references` to the foreign-key fields. */
function columnsOf(model: PrismaModel, all: readonly SchemaFile[]): ColumnInfo[] {
  const modelNames = new Set(all.flatMap((s) => s.schema.models.map((m) => m.name)));
  const enums = new Set(all.flatMap((s) => s.schema.enums));
  const types = new Set(all.flatMap((s) => s.schema.types));
  const columns: ColumnInfo[] = [];
  for (const field of model.fields) {
    const isColumn = SCALARS.has(field.type) || enums.has(field.type) || types.has(field.type) || field.type.startsWith('Unsupported(');
    if (!isColumn || modelNames.has(field.type)) continue;
    const has = (name: string) => field.attributes.find((a) => a.name === name);
    const col = column(field.name, field.list ? `${field.type}[]` : field.type, {
      notNull: !field.optional,
      unique: Boolean(has('unique')),
      primaryKey: Boolean(has('id')),
    });
    const dflt = has('default');
    if (dflt) col.default = unquote(argument(dflt.args) ?? dflt.args);
    columns.push(col);
  }
  for (const attr of model.blockAttributes) {
    if (attr.name === '@id') applyKey(columns, fieldList(argument(attr.args, 'fields') ?? argument(attr.args)), 'primary');
    if (attr.name === '@unique') applyKey(columns, fieldList(argument(attr.args, 'fields') ?? argument(attr.args)), 'unique');
  }
  for (const field of model.fields) {
    const relation = field.attributes.find((a) => a.name === 'relation');
    if (!relation || !modelNames.has(field.type)) continue;
    const fields = fieldList(argument(relation.args, 'fields'));
    const references = fieldList(argument(relation.args, 'references'));
    fields.forEach((name, i) => {
      const col = columns.find((c) => c.name === name);
      if (col && references[i]) col.references = { table: field.type, column: references[i]! };
    });
  }
  return columns;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

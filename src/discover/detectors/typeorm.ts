import type * as TS from 'typescript';
import type { ColumnInfo, ServiceName } from '../../model.js';
import { forEachDeep, lineOf, stringValue } from '../ast.js';
import type { Detector, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';
import { exportedClients, isNewOf, withClients } from './exported-clients.js';
import {
  ModuleValues,
  Tables,
  applyKey,
  boolValue,
  callLine,
  chainTop,
  column,
  defaultText,
  flattenChain,
  forEachBinding,
  prop,
  serviceFromOption,
  thunkTarget,
  unwrap,
} from './db-common.js';

/** Repository / EntityManager methods and what they do. */
const OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  find: ['select'],
  findBy: ['select'],
  findOne: ['select'],
  findOneBy: ['select'],
  findOneOrFail: ['select'],
  findOneByOrFail: ['select'],
  findAndCount: ['select'],
  findAndCountBy: ['select'],
  findByIds: ['select'],
  count: ['select'],
  countBy: ['select'],
  exist: ['select'],
  exists: ['select'],
  existsBy: ['select'],
  sum: ['select'],
  average: ['select'],
  minimum: ['select'],
  maximum: ['select'],
  preload: ['select'],
  save: ['insert', 'update'],
  insert: ['insert'],
  update: ['update'],
  upsert: ['insert', 'update'],
  increment: ['update'],
  decrement: ['update'],
  softDelete: ['update'],
  softRemove: ['update'],
  restore: ['update'],
  recover: ['update'],
  delete: ['delete'],
  remove: ['delete'],
  clear: ['delete'],
};
/** Query-builder steps that write; a builder without one reads. */
const BUILDER_WRITES: Readonly<Record<string, string>> = {
  insert: 'insert',
  update: 'update',
  delete: 'delete',
  softDelete: 'update',
  restore: 'update',
};

const TYPES: Readonly<Record<string, ServiceName>> = {
  postgres: 'postgres',
  cockroachdb: 'postgres',
  'aurora-postgres': 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  'aurora-mysql': 'mysql',
  sqlite: 'sqlite',
  'better-sqlite3': 'sqlite',
  sqljs: 'sqlite',
  mongodb: 'mongodb',
  mssql: 'none',
  oracle: 'none',
};

/** TypeScript property types → the column type TypeORM infers for them. */
const INFERRED: Readonly<Record<string, string>> = {
  string: 'varchar',
  number: 'integer',
  boolean: 'boolean',
  Date: 'timestamp',
  bigint: 'bigint',
};

interface Entity {
  className: string;
  table: string;
  file: ParsedFile;
  node: TS.ClassDeclaration;
  columns: ColumnInfo[];
}

/**
 * TypeORM: `@Entity` classes with their decorated columns and relations, and the repository or
 * EntityManager calls that use them (`dataSource.getRepository(User)`, `@InjectRepository(User)`).
 */
export const typeorm: Detector = {
  name: 'typeorm',
  kind: 'db',
  packages: ['typeorm', '@nestjs/typeorm'],
  hints:
    /\b(?:getRepository|InjectRepository|Repository<|EntityManager|createQueryBuilder)\b|\.(?:find\w*|save|insert|update|delete|remove|count\w*)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const entities = new Map<string, Entity>();
    for (const file of ctx.files) {
      for (const stmt of file.sf.statements) {
        if (!ts.isClassDeclaration(stmt) || !stmt.name) continue;
        const entity = decorator(ts, stmt, 'Entity');
        if (!entity) continue;
        entities.set(stmt.name.text, {
          className: stmt.name.text,
          table: tableName(ts, entity, stmt.name.text),
          file,
          node: stmt,
          columns: [],
        });
      }
    }
    // Twice, so a relation finds the primary key of an entity declared after it.
    for (let pass = 0; pass < 2; pass++) for (const entity of entities.values()) entity.columns = columnsOf(ts, entity, entities);

    const tables = new Tables();
    for (const e of entities.values()) tables.define(e.table, e.file.path, lineOf(e.file.sf, e.node), e.columns);
    const tableOf = (className: string): string => entities.get(className)?.table ?? className;
    // An entity class named by an expression; `strict` only accepts the classes found, for arguments that may be anything.
    const entityName = (file: ParsedFile, expr: TS.Expression | undefined, strict: boolean): string | undefined => {
      if (!expr) return undefined;
      const e = unwrap(ts, expr);
      const name = ts.isIdentifier(e)
        ? (file.imports.find((b) => b.local === e.text && b.imported !== 'default' && b.imported !== '*')?.imported ?? e.text)
        : stringValue(ts, e);
      return name !== undefined && (!strict || entities.has(name)) ? name : undefined;
    };
    const entityOf: EntityOf = (file, expr) => entityName(file, expr, true);
    const anyEntity: EntityOf = (file, expr) => entityName(file, expr, false);
    // Names bound to repositories, by entity class name.
    const repositories: ModuleValues<string> = new ModuleValues<string>(ctx, (file) => repositoryLocals(ts, file, anyEntity));

    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        const receiver = unwrap(ts, node.expression.expression);
        let entity: string | undefined;
        let ops: readonly string[] | undefined;
        if (method === 'createQueryBuilder') {
          entity = repositoryOf(ts, file, receiver, repositories, anyEntity, entityOf);
          ops = builderOperations(ts, node);
        } else if ((method === 'from' || method === 'into') && node.arguments[0]) {
          entity = entityOf(file, node.arguments[0]);
          ops = builderOperations(ts, node);
        } else if (OPERATIONS[method]) {
          ops = OPERATIONS[method];
          // repo.find(…), this.users.save(…), ds.getRepository(User).count()
          entity = repositoryOf(ts, file, receiver, repositories, anyEntity, entityOf);
          // manager.find(User, …)
          if (!entity) entity = entityOf(file, node.arguments[0]);
        }
        if (entity && ops) tables.use(tableOf(entity), ops, file.path, callLine(ts, file.sf, node));
      });
    }
    const configFiles = ctx.files.filter((f) => f.imports.some((b) => b.module === 'typeorm' || b.module === '@nestjs/typeorm'));
    return withClients(
      tables.points('typeorm', serviceFromOption(ts, configFiles, 'type', TYPES) ?? 'postgres'),
      exportedClients(ctx, 'typeorm', (file, expr) => isNewOf(ts, file, expr, 'DataSource', (m) => m === 'typeorm')),
    );
  },
};

type EntityOf = (file: ParsedFile, expr: TS.Expression | undefined) => string | undefined;

/** The entity whose repository an expression is: `x.getRepository(E)`, a tracked name, or an Active Record class (`User.find()`). */
function repositoryOf(
  ts: TypeScriptApi,
  file: ParsedFile,
  receiver: TS.Expression,
  repositories: ModuleValues<string>,
  anyEntity: EntityOf,
  entityOf: EntityOf,
): string | undefined {
  return (
    repositoryCall(ts, receiver, (e) => anyEntity(file, e)) ??
    repositories.valueOf(file, receiver) ??
    (ts.isIdentifier(receiver) ? entityOf(file, receiver) : undefined)
  );
}

/** `x.getRepository(User)` / `getMongoRepository` / `getTreeRepository` → User. */
function repositoryCall(
  ts: TypeScriptApi,
  expr: TS.Expression,
  entityOf: (e: TS.Expression | undefined) => string | undefined,
): string | undefined {
  const e = unwrap(ts, expr);
  if (!ts.isCallExpression(e)) return undefined;
  const callee = e.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  return name && /^get(?:Mongo|Tree)?Repository$/.test(name) ? entityOf(e.arguments[0]) : undefined;
}

/** Names bound to repositories in a file: `const repo = ds.getRepository(User)`, `@InjectRepository(User) repo`, `repo: Repository<User>`. */
function repositoryLocals(ts: TypeScriptApi, file: ParsedFile, entityOf: EntityOf): Map<string, string> {
  const out = new Map<string, string>();
  forEachBinding(ts, file.sf, (name, value) => {
    const entity = repositoryCall(ts, value, (e) => entityOf(file, e));
    if (entity) out.set(name, entity);
  });
  forEachDeep(ts, file.sf, (node) => {
    if (!(ts.isParameter(node) || ts.isPropertyDeclaration(node)) || !ts.isIdentifier(node.name)) return;
    const isMember = ts.isPropertyDeclaration(node) || Boolean(ts.getModifiers(node)?.length);
    const name = isMember ? `this.${node.name.text}` : node.name.text;
    const inject = decorator(ts, node, 'InjectRepository');
    const fromDecorator = inject ? entityOf(file, inject.arguments[0]) : undefined;
    const type = node.type;
    const fromType =
      type &&
      ts.isTypeReferenceNode(type) &&
      /^(?:Mongo|Tree)?Repository$/.test(type.typeName.getText(file.sf)) &&
      type.typeArguments?.[0] &&
      ts.isTypeReferenceNode(type.typeArguments[0])
        ? entityOf(file, ts.factory.createIdentifier(type.typeArguments[0].typeName.getText(file.sf)))
        : undefined;
    const entity = fromDecorator ?? fromType;
    if (entity) out.set(name, entity);
  });
  return out;
}

/** A query builder's effect, from the steps of its chain. */
function builderOperations(ts: TypeScriptApi, node: TS.CallExpression): string[] {
  const ops = new Set<string>();
  for (const link of flattenChain(ts, chainTop(ts, node)).links)
    if (link.call && BUILDER_WRITES[link.name]) ops.add(BUILDER_WRITES[link.name]!);
  return ops.size ? [...ops] : ['select'];
}

/** A decorator call by name: `@Entity('users')` → the call. */
function decorator(ts: TypeScriptApi, node: TS.Node, name: string): TS.CallExpression | undefined {
  const decorators = ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
  for (const d of decorators) {
    const e = d.expression;
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === name) return e;
  }
  return undefined;
}

function decoratorNames(ts: TypeScriptApi, node: TS.Node): string[] {
  const decorators = ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
  return decorators
    .map((d) => (ts.isCallExpression(d.expression) ? d.expression.expression : d.expression))
    .map((e) => (ts.isIdentifier(e) ? e.text : ''));
}

/** `@Entity('users')`, `@Entity({ name: 'users' })`, or TypeORM's default: the class name in snake_case. */
function tableName(ts: TypeScriptApi, call: TS.CallExpression, className: string): string {
  const arg = call.arguments[0];
  const explicit = arg && ts.isObjectLiteralExpression(arg) ? prop(ts, arg, 'name') : arg;
  const name = explicit ? stringValue(ts, explicit) : undefined;
  return name ?? snakeCase(className);
}

/** TypeORM's snakeCase: `OrderItem` → `order_item`, `HTTPLog` → `http_log`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z])([A-Z])([a-z])/g, '$1_$2$3')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

function columnsOf(ts: TypeScriptApi, entity: Entity, entities: ReadonlyMap<string, Entity>): ColumnInfo[] {
  const { file, node } = entity;
  const columns: ColumnInfo[] = [];
  const byProperty = new Map<string, ColumnInfo>();
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    const property = member.name.text;
    const names = decoratorNames(ts, member);
    const tsType = member.type ? member.type.getText(file.sf).replace(/\s*\|\s*(?:null|undefined)/g, '') : undefined;
    const kind = names.find((n) => /Column$/.test(n) && n !== 'JoinColumn');
    let col: ColumnInfo | undefined;
    if (kind) {
      const call = decorator(ts, member, kind);
      const args = call?.arguments ?? [];
      const first = args[0] ? unwrap(ts, args[0]) : undefined;
      const options = args.map((a) => unwrap(ts, a)).find(ts.isObjectLiteralExpression);
      const opt = (name: string) => (options ? prop(ts, options, name) : undefined);
      const typeArg = first && !ts.isObjectLiteralExpression(first) ? first : opt('type');
      let type = typeArg ? (stringValue(ts, typeArg) ?? typeArg.getText(file.sf)) : ((tsType && INFERRED[tsType]) ?? tsType ?? '');
      const name = (opt('name') && stringValue(ts, opt('name')!)) || property;
      col = column(name, type, {
        notNull: boolValue(ts, opt('nullable')) !== true,
        unique: boolValue(ts, opt('unique')) === true,
        primaryKey: boolValue(ts, opt('primary')) === true,
      });
      if (kind === 'PrimaryGeneratedColumn') {
        const strategy = first && ts.isStringLiteralLike(first) ? first.text : 'increment';
        type = strategy === 'uuid' ? 'uuid' : ((opt('type') && stringValue(ts, opt('type')!)) ?? 'integer');
        Object.assign(col, { type, primaryKey: true, notNull: true });
      } else if (kind === 'PrimaryColumn' || kind === 'ObjectIdColumn') Object.assign(col, { primaryKey: true, notNull: true });
      else if (kind === 'CreateDateColumn' || kind === 'UpdateDateColumn')
        Object.assign(col, { type: typeArg ? type : 'timestamp', notNull: true, default: 'now()' });
      else if (kind === 'DeleteDateColumn') Object.assign(col, { type: typeArg ? type : 'timestamp', notNull: false });
      else if (kind === 'VersionColumn') Object.assign(col, { type: typeArg ? type : 'integer', notNull: true });
      else if (kind !== 'Column') continue;
      const dflt = opt('default');
      if (dflt && col.default === undefined) col.default = defaultText(ts, dflt, file.sf);
    } else {
      col = relationColumn(ts, member, entities);
    }
    if (!col) continue;
    if (decorator(ts, member, 'Index') && indexIsUnique(ts, decorator(ts, member, 'Index')!)) col.unique = true;
    // A relation whose join column is also declared as a column (`@Column() userId` + `@JoinColumn({ name: 'userId' })`) is one column.
    const same = columns.find((c) => c.name === col!.name);
    if (same) {
      Object.assign(same, {
        notNull: same.notNull || col.notNull,
        unique: same.unique || col.unique,
        primaryKey: same.primaryKey || col.primaryKey,
      });
      if (!same.type) same.type = col.type;
      same.references ??= col.references;
      byProperty.set(property, same);
      continue;
    }
    columns.push(col);
    byProperty.set(property, col);
  }
  // @Unique(['email']) on the class names properties.
  const unique = decorator(ts, node, 'Unique');
  const list = unique?.arguments.map((a) => unwrap(ts, a)).find(ts.isArrayLiteralExpression);
  if (list) {
    const props = list.elements.map((e) => stringValue(ts, e)).filter((s): s is string => s !== undefined);
    applyKey(
      columns,
      props.map((p) => byProperty.get(p)?.name ?? p),
      'unique',
    );
  }
  return columns;
}

function indexIsUnique(ts: TypeScriptApi, call: TS.CallExpression): boolean {
  const options = call.arguments.map((a) => unwrap(ts, a)).find(ts.isObjectLiteralExpression);
  return Boolean(options && boolValue(ts, prop(ts, options, 'unique')));
}

/** The foreign-key column of a `@ManyToOne` or owning `@OneToOne` (with `@JoinColumn`). */
function relationColumn(ts: TypeScriptApi, member: TS.PropertyDeclaration, entities: ReadonlyMap<string, Entity>): ColumnInfo | undefined {
  const manyToOne = decorator(ts, member, 'ManyToOne');
  const oneToOne = decorator(ts, member, 'OneToOne');
  const join = decorator(ts, member, 'JoinColumn');
  const relation = manyToOne ?? (join ? oneToOne : undefined);
  if (!relation) return undefined;
  const targetExpr = thunkTarget(ts, relation.arguments[0]);
  const targetName = targetExpr ? (stringValue(ts, targetExpr) ?? (ts.isIdentifier(targetExpr) ? targetExpr.text : undefined)) : undefined;
  const target = targetName ? entities.get(targetName) : undefined;
  const joinOptions = join?.arguments.map((a) => unwrap(ts, a)).find(ts.isObjectLiteralExpression);
  const targetPk = target?.columns.find((c) => c.primaryKey);
  const referenced =
    (joinOptions && prop(ts, joinOptions, 'referencedColumnName') && stringValue(ts, prop(ts, joinOptions, 'referencedColumnName')!)) ||
    targetPk?.name ||
    'id';
  const property = (member.name as TS.Identifier).text;
  const name =
    (joinOptions && prop(ts, joinOptions, 'name') && stringValue(ts, prop(ts, joinOptions, 'name')!)) ||
    camelCase(`${property}_${referenced}`);
  const options = relation.arguments.map((a) => unwrap(ts, a)).find(ts.isObjectLiteralExpression);
  const nullable = options ? boolValue(ts, prop(ts, options, 'nullable')) : undefined;
  return column(name, targetPk?.type ?? '', {
    notNull: nullable === false,
    unique: relation === oneToOne,
    references: { table: target?.table ?? targetName ?? '', column: referenced },
  });
}

/** TypeORM's camelCase, as its joinColumnName uses it: `author_id` → `authorId`. */
function camelCase(name: string): string {
  return name.replace(/^([A-Z])|[\s-_](\w)/g, (_m, p1: string | undefined, p2: string | undefined) =>
    p2 ? p2.toUpperCase() : p1!.toLowerCase(),
  );
}

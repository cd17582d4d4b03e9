import type * as TS from 'typescript';
import type { ColumnInfo, DbDetails, DbPoint, ServiceName, SourceLocation } from '../../model.js';
import { exportedLocal, forEachDeep, lineOf } from '../ast.js';
import type { DetectContext, Draft, ParsedFile } from '../detector.js';
import type { TypeScriptApi } from '../parser.js';

interface TableRecord {
  operations: Set<string>;
  /** First place the code reads or writes the table. */
  use?: SourceLocation;
  /** Where the table (model, entity, collection) is declared. */
  definition?: SourceLocation;
  columns?: ColumnInfo[];
  migrations: Set<string>;
}

/**
 * The tables of one library, gathered from definitions (models, migrations) and uses (queries).
 * A point sits where the code first uses its table, or where it is declared when nothing uses it.
 */
export class Tables {
  private readonly records = new Map<string, TableRecord>();

  private record(table: string): TableRecord {
    let rec = this.records.get(table);
    if (!rec) {
      rec = { operations: new Set(), migrations: new Set() };
      this.records.set(table, rec);
    }
    return rec;
  }

  use(table: string, operations: Iterable<string>, file: string, line: number): void {
    const rec = this.record(table);
    for (const op of operations) rec.operations.add(op);
    rec.use ??= { file, line };
  }

  define(table: string, file: string, line: number, columns?: ColumnInfo[]): void {
    const rec = this.record(table);
    rec.definition ??= { file, line };
    if (columns) rec.columns = columns;
  }

  columns(table: string): ColumnInfo[] | undefined {
    return this.records.get(table)?.columns;
  }

  migration(table: string, file: string): void {
    this.record(table).migrations.add(file);
  }

  points(library: string, service: ServiceName): Draft<DbPoint>[] {
    const out: Draft<DbPoint>[] = [];
    for (const [table, rec] of this.records) {
      const location = rec.use ?? rec.definition;
      if (!location) continue;
      const details: DbDetails = { table, operations: [...rec.operations].sort() };
      if (rec.columns) details.columns = rec.columns;
      if (rec.migrations.size) details.migrations = [...rec.migrations].sort();
      out.push({ kind: 'db', library, key: `${library}:${table}`, location, details: { ...details }, service });
    }
    return out;
  }
}

export function column(name: string, type: string, overrides: Partial<ColumnInfo> = {}): ColumnInfo {
  return { name, type, notNull: false, unique: false, primaryKey: false, ...overrides };
}

/** Marks the columns a table-level primary key or single-column unique constraint names. */
export function applyKey(columns: ColumnInfo[], names: readonly string[], kind: 'primary' | 'unique'): void {
  for (const name of names) {
    const col = columns.find((c) => c.name === name);
    if (!col) continue;
    if (kind === 'primary') {
      col.primaryKey = true;
      col.notNull = true;
    } else if (names.length === 1) col.unique = true;
  }
}

export interface ChainLink {
  name: string;
  call?: TS.CallExpression;
}

/** Strips the wrappers that leave a value unchanged: parentheses, `await`, `!`, `as`, `satisfies`. */
export function unwrap(ts: TypeScriptApi, expr: TS.Expression): TS.Expression {
  let e = expr;
  while (
    ts.isParenthesizedExpression(e) ||
    ts.isAwaitExpression(e) ||
    ts.isNonNullExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isSatisfiesExpression(e)
  )
    e = e.expression;
  return e;
}

/** The outermost expression of the method chain `node` belongs to: from `db('t')` in `db('t').where(x).first()`, the `.first()` call. */
export function chainTop(ts: TypeScriptApi, node: TS.Expression): TS.Expression {
  let cur: TS.Expression = node;
  for (;;) {
    const parent = cur.parent;
    if (parent && ts.isPropertyAccessExpression(parent) && parent.expression === cur) {
      const grand = parent.parent;
      cur = grand && ts.isCallExpression(grand) && grand.expression === parent ? grand : parent;
      continue;
    }
    if (parent && (ts.isNonNullExpression(parent) || ts.isParenthesizedExpression(parent))) {
      cur = parent;
      continue;
    }
    return cur;
  }
}

/**
 * A chain read from its root outwards: `db.select('a').from('t').first()` → root `db`, links
 * select(…), from(…), first(). A call on the root itself (`db('t')`) is the link named `()`.
 */
export function flattenChain(ts: TypeScriptApi, top: TS.Expression): { root: TS.Expression; links: ChainLink[] } {
  const links: ChainLink[] = [];
  let expr = top;
  for (;;) {
    if (ts.isNonNullExpression(expr) || ts.isParenthesizedExpression(expr)) {
      expr = expr.expression;
    } else if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name)) {
        links.unshift({ name: callee.name.text, call: expr });
        expr = callee.expression;
      } else {
        links.unshift({ name: '()', call: expr });
        expr = callee;
      }
    } else if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.name)) {
      links.unshift({ name: expr.name.text });
      expr = expr.expression;
    } else {
      return { root: expr, links };
    }
  }
}

/** `x` or `this.x` as a name (`this.x` keeps its prefix), for matching tracked bindings. */
export function refName(ts: TypeScriptApi, expr: TS.Expression): string | undefined {
  const e = unwrap(ts, expr);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(e.name))
    return `this.${e.name.text}`;
  return undefined;
}

/** The name a declaration binds: a variable, a class property (`this.x`), or an assignment target. */
function boundName(ts: TypeScriptApi, node: TS.Node): string | undefined {
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isPropertyDeclaration(node) && ts.isIdentifier(node.name)) return `this.${node.name.text}`;
  if (ts.isParameter(node) && ts.isIdentifier(node.name)) {
    const isProperty = Boolean(ts.getModifiers(node)?.length);
    return isProperty ? `this.${node.name.text}` : node.name.text;
  }
  return undefined;
}

/** Every `name = value` binding of a file (variables, class fields, `this.x =` and `x =` assignments). */
export function forEachBinding(
  ts: TypeScriptApi,
  sf: TS.SourceFile,
  visit: (name: string, value: TS.Expression, node: TS.Node) => void,
): void {
  forEachDeep(ts, sf, (n) => {
    if ((ts.isVariableDeclaration(n) || ts.isPropertyDeclaration(n)) && n.initializer) {
      const name = boundName(ts, n);
      if (name) visit(name, n.initializer, n);
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const name = refName(ts, n.left);
      if (name) visit(name, n.right, n);
    }
  });
}

/**
 * Values a library binds to names (models, tables, clients), followed across relative imports,
 * re-exports and CommonJS exports. `localsOf` gives each file's own bindings; `defaultOf` reads an
 * `export default <expression>` that is not a plain name.
 */
export class ModuleValues<V> {
  private readonly locals = new Map<string, Map<string, V>>();
  private readonly exports = new Map<string, Map<string, V | null>>();

  constructor(
    private readonly ctx: DetectContext,
    private readonly localsOf: (file: ParsedFile) => Map<string, V>,
    private readonly defaultOf?: (file: ParsedFile, expr: TS.Expression) => V | undefined,
  ) {}

  localValues(file: ParsedFile): Map<string, V> {
    let map = this.locals.get(file.path);
    if (!map) {
      // An empty entry while the file is read, so import cycles end.
      this.locals.set(file.path, new Map());
      map = this.localsOf(file);
      this.locals.set(file.path, map);
    }
    return map;
  }

  /** The value a name (`x` or `this.x`) holds in a file, through its imports. */
  lookup(file: ParsedFile, name: string, seen = new Set<string>()): V | undefined {
    const own = this.localValues(file).get(name);
    if (own !== undefined) return own;
    const binding = file.imports.find((b) => b.local === name);
    if (!binding || !binding.module.startsWith('.')) return undefined;
    const target = this.ctx.resolve(file, binding.module);
    if (!target) return undefined;
    return this.exported(target, binding.imported === '*' ? 'default' : binding.imported, seen);
  }

  /** `ns.member` where `ns` is a namespace import or a required module. */
  member(file: ParsedFile, ns: string, member: string): V | undefined {
    const binding = file.imports.find((b) => b.local === ns && b.imported === '*');
    if (!binding || !binding.module.startsWith('.')) return undefined;
    const target = this.ctx.resolve(file, binding.module);
    return target ? this.exported(target, member, new Set()) : undefined;
  }

  /** The value of an identifier or `ns.member` expression in a file. */
  valueOf(file: ParsedFile, expr: TS.Expression): V | undefined {
    const { ts } = this.ctx;
    const e = unwrap(ts, expr);
    const name = refName(ts, e);
    if (name) return this.lookup(file, name);
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && ts.isIdentifier(e.name))
      return this.member(file, e.expression.text, e.name.text);
    return undefined;
  }

  exported(file: ParsedFile, name: string, seen: Set<string>): V | undefined {
    const key = `${file.path}#${name}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    let cache = this.exports.get(file.path);
    if (!cache) {
      cache = new Map();
      this.exports.set(file.path, cache);
    }
    if (cache.has(key)) return cache.get(key) ?? undefined;
    const value = this.findExport(file, name, seen);
    cache.set(key, value ?? null);
    return value;
  }

  private findExport(file: ParsedFile, name: string, seen: Set<string>): V | undefined {
    const { ts } = this.ctx;
    const local = exportedLocal(ts, file.sf, name);
    if (local) {
      const value = this.lookup(file, local, seen);
      if (value !== undefined) return value;
    }
    for (const stmt of file.sf.statements) {
      if (name === 'default' && this.defaultOf) {
        const expr = defaultExportExpression(ts, stmt);
        if (expr) {
          const value = this.defaultOf(file, expr);
          if (value !== undefined) return value;
        }
      }
      // export { a as b } from './m'; export * from './m'
      if (ts.isExportDeclaration(stmt) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier)) {
        const target = this.ctx.resolve(file, stmt.moduleSpecifier.text);
        if (!target) continue;
        if (!stmt.exportClause) {
          if (name === 'default') continue;
          const value = this.exported(target, name, seen);
          if (value !== undefined) return value;
        } else if (ts.isNamedExports(stmt.exportClause)) {
          for (const el of stmt.exportClause.elements) {
            if (el.name.text === name) return this.exported(target, (el.propertyName ?? el.name).text, seen);
          }
        }
      }
    }
    return undefined;
  }
}

/** The expression of `export default <expr>` or `module.exports = <expr>`. */
function defaultExportExpression(ts: TypeScriptApi, stmt: TS.Statement): TS.Expression | undefined {
  if (ts.isExportAssignment(stmt)) return stmt.expression;
  if (
    ts.isExpressionStatement(stmt) &&
    ts.isBinaryExpression(stmt.expression) &&
    stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken
  ) {
    const left = stmt.expression.left;
    if (
      ts.isPropertyAccessExpression(left) &&
      ts.isIdentifier(left.expression) &&
      left.expression.text === 'module' &&
      left.name.text === 'exports'
    )
      return stmt.expression.right;
  }
  return undefined;
}

/** A property of an object literal, by name. */
export function prop(ts: TypeScriptApi, obj: TS.ObjectLiteralExpression, name: string): TS.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propName(ts, p.name) === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}

export function propName(ts: TypeScriptApi, name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** `true` / `false` literals; undefined for anything else. */
export function boolValue(ts: TypeScriptApi, expr: TS.Expression | undefined): boolean | undefined {
  if (!expr) return undefined;
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

/** A default value as text: literals as their value, anything else as written (`now()`, `Date.now`). */
export function defaultText(ts: TypeScriptApi, expr: TS.Expression, sf: TS.SourceFile): string {
  const e = unwrap(ts, expr);
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return e.text;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand))
    return `-${e.operand.text}`;
  return e.getText(sf);
}

/** `'users as u'` / `'public.users'` → `users`. */
export function bareTable(name: string): string {
  return name
    .trim()
    .split(/\s+as\s+|\s+/i)[0]!
    .split('.')
    .at(-1)!
    .replace(/^["`[]|["`\]]$/g, '');
}

/** The first `client`/`type`/`dialect`-style string among object properties named `key` in the files, mapped to a service. */
export function serviceFromOption(
  ts: TypeScriptApi,
  files: readonly ParsedFile[],
  key: string,
  services: Readonly<Record<string, ServiceName>>,
): ServiceName | undefined {
  for (const file of files) {
    let found: ServiceName | undefined;
    forEachDeep(ts, file.sf, (n) => {
      if (ts.isPropertyAssignment(n) && propName(ts, n.name) === key && ts.isStringLiteralLike(n.initializer)) {
        found = services[n.initializer.text];
        if (found) return 'stop';
      }
    });
    if (found) return found;
  }
  return undefined;
}

/** `Foo` or `() => Foo` or `(type) => Foo` → the identifier `Foo`. */
export function thunkTarget(ts: TypeScriptApi, expr: TS.Expression | undefined): TS.Expression | undefined {
  if (!expr) return undefined;
  const e = unwrap(ts, expr);
  if (ts.isArrowFunction(e) && !ts.isBlock(e.body)) return unwrap(ts, e.body);
  return e;
}

/** The line of a call as a reader finds it: where `.method(` is written, for calls on a multi-line chain. */
export function callLine(ts: TypeScriptApi, sf: TS.SourceFile, call: TS.CallExpression): number {
  const callee = call.expression;
  return lineOf(sf, ts.isPropertyAccessExpression(callee) ? callee.name : call);
}

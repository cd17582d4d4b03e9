import type * as TS from 'typescript';
import { exportedLocal, forEachDeep } from '../../ast.js';
import type { DetectContext, ParsedFile } from '../../detector.js';
import { unwrapValue } from '../unwrap.js';

/** One piece of a string whose value is partly known: literal text, an environment variable, the module's own folder, or unknown. */
export type Part = { kind: 'text'; text: string } | { kind: 'env'; name: string } | { kind: 'dir' } | { kind: 'unknown' };

/** Where a name is declared, as far as a syntax-only analysis can tell. */
export type Declaration =
  | { kind: 'var'; file: ParsedFile; decl: TS.VariableDeclaration }
  | { kind: 'element'; file: ParsedFile; decl: TS.VariableDeclaration; prop: string }
  | { kind: 'param'; file: ParsedFile; param: TS.ParameterDeclaration }
  | { kind: 'function'; file: ParsedFile; node: TS.FunctionDeclaration }
  | { kind: 'class'; file: ParsedFile; node: TS.ClassDeclaration }
  | { kind: 'module'; file: ParsedFile; module: string; imported: string }
  | { kind: 'opaque'; file: ParsedFile };

/** Arguments bound to a wrapper function's parameters, to evaluate a call through one level of wrapper. */
export type Bindings = ReadonlyMap<TS.ParameterDeclaration, { file: ParsedFile; expr: TS.Expression | undefined }>;

/** A class member as `this.name` reads it: where it is declared, and every value the class gives it. */
export interface ClassMember {
  property?: TS.PropertyDeclaration | TS.ParameterDeclaration;
  values: TS.Expression[];
}

export type Literal = string | number | boolean | Literal[] | { [key: string]: Literal };

const MAX_DEPTH = 12;
const resolvers = new WeakMap<ReadonlyMap<string, ParsedFile>, Resolver>();

/** Static evaluation of names, strings, numbers and option objects across a repository's parsed files. */
export class Resolver {
  readonly ts: DetectContext['ts'];

  private readonly assignments = new WeakMap<TS.SourceFile, Map<string, TS.Expression[]>>();
  private readonly members = new WeakMap<TS.ClassLikeDeclaration, Map<string, ClassMember>>();
  private readonly topLevels = new WeakMap<TS.SourceFile, Map<string, Declaration | null>>();

  private constructor(readonly ctx: DetectContext) {
    this.ts = ctx.ts;
  }

  /** One resolver per discovery run (detectors share its caches): keyed by the run's map of parsed files. */
  static of(ctx: DetectContext): Resolver {
    let r = resolvers.get(ctx.byPath);
    if (!r) resolvers.set(ctx.byPath, (r = new Resolver(ctx)));
    return r;
  }

  /**
   * A source file of the repository, parsed on demand when the prefilter did not pick it: constants and helper
   * modules rarely import the library.
   */
  fileAt(file: string): ParsedFile | undefined {
    return this.ctx.byPath.get(file) ?? this.ctx.resolve({ path: '' }, `./${file}`);
  }

  /** A relative import's target, parsed on demand. */
  resolveImport(from: ParsedFile, specifier: string): ParsedFile | undefined {
    return this.ctx.resolve(from, specifier);
  }

  unwrap(expr: TS.Expression): TS.Expression {
    return unwrapValue(this.ts, expr);
  }

  /** The declaration a name refers to at `from`: nearest enclosing scope first, then the file's imports (followed into relative modules). */
  declarationOf(file: ParsedFile, name: string, from: TS.Node, depth = 0): Declaration | undefined {
    const { ts } = this;
    for (let n: TS.Node | undefined = from.parent; n; n = n.parent) {
      if (ts.isFunctionLike(n)) {
        const param = n.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
        if (param) return { kind: 'param', file, param };
        if (n.parameters.some((p) => !ts.isIdentifier(p.name) && bindsName(ts, p.name, name))) return { kind: 'opaque', file };
      }
      if (ts.isCatchClause(n) && n.variableDeclaration && bindsName(ts, n.variableDeclaration.name, name)) return { kind: 'opaque', file };
      if (
        (ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isForStatement(n)) &&
        n.initializer &&
        ts.isVariableDeclarationList(n.initializer)
      ) {
        if (n.initializer.declarations.some((d) => bindsName(ts, d.name, name))) return { kind: 'opaque', file };
      }
      if (ts.isSourceFile(n)) return this.topLevel(file, name, depth);
      const statements = statementsOf(ts, n);
      if (statements) {
        const found = this.inStatements(file, statements, name, depth);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** A top-level name of a file, following imports and re-exports. */
  topLevel(file: ParsedFile, name: string, depth = 0): Declaration | undefined {
    if (depth > 0) return this.inStatements(file, file.sf.statements, name, depth) ?? this.imported(file, name, depth);
    // Every call site of a file asks for the same few module-level names.
    let byName = this.topLevels.get(file.sf);
    if (!byName) this.topLevels.set(file.sf, (byName = new Map()));
    let found = byName.get(name);
    if (found === undefined) {
      found = this.inStatements(file, file.sf.statements, name, 0) ?? this.imported(file, name, 0) ?? null;
      byName.set(name, found);
    }
    return found ?? undefined;
  }

  private inStatements(file: ParsedFile, statements: readonly TS.Statement[], name: string, depth = 0): Declaration | undefined {
    const { ts } = this;
    for (const stmt of statements) {
      if (ts.isVariableStatement(stmt)) {
        for (const decl of stmt.declarationList.declarations) {
          // `const x = require('m')` and `const { x } = require('m')` are imports.
          if (bindsName(ts, decl.name, name) && isRequire(ts, decl.initializer) && file.imports.some((b) => b.local === name))
            return this.imported(file, name, depth);
          if (ts.isIdentifier(decl.name)) {
            if (decl.name.text === name) return { kind: 'var', file, decl };
          } else if (ts.isObjectBindingPattern(decl.name)) {
            for (const el of decl.name.elements) {
              if (ts.isIdentifier(el.name) && el.name.text === name && !el.dotDotDotToken) {
                const prop =
                  el.propertyName && (ts.isIdentifier(el.propertyName) || ts.isStringLiteral(el.propertyName))
                    ? el.propertyName.text
                    : name;
                return { kind: 'element', file, decl, prop };
              }
              if (bindsName(ts, el.name, name)) return { kind: 'opaque', file };
            }
          } else if (bindsName(ts, decl.name, name)) return { kind: 'opaque', file };
        }
      } else if (ts.isFunctionDeclaration(stmt) && stmt.name?.text === name) return { kind: 'function', file, node: stmt };
      else if (ts.isClassDeclaration(stmt) && stmt.name?.text === name) return { kind: 'class', file, node: stmt };
    }
    return undefined;
  }

  private imported(file: ParsedFile, name: string, depth: number): Declaration | undefined {
    const binding = file.imports.find((b) => b.local === name);
    if (!binding) return undefined;
    const target = this.resolveImport(file, binding.module);
    if (!target) return { kind: 'module', file, module: binding.module, imported: binding.imported };
    if (depth > MAX_DEPTH || target === file) return { kind: 'opaque', file };
    const exportName = binding.imported === '*' ? 'default' : binding.imported;
    const local = exportedLocal(this.ts, target.sf, exportName) ?? (exportName === 'default' ? undefined : exportName);
    if (!local) return { kind: 'opaque', file: target };
    return this.topLevel(target, local, depth + 1) ?? { kind: 'opaque', file: target };
  }

  /** The expression a name is bound to, when it is bound once to an initializer. */
  initializerOf(file: ParsedFile, ident: TS.Identifier): { file: ParsedFile; expr: TS.Expression } | undefined {
    const d = this.declarationOf(file, ident.text, ident);
    if (d?.kind === 'var' && d.decl.initializer) return { file: d.file, expr: d.decl.initializer };
    return undefined;
  }

  /**
   * Values assigned to a module-level `let` (`client = createClient()`), or to a static member (`name` is then
   * `Class.member`: `RedisClient.instance = new Redis()`), in its own file.
   */
  assignmentsTo(file: ParsedFile, name: string): readonly TS.Expression[] {
    const { ts } = this;
    // One walk per file for every name: a call site asks for one name at a time, and a file has many.
    let byName = this.assignments.get(file.sf);
    if (!byName) {
      const found = new Map<string, TS.Expression[]>();
      forEachDeep(ts, file.sf, (n) => {
        if (
          !ts.isBinaryExpression(n) ||
          (n.operatorToken.kind !== ts.SyntaxKind.EqualsToken && n.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionEqualsToken)
        )
          return;
        const left = n.left;
        const key = ts.isIdentifier(left)
          ? left.text
          : ts.isPropertyAccessExpression(left) && ts.isIdentifier(left.expression)
            ? `${left.expression.text}.${left.name.text}`
            : undefined;
        if (key === undefined) return;
        const list = found.get(key);
        if (list) list.push(n.right);
        else found.set(key, [n.right]);
      });
      this.assignments.set(file.sf, (byName = found));
    }
    return byName.get(name) ?? [];
  }

  /** `this.name`: the class property's initializer, or what the class assigns to it. */
  thisMember(node: TS.Node, name: string): ClassMember | undefined {
    const cls = enclosingClass(this.ts, node);
    if (!cls) return undefined;
    let members = this.members.get(cls);
    if (!members) this.members.set(cls, (members = this.classMembers(cls)));
    return members.get(name) ?? { values: [] };
  }

  /** `Class.name`: a static property's initializer and what the file assigns to it. */
  staticMember(file: ParsedFile, cls: TS.ClassDeclaration, name: string): ClassMember {
    const { ts } = this;
    const member: ClassMember = { values: [] };
    for (const m of cls.members) {
      const isStatic = ts.getModifiers(m as TS.HasModifiers)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
      if (isStatic && ts.isPropertyDeclaration(m) && m.name.getText() === name) {
        member.property = m;
        if (m.initializer) member.values.push(m.initializer);
      }
    }
    if (cls.name) member.values.push(...this.assignmentsTo(file, `${cls.name.text}.${name}`));
    return member;
  }

  /** Every member of a class with its values, in one walk of the class. */
  private classMembers(cls: TS.ClassLikeDeclaration): Map<string, ClassMember> {
    const { ts } = this;
    const out = new Map<string, ClassMember>();
    const entry = (name: string): ClassMember => {
      let member = out.get(name);
      if (!member) out.set(name, (member = { values: [] }));
      return member;
    };
    for (const m of cls.members) {
      if (ts.isPropertyDeclaration(m)) {
        const member = entry(m.name.getText());
        member.property = m;
        if (m.initializer) member.values.push(m.initializer);
      }
      if (ts.isConstructorDeclaration(m)) {
        for (const p of m.parameters) {
          const isProperty = (ts.getModifiers(p)?.length ?? 0) > 0;
          if (isProperty && ts.isIdentifier(p.name)) {
            const member = entry(p.name.text);
            member.property = p;
            if (p.initializer) member.values.push(p.initializer);
          }
        }
      }
    }
    forEachDeep(ts, cls, (n) => {
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(n.left) &&
        n.left.expression.kind === ts.SyntaxKind.ThisKeyword
      )
        entry(n.left.name.text).values.push(n.right);
    });
    return out;
  }

  /** The parts of a string expression. */
  parts(file: ParsedFile, expr: TS.Expression, bindings?: Bindings, depth = 0): Part[] {
    const { ts } = this;
    const unknown: Part[] = [{ kind: 'unknown' }];
    if (depth > MAX_DEPTH) return unknown;
    const e = this.unwrap(expr);
    const next = (x: TS.Expression, f: ParsedFile = file, b: Bindings | undefined = bindings): Part[] => this.parts(f, x, b, depth + 1);
    if (ts.isStringLiteralLike(e)) return [{ kind: 'text', text: e.text }];
    if (ts.isNumericLiteral(e)) return [{ kind: 'text', text: e.text }];
    if (ts.isTemplateExpression(e)) {
      const out: Part[] = [{ kind: 'text', text: e.head.text }];
      for (const span of e.templateSpans) out.push(...next(span.expression), { kind: 'text', text: span.literal.text });
      return merge(out);
    }
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken) return merge([...next(e.left), ...next(e.right)]);
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
        const left = next(e.left);
        return left.some((p) => p.kind === 'unknown') ? unknown : left;
      }
      return unknown;
    }
    if (ts.isConditionalExpression(e)) return unknown;
    const env = this.envName(file, e);
    if (env) return [{ kind: 'env', name: env }];
    if (ts.isIdentifier(e)) {
      if (e.text === '__dirname' || e.text === '__filename') return [{ kind: 'dir' }];
      const d = this.declarationOf(file, e.text, e);
      if (!d) return unknown;
      if (d.kind === 'param') {
        const bound = bindings?.get(d.param);
        return bound?.expr ? next(bound.expr, bound.file, undefined) : unknown;
      }
      if (d.kind === 'var' && d.decl.initializer) return next(d.decl.initializer, d.file);
      if (d.kind === 'element' && d.decl.initializer) {
        if (this.isEnvObject(d.file, d.decl.initializer)) return [{ kind: 'env', name: d.prop }];
        const value = this.propertyOf(d.file, d.decl.initializer, d.prop, bindings, depth + 1);
        return value ? next(value.expr, value.file) : unknown;
      }
      return unknown;
    }
    if (ts.isMetaProperty(e)) return [{ kind: 'dir' }];
    if (ts.isPropertyAccessExpression(e)) {
      if (ts.isMetaProperty(e.expression)) return [{ kind: 'dir' }];
      if (e.name.text === 'href' || e.name.text === 'pathname') return next(e.expression);
      const value = this.propertyOf(file, e.expression, e.name.text, bindings, depth + 1);
      if (value) return next(value.expr, value.file);
      const loose = this.looseEnvName(file, e);
      return loose ? [{ kind: 'env', name: loose }] : unknown;
    }
    if (ts.isCallExpression(e)) return this.callParts(file, e, bindings, depth);
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL' && e.arguments?.[0]) {
      const [rel, base] = e.arguments;
      if (!base) return next(rel!);
      const relParts = next(rel!);
      const first = relParts[0];
      if (first?.kind === 'text' && /^[a-z]+:\/\//i.test(first.text)) return relParts;
      const baseParts = next(base);
      const head = baseParts[0];
      // An absolute path replaces the base's path: new URL('/v1/x', 'https://api.example.com/api') → https://api.example.com/v1/x
      if (first?.kind === 'text' && first.text.startsWith('/') && head?.kind === 'text' && /^[a-z]+:\/\/[^/]+/i.test(head.text)) {
        return merge([{ kind: 'text', text: /^[a-z]+:\/\/[^/]+/i.exec(head.text)![0] }, ...relParts]);
      }
      if (first?.kind === 'text' && baseParts.at(-1)?.kind !== 'dir')
        return merge([
          ...baseParts,
          { kind: 'text', text: first.text.startsWith('/') ? first.text : `/${first.text.replace(/^\.\//, '')}` },
          ...relParts.slice(1),
        ]);
      return merge([...baseParts, { kind: 'text', text: '/' }, ...relParts]);
    }
    return unknown;
  }

  private callParts(file: ParsedFile, call: TS.CallExpression, bindings: Bindings | undefined, depth: number): Part[] {
    const { ts } = this;
    const next = (x: TS.Expression): Part[] => this.parts(file, x, bindings, depth + 1);
    const callee = call.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (ts.isPropertyAccessExpression(callee)) {
      if (ts.isIdentifier(callee.expression) && callee.expression.text === 'process' && name === 'cwd') return [{ kind: 'dir' }];
      if (name === 'toString' || name === 'trim') return next(callee.expression);
      // `base.replace(/\/+$/, '')`: trimming a trailing slash keeps the value.
      const [pattern, replacement] = call.arguments;
      if (
        name === 'replace' &&
        pattern &&
        ts.isRegularExpressionLiteral(pattern) &&
        /^\/\\\/[+*]?\$\/$/.test(pattern.text) &&
        replacement &&
        ts.isStringLiteralLike(replacement) &&
        replacement.text === ''
      )
        return next(callee.expression);
    }
    if (ts.isIdentifier(callee) && name === 'String' && call.arguments[0]) return next(call.arguments[0]);
    if ((name === 'join' || name === 'resolve') && this.isPathFunction(file, callee)) {
      const out: Part[] = [];
      call.arguments.forEach((a, i) => {
        if (i > 0) out.push({ kind: 'text', text: '/' });
        out.push(...next(a));
      });
      return merge(out).map((p) => (p.kind === 'text' ? { kind: 'text', text: p.text.replace(/\/{2,}/g, '/') } : p));
    }
    if (ts.isIdentifier(callee) && name === 'fileURLToPath' && call.arguments[0]) return next(call.arguments[0]);
    if (ts.isIdentifier(callee)) {
      // A small helper: `const sessionKey = (id) => \`session:${id}\``, evaluated with the call's arguments.
      const fn = this.functionOf(file, callee);
      const result = fn && singleReturn(ts, fn.node);
      if (fn && result) {
        const bound = new Map<TS.ParameterDeclaration, { file: ParsedFile; expr: TS.Expression | undefined }>();
        fn.node.parameters.forEach((p, i) => bound.set(p, { file, expr: call.arguments[i] }));
        return this.parts(fn.file, result, bound, depth + 1);
      }
    }
    return [{ kind: 'unknown' }];
  }

  /** The function a name is bound to: a declaration, or a `const` holding an arrow or function expression. */
  functionOf(file: ParsedFile, ident: TS.Identifier): { file: ParsedFile; node: TS.FunctionLikeDeclaration } | undefined {
    const { ts } = this;
    const d = this.declarationOf(file, ident.text, ident);
    if (d?.kind === 'function') return { file: d.file, node: d.node };
    if (d?.kind === 'var' && d.decl.initializer) {
      const init = this.unwrap(d.decl.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return { file: d.file, node: init };
    }
    return undefined;
  }

  private isPathFunction(file: ParsedFile, callee: TS.Expression): boolean {
    const { ts } = this;
    const root = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
    if (!ts.isIdentifier(root)) return false;
    const binding = file.imports.find((b) => b.local === root.text);
    return binding !== undefined && /^(?:node:)?path(?:\/posix)?$/.test(binding.module);
  }

  /** `process.env.X`, `process.env['X']`, or `env.X` where `env` is parsed from `process.env`. */
  envName(file: ParsedFile, expr: TS.Expression): string | undefined {
    const { ts } = this;
    const e = this.unwrap(expr);
    let obj: TS.Expression | undefined;
    let prop: string | undefined;
    if (ts.isPropertyAccessExpression(e)) {
      obj = e.expression;
      prop = e.name.text;
    } else if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression)) {
      obj = e.expression;
      prop = e.argumentExpression.text;
    }
    if (!obj || !prop) return undefined;
    return this.isEnvObject(file, obj) ? prop : undefined;
  }

  /**
   * `env.API_URL` where `env` is not known to come from `process.env` but is evidently an environment: an upper-case
   * name read from `c.env` (Workers, Hono), from a value named `env` or `…Env`, from a parameter typed `…Env`, or from
   * what a `loadServerEnv()`-style call returns.
   */
  private looseEnvName(file: ParsedFile, e: TS.PropertyAccessExpression): string | undefined {
    const { ts } = this;
    const name = e.name.text;
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) return undefined;
    const obj = this.unwrap(e.expression);
    if (ts.isPropertyAccessExpression(obj)) return obj.name.text === 'env' ? name : undefined;
    if (!ts.isIdentifier(obj)) return undefined;
    if (/^(?:env|ENV|[a-z]\w*Env)$/.test(obj.text)) return name;
    const d = this.declarationOf(file, obj.text, obj);
    if (d?.kind === 'var' && d.decl.initializer) {
      const init = this.unwrap(d.decl.initializer);
      const callee = ts.isCallExpression(init) ? init.expression : undefined;
      const called = callee && (ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '');
      if (called && /env/i.test(called)) return name;
    }
    if (d?.kind === 'param' && d.param.type && ts.isTypeReferenceNode(d.param.type) && /Env$/.test(d.param.type.typeName.getText()))
      return name;
    return undefined;
  }

  /** `process.env`, or a name bound to something built from it (`schema.parse(process.env)`, `cleanEnv(process.env, …)`). */
  isEnvObject(file: ParsedFile, expr: TS.Expression, depth = 0): boolean {
    const { ts } = this;
    const e = this.unwrap(expr);
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'env' && ts.isIdentifier(e.expression) && e.expression.text === 'process')
      return true;
    if (depth > 3) return false;
    if (ts.isCallExpression(e)) return e.arguments.some((a) => this.isEnvObject(file, a, depth + 1));
    if (ts.isIdentifier(e)) {
      const d = this.declarationOf(file, e.text, e);
      if (d?.kind === 'var' && d.decl.initializer) return this.isEnvObject(d.file, d.decl.initializer, depth + 1);
    }
    return false;
  }

  /** `obj.name` where `obj` evaluates to an object literal: the property's value. */
  propertyOf(
    file: ParsedFile,
    obj: TS.Expression,
    name: string,
    bindings?: Bindings,
    depth = 0,
  ): { file: ParsedFile; expr: TS.Expression } | undefined {
    const { ts } = this;
    const e = this.unwrap(obj);
    if (e.kind === ts.SyntaxKind.ThisKeyword) {
      const member = this.thisMember(e, name);
      const value = member?.values[0];
      return value && member.values.length === 1 ? { file, expr: value } : undefined;
    }
    const target = this.objectOf(file, e, bindings, depth);
    if (!target || depth > MAX_DEPTH) return undefined;
    // Later properties win, and `{ ...defaults, x }` reads through the spread.
    for (const p of [...target.node.properties].reverse()) {
      if (ts.isPropertyAssignment(p) && propName(ts, p.name) === name) return { file: target.file, expr: p.initializer };
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return { file: target.file, expr: p.name };
      if (ts.isSpreadAssignment(p)) {
        const inner = this.propertyOf(target.file, p.expression, name, target.file === file ? bindings : undefined, depth + 1);
        if (inner) return inner;
      }
    }
    return undefined;
  }

  /** The object literal an expression evaluates to. */
  objectOf(
    file: ParsedFile,
    expr: TS.Expression,
    bindings?: Bindings,
    depth = 0,
  ): { file: ParsedFile; node: TS.ObjectLiteralExpression } | undefined {
    const { ts } = this;
    if (depth > MAX_DEPTH) return undefined;
    const e = this.unwrap(expr);
    if (ts.isObjectLiteralExpression(e)) return { file, node: e };
    if (ts.isIdentifier(e)) {
      const d = this.declarationOf(file, e.text, e);
      if (d?.kind === 'var' && d.decl.initializer) return this.objectOf(d.file, d.decl.initializer, undefined, depth + 1);
      if (d?.kind === 'param') {
        const bound = bindings?.get(d.param);
        if (bound?.expr) return this.objectOf(bound.file, bound.expr, undefined, depth + 1);
      }
      if (d?.kind === 'element' && d.decl.initializer) {
        const value = this.propertyOf(d.file, d.decl.initializer, d.prop, undefined, depth + 1);
        return value ? this.objectOf(value.file, value.expr, undefined, depth + 1) : undefined;
      }
      return undefined;
    }
    if (ts.isPropertyAccessExpression(e)) {
      const value = this.propertyOf(file, e.expression, e.name.text, bindings, depth + 1);
      return value ? this.objectOf(value.file, value.expr, undefined, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * `TABLE[key]` and `TABLE[key].name` (directly or through `const config = TABLE[key]`), where `TABLE` is an object
   * literal (a table of providers or regions): the value in every entry, or in the one a literal `key` names.
   */
  tableValues(file: ParsedFile, expr: TS.Expression): { file: ParsedFile; expr: TS.Expression }[] {
    const { ts } = this;
    let row = this.unwrap(expr);
    let rowFile = file;
    let name: string | undefined;
    if (ts.isPropertyAccessExpression(row)) {
      name = row.name.text;
      row = this.unwrap(row.expression);
      if (ts.isIdentifier(row)) {
        const d = this.declarationOf(file, row.text, row);
        if (d?.kind !== 'var' || !d.decl.initializer || !(d.decl.parent.flags & ts.NodeFlags.Const)) return [];
        row = this.unwrap(d.decl.initializer);
        rowFile = d.file;
      }
    }
    if (!ts.isElementAccessExpression(row)) return [];
    const key = row.argumentExpression;
    // A literal key picks its entry.
    const only = ts.isStringLiteralLike(key) || ts.isNumericLiteral(key) ? key.text : undefined;
    const table = this.objectOf(rowFile, row.expression);
    if (!table) return [];
    const out: { file: ParsedFile; expr: TS.Expression }[] = [];
    for (const p of table.node.properties) {
      if (!ts.isPropertyAssignment(p)) return [];
      if (only !== undefined && propName(ts, p.name) !== only) continue;
      const value = name === undefined ? { file: table.file, expr: p.initializer } : this.propertyOf(table.file, p.initializer, name);
      if (value) out.push(value);
    }
    return out;
  }

  /** The value of a property of an options object, when the object is known. */
  option(
    file: ParsedFile,
    obj: TS.Expression | undefined,
    name: string,
    bindings?: Bindings,
  ): { file: ParsedFile; expr: TS.Expression } | undefined {
    return obj ? this.propertyOf(file, obj, name, bindings) : undefined;
  }

  /** A number known statically: literals, arithmetic, constants, `Number('60')`. */
  number(file: ParsedFile, expr: TS.Expression, depth = 0): number | undefined {
    const { ts } = this;
    if (depth > MAX_DEPTH) return undefined;
    const e = this.unwrap(expr);
    if (ts.isNumericLiteral(e)) return Number(e.text.replace(/_/g, ''));
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
      const v = this.number(file, e.operand, depth + 1);
      return v === undefined ? undefined : -v;
    }
    if (ts.isBinaryExpression(e)) {
      const a = this.number(file, e.left, depth + 1);
      const b = this.number(file, e.right, depth + 1);
      if (a === undefined || b === undefined) return undefined;
      switch (e.operatorToken.kind) {
        case ts.SyntaxKind.AsteriskToken:
          return a * b;
        case ts.SyntaxKind.PlusToken:
          return a + b;
        case ts.SyntaxKind.MinusToken:
          return a - b;
        case ts.SyntaxKind.SlashToken:
          return b === 0 ? undefined : a / b;
        default:
          return undefined;
      }
    }
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && ['Number', 'parseInt'].includes(e.expression.text) && e.arguments[0]) {
      const text = render(this.parts(file, e.arguments[0]));
      return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
    }
    if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
      const value = ts.isIdentifier(e) ? this.initializerOf(file, e) : this.propertyOf(file, e.expression, e.name.text);
      return value ? this.number(value.file, value.expr, depth + 1) : undefined;
    }
    return undefined;
  }

  /** A JSON-like value for option objects: known strings (`env:X` for environment variables), numbers, booleans, arrays and objects. */
  literal(file: ParsedFile, expr: TS.Expression, depth = 0): Literal | undefined {
    const { ts } = this;
    if (depth > MAX_DEPTH) return undefined;
    const e = this.unwrap(expr);
    if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
    const obj = this.objectOf(file, e);
    if (obj) {
      const out: Record<string, Literal> = {};
      for (const p of obj.node.properties) {
        if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
        const key = propName(ts, p.name);
        if (key === undefined) continue;
        const value = this.literal(obj.file, ts.isPropertyAssignment(p) ? p.initializer : p.name, depth + 1);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    if (ts.isArrayLiteralExpression(e)) {
      const items = e.elements.map((x) => this.literal(file, x, depth + 1));
      return items.every((x) => x !== undefined) ? (items as Literal[]) : undefined;
    }
    const n = this.number(file, e);
    if (n !== undefined) return n;
    if (ts.isIdentifier(e)) {
      const init = this.initializerOf(file, e);
      if (init && (ts.isArrayLiteralExpression(this.unwrap(init.expr)) || isBoolean(ts, this.unwrap(init.expr))))
        return this.literal(init.file, init.expr, depth + 1);
    }
    return render(this.parts(file, e));
  }
}

/** The expression a function returns when it has one return (or an expression body). */
export function singleReturn(ts: DetectContext['ts'], fn: TS.FunctionLikeDeclaration): TS.Expression | undefined {
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return fn.body;
  const returns: TS.ReturnStatement[] = [];
  forEachDeep(ts, fn.body, (n) => {
    if (ts.isFunctionLike(n)) return 'skip';
    if (ts.isReturnStatement(n)) returns.push(n);
  });
  return returns.length === 1 ? returns[0]!.expression : undefined;
}

function isRequire(ts: DetectContext['ts'], expr: TS.Expression | undefined): boolean {
  if (!expr) return false;
  if (ts.isPropertyAccessExpression(expr)) return isRequire(ts, expr.expression);
  return ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === 'require';
}

function isBoolean(ts: DetectContext['ts'], e: TS.Expression): boolean {
  return e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword;
}

/** Text, `env:NAME` for one environment variable, `${NAME}` for one inside text; undefined when a part is unknown. */
export function render(parts: readonly Part[]): string | undefined {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.kind === 'env') return `env:${only.name}`;
  let out = '';
  for (const p of parts) {
    if (p.kind === 'text') out += p.text;
    else if (p.kind === 'env') out += `\${${p.name}}`;
    else return undefined;
  }
  return out;
}

/** The leading known text (a key prefix): `session:${id}` → `session:`. */
export function staticPrefix(parts: readonly Part[]): string {
  let out = '';
  for (const p of parts) {
    if (p.kind !== 'text') break;
    out += p.text;
  }
  return out;
}

export function merge(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (p.kind === 'text' && p.text === '') continue;
    if (p.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + p.text };
    else out.push(p);
  }
  return out.length ? out : [{ kind: 'text', text: '' }];
}

export function propName(ts: DetectContext['ts'], name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

function statementsOf(ts: DetectContext['ts'], n: TS.Node): readonly TS.Statement[] | undefined {
  if (ts.isSourceFile(n) || ts.isBlock(n) || ts.isModuleBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) return n.statements;
  return undefined;
}

function bindsName(ts: DetectContext['ts'], name: TS.BindingName, target: string): boolean {
  if (ts.isIdentifier(name)) return name.text === target;
  return name.elements.some((el) => !ts.isOmittedExpression(el) && bindsName(ts, el.name, target));
}

export function enclosingClass(ts: DetectContext['ts'], node: TS.Node): TS.ClassLikeDeclaration | undefined {
  for (let n: TS.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isClassDeclaration(n) || ts.isClassExpression(n)) return n;
  }
  return undefined;
}

export function enclosingFunction(ts: DetectContext['ts'], node: TS.Node): TS.SignatureDeclaration | undefined {
  for (let n: TS.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n)) return n;
  }
  return undefined;
}

import type * as TS from 'typescript';
import { forEachDeep, packageOf } from '../../ast.js';
import type { ParsedFile } from '../../detector.js';
import type { Bindings, Declaration, Resolver } from './values.js';

/** How an instance of `kind` comes to be: a library export called or constructed, or a method of another instance. */
export interface Producer {
  kind: string;
  /** The library export: `createClient`, `default`, `Client.create` (`*` and `default` imports are both `default`). */
  factory?: string;
  /** The import binding itself is the instance (`import sgMail from '@sendgrid/mail'`). */
  bare?: boolean;
  on?: string;
  method?: string;
}

export interface LibrarySpec {
  /** Package names; import specifiers are compared by package (`amqplib/callback_api` is `amqplib`). */
  packages: readonly string[];
  producers: readonly Producer[];
  /** Type names the library exports → the kind they denote, for annotated parameters and properties. */
  types?: Readonly<Record<string, string>>;
  /** Methods that return their receiver: `createClient().on('error', log).connect()`. */
  passthrough?: readonly string[];
  /** Decorators that inject an instance, `@InjectQueue('emails')` → kind. */
  decorators?: Readonly<Record<string, string>>;
}

export interface Instance {
  kind: string;
  /** The call, `new` expression or decorator call that made or injected it (its arguments carry names and options). */
  origin?: TS.CallExpression | TS.NewExpression;
  file: ParsedFile;
  /** When `origin` sits in a factory function, the arguments of the call that ran it, for its parameters. */
  bindings?: Bindings;
}

const MAX_DEPTH = 16;

/**
 * Which expressions hold an instance of a library's client objects, followed through variables, module-level
 * `let`s assigned later, class properties, typed parameters, getter functions and imports across files.
 */
export class Instances {
  private readonly cache = new Map<TS.Node, Instance | null>();

  constructor(
    private readonly r: Resolver,
    private readonly spec: LibrarySpec,
  ) {}

  of(file: ParsedFile, expr: TS.Expression, depth = 0): Instance | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (this.cache.has(expr)) return this.cache.get(expr) ?? undefined;
    this.cache.set(expr, null);
    const found = this.compute(file, expr, depth);
    this.cache.set(expr, found ?? null);
    return found;
  }

  /** The library export an expression names: `createClient`, `default`, `Client.create`; undefined when it is not the library's. */
  libraryPath(file: ParsedFile, expr: TS.Expression): string | undefined {
    const { ts } = this.r;
    const e = this.r.unwrap(expr);
    if (ts.isIdentifier(e)) {
      const d = this.r.declarationOf(file, e.text, e);
      if (d?.kind !== 'module' || !this.spec.packages.includes(packageOf(d.module))) return undefined;
      return d.imported === '*' ? 'default' : d.imported;
    }
    if (ts.isPropertyAccessExpression(e)) {
      const base = this.libraryPath(file, e.expression);
      if (base === undefined) return undefined;
      return base === 'default' ? e.name.text : `${base}.${e.name.text}`;
    }
    return undefined;
  }

  private compute(file: ParsedFile, expr: TS.Expression, depth: number): Instance | undefined {
    const { ts } = this.r;
    const e = this.r.unwrap(expr);
    if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
      const callee = e.expression;
      const path = this.libraryPath(file, callee);
      if (path !== undefined) {
        const producer = this.spec.producers.find((p) => p.factory === path && !p.bare);
        return producer ? { kind: producer.kind, origin: e, file } : undefined;
      }
      if (ts.isPropertyAccessExpression(callee)) {
        const receiver = this.of(file, callee.expression, depth + 1);
        const method = callee.name.text;
        if (receiver) {
          const producer = this.spec.producers.find((p) => p.on === receiver.kind && p.method === method);
          if (producer) return { kind: producer.kind, origin: e, file };
          if (this.spec.passthrough?.includes(method)) return receiver;
          return undefined;
        }
        if (callee.expression.kind === ts.SyntaxKind.ThisKeyword) return this.ofMethodReturn(file, callee, depth);
        // `RedisClient.getInstance()`: a static method of a class.
        if (ts.isIdentifier(callee.expression)) {
          const d = this.r.declarationOf(file, callee.expression.text, callee.expression);
          const method =
            d?.kind === 'class' &&
            d.node.members.find(
              (m): m is TS.MethodDeclaration =>
                ts.isMethodDeclaration(m) &&
                m.name.getText() === callee.name.text &&
                (ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword) ?? false),
            );
          if (d && method) return this.ofReturn(d.file, method, depth);
        }
        return undefined;
      }
      if (ts.isIdentifier(callee) && ts.isCallExpression(e)) return this.ofCallee(file, e, callee, depth);
      return undefined;
    }
    if (ts.isIdentifier(e)) {
      const d = this.r.declarationOf(file, e.text, e);
      return d ? this.ofDeclaration(d, e.text, depth) : undefined;
    }
    if (ts.isPropertyAccessExpression(e)) {
      if (e.expression.kind === ts.SyntaxKind.ThisKeyword) return this.ofThisMember(file, e, depth);
      if (ts.isIdentifier(e.expression)) {
        // `import * as rabbit from './rabbit'` then `rabbit.channel`
        const d = this.r.declarationOf(file, e.expression.text, e.expression);
        if (d?.kind === 'module') return undefined;
        // `RedisClient.instance`: a static property, as initialised and as assigned.
        if (d?.kind === 'class') {
          const member = this.r.staticMember(d.file, d.node, e.name.text);
          for (const value of member.values) {
            const found = this.of(d.file, value, depth + 1);
            if (found) return found;
          }
          return member.property && this.ofType(d.file, member.property.type);
        }
        const binding = file.imports.find((b) => b.local === (e.expression as TS.Identifier).text && b.imported === '*');
        const target = binding && this.r.resolveImport(file, binding.module);
        if (target) {
          const inner = this.r.topLevel(target, e.name.text);
          return inner ? this.ofDeclaration(inner, e.name.text, depth) : undefined;
        }
      }
      const value = this.r.propertyOf(file, e.expression, e.name.text);
      return value ? this.of(value.file, value.expr, depth + 1) : undefined;
    }
    return undefined;
  }

  private ofDeclaration(d: Declaration, name: string, depth: number): Instance | undefined {
    const { ts } = this.r;
    switch (d.kind) {
      case 'module': {
        if (!this.spec.packages.includes(packageOf(d.module))) return undefined;
        const path = d.imported === '*' ? 'default' : d.imported;
        const producer = this.spec.producers.find((p) => p.bare && p.factory === path);
        return producer ? { kind: producer.kind, file: d.file } : undefined;
      }
      case 'var': {
        // What is assigned first (it carries the creating call's options), the annotation as a fallback.
        if (d.decl.initializer) {
          const init = this.r.unwrap(d.decl.initializer);
          if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return undefined;
          const found = this.of(d.file, d.decl.initializer, depth + 1);
          if (found) return found;
        }
        for (const value of this.r.assignmentsTo(d.file, name)) {
          const found = this.of(d.file, value, depth + 1);
          if (found) return found;
        }
        return this.ofType(d.file, d.decl.type);
      }
      case 'param':
        return this.ofDecorated(d.file, d.param) ?? this.ofType(d.file, d.param.type);
      default:
        return undefined;
    }
  }

  private ofThisMember(file: ParsedFile, e: TS.PropertyAccessExpression, depth: number): Instance | undefined {
    const member = this.r.thisMember(e, e.name.text);
    if (!member) return undefined;
    const decorated = member.property && this.ofDecorated(file, member.property);
    if (decorated) return decorated;
    for (const value of member.values) {
      const found = this.of(file, value, depth + 1);
      if (found) return found;
    }
    return member.property && this.ofType(file, member.property.type);
  }

  private ofDecorated(file: ParsedFile, node: TS.ParameterDeclaration | TS.PropertyDeclaration): Instance | undefined {
    const { ts } = this.r;
    if (!this.spec.decorators) return undefined;
    for (const dec of ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []) {
      const call = dec.expression;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) continue;
      const kind = this.spec.decorators[call.expression.text];
      if (kind && this.libraryPath(file, call.expression) !== undefined) return { kind, origin: call, file };
    }
    return undefined;
  }

  /** A type annotation naming one of the library's types (through `Promise<…>` and `| undefined`). */
  ofType(file: ParsedFile, type: TS.TypeNode | undefined): Instance | undefined {
    const { ts } = this.r;
    if (!type || !this.spec.types) return undefined;
    if (ts.isUnionTypeNode(type)) {
      for (const t of type.types) {
        const found = this.ofType(file, t);
        if (found) return found;
      }
      return undefined;
    }
    if (ts.isParenthesizedTypeNode(type)) return this.ofType(file, type.type);
    if (!ts.isTypeReferenceNode(type)) return undefined;
    const name = type.typeName;
    if (ts.isIdentifier(name) && name.text === 'Promise' && type.typeArguments?.[0]) return this.ofType(file, type.typeArguments[0]);
    let path: string | undefined;
    if (ts.isIdentifier(name)) path = this.libraryPath(file, name);
    else if (ts.isIdentifier(name.left)) {
      const base = this.libraryPath(file, name.left);
      if (base !== undefined) path = base === 'default' ? name.right.text : `${base}.${name.right.text}`;
    }
    const kind = path === undefined ? undefined : this.spec.types[path];
    return kind ? { kind, file } : undefined;
  }

  /** A call to a local or imported function that returns an instance (`getChannel()`). */
  private ofCallee(file: ParsedFile, call: TS.CallExpression, callee: TS.Identifier, depth: number): Instance | undefined {
    const { ts } = this.r;
    const d = this.r.declarationOf(file, callee.text, callee);
    if (!d) return undefined;
    let fn: { file: ParsedFile; node: TS.FunctionLikeDeclaration } | undefined;
    if (d.kind === 'function') fn = { file: d.file, node: d.node };
    if (d.kind === 'var' && d.decl.initializer) {
      const init = this.r.unwrap(d.decl.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) fn = { file: d.file, node: init };
    }
    const found = fn && this.ofReturn(fn.file, fn.node, depth);
    if (!found?.origin || !fn || !isWithin(found.origin, fn.node)) return found;
    // Made inside the factory (`createQueue('email')` over `new Queue(name)`): its arguments are this call's.
    const bindings = new Map<TS.ParameterDeclaration, { file: ParsedFile; expr: TS.Expression | undefined }>();
    fn.node.parameters.forEach((p, i) => bindings.set(p, { file, expr: call.arguments[i] }));
    return { ...found, bindings };
  }

  private ofMethodReturn(file: ParsedFile, callee: TS.PropertyAccessExpression, depth: number): Instance | undefined {
    const { ts } = this.r;
    for (let n: TS.Node | undefined = callee.parent; n; n = n.parent) {
      if (ts.isClassLike(n)) {
        const method = n.members.find((m) => ts.isMethodDeclaration(m) && m.name.getText() === callee.name.text) as
          TS.MethodDeclaration | undefined;
        return method ? this.ofReturn(file, method, depth) : undefined;
      }
    }
    return undefined;
  }

  private ofReturn(file: ParsedFile, fn: TS.FunctionLikeDeclaration, depth: number): Instance | undefined {
    const { ts } = this.r;
    // What the body returns carries the creating call (its options); the annotation is the fallback.
    let found: Instance | undefined;
    if (fn.body && !ts.isBlock(fn.body)) found = this.of(file, fn.body, depth + 1);
    else if (fn.body) {
      forEachDeep(ts, fn.body, (n) => {
        if (ts.isFunctionLike(n)) return 'skip';
        if (ts.isReturnStatement(n) && n.expression) found = this.of(file, n.expression, depth + 1);
        return found ? 'stop' : undefined;
      });
    }
    return found ?? this.ofType(file, fn.type);
  }
}

function isWithin(node: TS.Node, ancestor: TS.Node): boolean {
  for (let n: TS.Node | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

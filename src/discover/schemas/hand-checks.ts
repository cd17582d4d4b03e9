import type * as TS from 'typescript';
import type { JsonSchemaLike } from '../../model.js';
import { forEachDeep } from '../ast.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import { statusSites } from '../detectors/http-status.js';
import { isFunctionLike, originOf, type FunctionLike } from '../detectors/origin.js';
import { unwrapValue } from '../detectors/unwrap.js';

/**
 * A request-body schema read from validation written by hand in a route's handler or middleware:
 * `if (typeof name !== 'string' || name.trim() === '') return res.status(400)…`, `ctx.throw(400)` after
 * `errors.push(…)`, a `validateBook(body)` helper returning its errors, `!['todo', 'done'].includes(status)`.
 *
 * The code is read as logic: every place that refuses the request (400 or 422) contributes the conditions on its
 * path, helpers called with the body are read with their parameters bound, and the failure condition that results
 * is turned into what a valid body must satisfy. A field is required when its absence alone leads to the refusal.
 * Nothing is produced unless at least one field check leads to a refusal; fields only read are properties with
 * no constraint.
 */
export function handCheckedBody(ctx: DetectContext, file: ParsedFile, handlers: readonly TS.Expression[]): JsonSchemaLike | undefined {
  const fns = handlers.flatMap((h) => handlerFunctions(ctx, file, h, 0));
  return fns.length ? bodySchemaOfFunctions(ctx, file, fns) : undefined;
}

/** The same reading for one function, the route's handler. */
export function handCheckedSchema(ctx: DetectContext, file: ParsedFile, fn: FunctionLike): JsonSchemaLike | undefined {
  return bodySchemaOfFunctions(ctx, file, [{ file, fn }]);
}

/** Statuses that refuse a body. */
const REFUSALS = new Set([400, 422]);
/** How deep calls into helpers are followed. */
const MAX_CALL_DEPTH = 4;
/** A handler worth reading mentions the body. */
const READS_BODY = /\.body\b|\bbody\b|\.json\s*\(|\.parseBody\s*\(/;

interface Located {
  file: ParsedFile;
  fn: FunctionLike;
}

/** The functions a route argument stands for: a function, a named one, or those handed to a wrapper (`asyncHandler(async (req, res) => …)`). */
function handlerFunctions(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, depth: number): Located[] {
  const { ts } = ctx;
  const e = unwrapValue(ts, expr);
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return [{ file, fn: e }];
  if (ts.isCallExpression(e)) return depth < 2 ? e.arguments.flatMap((a) => handlerFunctions(ctx, file, a, depth + 1)) : [];
  if (!ts.isIdentifier(e) && !ts.isPropertyAccessExpression(e)) return [];
  const origin = originOf(ctx, file, e);
  return origin && isFunctionLike(ts, origin.node) ? [{ file: origin.file, fn: origin.node }] : [];
}

function bodySchemaOfFunctions(ctx: DetectContext, route: ParsedFile, fns: readonly Located[]): JsonSchemaLike | undefined {
  const analysis = new Analysis(ctx);
  const failures: Formula[] = [];
  try {
    for (const { file, fn } of fns) {
      if (!fn.body || !READS_BODY.test(fn.body.getText(file.sf))) continue;
      const frame = analysis.handlerFrame(file, fn);
      if (!frame) continue;
      failures.push(analysis.refusal(frame));
      analysis.sweepReads(frame);
    }
    return analysis.schema(or(...failures));
  } catch (error) {
    // The route is still worth reporting without a body schema.
    ctx.diagnostics.push({ file: route.path, message: `reading the body checks of a route failed: ${(error as Error).message}` });
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Formulas: what the code tests about the body's fields.

type Cmp = '<' | '<=' | '>' | '>=' | '==' | '!=';
type Literal = string | number | boolean | null | undefined | RegExp | readonly unknown[] | { readonly [key: string]: unknown };

type Test =
  | { op: 'typeof'; type: string }
  | { op: 'integer' | 'number' | 'array' | 'present' | 'truthy' | 'email' }
  | { op: 'eq'; value: unknown; loose: boolean }
  | { op: 'regex'; source: string; flags: string }
  | { op: 'in'; values: readonly unknown[] }
  | { op: 'length' | 'compare'; cmp: Cmp; n: number };

/** One test of one field: `typeof body.name === 'string'`, `EMAIL.test(email)`, `title.length > 200`. */
interface Atom {
  field: string;
  test: Test;
  /** The value the tested operand has when the field is absent (a destructuring default), or null when unknown. */
  absent: { value: unknown } | null;
  /** The operand is `x.trim()`. */
  trimmed: boolean;
  /** Reading the operand calls a method of the value (`x.trim()`, `x.length`), which throws when it is absent. */
  viaMethod: boolean;
}

type Formula =
  | { k: 'const'; value: boolean }
  | { k: 'opaque' }
  | { k: 'atom'; atom: Atom; negated: boolean }
  | { k: 'and' | 'or'; parts: Formula[] }
  | { k: 'not'; inner: Formula };

const TRUE: Formula = { k: 'const', value: true };
const FALSE: Formula = { k: 'const', value: false };
const OPAQUE: Formula = { k: 'opaque' };

function and(...parts: Formula[]): Formula {
  const out: Formula[] = [];
  for (const p of parts) {
    if (p.k === 'const') {
      if (!p.value) return FALSE;
      continue;
    }
    if (p.k === 'and') out.push(...p.parts);
    else out.push(p);
  }
  return out.length === 0 ? TRUE : out.length === 1 ? out[0]! : { k: 'and', parts: out };
}

function or(...parts: Formula[]): Formula {
  const out: Formula[] = [];
  for (const p of parts) {
    if (p.k === 'const') {
      if (p.value) return TRUE;
      continue;
    }
    if (p.k === 'or') out.push(...p.parts);
    else out.push(p);
  }
  return out.length === 0 ? FALSE : out.length === 1 ? out[0]! : { k: 'or', parts: out };
}

function not(f: Formula): Formula {
  if (f.k === 'const') return f.value ? FALSE : TRUE;
  if (f.k === 'opaque') return f;
  if (f.k === 'not') return f.inner;
  if (f.k === 'atom') return { ...f, negated: !f.negated };
  return { k: 'not', inner: f };
}

function atom(sym: FieldSym, test: Test, viaMethod = sym.trimmed && !sym.chained): Formula {
  return { k: 'atom', atom: { field: sym.name, test, absent: sym.absent, trimmed: sym.trimmed, viaMethod }, negated: false };
}

/** Negations pushed down to the atoms. */
function normal(f: Formula, negate = false): Formula {
  switch (f.k) {
    case 'const':
      return negate ? not(f) : f;
    case 'opaque':
      return f;
    case 'atom':
      return negate ? not(f) : f;
    case 'not':
      return normal(f.inner, !negate);
    case 'and':
    case 'or': {
      const parts = f.parts.map((p) => normal(p, negate));
      return (f.k === 'and') !== negate ? and(...parts) : or(...parts);
    }
  }
}

function atomsOf(f: Formula, out: Atom[] = []): Atom[] {
  if (f.k === 'atom') out.push(f.atom);
  else if (f.k === 'and' || f.k === 'or') for (const p of f.parts) atomsOf(p, out);
  else if (f.k === 'not') atomsOf(f.inner, out);
  return out;
}

function hasOpaque(f: Formula): boolean {
  if (f.k === 'opaque') return true;
  if (f.k === 'and' || f.k === 'or') return f.parts.some(hasOpaque);
  return f.k === 'not' && hasOpaque(f.inner);
}

// Whether the refusal happens when a field is absent: true, false, unknown, or the code throws first.
type Truth = 'T' | 'F' | 'U' | 'X';

function whenAbsent(f: Formula, field: string): Truth {
  switch (f.k) {
    case 'const':
      return f.value ? 'T' : 'F';
    case 'opaque':
      return 'U';
    case 'atom': {
      if (f.atom.field !== field) return 'U';
      const t = f.atom.absent ? testValue(f.atom, f.atom.absent.value) : 'U';
      return f.negated ? negateTruth(t) : t;
    }
    case 'not':
      return negateTruth(whenAbsent(f.inner, field));
    case 'and': {
      let acc: Truth = 'T';
      for (const p of f.parts) {
        if (acc === 'F' || acc === 'X') return acc;
        const t = whenAbsent(p, field);
        acc = acc === 'T' ? t : t === 'F' ? 'F' : 'U';
      }
      return acc;
    }
    case 'or': {
      let acc: Truth = 'F';
      for (const p of f.parts) {
        if (acc === 'T' || acc === 'X') return acc;
        const t = whenAbsent(p, field);
        acc = acc === 'F' ? t : t === 'T' ? 'T' : 'U';
      }
      return acc;
    }
  }
}

function negateTruth(t: Truth): Truth {
  return t === 'T' ? 'F' : t === 'F' ? 'T' : t;
}

/** What a test gives for a known operand value. */
function testValue(a: Atom, value: unknown): Truth {
  const test = a.test;
  if (a.viaMethod && value == null) return 'X';
  const v = a.trimmed && typeof value === 'string' ? value.trim() : value;
  const truth = (b: boolean): Truth => (b ? 'T' : 'F');
  switch (test.op) {
    case 'typeof':
      return truth(typeof v === test.type);
    case 'integer':
      return truth(Number.isInteger(v));
    case 'number':
      return truth(Number.isFinite(v));
    case 'array':
      return truth(Array.isArray(v));
    case 'present':
      return 'F';
    case 'truthy':
      return truth(Boolean(v));
    case 'email':
      return value == null ? 'X' : 'U';
    case 'eq':
      return truth(test.loose ? v == test.value : v === test.value);
    case 'regex':
      try {
        return truth(new RegExp(test.source, test.flags.replace(/[gy]/g, '')).test(String(v)));
      } catch {
        return 'U';
      }
    case 'in':
      return truth(test.values.includes(v));
    case 'length':
      // `x?.length > 0` with x absent compares undefined: false (true for `!==`).
      if (v == null) return truth(compare(v as unknown as number, test.cmp, test.n));
      return typeof v === 'string' ? truth(compare(v.length, test.cmp, test.n)) : 'U';
    case 'compare':
      return typeof v === 'number' || v == null ? truth(compare(v as number, test.cmp, test.n)) : 'U';
  }
}

function compare(a: number, cmp: Cmp, b: number): boolean {
  switch (cmp) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

const NEGATED_CMP: Record<Cmp, Cmp> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' };
const FLIPPED_CMP: Record<Cmp, Cmp> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

// ---------------------------------------------------------------------------------------------------------------
// From the failure condition to the rules a valid body follows.

/** One rule a field's value must follow for the request to pass. */
type Rule =
  | { kind: 'type'; type: string }
  | { kind: 'minLength' | 'maxLength'; n: number }
  | { kind: 'minimum' | 'maximum'; n: number; exclusive: boolean }
  | { kind: 'enum'; values: unknown[] }
  | { kind: 'format'; format: string }
  | { kind: 'pattern'; source: string }
  | { kind: 'nonEmpty' };

const TYPEOF_TYPES: Record<string, string> = { string: 'string', number: 'number', boolean: 'boolean', object: 'object' };

/** Rules from a failure condition in negation normal form: each way it can be true is a way to break one. */
function extract(f: Formula, out: Map<string, Rule[]>): void {
  if (f.k === 'atom') return violation(f.atom, f.negated, out);
  if (f.k === 'or') return f.parts.forEach((p) => extract(p, out));
  if (f.k === 'and') return conjunction(f.parts, out);
}

/**
 * A conjunction breaks a rule only when its parts are about one field: checks that the field is there
 * (`x !== undefined && typeof x !== 'string'`: optional, and a string when given) and one violation, or a list of
 * inequalities (`x !== 'a' && x !== 'b'`: one of these). Anything else depends on other fields and says nothing alone.
 */
function conjunction(parts: readonly Formula[], out: Map<string, Rule[]>): void {
  if (parts.some(hasOpaque)) return;
  const rest = parts.filter((p) => !isGuard(p));
  const fields = new Set(parts.flatMap((p) => atomsOf(p).map((a) => a.field)));
  if (rest.length === 0 || fields.size !== 1) return;
  if (rest.length === 1) return extract(rest[0]!, out);
  const values: unknown[] = [];
  for (const p of rest) {
    if (p.k !== 'atom' || !p.negated || p.atom.test.op !== 'eq' || !isScalar(p.atom.test.value)) return;
    values.push(p.atom.test.value);
  }
  add(out, [...fields][0]!, { kind: 'enum', values });
}

/** A part that only says the field is there (or has some type) before the check that follows it. */
function isGuard(f: Formula): boolean {
  if (f.k !== 'atom') return false;
  const { test } = f.atom;
  switch (test.op) {
    case 'present':
    case 'truthy':
      return !f.negated;
    case 'typeof':
      return f.negated === (test.type === 'undefined');
    case 'eq':
      return f.negated && test.value == null;
    default:
      return false;
  }
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** The rule a violation breaks: `typeof x !== 'string'` → a string; `x.length > 200` → at most 200 characters. */
function violation(a: Atom, negated: boolean, out: Map<string, Rule[]>): void {
  const test = a.test;
  const rule = (r: Rule): void => add(out, a.field, r);
  switch (test.op) {
    case 'typeof':
      if (negated && TYPEOF_TYPES[test.type]) rule({ kind: 'type', type: TYPEOF_TYPES[test.type]! });
      return;
    case 'integer':
    case 'number':
    case 'array':
      if (negated) rule({ kind: 'type', type: test.op });
      return;
    case 'truthy':
      if (negated) rule({ kind: 'nonEmpty' });
      return;
    case 'eq':
      if (!negated && test.value === '') rule({ kind: 'minLength', n: 1 });
      else if (negated && isScalar(test.value)) rule({ kind: 'enum', values: [test.value] });
      return;
    case 'regex':
      if (!negated) return;
      rule({ kind: 'type', type: 'string' });
      rule(isEmailPattern(test.source, test.flags) ? { kind: 'format', format: 'email' } : { kind: 'pattern', source: test.source });
      return;
    case 'email':
      if (negated) rule({ kind: 'format', format: 'email' });
      return;
    case 'in':
      if (negated) rule({ kind: 'enum', values: [...test.values] });
      return;
    case 'length':
    case 'compare': {
      const cmp = negated ? NEGATED_CMP[test.cmp] : test.cmp;
      for (const r of boundsBroken(test.op, cmp, test.n)) rule(r);
      return;
    }
    case 'present':
      return;
  }
}

/** What `value <cmp> n` being a violation says about the allowed values. */
function boundsBroken(op: 'length' | 'compare', cmp: Cmp, n: number): Rule[] {
  if (op === 'length') {
    switch (cmp) {
      case '>':
        return [{ kind: 'maxLength', n }];
      case '>=':
        return [{ kind: 'maxLength', n: n - 1 }];
      case '<':
        return [{ kind: 'minLength', n }];
      case '<=':
        return [{ kind: 'minLength', n: n + 1 }];
      case '==':
        return n === 0 ? [{ kind: 'minLength', n: 1 }] : [];
      case '!=':
        return [
          { kind: 'minLength', n },
          { kind: 'maxLength', n },
        ];
    }
  }
  switch (cmp) {
    case '>':
      return [{ kind: 'maximum', n, exclusive: false }];
    case '>=':
      return [{ kind: 'maximum', n, exclusive: true }];
    case '<':
      return [{ kind: 'minimum', n, exclusive: false }];
    case '<=':
      return [{ kind: 'minimum', n, exclusive: true }];
    default:
      return [];
  }
}

function add(out: Map<string, Rule[]>, field: string, rule: Rule): void {
  const list = out.get(field);
  if (list) list.push(rule);
  else out.set(field, [rule]);
}

const EMAIL_SAMPLE = 'itw-0a1b2c3d4e5f@example.test';

/** A pattern for email addresses: it names an `@` and accepts an ordinary address. */
function isEmailPattern(source: string, flags: string): boolean {
  if (!source.includes('@')) return false;
  try {
    return new RegExp(source, flags.replace(/[gy]/g, '')).test(EMAIL_SAMPLE);
  } catch {
    return false;
  }
}

/** One field's schema from its rules, with a type taken from a destructuring default when the checks name none. */
function fieldSchema(rules: readonly Rule[], hint: string | undefined): JsonSchemaLike {
  const types = new Set(rules.flatMap((r) => (r.kind === 'type' ? [r.type] : [])));
  if (types.has('integer')) types.delete('number');
  let type = types.size === 1 ? [...types][0] : undefined;
  let minLength: number | undefined;
  let maxLength: number | undefined;
  let values: unknown[] | undefined;
  let format: string | undefined;
  let pattern: string | undefined;
  let nonEmpty = false;
  const lows: { n: number; exclusive: boolean }[] = [];
  const highs: { n: number; exclusive: boolean }[] = [];
  for (const r of rules) {
    if (r.kind === 'minLength') minLength = Math.max(minLength ?? 0, r.n);
    else if (r.kind === 'maxLength') maxLength = Math.min(maxLength ?? Infinity, r.n);
    else if (r.kind === 'minimum') lows.push(r);
    else if (r.kind === 'maximum') highs.push(r);
    else if (r.kind === 'enum') values = values ? values.filter((v) => r.values.includes(v)) : [...r.values];
    else if (r.kind === 'format') format ??= r.format;
    else if (r.kind === 'pattern') pattern ??= r.source;
    else if (r.kind === 'nonEmpty') nonEmpty = true;
  }
  if (values?.length === 0) values = undefined;
  if (!type && values)
    type = values.every((v) => typeof v === 'string') ? 'string' : values.every(Number.isInteger) ? 'integer' : undefined;
  if (!type && (lows.length || highs.length)) type = 'number';
  type ??= hint;
  const schema: JsonSchemaLike = {};
  if (type) schema.type = type;
  if (values) schema.enum = values;
  if (type === 'string' || type === undefined) {
    if (nonEmpty && type === 'string') minLength = Math.max(minLength ?? 0, 1);
    if (minLength !== undefined && minLength > 0) schema.minLength = minLength;
    if (maxLength !== undefined && Number.isFinite(maxLength)) schema.maxLength = maxLength;
    if (format) schema.format = format;
    else if (pattern !== undefined) schema.pattern = pattern;
  }
  if (type === 'integer' || type === 'number') {
    const bound = (b: { n: number; exclusive: boolean }, step: number): number | undefined =>
      !b.exclusive ? b.n : type === 'integer' ? b.n + step : undefined;
    const low = lows.map((b) => bound(b, 1)).filter((n): n is number => n !== undefined);
    const high = highs.map((b) => bound(b, -1)).filter((n): n is number => n !== undefined);
    if (low.length) schema.minimum = Math.max(...low);
    if (high.length) schema.maximum = Math.min(...high);
  }
  return schema;
}

// ---------------------------------------------------------------------------------------------------------------
// Symbolic values: what an expression of the handler stands for.

interface FieldSym {
  k: 'field';
  name: string;
  /** `x.trim()` */
  trimmed: boolean;
  /** Read through `?.` (`x?.trim()`): an absent field gives undefined instead of throwing. */
  chained: boolean;
  absent: { value: unknown } | null;
}

type Sym =
  /** The request, or Koa's context (whose `body` is the response's). */
  | { k: 'request'; context: boolean }
  | { k: 'body' }
  | FieldSym
  | { k: 'length'; of: FieldSym; chained: boolean }
  | { k: 'typeof'; of: FieldSym }
  | { k: 'indexOf'; of: FieldSym; values: readonly unknown[] }
  | { k: 'literal'; value: unknown }
  | { k: 'function'; file: ParsedFile; fn: FunctionLike }
  /** A list or map the code collects errors in: non-empty when any of its additions ran. */
  | { k: 'errors'; nonEmpty: () => Formula }
  | { k: 'count'; nonEmpty: Formula }
  | { k: 'bool'; f: Formula }
  /** A value that is true as a condition and nothing more is known of: `\`${field} is required\``, `{ field, message }`. */
  | { k: 'truthy' }
  | { k: 'unknown' };

const UNKNOWN: Sym = { k: 'unknown' };
/** What every object has: `body.hasOwnProperty` is no field. */
const OBJECT_METHODS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The statements of a function, as code read with its parameters bound. */
class Frame {
  readonly cache = new Map<string, Sym>();
  private locals?: Map<string, TS.VariableDeclaration | null>;
  private readonly pending = new Set<string>();

  constructor(
    readonly analysis: Analysis,
    readonly file: ParsedFile,
    readonly fn: FunctionLike,
    readonly params: ReadonlyMap<string, Sym>,
    readonly depth: number,
    readonly stack: readonly FunctionLike[],
    readonly overlay: ReadonlyMap<string, Sym> = new Map(),
  ) {}

  /** Whether the function binds a name itself: a parameter or a variable of its own. */
  declares(name: string): boolean {
    return (
      this.overlay.has(name) ||
      this.params.has(name) ||
      this.localDeclarations().has(name) ||
      this.fn.parameters.some((p) => bindsName(this.analysis.ts, p.name, name))
    );
  }

  /** The same frame with a loop variable bound to one value. */
  with(name: string, value: Sym): Frame {
    return new Frame(this.analysis, this.file, this.fn, this.params, this.depth, this.stack, new Map([...this.overlay, [name, value]]));
  }

  lookup(ident: TS.Identifier): Sym {
    const name = ident.text;
    const bound = this.overlay.get(name) ?? this.params.get(name);
    if (bound) return bound;
    if (name === 'undefined') return { k: 'literal', value: undefined };
    const cached = this.cache.get(name);
    if (cached) return cached;
    const decl = this.localDeclarations().get(name);
    if (decl === null) return UNKNOWN;
    if (!decl && this.fn.parameters.some((p) => bindsName(this.analysis.ts, p.name, name))) return UNKNOWN;
    if (this.pending.has(name)) return UNKNOWN;
    this.pending.add(name);
    try {
      if (decl) this.bindLocal(decl);
      else this.cache.set(name, this.analysis.outer(this.file, ident));
    } finally {
      this.pending.delete(name);
    }
    return this.cache.get(name) ?? UNKNOWN;
  }

  private bindLocal(decl: TS.VariableDeclaration): void {
    const { ts } = this.analysis;
    const set = (n: string, s: Sym): void => void this.cache.set(n, s);
    const loop = decl.parent.parent;
    if (ts.isForOfStatement(loop) || ts.isForInStatement(loop)) return bindPattern(this.analysis, decl.name, UNKNOWN, set);
    if (ts.isIdentifier(decl.name)) return set(decl.name.text, this.analysis.localValue(this, decl));
    if (!decl.initializer) return bindPattern(this.analysis, decl.name, UNKNOWN, set);
    bindPattern(this.analysis, decl.name, this.analysis.evaluate(decl.initializer, this), set);
  }

  /** Variables declared in the function itself (not in functions inside it); null for a name declared twice. */
  localDeclarations(): Map<string, TS.VariableDeclaration | null> {
    if (this.locals) return this.locals;
    const { ts } = this.analysis;
    const locals = new Map<string, TS.VariableDeclaration | null>();
    if (this.fn.body) {
      forEachDeep(ts, this.fn.body, (n) => {
        if (isFunctionLike(ts, n) || ts.isClassLike(n)) return 'skip';
        if (ts.isVariableDeclaration(n)) for (const name of boundNames(ts, n.name)) locals.set(name, locals.has(name) ? null : n);
        return undefined;
      });
    }
    this.locals = locals;
    return locals;
  }
}

function bindsName(ts: DetectContext['ts'], name: TS.BindingName, wanted: string): boolean {
  return boundNames(ts, name).includes(wanted);
}

function boundNames(ts: DetectContext['ts'], name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : boundNames(ts, e.name)));
}

/** Binds the names of a destructuring pattern to the parts of a value: `{ name, email = '' } = req.body`. */
function bindPattern(analysis: Analysis, name: TS.BindingName, value: Sym, set: (name: string, sym: Sym) => void): void {
  const { ts } = analysis;
  if (ts.isIdentifier(name)) return set(name.text, value);
  for (const el of name.elements) {
    if (ts.isOmittedExpression(el)) continue;
    if (el.dotDotDotToken || ts.isArrayBindingPattern(name)) {
      for (const n of boundNames(ts, el.name)) set(n, UNKNOWN);
      continue;
    }
    const key = el.propertyName ? propertyNameText(ts, el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
    let part = key === undefined ? UNKNOWN : analysis.member(value, key);
    if (el.initializer) {
      const fallback = literalOf(ts, el.initializer);
      if (part.k === 'field') {
        part = { ...part, absent: fallback ? { value: fallback.value } : null };
        if (fallback && isScalar(fallback.value)) analysis.hint(part.name, typeof fallback.value);
      } else if (part.k === 'literal' && part.value === undefined) part = fallback ? { k: 'literal', value: fallback.value } : UNKNOWN;
    }
    bindPattern(analysis, el.name, part, set);
  }
}

function propertyNameText(ts: DetectContext['ts'], name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** A place the request is refused (or an error is recorded), and what else must hold there for it to count. */
interface Site {
  node: TS.Node;
  extra: (frame: Frame) => Formula;
  /** The site refuses whenever it is reached. */
  pure: boolean;
}

type Step = { cond: TS.Expression; negate: boolean } | { loop: string; values: readonly unknown[] } | { opaque: true };

class Analysis {
  readonly ts: DetectContext['ts'];
  /** Fields read from the body, in the order the code reads them. */
  private readonly reads = new Set<string>();
  private readonly hints = new Map<string, string>();

  constructor(readonly ctx: DetectContext) {
    this.ts = ctx.ts;
  }

  /** The frame of a route handler or middleware: its first parameter is the request (or Koa's context). */
  handlerFrame(file: ParsedFile, fn: FunctionLike): Frame | undefined {
    const { ts } = this;
    const first = fn.parameters[0];
    if (!first) return undefined;
    const params = new Map<string, Sym>();
    const text = fn.body?.getText(file.sf) ?? '';
    if (ts.isIdentifier(first.name)) {
      const name = first.name.text;
      const context =
        /^(?:ctx|context)$/.test(name) || new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}\\s*\\.\\s*request\\b`).test(text);
      params.set(name, { k: 'request', context });
    } else bindPattern(this, first.name, { k: 'request', context: false }, (n, s) => params.set(n, s));
    return new Frame(this, file, fn, params, 0, [fn]);
  }

  hint(field: string, type: string): void {
    if (!this.hints.has(field)) this.hints.set(field, type === 'bigint' ? 'integer' : type);
  }

  /** What refuses the request in a function: the refusals it answers, and those of the helpers it hands the request to. */
  refusal(frame: Frame): Formula {
    const { ts } = this;
    const sites: Site[] = [];
    for (const s of statusSites(this.ctx, frame.fn)) {
      if (!REFUSALS.has(s.status)) continue;
      const asserted = s.asserted;
      sites.push(
        asserted
          ? { node: s.node, extra: (f) => not(this.truthy(this.evaluate(asserted, f))), pure: false }
          : { node: s.node, extra: () => TRUE, pure: true },
      );
    }
    // Helpers that refuse for it: `assertValidBook(body)`, `if (!validate(req, res)) return`.
    if (frame.fn.body && frame.depth < MAX_CALL_DEPTH) {
      forEachDeep(ts, frame.fn.body, (n) => {
        if (isFunctionLike(ts, n)) return 'skip';
        if (!ts.isCallExpression(n) || !n.arguments.some((a) => this.carriesRequest(a, frame))) return undefined;
        const callee = this.evaluate(n.expression, frame);
        if (callee.k !== 'function' || frame.stack.includes(callee.fn)) return undefined;
        const inner = this.refusal(this.calleeFrame(callee, n.arguments, frame));
        if (inner.k !== 'const' || inner.value)
          sites.push({
            node: n,
            extra: (f) => (f === frame ? inner : this.refusal(this.calleeFrame(callee, n.arguments, f))),
            pure: false,
          });
        return undefined;
      });
    }
    return this.failure(frame, sites);
  }

  /** An argument that hands on the request, its body or a field of it. */
  private carriesRequest(arg: TS.Expression, frame: Frame): boolean {
    if (!localRoot(frame, arg)) return false;
    const s = this.evaluate(arg, frame);
    return s.k === 'request' || s.k === 'body' || s.k === 'field';
  }

  /** The condition under which any of the sites is reached, each with its own extra condition. */
  failure(frame: Frame, sites: readonly Site[]): Formula {
    const pure = sites.filter((s) => s.pure).map((s) => s.node);
    return or(...sites.map((s) => this.build(this.steps(frame, s.node, pure), 0, frame, s)));
  }

  private build(steps: readonly Step[], i: number, frame: Frame, site: Site): Formula {
    const step = steps[i];
    if (!step) return site.extra(frame);
    if ('loop' in step)
      return or(...step.values.map((v) => this.build(steps, i + 1, frame.with(step.loop, { k: 'literal', value: v }), site)));
    if ('opaque' in step) return and(OPAQUE, this.build(steps, i + 1, frame, site));
    const f = this.truthy(this.evaluate(step.cond, frame));
    const here = step.negate ? not(f) : f;
    return here.k === 'const' && !here.value ? FALSE : and(here, this.build(steps, i + 1, frame, site));
  }

  /**
   * The conditions on the path from the function's start to a node, outermost first: branches taken, and earlier
   * `if (…) return` exits not taken. A branch not taken that itself refuses adds nothing (`A || (!A && B)` is `A || B`).
   */
  private steps(frame: Frame, node: TS.Node, pure: readonly TS.Node[]): Step[] {
    const { ts } = this;
    const steps: Step[] = [];
    for (let child: TS.Node = node; child.parent && child !== frame.fn; child = child.parent) {
      const n: TS.Node = child.parent;
      if (n === frame.fn) break;
      if (isFunctionLike(ts, n) || ts.isClassLike(n) || ts.isCatchClause(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) {
        steps.push({ opaque: true });
      } else if (ts.isIfStatement(n)) {
        if (child === n.thenStatement) steps.push({ cond: n.expression, negate: false });
        // `if (A) refuse; else if (B) refuse;` refuses on A or B: the else needs no `!A`.
        else if (child === n.elseStatement && !refusesAtTop(ts, n.thenStatement, pure)) steps.push({ cond: n.expression, negate: true });
      } else if (ts.isConditionalExpression(n)) {
        if (child === n.whenTrue) steps.push({ cond: n.condition, negate: false });
        else if (child === n.whenFalse) steps.push({ cond: n.condition, negate: true });
      } else if (ts.isBinaryExpression(n) && child === n.right) {
        const op = n.operatorToken.kind;
        if (op === ts.SyntaxKind.AmpersandAmpersandToken) steps.push({ cond: n.left, negate: false });
        else if (op === ts.SyntaxKind.BarBarToken) steps.push({ cond: n.left, negate: true });
        else if (op === ts.SyntaxKind.QuestionQuestionToken) steps.push({ opaque: true });
      } else if (ts.isForOfStatement(n) && child === n.statement) {
        const loop = this.loopValues(n, frame);
        if (loop) steps.push(loop);
      } else if (ts.isBlock(n) || ts.isSourceFile(n)) {
        const before = n.statements.slice(0, n.statements.indexOf(child as TS.Statement));
        for (const stmt of before.reverse()) {
          if (!ts.isIfStatement(stmt)) continue;
          const thenExits = alwaysExits(ts, stmt.thenStatement);
          const elseExits = stmt.elseStatement ? alwaysExits(ts, stmt.elseStatement) : false;
          if (thenExits && !elseExits && !refusesAtTop(ts, stmt.thenStatement, pure)) steps.push({ cond: stmt.expression, negate: true });
          else if (elseExits && !thenExits && !refusesAtTop(ts, stmt.elseStatement!, pure))
            steps.push({ cond: stmt.expression, negate: false });
        }
      }
    }
    return steps.reverse();
  }

  /** `for (const field of ['name', 'email'])`: the loop runs its body once per listed value. */
  private loopValues(loop: TS.ForOfStatement, frame: Frame): Step | undefined {
    const { ts } = this;
    const init = loop.initializer;
    if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return undefined;
    const name = init.declarations[0]!.name;
    const list = this.evaluate(loop.expression, frame);
    if (!ts.isIdentifier(name) || list.k !== 'literal' || !Array.isArray(list.value)) return undefined;
    return { loop: name.text, values: list.value as unknown[] };
  }

  /** Whether a value stands for a true condition. */
  truthy(s: Sym): Formula {
    switch (s.k) {
      case 'bool':
        return s.f;
      case 'literal':
        return s.value ? TRUE : FALSE;
      case 'field':
        return s.trimmed ? atom(s, { op: 'length', cmp: '>', n: 0 }) : atom(s, { op: 'truthy' });
      case 'length':
        return atom(s.of, { op: 'length', cmp: '>', n: 0 }, !s.chained);
      case 'count':
        return s.nonEmpty;
      case 'errors':
      case 'function':
      case 'truthy':
        return TRUE;
      default:
        return OPAQUE;
    }
  }

  evaluate(expr: TS.Expression, frame: Frame): Sym {
    const { ts } = this;
    const e = unwrapValue(ts, expr);
    if (ts.isIdentifier(e)) return frame.lookup(e);
    const lit = literalOf(ts, e);
    if (lit) return { k: 'literal', value: lit.value };
    if (ts.isPropertyAccessExpression(e)) return this.property(e, e.expression, e.name.text, frame);
    if (ts.isElementAccessExpression(e)) {
      const key = this.evaluate(e.argumentExpression, frame);
      return key.k === 'literal' && (typeof key.value === 'string' || typeof key.value === 'number')
        ? this.property(e, e.expression, String(key.value), frame)
        : UNKNOWN;
    }
    if (ts.isCallExpression(e)) return this.call(e, frame);
    if (ts.isTypeOfExpression(e)) {
      const of = this.evaluate(e.expression, frame);
      return of.k === 'field' ? { k: 'typeof', of } : UNKNOWN;
    }
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
      return { k: 'bool', f: not(this.truthy(this.evaluate(e.operand, frame))) };
    }
    if (ts.isBinaryExpression(e)) return this.binary(e, frame);
    if (isTruthyValue(ts, e)) return { k: 'truthy' };
    if (ts.isConditionalExpression(e)) {
      const c = this.truthy(this.evaluate(e.condition, frame));
      const t = this.truthy(this.evaluate(e.whenTrue, frame));
      const f = this.truthy(this.evaluate(e.whenFalse, frame));
      return { k: 'bool', f: or(and(c, t), and(not(c), f)) };
    }
    return UNKNOWN;
  }

  private property(whole: TS.Expression, base: TS.Expression, name: string, frame: Frame): Sym {
    const of = this.evaluate(base, frame);
    const sym = this.member(of, name, !!(whole as TS.PropertyAccessExpression | TS.ElementAccessExpression).questionDotToken);
    if (sym.k !== 'unknown' || of.k !== 'unknown' || !this.ts.isPropertyAccessExpression(whole)) return sym;
    // A constant or function of another module: `limits.TITLE_MAX`, `validators.isEmail`.
    return this.outer(frame.file, whole);
  }

  /** A property of a value: the body of a request, a field of the body, the length of a field. */
  member(of: Sym, name: string, chained = false): Sym {
    switch (of.k) {
      case 'request':
        if (name === 'body') return of.context ? UNKNOWN : { k: 'body' };
        return name === 'request' || name === 'req' ? { k: 'request', context: false } : UNKNOWN;
      case 'body':
        if (OBJECT_METHODS.has(name)) return UNKNOWN;
        this.reads.add(name);
        return { k: 'field', name, trimmed: false, chained: false, absent: { value: undefined } };
      case 'field':
        return name === 'length' ? { k: 'length', of, chained: chained || of.chained } : UNKNOWN;
      case 'errors':
        return name === 'length' ? { k: 'count', nonEmpty: of.nonEmpty() } : UNKNOWN;
      case 'literal': {
        const v = of.value;
        if (name === 'length' && (typeof v === 'string' || Array.isArray(v))) return { k: 'literal', value: v.length };
        if (v && typeof v === 'object' && !(v instanceof RegExp) && Object.hasOwn(v, name))
          return { k: 'literal', value: (v as Record<string, unknown>)[name] };
        return v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RegExp) ? { k: 'literal', value: undefined } : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  private call(e: TS.CallExpression, frame: Frame): Sym {
    const { ts } = this;
    const callee = unwrapValue(ts, e.expression);
    const args = e.arguments;
    const arg = (i: number): Sym => (args[i] ? this.evaluate(args[i], frame) : UNKNOWN);
    const text = callee.getText(frame.file.sf).replace(/\s+/g, '');
    const onField = (test: Test): Sym => {
      const v = arg(0);
      return v.k === 'field' ? { k: 'bool', f: atom(v, test) } : UNKNOWN;
    };
    switch (text) {
      case 'Number.isInteger':
      case 'Number.isSafeInteger':
        return onField({ op: 'integer' });
      case 'Number.isFinite':
        return onField({ op: 'number' });
      case 'Array.isArray':
        return onField({ op: 'array' });
      case 'Object.hasOwn':
      case 'Object.prototype.hasOwnProperty.call':
      case '{}.hasOwnProperty.call':
        return this.presence(arg(0), arg(1));
      // `Number(x)` passes a number through, and an absent field fails its checks as NaN does.
      case 'Number':
      case 'parseInt':
      case 'parseFloat':
      case 'Number.parseInt':
      case 'Number.parseFloat': {
        const v = arg(0);
        return v.k === 'field' && !v.trimmed ? v : UNKNOWN;
      }
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const of = this.evaluate(callee.expression, frame);
      if (of.k === 'request' && (method === 'json' || method === 'parseBody')) return { k: 'body' };
      if (of.k === 'body' && method === 'hasOwnProperty') return this.presence(of, arg(0));
      if (of.k === 'field' && /^trim(?:Start|End)?$/.test(method)) return { ...of, trimmed: true, chained: !!callee.questionDotToken };
      if (of.k === 'field' && method === 'match') {
        const re = arg(0);
        return re.k === 'literal' && re.value instanceof RegExp ? { k: 'bool', f: atom(of, regexTest(re.value), true) } : UNKNOWN;
      }
      if (of.k === 'literal' && of.value instanceof RegExp && (method === 'test' || method === 'exec')) return onField(regexTest(of.value));
      if (of.k === 'literal' && Array.isArray(of.value)) {
        const v = arg(0);
        if (v.k !== 'field') return UNKNOWN;
        if (method === 'includes') return { k: 'bool', f: atom(v, { op: 'in', values: of.value }) };
        if (method === 'indexOf') return { k: 'indexOf', of: v, values: of.value };
        return UNKNOWN;
      }
    }
    const fn = this.evaluate(callee, frame);
    if (fn.k === 'function') return this.inline(fn, args, frame);
    // validator's `isEmail(x)`, `validator.isEmail(x)`
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (name === 'isEmail') return onField({ op: 'email' });
    return UNKNOWN;
  }

  private presence(of: Sym, key: Sym): Sym {
    if (of.k !== 'body' || key.k !== 'literal' || typeof key.value !== 'string') return UNKNOWN;
    this.reads.add(key.value);
    const field: FieldSym = { k: 'field', name: key.value, trimmed: false, chained: false, absent: { value: undefined } };
    return { k: 'bool', f: atom(field, { op: 'present' }) };
  }

  private binary(e: TS.BinaryExpression, frame: Frame): Sym {
    const { ts } = this;
    const op = e.operatorToken.kind;
    const K = ts.SyntaxKind;
    if (op === K.AmpersandAmpersandToken || op === K.BarBarToken || op === K.QuestionQuestionToken) {
      const left = this.evaluate(e.left, frame);
      // `ctx.request.body || {}`: the body, whatever stands in for a missing one.
      if (left.k === 'body' && op !== K.AmpersandAmpersandToken) return left;
      if (op === K.QuestionQuestionToken) return UNKNOWN;
      const l = this.truthy(left);
      const r = this.truthy(this.evaluate(e.right, frame));
      return { k: 'bool', f: op === K.AmpersandAmpersandToken ? and(l, r) : or(l, r) };
    }
    if (op === K.InKeyword) return this.presence(this.evaluate(e.right, frame), this.evaluate(e.left, frame));
    const cmp = comparisonOf(ts, op);
    if (!cmp) return UNKNOWN;
    const f = this.comparison(this.evaluate(e.left, frame), cmp.cmp, cmp.loose, this.evaluate(e.right, frame));
    return { k: 'bool', f };
  }

  private comparison(left: Sym, cmp: Cmp, loose: boolean, right: Sym): Formula {
    if (left.k === 'literal' && right.k !== 'literal') return this.comparison(right, FLIPPED_CMP[cmp], loose, left);
    if (right.k !== 'literal') return OPAQUE;
    const v = right.value;
    const eq = cmp === '==' || cmp === '!=';
    const signed = (f: Formula): Formula => (cmp === '!=' ? not(f) : f);
    switch (left.k) {
      case 'literal':
        if (eq) return (loose ? left.value == v : left.value === v) === (cmp === '==') ? TRUE : FALSE;
        if (typeof left.value !== 'number' || typeof v !== 'number') return OPAQUE;
        return compare(left.value, cmp, v) ? TRUE : FALSE;
      case 'typeof':
        return eq && typeof v === 'string' ? signed(atom(left.of, { op: 'typeof', type: v })) : OPAQUE;
      case 'field':
        if (left.trimmed && v === '' && eq) return signed(atom(left, { op: 'length', cmp: '==', n: 0 }));
        if (eq && (isScalar(v) || v == null)) return signed(atom(left, { op: 'eq', value: v, loose }));
        return !eq && typeof v === 'number' ? atom(left, { op: 'compare', cmp, n: v }) : OPAQUE;
      case 'length':
        return typeof v === 'number' ? atom(left.of, { op: 'length', cmp, n: v }, !left.chained) : OPAQUE;
      case 'count':
        return countTest(left.nonEmpty, cmp, v);
      case 'indexOf': {
        const found = atom(left.of, { op: 'in', values: left.values });
        if (v === -1 && (cmp === '==' || cmp === '<=')) return not(found);
        if (v === 0 && cmp === '<') return not(found);
        if ((v === -1 && (cmp === '!=' || cmp === '>')) || (v === 0 && cmp === '>=')) return found;
        return OPAQUE;
      }
      default:
        return OPAQUE;
    }
  }

  /** A function called with values: what it returns, read with its parameters bound. */
  private inline(fn: Extract<Sym, { k: 'function' }>, args: readonly TS.Expression[], frame: Frame): Sym {
    const { ts } = this;
    if (frame.depth >= MAX_CALL_DEPTH || frame.stack.includes(fn.fn) || !fn.fn.body) return UNKNOWN;
    const inner = this.calleeFrame(fn, args, frame);
    const body = fn.fn.body;
    if (!ts.isBlock(body)) return this.evaluate(body, inner);
    const returns: TS.ReturnStatement[] = [];
    forEachDeep(ts, body, (n) => {
      if (isFunctionLike(ts, n) || ts.isClassLike(n)) return 'skip';
      if (ts.isReturnStatement(n)) returns.push(n);
      return undefined;
    });
    const values = returns.map((r) => (r.expression ? this.evaluate(r.expression, inner) : ({ k: 'literal', value: undefined } as Sym)));
    const errors = values.find((v) => v.k === 'errors');
    if (errors) return errors;
    if (values.length > 0 && values.every((v) => v.k === 'body')) return values[0]!;
    // Truthy when one of its returns of a true value is reached.
    const sites: Site[] = returns.map((r, i) => {
      const f = this.truthy(values[i]!);
      const pure = f.k === 'const' && f.value;
      return { node: r, pure, extra: (at) => (pure || !r.expression ? f : this.truthy(this.evaluate(r.expression, at))) };
    });
    return { k: 'bool', f: this.failure(inner, sites) };
  }

  calleeFrame(fn: Extract<Sym, { k: 'function' }>, args: readonly TS.Expression[], frame: Frame): Frame {
    const { ts } = this;
    const params = new Map<string, Sym>();
    fn.fn.parameters.forEach((p, i) => {
      let value = args[i] && !p.dotDotDotToken ? this.evaluate(args[i], frame) : UNKNOWN;
      if (p.initializer && (!args[i] || (value.k === 'literal' && value.value === undefined))) {
        const fallback = literalOf(ts, p.initializer);
        value = fallback ? { k: 'literal', value: fallback.value } : UNKNOWN;
      }
      bindPattern(this, p.name, value, (n, s) => params.set(n, s));
    });
    return new Frame(this, fn.file, fn.fn, params, frame.depth + 1, [...frame.stack, fn.fn]);
  }

  /** A variable's value: an error list (`const errors = []`), a flag set on failure (`let valid = true`), or its initializer's. */
  localValue(frame: Frame, decl: TS.VariableDeclaration): Sym {
    const { ts } = this;
    const init = decl.initializer && unwrapValue(ts, decl.initializer);
    const name = (decl.name as TS.Identifier).text;
    if (init && (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)) && literalOf(ts, init)) {
      const empty = ts.isArrayLiteralExpression(init) ? init.elements.length === 0 : init.properties.length === 0;
      const additions = empty ? errorAdditions(ts, frame.fn, name) : [];
      if (additions.length) {
        let memo: Formula | undefined;
        return {
          k: 'errors',
          nonEmpty: () =>
            (memo ??= this.failure(
              frame,
              additions.map((node) => ({ node, pure: true, extra: () => TRUE })),
            )),
        };
      }
    }
    const value: Sym = init ? this.evaluate(init, frame) : { k: 'literal', value: undefined };
    const isLet = (decl.parent.flags & ts.NodeFlags.Let) !== 0;
    if (!isLet || value.k !== 'literal' || !(isScalar(value.value) || value.value == null)) return value;
    // `let valid = true; if (…) valid = false;`: the flag is the opposite of its start once any assignment ran.
    const assignments = assignmentsOf(ts, frame.fn, name);
    if (!assignments.length) return value;
    const start = Boolean(value.value);
    const flips = assignments.every((a) => {
      const v = literalOf(ts, a.right);
      return v ? Boolean(v.value) !== start : !start && isTruthyValue(ts, unwrapValue(ts, a.right));
    });
    if (!flips) return UNKNOWN;
    const ran = this.failure(
      frame,
      assignments.map((node) => ({ node, pure: true, extra: () => TRUE })),
    );
    return { k: 'bool', f: start ? not(ran) : ran };
  }

  /** A name the function does not declare: a constant or function of its module or another. */
  outer(file: ParsedFile, expr: TS.Expression): Sym {
    const origin = originOf(this.ctx, file, expr);
    if (!origin) return UNKNOWN;
    if (isFunctionLike(this.ts, origin.node)) return { k: 'function', file: origin.file, fn: origin.node };
    const lit = this.ts.isExpression(origin.node as TS.Expression) ? literalOf(this.ts, origin.node as TS.Expression) : undefined;
    return lit ? { k: 'literal', value: lit.value } : UNKNOWN;
  }

  /** Fields the handler reads from the body anywhere (`const { title } = req.body`, `req.body.name.trim()`). */
  sweepReads(frame: Frame): void {
    const { ts } = this;
    if (!frame.fn.body) return;
    forEachDeep(ts, frame.fn.body, (n) => {
      if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && localRoot(frame, n.expression)) {
        if (this.evaluate(n.expression, frame).k === 'body') this.evaluate(n, frame);
      } else if (ts.isVariableDeclaration(n) && !ts.isIdentifier(n.name) && n.initializer && localRoot(frame, n.initializer)) {
        const value = this.evaluate(n.initializer, frame);
        if (value.k === 'body') bindPattern(this, n.name, value, () => undefined);
      }
    });
  }

  /** The schema of the body, when the failure condition checks at least one field. */
  schema(failure: Formula): JsonSchemaLike | undefined {
    const rules = new Map<string, Rule[]>();
    extract(normal(failure), rules);
    const checked = atomsOf(failure).map((a) => a.field);
    const required = [...new Set(checked)].filter((field) => whenAbsent(failure, field) === 'T');
    if (rules.size === 0 && required.length === 0) return undefined;
    const properties: Record<string, JsonSchemaLike> = {};
    for (const field of new Set([...checked, ...this.reads]))
      properties[field] = fieldSchema(rules.get(field) ?? [], this.hints.get(field));
    return { type: 'object', properties, ...(required.length ? { required } : {}) };
  }
}

function comparisonOf(ts: DetectContext['ts'], kind: TS.SyntaxKind): { cmp: Cmp; loose: boolean } | undefined {
  const K = ts.SyntaxKind;
  switch (kind) {
    case K.EqualsEqualsEqualsToken:
      return { cmp: '==', loose: false };
    case K.ExclamationEqualsEqualsToken:
      return { cmp: '!=', loose: false };
    case K.EqualsEqualsToken:
      return { cmp: '==', loose: true };
    case K.ExclamationEqualsToken:
      return { cmp: '!=', loose: true };
    case K.LessThanToken:
      return { cmp: '<', loose: false };
    case K.LessThanEqualsToken:
      return { cmp: '<=', loose: false };
    case K.GreaterThanToken:
      return { cmp: '>', loose: false };
    case K.GreaterThanEqualsToken:
      return { cmp: '>=', loose: false };
    default:
      return undefined;
  }
}

/** `errors.length > 0`, `errors.length === 0`, `!errors.length`. */
function countTest(nonEmpty: Formula, cmp: Cmp, v: unknown): Formula {
  if (typeof v !== 'number') return OPAQUE;
  if ((v === 0 && (cmp === '>' || cmp === '!=')) || (v === 1 && cmp === '>=')) return nonEmpty;
  if ((v === 0 && (cmp === '==' || cmp === '<=')) || (v === 1 && cmp === '<')) return not(nonEmpty);
  return OPAQUE;
}

function regexTest(re: RegExp): Test {
  return { op: 'regex', source: re.source, flags: re.flags };
}

/** `errors.push(…)`, `errors.title = …`, `errors[field] = …` on a list or map named `name`. */
function errorAdditions(ts: DetectContext['ts'], fn: FunctionLike, name: string): TS.Node[] {
  const out: TS.Node[] = [];
  if (!fn.body) return out;
  const isList = (e: TS.Expression): boolean => ts.isIdentifier(e) && e.text === name;
  forEachDeep(ts, fn.body, (n) => {
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      isList(n.expression.expression) &&
      /^(?:push|unshift)$/.test(n.expression.name.text)
    )
      out.push(n);
    else if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      (ts.isPropertyAccessExpression(n.left) || ts.isElementAccessExpression(n.left)) &&
      isList(n.left.expression)
    )
      out.push(n);
    return undefined;
  });
  return out;
}

/** `name = value` assignments in a function. */
function assignmentsOf(ts: DetectContext['ts'], fn: FunctionLike, name: string): TS.BinaryExpression[] {
  const out: TS.BinaryExpression[] = [];
  if (!fn.body) return out;
  forEachDeep(ts, fn.body, (n) => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(n.left) && n.left.text === name)
      out.push(n);
    return undefined;
  });
  return out;
}

/** An expression whose value is always true as a condition: a template with text, an object or array, `new X()`, a function. */
function isTruthyValue(ts: DetectContext['ts'], e: TS.Expression): boolean {
  if (ts.isTemplateExpression(e)) return e.head.text !== '' || e.templateSpans.some((span) => span.literal.text !== '');
  return (
    ts.isObjectLiteralExpression(e) ||
    ts.isArrayLiteralExpression(e) ||
    ts.isNewExpression(e) ||
    ts.isArrowFunction(e) ||
    ts.isFunctionExpression(e) ||
    ts.isRegularExpressionLiteral(e)
  );
}

/** Whether running a statement always leaves the block it is in. */
function alwaysExits(ts: DetectContext['ts'], stmt: TS.Statement): boolean {
  if (ts.isReturnStatement(stmt) || ts.isThrowStatement(stmt) || ts.isContinueStatement(stmt) || ts.isBreakStatement(stmt)) return true;
  if (ts.isBlock(stmt)) return stmt.statements.some((s) => alwaysExits(ts, s));
  if (ts.isIfStatement(stmt)) return !!stmt.elseStatement && alwaysExits(ts, stmt.thenStatement) && alwaysExits(ts, stmt.elseStatement);
  if (ts.isExpressionStatement(stmt)) {
    // Koa's `ctx.throw(400)` leaves like a throw.
    const e = unwrapValue(ts, stmt.expression);
    return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'throw';
  }
  return false;
}

/** Whether a branch refuses unconditionally: one of the refusing sites sits in it outside any further condition. */
function refusesAtTop(ts: DetectContext['ts'], branch: TS.Node, sites: readonly TS.Node[]): boolean {
  return sites.some((site) => {
    for (let n: TS.Node = site; n.parent; n = n.parent) {
      if (n === branch) return true;
      const parent: TS.Node = n.parent;
      if (
        ts.isIfStatement(parent) ||
        ts.isConditionalExpression(parent) ||
        ts.isIterationStatement(parent, false) ||
        ts.isSwitchStatement(parent) ||
        ts.isTryStatement(parent) ||
        isFunctionLike(ts, parent) ||
        (ts.isBinaryExpression(parent) && parent.right === n && isLogical(ts, parent.operatorToken.kind))
      )
        return false;
    }
    return false;
  });
}

function isLogical(ts: DetectContext['ts'], kind: TS.SyntaxKind): boolean {
  const K = ts.SyntaxKind;
  return kind === K.AmpersandAmpersandToken || kind === K.BarBarToken || kind === K.QuestionQuestionToken;
}

/**
 * The variable a cheap expression starts from (names, property reads, `await req.json()`, `x || {}`), when it is one
 * the function declares: nothing else can hold the request.
 */
function localRoot(frame: Frame, expr: TS.Expression): boolean {
  const { ts } = frame.analysis;
  const e = unwrapValue(ts, expr);
  if (ts.isIdentifier(e)) return frame.declares(e.text);
  if (ts.isPropertyAccessExpression(e)) return localRoot(frame, e.expression);
  if (ts.isElementAccessExpression(e)) return ts.isStringLiteralLike(e.argumentExpression) && localRoot(frame, e.expression);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.arguments.length === 0)
    return /^(?:json|parseBody)$/.test(e.expression.name.text) && localRoot(frame, e.expression.expression);
  if (
    ts.isBinaryExpression(e) &&
    (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
  )
    return localRoot(frame, e.left);
  return false;
}

/** The value of a literal written in the code: strings, numbers, regular expressions, arrays and objects of them. */
function literalOf(ts: DetectContext['ts'], expr: TS.Expression, depth = 0): { value: Literal } | undefined {
  if (depth > 8) return undefined;
  const e = unwrapValue(ts, expr);
  if (ts.isStringLiteralLike(e)) return { value: e.text };
  if (ts.isNumericLiteral(e)) return { value: Number(e.text) };
  if (e.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  if (e.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  if (e.kind === ts.SyntaxKind.NullKeyword) return { value: null };
  if (ts.isIdentifier(e) && e.text === 'undefined') return { value: undefined };
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand))
    return { value: -Number(e.operand.text) };
  if (ts.isRegularExpressionLiteral(e)) {
    const text = e.text;
    const end = text.lastIndexOf('/');
    return regexOf(text.slice(1, end), text.slice(end + 1));
  }
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'RegExp') {
    const [source, flags] = e.arguments ?? [];
    if (!source || !ts.isStringLiteralLike(source) || (flags && !ts.isStringLiteralLike(flags))) return undefined;
    return regexOf(source.text, flags && ts.isStringLiteralLike(flags) ? flags.text : '');
  }
  if (ts.isCallExpression(e) && e.expression.getText().replace(/\s+/g, '') === 'Object.freeze' && e.arguments[0])
    return literalOf(ts, e.arguments[0], depth + 1);
  if (ts.isArrayLiteralExpression(e)) {
    const values: unknown[] = [];
    for (const el of e.elements) {
      const v = literalOf(ts, el, depth + 1);
      if (!v) return undefined;
      values.push(v.value);
    }
    return { value: values };
  }
  if (ts.isObjectLiteralExpression(e)) {
    const value: Record<string, unknown> = {};
    for (const p of e.properties) {
      if (!ts.isPropertyAssignment(p)) return undefined;
      const key = propertyNameText(ts, p.name);
      const v = literalOf(ts, p.initializer, depth + 1);
      if (key === undefined || !v) return undefined;
      value[key] = v.value;
    }
    return { value };
  }
  return undefined;
}

function regexOf(source: string, flags: string): { value: RegExp } | undefined {
  try {
    return { value: new RegExp(source, flags) };
  } catch {
    return undefined;
  }
}

import type * as TS from 'typescript';
import type { JsonSchemaLike } from '../../model.js';
import type { DetectContext, ParsedFile } from '../detector.js';
import { originOf } from '../detectors/origin.js';
import { readSchema, schemaLookup } from '../detectors/http-common.js';

const MAX_DEPTH = 8;

/** Decorators that set a property's type. */
const TYPES: Record<string, JsonSchemaLike> = {
  IsString: { type: 'string' },
  IsInt: { type: 'integer' },
  IsNumber: { type: 'number' },
  IsNumberString: { type: 'string' },
  IsBoolean: { type: 'boolean' },
  IsEmail: { type: 'string', format: 'email' },
  IsUUID: { type: 'string', format: 'uuid' },
  IsUrl: { type: 'string', format: 'uri' },
  IsDateString: { type: 'string', format: 'date-time' },
  IsISO8601: { type: 'string', format: 'date-time' },
  IsDate: { type: 'string', format: 'date-time' },
  IsArray: { type: 'array' },
  IsObject: { type: 'object' },
};

interface Property {
  name: string;
  schema: JsonSchemaLike;
  required: boolean;
}

/**
 * Reads a DTO class into a JSON-schema-like shape from its class-validator decorators
 * (`@IsString()`, `@IsInt()`, `@IsEmail()`, `@IsOptional()`, `@Min`, `@MaxLength`, `@IsEnum`,
 * `@ValidateNested` with `@Type(() => X)`), falling back to the TypeScript type of a property.
 * Follows `extends` to a base DTO and Nest's mapped types (`PartialType`, `PickType`, `OmitType`,
 * `IntersectionType`), and `createZodDto(schema)` from nestjs-zod.
 */
export function classValidatorSchema(
  ctx: DetectContext,
  file: ParsedFile,
  cls: TS.ClassLikeDeclaration,
  depth = 0,
): JsonSchemaLike | undefined {
  const props = classProperties(ctx, file, cls, depth);
  if (!props) return undefined;
  const properties: Record<string, JsonSchemaLike> = {};
  const required: string[] = [];
  for (const p of props) {
    properties[p.name] = p.schema;
    if (p.required) required.push(p.name);
  }
  return { type: 'object', properties, required };
}

/** The class a type or value expression names (`CreateCatDto`, `dto.CreateCatDto`), across files. */
export function classOf(
  ctx: DetectContext,
  file: ParsedFile,
  expr: TS.Expression,
): { file: ParsedFile; cls: TS.ClassLikeDeclaration } | undefined {
  const origin = originOf(ctx, file, expr);
  return origin && ctx.ts.isClassLike(origin.node) ? { file: origin.file, cls: origin.node } : undefined;
}

function classProperties(ctx: DetectContext, file: ParsedFile, cls: TS.ClassLikeDeclaration, depth: number): Property[] | undefined {
  const { ts } = ctx;
  if (depth > MAX_DEPTH) return undefined;
  const inherited: Property[] = [];
  const heritage = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  if (heritage) {
    const base = baseProperties(ctx, file, heritage.expression, depth + 1);
    if (base === 'zod') return zodProperties(ctx, file, heritage.expression);
    inherited.push(...(base ?? []));
  }
  const own: Property[] = [];
  for (const member of cls.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    if (member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
    own.push(property(ctx, file, member, depth));
  }
  const names = new Set(own.map((p) => p.name));
  return [...inherited.filter((p) => !names.has(p.name)), ...own];
}

/** The properties a DTO inherits: a base class, or a mapped type over one. */
function baseProperties(ctx: DetectContext, file: ParsedFile, expr: TS.Expression, depth: number): Property[] | 'zod' | undefined {
  const { ts } = ctx;
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) {
    const [first, second] = expr.arguments;
    const keys = (e: TS.Expression | undefined): string[] => {
      const inner = e && (ts.isAsExpression(e) ? e.expression : e);
      return inner && ts.isArrayLiteralExpression(inner) ? inner.elements.filter(ts.isStringLiteralLike).map((s) => s.text) : [];
    };
    const of = (e: TS.Expression | undefined): Property[] =>
      e ? ((baseProperties(ctx, file, e, depth + 1) as Property[] | undefined) ?? []) : [];
    switch (expr.expression.text) {
      case 'PartialType':
        return of(first).map((p) => ({ ...p, required: false }));
      case 'PickType':
        return of(first).filter((p) => keys(second).includes(p.name));
      case 'OmitType':
        return of(first).filter((p) => !keys(second).includes(p.name));
      case 'IntersectionType':
        return expr.arguments.flatMap((a) => of(a));
      case 'createZodDto':
        return 'zod';
      default:
        return undefined;
    }
  }
  const base = classOf(ctx, file, expr);
  return base ? classProperties(ctx, base.file, base.cls, depth) : undefined;
}

function zodProperties(ctx: DetectContext, file: ParsedFile, call: TS.Expression): Property[] | undefined {
  const { ts } = ctx;
  const arg = ts.isCallExpression(call) ? call.arguments[0] : undefined;
  const schema = arg && readSchema(ts, arg, schemaLookup(ctx, file));
  if (!schema?.properties) return undefined;
  return Object.entries(schema.properties).map(([name, s]) => ({ name, schema: s, required: schema.required?.includes(name) ?? false }));
}

function property(ctx: DetectContext, file: ParsedFile, member: TS.PropertyDeclaration, depth: number): Property {
  const { ts } = ctx;
  const name = (member.name as TS.Identifier).text;
  let schema: JsonSchemaLike = {};
  let optional = member.questionToken !== undefined;
  let typed = false;
  let each = false;
  let nested: TS.Expression | undefined;
  for (const deco of ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : []) {
    const call = deco.expression;
    const decoName = ts.isCallExpression(call) ? call.expression.getText(file.sf) : call.getText(file.sf);
    const args = ts.isCallExpression(call) ? call.arguments : ([] as unknown as TS.NodeArray<TS.Expression>);
    const num = (i: number): number | undefined => {
      const a = args[i];
      if (!a) return undefined;
      if (ts.isNumericLiteral(a)) return Number(a.text);
      if (ts.isPrefixUnaryExpression(a) && a.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(a.operand))
        return -Number(a.operand.text);
      return undefined;
    };
    const base = TYPES[decoName];
    if (base) {
      if (decoName === 'IsArray') schema = { ...schema, type: 'array' };
      else {
        typed = true;
        schema = { ...schema, ...base };
      }
      if (
        args.some(
          (a) =>
            ts.isObjectLiteralExpression(a) &&
            a.properties.some(
              (p) => p.name?.getText(file.sf) === 'each' && ts.isPropertyAssignment(p) && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
            ),
        )
      )
        each = true;
      continue;
    }
    switch (decoName) {
      case 'IsOptional':
      case 'ApiPropertyOptional':
        optional = true;
        break;
      case 'ApiProperty': {
        const opts = args[0];
        if (opts && ts.isObjectLiteralExpression(opts)) {
          for (const p of opts.properties)
            if (ts.isPropertyAssignment(p) && p.name.getText(file.sf) === 'required' && p.initializer.kind === ts.SyntaxKind.FalseKeyword)
              optional = true;
        }
        break;
      }
      case 'Min':
        schema = { ...schema, minimum: num(0) };
        break;
      case 'Max':
        schema = { ...schema, maximum: num(0) };
        break;
      case 'IsPositive':
        schema = { ...schema, minimum: 1 };
        break;
      case 'MinLength':
        schema = { ...schema, minLength: num(0) };
        break;
      case 'MaxLength':
        schema = { ...schema, maxLength: num(0) };
        break;
      case 'Length':
        schema = { ...schema, minLength: num(0), ...(num(1) !== undefined ? { maxLength: num(1) } : {}) };
        break;
      case 'Matches': {
        // @Matches(/^…$/) or @Matches('^…$'): the pattern a value must match.
        const re = args[0];
        if (re && ts.isRegularExpressionLiteral(re)) schema = { ...schema, pattern: re.text.slice(1, re.text.lastIndexOf('/')) };
        else if (re && ts.isStringLiteralLike(re)) schema = { ...schema, pattern: re.text };
        break;
      }
      case 'IsNotEmpty':
        if (schema.minLength === undefined) schema = { ...schema, ...({ [NOT_EMPTY]: true } as object) };
        break;
      case 'IsIn':
      case 'IsEnum': {
        const values = args[0] ? enumValues(ctx, file, args[0]) : undefined;
        if (values) {
          typed = true;
          schema = { ...schema, type: values.every((v) => typeof v === 'number') ? 'number' : 'string', enum: values };
        }
        break;
      }
      case 'Type': {
        // @Type(() => Address): the nested DTO's class.
        const fn = args[0];
        if (fn && ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) nested = fn.body;
        break;
      }
      default:
        break;
    }
  }
  if (nested) {
    const target = classOf(ctx, file, nested);
    const inner = target && classValidatorSchema(ctx, target.file, target.cls, depth + 1);
    if (inner) {
      if (schema.type === 'array' || each) schema = { ...schema, type: 'array', items: inner };
      else schema = { ...schema, ...inner };
      typed = true;
    }
  }
  if (!typed && member.type)
    schema = {
      ...typeSchema(ts, member.type),
      ...schema,
      ...(schema.type === 'array' ? { items: typeSchema(ts, member.type).items } : {}),
    };
  if (each && schema.type !== 'array') {
    const { type, format, enum: values, minLength, maxLength, minimum, maximum } = schema;
    schema = { type: 'array', items: clean({ type, format, enum: values, minLength, maxLength, minimum, maximum }) };
  }
  const notEmpty = (schema as Record<string, unknown>)[NOT_EMPTY] === true;
  delete (schema as Record<string, unknown>)[NOT_EMPTY];
  if (notEmpty && schema.type === 'string' && schema.minLength === undefined) schema.minLength = 1;
  return { name, schema: clean(schema), required: !optional };
}

const NOT_EMPTY = '\0notEmpty';

function clean(schema: JsonSchemaLike): JsonSchemaLike {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined)) as JsonSchemaLike;
}

/** A property's TypeScript type as a schema: `string`, `number`, `boolean`, `Date`, `T[]`, literal unions. */
function typeSchema(ts: DetectContext['ts'], type: TS.TypeNode): JsonSchemaLike {
  if (type.kind === ts.SyntaxKind.StringKeyword) return { type: 'string' };
  if (type.kind === ts.SyntaxKind.NumberKeyword) return { type: 'number' };
  if (type.kind === ts.SyntaxKind.BooleanKeyword) return { type: 'boolean' };
  if (ts.isArrayTypeNode(type)) return { type: 'array', items: typeSchema(ts, type.elementType) };
  if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Date') return { type: 'string', format: 'date-time' };
  if (ts.isUnionTypeNode(type)) {
    const literals = type.types.filter(ts.isLiteralTypeNode).map((t) => t.literal);
    if (literals.length === type.types.length && literals.every((l) => ts.isStringLiteral(l)))
      return { type: 'string', enum: literals.map((l) => (l as TS.StringLiteral).text) };
  }
  return {};
}

/** The values an enum-like argument allows: a TS enum, an object of constants, or an array literal. */
function enumValues(ctx: DetectContext, file: ParsedFile, expr: TS.Expression): (string | number)[] | undefined {
  const { ts } = ctx;
  const literal = (e: TS.Expression): string | number | undefined =>
    ts.isStringLiteralLike(e) ? e.text : ts.isNumericLiteral(e) ? Number(e.text) : undefined;
  if (ts.isArrayLiteralExpression(expr)) {
    const values = expr.elements.map(literal);
    return values.every((v) => v !== undefined) ? (values as (string | number)[]) : undefined;
  }
  if (ts.isCallExpression(expr) && /^Object\.values$/.test(expr.expression.getText(file.sf)) && expr.arguments[0])
    return enumValues(ctx, file, expr.arguments[0]);
  const origin = originOf(ctx, file, expr);
  if (!origin) return undefined;
  const node = ts.isAsExpression(origin.node) ? origin.node.expression : origin.node;
  if (ts.isEnumDeclaration(node)) {
    const out: (string | number)[] = [];
    let next = 0;
    for (const m of node.members) {
      const v = m.initializer ? literal(m.initializer) : next;
      if (v === undefined) return undefined;
      out.push(v);
      if (typeof v === 'number') next = v + 1;
    }
    return out;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const values = node.properties.map((p) => (ts.isPropertyAssignment(p) ? literal(p.initializer) : undefined));
    return values.every((v) => v !== undefined) ? (values as (string | number)[]) : undefined;
  }
  if (ts.isArrayLiteralExpression(node)) return enumValues(ctx, origin.file, node);
  return undefined;
}

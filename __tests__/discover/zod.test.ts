import type * as TS from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { createParser, loadTypeScript, type TypeScriptApi } from '../../src/discover/parser.js';
import { zodToSchema } from '../../src/discover/schemas/zod.js';
import type { JsonSchemaLike } from '../../src/model.js';

let ts: TypeScriptApi;

beforeAll(async () => {
  ts = await loadTypeScript();
});

/** The schema read from `Body` in a module written from `source` (names resolved among its top-level declarations). */
function bodyOf(source: string): JsonSchemaLike | undefined {
  const sf = createParser(ts).parse('schema.ts', source);
  const top = new Map<string, TS.Expression>();
  for (const stmt of sf.statements)
    if (ts.isVariableStatement(stmt))
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) top.set(d.name.text, d.initializer);
  return zodToSchema(ts, top.get('Body')!, (name) => top.get(name));
}

describe('zod schemas read into the point model', () => {
  it('zod 4 builders: formats of z.uuid(), z.email(), z.url(), z.iso.date() and z.iso.datetime(), z.int(), enums and literals', () => {
    expect(
      bodyOf(`import { z } from 'zod';
const Body = z.object({
  id: z.uuid(),
  email: z.email(),
  site: z.url(),
  day: z.iso.date(),
  at: z.iso.datetime(),
  count: z.int().min(0),
  role: z.enum(['admin', 'member']),
  kind: z.literal('task'),
  level: z.union([z.literal(1), z.literal(2)]),
});`),
    ).toEqual({
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' },
        email: { type: 'string', format: 'email' },
        site: { type: 'string', format: 'url' },
        day: { type: 'string', format: 'date' },
        at: { type: 'string', format: 'date-time' },
        count: { type: 'integer', minimum: 0 },
        role: { type: 'string', enum: ['admin', 'member'] },
        kind: { type: 'string', enum: ['task'] },
        level: { type: 'integer', enum: [1, 2] },
      },
      required: ['id', 'email', 'site', 'day', 'at', 'count', 'role', 'kind', 'level'],
    });
  });

  it('chains: .regex() as a pattern, string formats, bounds, .int() and .positive(), .trim() and refinements passing through', () => {
    expect(
      bodyOf(`import { z } from 'zod';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Body = z.object({
  slug: z.string().regex(SLUG, 'lowercase words joined by dashes').max(60),
  code: z.string().regex(new RegExp('^[A-Z]{3}$')),
  name: z.string().trim().min(1).max(200).refine((s) => s !== 'x'),
  pin: z.string().length(4),
  email: z.string().email().toLowerCase(),
  at: z.string().datetime(),
  day: z.string().date(),
  price: z.number().positive().max(1000),
  qty: z.number().int().positive(),
  score: z.number().gt(0).lt(10),
  tags: z.array(z.string().min(1)).nonempty(),
  ids: z.number().int().array(),
});`),
    ).toEqual({
      type: 'object',
      properties: {
        slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 60 },
        code: { type: 'string', pattern: '^[A-Z]{3}$' },
        name: { type: 'string', minLength: 1, maxLength: 200 },
        pin: { type: 'string', minLength: 4, maxLength: 4 },
        email: { type: 'string', format: 'email' },
        at: { type: 'string', format: 'date-time' },
        day: { type: 'string', format: 'date' },
        price: { type: 'number', minimum: 0.01, maximum: 1000 },
        qty: { type: 'integer', minimum: 1 },
        score: { type: 'number', minimum: 0.01, maximum: 9.99 },
        tags: { type: 'array', items: { type: 'string', minLength: 1 } },
        ids: { type: 'array', items: { type: 'integer' } },
      },
      required: ['slug', 'code', 'name', 'pin', 'email', 'at', 'day', 'price', 'qty', 'score', 'tags', 'ids'],
    });
  });

  it('presence: .optional(), .nullish() and .default() may be left out; .nullable() must be sent, as null or a value', () => {
    expect(
      bodyOf(`import { z } from 'zod';
const Body = z.object({
  title: z.string(),
  note: z.string().optional(),
  description: z.string().max(2000).nullish(),
  done: z.boolean().default(false),
  due: z.iso.date().nullable().default(null),
  assignee: z.email().nullable(),
  either: z.optional(z.string()),
});`),
    ).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string' },
        note: { type: 'string' },
        description: { type: 'string', maxLength: 2000 },
        done: { type: 'boolean' },
        due: { type: 'string', format: 'date' },
        assignee: { type: 'string', format: 'email' },
        either: { type: 'string' },
      },
      required: ['title', 'assignee'],
    });
  });

  it('object methods: .partial() drops every required key (or those of a mask), .pick(), .omit(), .extend(), .merge(), .required()', () => {
    const base = `import { z } from 'zod';
const Project = z.object({ slug: z.string(), name: z.string(), note: z.string().optional() }).openapi('Project');
`;
    expect(bodyOf(`${base}const Body = Project.partial().refine((p) => Object.keys(p).length > 0);`)).toEqual({
      type: 'object',
      properties: { slug: { type: 'string' }, name: { type: 'string' }, note: { type: 'string' } },
      required: [],
    });
    expect(bodyOf(`${base}const Body = Project.partial({ name: true });`)?.required).toEqual(['slug']);
    expect(bodyOf(`${base}const Body = Project.pick({ slug: true, note: true });`)).toEqual({
      type: 'object',
      properties: { slug: { type: 'string' }, note: { type: 'string' } },
      required: ['slug'],
    });
    expect(bodyOf(`${base}const Body = Project.omit({ slug: true });`)?.required).toEqual(['name']);
    expect(bodyOf(`${base}const Body = Project.extend({ note: z.string(), owner: z.uuid().optional() });`)).toEqual({
      type: 'object',
      properties: {
        slug: { type: 'string' },
        name: { type: 'string' },
        note: { type: 'string' },
        owner: { type: 'string', format: 'uuid' },
      },
      required: ['slug', 'name', 'note'],
    });
    expect(bodyOf(`${base}const Body = Project.merge(z.object({ slug: z.string().optional() }));`)?.required).toEqual(['name']);
    expect(bodyOf(`${base}const Body = Project.partial().required();`)?.required).toEqual(['slug', 'name', 'note']);
  });

  it('shapes built from parts: an object of fields, spreads of it or of a schema.shape, a field taken from either', () => {
    expect(
      bodyOf(`import { z } from 'zod';
const fields = { projectId: z.number().int().positive(), title: z.string().min(1), completed: z.boolean() };
const Base = z.object({ priority: z.number().int().min(1).max(3) });
const Body = z.object({
  ...fields,
  ...Base.shape,
  completed: fields.completed.default(false),
  priority: Base.shape.priority.default(2),
});`),
    ).toEqual({
      type: 'object',
      properties: {
        projectId: { type: 'integer', minimum: 1 },
        title: { type: 'string', minLength: 1 },
        completed: { type: 'boolean' },
        priority: { type: 'integer', minimum: 1, maximum: 3 },
      },
      required: ['projectId', 'title'],
    });
    expect(bodyOf(`import { z } from 'zod';\nconst fields = { a: z.string() };\nconst Body = z.object(fields).strict();`)).toEqual({
      type: 'object',
      properties: { a: { type: 'string' } },
      required: ['a'],
    });
  });

  it('coerced values read as what they accept: z.coerce.number(), z.coerce.date() as an ISO date-time', () => {
    expect(bodyOf(`import { z } from 'zod';\nconst Body = z.object({ n: z.coerce.number().int(), at: z.coerce.date() });`)).toEqual({
      type: 'object',
      properties: { n: { type: 'integer' }, at: { type: 'string', format: 'date-time' } },
      required: ['n', 'at'],
    });
  });
});

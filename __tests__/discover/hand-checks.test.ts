import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint, type HttpDetails, type JsonSchemaLike } from '../../src/model.js';

const stacks = path.resolve(import.meta.dirname, '../fixtures/stacks');
const scratch: string[] = [];

afterAll(() => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

/** Discovers a small repository written from `files`, and returns each route's body schema by its key. */
async function bodies(files: Record<string, string>): Promise<Record<string, JsonSchemaLike | undefined>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itw-hand-checks-'));
  scratch.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const { points, diagnostics } = await discover(dir);
  expect(diagnostics).toEqual([]);
  return Object.fromEntries(points.filter(isHttpPoint).map((p) => [p.key, p.details.body]));
}

const pkg = (deps: Record<string, string>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'service', private: true, ...extra, dependencies: deps });

describe('request-body schemas read from validation written by hand', () => {
  it('Express (TypeScript): typeof, trim, regex, Number.isInteger, bounds, an enum and an optional field, 400 or 422', async () => {
    const found = await bodies({
      'package.json': pkg({ express: '^4.21.0' }),
      'src/app.ts': `import express from 'express';

export const app = express();
app.use(express.json());

const EMAIL = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;

interface NewUser {
  name?: unknown;
  email?: string;
  age?: number;
  role?: string;
  nickname?: unknown;
  note?: string;
}

app.post('/users', (req, res) => {
  const { name, email, age, role, nickname, note } = req.body as NewUser;
  if (typeof name !== 'string' || name.trim() === '') return res.status(400).json({ error: 'name is required' });
  if (name.length > 80) return res.status(400).json({ error: 'name is too long' });
  if (!email || !EMAIL.test(email)) return res.status(400).json({ error: 'email is invalid' });
  if (!Number.isInteger(age) || age! < 18 || age! > 130) return res.status(422).json({ error: 'age is out of range' });
  if (!['admin', 'member'].includes(role!)) return res.status(400).json({ error: 'unknown role' });
  if (nickname !== undefined && typeof nickname !== 'string') return res.status(400).json({ error: 'nickname must be text' });
  res.status(201).json({ name, email, age, role, nickname, note });
});

app.get('/users', (req, res) => {
  res.json([]);
});
`,
    });
    expect(found['POST /users']).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 80 },
        // \`!email\` refuses an empty string too.
        email: { type: 'string', minLength: 1, format: 'email' },
        age: { type: 'integer', minimum: 18, maximum: 130 },
        role: { type: 'string', enum: ['admin', 'member'] },
        nickname: { type: 'string' },
        // Read, never checked: a property without a rule, not required.
        note: {},
      },
      required: ['name', 'email', 'age', 'role'],
    });
    expect(found['GET /users']).toBeUndefined();
  });

  it('Express (CommonJS): a validating middleware, a loop over required fields, `in` checks and a thrown HttpError', async () => {
    const found = await bodies({
      'package.json': pkg({ express: '^5.1.0' }),
      'src/errors.js': `class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}
module.exports = { HttpError };
`,
      'src/app.js': `const express = require('express');
const { HttpError } = require('./errors');

const app = express();
app.use(express.json());

function validateOrder(req, res, next) {
  for (const field of ['customer', 'sku']) {
    if (!req.body[field]) return res.status(400).json({ error: field + ' is required' });
  }
  if ('quantity' in req.body && (!Number.isInteger(req.body.quantity) || req.body.quantity < 1)) {
    return res.status(400).json({ error: 'quantity must be a positive integer' });
  }
  next();
}

app.post('/orders', validateOrder, async (req, res) => {
  const { customer, sku, quantity = 1, gift } = req.body;
  if (gift !== undefined && typeof gift !== 'boolean') throw new HttpError(400, 'gift must be true or false');
  res.status(201).json({ customer, sku, quantity, gift });
});

module.exports = { app };
`,
    });
    expect(found['POST /orders']).toEqual({
      type: 'object',
      properties: {
        customer: {},
        sku: {},
        quantity: { type: 'integer', minimum: 1 },
        gift: { type: 'boolean' },
      },
      required: ['customer', 'sku'],
    });
  });

  it('Koa (CommonJS): errors collected then ctx.throw(400), and a PATCH where every field is optional', async () => {
    const found = await bodies({
      'package.json': pkg({ koa: '^2.15.3', '@koa/router': '^13.1.0' }),
      'src/items.js': `const Router = require('@koa/router');

const SKU = /^[A-Z]{3}-\\d{4}$/;
const router = new Router({ prefix: '/items' });

router.post('/', async (ctx) => {
  const body = ctx.request.body || {};
  const errors = [];
  if (typeof body.sku !== 'string' || !SKU.test(body.sku)) errors.push('sku');
  if (!Number.isFinite(body.price) || body.price < 0) errors.push('price');
  if (body.tags !== undefined && !Array.isArray(body.tags)) errors.push('tags');
  if (errors.length) ctx.throw(400, errors.join(', '));
  ctx.status = 201;
  ctx.body = { sku: body.sku, price: body.price, tags: body.tags ?? [] };
});

router.patch('/:id', async (ctx) => {
  const { sku, price } = ctx.request.body;
  if (sku !== undefined && (typeof sku !== 'string' || !SKU.test(sku))) ctx.throw(400, 'sku');
  if (price !== undefined && (typeof price !== 'number' || price < 0)) ctx.throw(400, 'price');
  ctx.body = { id: ctx.params.id, sku, price };
});

router.get('/', async (ctx) => {
  if (!/^\\d+$/.test(ctx.query.page)) ctx.throw(400, 'page must be a number');
  ctx.body = [];
});

module.exports = router;
`,
    });
    const sku = { type: 'string', pattern: '^[A-Z]{3}-\\d{4}$' };
    expect(found['POST /items']).toEqual({
      type: 'object',
      properties: { sku, price: { type: 'number', minimum: 0 }, tags: { type: 'array' } },
      required: ['sku', 'price'],
    });
    expect(found['PATCH /items/:id']).toEqual({ type: 'object', properties: { sku, price: { type: 'number', minimum: 0 } } });
    // It validates its query, not a body.
    expect(found['GET /items']).toBeUndefined();
  });

  it('Koa (TypeScript): a message set on failure, inequalities as an enum, optional chaining, Object.hasOwn and isEmail', async () => {
    const found = await bodies({
      'package.json': pkg({ koa: '^2.15.3', '@koa/router': '^13.1.0', validator: '^13.12.0' }),
      'src/tickets.ts': `import Router from '@koa/router';
import validator from 'validator';

export const tickets = new Router();

function fieldError(field: string, body: Record<string, unknown>): string | undefined {
  if (typeof body[field] !== 'string') return \`\${field} must be text\`;
  return undefined;
}

tickets.post('/tickets', async (ctx) => {
  const body = ctx.request.body as Record<string, any>;
  let problem: string | undefined;
  if (!body.subject?.trim()) problem = 'subject is required';
  else if (body.priority !== 'low' && body.priority !== 'high') problem = 'priority must be low or high';
  else if (Object.hasOwn(body, 'reporter') && !validator.isEmail(body.reporter)) problem = 'reporter must be an email address';
  if (problem) ctx.throw(422, problem);
  const error = fieldError('channel', body);
  if (error) ctx.throw(400, error);
  ctx.status = 201;
  ctx.body = { subject: body.subject, priority: body.priority, reporter: body.reporter, channel: body.channel };
});
`,
    });
    expect(found['POST /tickets']).toEqual({
      type: 'object',
      properties: {
        subject: { minLength: 1 },
        priority: { type: 'string', enum: ['low', 'high'] },
        reporter: { format: 'email' },
        channel: { type: 'string' },
      },
      required: ['subject', 'priority', 'channel'],
    });
  });

  it('Hono (TypeScript): an imported helper that returns the first error or null', async () => {
    const found = await bodies({
      'package.json': pkg({ hono: '^4.6.16' }, { type: 'module' }),
      'src/validate.ts': `export function bookError(body: Record<string, unknown>): string | null {
  if (!body.title) return 'title is required';
  if (typeof body.title !== 'string' || body.title.length > 120) return 'title must be text of at most 120 characters';
  if (body.copies !== undefined && Number(body.copies) < 1) return 'copies must be positive';
  if (body.year === undefined) return null;
  if (!Number.isInteger(body.year)) return 'year must be an integer';
  if (body.pages !== undefined && Number(body.pages) < 1) return 'pages must be positive';
  return null;
}
`,
      'src/app.ts': `import { Hono } from 'hono';
import { bookError } from './validate.js';

export const app = new Hono();

app.post('/books', async (c) => {
  const body = await c.req.json();
  const error = bookError(body);
  if (error) return c.json({ error }, 400);
  return c.json(body, 201);
});
`,
    });
    expect(found['POST /books']).toEqual({
      type: 'object',
      // \`year\` guards the rest: \`pages\` is checked only when a year is given, so no rule holds for it alone.
      properties: {
        title: { type: 'string', minLength: 1, maxLength: 120 },
        copies: { type: 'number', minimum: 1 },
        year: { type: 'integer' },
        pages: {},
      },
      required: ['title'],
    });
  });

  it('gives no schema when no field check leads to a 400 or 422', async () => {
    const found = await bodies({
      'package.json': pkg({ express: '^4.21.0' }),
      'src/app.js': `const express = require('express');
const app = express();

// The header is checked, not the body.
app.post('/imports', (req, res) => {
  if (!req.headers['x-import-key']) return res.status(400).json({ error: 'key missing' });
  res.status(202).json({ rows: req.body.rows });
});

// A missing record is a 404, not a refused body.
app.post('/transfers', async (req, res) => {
  if (!req.body.accountId) return res.status(404).json({ error: 'no such account' });
  res.status(201).json({});
});

// Either field will do: neither is required, and no rule holds for one alone.
app.post('/contacts', (req, res) => {
  const { phone, email } = req.body;
  if (!phone && !email) return res.status(400).json({ error: 'phone or email' });
  res.status(201).json({ phone, email });
});

// Only the whole body is checked.
app.post('/notes', (req, res) => {
  if (!req.body || typeof req.body !== 'object') return res.status(400).end();
  res.status(201).json(req.body);
});

module.exports = app;
`,
    });
    expect(found).toEqual({
      'POST /imports': undefined,
      'POST /transfers': undefined,
      'POST /contacts': undefined,
      'POST /notes': undefined,
    });
  });

  it('reads the Koa stack fixture: helpers with a partial flag, predicate helpers, ISBN and email patterns', async () => {
    const { points } = await discover(path.join(stacks, 'koa-jest'));
    const byKey = new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
    const author = { name: { type: 'string', minLength: 1 }, email: { type: 'string', format: 'email' } };
    expect(byKey.get('POST /api/authors')!.body).toEqual({ type: 'object', properties: author, required: ['name', 'email'] });
    expect(byKey.get('PATCH /api/authors/:id')!.body).toEqual({ type: 'object', properties: author });
    const year = { type: 'integer', minimum: 1450, maximum: 2100 };
    expect(byKey.get('POST /api/books')!.body).toEqual({
      type: 'object',
      properties: {
        authorId: { type: 'integer', minimum: 1 },
        title: { type: 'string', minLength: 1 },
        isbn: { type: 'string', pattern: '^(97[89])?\\d{9}[\\dX]$' },
        publishedYear: year,
      },
      required: ['authorId', 'title', 'isbn'],
    });
    expect(byKey.get('PATCH /api/books/:id')!.body).toEqual({
      type: 'object',
      properties: { title: { type: 'string', minLength: 1 }, publishedYear: year },
    });
    expect(byKey.get('GET /api/books')!.body).toBeUndefined();
  });

  it('reads the Express 4 stack fixture: imported validators behind an async wrapper, `in` checks for a PATCH', async () => {
    const { points } = await discover(path.join(stacks, 'express4-mocha'));
    // Found by the file and method of the route, whatever prefix the routers get.
    const route = (file: string, method: string): HttpDetails =>
      points.filter(isHttpPoint).find((p) => p.location.file === `src/routes/${file}` && p.details.method === method)!.details;
    const name = { type: 'string', minLength: 1, maxLength: 200 };
    expect(route('projects.js', 'POST').body).toEqual({
      type: 'object',
      properties: { slug: { type: 'string', maxLength: 60, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }, name },
      required: ['slug', 'name'],
    });
    expect(route('projects.js', 'PATCH').body).toEqual({ type: 'object', properties: { name, archived: { type: 'boolean' } } });
    expect(route('tasks.js', 'PUT').body).toEqual({
      type: 'object',
      properties: {
        projectId: { type: 'integer', minimum: 1 },
        title: { type: 'string', minLength: 1, maxLength: 200 },
        status: { type: 'string', enum: ['todo', 'doing', 'done'] },
      },
      required: ['projectId', 'title'],
    });
    expect(route('projects.js', 'GET').body).toBeUndefined();
  });
});

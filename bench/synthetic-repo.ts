import fs from 'node:fs/promises';
import path from 'node:path';

/** What the generator planted: the integration points a perfect discovery finds. */
export interface Planted {
  kind: string;
  key: string;
}

export interface SyntheticRepo {
  files: number;
  bytes: number;
  planted: Planted[];
}

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same repository. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'order',
  'invoice',
  'customer',
  'product',
  'cart',
  'payment',
  'shipment',
  'review',
  'coupon',
  'account',
  'session',
  'report',
  'ticket',
  'stock',
  'price',
];

/**
 * A TypeScript service of `count` files: about 5 % talk to express, pg, ioredis or amqplib; the rest are
 * utilities, UI state logic and types, written the way such modules are (Maps, `.get(`/`.delete(` calls,
 * relative imports, generics, classes).
 */
export async function generateRepo(dir: string, count: number): Promise<SyntheticRepo> {
  const rand = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const files = new Map<string, string>();
  const planted: Planted[] = [];
  files.set(
    'package.json',
    JSON.stringify(
      {
        name: 'synthetic-service',
        type: 'module',
        dependencies: { express: '^5.0.0', pg: '^8.0.0', ioredis: '^5.0.0', amqplib: '^0.10.0', zod: '^4.0.0', 'date-fns': '^4.0.0' },
        devDependencies: { vitest: '^5.0.0', typescript: '^5.9.0' },
        scripts: { test: 'vitest run' },
      },
      null,
      2,
    ),
  );
  files.set('src/db.ts', `import pg from 'pg';\n\nexport const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });\n`);
  files.set(
    'src/cache.ts',
    `import Redis from 'ioredis';\n\nexport const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');\n`,
  );

  const integration = Math.round(count * 0.05);
  const routers: string[] = [];
  for (let i = 0; i < integration; i++) {
    const word = `${pick(WORDS)}${i}`;
    const table = `${word}s`;
    switch (i % 4) {
      case 0: {
        const file = `src/routes/${word}.ts`;
        routers.push(word);
        files.set(file, routeModule(word, table));
        planted.push(
          { kind: 'http', key: `GET /api/${word}` },
          { kind: 'http', key: `GET /api/${word}/:id` },
          { kind: 'http', key: `POST /api/${word}` },
        );
        planted.push({ kind: 'db', key: `pg:${table}` });
        break;
      }
      case 1:
        files.set(`src/repositories/${word}.ts`, repositoryModule(word, table));
        planted.push({ kind: 'db', key: `pg:${table}` });
        break;
      case 2:
        files.set(`src/cache/${word}.ts`, cacheModule(word));
        break;
      default:
        files.set(`src/events/${word}.ts`, queueModule(word));
        planted.push({ kind: 'queue', key: `amqplib:${word}.events:publish` }, { kind: 'queue', key: `amqplib:${word}.events:consume` });
    }
  }
  if (routers.length) planted.push({ kind: 'cache', key: 'ioredis' });
  files.set('src/app.ts', appModule(routers));
  planted.push({ kind: 'http', key: 'GET /health' });

  const plain = count - files.size;
  for (let i = 0; i < plain; i++) {
    const word = `${pick(WORDS)}${i}`;
    const folder = `src/${pick(['lib', 'utils', 'ui', 'domain', 'types', 'format', 'state'])}/${pick(WORDS)}`;
    const other = i > 0 ? `../${pick(WORDS)}/x${Math.floor(rand() * i)}.js` : undefined;
    const kind = i % 3;
    const text = kind === 0 ? utilityModule(word, other, rand) : kind === 1 ? uiModule(word, other, rand) : typesModule(word, rand);
    files.set(`${folder}/x${i}.ts`, text);
  }

  let bytes = 0;
  const folders = new Set([...files.keys()].map((f) => path.dirname(path.join(dir, f))));
  for (const folder of folders) await fs.mkdir(folder, { recursive: true });
  await Promise.all(
    [...files].map(([file, text]) => {
      bytes += Buffer.byteLength(text);
      return fs.writeFile(path.join(dir, file), text);
    }),
  );
  return { files: files.size, bytes, planted };
}

function routeModule(word: string, table: string): string {
  return `import { Router } from 'express';
import { z } from 'zod';
import { pool } from '../db.js';
import { redis } from '../cache.js';

const New${cap(word)} = z.object({ name: z.string().min(1), quantity: z.number().int().positive() });

const router = Router();

router.get('/', async (_req, res) => {
  const cached = await redis.get('${word}:all');
  if (cached) {
    res.json(JSON.parse(cached));
    return;
  }
  const { rows } = await pool.query('SELECT id, name, quantity FROM ${table} ORDER BY id DESC LIMIT 100');
  await redis.set('${word}:all', JSON.stringify(rows), 'EX', 60);
  res.json(rows);
});

router.get('/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT id, name, quantity FROM ${table} WHERE id = $1', [req.params.id]);
  if (rows.length === 0) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.json(rows[0]);
});

router.post('/', async (req, res) => {
  const parsed = New${cap(word)}.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: 'invalid', issues: parsed.error.issues });
    return;
  }
  const { rows } = await pool.query('INSERT INTO ${table} (name, quantity) VALUES ($1, $2) RETURNING id', [parsed.data.name, parsed.data.quantity]);
  await redis.del('${word}:all');
  res.status(201).json(rows[0]);
});

export default router;
`;
}

function repositoryModule(word: string, table: string): string {
  return `import { pool } from '../db.js';

export interface ${cap(word)}Row {
  id: number;
  name: string;
  createdAt: Date;
}

export async function find${cap(word)}(id: number): Promise<${cap(word)}Row | undefined> {
  const { rows } = await pool.query<${cap(word)}Row>('SELECT id, name, created_at AS "createdAt" FROM ${table} WHERE id = $1', [id]);
  return rows[0];
}

export async function list${cap(word)}(limit = 50): Promise<${cap(word)}Row[]> {
  const { rows } = await pool.query<${cap(word)}Row>('SELECT id, name, created_at AS "createdAt" FROM ${table} ORDER BY id LIMIT $1', [limit]);
  return rows;
}

export async function remove${cap(word)}(id: number): Promise<boolean> {
  const result = await pool.query('DELETE FROM ${table} WHERE id = $1', [id]);
  return (result.rowCount ?? 0) > 0;
}
`;
}

function cacheModule(word: string): string {
  return `import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

export async function remember${cap(word)}<T>(id: string, load: () => Promise<T>, ttlSeconds = 300): Promise<T> {
  const key = '${word}:' + id;
  const hit = await redis.get(key);
  if (hit !== null) return JSON.parse(hit) as T;
  const value = await load();
  await redis.set(key, JSON.stringify(value), 'EX', ttlSeconds);
  return value;
}

export async function forget${cap(word)}(id: string): Promise<void> {
  await redis.del('${word}:' + id);
}
`;
}

function queueModule(word: string): string {
  return `import amqp from 'amqplib';

const QUEUE = '${word}.events';

export async function publish${cap(word)}(event: { id: string; type: string }): Promise<void> {
  const connection = await amqp.connect(process.env.AMQP_URL ?? 'amqp://localhost');
  const channel = await connection.createChannel();
  await channel.assertQueue(QUEUE, { durable: true });
  channel.sendToQueue(QUEUE, Buffer.from(JSON.stringify(event)), { persistent: true });
  await channel.close();
  await connection.close();
}

export async function consume${cap(word)}(handle: (event: { id: string; type: string }) => Promise<void>): Promise<void> {
  const connection = await amqp.connect(process.env.AMQP_URL ?? 'amqp://localhost');
  const channel = await connection.createChannel();
  await channel.assertQueue(QUEUE, { durable: true });
  await channel.consume(QUEUE, async (msg) => {
    if (!msg) return;
    await handle(JSON.parse(msg.content.toString()));
    channel.ack(msg);
  });
}
`;
}

function appModule(routers: readonly string[]): string {
  const imports = routers.map((r) => `import ${r} from './routes/${r}.js';`).join('\n');
  const mounts = routers.map((r) => `app.use('/api/${r}', ${r});`).join('\n');
  return `import express from 'express';
${imports}

export const app = express();
app.use(express.json());
app.get('/health', (_req, res) => {
  res.json({ ok: true });
});
${mounts}
`;
}

/** Plain helpers: Map caches with `.get`/`.set`/`.delete`, string and array work, a class. */
function utilityModule(word: string, other: string | undefined, rand: () => number): string {
  const helpers = 4 + Math.floor(rand() * 8);
  let text = other ? `import { format } from '${other}';\n` : '';
  text += `import { addDays } from 'date-fns';\n\nconst memo = new Map<string, number>();\n\n`;
  for (let i = 0; i < helpers; i++) {
    text += `export function ${word}Score${i}(items: readonly { id: string; weight: number; tags: string[] }[], cutoff = ${i + 1}): number {
  const key = items.map((it) => it.id).join('|') + ':' + cutoff;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let total = 0;
  for (const item of items) {
    if (item.tags.includes('skip') || item.weight < cutoff) continue;
    total += item.weight * (item.tags.length + 1);
  }
  if (memo.size > 1000) memo.delete(memo.keys().next().value as string);
  memo.set(key, total);
  return total;
}

export const ${word}Label${i} = (value: string, due: Date): string =>
  \`\${value.trim().toLowerCase().replace(/\\s+/g, '-')}-\${addDays(due, ${i}).toISOString().slice(0, 10)}\`;

`;
  }
  text += `export class ${cap(word)}Registry<T extends { id: string }> {
  private readonly items = new Map<string, T>();
  add(item: T): this {
    this.items.set(item.id, item);
    return this;
  }
  get(id: string): T | undefined {
    return this.items.get(id);
  }
  remove(id: string): boolean {
    return this.items.delete(id);
  }
  get size(): number {
    return this.items.size;
  }
}
`;
  return text;
}

/** React-less UI logic: a reducer, selectors and a view model. */
function uiModule(word: string, other: string | undefined, rand: () => number): string {
  const actions = 3 + Math.floor(rand() * 6);
  const names = Array.from({ length: actions }, (_, i) => `${word}Action${i}`);
  let text = other ? `import { format } from '${other}';\n\n` : '';
  text += `export interface ${cap(word)}State {
  loading: boolean;
  error?: string;
  selected: Set<string>;
  rows: { id: string; title: string; done: boolean }[];
  filter: { query: string; onlyOpen: boolean };
}

export type ${cap(word)}Action =
${names.map((n) => `  | { type: '${n}'; id?: string; query?: string }`).join('\n')};

export const initial${cap(word)}: ${cap(word)}State = { loading: false, selected: new Set(), rows: [], filter: { query: '', onlyOpen: false } };

export function ${word}Reducer(state: ${cap(word)}State, action: ${cap(word)}Action): ${cap(word)}State {
  switch (action.type) {
${names
  .map(
    (n, i) => `    case '${n}': {
      const selected = new Set(state.selected);
      if (action.id && selected.has(action.id)) selected.delete(action.id);
      else if (action.id) selected.add(action.id);
      return { ...state, selected, filter: { ...state.filter, query: action.query ?? state.filter.query, onlyOpen: ${i % 2 === 0} } };
    }`,
  )
  .join('\n')}
    default:
      return state;
  }
}

export function visible${cap(word)}(state: ${cap(word)}State): ${cap(word)}State['rows'] {
  const query = state.filter.query.toLowerCase();
  return state.rows.filter((row) => (!state.filter.onlyOpen || !row.done) && row.title.toLowerCase().includes(query));
}

export function ${word}ViewModel(state: ${cap(word)}State) {
  const rows = visible${cap(word)}(state);
  return {
    title: rows.length === 1 ? '1 item' : \`\${rows.length} items\`,
    empty: rows.length === 0 && !state.loading,
    banner: state.error ? { tone: 'danger' as const, text: state.error } : undefined,
    rows: rows.map((row) => ({ ...row, checked: state.selected.has(row.id) })),
  };
}
`;
  return text;
}

/** Declarations only: interfaces, unions, enums, generics. */
function typesModule(word: string, rand: () => number): string {
  const fields = 5 + Math.floor(rand() * 15);
  let text = `export enum ${cap(word)}Status {\n  Draft = 'draft',\n  Active = 'active',\n  Archived = 'archived',\n}\n\n`;
  text += `export interface ${cap(word)} {\n  id: string;\n  status: ${cap(word)}Status;\n`;
  for (let i = 0; i < fields; i++) text += `  field${i}${i % 3 === 0 ? '?' : ''}: ${pick3(i)};\n`;
  text += `}\n\nexport type ${cap(word)}Patch = Partial<Omit<${cap(word)}, 'id'>>;\n`;
  text += `export type ${cap(word)}Page = { items: ${cap(word)}[]; next?: string; total: number };\n`;
  text += `export type ${cap(word)}Event = { kind: 'created'; value: ${cap(word)} } | { kind: 'updated'; patch: ${cap(word)}Patch } | { kind: 'deleted'; id: string };\n`;
  return text;
}

function pick3(i: number): string {
  return ['string', 'number', 'boolean', 'Date', 'string[]', 'Record<string, number>', '{ lat: number; lng: number }'][i % 7]!;
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

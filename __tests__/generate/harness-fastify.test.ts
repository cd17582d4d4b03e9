/**
 * The Fastify harness below discovery and the runners: the `_support/app` it renders, loaded in this process
 * against small real Fastify apps (4 and 5) built each way a repository offers them (a root plugin as
 * fastify-cli lays it out, a factory, an instance, its own tests' helper), asked through `inject`.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCommonJs } from '../../src/generate/module-style.js';
import { fastifyHarness } from '../../src/generate/template/harness/fastify.js';
import { appSupport } from '../../src/generate/template/support/app.js';
import type { SupportContext } from '../../src/generate/template/support/context.js';
import type { AppEntry } from '../../src/model.js';
import { repoRoot } from '../helpers/workspace.js';

interface TestResponse {
  status: number;
  headers: Headers;
  body: unknown;
}
interface RunningApp {
  request(
    method: string,
    path: string,
    options?: { body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<TestResponse>;
  close(): Promise<void>;
}

const stacks = path.join(repoRoot, '__tests__/fixtures/stacks');
/** Fastify 4, as the fastify-vitest fixture installs it beside the workspace's Fastify 5. */
const fastify4 = path.join(stacks, 'fastify-vitest/node_modules/fastify');
let root: string;

/**
 * Routes every variant serves: a decorator from the root context, JSON in and out, an empty 204, a text body,
 * repeated and numeric headers, what the app read from the environment, and an onClose hook that is counted.
 */
const ROUTES = `
async function routes(fastify) {
  fastify.get('/greeting', async () => ({
    greeting: fastify.greeting,
    from: process.env.GREETING_FROM ?? null,
    major: Number(fastify.version.split('.')[0]),
  }));
  fastify.post('/echo', async (request, reply) => reply.code(201).send({ received: request.body }));
  fastify.delete('/things/:id', async (request, reply) => reply.code(204).send());
  fastify.get('/text', async (request, reply) => reply.type('text/plain').send('plain words'));
  fastify.get('/cookies', async (request, reply) =>
    reply.header('set-cookie', ['a=1; Path=/', 'b=2; Path=/']).header('x-count', 3).send({ ok: true }),
  );
}

function decorate(fastify) {
  fastify.decorate('greeting', 'hello from ' + (process.env.GREETING_FROM ?? 'nowhere'));
  fastify.addHook('onClose', async () => {
    globalThis.closedApps = (globalThis.closedApps ?? 0) + 1;
  });
}
`;

/** Each way a repository offers its app: the entry discovery reports, and the files that make it. */
const VARIANTS: Record<string, { entry: AppEntry; files: Record<string, string>; fastify4?: boolean; commonJs?: boolean }> = {
  // fastify-cli's layout: the root plugin decorates the instance; a route plugin beside it uses the decorator.
  plugin: {
    entry: { file: 'src/app.js', framework: 'fastify', export: { name: 'default', type: 'plugin', options: 'options' } },
    files: {
      'src/app.js': `${ROUTES}
export const options = { bodyLimit: 256 };

export default async function app(fastify, opts) {
  decorate(fastify);
  fastify.register(routes);
}
`,
    },
  },
  'plugin on Fastify 4': {
    fastify4: true,
    entry: { file: 'src/app.js', framework: 'fastify', export: { name: 'default', type: 'plugin' } },
    files: {
      'src/app.js': `${ROUTES}
export default async function app(fastify) {
  decorate(fastify);
  fastify.register(routes);
}
`,
    },
  },
  // fastify-cli's JavaScript layout: `module.exports = async function (fastify, opts)`, options beside it.
  'CommonJS plugin': {
    commonJs: true,
    entry: { file: 'src/app.js', framework: 'fastify', export: { name: 'default', type: 'plugin', options: 'options' } },
    files: {
      'src/app.js': `'use strict';
${ROUTES}
module.exports = async function (fastify, opts) {
  decorate(fastify);
  fastify.register(routes);
};
module.exports.options = { bodyLimit: 256 };
`,
    },
  },
  factory: {
    entry: { file: 'src/app.js', framework: 'fastify', export: { name: 'buildApp', type: 'factory' } },
    files: {
      'src/app.js': `import Fastify from 'fastify';
${ROUTES}
export async function buildApp() {
  const app = Fastify();
  decorate(app);
  await app.register(routes);
  return app;
}
`,
    },
  },
  instance: {
    entry: { file: 'src/app.js', framework: 'fastify', export: { name: 'app', type: 'instance' } },
    files: {
      'src/app.js': `import Fastify from 'fastify';
${ROUTES}
export const app = Fastify();
decorate(app);
app.register(routes);
`,
    },
  },
  // A root plugin whose tests build it through their own helper (which wraps it in fastify-plugin).
  'test helper': {
    entry: {
      file: 'src/app.js',
      framework: 'fastify',
      export: { name: 'default', type: 'plugin' },
      testHelper: { file: 'test/helper.js', export: 'build' },
    },
    files: {
      'src/app.js': `${ROUTES}
export default async function app(fastify) {
  decorate(fastify);
  fastify.register(routes);
}
`,
      'test/helper.js': `import Fastify from 'fastify';
import fp from 'fastify-plugin';
import App from '../src/app.js';

export async function build() {
  const app = Fastify();
  await app.register(fp(App));
  await app.ready();
  return app;
}
`,
    },
  },
};

function supportContext(app: AppEntry, commonJs = false): SupportContext {
  return {
    typescript: false,
    commonJs,
    importExt: '.js',
    toRoot: '../../',
    app,
    points: [],
    migrations: [],
    pools: [],
    clients: [],
    databaseEnv: 'DATABASE_URL',
  };
}

/** Writes the variant's app and the `_support/app.js` the harness renders for it; returns the support module. */
async function write(name: string): Promise<{ startApp(env?: Record<string, string>): Promise<RunningApp>; text: string }> {
  const variant = VARIANTS[name]!;
  const dir = path.join(root, name.replace(/\W+/g, '-'));
  await fs.mkdir(path.join(dir, 'test/_support'), { recursive: true });
  await fs.writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: variant.commonJs ? 'commonjs' : 'module' }));
  if (variant.fastify4) {
    await fs.mkdir(path.join(dir, 'node_modules'), { recursive: true });
    await fs.symlink(fastify4, path.join(dir, 'node_modules/fastify'), 'dir');
  }
  for (const [file, text] of Object.entries(variant.files)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  }
  const esm = appSupport(supportContext(variant.entry, variant.commonJs), fastifyHarness, false);
  const text = variant.commonJs ? toCommonJs(esm) : esm;
  const file = path.join(dir, 'test/_support/app.js');
  await fs.writeFile(file, text);
  type Support = { startApp(env?: Record<string, string>): Promise<RunningApp> };
  // CommonJS support is loaded by Node's own require, as Jest or Mocha would load it.
  const support = variant.commonJs
    ? (createRequire(import.meta.url)(file) as Support)
    : ((await import(pathToFileURL(file).href)) as Support);
  return { startApp: support.startApp, text };
}

const closedApps = (): number => (globalThis as { closedApps?: number }).closedApps ?? 0;

beforeAll(async () => {
  await fs.mkdir(path.join(stacks, '.tmp'), { recursive: true });
  root = await fs.mkdtemp(path.join(stacks, '.tmp', 'harness-fastify-'));
});

afterAll(async () => {
  if (root) await fs.rm(root, { recursive: true, force: true });
});

describe('the Fastify harness', () => {
  for (const name of Object.keys(VARIANTS)) {
    it(`answers through inject, with the env the app read and its onClose run on close (${name})`, async () => {
      const { startApp, text } = await write(name);
      expect(text).not.toMatch(/listen\(|baseUrl/);
      const before = process.env.GREETING_FROM;
      const app = await startApp({ GREETING_FROM: 'the test' });
      const closedBefore = closedApps();
      try {
        // The root plugin's decorator reaches the route plugin, and the app read the env it was started with.
        const greeting = await app.request('GET', '/greeting');
        expect(greeting.status).toBe(200);
        expect(greeting.headers.get('content-type')).toMatch(/application\/json/);
        expect(greeting.body).toEqual({ greeting: 'hello from the test', from: 'the test', major: VARIANTS[name]!.fastify4 ? 4 : 5 });

        const echo = await app.request('POST', '/echo', { body: { name: 'Ada', tags: ['x'] } });
        expect(echo.status).toBe(201);
        expect(echo.body).toEqual({ received: { name: 'Ada', tags: ['x'] } });

        const malformed = await app.request('POST', '/echo', { rawBody: '{"unterminated": ' });
        expect(malformed.status).toBe(400);
        expect(malformed.body).toMatchObject({ statusCode: 400 });

        const deleted = await app.request('DELETE', '/things/7', { headers: { authorization: 'Bearer t' } });
        expect(deleted.status).toBe(204);
        expect(deleted.body).toBe('');

        const plain = await app.request('GET', '/text');
        expect(plain.body).toBe('plain words');

        const cookies = await app.request('GET', '/cookies');
        expect(cookies.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
        expect(cookies.headers.get('x-count')).toBe('3');

        const missing = await app.request('GET', '/nowhere');
        expect(missing.status).toBe(404);
      } finally {
        await app.close();
      }
      expect(closedApps()).toBe(closedBefore + 1);
      expect(process.env.GREETING_FROM).toBe(before);
    });
  }

  for (const name of ['plugin', 'CommonJS plugin']) {
    it(`creates the plugin's instance with the module's exported options, as fastify-cli's --options does (${name})`, async () => {
      const { startApp, text } = await write(name);
      expect(text).toContain('const app = Fastify(module.options);');
      const app = await startApp();
      try {
        const small = await app.request('POST', '/echo', { body: { note: 'short' } });
        expect(small.status).toBe(201);
        // bodyLimit: 256 in the exported options.
        const large = await app.request('POST', '/echo', { body: { note: 'x'.repeat(300) } });
        expect(large.status).toBe(413);
      } finally {
        await app.close();
      }
    });
  }

  it('builds the app through the helper its own tests use, when discovery names one', async () => {
    const { text } = await write('test helper');
    expect(text).toContain("const helper = await import('../../test/helper.js');");
    expect(text).toContain('const app = await helper.build();');
    expect(text).not.toContain("from 'fastify'");
  });

  it('renders TypeScript with the method typed as inject takes it, and JavaScript without types', () => {
    const entry: AppEntry = { ...VARIANTS.factory!.entry, file: 'src/app.ts' };
    const ts = appSupport({ ...supportContext(entry), typescript: true, importExt: '.js' }, fastifyHarness, false);
    expect(ts).toContain("import type { InjectOptions } from 'fastify';");
    expect(ts).toContain("method: method as InjectOptions['method'],");
    expect(ts).toContain("const module = await import('../../src/app.js');");
    const js = appSupport(supportContext(VARIANTS.factory!.entry), fastifyHarness, false);
    expect(js).not.toMatch(/InjectOptions|\): Promise|: Record</);
    expect(js).toContain('const app = await module.buildApp();');
  });
});

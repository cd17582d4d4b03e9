import { importPath } from '../../module-style.js';
import type { Harness, HarnessContext } from '../../types.js';
import { t } from '../support/context.js';
import { exportedApp, startAppFunction } from '../support/app.js';

/** The request through Fastify's `inject` (no socket), its headers as `Headers` and its JSON body parsed. */
const INJECT_REQUEST = (ctx: HarnessContext): string => `    async request(method, path, options = {}) {
      const hasBody = options.body !== undefined || options.rawBody !== undefined;
      const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      const response = await app.inject({
        method${t(ctx, ": method as InjectOptions['method']")},
        url: path,
        headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
        ...(payload === undefined ? {} : { payload }),
      });
      // Outgoing headers hold numbers and arrays (set-cookie) too.
      const headers = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) headers.append(name, String(item));
      }
      const text = response.body;
      const isJson = headers.get('content-type')?.includes('json') && text !== '';
      return { status: response.statusCode, headers, body: isJson ? JSON.parse(text) : text };
    },`;

/** The statements that build the app, the way the repository's own tests or entry do. */
function buildApp(ctx: HarnessContext): string[] {
  const { app } = ctx;
  if (app.testHelper) {
    const helperPath = `${ctx.toRoot}${importPath(app.testHelper.file, ctx.importExt)}`;
    return [`  const helper = await import('${helperPath}');`, `  const app = await helper.${app.testHelper.export}();`];
  }
  const appPath = `${ctx.toRoot}${importPath(app.file, ctx.importExt)}`;
  const exported = exportedApp(ctx);
  const lines = [`  const module = await import('${appPath}');`];
  if (app.export.type === 'factory') return [...lines, `  const app = await ${exported}();`];
  if (app.export.type !== 'plugin') return [...lines, `  const app = ${exported};`];
  return [
    ...lines,
    `  const app = Fastify(${app.export.options ? `module.${app.export.options}` : ''});`,
    "  // Unencapsulated, as fastify-cli registers a root plugin for tests: its decorators, hooks and error handler are the app's.",
    `  await app.register(Object.defineProperty(${exported}, Symbol.for('skip-override'), { value: true, configurable: true }));`,
  ];
}

/**
 * Fastify (4 and 5): the app from an exported factory or instance, a root plugin (fastify-cli's layout)
 * registered on a new instance of the repository's own Fastify, or the helper its own tests build it with;
 * requests go through `inject`, without a port.
 */
export const fastifyHarness: Harness = {
  framework: 'fastify',
  imports: (ctx) => ({
    types: ctx.typescript ? ["import type { InjectOptions } from 'fastify';"] : [],
    values: ctx.app.export.type === 'plugin' && !ctx.app.testHelper ? ["import Fastify from 'fastify';"] : [],
  }),
  fields: () => [],
  startApp(ctx) {
    return startAppFunction(
      ctx,
      [
        'Builds the app from its source, in this process, and answers requests through `inject` (no port).',
        '`env` is set before the app is imported (it reads its configuration then) and restored on close.',
      ],
      {
        start: [...buildApp(ctx), '  await app.ready();'],
        returned: [],
        request: INJECT_REQUEST(ctx),
        stop: ['      await app.close();'],
      },
    );
  },
};

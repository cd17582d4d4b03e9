import { importPath } from '../../module-style.js';
import type { Harness } from '../../types.js';
import { builtApp, startAppFunction } from '../support/app.js';

/**
 * The `request` method of a `RunningApp` whose app answers a web-standard `Request` in this process: `send`
 * is an expression of the `path` and `init` (`{ method, headers, body }`) in scope that gives the `Response`
 * (or a promise of one), its JSON body parsed.
 */
export function webRequest(send: string): string {
  return `    async request(method, path, options = {}) {
      const hasBody = options.body !== undefined || options.rawBody !== undefined;
      const init = {
        method,
        headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
        body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      };
      const response = await ${send};
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('json') && text !== '';
      return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : text };
    },`;
}

/**
 * Hono: the exported app, or the app a factory builds, answers requests through its own `app.request()`,
 * in this process and without a port (the way Hono's own testing guide asks an app).
 */
export const honoHarness: Harness = {
  framework: 'hono',
  imports: () => ({ types: [], values: [] }),
  fields: () => [],
  startApp(ctx) {
    const appPath = `${ctx.toRoot}${importPath(ctx.app.file, ctx.importExt)}`;
    const build = builtApp(ctx);
    return startAppFunction(
      ctx,
      [
        'Builds the app from its source, in this process; requests go through its own `app.request()`, no',
        'port is opened. `env` is set before the app is imported (it reads its configuration then) and',
        'restored on close.',
      ],
      {
        start: [`  const module = await import('${appPath}');`, `  const app = ${build};`],
        returned: [],
        request: webRequest('app.request(path, init)'),
        stop: [],
      },
    );
  },
};

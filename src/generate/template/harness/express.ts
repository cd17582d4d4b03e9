import { importPath } from '../../module-style.js';
import type { Harness } from '../../types.js';
import { t } from '../support/context.js';
import { builtApp, startAppFunction } from '../support/app.js';

/** A request through Node's `fetch` to an app listening on `baseUrl`, its JSON body parsed. */
export const FETCH_REQUEST = `    async request(method, path, options = {}) {
      const hasBody = options.body !== undefined || options.rawBody !== undefined;
      const response = await fetch(baseUrl + path, {
        method,
        headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
        body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('json') && text !== '';
      return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : text };
    },`;

/** Express (4 and 5): the exported app, or the app a factory builds, listens on an ephemeral port; requests go through `fetch`. */
export const expressHarness: Harness = {
  framework: 'express',
  imports: (ctx) => ({
    types: ctx.typescript ? ["import type { Server } from 'node:http';", "import type { AddressInfo } from 'node:net';"] : [],
    values: ["import { once } from 'node:events';"],
  }),
  fields: () => ['baseUrl: string;'],
  startApp(ctx) {
    const appPath = `${ctx.toRoot}${importPath(ctx.app.file, ctx.importExt)}`;
    const build = builtApp(ctx);
    return startAppFunction(
      ctx,
      [
        'Starts the app from its source, in this process, on an ephemeral port. `env` is set before the',
        'app is imported (it reads its configuration then) and restored on close.',
      ],
      {
        start: [
          `  const module = await import('${appPath}');`,
          `  const server${t(ctx, ': Server')} = ${build}.listen(0, '127.0.0.1');`,
          "  await once(server, 'listening');",
          `  const baseUrl = \`http://127.0.0.1:\${(server.address()${t(ctx, ' as AddressInfo')}).port}\`;`,
        ],
        returned: ['    baseUrl,'],
        request: FETCH_REQUEST,
        stop: ['      server.closeAllConnections();', '      await new Promise((resolve) => server.close(resolve));'],
      },
    );
  },
};

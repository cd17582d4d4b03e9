import { importPath } from '../../module-style.js';
import type { Harness } from '../../types.js';
import { builtApp, startAppFunction } from '../support/app.js';
import { t } from '../support/context.js';
import { FETCH_REQUEST } from './express.js';

/** Koa: the app's `callback()` served by Node's http on an ephemeral port; requests go through `fetch`. */
export const koaHarness: Harness = {
  framework: 'koa',
  imports: (ctx) => ({
    types: ctx.typescript ? ["import type { AddressInfo } from 'node:net';"] : [],
    values: ["import { once } from 'node:events';", "import { createServer } from 'node:http';"],
  }),
  fields: () => ['baseUrl: string;'],
  startApp(ctx) {
    const appPath = `${ctx.toRoot}${importPath(ctx.app.file, ctx.importExt)}`;
    const app = builtApp(ctx);
    return startAppFunction(
      ctx,
      [
        'Starts the app from its source, in this process: its `callback()` served on an ephemeral port. `env` is',
        'set before the app is imported (it reads its configuration then) and restored on close.',
      ],
      {
        start: [
          `  const module = await import('${appPath}');`,
          `  const server = createServer(${app}.callback()).listen(0, '127.0.0.1');`,
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

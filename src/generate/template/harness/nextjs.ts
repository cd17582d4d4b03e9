import type { HttpPoint } from '../../../model.js';
import { importPath } from '../../module-style.js';
import type { Harness, HarnessContext } from '../../types.js';
import { startAppFunction } from '../support/app.js';
import { t } from '../support/context.js';
import { webRequest } from './hono.js';

/** The preview-mode secrets `apiResolver` wants: empty, as no generated test sets draft or preview mode. */
const API_CONTEXT = "{ previewModeId: '', previewModeEncryptionKey: '', previewModeSigningKey: '', dev: false }";

/** An App Router route file: `app/api/orders/[id]/route.ts`, under `src/` or not. */
const APP_ROUTE_FILE = /(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/;
/** A Pages Router API route: `pages/api/orders/[id].ts`. */
const PAGES_API_FILE = /(?:^|\/)pages\/api(?:\/.*)?\.[cm]?[jt]sx?$/;

interface Route {
  /** `/api/orders/:id`, `/api/files/:path*` */
  path: string;
  /** Repository-relative route file. */
  file: string;
  /** A Pages Router API route (`pages/api/**`), served with Node's request and response. */
  pages: boolean;
}

/**
 * Next.js App Router route handlers: there is no app object, so `_support/app` routes each request itself to
 * the route file serving its path (static segments before dynamic ones, catch-alls last, as Next.js matches)
 * and calls the exported handler of its method the way Next.js does: with a `NextRequest` and a context whose
 * `params` is a Promise (Next.js 15) that also holds the values (Next.js 13 and 14 pass a plain object). A path
 * no route serves gets 404, a method the route file does not export 405, HEAD falls back to GET and OPTIONS
 * lists the methods, as Next.js answers them.
 *
 * Pages Router API routes (`pages/api/**`, a default-exported `(req, res)` handler) need Node's own request and
 * response: when there are any, `startApp` opens a server on an ephemeral port that hands each request to Next's
 * own `apiResolver` (JSON and form bodies parsed into `req.body`, 400 on malformed JSON, `req.query` holding the
 * query string and the path's dynamic segments, `res.status()`, `res.json()`, `res.send()`, `res.redirect()`,
 * 500 on an error), and requests to those routes go there through `fetch`.
 */
export const nextHarness: Harness = {
  framework: 'nextjs',
  imports: (ctx) => {
    const values = [`import { NextRequest } from '${nextModule(ctx, 'server')}';`];
    if (!hasPagesRoutes(ctx)) return { types: [], values };
    return {
      types: ctx.typescript
        ? ["import type { IncomingMessage, ServerResponse } from 'node:http';", "import type { AddressInfo } from 'node:net';"]
        : [],
      values: [
        ...values,
        "import { once } from 'node:events';",
        "import { createServer } from 'node:http';",
        `import { apiResolver } from '${nextModule(ctx, 'dist/server/api-utils/node/api-resolver')}';`,
      ],
    };
  },
  fields: () => [],
  startApp(ctx) {
    const routes = routesOf(ctx.points);
    const pages = routes.some((r) => r.pages);
    const table = routes.map(
      (r) =>
        `  { path: '${r.path}',${r.pages ? ' pages: true,' : ''} load: () => import('${ctx.toRoot}${importPath(r.file, ctx.importExt)}') },`,
    );
    return `${t(
      ctx,
      `/** The values of a path's dynamic segments: \`[id]\` holds one, a catch-all \`[...slug]\` the segments it spans. */
type Params = Record<string, string | string[]>;

/** A route handler, as Next.js calls it. */
type RouteHandler = (request: NextRequest, context: { params: Promise<Params> & Params }) => Response | Promise<Response>;

interface Route {
  /** The path the route file serves: \`/api/orders/:id\`. */
  path: string;${pages ? '\n  /** A Pages Router API route: a `(req, res)` handler. */\n  pages?: boolean;' : ''}
  load(): Promise<object>;
}

`,
    )}/** The route files, by the path each serves, in the order Next.js matches them: static segments first, catch-alls last. */
const ROUTES${t(ctx, ': Route[]')} = [
${table.join('\n')}
];

/** The methods Next.js serves a route file for. */
const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** The first route serving \`pathname\`, with the values of its dynamic segments. */
function matchRoute(pathname${t(ctx, ': string')})${t(ctx, ': { route: Route; params: Params } | undefined')} {
  const segments = pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
  for (const route of ROUTES) {
    const parts = route.path.split('/').filter(Boolean);
    const params${t(ctx, ': Params')} = {};
    const catchAll = parts.at(-1)?.endsWith('*') ?? false;
    if (catchAll ? segments.length < parts.length : segments.length !== parts.length) continue;
    const matches = parts.every((part, i) => {
      if (part.startsWith(':') && part.endsWith('*')) params[part.slice(1, -1)] = segments.slice(i);
      else if (part.startsWith(':')) params[part.slice(1)] = segments[i] ?? '';
      else return part === segments[i];
      return true;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

/**
 * Calls the route module's handler for the request's method as Next.js does: HEAD falls back to GET, OPTIONS
 * answers the allowed methods, any other method the module does not export gets 405; \`redirect()\` and
 * \`notFound()\` of next/navigation become their responses, any other error a 500.
 */
async function callHandler(module${t(ctx, ': object')}, request${t(ctx, ': NextRequest')}, params${t(ctx, ': Params')})${t(ctx, ': Promise<Response>')} {
  const handlers = module${t(ctx, ' as Record<string, RouteHandler | undefined>')};
  const handler = handlers[request.method] ?? (request.method === 'HEAD' ? handlers.GET : undefined);
  if (!handler && request.method === 'OPTIONS') {
    const allow = HTTP_METHODS.filter((m) => m === 'OPTIONS' || handlers[m] || (m === 'HEAD' && handlers.GET));
    return new Response(null, { status: 204, headers: { allow: allow.sort().join(', ') } });
  }
  if (!handler) return new Response(null, { status: 405 });
  try {
    const response = await handler(request, { params: Object.assign(Promise.resolve(params), params) });
    return request.method === 'HEAD' ? new Response(null, response) : response;
  } catch (error) {
    const digest = String((error${t(ctx, ' as { digest?: unknown } | null')})?.digest ?? '').split(';');
    if (digest[0] === 'NEXT_REDIRECT')
      return new Response(null, { status: Number(digest.at(-2)), headers: { location: digest.slice(2, -2).join(';') } });
    if (digest[0] === 'NEXT_HTTP_ERROR_FALLBACK') return new Response(null, { status: Number(digest[1]) });
    console.error(error);
    return new Response(null, { status: 500 });
  }
}

${pages ? pagesServer(ctx) : ''}/** Answers a request as the Next.js server would: through the route file serving its path, else 404. */
async function serve(path${t(ctx, ': string')}, init${t(ctx, ': ConstructorParameters<typeof NextRequest>[1]')}${pages ? `, baseUrl${t(ctx, ': string')}` : ''})${t(ctx, ': Promise<Response>')} {
  const url = new URL(path, 'http://localhost');
  const found = matchRoute(url.pathname);
  // Next.js answers a path no route file serves with its 404 page.
  if (!found) return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } });
${pages ? "  // A redirect is answered, not followed, as the App Router routes' are.\n  if (found.route.pages) return fetch(new URL(path, baseUrl), { ...init, redirect: 'manual' });\n" : ''}  return callHandler(await found.route.load(), new NextRequest(url, init), found.params);
}

${startAppFunction(
  ctx,
  [
    'Serves the route handlers from their source, in this process: each request goes to the route file',
    'serving its path, imported on first use. `env` is set before any route file is imported (the app reads',
    'its configuration then) and restored on close.',
    ...(pages ? ['Pages Router API routes are served by a server on an ephemeral port, reached through `fetch`.'] : []),
  ],
  pages
    ? {
        start: [
          '  const server = createServer((req, res) => void servePages(req, res));',
          "  server.listen(0, '127.0.0.1');",
          "  await once(server, 'listening');",
          `  const baseUrl = \`http://127.0.0.1:\${(server.address()${t(ctx, ' as AddressInfo')}).port}\`;`,
        ],
        returned: [],
        request: webRequest('serve(path, init, baseUrl)'),
        stop: ['      server.closeAllConnections();', '      await new Promise((resolve) => server.close(resolve));'],
      }
    : {
        start: [],
        returned: [],
        request: webRequest('serve(path, init)'),
        stop: [],
      },
)}`;
  },
};

/**
 * The module that answers a Pages Router request: it calls the route's default export through Next's own
 * `apiResolver`, which parses the body and adds the response helpers as `next start` does.
 */
function pagesServer(ctx: HarnessContext): string {
  return `/**
 * Answers a request to a Pages Router API route as Next.js does, through its own \`apiResolver\`: \`req.query\`
 * holds the query string with the path's dynamic segments over it, a path no route file serves gets 404.
 */
async function servePages(req${t(ctx, ': IncomingMessage')}, res${t(ctx, ': ServerResponse')})${t(ctx, ': Promise<void>')} {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = matchRoute(url.pathname);
  if (!found?.route.pages) {
    res.statusCode = 404;
    res.end('Not Found');
    return;
  }
  const query${t(ctx, ': Params')} = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? values[0]${t(ctx, '!')} : values;
  }
  await apiResolver(req, res, { ...query, ...found.params }, await found.route.load(), ${API_CONTEXT}, false);
}

`;
}

/** A module of `next`, with the `.js` a native ESM import of a package without an exports map needs. */
function nextModule(ctx: HarnessContext, name: string): string {
  return ctx.commonJs || ctx.importExt === '' ? `next/${name}` : `next/${name}.js`;
}

function hasPagesRoutes(ctx: HarnessContext): boolean {
  return ctx.points.some((p) => PAGES_API_FILE.test(p.location.file));
}

/** The App Router and Pages Router routes among the HTTP points, one per route file, most specific first. */
function routesOf(points: readonly HttpPoint[]): Route[] {
  const byFile = new Map<string, Route>();
  for (const point of points) {
    const pages = PAGES_API_FILE.test(point.location.file);
    if (!pages && !APP_ROUTE_FILE.test(point.location.file)) continue;
    byFile.set(point.location.file, { path: point.details.path, file: point.location.file, pages });
  }
  return [...byFile.values()].sort((a, b) => compareSpecificity(a.path, b.path));
}

/** Next.js prefers a static segment to a dynamic one, and a dynamic one to a catch-all, segment by segment. */
function compareSpecificity(a: string, b: string): number {
  const rank = (segment: string | undefined): number =>
    segment === undefined ? -1 : segment.startsWith(':') ? (segment.endsWith('*') ? 2 : 1) : 0;
  const as = a.split('/').filter(Boolean);
  const bs = b.split('/').filter(Boolean);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const diff = rank(as[i]) - rank(bs[i]);
    if (diff !== 0) return diff;
  }
  return a.localeCompare(b);
}

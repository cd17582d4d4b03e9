import type { AppSetup } from '../../../model.js';
import { importPath } from '../../module-style.js';
import type { Harness, HarnessContext } from '../../types.js';
import { startAppFunction } from '../support/app.js';
import { FETCH_REQUEST } from './express.js';

/** A `from` of the bootstrap's imports that names a source file of the repository rather than a package. */
const SOURCE_FILE = /\.[cm]?[jt]sx?$/;

/**
 * NestJS: the root module compiled in a testing module (`@nestjs/testing`), made an application with what the
 * bootstrap (`main.ts`) applies to it, listening on an ephemeral port; requests go through `fetch`.
 * A port and `fetch` work for every Nest app on Node's http and need no dependency the repository may lack.
 */
export const nestHarness: Harness = {
  framework: 'nestjs',
  // `@nestjs/testing` loads `@nestjs/core`, which loads `reflect-metadata` before any decorated class is imported.
  imports: () => ({ types: [], values: ["import { Test } from '@nestjs/testing';"] }),
  fields: () => ['baseUrl: string;'],
  startApp(ctx) {
    const { name } = ctx.app.export;
    const moduleName = name === 'default' ? 'AppModule' : name;
    const binding = name === 'default' ? `{ default: ${moduleName} }` : `{ ${name} }`;
    return startAppFunction(
      ctx,
      [
        'Starts the app from its source, in this process: its root module compiled for tests, set up as its',
        'bootstrap sets it up, on an ephemeral port. `env` is set before the app is imported (it reads its',
        'configuration then) and restored on close.',
      ],
      {
        start: [
          `  const ${binding} = await import('${modulePath(ctx, ctx.app.file)}');`,
          ...setupImports(ctx, ctx.app.setup),
          `  const testingModule = await Test.createTestingModule({ imports: [${moduleName}] }).compile();`,
          '  const app = testingModule.createNestApplication();',
          ...setupStatements(ctx.app.setup),
          "  await app.listen(0, '127.0.0.1');",
          '  const baseUrl = await app.getUrl();',
        ],
        returned: ['    baseUrl,'],
        request: FETCH_REQUEST,
        // Nest's close runs the providers' shutdown hooks (`onModuleDestroy` ends a pool provider) and stops the server.
        stop: ['      await app.close();'],
      },
    );
  },
};

function modulePath(ctx: HarnessContext, from: string): string {
  return SOURCE_FILE.test(from) ? `${ctx.toRoot}${importPath(from, ctx.importExt)}` : from;
}

/**
 * What the bootstrap's setup statements use, imported after `env` is set (a module may read its
 * configuration when it loads): `X`, `X as Y`, `default as Y` and `* as Y`.
 */
function setupImports(ctx: HarnessContext, setup: AppSetup | undefined): string[] {
  return (setup?.imports ?? []).flatMap(({ from, names }) => {
    const source = `await import('${modulePath(ctx, from)}')`;
    const namespace = names.map((n) => /^\*\s+as\s+(\S+)$/.exec(n)?.[1]).filter((n): n is string => Boolean(n));
    const named = names
      .filter((n) => !n.startsWith('*'))
      .map((n) => {
        const [imported, local] = n.split(/\s+as\s+/);
        return local && local !== imported ? `${imported}: ${local}` : imported!;
      });
    return [
      ...namespace.map((local) => `  const ${local} = ${source};`),
      ...(named.length ? [`  const { ${named.join(', ')} } = ${source};`] : []),
    ];
  });
}

/**
 * The bootstrap's calls on the app between creating it and `listen()`, in order, `app` their receiver,
 * re-indented for `startApp`: a statement's later lines keep their depth relative to its closing line.
 */
function setupStatements(setup: AppSetup | undefined): string[] {
  return (setup?.statements ?? []).flatMap((statement) => {
    const [first, ...rest] = statement.trim().split('\n');
    const depth = Math.min(...rest.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
    return [`  ${first}`, ...rest.map((l) => (l.trim() ? `  ${l.slice(Math.min(depth, /^ */.exec(l)![0].length))}` : ''))];
  });
}

import type * as TS from 'typescript';
import type { AppEntry, JsonSchemaLike } from '../../model.js';
import { forEachDeep, lineOf } from '../ast.js';
import type { DetectContext, Detector, DraftPoint, ParsedFile } from '../detector.js';
import { classOf, classValidatorSchema } from '../schemas/class-validator.js';
import { literalValue, type Literal } from '../schemas/json-schema.js';
import { configPath, namedEnvValue, type ConfigSource, type ConfigValue } from './config-value.js';
import { importedFrom, isFunctionLike, originOf } from './origin.js';
import {
  guardInfoOf,
  httpPoint,
  joinPaths,
  middlewareNames,
  readSchema,
  schemaLookup,
  webhookOf,
  withTestHelper,
  type GuardRef,
} from './http-common.js';
import { nestSetup, nestStatuses } from './nest-app.js';
import { pathMatches } from './route-graph.js';

const METHODS: Record<string, string> = {
  Get: 'GET',
  Post: 'POST',
  Put: 'PUT',
  Patch: 'PATCH',
  Delete: 'DELETE',
  Options: 'OPTIONS',
  Head: 'HEAD',
  All: 'ALL',
  Search: 'SEARCH',
};
/** Decorators that mark a route as open to a global guard (the usual `@Public()` metadata pattern). */
const PUBLIC = /^(?:Public|IsPublic|SkipAuth|NoAuth|AllowAnonymous|Anonymous)$/;
/** Custom decorators that bundle a guard (`@Auth(Role.Admin)` built with `applyDecorators(UseGuards(…))`). */
const GUARD_DECORATOR = /^(?!Api).*(?:Auth|Guard)/;

/** What `main.ts` configures for the whole app. */
interface AppConfig {
  prefix: string;
  /** Where a global prefix read from the configuration (`process.env.API_PREFIX ?? 'api'`) was documented. */
  prefixFrom?: ConfigSource;
  exclude: { path: string; method?: string }[];
  /** URI versioning: the segment prefix (`v`) and the default version(s), when enabled. */
  versioning?: { prefix: string; defaults: string[] };
  guards: string[];
  /** The global guards as written (`useClass: JwtAuthGuard`, `new ApiKeyGuard()`), for reading their code. */
  guardRefs: GuardRef[];
  /** A global `ValidationPipe` (`useGlobalPipes(new ValidationPipe())`, `APP_PIPE`): DTO bodies are validated. */
  validation: boolean;
  module?: { file: string; name: string };
  /** The app entry the bootstrap names: the root module, with what `main.ts` applies to the app. */
  app?: AppEntry;
}

/**
 * NestJS controllers: `@Controller('cats')` (or `{ path, version }`) with `@Get(':id')`-style
 * methods, under `setGlobalPrefix` and URI versioning from main.ts and `RouterModule` paths;
 * guards from `@UseGuards`, global guards and `APP_GUARD`; `@Body() dto: CreateCatDto` read
 * from class-validator decorators (or a zod pipe).
 */
export const nestjs: Detector = {
  name: 'nestjs',
  kind: 'http',
  packages: ['@nestjs/core', '@nestjs/common'],
  detect(ctx) {
    const { ts } = ctx;
    const configs = appConfigs(ctx);
    const modulePrefixes = routerModulePrefixes(ctx);
    const middleware = consumerMiddleware(ctx);
    const points: DraftPoint[] = [];
    for (const file of ctx.files) {
      if (!file.imports.some((b) => b.module === '@nestjs/common')) continue;
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const controller = decorator(ts, node, 'Controller');
        if (!controller) return;
        const config = configFor(configs, file);
        const opts = controllerOptions(ctx, file, controller);
        const classDecos = decoratorsOf(ts, node);
        const classGuards = guardNames(ts, file, classDecos);
        const classGuardRefs = guardRefs(ctx, file, classDecos);
        const modulePrefix = modulePrefixes.get(node.name.text) ?? '';
        for (const member of node.members) {
          if (!ts.isMethodDeclaration(member)) continue;
          const decos = decoratorsOf(ts, member);
          for (const deco of decos) {
            const method = METHODS[decoName(ts, deco)];
            if (!method) continue;
            const subPaths = stringList(ctx, file, callArgs(ts, deco)[0]) ?? [''];
            const versionDeco = decos.find((d) => decoName(ts, d) === 'Version');
            const versions = versionDeco
              ? (stringList(ctx, file, callArgs(ts, versionDeco)[0]) ?? [])
              : (opts.versions ?? config.versioning?.defaults ?? []);
            const isPublic = [...decos, ...classDecos].some((d) => PUBLIC.test(decoName(ts, d)));
            const guards = [...(isPublic ? [] : config.guards), ...(isPublic ? [] : classGuards), ...guardNames(ts, file, decos)];
            const refs = [...(isPublic ? [] : [...config.guardRefs, ...classGuardRefs]), ...guardRefs(ctx, file, decos)];
            const body = bodyOf(ctx, file, member, decos);
            const statuses = nestStatuses(ctx, file, member, method, config.validation && body !== undefined);
            const location = { file: file.path, line: lineOf(file.sf, deco) };
            const handler = { file: file.path, line: lineOf(file.sf, member.name) };
            for (const controllerPath of opts.paths) {
              for (const sub of subPaths) {
                const local = joinPaths(modulePrefix, controllerPath, sub);
                const applied = middleware.filter((m) =>
                  m.routes.some(
                    (r) =>
                      r.controller === node.name!.text ||
                      (r.path !== undefined && pathMatches(r.path, local) && (!r.method || r.method === 'ALL' || r.method === method)),
                  ),
                );
                const middlewareRefs = applied.flatMap((m) => m.refs);
                const excluded = config.exclude.some(
                  (e) => joinPaths(e.path) === local && (!e.method || e.method === method || e.method === 'ALL'),
                );
                const versionSegments =
                  config.versioning && versions.length
                    ? versions.map((v) => (v === NEUTRAL ? '' : `${config.versioning!.prefix}${v}`))
                    : [''];
                for (const version of versionSegments) {
                  const full = joinPaths(excluded ? '' : config.prefix, version, local);
                  points.push(
                    httpPoint('nestjs', method, nestPath(full), location, {
                      auth: [...applied.flatMap((m) => m.names), ...guards],
                      body,
                      handler,
                      app: config.app,
                      webhook: webhookOf(ctx, full, file, [member]),
                      statuses,
                      authInfo: guardInfoOf(ctx, [...middlewareRefs, ...refs]),
                      ...(config.prefixFrom && !excluded ? { prefixFrom: config.prefixFrom } : {}),
                    }),
                  );
                }
              }
            }
          }
        }
      });
    }
    return points;
  },
};

const NEUTRAL = '\0neutral';

/** Nest (path-to-regexp) wildcards to the `:param` style keys use: `files/*path` stays, `(.*)` → `*`. */
function nestPath(path: string): string {
  return path.replace(/\(\.\*\)/g, '*');
}

function decoratorsOf(ts: DetectContext['ts'], node: TS.Node): readonly TS.Decorator[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
}

function decoName(ts: DetectContext['ts'], deco: TS.Decorator): string {
  const e = deco.expression;
  const callee = ts.isCallExpression(e) ? e.expression : e;
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
}

function callArgs(ts: DetectContext['ts'], deco: TS.Decorator): readonly TS.Expression[] {
  return ts.isCallExpression(deco.expression) ? deco.expression.arguments : [];
}

function decorator(ts: DetectContext['ts'], node: TS.Node, name: string): TS.Decorator | undefined {
  return decoratorsOf(ts, node).find((d) => decoName(ts, d) === name);
}

/** Guard names from `@UseGuards(A, AuthGuard('jwt'))` and guard-bundling custom decorators. */
function guardNames(ts: DetectContext['ts'], file: ParsedFile, decos: readonly TS.Decorator[]): string[] {
  const out: string[] = [];
  for (const d of decos) {
    const name = decoName(ts, d);
    if (name === 'UseGuards') out.push(...callArgs(ts, d).flatMap((a) => middlewareNames(ts, a)));
    else if (GUARD_DECORATOR.test(name) && !METHODS[name]) out.push(name);
  }
  return out;
}

/**
 * The guards as written: `@UseGuards(A, AuthGuard('jwt'))` arguments, and those a guard-bundling decorator applies
 * (`@Auth()` built with `applyDecorators(UseGuards(JwtGuard, RolesGuard))`).
 */
function guardRefs(ctx: DetectContext, file: ParsedFile, decos: readonly TS.Decorator[]): GuardRef[] {
  const { ts } = ctx;
  const out: GuardRef[] = [];
  for (const d of decos) {
    const name = decoName(ts, d);
    if (name === 'UseGuards') out.push(...callArgs(ts, d).map((expr) => ({ expr, file })));
    else if (GUARD_DECORATOR.test(name) && !METHODS[name]) {
      const callee = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
      const fn = originOf(ctx, file, callee);
      if (!fn || !isFunctionLike(ts, fn.node)) continue;
      forEachDeep(ts, fn.node, (n) => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'UseGuards')
          out.push(...n.arguments.map((expr) => ({ expr, file: fn.file })));
      });
    }
  }
  return out;
}

function stringList(ctx: DetectContext, file: ParsedFile, expr: TS.Expression | undefined): string[] | undefined {
  if (!expr) return undefined;
  if (isNeutral(ctx.ts, expr)) return [NEUTRAL];
  const value = literalValue(ctx, file, expr);
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  if (ctx.ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((e) => stringList(ctx, file, e) ?? []);
  return undefined;
}

function isNeutral(ts: DetectContext['ts'], expr: TS.Expression): boolean {
  return ts.isIdentifier(expr) && expr.text === 'VERSION_NEUTRAL';
}

/** `@Controller('cats')`, `@Controller(['a', 'b'])`, `@Controller({ path: 'cats', version: '1' })`. */
function controllerOptions(ctx: DetectContext, file: ParsedFile, deco: TS.Decorator): { paths: string[]; versions?: string[] } {
  const { ts } = ctx;
  const arg = callArgs(ts, deco)[0];
  if (!arg) return { paths: [''] };
  if (ts.isObjectLiteralExpression(arg)) {
    let paths: string[] = [''];
    let versions: string[] | undefined;
    for (const p of arg.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const key = p.name.getText(file.sf);
      if (key === 'path') paths = stringList(ctx, file, p.initializer) ?? [''];
      if (key === 'version') versions = stringList(ctx, file, p.initializer);
    }
    return { paths, versions };
  }
  return { paths: stringList(ctx, file, arg) ?? [''] };
}

/** `@Body() dto: CreateCatDto` → the DTO's schema; `@Body(new ZodValidationPipe(S))` or `@UsePipes(new ZodValidationPipe(S))` → S. */
function bodyOf(
  ctx: DetectContext,
  file: ParsedFile,
  method: TS.MethodDeclaration,
  decos: readonly TS.Decorator[],
): JsonSchemaLike | undefined {
  const { ts } = ctx;
  const pipeSchema = (args: readonly TS.Expression[]): JsonSchemaLike | undefined => {
    for (const a of args) {
      if (ts.isNewExpression(a) && a.arguments?.[0]) {
        const schema = readSchema(ts, a.arguments[0], schemaLookup(ctx, file));
        if (schema) return schema;
      }
    }
    return undefined;
  };
  for (const param of method.parameters) {
    const body = decorator(ts, param, 'Body');
    if (!body) continue;
    const args = callArgs(ts, body);
    let schema = pipeSchema(args);
    const type = param.type;
    if (!schema && type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const target = classOf(ctx, file, type.typeName);
      if (target) schema = classValidatorSchema(ctx, target.file, target.cls);
    }
    // `@Body('user') dto: CreateUserDto` reads one key of the body.
    const key = args[0] && ts.isStringLiteralLike(args[0]) ? args[0].text : undefined;
    if (key !== undefined) return schema ? { type: 'object', properties: { [key]: schema }, required: [key] } : undefined;
    if (schema) return schema;
  }
  const pipes = decos.find((d) => decoName(ts, d) === 'UsePipes');
  return pipes ? pipeSchema(callArgs(ts, pipes)) : undefined;
}

/** Global prefix, versioning and guards of each package's bootstrap (`NestFactory.create(AppModule)`). */
function appConfigs(ctx: DetectContext): Map<string, AppConfig> {
  const { ts } = ctx;
  const out = new Map<string, AppConfig>();
  const get = (file: ParsedFile): AppConfig => {
    let c = out.get(file.packageDir);
    if (!c) {
      c = { prefix: '', exclude: [], guards: [], guardRefs: [], validation: false };
      out.set(file.packageDir, c);
    }
    return c;
  };
  for (const file of ctx.files) {
    if (!file.imports.some((b) => b.module.startsWith('@nestjs/'))) continue;
    forEachDeep(ts, file.sf, (node) => {
      // { provide: APP_GUARD, useClass: JwtAuthGuard }
      if (ts.isObjectLiteralExpression(node)) {
        const props = new Map(node.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(file.sf), p.initializer]));
        const provide = props.get('provide');
        const guard = props.get('useClass') ?? props.get('useExisting');
        if (provide && ts.isIdentifier(provide) && provide.text === 'APP_GUARD' && guard) {
          get(file).guards.push(...middlewareNames(ts, guard));
          get(file).guardRefs.push({ expr: guard, file });
        }
        const pipe = props.get('useClass') ?? props.get('useValue');
        if (provide && ts.isIdentifier(provide) && provide.text === 'APP_PIPE' && pipe && /ValidationPipe/.test(pipe.getText(file.sf)))
          get(file).validation = true;
        return;
      }
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (method === 'create' && node.expression.expression.getText(file.sf) === 'NestFactory' && first && ts.isIdentifier(first)) {
        const binding = file.imports.find((b) => b.local === first.text);
        const target = binding && ctx.resolve(file, binding.module);
        const module = {
          file: target?.path ?? file.path,
          name: binding && binding.imported !== 'default' && binding.imported !== '*' ? binding.imported : first.text,
        };
        const setup = nestSetup(ctx, file, node);
        Object.assign(get(file), {
          module,
          app: withTestHelper(ctx, {
            file: module.file,
            framework: 'nestjs',
            export: { name: module.name, type: 'module' },
            ...(setup ? { setup } : {}),
          }),
        });
      } else if (method === 'setGlobalPrefix' && first) {
        const config = get(file);
        const prefix = literalValue(ctx, file, first);
        const read = typeof prefix === 'string' ? undefined : (configPath(ctx, file, first) ?? configServiceValue(ctx, file, first));
        if (typeof prefix === 'string') config.prefix = prefix;
        else if (read) Object.assign(config, { prefix: read.value, prefixFrom: read.from });
        const opts = second ? literalValue(ctx, file, second) : undefined;
        const exclude = opts && typeof opts === 'object' && !Array.isArray(opts) ? opts.exclude : undefined;
        if (Array.isArray(exclude)) config.exclude = exclude.flatMap(excludeEntry);
        // `{ path: 'health', method: RequestMethod.GET }` evaluates without its method; read it from the source.
        if (second && ts.isObjectLiteralExpression(second)) config.exclude = excludeFromSource(ts, file, second) ?? config.exclude;
      } else if (method === 'enableVersioning') {
        const opts = first ? literalValue(ctx, file, first) : {};
        const o = opts && typeof opts === 'object' && !Array.isArray(opts) ? opts : {};
        const typeText =
          first && ts.isObjectLiteralExpression(first)
            ? first.properties.find((p) => p.name?.getText(file.sf) === 'type')?.getText(file.sf)
            : undefined;
        if (typeText && !/URI/.test(typeText)) return;
        const defaults =
          first && ts.isObjectLiteralExpression(first)
            ? first.properties.find((p) => p.name?.getText(file.sf) === 'defaultVersion')
            : undefined;
        const defaultList = defaults && ts.isPropertyAssignment(defaults) ? stringList(ctx, file, defaults.initializer) : undefined;
        get(file).versioning = {
          prefix: o.prefix === false ? '' : typeof o.prefix === 'string' ? o.prefix : 'v',
          defaults: defaultList ?? [],
        };
      } else if (method === 'useGlobalGuards') {
        get(file).guards.push(...node.arguments.flatMap((a) => middlewareNames(ts, a)));
        get(file).guardRefs.push(...node.arguments.map((expr) => ({ expr, file })));
      } else if (method === 'useGlobalPipes' && node.arguments.some((a) => /ValidationPipe/.test(a.getText(file.sf)))) {
        get(file).validation = true;
      }
    });
  }
  return out;
}

/** `config.get('API_PREFIX', 'api')` on the `ConfigService` of @nestjs/config (`app.get(ConfigService)`), by variable name. */
function configServiceValue(ctx: DetectContext, file: ParsedFile, expr: TS.Expression): ConfigValue | undefined {
  const { ts } = ctx;
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return undefined;
  if (!['get', 'getOrThrow'].includes(expr.expression.name.text)) return undefined;
  const [key, fallback] = expr.arguments;
  const name = key && ts.isStringLiteralLike(key) ? key.text : undefined;
  if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  const service = originOf(ctx, file, expr.expression.expression);
  const node = service?.node;
  if (!node || !ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'get')
    return undefined;
  const token = node.arguments[0] && importedFrom(ctx, service.file, node.arguments[0]);
  if (token?.module !== '@nestjs/config' || token.imported !== 'ConfigService') return undefined;
  return namedEnvValue(ctx, file, name, fallback);
}

function excludeEntry(e: Literal): { path: string; method?: string }[] {
  if (typeof e === 'string') return [{ path: e }];
  if (e && typeof e === 'object' && !Array.isArray(e) && typeof e.path === 'string') return [{ path: e.path }];
  return [];
}

function excludeFromSource(
  ts: DetectContext['ts'],
  file: ParsedFile,
  opts: TS.ObjectLiteralExpression,
): { path: string; method?: string }[] | undefined {
  const exclude = opts.properties.find(
    (p): p is TS.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(file.sf) === 'exclude',
  );
  if (!exclude || !ts.isArrayLiteralExpression(exclude.initializer)) return undefined;
  return exclude.initializer.elements.flatMap((el) => {
    if (ts.isStringLiteralLike(el)) return [{ path: el.text }];
    if (!ts.isObjectLiteralExpression(el)) return [];
    let path: string | undefined;
    let method: string | undefined;
    for (const p of el.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      if (p.name.getText(file.sf) === 'path' && ts.isStringLiteralLike(p.initializer)) path = p.initializer.text;
      if (p.name.getText(file.sf) === 'method' && ts.isPropertyAccessExpression(p.initializer)) method = p.initializer.name.text;
    }
    return path === undefined ? [] : [{ path, method }];
  });
}

function configFor(configs: ReadonlyMap<string, AppConfig>, file: ParsedFile): AppConfig {
  const own = configs.get(file.packageDir);
  if (own) return own;
  // A controller in a shared library: the app config when the repository has exactly one.
  return configs.size === 1 ? [...configs.values()][0]! : { prefix: '', exclude: [], guards: [], guardRefs: [], validation: false };
}

/**
 * `RouterModule.register([{ path: 'admin', module: AdminModule, children: [...] }])`: the prefix of
 * every controller the named modules declare (`@Module({ controllers: [...] })`).
 */
function routerModulePrefixes(ctx: DetectContext): Map<string, string> {
  const { ts } = ctx;
  const moduleControllers = new Map<string, string[]>();
  const modulePaths = new Map<string, string>();
  const readRoutes = (file: ParsedFile, list: TS.Expression, parent: string): void => {
    if (!ts.isArrayLiteralExpression(list)) return;
    for (const el of list.elements) {
      if (!ts.isObjectLiteralExpression(el)) continue;
      let path = '';
      let module: string | undefined;
      let children: TS.Expression | undefined;
      for (const p of el.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        const key = p.name.getText(file.sf);
        if (key === 'path') path = ts.isStringLiteralLike(p.initializer) ? p.initializer.text : '';
        if (key === 'module' && ts.isIdentifier(p.initializer)) module = p.initializer.text;
        if (key === 'children') children = p.initializer;
      }
      const full = joinPaths(parent, path);
      if (module) modulePaths.set(module, full);
      if (children) readRoutes(file, children, full);
    }
  };
  for (const file of ctx.files) {
    if (!file.imports.some((b) => b.module === '@nestjs/core' || b.module === '@nestjs/common')) continue;
    forEachDeep(ts, file.sf, (node) => {
      if (ts.isCallExpression(node) && node.expression.getText(file.sf) === 'RouterModule.register' && node.arguments[0])
        readRoutes(file, node.arguments[0], '');
      if (ts.isClassDeclaration(node) && node.name) {
        const mod = decorator(ts, node, 'Module');
        const meta = mod && callArgs(ts, mod)[0];
        if (!meta || !ts.isObjectLiteralExpression(meta)) return;
        const controllers = meta.properties.find(
          (p): p is TS.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(file.sf) === 'controllers',
        );
        if (controllers && ts.isArrayLiteralExpression(controllers.initializer)) {
          moduleControllers.set(
            node.name.text,
            controllers.initializer.elements.filter(ts.isIdentifier).map((e) => e.text),
          );
        }
      }
    });
  }
  const out = new Map<string, string>();
  for (const [module, path] of modulePaths) for (const c of moduleControllers.get(module) ?? []) out.set(c, path);
  return out;
}

/** A route selector of `forRoutes()` / `exclude()`: a path (with its method) or a controller class. */
interface RouteSelector {
  path?: string;
  method?: string;
  controller?: string;
}

/**
 * Middleware a module applies with `consumer.apply(AuthMiddleware).forRoutes(...)`: paths
 * (`'cats'`, `{ path: 'cats/:id', method: RequestMethod.PUT }`) or controllers, minus `exclude()`.
 */
function consumerMiddleware(ctx: DetectContext): { names: string[]; refs: GuardRef[]; routes: RouteSelector[] }[] {
  const { ts } = ctx;
  const out: { names: string[]; refs: GuardRef[]; routes: RouteSelector[] }[] = [];
  const selectors = (file: ParsedFile, args: readonly TS.Expression[]): RouteSelector[] =>
    args.flatMap((a): RouteSelector[] => {
      if (ts.isStringLiteralLike(a)) return [{ path: nestPattern(a.text) }];
      if (ts.isIdentifier(a)) return [{ controller: a.text }];
      if (!ts.isObjectLiteralExpression(a)) return [];
      const sel: RouteSelector = {};
      for (const p of a.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        const key = p.name.getText(file.sf);
        if (key === 'path' && ts.isStringLiteralLike(p.initializer)) sel.path = nestPattern(p.initializer.text);
        if (key === 'method' && ts.isPropertyAccessExpression(p.initializer)) sel.method = p.initializer.name.text;
      }
      return sel.path === undefined ? [] : [sel];
    });
  for (const file of ctx.files) {
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'forRoutes')
        return;
      let names: string[] | undefined;
      let refs: GuardRef[] = [];
      const excluded: RouteSelector[] = [];
      for (
        let e: TS.Expression = node.expression.expression;
        ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression);
        e = e.expression.expression
      ) {
        if (e.expression.name.text === 'exclude') excluded.push(...selectors(file, e.arguments));
        if (e.expression.name.text === 'apply') {
          names = e.arguments.flatMap((a) => middlewareNames(ts, a));
          refs = e.arguments.map((expr) => ({ expr, file }));
          break;
        }
      }
      if (!names?.length) return;
      // Exclusions name selectors exactly; a wider exclusion is not modelled.
      const routes = selectors(file, node.arguments).filter(
        (r) => !excluded.some((x) => x.path === r.path && x.method === r.method && x.controller === r.controller),
      );
      out.push({ names, refs, routes });
    });
  }
  return out;
}

/** Nest's `cats/*` and `*` route patterns, as the matcher reads them. */
function nestPattern(path: string): string {
  return path === '*' || path === '(.*)' ? '*' : joinPaths(path.replace(/\(\.\*\)/g, '*'));
}

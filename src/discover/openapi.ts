import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isHttpPoint,
  type Diagnostic,
  type HttpPoint,
  type IntegrationPoint,
  type OpenApiDetails,
  type OpenApiSummary,
  type SpecParameter,
  type SpecResponse,
  type SpecSchema,
  type SpecSecurityScheme,
} from '../model.js';
import { isTestFile } from './walk.js';
import { isRecord } from './yaml-doc.js';

export interface OpenApiOperation extends OpenApiDetails {
  method: string;
  /** Served path in `:param` style, with the servers' base path. */
  path: string;
  /** Other paths the same operation may be served under (without the base path). */
  aliases: string[];
}

export type { OpenApiDetails, OpenApiSummary, SpecParameter, SpecResponse, SpecSchema, SpecSecurityScheme };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const CANDIDATE = /\.(?:ya?ml|json)$/i;
const NOT_SPECS = /(?:^|\/)(?:package(?:-lock)?\.json|tsconfig[^/]*\.json|jsconfig\.json|composer\.json|pnpm-lock\.yaml|\.eslintrc\.json)$/;
/** Larger files are data, not API descriptions. */
const MAX_SPEC_BYTES = 16 * 1024 * 1024;
const YAML_MARK = /^["']?(?:openapi|swagger)["']?[ \t]*:[ \t]*\S/m;
const JSON_MARK = /"(?:openapi|swagger)"\s*:\s*["\d]/;

export interface OpenApiInput {
  root: string;
  files: readonly { path: string; size: number }[];
  readText(file: string): string | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Reads every OpenAPI 3.x / Swagger 2.0 document of the repository and lists its operations. swagger-parser
 * parses and dereferences each one with HTTP off and file reads confined to the repository.
 */
export async function readOpenApi(input: OpenApiInput): Promise<{ documents: string[]; operations: OpenApiOperation[] }> {
  const candidates = input.files.filter(
    (f) => CANDIDATE.test(f.path) && !NOT_SPECS.test(f.path) && !isTestFile(f.path) && f.size <= MAX_SPEC_BYTES,
  );
  const documents: string[] = [];
  const operations: OpenApiOperation[] = [];
  const realRoot = await fs.realpath(input.root);
  for (const { path: file } of candidates) {
    const text = input.readText(file);
    if (text === undefined || !isSpecText(file, text)) continue;
    let api: Record<string, unknown>;
    const refused: string[] = [];
    try {
      api = await dereference(realRoot, path.join(input.root, file), text, refused);
    } catch (error) {
      input.diagnostics.push(specError(input.root, realRoot, file, text, refused[0] ?? error));
      continue;
    }
    documents.push(file);
    operations.push(...operationsOf(file, api, operationLines(text)));
  }
  return { documents, operations };
}

/**
 * A top-level `openapi`/`swagger` key holding a version. In YAML a top-level key starts at column 0, and
 * `openapi:` holding a mapping (some tool's settings) has nothing after the colon.
 */
function isSpecText(file: string, text: string): boolean {
  if (!file.toLowerCase().endsWith('.json')) return YAML_MARK.test(text);
  if (!JSON_MARK.test(text)) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Broken JSON that names a version: swagger-parser reports where it breaks.
    return true;
  }
  return isRecord(value) && ['openapi', 'swagger'].some((k) => typeof value[k] === 'string' || typeof value[k] === 'number');
}

/** `refused` receives the reason a `$ref`'d file could not be read (the library reports only that it failed). */
async function dereference(realRoot: string, abs: string, text: string, refused: string[]): Promise<Record<string, unknown>> {
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  const options = {
    resolve: {
      http: false,
      file: {
        // Local `$ref`s may name files inside the repository only.
        async read(info: { url: string }): Promise<Buffer> {
          const target = info.url.startsWith('file:') ? fileURLToPath(info.url) : decodeURIComponent(info.url);
          if (target === abs) return Buffer.from(text);
          const shown = `$ref file ${path.relative(path.dirname(abs), target)}`;
          const real = await fs.realpath(target).catch(() => undefined);
          let reason: string | undefined;
          if (!real) reason = 'does not exist';
          else if (real !== realRoot && !real.startsWith(realRoot + path.sep)) reason = 'is outside the repository (not read)';
          else {
            const stat = await fs.stat(real);
            if (!stat.isFile() || stat.size > MAX_SPEC_BYTES) reason = 'is not a regular file of at most 16 MB';
          }
          if (reason || !real) {
            refused.push(`${shown} ${reason}`);
            throw new Error(`${shown} ${reason}`);
          }
          return fs.readFile(real);
        },
      },
    },
    timeoutMs: 20_000,
  };
  return (await new SwaggerParser().dereference(abs, options as never)) as unknown as Record<string, unknown>;
}

/** One diagnostic per broken document: the reason, and the line where it breaks or of the offending `$ref`. */
function specError(root: string, realRoot: string, file: string, text: string, error: unknown): Diagnostic {
  const err = error as Error & { targetRef?: string };
  let message = (typeof error === 'string' ? error : (err.message ?? String(error))).split('\n')[0]!;
  for (const prefix of [realRoot + path.sep, path.resolve(root) + path.sep]) message = message.split(prefix).join('');
  // A YAML or JSON syntax error: `Error parsing <file>: <reason> (line:column)`.
  const syntax = /^Error parsing .*?: (.*) \((\d+):\d+\)$/.exec(message);
  if (syntax) return { file, line: Number(syntax[2]), message: `invalid OpenAPI document: ${syntax[1]}` };
  const needle = (err.targetRef ?? /"([^"]+)"/.exec(message)?.[1] ?? /^\$ref file (\S+)/.exec(message)?.[1])?.split('#');
  const fragment = needle ? needle[1] || path.basename(needle[0] ?? '') : undefined;
  if (/^Unable to resolve \$ref pointer "https?:/.test(message)) message += ' (remote references are not fetched)';
  const lines = text.split('\n');
  // Without a `$ref` to point at, the complaint is about the document itself: its version line.
  const index = fragment
    ? lines.findIndex((l) => l.includes('$ref') && l.includes(fragment))
    : needle
      ? -1
      : lines.findIndex((l) => /^\s*["']?(?:openapi|swagger)["']?\s*:/.test(l));
  return { file, line: index >= 0 ? index + 1 : undefined, message: `invalid OpenAPI document: ${message}` };
}

/**
 * Lines of `paths → <path> → <method>` keys, by a scan of the text: block-style YAML by indentation, JSON by
 * nesting. (Parsing with positions costs several times what swagger-parser's own parse does on big specs.)
 */
export function operationLines(text: string): Map<string, number> {
  return /^\s*\{/.test(text) ? jsonOperationLines(text) : yamlOperationLines(text);
}

function yamlOperationLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let inPaths = false;
  let pathIndent = -1;
  let methodIndent = -1;
  let current: string | undefined;
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indent = line.length - trimmed.length;
    if (indent === 0) {
      inPaths = /^["']?paths["']?\s*:\s*(?:#.*)?$/.test(line.trimEnd());
      pathIndent = -1;
      current = undefined;
      return;
    }
    if (!inPaths) return;
    if (pathIndent === -1) pathIndent = indent;
    if (indent === pathIndent) {
      current = /^(["']?)(.+?)\1\s*:/.exec(trimmed)?.[2];
      methodIndent = -1;
    } else if (indent > pathIndent && current !== undefined) {
      if (methodIndent === -1) methodIndent = indent;
      const method =
        indent === methodIndent ? /^(["']?)(get|put|post|delete|options|head|patch|trace)\1\s*:/.exec(trimmed)?.[2] : undefined;
      if (method) out.set(`${current} ${method}`, i + 1);
    }
  });
  return out;
}

function jsonOperationLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const keys: string[] = [];
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{' || c === '[') keys[++depth] = '';
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const value = text.slice(i + 1, j);
      i = j;
      let k = j + 1;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      if (text[k] !== ':') continue;
      keys[depth] = value;
      if (depth === 3 && keys[1] === 'paths' && (METHODS as readonly string[]).includes(value)) out.set(`${keys[2]} ${value}`, line);
    }
  }
  return out;
}

function operationsOf(file: string, api: Record<string, unknown>, lines: ReadonlyMap<string, number>): OpenApiOperation[] {
  const out: OpenApiOperation[] = [];
  const paths = isRecord(api.paths) ? api.paths : {};
  const schemes =
    isRecord(api.components) && isRecord(api.components.securitySchemes)
      ? api.components.securitySchemes
      : isRecord(api.securityDefinitions)
        ? api.securityDefinitions
        : {};
  const swagger2 = api.swagger !== undefined;
  const rootBases = swagger2 ? [typeof api.basePath === 'string' ? api.basePath : ''] : serverBases(api.servers);
  for (const [specPath, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    const bases = item.servers ? serverBases(item.servers) : rootBases;
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const opBases = op.servers ? serverBases(op.servers) : bases;
      const local = specPath.replace(/\{([^}/]+)\}/g, ':$1');
      const served = opBases.map((b) => joinPath(b, local));
      const parameters = mergeParameters(item.parameters, op.parameters);
      const details: OpenApiOperation = {
        method: method.toUpperCase(),
        path: served[0] ?? joinPath('', local),
        aliases: [...new Set([...served.slice(1), joinPath('', local)])].filter((p) => p !== served[0]),
        document: file,
        line: lines.get(`${specPath} ${method}`),
        parameters: parameters.filter((p) => p.in !== 'body' && p.in !== 'formData').map((p) => specParameter(p, swagger2)),
        responses: responsesOf(op.responses, swagger2, op.produces ?? api.produces),
        security: securityOf(op.security ?? api.security, schemes),
      };
      if (typeof op.operationId === 'string') details.operationId = op.operationId;
      const body = swagger2 ? swagger2Body(parameters, op.consumes ?? api.consumes) : requestBodyOf(op.requestBody);
      if (body) details.requestBody = body;
      out.push(details);
    }
  }
  return out;
}

/** The path part of each server URL, server variables replaced by their defaults. */
function serverBases(servers: unknown): string[] {
  if (!Array.isArray(servers) || servers.length === 0) return [''];
  const bases = servers.filter(isRecord).map((server) => {
    let url = typeof server.url === 'string' ? server.url : '';
    const vars = isRecord(server.variables) ? server.variables : {};
    url = url.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const v = vars[name];
      return isRecord(v) && v.default !== undefined ? String(v.default) : '';
    });
    if (url.startsWith('/')) return url;
    try {
      return new URL(url).pathname;
    } catch {
      return '';
    }
  });
  return [...new Set(bases.length ? bases : [''])];
}

function joinPath(base: string, local: string): string {
  const joined = `${base.replace(/\/+$/, '')}/${local.replace(/^\/+/, '')}`;
  return joined.length > 1 ? joined.replace(/\/+$/, '') : '/';
}

function mergeParameters(shared: unknown, own: unknown): Record<string, unknown>[] {
  const out = new Map<string, Record<string, unknown>>();
  for (const list of [shared, own]) {
    if (!Array.isArray(list)) continue;
    for (const p of list) if (isRecord(p)) out.set(`${String(p.in)}\0${String(p.name)}`, p);
  }
  return [...out.values()];
}

const SWAGGER2_SCHEMA_KEYS = [
  'type',
  'format',
  'items',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'default',
  'minItems',
  'maxItems',
];

function specParameter(p: Record<string, unknown>, swagger2: boolean): SpecParameter {
  const out: SpecParameter = { name: String(p.name), in: String(p.in), required: p.required === true || p.in === 'path' };
  const schema = swagger2 ? Object.fromEntries(SWAGGER2_SCHEMA_KEYS.filter((k) => p[k] !== undefined).map((k) => [k, p[k]])) : p.schema;
  if (isRecord(schema) && Object.keys(schema).length) out.schema = plain(schema) as SpecSchema;
  return out;
}

/** The JSON media type when there is one, else the first declared. */
function pickContent(content: unknown): { contentType: string; schema?: SpecSchema } | undefined {
  if (!isRecord(content)) return undefined;
  const types = Object.keys(content);
  const type = types.find((t) => t === 'application/json') ?? types.find((t) => /[/+]json\b/.test(t)) ?? types[0];
  if (type === undefined) return undefined;
  const media = content[type];
  const schema = isRecord(media) && isRecord(media.schema) ? (plain(media.schema) as SpecSchema) : undefined;
  return schema ? { contentType: type, schema } : { contentType: type };
}

function requestBodyOf(body: unknown): OpenApiDetails['requestBody'] {
  if (!isRecord(body)) return undefined;
  const content = pickContent(body.content);
  return content ? { required: body.required === true, ...content } : undefined;
}

function swagger2Body(parameters: Record<string, unknown>[], consumes: unknown): OpenApiDetails['requestBody'] {
  const contentType = firstJson(consumes);
  const body = parameters.find((p) => p.in === 'body');
  if (body)
    return {
      required: body.required === true,
      contentType,
      ...(isRecord(body.schema) ? { schema: plain(body.schema) as SpecSchema } : {}),
    };
  const form = parameters.filter((p) => p.in === 'formData');
  if (!form.length) return undefined;
  const properties = Object.fromEntries(form.map((p) => [String(p.name), specParameter(p, true).schema ?? {}]));
  const required = form.filter((p) => p.required === true).map((p) => String(p.name));
  const type =
    Array.isArray(consumes) && consumes.includes('multipart/form-data') ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
  return {
    required: required.length > 0,
    contentType: type,
    schema: { type: 'object', properties, ...(required.length ? { required } : {}) },
  };
}

function firstJson(types: unknown): string {
  if (!Array.isArray(types) || types.length === 0) return 'application/json';
  return (types.find((t) => typeof t === 'string' && /json/.test(t)) ?? types[0]) as string;
}

function responsesOf(responses: unknown, swagger2: boolean, produces: unknown): SpecResponse[] {
  if (!isRecord(responses)) return [];
  return Object.entries(responses)
    .filter(([, r]) => isRecord(r))
    .map(([status, r]) => {
      const res = r as Record<string, unknown>;
      const out: SpecResponse = { status };
      if (typeof res.description === 'string') out.description = res.description;
      if (swagger2) {
        if (isRecord(res.schema)) Object.assign(out, { contentType: firstJson(produces), schema: plain(res.schema) });
      } else {
        const content = pickContent(res.content);
        if (content) Object.assign(out, content);
      }
      return out;
    })
    .sort((a, b) => a.status.localeCompare(b.status));
}

function securityOf(requirements: unknown, schemes: Record<string, unknown>): SpecSecurityScheme[][] {
  if (!Array.isArray(requirements)) return [];
  return requirements.filter(isRecord).map((req) =>
    Object.entries(req).map(([name, scopes]) => {
      const def = isRecord(schemes[name]) ? schemes[name] : {};
      const out: SpecSecurityScheme = { name, scopes: Array.isArray(scopes) ? scopes.map(String) : [] };
      if (def.type === 'basic') Object.assign(out, { type: 'http', scheme: 'basic' });
      else if (typeof def.type === 'string') out.type = def.type;
      if (typeof def.scheme === 'string') out.scheme = def.scheme.toLowerCase();
      if (typeof def.in === 'string') out.in = def.in;
      if (def.type === 'apiKey' && typeof def.name === 'string') out.paramName = def.name;
      return out;
    }),
  );
}

const MAX_SCHEMA_DEPTH = 32;

/** A JSON-safe copy of a dereferenced value: shared parts stay shared, cycles become `{ $comment: 'circular' }`. */
/** Copies by source object, so a schema shared across a document is copied once (and kept shared). */
const copies = new WeakMap<object, unknown>();

function plain(value: unknown): unknown {
  const done = copies;
  const onPath = new Set<object>();
  const copy = (v: unknown, depth: number): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (onPath.has(v)) return { $comment: 'circular' };
    if (done.has(v)) return done.get(v);
    if (depth > MAX_SCHEMA_DEPTH) return { $comment: 'truncated' };
    onPath.add(v);
    const out = Array.isArray(v)
      ? v.map((x) => copy(x, depth + 1))
      : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x, depth + 1)]));
    onPath.delete(v);
    done.set(v, out);
    return out;
  };
  return copy(value, 0);
}

/** `/orders/:id` and `/orders/{orderId}` compare equal: parameter names and a trailing slash do not matter. */
function shape(p: string): string {
  const s = p
    .replace(/\{[^}/]+\}/g, ':')
    .replace(/:[A-Za-z0-9_$-]+\??/g, ':')
    .replace(/\/+$/, '');
  return s === '' ? '/' : s;
}

/**
 * Puts each operation on the http points it describes (`details.openapi`) and lists the drift both ways.
 * Only endpoints of packages that have a spec count as missing from it.
 */
export function attachOpenApi(
  points: IntegrationPoint[],
  found: { documents: string[]; operations: OpenApiOperation[] },
  owningDir: (file: string) => string,
): OpenApiSummary {
  if (found.documents.length === 0) return { documents: [], drift: { specOnly: [], codeOnly: [] } };
  const http = points.filter(isHttpPoint);
  const endpoint = (p: HttpPoint): { method: string; path: string } => {
    const space = p.key.indexOf(' ');
    return { method: p.key.slice(0, space).toUpperCase(), path: p.key.slice(space + 1) };
  };
  const matched = new Set<HttpPoint>();
  const specOnly = new Set<string>();
  for (const op of found.operations) {
    const shapes = new Set([op.path, ...op.aliases].map(shape));
    const hits = http.filter((p) => {
      const e = endpoint(p);
      return (e.method === op.method || e.method === 'ALL') && shapes.has(shape(e.path));
    });
    if (hits.length === 0) specOnly.add(`${op.method} ${op.path}`);
    const { method: _m, path: _p, aliases: _a, ...details } = op;
    for (const p of hits) {
      // The most specific operation wins when `ALL` matched several.
      if (!matched.has(p) || endpoint(p).method === op.method) p.details = { ...p.details, openapi: details };
      matched.add(p);
    }
  }
  const specDirs = new Set(found.documents.map(owningDir));
  const inScope = (file: string): boolean => [...specDirs].some((d) => d === '' || file === d || file.startsWith(`${d}/`));
  const codeOnly = http.filter((p) => !matched.has(p) && inScope(p.location.file)).map((p) => p.key);
  return { documents: found.documents, drift: { specOnly: [...specOnly].sort(), codeOnly: [...new Set(codeOnly)].sort() } };
}

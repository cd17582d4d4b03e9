import path from 'node:path';
import type { Diagnostic, EnvVariable, Infra, InfraService, ServiceName, TestFramework } from '../model.js';
import type { TypeScriptApi } from './parser.js';
import { isRecord, parseYaml } from './yaml-doc.js';

export type { EnvVariable, Infra, InfraService, TestFramework };

export interface InfraInput {
  paths: readonly string[];
  readText(file: string): string | undefined;
  diagnostics: Diagnostic[];
  ts: TypeScriptApi;
}

const COMPOSE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/;
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const ENV_FILE = /(?:^|\/)\.env\.(?:example|sample|test|template)$/;

export function readInfra(input: InfraInput): Infra {
  const services: InfraService[] = [];
  const env: EnvVariable[] = [];
  for (const file of input.paths) {
    if (COMPOSE.test(file)) services.push(...composeServices(file, input));
    else if (WORKFLOW.test(file)) services.push(...workflowServices(file, input));
    else if (ENV_FILE.test(file)) env.push(...envNames(file, input.readText(file)));
  }
  const packages = input.paths
    .filter((p) => path.posix.basename(p) === 'package.json')
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
    .map((file) => ({ file, json: readJson(input.readText(file)) }))
    .filter((p): p is { file: string; json: Record<string, unknown> } => p.json !== undefined);
  let testFramework: Infra['testFramework'];
  for (const { file, json } of packages) {
    testFramework = frameworkOf(file, json);
    if (testFramework) break;
  }
  const top = packages[0];
  const packageType = top?.json.type === 'module' ? 'module' : 'commonjs';
  const tsconfig = input.paths
    .filter((p) => path.posix.basename(p) === 'tsconfig.json')
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
  const tsconfigModule = tsconfig ? tsModule(tsconfig, input) : undefined;
  const system = packageType === 'module' || (tsconfigModule !== undefined && /^(?:es|preserve)/.test(tsconfigModule)) ? 'esm' : 'commonjs';
  const infra: Infra = { services, env, module: { packageType, system } };
  if (tsconfigModule) infra.module.tsconfigModule = tsconfigModule;
  if (testFramework) infra.testFramework = testFramework;
  return infra;
}

function yamlOf(file: string, what: string, input: InfraInput) {
  const text = input.readText(file);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    input.diagnostics.push({ file, line: parsed.line, message: `invalid ${what}: ${parsed.message}` });
    return undefined;
  }
  return parsed.doc;
}

function composeServices(file: string, input: InfraInput): InfraService[] {
  const doc = yamlOf(file, 'compose file', input);
  if (!doc || !isRecord(doc.value) || !isRecord(doc.value.services)) return [];
  return Object.entries(doc.value.services).flatMap(([name, def]) =>
    isRecord(def) ? [serviceOf(name, def, file, doc.lineOf(['services', name]))] : [],
  );
}

function workflowServices(file: string, input: InfraInput): InfraService[] {
  const doc = yamlOf(file, 'workflow', input);
  if (!doc || !isRecord(doc.value) || !isRecord(doc.value.jobs)) return [];
  const out: InfraService[] = [];
  for (const [job, def] of Object.entries(doc.value.jobs)) {
    if (!isRecord(def) || !isRecord(def.services)) continue;
    for (const [name, svc] of Object.entries(def.services)) {
      const spec = typeof svc === 'string' ? { image: svc } : svc;
      if (isRecord(spec)) out.push(serviceOf(`${job}/${name}`, spec, file, doc.lineOf(['jobs', job, 'services', name])));
    }
  }
  return out;
}

function serviceOf(name: string, def: Record<string, unknown>, file: string, line: number | undefined): InfraService {
  const image = typeof def.image === 'string' ? def.image : undefined;
  const out: InfraService = {
    name,
    service: image ? serviceOfImage(image) : 'none',
    ports: portsOf(def.ports),
    env: envOf(def.environment ?? def.env),
    file,
  };
  if (image) out.image = image;
  if (line !== undefined) out.line = line;
  return out;
}

function portsOf(ports: unknown): string[] {
  if (!Array.isArray(ports)) return [];
  return ports.flatMap((p) => {
    if (typeof p === 'string' || typeof p === 'number') return [String(p)];
    if (isRecord(p) && p.target !== undefined)
      return [p.published !== undefined ? `${String(p.published)}:${String(p.target)}` : String(p.target)];
    return [];
  });
}

/** Compose and workflows accept a mapping or a `KEY=value` list. */
function envOf(environment: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(environment)) {
    for (const item of environment) {
      if (typeof item !== 'string') continue;
      const eq = item.indexOf('=');
      if (eq === -1) out[item] = '';
      else out[item.slice(0, eq)] = item.slice(eq + 1);
    }
  } else if (isRecord(environment)) {
    for (const [k, v] of Object.entries(environment)) out[k] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

const IMAGES: [RegExp, ServiceName][] = [
  [/^(?:postgres(?:ql)?|postgis|timescaledb(?:-ha)?|pgvector)$/, 'postgres'],
  [/^(?:mysql(?:-server)?|mariadb|percona(?:-server)?)$/, 'mysql'],
  [/^(?:redis(?:-stack(?:-server)?)?|valkey|keydb|dragonfly)$/, 'redis'],
  [/^rabbitmq$/, 'rabbitmq'],
  [/^nats(?:-streaming)?$/, 'nats'],
  [/^(?:eclipse-)?mosquitto$|^emqx$|^hivemq(?:4|-ce)?$|^vernemq$|mqtt/, 'mqtt'],
  [/^(?:cp-)?kafka$|^cp-server$|^redpanda$/, 'kafka'],
  [/^mongo(?:db)?(?:-community-server)?$/, 'mongodb'],
  [/^memcached$/, 'memcached'],
  [/^localstack$|^elasticmq(?:-native)?$/, 'sqs'],
  [/pubsub/, 'pubsub'],
];

/** `bitnami/postgresql:16`, `docker.io/library/redis:7@sha256:…` → the service the image provides. */
export function serviceOfImage(image: string): ServiceName {
  const repo = image.toLowerCase().split('@')[0]!;
  const last = repo.split('/').at(-1)!.split(':')[0]!;
  return IMAGES.find(([re]) => re.test(last))?.[1] ?? 'none';
}

function envNames(file: string, text: string | undefined): EnvVariable[] {
  if (text === undefined) return [];
  const out: EnvVariable[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
    if (m) out.push({ name: m[1]!, file, line: i + 1 });
  });
  return out;
}

function readJson(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    // Already reported by the package reader.
    return undefined;
  }
}

const SCRIPT_FRAMEWORKS: [RegExp, TestFramework][] = [
  [/\bvitest\b/, 'vitest'],
  [/\bjest\b/, 'jest'],
  [/\bmocha\b/, 'mocha'],
  [/\b(?:node|tsx)\b[^&|;]*\s--test\b/, 'node:test'],
];

/** `scripts.test` says what really runs; other test scripts next; dependencies last. */
function frameworkOf(file: string, json: Record<string, unknown>): Infra['testFramework'] {
  const scripts = isRecord(json.scripts) ? json.scripts : {};
  const ordered = [
    scripts.test,
    ...Object.entries(scripts)
      .filter(([k]) => k !== 'test' && /test/.test(k))
      .map(([, v]) => v),
  ];
  for (const script of ordered) {
    if (typeof script !== 'string') continue;
    const hit = SCRIPT_FRAMEWORKS.find(([re]) => re.test(script));
    if (hit) return { name: hit[1], file, from: 'scripts' };
  }
  const deps = new Set([
    ...Object.keys(isRecord(json.devDependencies) ? json.devDependencies : {}),
    ...Object.keys(isRecord(json.dependencies) ? json.dependencies : {}),
  ]);
  const byDep: [string, TestFramework][] = [
    ['vitest', 'vitest'],
    ['jest', 'jest'],
    ['ts-jest', 'jest'],
    ['mocha', 'mocha'],
  ];
  const dep = byDep.find(([name]) => deps.has(name));
  return dep ? { name: dep[1], file, from: 'dependencies' } : undefined;
}

/** `compilerOptions.module`, following `extends` to files inside the repository. */
function tsModule(file: string, input: InfraInput): string | undefined {
  const seen = new Set<string>();
  for (let current: string | undefined = file; current && !seen.has(current);) {
    seen.add(current);
    const text = input.readText(current);
    if (text === undefined) return undefined;
    const { config, error } = input.ts.parseConfigFileTextToJson(current, text);
    if (error || !isRecord(config)) {
      const message = error ? input.ts.flattenDiagnosticMessageText(error.messageText, ' ') : 'not an object';
      const line = error?.file && error.start !== undefined ? error.file.getLineAndCharacterOfPosition(error.start).line + 1 : undefined;
      input.diagnostics.push({ file: current, line, message: `invalid tsconfig: ${message}` });
      return undefined;
    }
    const options = isRecord(config.compilerOptions) ? config.compilerOptions : {};
    if (typeof options.module === 'string') return options.module.toLowerCase();
    const base: string | undefined =
      typeof config.extends === 'string' && config.extends.startsWith('.')
        ? path.posix.normalize(path.posix.join(path.posix.dirname(current), config.extends))
        : undefined;
    current = base && !base.startsWith('..') ? (base.endsWith('.json') ? base : `${base}.json`) : undefined;
    if (current && !input.paths.includes(current)) return undefined;
  }
  return undefined;
}

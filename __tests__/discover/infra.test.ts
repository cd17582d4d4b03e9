import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { readInfra, serviceOfImage } from '../../src/discover/infra.js';
import { loadTypeScript } from '../../src/discover/parser.js';
import type { Diagnostic } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/infra');

describe('infrastructure hints', () => {
  it('reads compose services, workflow services, env example names, the test framework and the module system', async () => {
    const { infra, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(infra.services.map((s) => `${s.file}:${s.line} ${s.name} ${s.image ?? '-'} → ${s.service}`)).toEqual([
      '.github/workflows/test.yml:11 test/postgres postgres:15 → postgres',
      '.github/workflows/test.yml:19 test/redis redis:${{ matrix.redis }} → redis',
      'docker/compose.test.yaml:2 broker eclipse-mosquitto:2 → mqtt',
      'docker/compose.test.yaml:5 nats nats:2.10 → nats',
      'docker/compose.test.yaml:7 sessions memcached:1.6 → memcached',
      'docker/compose.test.yaml:9 legacy-db mariadb:11 → mysql',
      'docker-compose.yml:5 db postgres:16-alpine → postgres',
      'docker-compose.yml:14 cache docker.io/library/redis:7 → redis',
      'docker-compose.yml:18 queue rabbitmq:3-management → rabbitmq',
      'docker-compose.yml:26 events bitnami/kafka:3.7 → kafka',
      'docker-compose.yml:28 docs mongo:7 → mongodb',
      'docker-compose.yml:30 app - → none',
    ]);
    // Map and list `environment`, short and long port syntax, a merge key (`<<: *restart`) on the way.
    expect(infra.services.map((s) => [s.name, s.env, s.ports])).toEqual([
      ['test/postgres', { POSTGRES_PASSWORD: 'postgres' }, ['5432:5432']],
      ['test/redis', {}, ['6379:6379']],
      ['broker', {}, ['1883:1883']],
      ['nats', {}, []],
      ['sessions', {}, []],
      ['legacy-db', {}, []],
      ['db', { POSTGRES_USER: 'app', POSTGRES_PASSWORD: 'app', POSTGRES_DB: 'app_dev' }, ['5432:5432']],
      ['cache', {}, ['6379']],
      ['queue', { RABBITMQ_DEFAULT_USER: 'guest', RABBITMQ_DEFAULT_PASS: '' }, ['5673:5672']],
      ['events', {}, []],
      ['docs', {}, []],
      ['app', {}, []],
    ]);
    expect(infra.env).toEqual([
      { name: 'DATABASE_URL', file: '.env.example', line: 2 },
      { name: 'REDIS_URL', file: '.env.example', line: 3 },
      { name: 'AMQP_URL', file: '.env.example', line: 5 },
      { name: 'DATABASE_URL', file: '.env.test', line: 1 },
    ]);
    // `scripts.test` runs jest although mocha is installed too; tsconfig.json extends the base that sets the module.
    expect(infra.testFramework).toEqual({ name: 'jest', file: 'package.json', from: 'scripts' });
    expect(infra.module).toEqual({ packageType: 'commonjs', tsconfigModule: 'commonjs', system: 'commonjs' });
  });

  it('tells the test framework and module system from package.json and tsconfig variants', async () => {
    const ts = await loadTypeScript();
    const infraOf = (files: Record<string, string>) => {
      const diagnostics: Diagnostic[] = [];
      const infra = readInfra({ paths: Object.keys(files), readText: (f) => files[f], diagnostics, ts });
      return { testFramework: infra.testFramework, module: infra.module, diagnostics };
    };
    expect(
      infraOf({ 'package.json': JSON.stringify({ type: 'module', scripts: { test: 'node --import tsx --test test/*.test.ts' } }) }),
    ).toEqual({
      testFramework: { name: 'node:test', file: 'package.json', from: 'scripts' },
      module: { packageType: 'module', system: 'esm' },
      diagnostics: [],
    });
    // No test script: another test script, then the dependencies, decide.
    expect(infraOf({ 'package.json': JSON.stringify({ scripts: { 'test:unit': 'mocha -r ts-node/register' } }) }).testFramework).toEqual({
      name: 'mocha',
      file: 'package.json',
      from: 'scripts',
    });
    expect(
      infraOf({
        'package.json': JSON.stringify({ devDependencies: { vitest: '^5.0.0' } }),
        'tsconfig.json': '{ "compilerOptions": { "module": "ESNext" } }',
      }),
    ).toEqual({
      testFramework: { name: 'vitest', file: 'package.json', from: 'dependencies' },
      module: { packageType: 'commonjs', tsconfigModule: 'esnext', system: 'esm' },
      diagnostics: [],
    });
    // The root package has no framework; a workspace package has one.
    expect(
      infraOf({
        'package.json': JSON.stringify({ workspaces: ['packages/*'] }),
        'packages/api/package.json': JSON.stringify({ devDependencies: { jest: '^29.0.0' } }),
      }).testFramework,
    ).toEqual({ name: 'jest', file: 'packages/api/package.json', from: 'dependencies' });
    // A package.json that is not JSON is left to the package reader (which reports it); a broken tsconfig is reported here.
    expect(infraOf({ 'package.json': '{ "name": ', 'tsconfig.json': '{ "compilerOptions": { "module": } }' })).toEqual({
      testFramework: undefined,
      module: { packageType: 'commonjs', system: 'commonjs' },
      diagnostics: [{ file: 'tsconfig.json', line: 1, message: 'invalid tsconfig: Expression expected.' }],
    });
  });

  it('maps images to the service they provide', () => {
    expect(
      [
        'postgres',
        'postgis/postgis:16-3.4',
        'timescale/timescaledb:latest-pg16',
        'bitnami/postgresql:16',
        'mysql:8.4',
        'percona/percona-server:8.0',
        'bitnami/redis:7.2',
        'valkey/valkey:8',
        'redis/redis-stack-server:latest',
        'rabbitmq:3.13-management-alpine',
        'nats:latest',
        'emqx/emqx:5',
        'hivemq/hivemq4',
        'confluentinc/cp-kafka:7.6.0',
        'redpandadata/redpanda:v24.1.1',
        'mongodb/mongodb-community-server:7.0-ubi8',
        'memcached@sha256:0123',
        'localstack/localstack:3',
        'softwaremill/elasticmq-native',
        'messagebird/gcloud-pubsub-emulator',
        'nginx:1.27',
        'ghcr.io/acme/api:sha-1234',
      ].map((image) => `${image} → ${serviceOfImage(image)}`),
    ).toEqual([
      'postgres → postgres',
      'postgis/postgis:16-3.4 → postgres',
      'timescale/timescaledb:latest-pg16 → postgres',
      'bitnami/postgresql:16 → postgres',
      'mysql:8.4 → mysql',
      'percona/percona-server:8.0 → mysql',
      'bitnami/redis:7.2 → redis',
      'valkey/valkey:8 → redis',
      'redis/redis-stack-server:latest → redis',
      'rabbitmq:3.13-management-alpine → rabbitmq',
      'nats:latest → nats',
      'emqx/emqx:5 → mqtt',
      'hivemq/hivemq4 → mqtt',
      'confluentinc/cp-kafka:7.6.0 → kafka',
      'redpandadata/redpanda:v24.1.1 → kafka',
      'mongodb/mongodb-community-server:7.0-ubi8 → mongodb',
      'memcached@sha256:0123 → memcached',
      'localstack/localstack:3 → sqs',
      'softwaremill/elasticmq-native → sqs',
      'messagebird/gcloud-pubsub-emulator → pubsub',
      'nginx:1.27 → none',
      'ghcr.io/acme/api:sha-1234 → none',
    ]);
  });
});

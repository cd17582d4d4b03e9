import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTestScript, testInvocation } from '../../src/run/runners/test-script.js';

const of = (test: string, more: Record<string, string> = {}) => testInvocation({ test, ...more });

describe('how a test script invokes its runner', () => {
  it('reads the runner of a bare command and keeps its config', () => {
    expect(of('jest')).toEqual({ runner: 'jest', env: {}, nodeArgs: [], runnerArgs: [], script: 'jest' });
    expect(of('vitest run --config vitest.integration.config.ts').runnerArgs).toEqual(['--config', 'vitest.integration.config.ts']);
    expect(of('mocha').runner).toBe('mocha');
    expect(of('./node_modules/.bin/jest --config=jest.config.json').runnerArgs).toEqual(['--config=jest.config.json']);
  });

  it('picks the segment of a chained script that runs the runner', () => {
    expect(of('tsc --noEmit && jest -c jest.config.ts')).toMatchObject({ runner: 'jest', runnerArgs: ['-c', 'jest.config.ts'] });
    expect(of('npm run lint && npm run build; vitest run || echo failed', { lint: 'eslint .', build: 'tsc' })).toMatchObject({
      runner: 'vitest',
      runnerArgs: [],
    });
    expect(of('prisma generate && jest --runInBand 2>&1 | tee out.log').runnerArgs).toEqual(['--runInBand']);
  });

  it('leaves out files, globs, filters, watching, coverage and what the adapter sets', () => {
    expect(
      of(
        'jest --coverage --watchAll=false --ci --json --outputFile out.json -t "creates" src/ test/**/*.spec.ts --maxWorkers 2 --forceExit',
      ).runnerArgs,
    ).toEqual(['--maxWorkers', '2', '--forceExit']);
    expect(
      of('jest --setupFiles ./test/setup.js --testTimeout=30000 --bail --reporters default --reporters jest-junit').runnerArgs,
    ).toEqual(['--setupFiles', './test/setup.js', '--testTimeout=30000']);
    expect(of("mocha --require ts-node/register 'test/**/*.spec.ts' --timeout 10000 --exit --reporter spec -g users").runnerArgs).toEqual([
      '--require',
      'ts-node/register',
      '--timeout',
      '10000',
      '--exit',
    ]);
    expect(of('vitest --run --coverage.enabled --reporter=verbose --sequence.shuffle --root ./api').runnerArgs).toEqual([
      '--root',
      './api',
    ]);
  });

  it('reads leading assignments and cross-env into env, and NODE_OPTIONS into node options', () => {
    expect(of('NODE_ENV=test TZ=UTC jest')).toMatchObject({ runner: 'jest', env: { NODE_ENV: 'test', TZ: 'UTC' }, nodeArgs: [] });
    expect(of('NODE_OPTIONS=--experimental-vm-modules npx jest')).toMatchObject({
      runner: 'jest',
      env: {},
      nodeArgs: ['--experimental-vm-modules'],
    });
    expect(of('cross-env NODE_ENV=test NODE_OPTIONS="--experimental-vm-modules --no-warnings" jest --config ./jest.config.mjs')).toEqual({
      runner: 'jest',
      env: { NODE_ENV: 'test' },
      nodeArgs: ['--experimental-vm-modules', '--no-warnings'],
      runnerArgs: ['--config', './jest.config.mjs'],
      script: 'cross-env NODE_ENV=test NODE_OPTIONS="--experimental-vm-modules --no-warnings" jest --config ./jest.config.mjs',
    });
    expect(of('DATABASE_URL=$TEST_DATABASE_URL NODE_ENV=test NODE_OPTIONS="$NODE_OPTIONS --experimental-vm-modules" jest')).toMatchObject({
      runner: 'jest',
      env: { NODE_ENV: 'test' },
      nodeArgs: ['--experimental-vm-modules'],
    });
    expect(of("PGPASSWORD='pa$$word' jest --config $JEST_CONFIG --runInBand")).toMatchObject({
      env: { PGPASSWORD: 'pa$$word' },
      runnerArgs: ['--runInBand'],
    });
    expect(of('node --import=$LOADER --test').nodeArgs).toEqual([]);
    expect(of('export NODE_ENV=test && mocha')).toMatchObject({ runner: 'mocha', env: { NODE_ENV: 'test' } });
    expect(of('dotenv -e .env.test -- jest')).toMatchObject({ runner: 'jest', env: {} });
    expect(of('cross-env-shell DB=itw "jest --runInBand"')).toMatchObject({
      runner: 'jest',
      env: { DB: 'itw' },
      runnerArgs: ['--runInBand'],
    });
  });

  it('reads the runner behind node with its node options', () => {
    expect(of('node --experimental-vm-modules node_modules/jest/bin/jest.js --runInBand')).toMatchObject({
      runner: 'jest',
      nodeArgs: ['--experimental-vm-modules'],
      runnerArgs: ['--runInBand'],
    });
    expect(of('node --experimental-vm-modules node_modules/.bin/jest')).toMatchObject({
      runner: 'jest',
      nodeArgs: ['--experimental-vm-modules'],
    });
    expect(of('node --loader ts-node/esm node_modules/mocha/bin/mocha.js --exit')).toMatchObject({
      runner: 'mocha',
      nodeArgs: ['--loader', 'ts-node/esm'],
      runnerArgs: ['--exit'],
    });
    expect(of('node -r ts-node/register ./node_modules/mocha/bin/_mocha')).toMatchObject({
      runner: 'mocha',
      nodeArgs: ['-r', 'ts-node/register'],
    });
    expect(of('node scripts/seed.js').runner).toBeUndefined();
  });

  it('reads node --test and tsx --test as node:test, with test options apart from node options', () => {
    expect(of('node --test')).toEqual({ runner: 'node:test', env: {}, nodeArgs: [], runnerArgs: [], script: 'node --test' });
    expect(of("node --import tsx --test --test-concurrency=1 --test-reporter spec 'src/**/*.test.ts'")).toMatchObject({
      runner: 'node:test',
      nodeArgs: ['--import', 'tsx'],
      runnerArgs: ['--test-concurrency=1'],
    });
    expect(of('node --experimental-strip-types --test --experimental-test-coverage test/')).toMatchObject({
      runner: 'node:test',
      nodeArgs: ['--experimental-strip-types'],
      runnerArgs: [],
    });
    expect(of('node --require ts-node/register --test --watch test/*.test.ts')).toMatchObject({
      runner: 'node:test',
      nodeArgs: ['--require', 'ts-node/register'],
    });
    expect(of('tsx --test test/**/*.test.ts')).toMatchObject({ runner: 'node:test', nodeArgs: ['--import', 'tsx'], runnerArgs: [] });
    expect(of('NODE_ENV=test tsx --tsconfig tsconfig.test.json --test')).toMatchObject({
      runner: 'node:test',
      env: { NODE_ENV: 'test', TSX_TSCONFIG_PATH: 'tsconfig.test.json' },
      nodeArgs: ['--import', 'tsx'],
    });
    expect(of('tsx watch src/index.ts').runner).toBeUndefined();
  });

  it('follows a script the test script runs, with the arguments passed after --', () => {
    expect(of('npm run test:unit', { 'test:unit': 'jest --selectProjects unit' })).toEqual({
      runner: 'jest',
      env: {},
      nodeArgs: [],
      runnerArgs: ['--selectProjects', 'unit'],
      script: 'jest --selectProjects unit',
    });
    expect(of('npm run build && npm run test:ci -- --runInBand', { build: 'tsc', 'test:ci': 'jest --ci' })).toMatchObject({
      runner: 'jest',
      runnerArgs: ['--runInBand'],
      script: 'jest --ci',
    });
    expect(of('NODE_ENV=test yarn test:int', { 'test:int': 'mocha -r dotenv/config' })).toMatchObject({
      runner: 'mocha',
      env: { NODE_ENV: 'test' },
      runnerArgs: ['-r', 'dotenv/config'],
    });
    expect(of('pnpm run unit', { unit: 'NODE_OPTIONS=--experimental-vm-modules jest' })).toMatchObject({
      runner: 'jest',
      nodeArgs: ['--experimental-vm-modules'],
      env: {},
    });
    expect(of('npm run unit -- --test-concurrency=1 --import ./setup.js', { unit: 'node --test' })).toMatchObject({
      runner: 'node:test',
      nodeArgs: ['--import', './setup.js'],
      runnerArgs: ['--test-concurrency=1'],
    });
    expect(of('yarn jest --runInBand')).toMatchObject({ runner: 'jest', runnerArgs: ['--runInBand'] });
    expect(of('pnpm exec vitest run')).toMatchObject({ runner: 'vitest' });
  });

  it('finds no runner where the script names none or loops', () => {
    expect(of('echo "Error: no test specified" && exit 1')).toEqual({
      runner: undefined,
      env: {},
      nodeArgs: [],
      runnerArgs: [],
      script: 'echo "Error: no test specified" && exit 1',
    });
    expect(of('npm run test')).toMatchObject({ runner: undefined });
    expect(of('npm run a', { a: 'npm run b', b: 'npm run a' })).toMatchObject({ runner: undefined });
    expect(testInvocation({})).toMatchObject({ runner: undefined, script: '' });
  });

  it('reads the script from the repository package.json', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'itw-test-script-'));
    try {
      expect(readTestScript(dir)).toMatchObject({ runner: undefined, script: '' });
      await fs.writeFile(
        path.join(dir, 'package.json'),
        JSON.stringify({
          scripts: { test: 'npm run test:unit', 'test:unit': 'node --experimental-vm-modules node_modules/jest/bin/jest.js' },
        }),
      );
      expect(readTestScript(dir)).toMatchObject({ runner: 'jest', nodeArgs: ['--experimental-vm-modules'] });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

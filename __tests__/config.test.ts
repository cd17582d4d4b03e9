import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const workspace = '/work/space';

describe('parseConfig', () => {
  it('fills every default from the one list of inputs', () => {
    const config = parseConfig({}, workspace);
    expect(config).toEqual({
      mode: 'generate',
      root: workspace,
      include: [],
      exclude: [],
      testDir: path.join(workspace, 'test/integration/itw'),
      flakeRuns: 3,
      runTimeout: 0,
      generator: 'auto',
      anthropicApiKey: '',
      model: 'claude-sonnet-4-5',
      maxLlmCalls: 50,
      services: 'auto',
      allowedHosts: [],
      allowedDatabases: [],
      minCoverage: 0,
      failOnFlaky: false,
      junitPath: path.join(workspace, 'itw-report/junit.xml'),
      reportPath: path.join(workspace, 'itw-report/report.json'),
      cache: true,
    });
  });

  it('reads lists, numbers, shards and paths relative to working-directory', () => {
    const config = parseConfig(
      {
        'working-directory': 'svc',
        include: 'src/**, lib/**',
        'allowed-hosts': 'postgres\nredis',
        shard: '2/4',
        'flake-runs': '10',
        'test-dir': 'it',
      },
      workspace,
    );
    expect(config.root).toBe('/work/space/svc');
    expect(config.include).toEqual(['src/**', 'lib/**']);
    expect(config.allowedHosts).toEqual(['postgres', 'redis']);
    expect(config.shard).toEqual({ index: 2, total: 4 });
    expect(config.flakeRuns).toBe(10);
    expect(config.testDir).toBe('/work/space/svc/it');
  });

  it.each([
    ['87.5', 87.5],
    ['80', 80],
    [' 99.95 ', 99.95],
    ['100', 100],
    ['0', 0],
  ])('takes min-coverage %j as the percentage %d (coverage is reported with one decimal)', (value, expected) => {
    expect(parseConfig({ 'min-coverage': value }, workspace).minCoverage).toBe(expected);
  });

  it.each([
    [{ 'flake-runs': '0' }, 'flake-runs', 'Input "flake-runs" is "0"; give a whole number from 1 to 100.'],
    [{ 'flake-runs': '2.5' }, 'flake-runs', 'Input "flake-runs" is "2.5"; give a whole number from 1 to 100.'],
    [{ mode: 'fix' }, 'mode', 'Input "mode" is "fix"; allowed: audit, generate, verify, merge.'],
    [{ 'test-dir': '../../etc' }, 'test-dir', 'Input "test-dir" "../../etc" resolves outside /work/space; give a path inside it.'],
    [{ 'test-dir': '/etc' }, 'test-dir', 'Input "test-dir" "/etc" resolves outside /work/space; give a path inside it.'],
    [
      { 'test-dir': '.' },
      'test-dir',
      'Input "test-dir" is the service root itself; give a folder inside it, such as test/integration/itw.',
    ],
    [
      { 'working-directory': '../elsewhere' },
      'working-directory',
      'Input "working-directory" "../elsewhere" resolves outside /work/space; give a path inside it.',
    ],
    [{ shard: '5/4' }, 'shard', 'Input "shard" is "5/4"; give "index/total" with 1 ≤ index ≤ total, for example "2/4".'],
    [{ shard: 'two' }, 'shard', 'Input "shard" is "two"; give "index/total" with 1 ≤ index ≤ total, for example "2/4".'],
    [{ services: 'docker' }, 'services', 'Input "services" is "docker"; allowed: auto, env, testcontainers, embedded, none.'],
    [{ 'fail-on-flaky': 'yes' }, 'fail-on-flaky', 'Input "fail-on-flaky" is "yes"; allowed: true, false.'],
    [{ 'min-coverage': '101' }, 'min-coverage', 'Input "min-coverage" is "101"; give a percentage from 0 to 100, such as 80 or 87.5.'],
    [{ 'min-coverage': '100.5' }, 'min-coverage', 'Input "min-coverage" is "100.5"; give a percentage from 0 to 100, such as 80 or 87.5.'],
    [{ 'min-coverage': 'abc' }, 'min-coverage', 'Input "min-coverage" is "abc"; give a percentage from 0 to 100, such as 80 or 87.5.'],
    [{ 'min-coverage': '-1' }, 'min-coverage', 'Input "min-coverage" is "-1"; give a percentage from 0 to 100, such as 80 or 87.5.'],
    [{ 'min-coverage': '1e3' }, 'min-coverage', 'Input "min-coverage" is "1e3"; give a percentage from 0 to 100, such as 80 or 87.5.'],
    [{ 'min-coverage': '87.' }, 'min-coverage', 'Input "min-coverage" is "87."; give a percentage from 0 to 100, such as 80 or 87.5.'],
    [{ 'min-coverage': '0x50' }, 'min-coverage', 'Input "min-coverage" is "0x50"; give a percentage from 0 to 100, such as 80 or 87.5.'],
    [
      { generator: 'claude' },
      'anthropic-api-key',
      'Input "generator" is "claude" but "anthropic-api-key" is empty; give a key or use generator: template.',
    ],
    [{ 'allowed-hosts': 'http://db' }, 'allowed-hosts', 'Input "allowed-hosts" has "http://db"; give bare host names such as "postgres".'],
    [{ flake_runs: '3' }, 'flake_runs', expect.stringContaining('Unknown input "flake_runs"')],
  ])('refuses %j naming the input, the value and what is allowed', (inputs, input, message) => {
    let error: unknown;
    try {
      parseConfig(inputs as Record<string, string>, workspace);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe(input);
    expect((error as ConfigError).message).toEqual(message);
  });
});

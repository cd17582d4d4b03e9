import { describe, expect, it } from 'vitest';
import { createMasker } from '../../src/safety/mask.js';

const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const NPM = 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

describe('the masker', () => {
  const masker = createMasker({
    AWS_SECRET_ACCESS_KEY: AWS_SECRET,
    NPM_TOKEN: NPM,
    SESSION_SECRET: 'a"quoted<secret>&more',
    POSTGRES_PASSWORD: 'postgres',
    PIN_CODE_PASSWORD: '1234',
    DATABASE_URL: 'postgres://app:Db%2FPassw0rd@127.0.0.1:5432/app_test',
    PATH: '/usr/bin',
    HOME: '/home/runner',
  });

  it('masks the values of secret-looking variables, also as JSON, XML and URL text', () => {
    expect(masker.mask(`key=${AWS_SECRET} token=${NPM}`)).toBe('key=*** token=***');
    expect(masker.mask(JSON.stringify({ m: 'a"quoted<secret>&more' }))).toBe('{"m":"***"}');
    expect(masker.mask('<failure message="a&quot;quoted&lt;secret&gt;&amp;more"/>')).toBe('<failure message="***"/>');
    expect(masker.mask(`?k=${encodeURIComponent(AWS_SECRET)}`)).toBe('?k=***');
  });

  it('masks passwords of URLs, from the environment and wherever a URL appears', () => {
    expect(masker.mask('connect postgres://app:Db%2FPassw0rd@127.0.0.1:5432/app_test failed')).toBe(
      'connect postgres://app:***@127.0.0.1:5432/app_test failed',
    );
    expect(masker.mask('the password is Db/Passw0rd')).toBe('the password is ***');
    expect(masker.mask('redis://:other-pw@127.0.0.1:6379 and mysql://u@h/db?password=hunter22')).toBe(
      'redis://:***@127.0.0.1:6379 and mysql://u@h/db?password=***',
    );
  });

  it('masks known token shapes even when no variable holds them', () => {
    const shapes = [
      'ghp_0123456789abcdefghijABCDEFGHIJ012345',
      'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
      'npm_zyxwvutsrqponmlkjihgfedcba9876543210',
      'AKIAIOSFODNN7EXAMPLE',
      'sk-ant-api03-abcdefghijklmnop_qrs',
      'xoxb-1234567890-abcdefghij',
    ];
    for (const token of shapes) expect(masker.mask(`value: ${token}.`), token).toBe('value: ***.');
  });

  it('leaves ordinary words alone: short values and lower-case words are not masked by value', () => {
    expect(masker.mask('service postgres on /home/runner, pin 1234')).toBe('service postgres on /home/runner, pin 1234');
  });

  it('masks every string of a report, and lists the values the action registers as secrets', () => {
    const report = { outcomes: [{ failure: { message: `got ${NPM}` }, runs: ['failed'] }], count: 1 };
    expect(masker.maskDeep(report)).toEqual({ outcomes: [{ failure: { message: 'got ***' }, runs: ['failed'] }], count: 1 });
    expect(masker.values).toContain(AWS_SECRET);
    expect(masker.values).toContain('Db/Passw0rd');
    expect(masker.values).not.toContain('postgres');
  });
});

import { describe, expect, it } from 'vitest';
import { endpointOf, joinPath, renderPath } from '../../src/discover/detectors/external/external-common.js';
import { withWildcards } from '../../src/discover/detectors/queue/queue-common.js';
import { render, staticPrefix, type Part } from '../../src/discover/detectors/track/values.js';

const text = (t: string): Part => ({ kind: 'text', text: t });
const env = (name: string): Part => ({ kind: 'env', name });
const unknown: Part = { kind: 'unknown' };

describe('endpoints of outbound URLs', () => {
  it('takes the origin of an absolute URL and the path under it', () => {
    expect(endpointOf([text('https://API.example.com:443/v1/charges?expand=x')])).toEqual({
      target: 'https://api.example.com',
      path: '/v1/charges',
    });
    expect(endpointOf([text('http://localhost:4001')])).toEqual({ target: 'http://localhost:4001', path: '/' });
    expect(endpointOf([text('https://api.example.com'), unknown])).toEqual({ target: 'https://api.example.com', path: '/*' });
  });

  it('names an environment variable base env:NAME', () => {
    expect(endpointOf([env('PAYMENTS_URL'), text('/charges/'), unknown])).toEqual({ target: 'env:PAYMENTS_URL', path: '/charges/*' });
  });

  it('skips URLs whose host is not known, and relative URLs without a base', () => {
    expect(endpointOf([text('https://'), unknown, text('/v1')])).toBeUndefined();
    expect(endpointOf([text('https://api.'), unknown])).toBeUndefined();
    expect(endpointOf([text('/api/ping')])).toBeUndefined();
    expect(endpointOf([unknown])).toBeUndefined();
  });

  it('resolves relative URLs against a base', () => {
    const base = { target: 'https://api.carrier.example.com', path: '/v2' };
    expect(endpointOf([text('quotes')], base)).toEqual({ target: 'https://api.carrier.example.com', path: '/v2/quotes' });
    expect(endpointOf([text('https://other.example.com/x')], base)).toEqual({ target: 'https://other.example.com', path: '/x' });
    expect(joinPath('/', 'x')).toBe('/x');
    expect(renderPath([text('/search?q='), unknown])).toBe('/search');
  });
});

describe('names of queues and keys', () => {
  it('renders known names, env variables and key prefixes', () => {
    expect(render([text('orders')])).toBe('orders');
    expect(render([env('QUEUE')])).toBe('env:QUEUE');
    expect(render([env('ENV'), text('-orders')])).toBe('${ENV}-orders');
    expect(render([text('session:'), unknown])).toBeUndefined();
    expect(staticPrefix([text('session:'), unknown, text(':x')])).toBe('session:');
  });

  it('turns unknown whole tokens into broker wildcards', () => {
    expect(withWildcards([text('devices/'), unknown, text('/telemetry')], { token: '+', separator: '/' })).toBe('devices/+/telemetry');
    expect(withWildcards([text('inventory.low.'), unknown], { token: '*', separator: '.' })).toBe('inventory.low.*');
    expect(withWildcards([text('devices/dev-'), unknown], { token: '+', separator: '/' })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { DYNAMIC, httpCalls, pathMatches } from '../../src/cover/http-calls.js';
import { createParser, loadTypeScript } from '../../src/discover/parser.js';

const source = `
import request from 'supertest';
describe('orders', () => {
  it('lists', async () => {
    await fetch(\`\${baseUrl}/api/orders?limit=5\`);
  });
  it('creates', async () => {
    await fetch(baseUrl + '/api/orders', { method: 'POST', body: '{}' });
    await request(app).patch(\`/api/orders/\${id}/status\`);
  });
  test('helpers', async () => {
    await app.request('DELETE', \`/api/orders/\${order.id}\`);
    await server.inject({ method: 'PUT', url: '/api/orders/7' });
    await axios.get('http://127.0.0.1:3000/health');
  });
});
`;

describe('the HTTP calls a test file makes', () => {
  it('reads fetch, supertest-style verbs, method-first helpers and inject objects, with the test that makes them', async () => {
    const ts = await loadTypeScript();
    const calls = httpCalls(ts, createParser(ts).parse('orders.test.ts', source));
    expect(calls.map((c) => [c.method, c.path.replaceAll(DYNAMIC, '${}'), c.test, c.line])).toEqual([
      ['GET', '/api/orders', 'orders › lists', 5],
      ['POST', '/api/orders', 'orders › creates', 8],
      ['PATCH', '/api/orders/${}/status', 'orders › creates', 9],
      ['DELETE', '/api/orders/${}', 'orders › helpers', 12],
      ['PUT', '/api/orders/7', 'orders › helpers', 13],
      ['GET', '/health', 'orders › helpers', 14],
    ]);
  });

  it('matches concrete and computed paths against route patterns', () => {
    expect(pathMatches('/api/orders/:id', '/api/orders/7')).toBe(true);
    expect(pathMatches('/api/orders/:id', `/api/orders/${DYNAMIC}`)).toBe(true);
    expect(pathMatches('/api/orders/:id', '/api/orders')).toBe(false);
    expect(pathMatches('/api/orders/:id/status', '/api/orders/7/items')).toBe(false);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, assert, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/discover');

const ORDER = {
  type: 'object',
  required: ['id', 'item'],
  properties: { id: { type: 'integer' }, item: { type: 'string' }, replaces: { $comment: 'circular' } },
};
const API_KEY = [[{ name: 'apiKey', scopes: [], type: 'apiKey', in: 'header', paramName: 'X-Api-Key' }]];

describe('OpenAPI 3.0 split over files', () => {
  it('puts each operation on its endpoint, with the servers base path, resolved $refs and security', async () => {
    const { points, diagnostics, openapi } = await discover(path.join(fixtures, 'openapi'));
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      'http express DELETE /api/v1/orders/:id src/routes.ts:18',
      'http express GET /api/v1/internal/metrics src/routes.ts:22',
      'http express GET /api/v1/orders src/routes.ts:6',
      'http express GET /api/v1/orders/:id src/routes.ts:14',
      'http express POST /api/v1/orders src/routes.ts:10',
    ]);
    const spec = Object.fromEntries(points.filter(isHttpPoint).map((p) => [p.key, p.details.openapi]));
    expect(spec['DELETE /api/v1/orders/:id']).toBeUndefined();
    expect(spec['GET /api/v1/internal/metrics']).toBeUndefined();
    expect(spec['GET /api/v1/orders']).toEqual({
      document: 'api/openapi.yaml',
      line: 14,
      operationId: 'listOrders',
      parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100 } }],
      responses: [{ status: '200', description: 'the orders', contentType: 'application/json', schema: { type: 'array', items: ORDER } }],
      security: API_KEY,
    });
    expect(spec['POST /api/v1/orders']).toEqual({
      document: 'api/openapi.yaml',
      line: 32,
      operationId: 'createOrder',
      parameters: [],
      requestBody: {
        required: true,
        contentType: 'application/json',
        schema: {
          type: 'object',
          required: ['item', 'quantity'],
          properties: { item: { type: 'string', minLength: 1 }, quantity: { type: 'integer', minimum: 1 } },
        },
      },
      responses: [
        { status: '201', description: 'created', contentType: 'application/json', schema: ORDER },
        { status: '400', description: 'invalid order' },
        { status: '401', description: 'no or bad token' },
      ],
      security: [[{ name: 'bearerAuth', scopes: [], type: 'http', scheme: 'bearer' }]],
    });
    // Path-level parameters apply; `security: []` opens an operation the document guards by default.
    expect(spec['GET /api/v1/orders/:id']).toEqual({
      document: 'api/openapi.yaml',
      line: 60,
      operationId: 'getOrder',
      parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: [
        { status: '200', description: 'one order', contentType: 'application/json', schema: ORDER },
        { status: '404', description: 'no such order' },
      ],
      security: [],
    });
    expect(openapi).toEqual({
      documents: ['api/openapi.yaml'],
      drift: {
        specOnly: ['POST /api/v1/orders/:orderId/refunds'],
        codeOnly: ['DELETE /api/v1/orders/:id', 'GET /api/v1/internal/metrics'],
      },
    });
    // The details stay plain data: the cycle in Order was cut, so the report serialises.
    expect(() => JSON.stringify(points)).not.toThrow();
  });
});

describe('Swagger 2.0 in JSON', () => {
  it('reads basePath, body and formData parameters, and basic/apiKey security alternatives', async () => {
    const { points, diagnostics, openapi } = await discover(path.join(fixtures, 'openapi-swagger2'));
    expect(diagnostics).toEqual([]);
    assert(points.every(isHttpPoint));
    const pet = { type: 'object', required: ['name'], properties: { id: { type: 'integer', format: 'int64' }, name: { type: 'string' } } };
    const apiKey = [{ name: 'api_key', scopes: [], type: 'apiKey', in: 'header', paramName: 'api_key' }];
    expect(points.map((p) => [`${p.key} ${p.location.file}:${p.location.line}`, p.details.openapi])).toEqual([
      [
        'GET /v2/pets/:petId src/server.js:10',
        {
          document: 'swagger.json',
          line: 25,
          operationId: 'getPet',
          parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'integer', format: 'int64' } }],
          responses: [
            { status: '200', description: 'the pet', contentType: 'application/json', schema: pet },
            { status: '404', description: 'no such pet' },
          ],
          security: [apiKey],
        },
      ],
      [
        'POST /v2/pets src/server.js:6',
        {
          document: 'swagger.json',
          line: 14,
          operationId: 'addPet',
          parameters: [],
          requestBody: { required: true, contentType: 'application/json', schema: pet },
          responses: [
            { status: '201', description: 'created', contentType: 'application/json', schema: pet },
            { status: '405', description: 'invalid input' },
          ],
          security: [[{ name: 'basicAuth', scopes: [], type: 'http', scheme: 'basic' }], apiKey],
        },
      ],
      [
        'POST /v2/pets/:petId/photo src/server.js:14',
        {
          document: 'swagger.json',
          line: 35,
          operationId: 'uploadPhoto',
          parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'integer' } }],
          requestBody: {
            required: true,
            contentType: 'multipart/form-data',
            schema: { type: 'object', properties: { caption: { type: 'string' }, file: { type: 'file' } }, required: ['file'] },
          },
          responses: [{ status: '204', description: 'stored' }],
          security: [apiKey],
        },
      ],
    ]);
    expect(openapi).toEqual({ documents: ['swagger.json'], drift: { specOnly: [], codeOnly: [] } });
  });
});

describe('documents that cannot be used', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const spec = (ref: string): string => `openapi: 3.0.3
info:
  title: t
  version: '1'
paths:
  /things:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '${ref}'
`;

  it('reports each once with the file, the line and the reason, reads no file outside the repository and fetches nothing', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itw-openapi-'));
    const repo = path.join(dir, 'repo');
    fs.mkdirSync(path.join(repo, 'specs'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'secret.yaml'), 'type: string\n');
    fs.writeFileSync(path.join(repo, 'package.json'), '{ "name": "specs" }');
    fs.writeFileSync(path.join(repo, 'specs/bad-yaml.yaml'), "openapi: 3.0.3\ninfo:\n  title: t\n   version: '1'\npaths: {}\n");
    fs.writeFileSync(path.join(repo, 'specs/missing-pointer.yaml'), spec('#/components/schemas/Thing'));
    fs.writeFileSync(path.join(repo, 'specs/missing-file.yaml'), spec('./thing.yaml'));
    fs.writeFileSync(path.join(repo, 'specs/outside.yaml'), spec('../../secret.yaml'));
    fs.writeFileSync(path.join(repo, 'specs/remote.yaml'), spec('https://schemas.example.com/thing.json'));
    fs.writeFileSync(
      path.join(repo, 'specs/version.json'),
      '{\n  "openapi": "2.5.0",\n  "info": { "title": "t", "version": "1" },\n  "paths": {}\n}\n',
    );
    fs.writeFileSync(path.join(repo, 'specs/no-paths.yaml'), "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n");
    // A tool's settings under an `openapi:` key, and a plain YAML file: neither is a spec, neither is reported.
    fs.writeFileSync(path.join(repo, 'specs/settings.yaml'), 'openapi:\n  output: docs/\n');
    fs.writeFileSync(path.join(repo, 'specs/list.yaml'), '- a\n- b\n');
    fs.writeFileSync(
      path.join(repo, 'specs/good.yaml'),
      spec('#/components/schemas/Thing') + 'components:\n  schemas:\n    Thing:\n      type: string\n',
    );

    const { diagnostics, openapi } = await discover(repo);
    expect(diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.message}`).sort()).toEqual([
      'specs/bad-yaml.yaml:4 invalid OpenAPI document: bad indentation of a mapping entry',
      'specs/missing-file.yaml:14 invalid OpenAPI document: $ref file thing.yaml does not exist',
      'specs/missing-pointer.yaml:14 invalid OpenAPI document: Missing $ref pointer "#/components/schemas/Thing". Token "components" does not exist.',
      'specs/no-paths.yaml:1 invalid OpenAPI document: specs/no-paths.yaml is not a valid Openapi API definition',
      'specs/outside.yaml:14 invalid OpenAPI document: $ref file ../../secret.yaml is outside the repository (not read)',
      'specs/remote.yaml:14 invalid OpenAPI document: Unable to resolve $ref pointer "https://schemas.example.com/thing.json" (remote references are not fetched)',
      'specs/version.json:2 invalid OpenAPI document: Unsupported OpenAPI version: 2.5.0. Swagger Parser only supports versions 3.1.0, 3.1.1, 3.1.2, 3.0.0, 3.0.1, 3.0.2, 3.0.3, 3.0.4',
    ]);
    expect(openapi).toEqual({ documents: ['specs/good.yaml'], drift: { specOnly: ['GET /things'], codeOnly: [] } });
  });
});

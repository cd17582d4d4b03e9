import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/express-commonjs-exports');

describe('express apps exported the CommonJS ways', () => {
  it('names the export a test reaches each app through: an instance or a factory, by the name it is exported under', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    assert(points.every(isHttpPoint));
    const entries = Object.fromEntries(points.map((p) => [p.key, p.details.app]));
    const entry = (file: string, name: string, type: string) => ({ file, framework: 'express', export: { name, type } });
    expect(entries).toEqual({
      // module.exports = app
      'GET /instance': entry('src/instance.js', 'default', 'instance'),
      // exports.createArrowApp = () => { … }
      'GET /arrow': entry('src/arrow.js', 'createArrowApp', 'factory'),
      // module.exports = function createApp() { … }
      'GET /named-default': entry('src/named-default.js', 'default', 'factory'),
      // module.exports = { createRenamedApp: buildApp }
      'GET /renamed': entry('src/renamed.js', 'createRenamedApp', 'factory'),
      // module.exports = { createShorthandApp }
      'GET /shorthand': entry('src/shorthand.js', 'createShorthandApp', 'factory'),
    });
  });
});

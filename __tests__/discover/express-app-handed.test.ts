import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/express-app-handed');

describe('express apps handed to the functions that mount routes on them', () => {
  it('follows the app into `require(…)(app)`, a module that only calls others, a method of a required module and a loop', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    expect(points.map((p) => `${p.kind} ${p.key} ${p.location.file}:${p.location.line}`)).toEqual([
      // `[require('./routes/labels')].forEach((mount) => mount(app))`: each function the loop calls gets the app.
      'http DELETE /api/labels/:name src/routes/labels.js:2',
      // `for (const router of [reports, audits]) app.use('/api', router)`: each router the loop walks, not the app's own
      // `router` of the same name.
      'http GET /api/audits src/routes/audits.js:4',
      // `require('./routes/projects')(app)`: the router the module mounts on the app it is given; `/:id(\\d+)` keyed as `/:id`.
      'http GET /api/projects src/routes/projects.js:6',
      'http GET /api/projects/:id src/routes/projects.js:10',
      'http GET /api/reports src/routes/reports.js:4',
      // `mountAll(app)` (a module with no route of its own, and no index) hands the app to `users.mount(app)` …
      'http GET /api/users src/routes/users.js:2',
      'http GET /ping src/app.js:10',
      // … and to `mountTasks(app)`, imported from `module.exports = { mountTasks }`.
      'http POST /api/tasks src/routes/tasks.js:5',
      // Not `GET /api/never`: `users.unused` is never handed an app.
    ]);
    const app = { file: 'src/app.js', framework: 'express', export: { name: 'createApp', type: 'factory' } };
    for (const p of points.filter(isHttpPoint)) expect(p.details.app).toEqual(app);
    const byKey = new Map(points.filter(isHttpPoint).map((p) => [p.key, p.details]));
    expect(byKey.get('GET /api/projects/:id')).toMatchObject({ params: ['id'], statuses: [404] });
  });
});

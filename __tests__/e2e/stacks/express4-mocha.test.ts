/**
 * `itw generate` on the express4-mocha fixture (Express 4 in CommonJS: an exported `createApp()` that hands the app to
 * route modules (`module.exports = (app) => { …; app.use('/api/projects', router) }`), ids constrained inline as
 * `/:id(\\d+)`, hand-written validation, an async wrapper, an error handler mapping pg errors to 409/422; Mocha with
 * Chai and a `.mocharc.json` without `exit`), as a user runs it, then checked the way their CI would.
 */
import { expect } from 'vitest';
import { describeStack, expectGeneratedFiles } from '../../helpers/stack.js';

/** Every endpoint but the health route (the fixture's own test covers it), with the error scenarios its code answers. */
const EXPECTED: Record<string, RegExp[]> = {
  'POST /api/projects': [/without its required fields .* 400/, /malformed JSON with 400/, /409 when the slug is already taken/],
  'GET /api/projects': [],
  'GET /api/projects/:id': [/404 for a project that does not exist/],
  'PATCH /api/projects/:id': [/malformed JSON with 400/, /404 for a project that does not exist/],
  'DELETE /api/projects/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a project that does not exist/],
  'POST /api/tasks': [/without its required fields .* 400/, /malformed JSON with 400/, /422 when projectId names no existing record/],
  'GET /api/tasks': [],
  'GET /api/tasks/:id': [/404 for a task that does not exist/],
  'PUT /api/tasks/:id': [/without its required fields .* 400/, /malformed JSON with 400/, /404 for a task that does not exist/],
  'DELETE /api/tasks/:id': [/without credentials with 401/, /wrong bearer token with 401/, /404 for a task that does not exist/],
};

describeStack('express4-mocha', {
  runner: 'mocha',
  expected: EXPECTED,
  typecheck: false,
  // Named so that the repository's `.mocharc.json` spec (`test/**/*.test.js`) runs them.
  checkRun: (run) => expectGeneratedFiles(run, ['projects.itw.test.js', 'tasks.itw.test.js']),
  checkOwnTests: (output, run) => {
    // Mocha names suites, not files: every kept scenario and the fixture's own health test pass, none fails.
    const kept = run.report.generated.reduce((n, g) => n + g.scenarios.length, 0);
    expect(kept).toBeGreaterThan(0);
    expect(output).toMatch(new RegExp(`\\b${kept + 1} passing\\b`));
    expect(output).not.toMatch(/\bfailing\b/);
  },
});

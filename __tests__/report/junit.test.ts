import { XmlDocument, XmlElement } from 'libxml2-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { junitXml } from '../../src/report/junit.js';
import { FILES, outcome, ordersReport } from './factory.js';
import { attrs, elements, junitSchemas } from './junit-schemas.js';

const schemas = junitSchemas();
const validate = schemas.validate;
afterAll(() => schemas.dispose());

function parse(xml: string): XmlDocument {
  return XmlDocument.fromString(xml);
}

describe('junitXml', () => {
  it('is valid against Surefire 3.0 and the Jenkins xUnit JUnit schema', () => {
    const xml = junitXml(ordersReport());
    expect(validate(xml)).toEqual({ surefire: [], jenkins: [] });
  });

  it('writes one suite per test file with counts, times, whose tests they are and the flake-run properties', () => {
    const doc = parse(junitXml(ordersReport()));
    expect(attrs(elements(doc, '/testsuites')[0]!)).toEqual({ name: 'itw', tests: '8', failures: '1', errors: '0', skipped: '1' });
    expect(elements(doc, '/testsuites/testsuite').map((s) => attrs(s))).toEqual([
      { name: FILES.app, tests: '1', failures: '0', errors: '0', skipped: '0', time: '0.138' },
      { name: FILES.cache, tests: '2', failures: '0', errors: '0', skipped: '0', time: '0.276' },
      { name: FILES.post, tests: '2', failures: '0', errors: '0', skipped: '0', time: '0.276' },
      { name: FILES.orders, tests: '2', failures: '1', errors: '0', skipped: '0', time: '0.276' },
      { name: FILES.payments, tests: '1', failures: '0', errors: '0', skipped: '1', time: '0' },
    ]);
    const properties = (file: string) => elements(doc, `//testsuite[@name='${file}']/properties/property`).map((p) => attrs(p));
    expect(properties(FILES.post)).toEqual([
      { name: 'itw.origin', value: 'generated' },
      { name: 'itw.flakeRuns', value: '10' },
      { name: 'itw.seeds', value: '101,102,103,104,105,106,107,108,109,110' },
      { name: 'itw.droppedGeneratedTests', value: '1' },
    ]);
    expect(properties(FILES.orders)[0]).toEqual({ name: 'itw.origin', value: 'repository' });
    doc.dispose();
  });

  it('leaves out the generated tests that were dropped: no <failure>, no case, nothing pointing at a removed file', () => {
    const report = ordersReport();
    const xml = junitXml(report);
    expect(validate(xml)).toEqual({ surefire: [], jenkins: [] });
    const doc = parse(xml);
    const names = elements(doc, '//testcase').map((t) => attrs(t).name);
    for (const dropped of report.run!.dropped) expect(names).not.toContain(dropped.scenario);
    expect(elements(doc, `//testcase[@file='${FILES.del}']`)).toEqual([]);
    expect(elements(doc, `//testsuite[@name='${FILES.del}']`)).toEqual([]);
    // The only <failure> is the repository's own failing test.
    expect(elements(doc, '//failure').map((f) => attrs(f.parent as XmlElement).name)).toEqual(['GET /api/orders/:id returns the order']);
    doc.dispose();
  });

  it('gives no line to a kept generated test whose file was rewritten after the runs', () => {
    const doc = parse(junitXml(ordersReport()));
    // orders.post lost a scenario, so the lines the runs saw moved; cache lost none.
    expect(elements(doc, `//testcase[@file='${FILES.post}']`).map((t) => attrs(t).line)).toEqual([undefined, undefined]);
    expect(elements(doc, `//testcase[@file='${FILES.cache}']`).map((t) => attrs(t).line)).toEqual(['20', '8']);
    doc.dispose();
  });

  it('marks a test that failed every run with <failure> carrying the message, type and stack', () => {
    const doc = parse(junitXml(ordersReport()));
    const [testCase] = elements(doc, `//testcase[@name='GET /api/orders/:id returns the order']`);
    expect(attrs(testCase!)).toEqual({
      classname: FILES.orders,
      name: 'GET /api/orders/:id returns the order',
      time: '0.138',
      file: FILES.orders,
      line: '31',
    });
    const [failure] = elements(testCase!, 'failure');
    expect(attrs(failure!)).toEqual({ message: 'expected 500 to be 200 // Object.is equality', type: 'AssertionError' });
    expect(failure!.content).toBe(
      'AssertionError: expected 500 to be 200 // Object.is equality\n    at test/orders.test.ts:31:24\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)',
    );
    doc.dispose();
  });

  it("writes a flaky test as passed, with one <flakyFailure> per failed run (Surefire's convention)", () => {
    const doc = parse(junitXml(ordersReport()));
    const [testCase] = elements(doc, `//testcase[@name='GET /api/orders/:id answers 404 for an unknown id']`);
    expect(attrs(testCase!)).toMatchObject({ file: FILES.orders, line: '44' });
    expect(elements(testCase!, 'failure|error|skipped')).toEqual([]);
    const flaky = elements(testCase!, 'flakyFailure').map((f) => ({ ...attrs(f), stackTrace: elements(f, 'stackTrace')[0]?.content }));
    expect(flaky).toEqual([
      {
        message: 'expected 200 to be 404 // Object.is equality',
        type: 'AssertionError',
        stackTrace: 'AssertionError: expected 200 to be 404 // Object.is equality\n    at test/orders.test.ts:44:22',
      },
      { message: "Run 8 of 10 failed (seed 108); only the first failing run's error was recorded", type: 'Error', stackTrace: '' },
    ]);
    doc.dispose();
  });

  it('gives a skipped test its reason, and a passing test its declaration line when the coverage map knows it', () => {
    const doc = parse(junitXml(ordersReport()));
    const [skipped] = elements(doc, `//testcase[@name='charges a card']/skipped`);
    expect(attrs(skipped!)).toEqual({ message: 'stripe-mock is not reachable: set STRIPE_API_BASE' });
    const [health] = elements(doc, `//testcase[@name='GET /health answers ok']`);
    expect(attrs(health!)).toEqual({ classname: FILES.app, name: 'GET /health answers ok', time: '0.138', file: FILES.app, line: '8' });
    expect(elements(doc, `//testcase[@name='charges a card']`).map((t) => attrs(t).line)).toEqual([undefined]);
    doc.dispose();
  });

  it('keeps hostile text intact and the document valid: markup, CDATA ends, colours, control characters', () => {
    const stack = 'Error: <b>boom</b> & "quotes" ]]> twice ]]>\n\u001b[31m    at x.ts:1:1\u001b[39m\u0007';
    const report = ordersReport({
      outcomes: [
        outcome('test/a&b.test.ts', 'a <weird> "name" & more', 'ffff', {
          failure: { message: '\u001b[31mexpected <div> & "x"\u001b[39m\nsecond line', stack },
        }),
        outcome('test/a&b.test.ts', 'flaky ]]> one', 'pfpf', { failure: { message: 'Error: ]]>', stack: 'Error: ]]>\n at y' } }),
      ],
      run: { runs: 4, seeds: [], durationsMs: [1, 2, 3, 4], hung: [], broken: [], dropped: [] },
    });
    const xml = junitXml(report);
    expect(validate(xml)).toEqual({ surefire: [], jenkins: [] });
    const doc = parse(xml);
    const [failure] = elements(doc, '//failure');
    expect(attrs(failure!)).toEqual({ message: 'expected <div> & "x"\nsecond line', type: 'Error' });
    expect(failure!.content).toBe('Error: <b>boom</b> & "quotes" ]]> twice ]]>\n    at x.ts:1:1');
    expect(elements(doc, '//testcase').map((t) => attrs(t).name)).toEqual(['a <weird> "name" & more', 'flaky ]]> one']);
    expect(elements(doc, '//flakyFailure').map((f) => attrs(f).message)).toEqual([
      'Error: ]]>',
      "Run 4 of 4 failed; only the first failing run's error was recorded",
    ]);
    doc.dispose();
  });

  it('says so when a flaky test has no recorded error', () => {
    const report = ordersReport({ outcomes: [outcome(FILES.del, 'removes the order', 'fpf')] });
    const xml = junitXml(report);
    expect(validate(xml)).toEqual({ surefire: [], jenkins: [] });
    const doc = parse(xml);
    expect(elements(doc, '//flakyFailure').map((f) => attrs(f))).toEqual([
      { message: 'Run 1 of 3 failed (seed 101); no error was recorded', type: 'Error' },
      { message: 'Run 3 of 3 failed (seed 103); no error was recorded', type: 'Error' },
    ]);
    doc.dispose();
  });

  it('writes an empty but valid report when nothing ran (audit mode)', () => {
    const xml = junitXml(ordersReport({ mode: 'audit', outcomes: [], generated: [], run: undefined }));
    expect(validate(xml)).toEqual({ surefire: [], jenkins: [] });
    const doc = parse(xml);
    expect(attrs(elements(doc, '/testsuites')[0]!)).toEqual({ name: 'itw', tests: '0', failures: '0', errors: '0', skipped: '0' });
    expect(elements(doc, '//testsuite')).toEqual([]);
    doc.dispose();
  });

  it('is rejected by the schemas when Surefire-required parts are missing (the check has teeth)', () => {
    const broken = junitXml(ordersReport())
      .replace(/<stackTrace>[^<]*<\/stackTrace>|<stackTrace\/>/g, '')
      .replace(/<failure message="([^"]*)" type="AssertionError"/g, '<failure message="$1"');
    const result = validate(broken);
    expect(result.surefire).toEqual([
      "/testsuites/testsuite[4]/testcase[1]/failure: Element 'failure': The attribute 'type' is required but missing.",
      "/testsuites/testsuite[4]/testcase[2]/flakyFailure[1]: Element 'flakyFailure': Missing child element(s). Expected is ( stackTrace ).",
      "/testsuites/testsuite[4]/testcase[2]/flakyFailure[2]: Element 'flakyFailure': Missing child element(s). Expected is ( stackTrace ).",
    ]);
  });
});

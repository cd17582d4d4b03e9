import fs from 'node:fs';
import path from 'node:path';
import { XmlDocument, XmlElement, XsdValidator, XmlValidateError } from 'libxml2-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { junitXml } from '../../src/report/junit.js';
import { FILES, outcome, ordersReport } from './factory.js';

const schemas = path.resolve(import.meta.dirname, '../fixtures/junit');
const load = (name: string) => XsdValidator.fromDoc(XmlDocument.fromString(fs.readFileSync(path.join(schemas, name), 'utf8')));
const surefire = load('surefire-test-report-3.0.xsd');
const jenkins = load('jenkins-xunit-junit-10.xsd');
afterAll(() => {
  surefire.dispose();
  jenkins.dispose();
});

function elements(node: XmlDocument | XmlElement, xpath: string): XmlElement[] {
  return node.find(xpath).filter((n): n is XmlElement => n instanceof XmlElement);
}

function attrs(element: XmlElement): Record<string, string> {
  return Object.fromEntries(element.attrs.map((a) => [a.name, a.value]));
}

/** Validation errors, one line each, or [] when the document is valid. */
function check(validator: XsdValidator, target: XmlDocument | XmlElement): string[] {
  try {
    if (target instanceof XmlDocument) validator.validate(target);
    else validator.validate(target);
    return [];
  } catch (error) {
    if (error instanceof XmlValidateError) return error.details.map((d) => `${d.xpath ?? ''}: ${d.message.trim()}`);
    throw error;
  }
}

/** Removes the attributes that a schema does not declare (see fixtures/junit/README.md), and only those. */
function strip(doc: XmlDocument, xpaths: string[]): void {
  for (const xpath of xpaths) for (const attr of doc.find(xpath)) attr.remove();
}

function validate(xml: string): { surefire: string[]; jenkins: string[] } {
  const forSurefire = XmlDocument.fromString(xml);
  const forJenkins = XmlDocument.fromString(xml);
  try {
    strip(forSurefire, ['//testcase/@file', '//testcase/@line']);
    strip(forJenkins, ['//testcase/@file', '//testcase/@line', '/testsuites/@skipped']);
    // Surefire's schema describes one <testsuite> per file, so each suite is checked on its own.
    const suites = elements(forSurefire, '/testsuites/testsuite');
    return { surefire: suites.flatMap((suite) => check(surefire, suite)), jenkins: check(jenkins, forJenkins) };
  } finally {
    forSurefire.dispose();
    forJenkins.dispose();
  }
}

function parse(xml: string): XmlDocument {
  return XmlDocument.fromString(xml);
}

describe('junitXml', () => {
  it('is valid against Surefire 3.0 and the Jenkins xUnit JUnit schema', () => {
    const xml = junitXml(ordersReport());
    expect(validate(xml)).toEqual({ surefire: [], jenkins: [] });
  });

  it('writes one suite per test file with counts, times and the flake-run properties', () => {
    const doc = parse(junitXml(ordersReport()));
    expect(attrs(elements(doc, '/testsuites')[0]!)).toEqual({ name: 'itw', tests: '7', failures: '1', errors: '0', skipped: '1' });
    expect(elements(doc, '/testsuites/testsuite').map((s) => attrs(s))).toEqual([
      { name: FILES.app, tests: '1', failures: '0', errors: '0', skipped: '0', time: '0.138' },
      { name: FILES.cache, tests: '1', failures: '0', errors: '0', skipped: '0', time: '0.138' },
      { name: FILES.del, tests: '1', failures: '0', errors: '0', skipped: '0', time: '0.138' },
      { name: FILES.post, tests: '2', failures: '0', errors: '0', skipped: '0', time: '0.276' },
      { name: FILES.orders, tests: '1', failures: '1', errors: '0', skipped: '0', time: '0.138' },
      { name: FILES.payments, tests: '1', failures: '0', errors: '0', skipped: '1', time: '0' },
    ]);
    const properties = elements(doc, `//testsuite[@name='${FILES.post}']/properties/property`).map((p) => attrs(p));
    expect(properties).toEqual([
      { name: 'itw.flakeRuns', value: '10' },
      { name: 'itw.seeds', value: '101,102,103,104,105,106,107,108,109,110' },
    ]);
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
    const [testCase] = elements(doc, `//testcase[@name='DELETE /api/orders/:id > removes the order']`);
    expect(attrs(testCase!)).toMatchObject({ file: FILES.del, line: '18' });
    expect(elements(testCase!, 'failure|error|skipped')).toEqual([]);
    const flaky = elements(testCase!, 'flakyFailure').map((f) => ({ ...attrs(f), stackTrace: elements(f, 'stackTrace')[0]?.content }));
    expect(flaky).toEqual([
      {
        message: 'expected 404 to be 204 // Object.is equality',
        type: 'AssertionError',
        stackTrace:
          'AssertionError: expected 404 to be 204 // Object.is equality\n    at test/integration/itw/orders.delete.itw.test.ts:18:30',
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
      "/testsuites/testsuite[3]/testcase/flakyFailure[1]: Element 'flakyFailure': Missing child element(s). Expected is ( stackTrace ).",
      "/testsuites/testsuite[3]/testcase/flakyFailure[2]: Element 'flakyFailure': Missing child element(s). Expected is ( stackTrace ).",
      "/testsuites/testsuite[5]/testcase/failure: Element 'failure': The attribute 'type' is required but missing.",
    ]);
  });
});

/** The JUnit consumers' schemas (Surefire 3.0, Jenkins xUnit) and small XPath helpers for the tests that read JUnit files. */
import fs from 'node:fs';
import path from 'node:path';
import { XmlDocument, XmlElement, XsdValidator, XmlValidateError } from 'libxml2-wasm';

const schemas = path.resolve(import.meta.dirname, '../fixtures/junit');
const load = (name: string) => XsdValidator.fromDoc(XmlDocument.fromString(fs.readFileSync(path.join(schemas, name), 'utf8')));

export function elements(node: XmlDocument | XmlElement, xpath: string): XmlElement[] {
  return node.find(xpath).filter((n): n is XmlElement => n instanceof XmlElement);
}

export function attrs(element: XmlElement): Record<string, string> {
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

/** Both validators, loaded once per test file; `dispose` them in `afterAll`. */
export function junitSchemas(): {
  validate: (xml: string) => { surefire: string[]; jenkins: string[] };
  dispose: () => void;
} {
  const surefire = load('surefire-test-report-3.0.xsd');
  const jenkins = load('jenkins-xunit-junit-10.xsd');
  return {
    validate(xml) {
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
    },
    dispose() {
      surefire.dispose();
      jenkins.dispose();
    },
  };
}

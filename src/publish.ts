import { brokenRunMessage } from './run/broken-run.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.js';
import type { Report } from './model.js';
import { reportJson } from './report/json.js';
import { junitXml } from './report/junit.js';
import { assertRealInside } from './safety/paths.js';
import { createMasker, type Masker } from './safety/mask.js';

export interface Artifacts {
  reportPath: string;
  junitPath?: string;
}

/**
 * The files both entry points leave behind: the JSON report always, JUnit XML when tests ran. Every credential the
 * masker knows is masked in them, and each path is checked on the real file system just before it is written.
 */
export async function writeArtifacts(
  report: Report,
  config: Pick<Config, 'root' | 'reportPath' | 'junitPath'>,
  masker: Masker = createMasker(process.env),
): Promise<Artifacts> {
  const masked = masker.maskDeep(report);
  const write = async (file: string, what: string, text: string): Promise<void> => {
    assertRealInside(config.root, file, what);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, masker.mask(text));
  };
  await write(config.reportPath, 'report-path', reportJson(masked));
  if (report.outcomes.length === 0) return { reportPath: config.reportPath };
  await write(config.junitPath, 'junit-path', junitXml(masked));
  return { reportPath: config.reportPath, junitPath: config.junitPath };
}

/** Why the run should fail the step or the command, from the thresholds the user set; empty when fine. */
export function thresholdFailures(report: Report, config: Pick<Config, 'minCoverage' | 'failOnFlaky' | 'mode'>): string[] {
  const failures: string[] = [];
  if (config.minCoverage > 0 && report.counts.coverage < config.minCoverage) {
    failures.push(`Integration-point coverage is ${report.counts.coverage}%, under min-coverage ${config.minCoverage}%.`);
  }
  if (config.failOnFlaky && report.counts.flaky > 0) failures.push(`${report.counts.flaky} flaky test(s) found and fail-on-flaky is true.`);
  if (config.mode === 'verify' && report.run?.broken.length) failures.push(brokenRunMessage(report.run, 'repository'));
  else if (config.mode === 'verify' && report.counts.failed > 0) failures.push(`${report.counts.failed} test(s) failed every run.`);
  return failures;
}

import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.js';
import type { Report } from './model.js';
import { reportJson } from './report/json.js';
import { junitXml } from './report/junit.js';

export interface Artifacts {
  reportPath: string;
  junitPath?: string;
}

/** The files both entry points leave behind: the JSON report always, JUnit XML when tests ran. */
export async function writeArtifacts(report: Report, config: Pick<Config, 'reportPath' | 'junitPath'>): Promise<Artifacts> {
  await fs.mkdir(path.dirname(config.reportPath), { recursive: true });
  await fs.writeFile(config.reportPath, reportJson(report));
  if (report.outcomes.length === 0) return { reportPath: config.reportPath };
  await fs.mkdir(path.dirname(config.junitPath), { recursive: true });
  await fs.writeFile(config.junitPath, junitXml(report));
  return { reportPath: config.reportPath, junitPath: config.junitPath };
}

/** Why the run should fail the step or the command, from the thresholds the user set; empty when fine. */
export function thresholdFailures(report: Report, config: Pick<Config, 'minCoverage' | 'failOnFlaky' | 'mode'>): string[] {
  const failures: string[] = [];
  if (config.minCoverage > 0 && report.counts.coverage < config.minCoverage) {
    failures.push(`Integration-point coverage is ${report.counts.coverage}%, under min-coverage ${config.minCoverage}%.`);
  }
  if (config.failOnFlaky && report.counts.flaky > 0) failures.push(`${report.counts.flaky} flaky test(s) found and fail-on-flaky is true.`);
  if (config.mode === 'verify' && report.counts.failed > 0) failures.push(`${report.counts.failed} test(s) failed every run.`);
  return failures;
}

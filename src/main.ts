import path from 'node:path';
import * as core from '@actions/core';
import { parseConfig, type RawInputs } from './config.js';
import { INPUTS } from './inputs.js';
import type { Report } from './model.js';
import { createMasker } from './safety/mask.js';
import { stopOnSignals, StoppedError } from './stop.js';
import type { AnnotationLevel } from './report/annotations.js';

/** The action: inputs → Config → engine → outputs, summary, annotations. The only module that knows GitHub. */
export async function run(): Promise<void> {
  // Every credential of the environment is masked in what this step writes, and registered with the runner.
  const masker = createMasker(process.env);
  for (const value of masker.values) core.setSecret(value);
  try {
    const raw: RawInputs = {};
    const flags: Record<string, string> = {};
    for (const input of INPUTS) {
      const value = core.getInput(input.name);
      if (input.secret && value) core.setSecret(value);
      if (input.actionOnly) flags[input.name] = value || input.default;
      else raw[input.name] = value;
    }
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const config = parseConfig(raw, workspace);
    // Loaded after the inputs are known to be good: a bad input fails in milliseconds.
    const [{ runEngine }, { thresholdFailures, writeArtifacts }, { deliveryNotification }, { summaryMarkdown }] = await Promise.all([
      import('./engine.js'),
      import('./publish.js'),
      import('./report/notification.js'),
      import('./report/summary.js'),
    ]);
    // Masked once here, so the summary, annotations and notification made from it are masked too.
    // A cancelled workflow sends SIGINT, then SIGTERM: the run ends its test processes and undoes what it did.
    const stop = stopOnSignals((line) => core.error(line));
    const report = masker.maskDeep(
      await runEngine(config, { log: (line) => core.info(masker.mask(line)), signal: stop.signal }).finally(stop.dispose),
    );
    const artifacts = await writeArtifacts(report, config, masker);

    const { counts } = report;
    core.setOutput('points', counts.points);
    core.setOutput('covered', counts.covered);
    core.setOutput('coverage', counts.coverage);
    core.setOutput('tests-written', counts.testsWritten);
    core.setOutput('error-scenarios', counts.errorScenarios);
    core.setOutput('flaky', counts.flaky);
    core.setOutput('failed', counts.failed);
    core.setOutput('junit-path', artifacts.junitPath ?? '');
    core.setOutput('report-path', artifacts.reportPath);

    // Why the step fails is the first error annotation: GitHub shows only the first 10 of a step.
    const failures = thresholdFailures(report, config);
    if (failures.length) core.setFailed(failures.join(' '));
    const summaryNotice =
      flags.summary === 'true' ? await writeSummary(summaryMarkdown(report), path.relative(workspace, artifacts.reportPath)) : undefined;
    if (summaryNotice) core.notice(summaryNotice);
    const prefix = path.relative(workspace, config.root);
    if (flags.annotations === 'true') await annotate(report, prefix, { error: failures.length ? 1 : 0, notice: summaryNotice ? 1 : 0 });
    if (flags.comment === 'true' && process.env.GITHUB_EVENT_NAME?.startsWith('pull_request')) {
      core.info('PR comment: not available yet in this version; the job summary carries the results.');
    }
    core.info(masker.mask(deliveryNotification(report)));
  } catch (error) {
    // A ConfigError's message already names the input, its value and what is allowed.
    const message = error instanceof StoppedError ? `itw: ${error.message}` : error instanceof Error ? error.message : String(error);
    core.setFailed(masker.mask(message));
  }
}

/** The job summary, or why it was not written: a runner without one is not a reason to fail the step. */
async function writeSummary(markdown: string, reportPath: string): Promise<string | undefined> {
  const instead = `the results are in ${reportPath} and in this log.`;
  if (!process.env.GITHUB_STEP_SUMMARY) {
    return `Job summary not written: GITHUB_STEP_SUMMARY is not set (this runner offers no job summary); ${instead}`;
  }
  try {
    await core.summary.addRaw(markdown).write();
    return undefined;
  } catch (error) {
    return `Job summary not written: ${error instanceof Error ? error.message : String(error)} ${instead}`;
  }
}

/**
 * Workflow-command annotations, paths made relative to the workspace (where GitHub resolves them).
 * `used` counts the annotations of each level already emitted, so the ranked ones fit in what GitHub shows.
 */
async function annotate(report: Report, prefix: string, used: Partial<Record<AnnotationLevel, number>> = {}): Promise<void> {
  const { ANNOTATION_LIMITS, limitAnnotations, rankAnnotations } = await import('./report/annotations.js');
  const limits = { ...ANNOTATION_LIMITS };
  for (const level of Object.keys(limits) as AnnotationLevel[]) limits[level] = Math.max(0, limits[level] - (used[level] ?? 0));
  const { shown, omitted } = limitAnnotations(rankAnnotations(report), limits);
  for (const a of shown) {
    // An annotation without a file (a dropped generated test) is about the run, not a line.
    const file = a.file === undefined || !prefix ? a.file : path.posix.join(prefix.split(path.sep).join('/'), a.file);
    const props = file === undefined ? { title: a.title } : { title: a.title, file, startLine: a.line };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  if (omitted > 0) core.info(`${omitted} more annotations are listed in the job summary (GitHub shows 10 per level per step).`);
}

import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  boundariesCovered,
  classificationCounts,
  droppedTally,
  droppedVerdict,
  firstLine,
  meanRunMs,
  percent,
  plural,
  testGroups,
  underDuration
} from "./chunk-NN63HJRI.js";

// src/report/notification.ts
var KIND_NOUNS = {
  http: ["HTTP endpoint", "HTTP endpoints"],
  db: ["database table", "database tables"],
  cache: ["cache", "caches"],
  queue: ["queue", "queues"],
  "external-http": ["outbound HTTP target", "outbound HTTP targets"],
  fs: ["file system access", "file system accesses"]
};
var was = (n) => n === 1 ? "was" : "were";
function list(parts) {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")}${parts.length > 2 ? "," : ""} and ${parts.at(-1)}`;
}
function runs(n) {
  return n === 1 ? "1 run" : `${n} consecutive runs`;
}
function everyRun(runCount) {
  return runCount === 1 ? "its only run" : "every run";
}
function droppedParts(dropped, runCount) {
  const by = droppedTally(dropped);
  const parts = [];
  if (by.failed > 0) parts.push(`${by.failed} failed ${everyRun(runCount)}`);
  if (by.flaky > 0) parts.push(`${by.flaky} ${was(by.flaky)} flaky`);
  if (by["not run"] > 0) parts.push(`${by["not run"]} did not run`);
  if (by["not kept"] > 0) parts.push(`${by["not kept"]} passed but could not be kept`);
  return list(parts);
}
function repositorySentence(outcomes, runCount) {
  if (outcomes.length === 0) return [];
  const c = classificationCounts(outcomes);
  const parts = [`${c.passed} passed every run`];
  if (c.flaky > 0) parts.push(`${c.flaky} ${was(c.flaky)} flaky`);
  if (c.failed > 0) parts.push(`${c.failed} failed ${everyRun(runCount)}`);
  if (c.skipped > 0) parts.push(`${c.skipped} ${was(c.skipped)} skipped`);
  return [`Of the repository's own ${plural(outcomes.length, "test")}, ${list(parts)}.`];
}
function brokenSentence(run) {
  const n = run.broken.length;
  if (n === 0) return [];
  const first = run.broken[0];
  return [
    `${n} of ${plural(run.runs, "run")} proved nothing: no test passed and every test file failed outside its tests, first with "${firstLine(first.cause)}".`
  ];
}
function stability(report) {
  const run = report.run;
  if (!run) return ["The tests were not run, so their stability is unknown."];
  if (run.runs === 0) return ["No test ran."];
  const groups = testGroups(report);
  const flaky = classificationCounts([...groups.repository, ...groups.kept]).flaky + groups.dropped.filter((d) => droppedVerdict(d) === "flaky").length;
  const sentences = [];
  if (flaky === 0) sentences.push(`No flaky tests detected across ${runs(run.runs)}.`);
  sentences.push(...repositorySentence(groups.repository, run.runs));
  if (run.hung.length > 0)
    sentences.push(`${plural(run.hung.length, "test")} hung and ${was(run.hung.length)} stopped at the run timeout.`);
  sentences.push(...brokenSentence(run));
  return sentences;
}
function coverageClause(report) {
  const c = report.counts;
  const boundaries = boundariesCovered(report);
  const endpoints = c.endpoints > 0 ? ` with ${percent(c.endpointCoverage)} endpoint coverage` : "";
  const boundaryText = `covering ${plural(boundaries, "service boundary", "service boundaries")}`;
  if (boundaries === c.covered) {
    if (endpoints) return `${boundaryText}${endpoints}`;
    return c.points > 0 ? `${boundaryText} with ${percent(c.coverage)} integration-point coverage` : boundaryText;
  }
  return `${boundaryText}; counting the repository's own tests, ${c.covered} of ${plural(c.points, "integration point")} have a test (${percent(c.coverage)})${endpoints ? `,${endpoints}` : ""}`;
}
function generateSentences(report, opts) {
  const c = report.counts;
  const groups = testGroups(report);
  const kept = c.testsWritten;
  const dropped = groups.dropped.length;
  const runCount = report.run?.runs ?? 0;
  const gaps = report.gaps.length;
  const remain = `${plural(gaps, "integration point")} ${gaps === 1 ? "remains" : "remain"} without a test (${percent(c.coverage)} of points have one)`;
  if (kept === 0) {
    if (dropped > 0) {
      return [
        `Integration tests completed. Wrote ${plural(dropped, "test")} and kept none: ${droppedParts(groups.dropped, runCount)}; the report gives each one's reason.`,
        `${remain.charAt(0).toUpperCase()}${remain.slice(1)}.`,
        ...report.run ? stability(report) : []
      ];
    }
    const ran = report.run && report.outcomes.length > 0 ? stability(report) : [];
    if (c.points === 0) return ["Integration tests completed. No integration points were found, so no tests were written."];
    if (gaps === 0) {
      return [
        `Integration tests completed. No new tests were needed: all ${plural(c.points, "integration point")} already have tests.`,
        ...ran
      ];
    }
    return [`Integration tests completed. No tests were written; ${remain}.`, ...ran];
  }
  const wrote = dropped === 0 ? `Wrote ${plural(kept, "test")}` : `Wrote ${plural(kept + dropped, "test")} and kept ${kept},`;
  const sentences = ["Integration tests completed.", `${wrote} ${coverageClause(report)}.`];
  const one = kept === 1;
  const scenarios = c.errorScenarios === 0 ? "no error scenarios" : plural(c.errorScenarios, "error scenario");
  const traits = [`${one ? "includes" : "include"} ${scenarios}`];
  const mean = meanRunMs(report);
  if (mean !== void 0) traits.push(`${one ? "runs" : "run"} in ${underDuration(mean)}`);
  if (opts.ci) traits.push(`${one ? "is" : "are"} integrated into CI`);
  const subject = one ? "The test" : dropped > 0 ? "The tests" : "Tests";
  sentences.push(`${subject}${dropped > 0 ? " kept" : ""} ${list(traits)}.`);
  sentences.push(...stability(report));
  if (dropped > 0) {
    sentences.push(
      `${plural(dropped, "generated test")} ${was(dropped)} dropped (${droppedParts(groups.dropped, runCount)}); the report gives each one's reason.`
    );
  }
  return sentences;
}
function auditSentences(report) {
  const c = report.counts;
  if (c.points === 0) return ["Integration test audit completed. No integration points were found."];
  const sentences = [
    `Integration test audit completed. Found ${plural(c.points, "integration point")}, ${c.covered} of them covered by tests (${percent(c.coverage)}).`
  ];
  if (c.endpoints > 0) {
    sentences.push(
      `${c.endpointsCovered} of ${plural(c.endpoints, "HTTP endpoint")} ${c.endpointsCovered === 1 ? "is" : "are"} covered (${percent(c.endpointCoverage)}).`
    );
  }
  const gaps = c.byKind.filter((k) => k.points > k.covered).map((k) => {
    const n = k.points - k.covered;
    const [one, many] = KIND_NOUNS[k.kind];
    return `${n} ${n === 1 ? one : many}`;
  });
  const uncovered = c.points - c.covered;
  if (uncovered === 0) sentences.push("Every integration point has a test.");
  else sentences.push(`${plural(uncovered, "point")} ${uncovered === 1 ? "has" : "have"} no test: ${list(gaps)}.`);
  return sentences;
}
function verifySentences(report) {
  const outcomes = testGroups(report).repository;
  const c = classificationCounts(outcomes);
  const total = outcomes.length;
  if (!report.run) return ["Integration test verification completed, but no tests were run."];
  if (total === 0) return [`Integration test verification completed. No tests were found to run.`];
  const results = [`${c.passed} passed every run`];
  if (c.flaky > 0) results.push(`${c.flaky} ${was(c.flaky)} flaky`);
  if (c.failed > 0) results.push(`${c.failed} failed every run`);
  if (c.skipped > 0) results.push(`${c.skipped} ${was(c.skipped)} skipped`);
  const sentences = [
    `Integration test verification completed. Ran ${plural(total, "test")} ${report.run.runs === 1 ? "once" : `${report.run.runs} times each`}: ${list(results)}.`
  ];
  const mean = meanRunMs(report);
  if (mean !== void 0) sentences.push(`One run takes ${underDuration(mean)}.`);
  if (c.flaky === 0) sentences.push(`No flaky tests detected across ${runs(report.run.runs)}.`);
  if (report.run.hung.length > 0) {
    const n = report.run.hung.length;
    sentences.push(`${plural(n, "test")} hung and ${was(n)} stopped at the run timeout.`);
  }
  sentences.push(...brokenSentence(report.run));
  return sentences;
}
function deliveryNotification(report, opts = {}) {
  const mode = report.mode === "merge" ? report.generated.length > 0 ? "generate" : report.outcomes.length > 0 ? "verify" : "audit" : report.mode;
  const sentences = mode === "audit" ? auditSentences(report) : mode === "verify" ? verifySentences(report) : generateSentences(report, opts);
  return sentences.join(" ");
}

export {
  deliveryNotification
};

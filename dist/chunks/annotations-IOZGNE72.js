import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  compareLocation,
  errorText,
  runCounts,
  testLine,
  uncoveredPoints
} from "./chunk-EIOTCZM3.js";
import "./chunk-EX7MXSWI.js";

// src/report/annotations.ts
var ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
var STACK_LINES = 15;
function where(report, outcome) {
  const failure = outcome.failure;
  if (failure?.line !== void 0) return { file: failure.file ?? outcome.file, line: failure.line };
  return { file: outcome.file, line: testLine(report, outcome.file, outcome.name) ?? 1 };
}
function testAnnotation(report, outcome, removed) {
  const { passed, failed, total } = runCounts(outcome);
  const failure = outcome.failure;
  const flaky = outcome.classification === "flaky";
  const verdict = flaky ? `Passed ${passed} of ${total} runs` : `Failed ${failed} of ${total} runs`;
  const seed = failure?.seed === void 0 ? "" : `; the first failure replays with seed ${failure.seed}`;
  const leftOut = removed.has(outcome.file) ? " The generated file was removed." : "";
  const lines = [`${verdict}${seed}.${leftOut}`];
  if (failure) {
    const detail = errorText(failure).split(/\r?\n/);
    lines.push("", ...detail.slice(0, STACK_LINES));
    if (detail.length > STACK_LINES) lines.push(`\u2026 ${detail.length - STACK_LINES} more lines`);
  }
  return {
    level: flaky ? "warning" : "error",
    title: `${flaky ? "Flaky test" : "Failing test"}: ${outcome.name}`,
    message: lines.join("\n"),
    ...where(report, outcome)
  };
}
function rankAnnotations(report, changedFiles = /* @__PURE__ */ new Set()) {
  const removed = new Set(report.run?.rolledBack.map((r) => r.file) ?? []);
  const tests = (classification) => report.outcomes.filter((o) => o.classification === classification).map((o) => testAnnotation(report, o, removed)).sort(compareLocation);
  const gaps = uncoveredPoints(report);
  const changedFirst = [
    ...gaps.filter((p) => changedFiles.has(p.location.file)),
    ...gaps.filter((p) => !changedFiles.has(p.location.file))
  ];
  const notices = changedFirst.map((p) => ({
    level: "notice",
    title: `No integration test: ${p.key}`,
    message: `No test exercises this ${p.kind} integration point (${p.library}), and no generated test for it was kept.`,
    file: p.location.file,
    line: p.location.line
  }));
  return [...tests("failed"), ...tests("flaky"), ...notices];
}
function limitAnnotations(list, limits = ANNOTATION_LIMITS) {
  const used = { error: 0, warning: 0, notice: 0 };
  const omittedByLevel = { error: 0, warning: 0, notice: 0 };
  const shown = [];
  for (const annotation of list) {
    if (used[annotation.level] < limits[annotation.level]) {
      used[annotation.level]++;
      shown.push(annotation);
    } else {
      omittedByLevel[annotation.level]++;
    }
  }
  return { shown, omitted: omittedByLevel.error + omittedByLevel.warning + omittedByLevel.notice, omittedByLevel };
}
export {
  ANNOTATION_LIMITS,
  limitAnnotations,
  rankAnnotations
};

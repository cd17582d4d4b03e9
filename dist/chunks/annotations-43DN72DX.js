import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  compareLocation,
  errorText,
  gapEntries,
  linesHold,
  runCounts,
  testGroups,
  testLine
} from "./chunk-NN63HJRI.js";
import "./chunk-EX7MXSWI.js";

// src/report/annotations.ts
var ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
var STACK_LINES = 15;
function where(report, outcome) {
  if (!linesHold(report, outcome)) return {};
  const failure = outcome.failure;
  if (failure?.line !== void 0) return { file: failure.file ?? outcome.file, line: failure.line };
  return { file: outcome.file, line: outcome.line ?? testLine(report, outcome.file, outcome.name) ?? 1 };
}
function testAnnotation(report, outcome) {
  const { passed, failed, total } = runCounts(outcome);
  const failure = outcome.failure;
  const flaky = outcome.classification === "flaky";
  const verdict = flaky ? `Passed ${passed} of ${total} runs` : `Failed ${failed} of ${total} runs`;
  const seed = failure?.seed === void 0 ? "" : `; the first failure replays with seed ${failure.seed}`;
  const lines = [`${verdict}${seed}.`];
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
function droppedAnnotation(dropped) {
  const gone = dropped.fileRemoved ? `Its file ${dropped.file} was removed: no test of it was kept.` : `It was removed from ${dropped.file}; the file keeps the tests that passed every run.`;
  return {
    level: "notice",
    title: `Generated test dropped: ${dropped.scenario}`,
    message: `itw wrote this test and did not keep it: ${dropped.reason}
${gone}`
  };
}
function rankAnnotations(report, changedFiles = /* @__PURE__ */ new Set()) {
  const groups = testGroups(report);
  const tests = (classification) => [...groups.repository, ...groups.kept].filter((o) => o.classification === classification).map((o) => testAnnotation(report, o)).sort((a, b) => compareLocation({ file: a.file ?? "", line: a.line }, { file: b.file ?? "", line: b.line }));
  const gaps = gapEntries(report);
  const changedFirst = [
    ...gaps.filter((g) => changedFiles.has(g.point.location.file)),
    ...gaps.filter((g) => !changedFiles.has(g.point.location.file))
  ];
  const notices = changedFirst.map(({ point, reason }) => ({
    level: "notice",
    title: `No integration test: ${point.key}`,
    message: `No test covers this ${point.kind} integration point (${point.library}): ${reason.replace(/\.$/, "")}.`,
    file: point.location.file,
    line: point.location.line
  }));
  const removed = new Set(groups.dropped.filter((d) => d.fileRemoved).map((d) => d.file));
  return [...tests("failed"), ...tests("flaky"), ...notices, ...groups.dropped.map(droppedAnnotation)].map(
    (a) => a.file !== void 0 && removed.has(a.file) ? { level: a.level, title: a.title, message: a.message } : a
  );
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

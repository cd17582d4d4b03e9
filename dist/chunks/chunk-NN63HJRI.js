import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);

// src/report/facts.ts
var KIND_LABELS = {
  http: "HTTP endpoints",
  db: "Database tables",
  cache: "Caches",
  queue: "Queues",
  "external-http": "Outbound HTTP",
  fs: "File system"
};
function keptGenerated(report) {
  const removed = new Set((report.run?.dropped ?? []).filter((d) => d.fileRemoved).map((d) => d.file));
  return report.generated.filter((g) => !removed.has(g.file));
}
var key = (file, name) => `${file}\0${name}`;
function testGroups(report) {
  const recorded = report.run?.dropped ?? [];
  const droppedKeys = new Set(recorded.map((d) => key(d.file, d.scenario)));
  const keptFiles = new Set(keptGenerated(report).map((g) => g.file));
  const outcomeOf = new Map(report.outcomes.map((o) => [key(o.file, o.name), o]));
  const generated = report.outcomes.filter((o) => o.origin === "generated");
  const kept = generated.filter((o) => keptFiles.has(o.file) && !droppedKeys.has(key(o.file, o.name)));
  const keptKeys = new Set(kept.map((o) => key(o.file, o.name)));
  const unrecorded = generated.filter((o) => !keptKeys.has(key(o.file, o.name)) && !droppedKeys.has(key(o.file, o.name))).map((o) => ({ file: o.file, scenario: o.name, reason: outcomeReason(o), fileRemoved: true, outcome: o }));
  return {
    repository: report.outcomes.filter((o) => o.origin === "repository"),
    kept,
    dropped: [
      ...recorded.map((d) => {
        const outcome = outcomeOf.get(key(d.file, d.scenario));
        return outcome ? { ...d, outcome } : { ...d };
      }),
      ...unrecorded
    ]
  };
}
function outcomeReason(outcome) {
  const detail = outcome.failure?.message ?? outcome.skipReason;
  return detail ? `${outcome.classification}: ${firstLine(detail)}` : outcome.classification;
}
function droppedVerdict(dropped) {
  const c = dropped.outcome?.classification;
  if (c === "failed" || c === "flaky") return c;
  return c === "passed" ? "not kept" : "not run";
}
function droppedTally(dropped) {
  const tally = { failed: 0, flaky: 0, "not run": 0, "not kept": 0 };
  for (const d of dropped) tally[droppedVerdict(d)]++;
  return tally;
}
function classificationCounts(outcomes) {
  const counts = { passed: 0, flaky: 0, failed: 0, skipped: 0 };
  for (const o of outcomes) counts[o.classification]++;
  return counts;
}
function boundariesCovered(report) {
  const known = new Set(report.points.map((p) => p.id));
  return new Set(keptGenerated(report).flatMap((g) => g.points.filter((id) => known.has(id)))).size;
}
function gapEntries(report) {
  const byId = new Map(report.points.map((p) => [p.id, p]));
  const entries = [];
  for (const gap of report.gaps) {
    const point = byId.get(gap.pointId);
    if (point) entries.push({ point, reason: gap.reason });
  }
  return entries.sort((a, b) => byLocation(a.point, b.point));
}
function byLocation(a, b) {
  return compareLocation(a.location, b.location) || a.key.localeCompare(b.key);
}
function compareLocation(a, b) {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
function meanRunMs(report) {
  const durations = report.run?.durationsMs ?? [];
  if (durations.length === 0) return void 0;
  return durations.reduce((sum, d) => sum + d, 0) / durations.length;
}
function flakeBound(runs) {
  return 1 - 0.05 ** (1 / runs);
}
function flakeBoundPercent(runs) {
  const value = flakeBound(runs) * 100;
  const rounded = value >= 10 ? Math.ceil(value - 1e-9) : Math.ceil(value * 10 - 1e-9) / 10;
  return `${rounded}%`;
}
function percent(value) {
  return `${Math.round(value * 10) / 10}%`;
}
function plural(n, singular, pluralForm = `${singular}s`) {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
function underDuration(ms) {
  const seconds = Math.floor(ms / 1e3) + 1;
  if (seconds < 60) return `under ${plural(seconds, "second")}`;
  const minutes = Math.floor(ms / 6e4) + 1;
  if (minutes < 60) return `under ${plural(minutes, "minute")}`;
  return `under ${plural(Math.floor(ms / 36e5) + 1, "hour")}`;
}
function runCounts(outcome) {
  return {
    passed: outcome.runs.filter((r) => r === "passed").length,
    failed: outcome.runs.filter((r) => r === "failed").length,
    total: outcome.runs.length
  };
}
function meanMs(values) {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}
function testLine(report, file, name) {
  for (const c of report.coverage) {
    const found = c.tests.find((t) => t.file === file && t.name === name);
    if (found) return found.line;
  }
  return void 0;
}
function linesHold(report, outcome) {
  if (outcome.origin === "repository") return true;
  if (!keptGenerated(report).some((g) => g.file === outcome.file)) return false;
  return !(report.run?.dropped ?? []).some((d) => d.file === outcome.file);
}
function outcomeLine(report, outcome) {
  if (!linesHold(report, outcome)) return void 0;
  const failure = outcome.failure;
  if (failure?.line !== void 0 && (failure.file === void 0 || failure.file === outcome.file)) return failure.line;
  return outcome.line ?? testLine(report, outcome.file, outcome.name);
}
var ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
function stripAnsi(text) {
  return text.replace(ANSI, "");
}
function errorType(failure) {
  for (const text of [failure.stack, failure.message]) {
    const match = text && /^\s*([A-Za-z_$][\w$.]*(?:Error|Exception))\b/.exec(stripAnsi(text));
    if (match?.[1]) return match[1];
  }
  return "Error";
}
function firstLine(text) {
  return stripAnsi(text).trim().split(/\r?\n/, 1)[0] ?? "";
}
function errorText(failure) {
  const message = stripAnsi(failure.message).trimEnd();
  if (!failure.stack) return message;
  const stack = stripAnsi(failure.stack).trimEnd();
  return stack.includes(message) ? stack : `${message}
${stack}`;
}

export {
  KIND_LABELS,
  keptGenerated,
  testGroups,
  droppedVerdict,
  droppedTally,
  classificationCounts,
  boundariesCovered,
  gapEntries,
  compareLocation,
  meanRunMs,
  flakeBoundPercent,
  percent,
  plural,
  underDuration,
  runCounts,
  meanMs,
  testLine,
  linesHold,
  outcomeLine,
  stripAnsi,
  errorType,
  firstLine,
  errorText
};

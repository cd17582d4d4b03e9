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
  const removed = new Set(report.run?.rolledBack.map((r) => r.file) ?? []);
  return report.generated.filter((g) => !removed.has(g.file));
}
function boundariesCovered(report) {
  return new Set(keptGenerated(report).flatMap((g) => g.points)).size;
}
function uncoveredPoints(report) {
  const covered = new Set(report.coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  for (const g of keptGenerated(report)) for (const id of g.points) covered.add(id);
  return report.points.filter((p) => !covered.has(p.id)).sort(byLocation);
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
function outcomeLine(report, outcome) {
  const failure = outcome.failure;
  if (failure?.line !== void 0 && (failure.file === void 0 || failure.file === outcome.file)) return failure.line;
  return testLine(report, outcome.file, outcome.name);
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
  boundariesCovered,
  uncoveredPoints,
  compareLocation,
  meanRunMs,
  flakeBoundPercent,
  percent,
  plural,
  underDuration,
  runCounts,
  meanMs,
  testLine,
  outcomeLine,
  stripAnsi,
  errorType,
  firstLine,
  errorText
};

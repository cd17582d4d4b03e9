import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  deliveryNotification
} from "./chunk-YIQGIBEU.js";
import {
  KIND_LABELS,
  errorText,
  firstLine,
  flakeBoundPercent,
  keptGenerated,
  meanRunMs,
  outcomeLine,
  percent,
  plural,
  runCounts,
  stripAnsi,
  uncoveredPoints
} from "./chunk-EIOTCZM3.js";
import "./chunk-EX7MXSWI.js";

// src/report/markdown.ts
function escapeMarkdown(text) {
  return text.replace(/\r?\n/g, " ").replace(/[\\`*_{}[\]()#+\-.!|~$:]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=\w)/g, "@\u200B");
}
function escapeHtml(text) {
  return text.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/@(?=\w)/g, "@\u200B");
}
function inlineCode(text) {
  const single = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...(single.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = single.startsWith("`") || single.endsWith("`") ? " " : "";
  return `${fence}${pad}${single}${pad}${fence}`;
}
function codeBlock(text, lang = "text") {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${text}
${fence}`;
}

// src/report/summary.ts
var ERROR_LINES = 40;
var ERROR_CHARS = 8e3;
var NOTE_ROOM = 400;
var bytes = (text) => Buffer.byteLength(text, "utf8");
function location(file, line) {
  return inlineCode(line === void 0 ? file : `${file}:${line}`);
}
function clipError(text) {
  const lines = stripAnsi(text).replace(/\s+$/, "").split(/\r?\n/);
  let kept = lines.slice(0, ERROR_LINES).join("\n");
  const notes = [];
  if (lines.length > ERROR_LINES) notes.push(`${lines.length - ERROR_LINES} more lines`);
  if (kept.length > ERROR_CHARS) {
    notes.push(`${kept.length - ERROR_CHARS} more characters`);
    kept = kept.slice(0, ERROR_CHARS);
  }
  return notes.length > 0 ? `${kept}
\u2026 (${notes.join(", ")} left out)` : kept;
}
function kindTable(report) {
  const c = report.counts;
  const rows = c.byKind.filter((k) => k.points > 0).map((k) => `| ${KIND_LABELS[k.kind]} | ${k.points} | ${k.covered} | ${percent(k.covered / k.points * 100)} |`);
  return [
    "| Kind | Points | Covered | Coverage |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
    `| **All** | **${c.points}** | **${c.covered}** | **${percent(c.coverage)}** |`
  ].join("\n");
}
function runBlock(report) {
  const run = report.run;
  if (!run) return "The tests were not run.";
  const c = report.counts;
  const seeds = run.seeds.length > 0 ? `, each in a fresh process with its own shuffle seed (${run.seeds.map(String).join(", ")})` : ", each in a fresh process";
  const mean = meanRunMs(report);
  const lines = [
    `The tests ran ${plural(run.runs, "time")}${seeds}. Results: ${c.passed} passed, ${c.flaky} flaky, ${c.failed} failed, ${c.skipped} skipped.` + (mean === void 0 ? "" : ` One run took ${(mean / 1e3).toFixed(1)} s on average.`),
    "",
    `${plural(run.runs, "clean run")} ${run.runs === 1 ? "rules" : "rule"} out, at 95% confidence, a failure rate above ${flakeBoundPercent(run.runs)} for each test that passed all of them.`
  ];
  return lines.join("\n");
}
function testItem(report, outcome, removed) {
  const { passed, failed, total } = runCounts(outcome);
  const verdict = outcome.classification === "failed" ? `failed ${failed} of ${total} runs` : `passed ${passed} of ${total} runs`;
  const seed = outcome.failure?.seed === void 0 ? "" : `; replay the first failure with seed ${outcome.failure.seed}`;
  const rolledBack = removed.has(outcome.file) ? ` The generated file was removed: ${escapeMarkdown(removed.get(outcome.file) ?? "")}.` : "";
  const head = `**${escapeMarkdown(outcome.name)}** (${location(outcome.file, outcomeLine(report, outcome))}): ${verdict}${seed}.${rolledBack}`;
  const failure = outcome.failure;
  if (!failure) return head;
  const line = firstLine(failure.message);
  const summary = line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
  return [
    head,
    "",
    `<details><summary>First error: ${escapeHtml(summary)}</summary>`,
    "",
    codeBlock(clipError(errorText(failure))),
    "",
    "</details>"
  ].join("\n");
}
function gapItem(point) {
  return `- ${inlineCode(point.key)} (${point.kind}, ${escapeMarkdown(point.library)}) at ${location(point.location.file, point.location.line)}`;
}
function sections(report) {
  const removed = new Map((report.run?.rolledBack ?? []).map((r) => [r.file, r.reason]));
  const failing = report.outcomes.filter((o) => o.classification === "failed");
  const flaky = report.outcomes.filter((o) => o.classification === "flaky");
  const keys = new Map(report.points.map((p) => [p.id, p.key]));
  const kept = new Set(keptGenerated(report).map((g) => g.file));
  const gaps = uncoveredPoints(report);
  const generatedItems = report.generated.map((g) => {
    const by = g.generator.model ? `${g.generator.name} (${escapeMarkdown(g.generator.model)})` : g.generator.name;
    const covers = g.points.map((id) => inlineCode(keys.get(id) ?? id)).join(", ");
    const states = { written: `written by ${by}`, unchanged: `already up to date (${by})`, kept: "edited by a person, left as it was" };
    const state = kept.has(g.file) ? states[g.state] : `removed after the flake runs: ${escapeMarkdown(removed.get(g.file) ?? "")}`;
    const scenarios = g.scenarios.map((s) => `  - ${s.kind}: ${escapeMarkdown(s.name)}`);
    return [`- ${inlineCode(g.file)}: ${state}; covers ${covers || "no recorded point"}`, ...scenarios].join("\n");
  });
  const openapi = report.repository?.openapi;
  const drift = [
    ...(openapi?.drift.specOnly ?? []).map((key) => `- ${inlineCode(key)}: in the spec, not served by the code`),
    ...(openapi?.drift.codeOnly ?? []).map((key) => `- ${inlineCode(key)}: served by the code, not in the spec`)
  ];
  const skipped = report.outcomes.filter((o) => o.classification === "skipped").map((o) => `- **${escapeMarkdown(o.name)}** (${inlineCode(o.file)})${o.skipReason ? `: ${escapeMarkdown(o.skipReason)}` : ""}`);
  return [
    {
      heading: `Failing tests (${failing.length})`,
      items: failing.map((o) => testItem(report, o, removed)),
      noun: "failing test",
      separator: "\n\n"
    },
    {
      heading: `Flaky tests (${flaky.length})`,
      items: flaky.map((o) => testItem(report, o, removed)),
      noun: "flaky test",
      separator: "\n\n"
    },
    {
      heading: `Hung tests (${report.run?.hung.length ?? 0})`,
      intro: "Stopped at the run timeout and left out of the later runs.",
      items: (report.run?.hung ?? []).map((name) => `- ${escapeMarkdown(name)}`),
      noun: "hung test",
      separator: "\n"
    },
    {
      heading: `Gaps: ${plural(gaps.length, "integration point")} without a test`,
      items: gaps.map(gapItem),
      noun: "uncovered point",
      separator: "\n"
    },
    {
      heading: `OpenAPI drift (${drift.length})`,
      intro: `Where ${report.repository?.openapi.documents.map(inlineCode).join(", ")} and the code disagree.`,
      items: drift,
      noun: "drift",
      separator: "\n"
    },
    { heading: `Generated test files (${report.generated.length})`, items: generatedItems, noun: "generated file", separator: "\n" },
    { heading: `Skipped tests (${skipped.length})`, items: skipped, noun: "skipped test", separator: "\n" },
    {
      heading: `Diagnostics (${report.diagnostics.length})`,
      intro: "Files that could not be read or parsed; their integration points may be missing.",
      items: report.diagnostics.map((d) => `- ${location(d.file, d.line)}: ${escapeMarkdown(d.message)}`),
      noun: "diagnostic",
      separator: "\n"
    }
  ].filter((s) => s.items.length > 0);
}
function cutToBytes(text, max) {
  const buffer = Buffer.from(text, "utf8").subarray(0, max);
  return buffer.toString("utf8").replace(/\uFFFD$/, "");
}
function summaryMarkdown(report, opts = {}) {
  const maxBytes = opts.maxBytes ?? 1e6;
  const head = [
    "## Integration test report",
    "",
    deliveryNotification(report, opts),
    "",
    "### Integration points by kind",
    "",
    kindTable(report),
    ...report.run || report.mode !== "audit" ? ["", "### Flake runs", "", runBlock(report)] : [],
    ...opts.annotationsLeftOut ? [
      "",
      `_${plural(opts.annotationsLeftOut, "more annotation")} ${opts.annotationsLeftOut === 1 ? "was" : "were"} not shown in the log (GitHub shows 10 errors, 10 warnings and 10 notices per step); the sections below list them._`
    ] : []
  ].join("\n");
  const footer = `

---
<sub>itw ${escapeHtml(report.tool.version)}, ${report.mode} mode</sub>
`;
  let out = head;
  const leftOut = [];
  for (const section of sections(report)) {
    const top = `

### ${section.heading}

${section.intro ? `${section.intro}

` : ""}`;
    const reserve = NOTE_ROOM * 2 + bytes(footer);
    if (bytes(out) + bytes(top) + reserve > maxBytes) {
      leftOut.push(plural(section.items.length, section.noun));
      continue;
    }
    out += top;
    let shown = 0;
    for (const item of section.items) {
      const piece = (shown === 0 ? "" : section.separator) + item;
      if (bytes(out) + bytes(piece) + reserve > maxBytes) break;
      out += piece;
      shown++;
    }
    const rest = section.items.length - shown;
    if (rest > 0) {
      out += `

_${plural(rest, `more ${section.noun}`)} left out to keep this summary under GitHub's 1 MiB limit; the JSON report lists them all._`;
    }
  }
  if (leftOut.length > 0) {
    out += `

_Left out to keep this summary under GitHub's 1 MiB limit: ${leftOut.join(", ")}. The JSON report lists them all._`;
  }
  out += footer;
  return bytes(out) > maxBytes ? cutToBytes(out, maxBytes) : out;
}
export {
  summaryMarkdown
};

import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  deliveryNotification
} from "./chunk-HSYPIOJZ.js";
import {
  KIND_LABELS,
  classificationCounts,
  droppedTally,
  droppedVerdict,
  errorText,
  firstLine,
  flakeBoundPercent,
  gapEntries,
  keptGenerated,
  meanRunMs,
  outcomeLine,
  percent,
  plural,
  runCounts,
  stripAnsi,
  testGroups
} from "./chunk-NN63HJRI.js";
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
var REASON_CHARS = 300;
var NOTE_ROOM = 400;
function lazy(list, render) {
  return { length: list.length, render: (index) => render(list[index]) };
}
var bytes = (text) => Buffer.byteLength(text, "utf8");
function location(file, line) {
  return inlineCode(line === void 0 ? file : `${file}:${line}`);
}
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max)}\u2026` : text;
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
function tally(outcomes) {
  const c = classificationCounts(outcomes);
  return `${c.passed} passed, ${c.flaky} flaky, ${c.failed} failed, ${c.skipped} skipped`;
}
function runBlock(report) {
  const run = report.run;
  if (!run) return "The tests were not run.";
  const groups = testGroups(report);
  if (run.runs === 0)
    return `No run took place: ${plural(groups.dropped.length, "generated test")} ${groups.dropped.length === 1 ? "was" : "were"} dropped before the runs (below, with the reasons).`;
  const seeds = run.fixedOrder ? `, each in a fresh process, in one order (${run.fixedOrder})` : run.seeds.length > 0 ? `, each in a fresh process with its own shuffle seed (${run.seeds.map(String).join(", ")})` : ", each in a fresh process";
  const mean = meanRunMs(report);
  const results = [];
  if (groups.repository.length > 0) results.push(`- The repository's tests: ${tally(groups.repository)}.`);
  if (groups.kept.length > 0 || groups.dropped.length > 0 || report.generated.length > 0) {
    const kept = groups.kept.length;
    const allPassed = groups.kept.every((o) => o.classification === "passed");
    const keptText = `${plural(kept, "generated test")} kept${kept === 0 ? "" : allPassed ? ", each passed every run" : ` (${tally(groups.kept)})`}`;
    const droppedText = groups.dropped.length > 0 ? `; ${groups.dropped.length} written and dropped (below, with their reasons)` : "";
    results.push(`- ${keptText}${droppedText}.`);
  }
  const lines = [
    `The tests ran ${plural(run.runs, "time")}${seeds}.` + (mean === void 0 ? "" : ` One run took ${(mean / 1e3).toFixed(1)} s on average.`),
    ...results.length > 0 ? ["", ...results] : [],
    "",
    `${plural(run.runs, "clean run")} ${run.runs === 1 ? "rules" : "rule"} out, at 95% confidence, a failure rate above ${flakeBoundPercent(run.runs)} for each test that passed all of them.`
  ];
  return lines.join("\n");
}
function testItem(report, outcome) {
  const { passed, failed, total } = runCounts(outcome);
  const verdict = outcome.classification === "failed" ? `failed ${failed} of ${total} runs` : `passed ${passed} of ${total} runs`;
  const seed = outcome.failure?.seed === void 0 ? "" : `; replay the first failure with seed ${outcome.failure.seed}`;
  const head = `**${escapeMarkdown(outcome.name)}** (${location(outcome.file, outcomeLine(report, outcome))}): ${verdict}${seed}.`;
  const failure = outcome.failure;
  if (!failure) return head;
  const summary = clip(firstLine(failure.message), 200);
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
function droppedItem(dropped) {
  const outcome = dropped.outcome;
  const verdict = droppedVerdict(dropped);
  const runs = outcome?.runs.length ?? 0;
  const fared = {
    failed: () => `failed ${runCounts(outcome).failed} of ${runs} runs`,
    flaky: () => `passed ${runCounts(outcome).passed} of ${runs} runs`,
    "not run": () => outcome ? `ran in ${runs - outcome.runs.filter((r) => r === "skipped").length} of ${runs} runs` : "did not run",
    "not kept": () => `passed ${runs} of ${runs} runs, not kept`
  }[verdict]();
  const seed = outcome?.failure?.seed === void 0 ? "" : ` (seed ${outcome.failure.seed})`;
  const file = dropped.fileRemoved ? "file removed" : "removed from the file, which keeps the rest";
  return `- **${escapeMarkdown(dropped.scenario)}** in ${inlineCode(dropped.file)} (${file}): ${fared}${seed}. ${escapeMarkdown(clip(firstLine(dropped.reason), REASON_CHARS))}`;
}
function droppedSummary(dropped) {
  const by = droppedTally(dropped);
  const parts = [
    by.failed ? `${by.failed} failed` : "",
    by.flaky ? `${by.flaky} flaky` : "",
    by["not run"] ? `${by["not run"]} not run` : "",
    by["not kept"] ? `${by["not kept"]} passed but not kept` : ""
  ];
  const removed = new Set(dropped.filter((d) => d.fileRemoved).map((d) => d.file)).size;
  return `${plural(dropped.length, "generated test")} dropped: ${parts.filter(Boolean).join(", ")}; ${plural(removed, "file")} removed`;
}
function gapItem({ point, reason }) {
  return `- ${inlineCode(point.key)} (${point.kind}, ${escapeMarkdown(point.library)}) at ${location(point.location.file, point.location.line)}: ${escapeMarkdown(reason)}`;
}
function sections(report) {
  const groups = testGroups(report);
  const inTree = [...groups.repository, ...groups.kept];
  const failing = inTree.filter((o) => o.classification === "failed");
  const flaky = inTree.filter((o) => o.classification === "flaky");
  const keys = new Map(report.points.map((p) => [p.id, p.key]));
  const kept = keptGenerated(report);
  const gaps = gapEntries(report);
  const keptItem = (g) => {
    const by = g.generator.model ? `${g.generator.name} (${escapeMarkdown(g.generator.model)})` : g.generator.name;
    const covers = g.points.map((id) => inlineCode(keys.get(id) ?? id)).join(", ");
    const states = { written: `written by ${by}`, unchanged: `already up to date (${by})`, kept: "edited by a person, left as it was" };
    const scenarios = g.scenarios.map((s) => `  - ${s.kind}: ${escapeMarkdown(s.name)}`);
    return [`- ${inlineCode(g.file)}: ${states[g.state]}; covers ${covers || "no recorded point"}`, ...scenarios].join("\n");
  };
  const keptTests = kept.reduce((n, g) => n + g.scenarios.length, 0);
  const openapi = report.repository?.openapi;
  const drift = [
    ...(openapi?.drift.specOnly ?? []).map((key) => `- ${inlineCode(key)}: in the spec, not served by the code`),
    ...(openapi?.drift.codeOnly ?? []).map((key) => `- ${inlineCode(key)}: served by the code, not in the spec`)
  ];
  const skipped = inTree.filter((o) => o.classification === "skipped").map((o) => `- **${escapeMarkdown(o.name)}** (${inlineCode(o.file)})${o.skipReason ? `: ${escapeMarkdown(o.skipReason)}` : ""}`);
  return [
    {
      heading: `Failing tests (${failing.length})`,
      items: lazy(failing, (o) => testItem(report, o)),
      noun: "failing test",
      separator: "\n\n"
    },
    {
      heading: `Flaky tests (${flaky.length})`,
      items: lazy(flaky, (o) => testItem(report, o)),
      noun: "flaky test",
      separator: "\n\n"
    },
    {
      heading: `Hung tests (${report.run?.hung.length ?? 0})`,
      intro: "Stopped at the run timeout and left out of the later runs.",
      items: lazy(report.run?.hung ?? [], (name) => `- ${escapeMarkdown(name)}`),
      noun: "hung test",
      separator: "\n"
    },
    {
      heading: `Runs that proved nothing (${report.run?.broken.length ?? 0})`,
      intro: "No test passed in these runs and every test file failed outside its tests: the environment failed, not the tests.",
      items: lazy(
        report.run?.broken ?? [],
        (b) => `- Run ${b.run}${b.seed === void 0 ? "" : ` (seed ${b.seed})`}${b.file ? ` in ${inlineCode(b.file)}` : ""}: ${escapeMarkdown(clip(firstLine(b.cause), REASON_CHARS))}`
      ),
      noun: "broken run",
      separator: "\n"
    },
    {
      heading: `Gaps: ${plural(gaps.length, "integration point")} without a test`,
      items: lazy(gaps, gapItem),
      noun: "uncovered point",
      separator: "\n"
    },
    {
      heading: `Generated tests kept (${keptTests} in ${plural(kept.length, "file")})`,
      intro: "Each passed every run; they are in the tree now.",
      items: lazy(kept, keptItem),
      noun: "generated file",
      separator: "\n"
    },
    {
      heading: `Generated tests dropped (${groups.dropped.length})`,
      intro: [
        "Written by itw and removed, each for the reason given: a generated test is kept only when it passes every run. They are not the repository's tests and did not fail its build; a failure may still point at a bug worth a look.",
        "",
        `<details><summary>${droppedSummary(groups.dropped)}</summary>`
      ].join("\n"),
      items: lazy(groups.dropped, droppedItem),
      noun: "dropped test",
      separator: "\n",
      close: "\n\n</details>"
    },
    {
      heading: `OpenAPI drift (${drift.length})`,
      intro: `Where ${report.repository?.openapi.documents.map(inlineCode).join(", ")} and the code disagree.`,
      items: lazy(drift, (line) => line),
      noun: "drift",
      separator: "\n"
    },
    { heading: `Skipped tests (${skipped.length})`, items: lazy(skipped, (line) => line), noun: "skipped test", separator: "\n" },
    {
      heading: `Diagnostics (${report.diagnostics.length})`,
      intro: "Files that could not be read or parsed; their integration points may be missing.",
      items: lazy(report.diagnostics, (d) => `- ${location(d.file, d.line)}: ${escapeMarkdown(d.message)}`),
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
  const parts = [head];
  let size = bytes(head);
  const add = (text) => {
    parts.push(text);
    size += bytes(text);
  };
  const leftOut = [];
  for (const section of sections(report)) {
    const top = `

### ${section.heading}

${section.intro ? `${section.intro}

` : ""}`;
    const reserve = NOTE_ROOM * 2 + bytes(footer) + bytes(section.close ?? "");
    if (size + bytes(top) + reserve > maxBytes) {
      leftOut.push(plural(section.items.length, section.noun));
      continue;
    }
    add(top);
    let shown = 0;
    for (let index = 0; index < section.items.length; index++) {
      const piece = (shown === 0 ? "" : section.separator) + section.items.render(index);
      if (size + bytes(piece) + reserve > maxBytes) break;
      add(piece);
      shown++;
    }
    const rest = section.items.length - shown;
    if (rest > 0) {
      add(
        `

_${plural(rest, `more ${section.noun}`)} left out to keep this summary under GitHub's 1 MiB limit; the JSON report lists them all._`
      );
    }
    add(section.close ?? "");
  }
  if (leftOut.length > 0) {
    add(`

_Left out to keep this summary under GitHub's 1 MiB limit: ${leftOut.join(", ")}. The JSON report lists them all._`);
  }
  const out = parts.join("") + footer;
  return bytes(out) > maxBytes ? cutToBytes(out, maxBytes) : out;
}
export {
  summaryMarkdown
};

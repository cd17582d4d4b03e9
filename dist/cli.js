#!/usr/bin/env node
import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  VERSION
} from "./chunks/chunk-D53CAC54.js";
import {
  classificationCounts,
  droppedVerdict,
  firstLine,
  gapEntries,
  keptGenerated,
  testGroups
} from "./chunks/chunk-NN63HJRI.js";
import {
  ConfigError,
  INPUTS,
  parseConfig
} from "./chunks/chunk-KBSDFZZI.js";
import {
  StoppedError,
  stopOnSignals
} from "./chunks/chunk-MYFISGNQ.js";
import {
  createMasker
} from "./chunks/chunk-KKEJESTS.js";
import "./chunks/chunk-JBQHX4XP.js";
import "./chunks/chunk-EX7MXSWI.js";

// src/cli.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/report/terminal.ts
var LIST_LIMIT = 30;
function limited(items, render, limit = LIST_LIMIT) {
  const lines = items.slice(0, limit).map(render);
  if (items.length > limit) lines.push(`  \u2026 and ${items.length - limit} more (see the report)`);
  return lines;
}
function testLine(outcome) {
  const message = outcome.failure ? firstLine(outcome.failure.message) : outcome.skipReason ?? "";
  return `  ${outcome.classification.padEnd(7)} ${outcome.name} (${outcome.file})${message ? `
          ${message}` : ""}`;
}
function terminalSummary(report) {
  const groups = testGroups(report);
  const rows = report.counts.byKind.map(
    (k) => `  ${k.kind.padEnd(14)} ${String(k.covered).padStart(4)} / ${String(k.points).padEnd(4)} covered`
  );
  const lines = [
    "",
    "Integration points",
    ...rows,
    `  ${"total".padEnd(14)} ${String(report.counts.covered).padStart(4)} / ${String(report.counts.points).padEnd(4)} covered (${report.counts.coverage}%)`
  ];
  const gaps = gapEntries(report);
  if (gaps.length)
    lines.push(
      "",
      "Not covered",
      ...limited(gaps, ({ point, reason }) => `  ${point.key.padEnd(40)} ${point.location.file}:${point.location.line}
      ${reason}`)
    );
  const drift = report.repository?.openapi.drift;
  if (drift && drift.specOnly.length + drift.codeOnly.length > 0) {
    lines.push("", `OpenAPI drift (${report.repository.openapi.documents.join(", ")})`);
    lines.push(...drift.specOnly.map((k) => `  spec only   ${k}`), ...drift.codeOnly.map((k) => `  code only   ${k}`));
  }
  if (groups.repository.length) {
    const c = classificationCounts(groups.repository);
    const notPassed = groups.repository.filter((o) => o.classification !== "passed");
    lines.push(
      "",
      `Repository tests: ${c.passed} passed, ${c.flaky} flaky, ${c.failed} failed, ${c.skipped} skipped`,
      ...limited(notPassed, testLine)
    );
  }
  const kept = keptGenerated(report);
  if (kept.length) {
    const tests = kept.reduce((n, g) => n + g.scenarios.length, 0);
    lines.push("", `Generated tests kept (${tests}, passed every run)`, ...kept.map((g) => `  ${g.file} (${g.scenarios.length} tests)`));
    lines.push(...groups.kept.filter((o) => o.classification !== "passed").map(testLine));
  }
  if (groups.dropped.length)
    lines.push(
      "",
      `Generated tests dropped (${groups.dropped.length}), each with its reason`,
      ...limited(
        groups.dropped,
        (d) => `  ${droppedVerdict(d).padEnd(8)} ${d.scenario}
           ${d.file} (${d.fileRemoved ? "file removed" : "removed from the file"}): ${firstLine(d.reason)}`
      )
    );
  const broken = report.run?.broken ?? [];
  if (broken.length)
    lines.push(
      "",
      "Runs that proved nothing (no test passed, every file failed outside its tests)",
      ...broken.map(
        (b) => `  run ${b.run}${b.seed === void 0 ? "" : ` (seed ${b.seed})`}${b.file ? ` in ${b.file}` : ""}: ${firstLine(b.cause)}`
      )
    );
  if (report.diagnostics.length)
    lines.push("", "Notes", ...report.diagnostics.slice(0, 20).map((d) => `  ${d.file}${d.line ? `:${d.line}` : ""}: ${d.message}`));
  return lines.join("\n");
}

// src/cli.ts
var CLI_INPUTS = INPUTS.filter((i) => !i.actionOnly && i.name !== "mode" && i.name !== "working-directory");
var COMMANDS = ["audit", "generate", "verify", "merge"];
function usage() {
  const flags = CLI_INPUTS.map(
    (i) => `  --${i.name.padEnd(18)} ${i.description.split(". ")[0].replace(/`/g, "")}${i.default ? ` (default: ${i.default})` : ""}`
  );
  return [
    `itw ${VERSION}: finds a service's integration points, maps their coverage, writes the missing integration tests.`,
    "",
    "Usage: itw <audit|generate|verify> [dir] [options]",
    "",
    "  audit      integration points and their coverage; writes no test files",
    "  generate   write tests for uncovered points; keep those that pass every run",
    "  verify     run the existing tests --flake-runs times and name flaky ones",
    "",
    "Options (the same names as the action inputs):",
    ...flags,
    "  --json               print the JSON report on stdout (progress goes to stderr)",
    "  --help, --version",
    "",
    "Reports are written to itw-report/ in the service folder."
  ].join("\n");
}
async function main(argv, streams = { out: process.stdout, err: process.stderr }) {
  const masker = createMasker(process.env);
  const io = {
    out: { write: (text) => streams.out.write(masker.mask(text)) },
    err: { isTTY: streams.err.isTTY, write: (text) => streams.err.write(masker.mask(text)) }
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(CLI_INPUTS.map((i) => [i.name, { type: "string" }])),
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    io.err.write(`itw: ${error.message}
Run itw --help for the options.
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return io.out.write(`${usage()}
`), 0;
  if (values.version) return io.out.write(`${VERSION}
`), 0;
  const [command, dir = ".", ...extra] = positionals;
  if (!command || !COMMANDS.includes(command) || extra.length) {
    io.err.write(
      `itw: ${command ? `unknown command "${[command, ...extra].join(" ")}"` : "missing command"}; use audit, generate or verify.

${usage()}
`
    );
    return 2;
  }
  const raw = { mode: command };
  for (const input of CLI_INPUTS) {
    const value = values[input.name];
    if (typeof value === "string") raw[input.name] = value;
  }
  if (!raw["anthropic-api-key"] && process.env.ANTHROPIC_API_KEY) raw["anthropic-api-key"] = process.env.ANTHROPIC_API_KEY;
  const progress = io.err.isTTY ? ttyProgress(io.err) : (line) => io.err.write(`${line}
`);
  const [{ NotAvailableError, runEngine }, { thresholdFailures, writeArtifacts }, { reportJson }, { deliveryNotification }] = await Promise.all([import("./chunks/engine-E3BVSDON.js"), import("./chunks/publish-U2H26Y6X.js"), import("./chunks/json-AMLQ5YEO.js"), import("./chunks/notification-K64D5PT6.js")]);
  try {
    const config = parseConfig(raw, path.resolve(dir));
    const stop = stopOnSignals((line) => io.err.write(`${line}
`));
    const report = masker.maskDeep(await runEngine(config, { log: progress, signal: stop.signal }).finally(stop.dispose));
    const artifacts = await writeArtifacts(report, config, masker);
    if (values.json) io.out.write(reportJson(report));
    else
      io.out.write(
        `${terminalSummary(report)}
Report: ${artifacts.reportPath}${artifacts.junitPath ? `
JUnit:  ${artifacts.junitPath}` : ""}

${deliveryNotification(report)}
`
      );
    const failures = thresholdFailures(report, config);
    for (const f of failures) io.err.write(`itw: ${f}
`);
    return failures.length ? 1 : 0;
  } catch (error) {
    if (error instanceof StoppedError) return io.err.write(`itw: ${error.message}
`), error.exitCode;
    const prefix = error instanceof ConfigError ? "" : error instanceof NotAvailableError ? "not available yet: " : "";
    io.err.write(`itw: ${prefix}${error.message}
`);
    return error instanceof ConfigError ? 2 : 1;
  }
}
function ttyProgress(stream) {
  let transient = false;
  return (line) => {
    const isRun = /^\s+run \d+\/\d+/.test(line);
    stream.write(`${transient ? "\r\x1B[K" : ""}\x1B[2m\u203A\x1B[0m ${line.trim()}${isRun ? "" : "\n"}`);
    transient = isRun;
    if (isRun && /run (\d+)\/\1\b/.test(line)) {
      stream.write("\n");
      transient = false;
    }
  };
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};

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
  ConfigError,
  INPUTS,
  parseConfig
} from "./chunks/chunk-233VTGFA.js";
import "./chunks/chunk-G5SLP4XX.js";
import "./chunks/chunk-EX7MXSWI.js";

// src/cli.ts
import path from "node:path";
import { parseArgs } from "node:util";
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
async function main(argv, io = { out: process.stdout, err: process.stderr }) {
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
  const [{ NotAvailableError, runEngine }, { thresholdFailures, writeArtifacts }, { reportJson }, { deliveryNotification }] = await Promise.all([import("./chunks/engine-YA46X4E7.js"), import("./chunks/publish-652WKAFX.js"), import("./chunks/json-2PYQQTAM.js"), import("./chunks/notification-HVUQBKXY.js")]);
  try {
    const config = parseConfig(raw, path.resolve(dir));
    const report = await runEngine(config, { log: progress });
    const artifacts = await writeArtifacts(report, config);
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
function terminalSummary(report) {
  const rows = report.counts.byKind.map(
    (k) => `  ${k.kind.padEnd(14)} ${String(k.covered).padStart(4)} / ${String(k.points).padEnd(4)} covered`
  );
  const gaps = report.points.filter(
    (p) => !report.coverage.find((c) => c.pointId === p.id)?.tests.length && !report.generated.some((g) => g.points.includes(p.id))
  );
  const lines = [
    "",
    "Integration points",
    ...rows,
    `  ${"total".padEnd(14)} ${String(report.counts.covered).padStart(4)} / ${String(report.counts.points).padEnd(4)} covered (${report.counts.coverage}%)`
  ];
  if (gaps.length)
    lines.push(
      "",
      "Not covered",
      ...gaps.slice(0, 30).map((p) => `  ${p.key.padEnd(40)} ${p.location.file}:${p.location.line}`),
      ...gaps.length > 30 ? [`  \u2026 and ${gaps.length - 30} more (see the report)`] : []
    );
  const drift = report.repository?.openapi.drift;
  if (drift && drift.specOnly.length + drift.codeOnly.length > 0) {
    lines.push("", `OpenAPI drift (${report.repository.openapi.documents.join(", ")})`);
    lines.push(...drift.specOnly.map((k) => `  spec only   ${k}`), ...drift.codeOnly.map((k) => `  code only   ${k}`));
  }
  if (report.generated.length) lines.push("", "Generated", ...report.generated.map((g) => `  ${g.file} (${g.scenarios.length} tests)`));
  const bad = report.outcomes.filter((o) => o.classification === "flaky" || o.classification === "failed");
  if (bad.length)
    lines.push(
      "",
      "Left out (did not pass every run)",
      ...bad.map((o) => `  ${o.classification.padEnd(7)} ${o.name}
          ${o.failure?.message ?? ""}`)
    );
  if (report.diagnostics.length)
    lines.push("", "Notes", ...report.diagnostics.slice(0, 20).map((d) => `  ${d.file}${d.line ? `:${d.line}` : ""}: ${d.message}`));
  return lines.join("\n");
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};

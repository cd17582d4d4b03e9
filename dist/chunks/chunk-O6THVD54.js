import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);

// src/run/broken-run.ts
var redactUrls = (text) => text.replace(/(\/\/[^:/@\s]*):[^@/\s]*@/g, "$1:***@");
function brokenRunMessage(summary, origin) {
  const first = summary.broken[0];
  const whose = origin === "generated" ? "the generated tests" : "the repository's tests";
  const where = first.file ? ` (first in ${first.file})` : "";
  const runs = summary.broken.map((b) => b.run).join(", ");
  return [
    `${whose} could not run: in run ${runs} of ${summary.runs} no test passed and every test file failed outside its tests${where}:`,
    `  ${redactUrls(first.cause).split("\n").join("\n  ")}`,
    `This is the environment, not the tests: check that the services the tests use are running and that their URLs and credentials are right, and that the test runner's configuration loads${first.seed === void 0 ? "" : `; replay with seed ${first.seed}`}.${origin === "generated" ? " Nothing was kept." : ""}`
  ].join("\n");
}

export {
  brokenRunMessage
};

import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  ReportParseError,
  parseReport,
  reportJson
} from "./chunk-DWXXKHA2.js";
import "./chunk-5ULI5UNP.js";
import "./chunk-EX7MXSWI.js";
export {
  ReportParseError,
  parseReport,
  reportJson
};

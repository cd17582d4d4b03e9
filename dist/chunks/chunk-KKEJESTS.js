import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  looksSecret
} from "./chunk-JBQHX4XP.js";

// src/safety/mask.ts
var MASK = "***";
var TOKEN_SHAPES = [
  /\bgh[oprsu]_[A-Za-z0-9]{20,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\bnpm_[A-Za-z0-9]{20,}/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\bsk-ant-[A-Za-z0-9_-]{10,}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g
];
var URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s"'<>]*):[^@/\s"'<>]+@/gi;
var QUERY_PASSWORD = /([?&](?:password|passwd|pwd|sslpassword)=)[^&#\s"'<>]+/gi;
var MIN_VALUE_LENGTH = 8;
function createMasker(env) {
  const values = /* @__PURE__ */ new Set();
  const add = (value) => {
    if (value.length >= MIN_VALUE_LENGTH && !/^[a-z]+$/.test(value)) values.add(value);
  };
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (looksSecret(name)) add(value.trim());
    for (const password of urlPasswords(value)) add(password);
  }
  for (const value of [...values]) {
    values.add(JSON.stringify(value).slice(1, -1));
    values.add(value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
    values.add(encodeURIComponent(value));
  }
  const ordered = [...values].filter((v) => v.length >= MIN_VALUE_LENGTH).sort((a, b) => b.length - a.length);
  const mask = (text) => {
    let out = text;
    for (const value of ordered) if (out.includes(value)) out = out.split(value).join(MASK);
    for (const shape of TOKEN_SHAPES) out = out.replace(shape, MASK);
    return out.replace(URL_PASSWORD, `$1:${MASK}@`).replace(QUERY_PASSWORD, `$1${MASK}`);
  };
  const maskDeep = (value) => {
    if (typeof value === "string") return mask(value);
    if (Array.isArray(value)) return value.map(maskDeep);
    if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)]));
    }
    return value;
  };
  return { values: ordered, mask, maskDeep };
}
function urlPasswords(value) {
  const found = [
    ...[...value.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@/\s]+)@/gi)].map((m) => m[1]),
    ...[...value.matchAll(/[?&](?:password|passwd|pwd|sslpassword)=([^&#\s]+)/gi)].map((m) => m[1])
  ];
  const out = [];
  for (const raw of found) {
    out.push(raw);
    try {
      out.push(decodeURIComponent(raw));
    } catch {
    }
  }
  return out;
}

export {
  createMasker
};

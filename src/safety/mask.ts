import { looksSecret } from './env.js';

export const MASK = '***';

/** Credentials by their shape, wherever they appear: GitHub, npm, AWS key ids, Anthropic, Slack. */
const TOKEN_SHAPES = [
  /\bgh[oprsu]_[A-Za-z0-9]{20,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\bnpm_[A-Za-z0-9]{20,}/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\bsk-ant-[A-Za-z0-9_-]{10,}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
];

/** The password of any URL, in the user part (`//user:pw@`) or the query (`?password=pw`). */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s"'<>]*):[^@/\s"'<>]+@/gi;
const QUERY_PASSWORD = /([?&](?:password|passwd|pwd|sslpassword)=)[^&#\s"'<>]+/gi;

/**
 * Values of secret-looking variables shorter than this, or made of lower-case letters alone, are not masked by
 * value: masking them would blank ordinary words of the report ("postgres"). Their shapes and URLs still are.
 */
const MIN_VALUE_LENGTH = 8;

export interface Masker {
  /** The literal values masked, longest first (the action registers each with `core.setSecret`). */
  readonly values: readonly string[];
  mask(text: string): string;
  /** A copy of a JSON-like value with every string masked. */
  maskDeep<T>(value: T): T;
}

/**
 * One masker for everything a run writes, built from the environment at start: values of variables whose names
 * look secret, passwords inside URLs held by any variable, and known token shapes anywhere.
 */
export function createMasker(env: NodeJS.ProcessEnv): Masker {
  const values = new Set<string>();
  const add = (value: string): void => {
    if (value.length >= MIN_VALUE_LENGTH && !/^[a-z]+$/.test(value)) values.add(value);
  };
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (looksSecret(name)) add(value.trim());
    for (const password of urlPasswords(value)) add(password);
  }
  // Forms the value takes once written into JSON or XML.
  for (const value of [...values]) {
    values.add(JSON.stringify(value).slice(1, -1));
    values.add(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    values.add(encodeURIComponent(value));
  }
  const ordered = [...values].filter((v) => v.length >= MIN_VALUE_LENGTH).sort((a, b) => b.length - a.length);
  const mask = (text: string): string => {
    let out = text;
    for (const value of ordered) if (out.includes(value)) out = out.split(value).join(MASK);
    for (const shape of TOKEN_SHAPES) out = out.replace(shape, MASK);
    return out.replace(URL_PASSWORD, `$1:${MASK}@`).replace(QUERY_PASSWORD, `$1${MASK}`);
  };
  const maskDeep = <T>(value: T): T => {
    if (typeof value === 'string') return mask(value) as T;
    if (Array.isArray(value)) return value.map(maskDeep) as T;
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)])) as T;
    }
    return value;
  };
  return { values: ordered, mask, maskDeep };
}

function urlPasswords(value: string): string[] {
  const found = [
    ...[...value.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@/\s]+)@/gi)].map((m) => m[1]!),
    ...[...value.matchAll(/[?&](?:password|passwd|pwd|sslpassword)=([^&#\s]+)/gi)].map((m) => m[1]!),
  ];
  const out: string[] = [];
  for (const raw of found) {
    out.push(raw);
    try {
      out.push(decodeURIComponent(raw));
    } catch {
      // Not percent-encoded text: the raw form is enough.
    }
  }
  return out;
}

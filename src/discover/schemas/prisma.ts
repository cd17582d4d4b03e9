/**
 * A reader of the Prisma schema language, for what discovery needs: the datasource provider,
 * enums, and models with their fields and attributes. (The published parsers either run a
 * WebAssembly engine or load a config file from the working directory, which a static scan of
 * someone else's repository must not do.)
 */

export interface PrismaAttribute {
  /** Without the `@`: `id`, `default`, `relation`, `db.VarChar`; block attributes keep one `@`: `@id`, `@unique`, `@map`. */
  name: string;
  /** The text between the parentheses, '' when there are none. */
  args: string;
}

export interface PrismaField {
  name: string;
  type: string;
  list: boolean;
  optional: boolean;
  attributes: PrismaAttribute[];
  line: number;
}

export interface PrismaModel {
  name: string;
  line: number;
  fields: PrismaField[];
  /** `@@id`, `@@unique`, `@@map`… (names stored without the `@@`, prefixed by one `@`). */
  blockAttributes: PrismaAttribute[];
}

export interface PrismaSchema {
  provider?: string;
  models: PrismaModel[];
  enums: string[];
  /** Composite types (MongoDB `type` blocks). */
  types: string[];
}

/** Reads one schema file. Unknown blocks are skipped; a malformed line is ignored, not fatal. */
export function readPrismaSchema(text: string): PrismaSchema {
  const schema: PrismaSchema = { models: [], enums: [], types: [] };
  const lines = stripComments(text).split('\n');
  let block: { kind: string; name: string; line: number; body: { text: string; line: number }[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!block) {
      const open = /^(model|view|enum|type|datasource|generator)\s+(\w+)\s*\{\s*$/.exec(raw);
      if (open) block = { kind: open[1]!, name: open[2]!, line: i + 1, body: [] };
      continue;
    }
    if (raw === '}') {
      finishBlock(schema, block);
      block = undefined;
      continue;
    }
    if (!raw) continue;
    // A statement continues while its brackets are open (`@@index([a,\n b])`).
    let statement = raw;
    const start = i;
    while (depth(statement) > 0 && i + 1 < lines.length) statement += ' ' + lines[++i]!.trim();
    block.body.push({ text: statement, line: start + 1 });
  }
  return schema;
}

function finishBlock(
  schema: PrismaSchema,
  block: { kind: string; name: string; line: number; body: { text: string; line: number }[] },
): void {
  if (block.kind === 'datasource') {
    for (const { text } of block.body) {
      const m = /^provider\s*=\s*"([^"]*)"/.exec(text);
      if (m) schema.provider = m[1];
    }
  } else if (block.kind === 'enum') schema.enums.push(block.name);
  else if (block.kind === 'model' || block.kind === 'type') {
    if (block.kind === 'type') schema.types.push(block.name);
    const model: PrismaModel = { name: block.name, line: block.line, fields: [], blockAttributes: [] };
    for (const { text, line } of block.body) {
      if (text.startsWith('@@')) {
        model.blockAttributes.push(...attributes(text));
        continue;
      }
      const m = /^(\w+)\s+(Unsupported\("(?:[^"\\]|\\.)*"\)|[\w.]+)(\[\])?(\?)?(.*)$/.exec(text);
      if (!m) continue;
      model.fields.push({ name: m[1]!, type: m[2]!, list: Boolean(m[3]), optional: Boolean(m[4]), attributes: attributes(m[5]!), line });
    }
    if (block.kind === 'model' && !model.blockAttributes.some((a) => a.name === '@ignore')) schema.models.push(model);
  }
}

/** `@id @default(autoincrement()) @db.VarChar(255)` → attributes in order. */
function attributes(text: string): PrismaAttribute[] {
  const out: PrismaAttribute[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i = skipString(text, i);
      continue;
    }
    if (text[i] !== '@') {
      i++;
      continue;
    }
    const name = /^@?[\w.]+/.exec(text.slice(i + 1))?.[0];
    if (!name) {
      i++;
      continue;
    }
    i += 1 + name.length;
    let args = '';
    if (text[i] === '(') {
      const end = closing(text, i);
      args = text.slice(i + 1, end).trim();
      i = end + 1;
    }
    out.push({ name, args });
  }
  return out;
}

/** Index of the `)` that closes the `(` at `open` (quotes and nesting respected). */
function closing(text: string, open: number): number {
  let level = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') i = skipString(text, i) - 1;
    else if (ch === '(' || ch === '[') level++;
    else if (ch === ')' || ch === ']') {
      level--;
      if (level === 0) return i;
    }
  }
  return text.length;
}

function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function depth(text: string): number {
  let level = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') i = skipString(text, i) - 1;
    else if (ch === '(' || ch === '[' || ch === '{') level++;
    else if (ch === ')' || ch === ']' || ch === '}') level--;
  }
  return level;
}

/** Removes `//` and `/* … *\/` comments outside strings, keeping line breaks so line numbers hold. */
function stripComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      const end = skipString(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, '');
      i = stop - 1;
    } else out += ch;
  }
  return out;
}

/** Top-level comma-separated parts of an argument list: `fields: [a, b], references: [id]`. */
export function splitArgs(args: string): string[] {
  const out: string[] = [];
  let level = 0;
  let current = '';
  for (let i = 0; i < args.length; i++) {
    const ch = args[i]!;
    if (ch === '"') {
      const end = skipString(args, i);
      current += args.slice(i, end);
      i = end - 1;
      continue;
    }
    if (ch === '(' || ch === '[') level++;
    if (ch === ')' || ch === ']') level--;
    if (ch === ',' && level === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** A named argument (`fields: [a]`) or, with `name` undefined, the first positional one. */
export function argument(args: string, name?: string): string | undefined {
  for (const part of splitArgs(args)) {
    const named = /^(\w+)\s*:\s*([\s\S]*)$/.exec(part);
    if (name === undefined && !named) return part;
    if (named && named[1] === name) return named[2]!.trim();
  }
  return undefined;
}

/** `[a, b]` → ['a', 'b'] (sort orders and lengths dropped: `[email(sort: Desc)]` → ['email']). */
export function fieldList(text: string | undefined): string[] {
  if (!text) return [];
  const inner = text.trim().replace(/^\[|\]$/g, '');
  return splitArgs(inner)
    .map((p) => /^\w+/.exec(p)?.[0])
    .filter((p): p is string => Boolean(p));
}

/** `"member"` → member; other values (functions, numbers, enum members) as written. */
export function unquote(value: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(value.trim());
  return m ? m[1]!.replace(/\\(.)/g, '$1') : value.trim();
}

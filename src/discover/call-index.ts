/** Words before a `(` that are syntax, not calls of a function of that name. */
const KEYWORDS = new Set([
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'function',
  'return',
  'typeof',
  'await',
  'yield',
  'new',
  'in',
  'of',
  'do',
  'else',
  'case',
  'void',
  'delete',
  'super',
  'import',
  'require',
  'async',
  'constructor',
]);

/**
 * Which files call a function by its plain name (`publishEvent(…)`, not `bus.publishEvent(…)`), built from the texts
 * the prefilter reads anyway, so finding the callers of a wrapper needs neither every text held in memory nor a
 * second read of the repository. A scan by character, not a regular expression: it runs over every source.
 */
export class CallIndex {
  private readonly paths: string[] = [];
  private readonly byName = new Map<string, number[]>();

  add(path: string, text: string): void {
    const index = this.paths.push(path) - 1;
    let at = text.indexOf('(');
    while (at >= 0) {
      let end = at - 1;
      while (end >= 0 && isSpace(text.charCodeAt(end))) end--;
      let start = end;
      while (start >= 0 && isWordChar(text.charCodeAt(start))) start--;
      // `x.name(` and `x?.name(` are method calls; a leading digit is a number, not a name.
      if (start < end && text.charCodeAt(start) !== 46 && !isDigit(text.charCodeAt(start + 1))) {
        const name = text.slice(start + 1, end + 1);
        if (!KEYWORDS.has(name)) {
          const list = this.byName.get(name);
          // A slice keeps its whole source text alive: a key is a copy of its own.
          if (!list) this.byName.set(name.split('').join(''), [index]);
          else if (list.at(-1) !== index) list.push(index);
        }
      }
      at = text.indexOf('(', at + 1);
    }
  }

  filesCalling(name: string): string[] {
    return (this.byName.get(name) ?? []).map((i) => this.paths[i]!);
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c === 36 || c > 127;
}

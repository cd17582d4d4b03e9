import { createRequire as __itwCreateRequire } from 'node:module';
import { fileURLToPath as __itwFileURLToPath } from 'node:url';
import { dirname as __itwDirname } from 'node:path';
const require = __itwCreateRequire(import.meta.url);
const __filename = __itwFileURLToPath(import.meta.url);
const __dirname = __itwDirname(__filename);
import {
  brokenRunMessage
} from "./chunk-O6THVD54.js";
import {
  POINT_KINDS,
  isDbPoint,
  isHttpPoint
} from "./chunk-5ULI5UNP.js";
import {
  esm_default,
  require_pg_connection_string
} from "./chunk-CL4XF5Y4.js";
import {
  require_dist
} from "./chunk-BVSVFGV2.js";
import {
  VERSION
} from "./chunk-D53CAC54.js";
import {
  stoppedError
} from "./chunk-MYFISGNQ.js";
import {
  assertRealInside,
  configEnvNames,
  resolveInside,
  testProcessEnv,
  toRepoPath
} from "./chunk-JBQHX4XP.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EX7MXSWI.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth2 = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth2++;
            } else if (source[end] === ")") {
              depth2--;
            }
            end++;
          } while (end < length && depth2 > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required2]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required2 !== UNDEFINED && prev.indexOf(required2) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path32) => {
      const end = path32.length - 1;
      const index = path32.lastIndexOf(
        SLASH,
        path32[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path32 : path32.slice(index + 1);
    };
    var parentOf = (path32) => {
      if (path32.charCodeAt(0) === SLASH_CODE || path32.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path32.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path32.length - 1;
      const cut = path32.lastIndexOf(
        SLASH,
        path32.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path32.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path32) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path32)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path32, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path32) : path32;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path32
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path32, originalPath, doThrow) => {
      if (!isString(path32)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path32) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path32)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path32) => {
      const first = path32.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path32.length === 1) {
        return true;
      }
      const second = path32.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path32.length === 2 || path32.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path32) {
        checkPath(
          path32,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path32 ? this._t(path32, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path32 = convertPath(target);
        if (!path32 || path32.charCodeAt(path32.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path32);
        }
        const dir = this._t(path32, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal3 = this._rules.testLiteral(path32);
        return literal3.ignored || literal3.unignored ? literal3 : dir;
      }
      _t(path32, cache) {
        if (path32 in cache) {
          return cache[path32];
        }
        const parentPath = parentOf(path32);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path32] = parent && parent.ignored ? parent : this._rules.test(path32, MODE_IGNORE);
      }
      ignores(path32) {
        return this._test(path32, this._ignoreCache, convertPath(path32)).ignored;
      }
      createFilter() {
        return (path32) => !this.ignores(path32);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path32) {
        return this._test(path32, this._testCache, convertPath(path32));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path32) => checkPath(convertPath(path32), path32, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path32) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path32) || isNotRelative(path32);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    );
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = (
      /** @type {const} */
      "|&;()<> \\t"
    );
    var SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    );
    var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
    var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
    var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
    var ANSI_C_LETTERS = "abeEfnrtv";
    var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
    var hash = /^#$/;
    var SQ = (
      /** @type {const} */
      "'"
    );
    var DQ = (
      /** @type {const} */
      '"'
    );
    var DS = (
      /** @type {const} */
      "$"
    );
    var TOKEN = "";
    var mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches[matches.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape2) {
      var kind = escape2.charAt(0);
      if (kind === "c") {
        var ctrl = escape2.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape2.slice(1), 16);
        if (cp > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape2, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape2);
      return letter < 0 ? escape2 : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      ansiCAt.lastIndex = i2;
      return !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
      var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
      var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        }
        var quote = false;
        var esc = false;
        var out = "";
        var words = [];
        var sawQuote = false;
        var pendingNw = null;
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            var depth2 = 1;
            varend = i2;
            while (depth2 > 0 && varend < s.length) {
              if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                depth2 += 1;
              } else if (s.charAt(varend) === "}") {
                depth2 -= 1;
              }
              varend += 1;
            }
            if (depth2 !== 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varend -= 1;
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!-]/.test(char)) {
            varname = char;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += /** @type {number} */
              varend.index - 1;
            }
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw === null) {
            return;
          }
          if (pendingNw === 0) {
            if (out !== "") {
              words[words.length] = out;
              out = "";
            }
          } else {
            words[words.length] = out;
            out = "";
            for (var fe = 1; fe < pendingNw; fe += 1) {
              words[words.length] = "";
            }
          }
          pendingNw = null;
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS) {
            flushRun();
          }
          isGlob = isGlob || !quote && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote) {
            if (c === quote) {
              quote = false;
            } else if (quote == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote = c;
            sawQuote = true;
          } else if (controlRE.test(c)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string.slice(match.index + i2 + 1) };
            if (out.length) {
              return (
                /** @type {const} */
                [out, commentObj]
              );
            }
            return (
              /** @type {const} */
              [commentObj]
            );
          } else if (c === BS) {
            esc = true;
          } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
            flushRun();
            sawQuote = true;
            out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
            i2 = ansiCAt.lastIndex - 1;
          } else if (c === DS) {
            var value = parseEnvVar();
            if (!ifs) {
              out += value;
            } else {
              for (var vi = 0; vi < value.length; vi += 1) {
                var vc = value.charAt(vi);
                if (ifs.indexOf(vc) < 0) {
                  flushRun();
                  out += vc;
                } else if (pendingNw === null) {
                  pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                  pendingNw += 1;
                }
              }
            }
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        }
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out;
            out = "";
            for (var te = 1; te < pendingNw; te += 1) {
              words[words.length] = "";
            }
          }
          if (out !== "" || sawQuote && words.length === 0) {
            words[words.length] = out;
          }
          return words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          if (typeof arg === "undefined") {
            return prev;
          }
          [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          });
          return prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function parse3(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(
        function(acc, s2) {
          if (typeof s2 === "object") {
            acc[acc.length] = s2;
            return acc;
          }
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          if (xs.length === 1) {
            acc[acc.length] = xs[0];
            return acc;
          }
          xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          });
          return acc;
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// src/engine.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import fs22 from "node:fs";
import path31 from "node:path";

// src/cover/index.ts
import fs from "node:fs/promises";
import path from "node:path";

// src/discover/parser.ts
var loaded;
function loadTypeScript() {
  loaded ??= import("./typescript-5ADBEPLT.js").then((m) => m.default ?? m);
  return loaded;
}
function createParser(ts) {
  return {
    parse(file, text) {
      const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : file.endsWith(".jsx") ? ts.ScriptKind.JSX : /\.[cm]?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
      return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    }
  };
}
function firstSyntaxError(ts, sf) {
  const diagnostics = sf.parseDiagnostics;
  const first = diagnostics?.[0];
  if (!first) return void 0;
  return {
    line: sf.getLineAndCharacterOfPosition(first.start).line + 1,
    message: ts.flattenDiagnosticMessageText(first.messageText, " ")
  };
}

// src/discover/ast.ts
function lineOf(sf, node) {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}
function forEachDeep(ts, node, visit) {
  const stack = [];
  const push = (child) => {
    stack.push(child);
    return void 0;
  };
  const pushChildren = (n) => {
    const start = stack.length;
    ts.forEachChild(n, push);
    for (let i = start, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j], stack[i]];
  };
  pushChildren(node);
  while (stack.length > 0) {
    const n = stack.pop();
    const next = visit(n);
    if (next === "stop") return;
    if (next !== "skip") pushChildren(n);
  }
}
function collectImports(ts, sf) {
  const out = [];
  for (const stmt of sf.statements) {
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
      const module = stmt.moduleSpecifier.text;
      const clause = stmt.importClause;
      if (!clause) {
        out.push({ local: "", imported: "", module });
        continue;
      }
      if (clause.name) out.push({ local: clause.name.text, imported: "default", module });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) out.push({ local: bindings.name.text, imported: "*", module });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) out.push({ local: el.name.text, imported: (el.propertyName ?? el.name).text, module });
      }
    } else if (ts.isVariableStatement(stmt)) {
      for (const decl of stmt.declarationList.declarations) {
        const module = requiredModule(ts, decl.initializer);
        if (module === void 0) continue;
        if (ts.isIdentifier(decl.name)) out.push({ local: decl.name.text, imported: "*", module });
        else if (ts.isObjectBindingPattern(decl.name)) {
          for (const el of decl.name.elements) {
            if (!ts.isIdentifier(el.name)) continue;
            const prop2 = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
            out.push({ local: el.name.text, imported: prop2, module });
          }
        }
      }
    } else if (ts.isImportEqualsDeclaration(stmt) && ts.isExternalModuleReference(stmt.moduleReference)) {
      const expr = stmt.moduleReference.expression;
      if (ts.isStringLiteral(expr)) out.push({ local: stmt.name.text, imported: "*", module: expr.text });
    }
  }
  forEachDeep(ts, sf, (n) => {
    if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteralLike(n.arguments[0])) {
      const isRequire2 = ts.isIdentifier(n.expression) && n.expression.text === "require";
      const isImport = n.expression.kind === ts.SyntaxKind.ImportKeyword;
      if ((isRequire2 || isImport) && !out.some((b) => b.module === n.arguments[0].text)) {
        out.push({ local: "", imported: "*", module: n.arguments[0].text });
      }
    }
  });
  return out;
}
function requiredModule(ts, expr) {
  if (!expr) return void 0;
  if (ts.isPropertyAccessExpression(expr)) return requiredModule(ts, expr.expression);
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === "require") {
    const arg = expr.arguments[0];
    if (arg && ts.isStringLiteralLike(arg)) return arg.text;
  }
  return void 0;
}
function packageOf(specifier) {
  if (specifier.startsWith("node:")) return specifier.slice(5).split("/")[0];
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function constStrings(ts, sf) {
  const out = /* @__PURE__ */ new Map();
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const decl of stmt.declarationList.declarations) {
      if (ts.isIdentifier(decl.name) && decl.initializer) {
        const value = stringValue(ts, decl.initializer, out);
        if (value !== void 0) out.set(decl.name.text, value);
      }
    }
  }
  return out;
}
function stringValue(ts, expr, consts) {
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr))
    return stringValue(ts, expr.expression, consts);
  if (ts.isIdentifier(expr)) return consts?.get(expr.text);
  if (ts.isTemplateExpression(expr)) {
    let text = expr.head.text;
    for (const span of expr.templateSpans) {
      const part = stringValue(ts, span.expression, consts);
      if (part === void 0) return void 0;
      text += part + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const rights = [];
    let left = expr;
    while (ts.isBinaryExpression(left) && left.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      rights.push(left.right);
      left = left.left;
    }
    let text = stringValue(ts, left, consts);
    for (let i = rights.length - 1; i >= 0 && text !== void 0; i--) {
      const part = stringValue(ts, rights[i], consts);
      text = part === void 0 ? void 0 : text + part;
    }
    return text;
  }
  return void 0;
}
function methodCall(ts, call) {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name))
    return { receiver: callee.expression, method: callee.name.text };
  return void 0;
}
function exportedLocal(ts, sf, exportName) {
  for (const stmt of sf.statements) {
    const mods = ts.canHaveModifiers(stmt) ? ts.getModifiers(stmt) : void 0;
    const exported = mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exported && ts.isVariableStatement(stmt) && exportName !== "default") {
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === exportName) return exportName;
    }
    if (exported && (ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt)) && stmt.name) {
      if (isDefault && exportName === "default" || !isDefault && stmt.name.text === exportName) return stmt.name.text;
    }
    if (ts.isExportAssignment(stmt) && exportName === "default" && ts.isIdentifier(stmt.expression)) return stmt.expression.text;
    if (ts.isExportDeclaration(stmt) && !stmt.moduleSpecifier && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) if (el.name.text === exportName) return (el.propertyName ?? el.name).text;
    }
    if (ts.isExpressionStatement(stmt) && ts.isBinaryExpression(stmt.expression) && stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = stmt.expression.left.getText(sf);
      const value = stmt.expression.right;
      if (target === "module.exports" && exportName === "default" && ts.isIdentifier(value)) return value.text;
      if (target === "module.exports" && ts.isObjectLiteralExpression(value)) {
        for (const p of value.properties) {
          if (ts.isShorthandPropertyAssignment(p) && p.name.text === exportName) return exportName;
          if (ts.isPropertyAssignment(p) && p.name.getText(sf) === exportName && ts.isIdentifier(p.initializer)) return p.initializer.text;
        }
      }
      if ((target === `module.exports.${exportName}` || target === `exports.${exportName}`) && ts.isIdentifier(value)) return value.text;
    }
  }
  return void 0;
}

// src/cover/http-calls.ts
var HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;
var VERBS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options"]);
var DYNAMIC = "\0";
function httpCalls(ts, sf) {
  const calls = [];
  forEachDeep(ts, sf, (node) => {
    if (!ts.isCallExpression(node)) return;
    const first = node.arguments[0];
    const push = (method, urlExpr) => {
      const path32 = urlExpr && urlPath(ts, urlExpr);
      if (path32 !== void 0) calls.push({ method: method.toUpperCase(), path: path32, line: lineOf(sf, node), test: testName(ts, node, sf) });
    };
    const call = methodCall(ts, node);
    const callee = node.expression;
    const methodArg = first && ts.isStringLiteralLike(first) && HTTP_METHOD.test(first.text) ? first.text : void 0;
    if (methodArg && node.arguments[1]) {
      push(methodArg, node.arguments[1]);
    } else if (ts.isIdentifier(callee) && callee.text === "fetch") {
      push(optionString(ts, node.arguments[1], "method") ?? "GET", first);
    } else if (call && VERBS.has(call.method) && first) {
      push(call.method, first);
    } else if (first && ts.isObjectLiteralExpression(first)) {
      const method = optionString(ts, first, "method");
      const url = optionExpr(ts, first, "url") ?? optionExpr(ts, first, "path");
      if (url) push(method ?? "GET", url);
    } else if (call && (call.method === "request" || call.method === "inject") && first) {
      push(optionString(ts, node.arguments[1], "method") ?? "GET", first);
    }
  });
  return calls;
}
function optionExpr(ts, obj, name) {
  if (!obj || !ts.isObjectLiteralExpression(obj)) return void 0;
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
  }
  return void 0;
}
function optionString(ts, obj, name) {
  const expr = optionExpr(ts, obj, name);
  return expr && ts.isStringLiteralLike(expr) ? expr.text : void 0;
}
function urlPath(ts, expr) {
  let text;
  if (ts.isStringLiteralLike(expr)) text = expr.text;
  else if (ts.isTemplateExpression(expr)) text = expr.head.text + expr.templateSpans.map((s) => DYNAMIC + s.literal.text).join("");
  else if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const right = urlPath(ts, expr.right);
    const left = ts.isStringLiteralLike(expr.left) ? expr.left.text : DYNAMIC;
    if (right === void 0) return void 0;
    text = left + right;
  } else return void 0;
  text = text.replace(/^[a-z]+:\/\/[^/]*/i, "");
  if (text.startsWith(DYNAMIC)) text = text.replace(new RegExp(`^${DYNAMIC}+`), "");
  text = text.split(/[?#]/)[0];
  return text.startsWith("/") ? text : void 0;
}
function testName(ts, node, sf) {
  const names = [];
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const base = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
      const title = n.arguments[0];
      if (ts.isIdentifier(base) && /^(?:it|test|describe|suite)$/.test(base.text) && title && ts.isStringLiteralLike(title))
        names.unshift(title.text);
    }
  }
  return names.join(" \u203A ") || `(${sf.fileName})`;
}
function pathMatches(pattern, path32) {
  const a = pattern.split("/").filter(Boolean);
  const b = path32.split("/").filter(Boolean);
  if (a.length !== b.length) return false;
  return a.every((seg, i) => seg.startsWith(":") || seg.startsWith("{") || seg === "*" || seg === b[i]);
}

// src/cover/reach.ts
function reachedThrough(endpoint, points) {
  const handlerFile = endpoint.details.handler?.file ?? endpoint.location.file;
  return points.filter((p) => p.kind !== "http" && p.kind !== "external-http" && p.location.file === handlerFile);
}

// src/cover/index.ts
async function cover({ root, points, testFiles }, diagnostics = []) {
  const ts = await loadTypeScript();
  const parser = createParser(ts);
  const found2 = new Map(points.map((p) => [p.id, []]));
  for (const file of testFiles) {
    let text;
    try {
      text = await fs.readFile(path.join(root, file), "utf8");
    } catch (error) {
      diagnostics.push({ file, message: `cannot read test file: ${error.message}` });
      continue;
    }
    const calls = httpCalls(ts, parser.parse(file, text));
    for (const point of points) {
      if (point.kind !== "http") continue;
      const { method, path: route2 } = point.details;
      for (const call of calls) {
        if ((call.method === method || method === "ALL") && pathMatches(route2, call.path)) {
          const test = { file, name: call.test, line: call.line, how: "static" };
          found2.get(point.id).push(test);
          for (const reached of reachedThrough(point, points)) found2.get(reached.id).push(test);
        }
      }
    }
  }
  return points.map((p) => ({ pointId: p.id, tests: dedupeTests(found2.get(p.id) ?? []) }));
}
function dedupeTests(tests) {
  const seen = /* @__PURE__ */ new Set();
  return tests.filter((t2) => {
    const key = `${t2.file}\0${t2.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/discover/index.ts
import { createHash } from "node:crypto";
import fs4 from "node:fs";
import path13 from "node:path";

// src/discover/call-index.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "for",
  "while",
  "switch",
  "catch",
  "function",
  "return",
  "typeof",
  "await",
  "yield",
  "new",
  "in",
  "of",
  "do",
  "else",
  "case",
  "void",
  "delete",
  "super",
  "import",
  "require",
  "async",
  "constructor"
]);
var CallIndex = class {
  paths = [];
  byName = /* @__PURE__ */ new Map();
  add(path32, text) {
    const index = this.paths.push(path32) - 1;
    let at = text.indexOf("(");
    while (at >= 0) {
      let end = at - 1;
      while (end >= 0 && isSpace(text.charCodeAt(end))) end--;
      let start = end;
      while (start >= 0 && isWordChar(text.charCodeAt(start))) start--;
      if (start < end && text.charCodeAt(start) !== 46 && !isDigit(text.charCodeAt(start + 1))) {
        const name = text.slice(start + 1, end + 1);
        if (!KEYWORDS.has(name)) {
          const list = this.byName.get(name);
          if (!list) this.byName.set(name.split("").join(""), [index]);
          else if (list.at(-1) !== index) list.push(index);
        }
      }
      at = text.indexOf("(", at + 1);
    }
  }
  filesCalling(name) {
    return (this.byName.get(name) ?? []).map((i) => this.paths[i]);
  }
};
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isWordChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || isDigit(c) || c === 95 || c === 36 || c > 127;
}

// src/discover/detectors/http-status.ts
import { STATUS_CODES } from "node:http";

// src/discover/detectors/unwrap.ts
function isValueWrapper(ts, expr) {
  return ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr) || ts.isAwaitExpression(expr) || ts.isTypeAssertionExpression(expr);
}
function unwrapValue(ts, expr) {
  let e = expr;
  while (isValueWrapper(ts, e)) e = e.expression;
  return e;
}

// src/discover/detectors/origin.ts
var MAX_DEPTH = 24;
function originOf(ctx, file, expr, depth2 = 0) {
  const { ts } = ctx;
  if (depth2 > MAX_DEPTH) return void 0;
  const inner = unwrap(ts, expr);
  if (inner !== expr) return originOf(ctx, file, inner, depth2 + 1);
  if (ts.isIdentifier(expr)) {
    const decl = declarationOf(ctx, file, expr);
    if (!decl) return void 0;
    if ("module" in decl) {
      const target = ctx.resolve(file, decl.module);
      return target ? exportOf(ctx, target, decl.imported === "*" ? "default" : decl.imported, depth2 + 1) : void 0;
    }
    if (ts.isVariableDeclaration(decl.node)) {
      return decl.node.initializer ? originOf(ctx, decl.file, decl.node.initializer, depth2 + 1) : void 0;
    }
    return decl;
  }
  if (ts.isPropertyAccessExpression(expr)) {
    const mod = moduleOf(ctx, file, expr.expression);
    return mod ? exportOf(ctx, mod, expr.name.text, depth2 + 1) : { file, node: expr };
  }
  if (ts.isCallExpression(expr)) {
    const mod = requiredFile(ctx, file, expr);
    if (mod) return exportOf(ctx, mod, "default", depth2 + 1);
    const callee = originOf(ctx, file, expr.expression, depth2 + 1);
    if (callee && isFunctionLike(ts, callee.node)) {
      const returned2 = returnOrigin(ctx, callee.file, callee.node, depth2 + 1);
      if (returned2) return returned2;
    }
  }
  return { file, node: expr };
}
function unwrap(ts, expr) {
  return isValueWrapper(ts, expr) ? expr.expression : expr;
}
function isFunctionLike(ts, node) {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node);
}
function returnOrigin(ctx, file, fn, depth2 = 0) {
  const { ts } = ctx;
  if (!fn.body) return void 0;
  if (!ts.isBlock(fn.body)) return originOf(ctx, file, fn.body, depth2 + 1);
  for (const ret of returnsOf(ts, fn.body)) {
    if (!ret.expression) continue;
    const origin = originOf(ctx, file, ret.expression, depth2 + 1);
    if (origin) return origin;
  }
  return void 0;
}
function returnsOf(ts, body) {
  const out = [];
  forEachDeep(ts, body, (n) => {
    if (ts.isReturnStatement(n)) out.push(n);
    return isFunctionLike(ts, n) || ts.isClassLike(n) ? "skip" : void 0;
  });
  return out;
}
function declarationOf(ctx, file, ident) {
  const { ts } = ctx;
  const name = ident.text;
  for (let n = ident.parent; n; n = n.parent) {
    if (isFunctionLike(ts, n)) {
      for (const p of n.parameters) if (ts.isIdentifier(p.name) && p.name.text === name) return { file, node: p };
      if (ts.isFunctionExpression(n) && n.name?.text === name) return { file, node: n };
    }
    if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isModuleBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) {
      const hit = declaredIn(ts, n.statements, name);
      if (hit) return { file, node: hit };
    }
    if ((ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isForStatement(n)) && n.initializer && ts.isVariableDeclarationList(n.initializer)) {
      for (const d of n.initializer.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return { file, node: d };
    }
  }
  const binding = file.imports.find((b) => b.local === name);
  return binding ? { module: binding.module, imported: binding.imported } : void 0;
}
function declaredIn(ts, statements, name) {
  for (const stmt of statements) {
    if (ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return d;
    } else if ((ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt)) && stmt.name?.text === name) {
      return stmt;
    }
  }
  return void 0;
}
function requiredFile(ctx, file, call) {
  const spec = requiredSpecifier(ctx.ts, call);
  return spec === void 0 ? void 0 : ctx.resolve(file, spec);
}
function requiredSpecifier(ts, call) {
  const arg = call.arguments[0];
  if (call.arguments.length !== 1 || !arg || !ts.isStringLiteralLike(arg)) return void 0;
  const isRequire2 = ts.isIdentifier(call.expression) && call.expression.text === "require";
  return isRequire2 || call.expression.kind === ts.SyntaxKind.ImportKeyword ? arg.text : void 0;
}
function importedFrom(ctx, file, expr) {
  const { ts } = ctx;
  const e = unwrap(ts, expr);
  if (e !== expr) return importedFrom(ctx, file, e);
  if (ts.isCallExpression(e)) {
    const spec = requiredSpecifier(ts, e);
    return spec === void 0 ? void 0 : { module: spec, imported: "*" };
  }
  if (ts.isPropertyAccessExpression(e)) {
    const base = importedFrom(ctx, file, e.expression);
    return base && base.imported === "*" ? { module: base.module, imported: e.name.text } : void 0;
  }
  if (!ts.isIdentifier(e)) return void 0;
  const decl = declarationOf(ctx, file, e);
  if (!decl) return void 0;
  if ("module" in decl) return decl;
  if (ts.isVariableDeclaration(decl.node) && decl.node.initializer) return importedFrom(ctx, decl.file, decl.node.initializer);
  return void 0;
}
function moduleOf(ctx, file, expr) {
  const { ts } = ctx;
  if (ts.isCallExpression(expr)) return requiredFile(ctx, file, expr);
  if (!ts.isIdentifier(expr)) return void 0;
  const decl = declarationOf(ctx, file, expr);
  if (decl && "module" in decl && decl.imported === "*") return ctx.resolve(file, decl.module);
  if (decl && !("module" in decl) && ts.isVariableDeclaration(decl.node) && decl.node.initializer && ts.isCallExpression(decl.node.initializer)) {
    return requiredFile(ctx, decl.file, decl.node.initializer);
  }
  return void 0;
}
function exportOf(ctx, target, name, depth2 = 0) {
  const { ts } = ctx;
  if (depth2 > MAX_DEPTH) return void 0;
  const sf = target.sf;
  for (const stmt of sf.statements) {
    if (ts.isExportAssignment(stmt)) {
      if (name === "default") return originOf(ctx, target, stmt.expression, depth2 + 1);
      continue;
    }
    const mods = ts.canHaveModifiers(stmt) ? ts.getModifiers(stmt) : void 0;
    const exported = mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exported && (ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt))) {
      if (isDefault ? name === "default" : stmt.name?.text === name) return { file: target, node: stmt };
    }
    if (exported && ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === name)
          return d.initializer ? originOf(ctx, target, d.initializer, depth2 + 1) : void 0;
      }
    }
    if (ts.isExportDeclaration(stmt)) {
      const from = stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier) ? ctx.resolve(target, stmt.moduleSpecifier.text) : void 0;
      if (stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
        for (const el of stmt.exportClause.elements) {
          if (el.name.text !== name) continue;
          const local = el.propertyName ?? el.name;
          if (from) return exportOf(ctx, from, local.text, depth2 + 1);
          if (ts.isIdentifier(local)) return originOf(ctx, target, local, depth2 + 1);
        }
      } else if (!stmt.exportClause && from && name !== "default") {
        const hit = exportOf(ctx, from, name, depth2 + 1);
        if (hit) return hit;
      }
    }
    if (ts.isExpressionStatement(stmt) && ts.isBinaryExpression(stmt.expression) && stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = stmt.expression.left.getText(sf).replace(/\s+/g, "");
      const value = stmt.expression.right;
      if (left === "module.exports") {
        if (name === "default") return originOf(ctx, target, value, depth2 + 1);
        if (ts.isObjectLiteralExpression(value)) {
          for (const p of value.properties) {
            if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return originOf(ctx, target, p.name, depth2 + 1);
            if (ts.isPropertyAssignment(p) && p.name.getText(sf) === name) return originOf(ctx, target, p.initializer, depth2 + 1);
          }
        }
      }
      if (left === `module.exports.${name}` || left === `exports.${name}`) return originOf(ctx, target, value, depth2 + 1);
    }
  }
  return void 0;
}
function exportNamesOf(ctx, file, node) {
  const names = [];
  for (const name of exportedNames(ctx.ts, file.sf)) {
    if (exportOf(ctx, file, name)?.node === node) names.push(name);
  }
  return names;
}
function exportedNames(ts, sf) {
  const out = /* @__PURE__ */ new Set();
  for (const stmt of sf.statements) {
    if (ts.isExportAssignment(stmt)) out.add("default");
    const mods = ts.canHaveModifiers(stmt) ? ts.getModifiers(stmt) : void 0;
    if (mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if (mods.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) out.add("default");
      else if ((ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt)) && stmt.name)
        out.add(stmt.name.text);
      else if (ts.isVariableStatement(stmt)) {
        for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name)) out.add(d.name.text);
      }
    }
    if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) out.add(el.name.text);
    }
    if (ts.isExpressionStatement(stmt) && ts.isBinaryExpression(stmt.expression) && stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = stmt.expression.left.getText(sf).replace(/\s+/g, "");
      if (left === "module.exports") {
        out.add("default");
        const value = stmt.expression.right;
        if (ts.isObjectLiteralExpression(value)) {
          for (const p of value.properties)
            if ((ts.isShorthandPropertyAssignment(p) || ts.isPropertyAssignment(p)) && !ts.isComputedPropertyName(p.name))
              out.add(p.name.getText(sf));
        }
      }
      const named = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(left);
      if (named) out.add(named[1]);
    }
  }
  return [...out];
}
function enclosingFunction(ts, node) {
  for (let n = node.parent; n; n = n.parent) if (isFunctionLike(ts, n)) return n;
  return void 0;
}
function functionName(ts, fn) {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent)) return parent.name.getText();
  return void 0;
}
var ELEMENT_CALLBACKS = /* @__PURE__ */ new Set(["forEach", "map", "flatMap", "reduce"]);
function iteratedValues(ctx, file, ident) {
  const { ts } = ctx;
  const decl = declarationOf(ctx, file, ident);
  if (!decl || "module" in decl) return void 0;
  let iterated;
  const node = decl.node;
  if (ts.isVariableDeclaration(node) && ts.isVariableDeclarationList(node.parent) && ts.isForOfStatement(node.parent.parent)) {
    iterated = node.parent.parent.expression;
  } else if (ts.isParameter(node) && isFunctionLike(ts, node.parent)) {
    const fn = node.parent;
    const call = fn.parent;
    if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.arguments[0] === fn) {
      const method = call.expression.name.text;
      if (ELEMENT_CALLBACKS.has(method) && fn.parameters.indexOf(node) === (method === "reduce" ? 1 : 0))
        iterated = call.expression.expression;
    }
  }
  if (!iterated) return void 0;
  const array = ts.isArrayLiteralExpression(iterated) ? { file: decl.file, node: iterated } : originOf(ctx, decl.file, iterated);
  if (!array || !ts.isArrayLiteralExpression(array.node)) return void 0;
  return { file: array.file, values: array.node.elements.filter((e) => !ts.isSpreadElement(e)) };
}

// src/discover/detectors/http-status.ts
var BY_CONSTANT = /* @__PURE__ */ new Map();
var BY_CAMEL = /* @__PURE__ */ new Map();
var BY_PASCAL = /* @__PURE__ */ new Map();
for (const [code, text] of Object.entries(STATUS_CODES)) {
  const words = (text ?? "").replace(/'/g, "").split(/[^A-Za-z0-9]+/).filter(Boolean);
  const status2 = Number(code);
  BY_CONSTANT.set(words.map((w) => w.toUpperCase()).join("_"), status2);
  if (status2 < 400) continue;
  const pascal2 = words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join("");
  BY_PASCAL.set(pascal2, status2);
  BY_CAMEL.set(pascal2[0].toLowerCase() + pascal2.slice(1), status2);
}
BY_PASCAL.set("Misdirected", 421);
BY_CONSTANT.set("REQUEST_ENTITY_TOO_LARGE", 413);
BY_CONSTANT.set("I_AM_A_TEAPOT", 418);
var RESPONDERS = /* @__PURE__ */ new Set(["json", "text", "body", "html", "newResponse", "jsonT"]);
var RESPONSE_CLASSES = /* @__PURE__ */ new Set(["Response", "NextResponse"]);
var STATUS_FACTORY = /^(?:create(?:Http)?Error|httpErrors?|HttpErrors?)$/;
function statusValue(ts, expr) {
  if (!expr) return void 0;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return statusValue(ts, expr.expression);
  if (ts.isNumericLiteral(expr)) {
    const n = Number(expr.text);
    return Number.isInteger(n) && n >= 100 && n <= 599 ? n : void 0;
  }
  if (ts.isPropertyAccessExpression(expr) && /^[A-Z][A-Z0-9_]+$/.test(expr.name.text)) return BY_CONSTANT.get(expr.name.text);
  return void 0;
}
function initStatus(ts, expr) {
  if (!expr || !ts.isObjectLiteralExpression(expr)) return void 0;
  for (const p of expr.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === "status") return statusValue(ts, p.initializer);
  }
  return void 0;
}
function defaultStatus(ts, init) {
  if (!init) return 200;
  if (!ts.isObjectLiteralExpression(init)) return void 0;
  return init.properties.some((p) => ts.isSpreadAssignment(p) || p.name?.getText() === "status") ? void 0 : 200;
}
function isResponseClass(ts, callee) {
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && RESPONSE_CLASSES.has(callee.expression.text);
}
function calleeName(ts, callee) {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return "";
}
function callStatus(ts, n) {
  const args = n.arguments ?? [];
  const name = calleeName(ts, n.expression);
  const isMethod = ts.isPropertyAccessExpression(n.expression);
  if (ts.isNewExpression(n)) {
    if (RESPONSE_CLASSES.has(name)) {
      const status2 = initStatus(ts, args[1]) ?? defaultStatus(ts, args[1]);
      return status2 ? { status: status2 } : void 0;
    }
    const named = name.endsWith("Exception") ? BY_PASCAL.get(name.slice(0, -"Exception".length)) : void 0;
    if (named) return { status: named };
    if (BY_PASCAL.has(name)) return { status: BY_PASCAL.get(name) };
  } else if (isMethod) {
    const first = args[0];
    if (["status", "code", "sendStatus", "writeHead"].includes(name)) {
      const status2 = statusValue(ts, first);
      return status2 ? { status: status2 } : void 0;
    }
    if (name === "throw") {
      const status2 = statusValue(ts, first) ?? statusValue(ts, args[1]);
      return status2 ? { status: status2 } : void 0;
    }
    if (name === "assert" && args.length >= 2) {
      const status2 = statusValue(ts, args[1]);
      return status2 && first ? { status: status2, asserted: first } : void 0;
    }
    if (RESPONDERS.has(name) && args.length >= 2) {
      const status2 = statusValue(ts, args[1]) ?? initStatus(ts, args[1]);
      if (status2) return { status: status2 };
    }
    if (name === "json" && isResponseClass(ts, n.expression) && defaultStatus(ts, args[1])) return { status: 200 };
    if (name === "notFound" || name === "callNotFound") return { status: 404 };
    if (BY_CAMEL.has(name)) return { status: BY_CAMEL.get(name) };
    if (BY_PASCAL.has(name) && /error/i.test(n.expression.expression.getText())) {
      return { status: BY_PASCAL.get(name) };
    }
  }
  if (STATUS_FACTORY.test(name)) {
    const status2 = statusValue(ts, args[0]) ?? statusValue(ts, args[1]);
    if (status2) return { status: status2 };
  } else if (ts.isNewExpression(n) && /(?:Error|Exception)$/.test(name)) {
    const status2 = statusValue(ts, args[0]) ?? statusValue(ts, args[1]);
    if (status2 && status2 >= 400) return { status: status2 };
  }
  return void 0;
}
function statusSites(ctx, node) {
  const { ts } = ctx;
  const out = [];
  const file = ctx.byPath.get(node.getSourceFile().fileName);
  const visit = (n) => {
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      const site = callStatus(ts, n);
      if (site) out.push({ ...site, node: n });
      else if (file && ts.isNewExpression(n) && ts.isIdentifier(n.expression)) {
        const status2 = errorClassStatus(ctx, file, n.expression, 0);
        if (status2) out.push({ status: status2, node: n });
      }
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && (n.left.name.text === "status" || n.left.name.text === "statusCode")) {
      const status2 = statusValue(ts, n.right);
      if (status2) out.push({ status: status2, node: n });
    }
  };
  visit(node);
  forEachDeep(ts, node, visit);
  return out;
}
function statusesIn(ctx, node) {
  return sortedStatuses(statusSites(ctx, node).map((s) => s.status));
}
function sortedStatuses(statuses) {
  return [...new Set(statuses)].sort((a, b) => a - b);
}
var classStatus = /* @__PURE__ */ new WeakMap();
function errorClassStatus(ctx, file, name, depth2) {
  const { ts } = ctx;
  if (depth2 > 4) return void 0;
  const origin = originOf(ctx, file, name);
  const cls = origin?.node;
  if (!origin || !cls || !ts.isClassLike(cls)) return void 0;
  if (classStatus.has(cls)) return classStatus.get(cls) ?? void 0;
  classStatus.set(cls, null);
  let status2;
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m) && /^(?:status|statusCode)$/.test(m.name.getText(origin.file.sf)))
      status2 ??= errorStatus(ts, m.initializer);
    if (ts.isConstructorDeclaration(m) && m.body)
      forEachDeep(ts, m.body, (n) => {
        if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword)
          status2 ??= n.arguments.map((a) => errorStatus(ts, a)).find((x) => x !== void 0);
        if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && /^this\.(?:status|statusCode)$/.test(n.left.getText(origin.file.sf)))
          status2 ??= errorStatus(ts, n.right);
      });
  }
  const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (status2 === void 0 && base && ts.isIdentifier(base)) status2 = errorClassStatus(ctx, origin.file, base, depth2 + 1);
  classStatus.set(cls, status2 ?? null);
  return status2;
}
function errorStatus(ts, expr) {
  const status2 = statusValue(ts, expr);
  return status2 !== void 0 && status2 >= 400 ? status2 : void 0;
}

// src/discover/schemas/hand-checks.ts
function handCheckedBody(ctx, file, handlers) {
  const fns = handlers.flatMap((h) => handlerFunctions(ctx, file, h, 0));
  return fns.length ? bodySchemaOfFunctions(ctx, file, fns) : void 0;
}
var REFUSALS = /* @__PURE__ */ new Set([400, 422]);
var MAX_CALL_DEPTH = 4;
var READS_BODY = /\.body\b|\bbody\b|\.json\s*\(|\.parseBody\s*\(/;
function handlerFunctions(ctx, file, expr, depth2) {
  const { ts } = ctx;
  const e = unwrapValue(ts, expr);
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return [{ file, fn: e }];
  if (ts.isCallExpression(e)) return depth2 < 2 ? e.arguments.flatMap((a) => handlerFunctions(ctx, file, a, depth2 + 1)) : [];
  if (!ts.isIdentifier(e) && !ts.isPropertyAccessExpression(e)) return [];
  const origin = originOf(ctx, file, e);
  return origin && isFunctionLike(ts, origin.node) ? [{ file: origin.file, fn: origin.node }] : [];
}
function bodySchemaOfFunctions(ctx, route2, fns) {
  const analysis = new Analysis(ctx);
  const failures = [];
  try {
    for (const { file, fn } of fns) {
      if (!fn.body || !READS_BODY.test(fn.body.getText(file.sf))) continue;
      const frame = analysis.handlerFrame(file, fn);
      if (!frame) continue;
      failures.push(analysis.refusal(frame));
      analysis.sweepReads(frame);
    }
    return analysis.schema(or(...failures));
  } catch (error) {
    ctx.diagnostics.push({ file: route2.path, message: `reading the body checks of a route failed: ${error.message}` });
    return void 0;
  }
}
var TRUE = { k: "const", value: true };
var FALSE = { k: "const", value: false };
var OPAQUE = { k: "opaque" };
function and(...parts) {
  const out = [];
  for (const p of parts) {
    if (p.k === "const") {
      if (!p.value) return FALSE;
      continue;
    }
    if (p.k === "and") out.push(...p.parts);
    else out.push(p);
  }
  return out.length === 0 ? TRUE : out.length === 1 ? out[0] : { k: "and", parts: out };
}
function or(...parts) {
  const out = [];
  for (const p of parts) {
    if (p.k === "const") {
      if (p.value) return TRUE;
      continue;
    }
    if (p.k === "or") out.push(...p.parts);
    else out.push(p);
  }
  return out.length === 0 ? FALSE : out.length === 1 ? out[0] : { k: "or", parts: out };
}
function not(f) {
  if (f.k === "const") return f.value ? FALSE : TRUE;
  if (f.k === "opaque") return f;
  if (f.k === "not") return f.inner;
  if (f.k === "atom") return { ...f, negated: !f.negated };
  return { k: "not", inner: f };
}
function atom(sym, test, viaMethod = sym.trimmed && !sym.chained) {
  return { k: "atom", atom: { field: sym.name, test, absent: sym.absent, trimmed: sym.trimmed, viaMethod }, negated: false };
}
function normal(f, negate = false) {
  switch (f.k) {
    case "const":
      return negate ? not(f) : f;
    case "opaque":
      return f;
    case "atom":
      return negate ? not(f) : f;
    case "not":
      return normal(f.inner, !negate);
    case "and":
    case "or": {
      const parts = f.parts.map((p) => normal(p, negate));
      return f.k === "and" !== negate ? and(...parts) : or(...parts);
    }
  }
}
function atomsOf(f, out = []) {
  if (f.k === "atom") out.push(f.atom);
  else if (f.k === "and" || f.k === "or") for (const p of f.parts) atomsOf(p, out);
  else if (f.k === "not") atomsOf(f.inner, out);
  return out;
}
function hasOpaque(f) {
  if (f.k === "opaque") return true;
  if (f.k === "and" || f.k === "or") return f.parts.some(hasOpaque);
  return f.k === "not" && hasOpaque(f.inner);
}
function whenAbsent(f, field) {
  switch (f.k) {
    case "const":
      return f.value ? "T" : "F";
    case "opaque":
      return "U";
    case "atom": {
      if (f.atom.field !== field) return "U";
      const t2 = f.atom.absent ? testValue(f.atom, f.atom.absent.value) : "U";
      return f.negated ? negateTruth(t2) : t2;
    }
    case "not":
      return negateTruth(whenAbsent(f.inner, field));
    case "and": {
      let acc = "T";
      for (const p of f.parts) {
        if (acc === "F" || acc === "X") return acc;
        const t2 = whenAbsent(p, field);
        acc = acc === "T" ? t2 : t2 === "F" ? "F" : "U";
      }
      return acc;
    }
    case "or": {
      let acc = "F";
      for (const p of f.parts) {
        if (acc === "T" || acc === "X") return acc;
        const t2 = whenAbsent(p, field);
        acc = acc === "F" ? t2 : t2 === "T" ? "T" : "U";
      }
      return acc;
    }
  }
}
function negateTruth(t2) {
  return t2 === "T" ? "F" : t2 === "F" ? "T" : t2;
}
function testValue(a, value) {
  const test = a.test;
  if (a.viaMethod && value == null) return "X";
  const v = a.trimmed && typeof value === "string" ? value.trim() : value;
  const truth = (b) => b ? "T" : "F";
  switch (test.op) {
    case "typeof":
      return truth(typeof v === test.type);
    case "integer":
      return truth(Number.isInteger(v));
    case "number":
      return truth(Number.isFinite(v));
    case "array":
      return truth(Array.isArray(v));
    case "present":
      return "F";
    case "truthy":
      return truth(Boolean(v));
    case "email":
      return value == null ? "X" : "U";
    case "eq":
      return truth(test.loose ? v == test.value : v === test.value);
    case "regex":
      try {
        return truth(new RegExp(test.source, test.flags.replace(/[gy]/g, "")).test(String(v)));
      } catch {
        return "U";
      }
    case "in":
      return truth(test.values.includes(v));
    case "length":
      if (v == null) return truth(compare(v, test.cmp, test.n));
      return typeof v === "string" ? truth(compare(v.length, test.cmp, test.n)) : "U";
    case "compare":
      return typeof v === "number" || v == null ? truth(compare(v, test.cmp, test.n)) : "U";
  }
}
function compare(a, cmp, b) {
  switch (cmp) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "==":
      return a === b;
    case "!=":
      return a !== b;
  }
}
var NEGATED_CMP = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "==" };
var FLIPPED_CMP = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!=" };
var TYPEOF_TYPES = { string: "string", number: "number", boolean: "boolean", object: "object" };
function extract(f, out) {
  if (f.k === "atom") return violation(f.atom, f.negated, out);
  if (f.k === "or") return f.parts.forEach((p) => extract(p, out));
  if (f.k === "and") return conjunction(f.parts, out);
}
function conjunction(parts, out) {
  if (parts.some(hasOpaque)) return;
  const rest = parts.filter((p) => !isGuard(p));
  const fields = new Set(parts.flatMap((p) => atomsOf(p).map((a) => a.field)));
  if (rest.length === 0 || fields.size !== 1) return;
  if (rest.length === 1) return extract(rest[0], out);
  const values = [];
  for (const p of rest) {
    if (p.k !== "atom" || !p.negated || p.atom.test.op !== "eq" || !isScalar(p.atom.test.value)) return;
    values.push(p.atom.test.value);
  }
  add(out, [...fields][0], { kind: "enum", values });
}
function isGuard(f) {
  if (f.k !== "atom") return false;
  const { test } = f.atom;
  switch (test.op) {
    case "present":
    case "truthy":
      return !f.negated;
    case "typeof":
      return f.negated === (test.type === "undefined");
    case "eq":
      return f.negated && test.value == null;
    default:
      return false;
  }
}
function isScalar(v) {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}
function violation(a, negated, out) {
  const test = a.test;
  const rule = (r) => add(out, a.field, r);
  switch (test.op) {
    case "typeof":
      if (negated && TYPEOF_TYPES[test.type]) rule({ kind: "type", type: TYPEOF_TYPES[test.type] });
      return;
    case "integer":
    case "number":
    case "array":
      if (negated) rule({ kind: "type", type: test.op });
      return;
    case "truthy":
      if (negated) rule({ kind: "nonEmpty" });
      return;
    case "eq":
      if (!negated && test.value === "") rule({ kind: "minLength", n: 1 });
      else if (negated && isScalar(test.value)) rule({ kind: "enum", values: [test.value] });
      return;
    case "regex":
      if (!negated) return;
      rule({ kind: "type", type: "string" });
      rule(isEmailPattern(test.source, test.flags) ? { kind: "format", format: "email" } : { kind: "pattern", source: test.source });
      return;
    case "email":
      if (negated) rule({ kind: "format", format: "email" });
      return;
    case "in":
      if (negated) rule({ kind: "enum", values: [...test.values] });
      return;
    case "length":
    case "compare": {
      const cmp = negated ? NEGATED_CMP[test.cmp] : test.cmp;
      for (const r of boundsBroken(test.op, cmp, test.n)) rule(r);
      return;
    }
    case "present":
      return;
  }
}
function boundsBroken(op, cmp, n) {
  if (op === "length") {
    switch (cmp) {
      case ">":
        return [{ kind: "maxLength", n }];
      case ">=":
        return [{ kind: "maxLength", n: n - 1 }];
      case "<":
        return [{ kind: "minLength", n }];
      case "<=":
        return [{ kind: "minLength", n: n + 1 }];
      case "==":
        return n === 0 ? [{ kind: "minLength", n: 1 }] : [];
      case "!=":
        return [
          { kind: "minLength", n },
          { kind: "maxLength", n }
        ];
    }
  }
  switch (cmp) {
    case ">":
      return [{ kind: "maximum", n, exclusive: false }];
    case ">=":
      return [{ kind: "maximum", n, exclusive: true }];
    case "<":
      return [{ kind: "minimum", n, exclusive: false }];
    case "<=":
      return [{ kind: "minimum", n, exclusive: true }];
    default:
      return [];
  }
}
function add(out, field, rule) {
  const list = out.get(field);
  if (list) list.push(rule);
  else out.set(field, [rule]);
}
var EMAIL_SAMPLE = "itw-0a1b2c3d4e5f@example.test";
function isEmailPattern(source, flags) {
  if (!source.includes("@")) return false;
  try {
    return new RegExp(source, flags.replace(/[gy]/g, "")).test(EMAIL_SAMPLE);
  } catch {
    return false;
  }
}
function fieldSchema(rules, hint) {
  const types = new Set(rules.flatMap((r) => r.kind === "type" ? [r.type] : []));
  if (types.has("integer")) types.delete("number");
  let type = types.size === 1 ? [...types][0] : void 0;
  let minLength;
  let maxLength;
  let values;
  let format;
  let pattern;
  let nonEmpty = false;
  const lows = [];
  const highs = [];
  for (const r of rules) {
    if (r.kind === "minLength") minLength = Math.max(minLength ?? 0, r.n);
    else if (r.kind === "maxLength") maxLength = Math.min(maxLength ?? Infinity, r.n);
    else if (r.kind === "minimum") lows.push(r);
    else if (r.kind === "maximum") highs.push(r);
    else if (r.kind === "enum") values = values ? values.filter((v) => r.values.includes(v)) : [...r.values];
    else if (r.kind === "format") format ??= r.format;
    else if (r.kind === "pattern") pattern ??= r.source;
    else if (r.kind === "nonEmpty") nonEmpty = true;
  }
  if (values?.length === 0) values = void 0;
  if (!type && values)
    type = values.every((v) => typeof v === "string") ? "string" : values.every(Number.isInteger) ? "integer" : void 0;
  if (!type && (lows.length || highs.length)) type = "number";
  type ??= hint;
  const schema = {};
  if (type) schema.type = type;
  if (values) schema.enum = values;
  if (type === "string" || type === void 0) {
    if (nonEmpty && type === "string") minLength = Math.max(minLength ?? 0, 1);
    if (minLength !== void 0 && minLength > 0) schema.minLength = minLength;
    if (maxLength !== void 0 && Number.isFinite(maxLength)) schema.maxLength = maxLength;
    if (format) schema.format = format;
    else if (pattern !== void 0) schema.pattern = pattern;
  }
  if (type === "integer" || type === "number") {
    const bound = (b, step) => !b.exclusive ? b.n : type === "integer" ? b.n + step : void 0;
    const low = lows.map((b) => bound(b, 1)).filter((n) => n !== void 0);
    const high = highs.map((b) => bound(b, -1)).filter((n) => n !== void 0);
    if (low.length) schema.minimum = Math.max(...low);
    if (high.length) schema.maximum = Math.min(...high);
  }
  return schema;
}
var UNKNOWN = { k: "unknown" };
var OBJECT_METHODS = new Set(Object.getOwnPropertyNames(Object.prototype));
var Frame = class _Frame {
  constructor(analysis, file, fn, params, depth2, stack, overlay = /* @__PURE__ */ new Map()) {
    this.analysis = analysis;
    this.file = file;
    this.fn = fn;
    this.params = params;
    this.depth = depth2;
    this.stack = stack;
    this.overlay = overlay;
  }
  analysis;
  file;
  fn;
  params;
  depth;
  stack;
  overlay;
  cache = /* @__PURE__ */ new Map();
  locals;
  pending = /* @__PURE__ */ new Set();
  /** Whether the function binds a name itself: a parameter or a variable of its own. */
  declares(name) {
    return this.overlay.has(name) || this.params.has(name) || this.localDeclarations().has(name) || this.fn.parameters.some((p) => bindsName(this.analysis.ts, p.name, name));
  }
  /** The same frame with a loop variable bound to one value. */
  with(name, value) {
    return new _Frame(this.analysis, this.file, this.fn, this.params, this.depth, this.stack, new Map([...this.overlay, [name, value]]));
  }
  lookup(ident) {
    const name = ident.text;
    const bound = this.overlay.get(name) ?? this.params.get(name);
    if (bound) return bound;
    if (name === "undefined") return { k: "literal", value: void 0 };
    const cached = this.cache.get(name);
    if (cached) return cached;
    const decl = this.localDeclarations().get(name);
    if (decl === null) return UNKNOWN;
    if (!decl && this.fn.parameters.some((p) => bindsName(this.analysis.ts, p.name, name))) return UNKNOWN;
    if (this.pending.has(name)) return UNKNOWN;
    this.pending.add(name);
    try {
      if (decl) this.bindLocal(decl);
      else this.cache.set(name, this.analysis.outer(this.file, ident));
    } finally {
      this.pending.delete(name);
    }
    return this.cache.get(name) ?? UNKNOWN;
  }
  bindLocal(decl) {
    const { ts } = this.analysis;
    const set = (n, s) => void this.cache.set(n, s);
    const loop = decl.parent.parent;
    if (ts.isForOfStatement(loop) || ts.isForInStatement(loop)) return bindPattern(this.analysis, decl.name, UNKNOWN, set);
    if (ts.isIdentifier(decl.name)) return set(decl.name.text, this.analysis.localValue(this, decl));
    if (!decl.initializer) return bindPattern(this.analysis, decl.name, UNKNOWN, set);
    bindPattern(this.analysis, decl.name, this.analysis.evaluate(decl.initializer, this), set);
  }
  /** Variables declared in the function itself (not in functions inside it); null for a name declared twice. */
  localDeclarations() {
    if (this.locals) return this.locals;
    const { ts } = this.analysis;
    const locals = /* @__PURE__ */ new Map();
    if (this.fn.body) {
      forEachDeep(ts, this.fn.body, (n) => {
        if (isFunctionLike(ts, n) || ts.isClassLike(n)) return "skip";
        if (ts.isVariableDeclaration(n)) for (const name of boundNames(ts, n.name)) locals.set(name, locals.has(name) ? null : n);
        return void 0;
      });
    }
    this.locals = locals;
    return locals;
  }
};
function bindsName(ts, name, wanted) {
  return boundNames(ts, name).includes(wanted);
}
function boundNames(ts, name) {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => ts.isOmittedExpression(e) ? [] : boundNames(ts, e.name));
}
function bindPattern(analysis, name, value, set) {
  const { ts } = analysis;
  if (ts.isIdentifier(name)) return set(name.text, value);
  for (const el of name.elements) {
    if (ts.isOmittedExpression(el)) continue;
    if (el.dotDotDotToken || ts.isArrayBindingPattern(name)) {
      for (const n of boundNames(ts, el.name)) set(n, UNKNOWN);
      continue;
    }
    const key = el.propertyName ? propertyNameText(ts, el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : void 0;
    let part = key === void 0 ? UNKNOWN : analysis.member(value, key);
    if (el.initializer) {
      const fallback = literalOf(ts, el.initializer);
      if (part.k === "field") {
        part = { ...part, absent: fallback ? { value: fallback.value } : null };
        if (fallback && isScalar(fallback.value)) analysis.hint(part.name, typeof fallback.value);
      } else if (part.k === "literal" && part.value === void 0) part = fallback ? { k: "literal", value: fallback.value } : UNKNOWN;
    }
    bindPattern(analysis, el.name, part, set);
  }
}
function propertyNameText(ts, name) {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  return void 0;
}
var Analysis = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.ts = ctx.ts;
  }
  ctx;
  ts;
  /** Fields read from the body, in the order the code reads them. */
  reads = /* @__PURE__ */ new Set();
  hints = /* @__PURE__ */ new Map();
  /** The frame of a route handler or middleware: its first parameter is the request (or Koa's context). */
  handlerFrame(file, fn) {
    const { ts } = this;
    const first = fn.parameters[0];
    if (!first) return void 0;
    const params = /* @__PURE__ */ new Map();
    const text = fn.body?.getText(file.sf) ?? "";
    if (ts.isIdentifier(first.name)) {
      const name = first.name.text;
      const context = /^(?:ctx|context)$/.test(name) || new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}\\s*\\.\\s*request\\b`).test(text);
      params.set(name, { k: "request", context });
    } else bindPattern(this, first.name, { k: "request", context: false }, (n, s) => params.set(n, s));
    return new Frame(this, file, fn, params, 0, [fn]);
  }
  hint(field, type) {
    if (!this.hints.has(field)) this.hints.set(field, type === "bigint" ? "integer" : type);
  }
  /** What refuses the request in a function: the refusals it answers, and those of the helpers it hands the request to. */
  refusal(frame) {
    const { ts } = this;
    const sites = [];
    for (const s of statusSites(this.ctx, frame.fn)) {
      if (!REFUSALS.has(s.status)) continue;
      const asserted = s.asserted;
      sites.push(
        asserted ? { node: s.node, extra: (f) => not(this.truthy(this.evaluate(asserted, f))), pure: false } : { node: s.node, extra: () => TRUE, pure: true }
      );
    }
    if (frame.fn.body && frame.depth < MAX_CALL_DEPTH) {
      forEachDeep(ts, frame.fn.body, (n) => {
        if (isFunctionLike(ts, n)) return "skip";
        if (!ts.isCallExpression(n) || !n.arguments.some((a) => this.carriesRequest(a, frame))) return void 0;
        const callee = this.evaluate(n.expression, frame);
        if (callee.k !== "function" || frame.stack.includes(callee.fn)) return void 0;
        const inner = this.refusal(this.calleeFrame(callee, n.arguments, frame));
        if (inner.k !== "const" || inner.value)
          sites.push({
            node: n,
            extra: (f) => f === frame ? inner : this.refusal(this.calleeFrame(callee, n.arguments, f)),
            pure: false
          });
        return void 0;
      });
    }
    return this.failure(frame, sites);
  }
  /** An argument that hands on the request, its body or a field of it. */
  carriesRequest(arg, frame) {
    if (!localRoot(frame, arg)) return false;
    const s = this.evaluate(arg, frame);
    return s.k === "request" || s.k === "body" || s.k === "field";
  }
  /** The condition under which any of the sites is reached, each with its own extra condition. */
  failure(frame, sites) {
    const pure = sites.filter((s) => s.pure).map((s) => s.node);
    return or(...sites.map((s) => this.build(this.steps(frame, s.node, pure), 0, frame, s)));
  }
  build(steps, i, frame, site) {
    const step = steps[i];
    if (!step) return site.extra(frame);
    if ("loop" in step)
      return or(...step.values.map((v) => this.build(steps, i + 1, frame.with(step.loop, { k: "literal", value: v }), site)));
    if ("opaque" in step) return and(OPAQUE, this.build(steps, i + 1, frame, site));
    const f = this.truthy(this.evaluate(step.cond, frame));
    const here = step.negate ? not(f) : f;
    return here.k === "const" && !here.value ? FALSE : and(here, this.build(steps, i + 1, frame, site));
  }
  /**
   * The conditions on the path from the function's start to a node, outermost first: branches taken, and earlier
   * `if (…) return` exits not taken. A branch not taken that itself refuses adds nothing (`A || (!A && B)` is `A || B`).
   */
  steps(frame, node, pure) {
    const { ts } = this;
    const steps = [];
    for (let child = node; child.parent && child !== frame.fn; child = child.parent) {
      const n = child.parent;
      if (n === frame.fn) break;
      if (isFunctionLike(ts, n) || ts.isClassLike(n) || ts.isCatchClause(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) {
        steps.push({ opaque: true });
      } else if (ts.isIfStatement(n)) {
        if (child === n.thenStatement) steps.push({ cond: n.expression, negate: false });
        else if (child === n.elseStatement && !refusesAtTop(ts, n.thenStatement, pure)) steps.push({ cond: n.expression, negate: true });
      } else if (ts.isConditionalExpression(n)) {
        if (child === n.whenTrue) steps.push({ cond: n.condition, negate: false });
        else if (child === n.whenFalse) steps.push({ cond: n.condition, negate: true });
      } else if (ts.isBinaryExpression(n) && child === n.right) {
        const op = n.operatorToken.kind;
        if (op === ts.SyntaxKind.AmpersandAmpersandToken) steps.push({ cond: n.left, negate: false });
        else if (op === ts.SyntaxKind.BarBarToken) steps.push({ cond: n.left, negate: true });
        else if (op === ts.SyntaxKind.QuestionQuestionToken) steps.push({ opaque: true });
      } else if (ts.isForOfStatement(n) && child === n.statement) {
        const loop = this.loopValues(n, frame);
        if (loop) steps.push(loop);
      } else if (ts.isBlock(n) || ts.isSourceFile(n)) {
        const before2 = n.statements.slice(0, n.statements.indexOf(child));
        for (const stmt of before2.reverse()) {
          if (!ts.isIfStatement(stmt)) continue;
          const thenExits = alwaysExits(ts, stmt.thenStatement);
          const elseExits = stmt.elseStatement ? alwaysExits(ts, stmt.elseStatement) : false;
          if (thenExits && !elseExits && !refusesAtTop(ts, stmt.thenStatement, pure)) steps.push({ cond: stmt.expression, negate: true });
          else if (elseExits && !thenExits && !refusesAtTop(ts, stmt.elseStatement, pure))
            steps.push({ cond: stmt.expression, negate: false });
        }
      }
    }
    return steps.reverse();
  }
  /** `for (const field of ['name', 'email'])`: the loop runs its body once per listed value. */
  loopValues(loop, frame) {
    const { ts } = this;
    const init = loop.initializer;
    if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return void 0;
    const name = init.declarations[0].name;
    const list = this.evaluate(loop.expression, frame);
    if (!ts.isIdentifier(name) || list.k !== "literal" || !Array.isArray(list.value)) return void 0;
    return { loop: name.text, values: list.value };
  }
  /** Whether a value stands for a true condition. */
  truthy(s) {
    switch (s.k) {
      case "bool":
        return s.f;
      case "literal":
        return s.value ? TRUE : FALSE;
      case "field":
        return s.trimmed ? atom(s, { op: "length", cmp: ">", n: 0 }) : atom(s, { op: "truthy" });
      case "length":
        return atom(s.of, { op: "length", cmp: ">", n: 0 }, !s.chained);
      case "count":
        return s.nonEmpty;
      case "errors":
      case "function":
      case "truthy":
        return TRUE;
      default:
        return OPAQUE;
    }
  }
  evaluate(expr, frame) {
    const { ts } = this;
    const e = unwrapValue(ts, expr);
    if (ts.isIdentifier(e)) return frame.lookup(e);
    const lit = literalOf(ts, e);
    if (lit) return { k: "literal", value: lit.value };
    if (ts.isPropertyAccessExpression(e)) return this.property(e, e.expression, e.name.text, frame);
    if (ts.isElementAccessExpression(e)) {
      const key = this.evaluate(e.argumentExpression, frame);
      return key.k === "literal" && (typeof key.value === "string" || typeof key.value === "number") ? this.property(e, e.expression, String(key.value), frame) : UNKNOWN;
    }
    if (ts.isCallExpression(e)) return this.call(e, frame);
    if (ts.isTypeOfExpression(e)) {
      const of = this.evaluate(e.expression, frame);
      return of.k === "field" ? { k: "typeof", of } : UNKNOWN;
    }
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
      return { k: "bool", f: not(this.truthy(this.evaluate(e.operand, frame))) };
    }
    if (ts.isBinaryExpression(e)) return this.binary(e, frame);
    if (isTruthyValue(ts, e)) return { k: "truthy" };
    if (ts.isConditionalExpression(e)) {
      const c = this.truthy(this.evaluate(e.condition, frame));
      const t2 = this.truthy(this.evaluate(e.whenTrue, frame));
      const f = this.truthy(this.evaluate(e.whenFalse, frame));
      return { k: "bool", f: or(and(c, t2), and(not(c), f)) };
    }
    return UNKNOWN;
  }
  property(whole, base, name, frame) {
    const of = this.evaluate(base, frame);
    const sym = this.member(of, name, !!whole.questionDotToken);
    if (sym.k !== "unknown" || of.k !== "unknown" || !this.ts.isPropertyAccessExpression(whole)) return sym;
    return this.outer(frame.file, whole);
  }
  /** A property of a value: the body of a request, a field of the body, the length of a field. */
  member(of, name, chained = false) {
    switch (of.k) {
      case "request":
        if (name === "body") return of.context ? UNKNOWN : { k: "body" };
        return name === "request" || name === "req" ? { k: "request", context: false } : UNKNOWN;
      case "body":
        if (OBJECT_METHODS.has(name)) return UNKNOWN;
        this.reads.add(name);
        return { k: "field", name, trimmed: false, chained: false, absent: { value: void 0 } };
      case "field":
        return name === "length" ? { k: "length", of, chained: chained || of.chained } : UNKNOWN;
      case "errors":
        return name === "length" ? { k: "count", nonEmpty: of.nonEmpty() } : UNKNOWN;
      case "literal": {
        const v = of.value;
        if (name === "length" && (typeof v === "string" || Array.isArray(v))) return { k: "literal", value: v.length };
        if (v && typeof v === "object" && !(v instanceof RegExp) && Object.hasOwn(v, name))
          return { k: "literal", value: v[name] };
        return v && typeof v === "object" && !Array.isArray(v) && !(v instanceof RegExp) ? { k: "literal", value: void 0 } : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }
  call(e, frame) {
    const { ts } = this;
    const callee = unwrapValue(ts, e.expression);
    const args = e.arguments;
    const arg = (i) => args[i] ? this.evaluate(args[i], frame) : UNKNOWN;
    const text = callee.getText(frame.file.sf).replace(/\s+/g, "");
    const onField = (test) => {
      const v = arg(0);
      return v.k === "field" ? { k: "bool", f: atom(v, test) } : UNKNOWN;
    };
    switch (text) {
      case "Number.isInteger":
      case "Number.isSafeInteger":
        return onField({ op: "integer" });
      case "Number.isFinite":
        return onField({ op: "number" });
      case "Array.isArray":
        return onField({ op: "array" });
      case "Object.hasOwn":
      case "Object.prototype.hasOwnProperty.call":
      case "{}.hasOwnProperty.call":
        return this.presence(arg(0), arg(1));
      // `Number(x)` passes a number through, and an absent field fails its checks as NaN does.
      case "Number":
      case "parseInt":
      case "parseFloat":
      case "Number.parseInt":
      case "Number.parseFloat": {
        const v = arg(0);
        return v.k === "field" && !v.trimmed ? v : UNKNOWN;
      }
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const of = this.evaluate(callee.expression, frame);
      if (of.k === "request" && (method === "json" || method === "parseBody")) return { k: "body" };
      if (of.k === "body" && method === "hasOwnProperty") return this.presence(of, arg(0));
      if (of.k === "field" && /^trim(?:Start|End)?$/.test(method)) return { ...of, trimmed: true, chained: !!callee.questionDotToken };
      if (of.k === "field" && method === "match") {
        const re = arg(0);
        return re.k === "literal" && re.value instanceof RegExp ? { k: "bool", f: atom(of, regexTest(re.value), true) } : UNKNOWN;
      }
      if (of.k === "literal" && of.value instanceof RegExp && (method === "test" || method === "exec")) return onField(regexTest(of.value));
      if (of.k === "literal" && Array.isArray(of.value)) {
        const v = arg(0);
        if (v.k !== "field") return UNKNOWN;
        if (method === "includes") return { k: "bool", f: atom(v, { op: "in", values: of.value }) };
        if (method === "indexOf") return { k: "indexOf", of: v, values: of.value };
        return UNKNOWN;
      }
    }
    const fn = this.evaluate(callee, frame);
    if (fn.k === "function") return this.inline(fn, args, frame);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
    if (name === "isEmail") return onField({ op: "email" });
    return UNKNOWN;
  }
  presence(of, key) {
    if (of.k !== "body" || key.k !== "literal" || typeof key.value !== "string") return UNKNOWN;
    this.reads.add(key.value);
    const field = { k: "field", name: key.value, trimmed: false, chained: false, absent: { value: void 0 } };
    return { k: "bool", f: atom(field, { op: "present" }) };
  }
  binary(e, frame) {
    const { ts } = this;
    const op = e.operatorToken.kind;
    const K = ts.SyntaxKind;
    if (op === K.AmpersandAmpersandToken || op === K.BarBarToken || op === K.QuestionQuestionToken) {
      const left = this.evaluate(e.left, frame);
      if (left.k === "body" && op !== K.AmpersandAmpersandToken) return left;
      if (op === K.QuestionQuestionToken) return UNKNOWN;
      const l = this.truthy(left);
      const r = this.truthy(this.evaluate(e.right, frame));
      return { k: "bool", f: op === K.AmpersandAmpersandToken ? and(l, r) : or(l, r) };
    }
    if (op === K.InKeyword) return this.presence(this.evaluate(e.right, frame), this.evaluate(e.left, frame));
    const cmp = comparisonOf(ts, op);
    if (!cmp) return UNKNOWN;
    const f = this.comparison(this.evaluate(e.left, frame), cmp.cmp, cmp.loose, this.evaluate(e.right, frame));
    return { k: "bool", f };
  }
  comparison(left, cmp, loose, right) {
    if (left.k === "literal" && right.k !== "literal") return this.comparison(right, FLIPPED_CMP[cmp], loose, left);
    if (right.k !== "literal") return OPAQUE;
    const v = right.value;
    const eq = cmp === "==" || cmp === "!=";
    const signed = (f) => cmp === "!=" ? not(f) : f;
    switch (left.k) {
      case "literal":
        if (eq) return (loose ? left.value == v : left.value === v) === (cmp === "==") ? TRUE : FALSE;
        if (typeof left.value !== "number" || typeof v !== "number") return OPAQUE;
        return compare(left.value, cmp, v) ? TRUE : FALSE;
      case "typeof":
        return eq && typeof v === "string" ? signed(atom(left.of, { op: "typeof", type: v })) : OPAQUE;
      case "field":
        if (left.trimmed && v === "" && eq) return signed(atom(left, { op: "length", cmp: "==", n: 0 }));
        if (eq && (isScalar(v) || v == null)) return signed(atom(left, { op: "eq", value: v, loose }));
        return !eq && typeof v === "number" ? atom(left, { op: "compare", cmp, n: v }) : OPAQUE;
      case "length":
        return typeof v === "number" ? atom(left.of, { op: "length", cmp, n: v }, !left.chained) : OPAQUE;
      case "count":
        return countTest(left.nonEmpty, cmp, v);
      case "indexOf": {
        const found2 = atom(left.of, { op: "in", values: left.values });
        if (v === -1 && (cmp === "==" || cmp === "<=")) return not(found2);
        if (v === 0 && cmp === "<") return not(found2);
        if (v === -1 && (cmp === "!=" || cmp === ">") || v === 0 && cmp === ">=") return found2;
        return OPAQUE;
      }
      default:
        return OPAQUE;
    }
  }
  /** A function called with values: what it returns, read with its parameters bound. */
  inline(fn, args, frame) {
    const { ts } = this;
    if (frame.depth >= MAX_CALL_DEPTH || frame.stack.includes(fn.fn) || !fn.fn.body) return UNKNOWN;
    const inner = this.calleeFrame(fn, args, frame);
    const body = fn.fn.body;
    if (!ts.isBlock(body)) return this.evaluate(body, inner);
    const returns = [];
    forEachDeep(ts, body, (n) => {
      if (isFunctionLike(ts, n) || ts.isClassLike(n)) return "skip";
      if (ts.isReturnStatement(n)) returns.push(n);
      return void 0;
    });
    const values = returns.map((r) => r.expression ? this.evaluate(r.expression, inner) : { k: "literal", value: void 0 });
    const errors = values.find((v) => v.k === "errors");
    if (errors) return errors;
    if (values.length > 0 && values.every((v) => v.k === "body")) return values[0];
    const sites = returns.map((r, i) => {
      const f = this.truthy(values[i]);
      const pure = f.k === "const" && f.value;
      return { node: r, pure, extra: (at) => pure || !r.expression ? f : this.truthy(this.evaluate(r.expression, at)) };
    });
    return { k: "bool", f: this.failure(inner, sites) };
  }
  calleeFrame(fn, args, frame) {
    const { ts } = this;
    const params = /* @__PURE__ */ new Map();
    fn.fn.parameters.forEach((p, i) => {
      let value = args[i] && !p.dotDotDotToken ? this.evaluate(args[i], frame) : UNKNOWN;
      if (p.initializer && (!args[i] || value.k === "literal" && value.value === void 0)) {
        const fallback = literalOf(ts, p.initializer);
        value = fallback ? { k: "literal", value: fallback.value } : UNKNOWN;
      }
      bindPattern(this, p.name, value, (n, s) => params.set(n, s));
    });
    return new Frame(this, fn.file, fn.fn, params, frame.depth + 1, [...frame.stack, fn.fn]);
  }
  /** A variable's value: an error list (`const errors = []`), a flag set on failure (`let valid = true`), or its initializer's. */
  localValue(frame, decl) {
    const { ts } = this;
    const init = decl.initializer && unwrapValue(ts, decl.initializer);
    const name = decl.name.text;
    if (init && (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)) && literalOf(ts, init)) {
      const empty = ts.isArrayLiteralExpression(init) ? init.elements.length === 0 : init.properties.length === 0;
      const additions = empty ? errorAdditions(ts, frame.fn, name) : [];
      if (additions.length) {
        let memo;
        return {
          k: "errors",
          nonEmpty: () => memo ??= this.failure(
            frame,
            additions.map((node) => ({ node, pure: true, extra: () => TRUE }))
          )
        };
      }
    }
    const value = init ? this.evaluate(init, frame) : { k: "literal", value: void 0 };
    const isLet = (decl.parent.flags & ts.NodeFlags.Let) !== 0;
    if (!isLet || value.k !== "literal" || !(isScalar(value.value) || value.value == null)) return value;
    const assignments2 = assignmentsOf(ts, frame.fn, name);
    if (!assignments2.length) return value;
    const start = Boolean(value.value);
    const flips = assignments2.every((a) => {
      const v = literalOf(ts, a.right);
      return v ? Boolean(v.value) !== start : !start && isTruthyValue(ts, unwrapValue(ts, a.right));
    });
    if (!flips) return UNKNOWN;
    const ran = this.failure(
      frame,
      assignments2.map((node) => ({ node, pure: true, extra: () => TRUE }))
    );
    return { k: "bool", f: start ? not(ran) : ran };
  }
  /** A name the function does not declare: a constant or function of its module or another. */
  outer(file, expr) {
    const origin = originOf(this.ctx, file, expr);
    if (!origin) return UNKNOWN;
    if (isFunctionLike(this.ts, origin.node)) return { k: "function", file: origin.file, fn: origin.node };
    const lit = this.ts.isExpression(origin.node) ? literalOf(this.ts, origin.node) : void 0;
    return lit ? { k: "literal", value: lit.value } : UNKNOWN;
  }
  /** Fields the handler reads from the body anywhere (`const { title } = req.body`, `req.body.name.trim()`). */
  sweepReads(frame) {
    const { ts } = this;
    if (!frame.fn.body) return;
    forEachDeep(ts, frame.fn.body, (n) => {
      if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && localRoot(frame, n.expression)) {
        if (this.evaluate(n.expression, frame).k === "body") this.evaluate(n, frame);
      } else if (ts.isVariableDeclaration(n) && !ts.isIdentifier(n.name) && n.initializer && localRoot(frame, n.initializer)) {
        const value = this.evaluate(n.initializer, frame);
        if (value.k === "body") bindPattern(this, n.name, value, () => void 0);
      }
    });
  }
  /** The schema of the body, when the failure condition checks at least one field. */
  schema(failure) {
    const rules = /* @__PURE__ */ new Map();
    extract(normal(failure), rules);
    const checked = atomsOf(failure).map((a) => a.field);
    const required2 = [...new Set(checked)].filter((field) => whenAbsent(failure, field) === "T");
    if (rules.size === 0 && required2.length === 0) return void 0;
    const properties = {};
    for (const field of /* @__PURE__ */ new Set([...checked, ...this.reads]))
      properties[field] = fieldSchema(rules.get(field) ?? [], this.hints.get(field));
    return { type: "object", properties, ...required2.length ? { required: required2 } : {} };
  }
};
function comparisonOf(ts, kind) {
  const K = ts.SyntaxKind;
  switch (kind) {
    case K.EqualsEqualsEqualsToken:
      return { cmp: "==", loose: false };
    case K.ExclamationEqualsEqualsToken:
      return { cmp: "!=", loose: false };
    case K.EqualsEqualsToken:
      return { cmp: "==", loose: true };
    case K.ExclamationEqualsToken:
      return { cmp: "!=", loose: true };
    case K.LessThanToken:
      return { cmp: "<", loose: false };
    case K.LessThanEqualsToken:
      return { cmp: "<=", loose: false };
    case K.GreaterThanToken:
      return { cmp: ">", loose: false };
    case K.GreaterThanEqualsToken:
      return { cmp: ">=", loose: false };
    default:
      return void 0;
  }
}
function countTest(nonEmpty, cmp, v) {
  if (typeof v !== "number") return OPAQUE;
  if (v === 0 && (cmp === ">" || cmp === "!=") || v === 1 && cmp === ">=") return nonEmpty;
  if (v === 0 && (cmp === "==" || cmp === "<=") || v === 1 && cmp === "<") return not(nonEmpty);
  return OPAQUE;
}
function regexTest(re) {
  return { op: "regex", source: re.source, flags: re.flags };
}
function errorAdditions(ts, fn, name) {
  const out = [];
  if (!fn.body) return out;
  const isList = (e) => ts.isIdentifier(e) && e.text === name;
  forEachDeep(ts, fn.body, (n) => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && isList(n.expression.expression) && /^(?:push|unshift)$/.test(n.expression.name.text))
      out.push(n);
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isPropertyAccessExpression(n.left) || ts.isElementAccessExpression(n.left)) && isList(n.left.expression))
      out.push(n);
    return void 0;
  });
  return out;
}
function assignmentsOf(ts, fn, name) {
  const out = [];
  if (!fn.body) return out;
  forEachDeep(ts, fn.body, (n) => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(n.left) && n.left.text === name)
      out.push(n);
    return void 0;
  });
  return out;
}
function isTruthyValue(ts, e) {
  if (ts.isTemplateExpression(e)) return e.head.text !== "" || e.templateSpans.some((span) => span.literal.text !== "");
  return ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e) || ts.isNewExpression(e) || ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isRegularExpressionLiteral(e);
}
function alwaysExits(ts, stmt) {
  if (ts.isReturnStatement(stmt) || ts.isThrowStatement(stmt) || ts.isContinueStatement(stmt) || ts.isBreakStatement(stmt)) return true;
  if (ts.isBlock(stmt)) return stmt.statements.some((s) => alwaysExits(ts, s));
  if (ts.isIfStatement(stmt)) return !!stmt.elseStatement && alwaysExits(ts, stmt.thenStatement) && alwaysExits(ts, stmt.elseStatement);
  if (ts.isExpressionStatement(stmt)) {
    const e = unwrapValue(ts, stmt.expression);
    return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "throw";
  }
  return false;
}
function refusesAtTop(ts, branch, sites) {
  return sites.some((site) => {
    for (let n = site; n.parent; n = n.parent) {
      if (n === branch) return true;
      const parent = n.parent;
      if (ts.isIfStatement(parent) || ts.isConditionalExpression(parent) || ts.isIterationStatement(parent, false) || ts.isSwitchStatement(parent) || ts.isTryStatement(parent) || isFunctionLike(ts, parent) || ts.isBinaryExpression(parent) && parent.right === n && isLogical(ts, parent.operatorToken.kind))
        return false;
    }
    return false;
  });
}
function isLogical(ts, kind) {
  const K = ts.SyntaxKind;
  return kind === K.AmpersandAmpersandToken || kind === K.BarBarToken || kind === K.QuestionQuestionToken;
}
function localRoot(frame, expr) {
  const { ts } = frame.analysis;
  const e = unwrapValue(ts, expr);
  if (ts.isIdentifier(e)) return frame.declares(e.text);
  if (ts.isPropertyAccessExpression(e)) return localRoot(frame, e.expression);
  if (ts.isElementAccessExpression(e)) return ts.isStringLiteralLike(e.argumentExpression) && localRoot(frame, e.expression);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.arguments.length === 0)
    return /^(?:json|parseBody)$/.test(e.expression.name.text) && localRoot(frame, e.expression.expression);
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken))
    return localRoot(frame, e.left);
  return false;
}
function literalOf(ts, expr, depth2 = 0) {
  if (depth2 > 8) return void 0;
  const e = unwrapValue(ts, expr);
  if (ts.isStringLiteralLike(e)) return { value: e.text };
  if (ts.isNumericLiteral(e)) return { value: Number(e.text) };
  if (e.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  if (e.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  if (e.kind === ts.SyntaxKind.NullKeyword) return { value: null };
  if (ts.isIdentifier(e) && e.text === "undefined") return { value: void 0 };
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand))
    return { value: -Number(e.operand.text) };
  if (ts.isRegularExpressionLiteral(e)) {
    const text = e.text;
    const end = text.lastIndexOf("/");
    return regexOf(text.slice(1, end), text.slice(end + 1));
  }
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "RegExp") {
    const [source, flags] = e.arguments ?? [];
    if (!source || !ts.isStringLiteralLike(source) || flags && !ts.isStringLiteralLike(flags)) return void 0;
    return regexOf(source.text, flags && ts.isStringLiteralLike(flags) ? flags.text : "");
  }
  if (ts.isCallExpression(e) && e.expression.getText().replace(/\s+/g, "") === "Object.freeze" && e.arguments[0])
    return literalOf(ts, e.arguments[0], depth2 + 1);
  if (ts.isArrayLiteralExpression(e)) {
    const values = [];
    for (const el of e.elements) {
      const v = literalOf(ts, el, depth2 + 1);
      if (!v) return void 0;
      values.push(v.value);
    }
    return { value: values };
  }
  if (ts.isObjectLiteralExpression(e)) {
    const value = {};
    for (const p of e.properties) {
      if (!ts.isPropertyAssignment(p)) return void 0;
      const key = propertyNameText(ts, p.name);
      const v = literalOf(ts, p.initializer, depth2 + 1);
      if (key === void 0 || !v) return void 0;
      value[key] = v.value;
    }
    return { value };
  }
  return void 0;
}
function regexOf(source, flags) {
  try {
    return { value: new RegExp(source, flags) };
  } catch {
    return void 0;
  }
}

// src/discover/schemas/object-shape.ts
function objectShape(ts, shape2, read3) {
  const properties = {};
  const required2 = [];
  for (const prop2 of shape2.properties) {
    if (!ts.isPropertyAssignment(prop2)) continue;
    const name = ts.isIdentifier(prop2.name) || ts.isStringLiteral(prop2.name) ? prop2.name.text : void 0;
    if (!name) continue;
    const value = read3(prop2.initializer);
    properties[name] = value.schema;
    if (value.required) required2.push(name);
  }
  return { properties, required: required2 };
}

// src/discover/schemas/joi.ts
function joiToSchema(ts, expr, lookup) {
  return read(ts, expr, lookup, 0)?.schema;
}
function read(ts, expr, lookup, depth2) {
  if (depth2 > 30) return void 0;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return read(ts, expr.expression, lookup, depth2 + 1);
  if (ts.isIdentifier(expr)) {
    const bound = lookup(expr.text);
    return bound ? read(ts, bound, lookup, depth2 + 1) : void 0;
  }
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return void 0;
  const method = expr.expression.name.text;
  const target = expr.expression.expression;
  const args = expr.arguments;
  if (ts.isIdentifier(target) && /^joi$/i.test(target.text)) {
    const base = baseSchema(ts, method, args, lookup, depth2);
    return base && { schema: base, required: false };
  }
  const inner = read(ts, target, lookup, depth2 + 1);
  if (!inner) return void 0;
  const { schema } = inner;
  const num = args[0] && ts.isNumericLiteral(args[0]) ? Number(args[0].text) : void 0;
  const isString = schema.type === "string";
  switch (method) {
    case "required":
    case "exist":
      return { schema, required: true };
    case "optional":
      return { schema, required: false };
    case "min":
      return {
        schema: isString ? { ...schema, minLength: num } : schema.type === "array" ? schema : { ...schema, minimum: num },
        required: inner.required
      };
    case "max":
      return {
        schema: isString ? { ...schema, maxLength: num } : schema.type === "array" ? schema : { ...schema, maximum: num },
        required: inner.required
      };
    case "length":
      return { schema: isString ? { ...schema, minLength: num, maxLength: num } : schema, required: inner.required };
    case "integer":
      return { schema: { ...schema, type: "integer" }, required: inner.required };
    case "positive":
      return { schema: { ...schema, minimum: schema.type === "integer" ? 1 : 0.01 }, required: inner.required };
    case "email":
    case "uuid":
    case "guid":
    case "uri":
    case "isoDate":
    case "iso":
      return { schema: { ...schema, format: FORMATS[method] }, required: inner.required };
    case "valid":
    case "only": {
      const values = args.map((a) => literal(ts, a));
      return values.every((v) => v !== void 0) ? { schema: { ...schema, enum: values }, required: inner.required } : inner;
    }
    case "items": {
      const items = args[0] ? read(ts, args[0], lookup, depth2 + 1)?.schema : void 0;
      return { schema: items ? { ...schema, items } : schema, required: inner.required };
    }
    case "keys":
      return args[0] && ts.isObjectLiteralExpression(args[0]) ? { schema: { ...schema, ...shapeOf(ts, args[0], lookup, depth2) }, required: inner.required } : inner;
    default:
      return inner;
  }
}
var FORMATS = { email: "email", uuid: "uuid", guid: "uuid", uri: "uri", isoDate: "date-time", iso: "date-time" };
function baseSchema(ts, method, args, lookup, depth2) {
  switch (method) {
    case "string":
      return { type: "string" };
    case "number":
      return { type: "number" };
    case "boolean":
    case "bool":
      return { type: "boolean" };
    case "date":
      return { type: "string", format: "date-time" };
    case "any":
      return {};
    case "array": {
      return { type: "array" };
    }
    case "object": {
      const shape2 = args[0];
      return shape2 && ts.isObjectLiteralExpression(shape2) ? { type: "object", ...shapeOf(ts, shape2, lookup, depth2) } : { type: "object" };
    }
    default:
      return void 0;
  }
}
function shapeOf(ts, shape2, lookup, depth2) {
  return objectShape(ts, shape2, (value) => {
    const got2 = read(ts, value, lookup, depth2 + 1);
    return { schema: got2?.schema ?? {}, required: got2?.required ?? false };
  });
}
function literal(ts, expr) {
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isNumericLiteral(expr)) return Number(expr.text);
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (expr.kind === ts.SyntaxKind.NullKeyword) return null;
  return void 0;
}

// src/discover/schemas/zod.ts
var MAX_DEPTH2 = 30;
var FORMATS2 = {
  email: "email",
  uuid: "uuid",
  uuidv4: "uuid",
  uuidv6: "uuid",
  uuidv7: "uuid",
  guid: "uuid",
  url: "url",
  httpUrl: "url",
  datetime: "date-time",
  date: "date",
  time: "time",
  duration: "duration",
  ip: "ip",
  ipv4: "ipv4",
  ipv6: "ipv6",
  cidrv4: "cidrv4",
  cidrv6: "cidrv6",
  hostname: "hostname",
  emoji: "emoji",
  base64: "base64",
  base64url: "base64url",
  jwt: "jwt",
  nanoid: "nanoid",
  cuid: "cuid",
  cuid2: "cuid2",
  ulid: "ulid",
  e164: "e164"
};
var OPTIONAL = /* @__PURE__ */ new Set(["optional", "nullish", "default", "prefault", "catch"]);
function zodToSchema(ts, expr, lookup, depth2 = 0) {
  return read2(ts, expr, lookup, depth2)?.schema;
}
function read2(ts, expr, lookup, depth2) {
  if (depth2 > MAX_DEPTH2) return void 0;
  const e = unwrapValue(ts, expr);
  if (ts.isIdentifier(e)) return readBound(ts, e, lookup, depth2, (bound) => read2(ts, bound, lookup, depth2 + 1));
  if (ts.isPropertyAccessExpression(e)) return member(ts, e, lookup, depth2);
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression)) return void 0;
  const method = e.expression.name.text;
  const target = e.expression.expression;
  const root = rootOf(ts, target);
  if (root) return builder(ts, root, method, e.arguments, lookup, depth2);
  const inner = read2(ts, target, lookup, depth2 + 1);
  return inner && refined(ts, inner, method, e.arguments, lookup, depth2);
}
function rootOf(ts, expr) {
  const isZ = (e) => ts.isIdentifier(e) && (e.text === "z" || e.text === "zod");
  if (isZ(expr)) return "z";
  if (ts.isPropertyAccessExpression(expr) && isZ(expr.expression) && (expr.name.text === "coerce" || expr.name.text === "iso"))
    return expr.name.text;
  return void 0;
}
var required = (schema) => ({ schema, optional: false });
function builder(ts, root, method, args, lookup, depth2) {
  const arg = (i) => args[i] ? read2(ts, args[i], lookup, depth2 + 1) : void 0;
  if (root === "iso") return FORMATS2[method] ? required({ type: "string", format: FORMATS2[method] }) : void 0;
  switch (method) {
    case "string":
      return required({ type: "string" });
    case "number":
    case "float32":
    case "float64":
      return required({ type: "number" });
    case "int":
    case "int32":
    case "uint32":
    case "safeint":
    case "bigint":
      return required({ type: "integer" });
    case "boolean":
      return required({ type: "boolean" });
    // JSON has no dates: only a coerced date reads one, from an ISO string.
    case "date":
      return required(root === "coerce" ? { type: "string", format: "date-time" } : {});
    case "any":
    case "unknown":
      return required({});
    case "literal":
      return literalSchema(ts, args[0], lookup);
    case "enum":
    case "nativeEnum":
      return required(enumSchema(ts, args[0], lookup));
    case "union":
      return unionOf(elementsOf(ts, args[0], lookup).map((o) => read2(ts, o, lookup, depth2 + 1)));
    case "discriminatedUnion":
      return unionOf(elementsOf(ts, args.at(-1), lookup).map((o) => read2(ts, o, lookup, depth2 + 1)));
    case "array": {
      const items = arg(0)?.schema;
      return required({ type: "array", ...items ? { items } : {} });
    }
    case "tuple":
      return required({ type: "array" });
    case "record":
    case "map":
      return required({ type: "object" });
    case "object":
    case "strictObject":
    case "looseObject":
      return required(objectSchema(ts, args[0], lookup, depth2));
    case "optional":
    case "nullish": {
      const inner = arg(0);
      return inner && { schema: inner.schema, optional: true };
    }
    case "nullable":
    case "readonly":
      return arg(0);
    // `z.preprocess(fn, S)` reads with S; `z.pipe(A, B)` takes what A takes.
    case "preprocess":
      return arg(1);
    case "pipe":
      return arg(0);
    default:
      return FORMATS2[method] ? required({ type: "string", format: FORMATS2[method] }) : void 0;
  }
}
function refined(ts, inner, method, args, lookup, depth2) {
  const { schema } = inner;
  const changed = (changes) => {
    const known = Object.entries(changes).filter(([, v]) => v !== void 0);
    return { schema: { ...schema, ...Object.fromEntries(known) }, optional: inner.optional };
  };
  const num = numberArg(ts, args[0]);
  const isString = schema.type === "string";
  const isNumber = schema.type === "number" || schema.type === "integer";
  const step = schema.type === "integer" ? 1 : 0.01;
  if (OPTIONAL.has(method)) return { schema, optional: true };
  if (FORMATS2[method] && isString) return changed({ format: FORMATS2[method] });
  switch (method) {
    case "min":
    case "gte":
      return isString ? changed({ minLength: num }) : isNumber ? changed({ minimum: num }) : inner;
    case "max":
    case "lte":
      return isString ? changed({ maxLength: num }) : isNumber ? changed({ maximum: num }) : inner;
    case "length":
      return isString ? changed({ minLength: num, maxLength: num }) : inner;
    case "nonempty":
      return isString ? changed({ minLength: 1 }) : inner;
    case "gt":
      return isNumber && num !== void 0 ? changed({ minimum: num + step }) : inner;
    case "lt":
      return isNumber && num !== void 0 ? changed({ maximum: num - step }) : inner;
    case "positive":
      return changed({ minimum: step });
    case "nonnegative":
      return changed({ minimum: 0 });
    case "negative":
      return changed({ maximum: -step });
    case "nonpositive":
      return changed({ maximum: 0 });
    case "int":
      return changed({
        type: "integer",
        ...schema.minimum !== void 0 ? { minimum: Math.ceil(schema.minimum) } : {},
        ...schema.maximum !== void 0 ? { maximum: Math.floor(schema.maximum) } : {}
      });
    case "regex": {
      const pattern = patternOf(ts, args[0], lookup);
      return pattern === void 0 ? inner : changed({ pattern });
    }
    case "nonoptional":
      return { schema, optional: false };
    case "required":
      return schema.type === "object" ? changed(presence(schema, args[0], ts, lookup, true)) : { schema, optional: false };
    case "partial":
      return schema.type === "object" ? changed(presence(schema, args[0], ts, lookup, false)) : inner;
    case "pick":
    case "omit": {
      const keys = maskKeys(ts, args[0], lookup);
      if (schema.type !== "object" || !keys) return inner;
      const keep = (k) => keys.includes(k) === (method === "pick");
      return changed({
        properties: Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([k]) => keep(k))),
        required: (schema.required ?? []).filter(keep)
      });
    }
    case "extend":
    case "safeExtend":
      return schema.type === "object" ? changed(merged(schema, objectSchema(ts, args[0], lookup, depth2))) : inner;
    case "merge":
    case "and": {
      const other = args[0] ? read2(ts, args[0], lookup, depth2 + 1)?.schema : void 0;
      return schema.type === "object" && other?.type === "object" ? changed(merged(schema, other)) : inner;
    }
    case "keyof":
      return required({ type: "string", enum: Object.keys(schema.properties ?? {}) });
    case "array":
      return required({ type: "array", items: schema });
    case "or":
      return unionOf([inner, args[0] ? read2(ts, args[0], lookup, depth2 + 1) : void 0]) ?? inner;
    default:
      return inner;
  }
}
function presence(schema, mask, ts, lookup, present) {
  const all = Object.keys(schema.properties ?? {});
  const keys = mask ? maskKeys(ts, mask, lookup) ?? [] : all;
  const before2 = new Set(schema.required ?? []);
  return { required: all.filter((k) => keys.includes(k) ? present : before2.has(k)) };
}
function merged(a, b) {
  const properties = { ...a.properties, ...b.properties };
  const overridden = new Set(Object.keys(b.properties ?? {}));
  const req = /* @__PURE__ */ new Set([...(a.required ?? []).filter((k) => !overridden.has(k)), ...b.required ?? []]);
  return { properties, required: Object.keys(properties).filter((k) => req.has(k)) };
}
function objectSchema(ts, shape2, lookup, depth2) {
  const literal3 = shape2 && objectLiteral(ts, shape2, lookup, depth2);
  if (!literal3) return { type: "object" };
  let out = { type: "object", properties: {}, required: [] };
  for (const prop2 of literal3.properties) {
    if (ts.isSpreadAssignment(prop2)) {
      const spread = spreadSchema(ts, prop2.expression, lookup, depth2);
      if (spread) out = { type: "object", ...merged(out, spread) };
      continue;
    }
    const name = ts.isPropertyAssignment(prop2) || ts.isShorthandPropertyAssignment(prop2) ? ts.isIdentifier(prop2.name) || ts.isStringLiteral(prop2.name) || ts.isNumericLiteral(prop2.name) ? prop2.name.text : void 0 : void 0;
    if (name === void 0) continue;
    const value = ts.isPropertyAssignment(prop2) ? prop2.initializer : prop2.name;
    const r = read2(ts, value, lookup, depth2 + 1) ?? { schema: {}, optional: false };
    out = { type: "object", ...merged(out, { properties: { [name]: r.schema }, required: r.optional ? [] : [name] }) };
  }
  return out;
}
function spreadSchema(ts, expr, lookup, depth2) {
  const e = unwrapValue(ts, expr);
  if (ts.isPropertyAccessExpression(e) && e.name.text === "shape") return read2(ts, e.expression, lookup, depth2 + 1)?.schema;
  return objectLiteral(ts, e, lookup, depth2) ? objectSchema(ts, e, lookup, depth2 + 1) : void 0;
}
function member(ts, e, lookup, depth2) {
  const key = e.name.text;
  const base = unwrapValue(ts, e.expression);
  if (ts.isPropertyAccessExpression(base) && base.name.text === "shape") {
    const owner = read2(ts, base.expression, lookup, depth2 + 1)?.schema;
    const schema = owner?.properties?.[key];
    return schema && { schema, optional: !(owner.required ?? []).includes(key) };
  }
  const literal3 = objectLiteral(ts, base, lookup, depth2);
  const prop2 = literal3?.properties.find(
    (p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key
  );
  if (!prop2) return void 0;
  return read2(ts, ts.isPropertyAssignment(prop2) ? prop2.initializer : prop2.name, lookup, depth2 + 1);
}
function objectLiteral(ts, expr, lookup, depth2) {
  if (depth2 > MAX_DEPTH2) return void 0;
  const e = unwrapValue(ts, expr);
  if (ts.isObjectLiteralExpression(e)) return e;
  return ts.isIdentifier(e) ? readBound(ts, e, lookup, depth2, (bound) => objectLiteral(ts, bound, lookup, depth2 + 1)) : void 0;
}
function readBound(ts, ident, lookup, depth2, readValue) {
  if (depth2 > MAX_DEPTH2) return void 0;
  const local = scopedValue(ts, ident);
  const fromScope = local && readValue(local);
  if (fromScope !== void 0) return fromScope;
  const bound = lookup(ident.text);
  return bound && bound !== local ? readValue(bound) : void 0;
}
function scopedValue(ts, ident) {
  for (let n = ident.parent; n; n = n.parent) {
    if (!ts.isBlock(n) && !ts.isSourceFile(n) && !ts.isModuleBlock(n)) continue;
    for (const stmt of n.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      for (const d of stmt.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === ident.text && d.initializer && d.initializer !== ident) return d.initializer;
    }
  }
  return void 0;
}
function numberArg(ts, expr) {
  if (!expr) return void 0;
  if (ts.isNumericLiteral(expr)) return Number(expr.text);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(expr.operand))
    return -Number(expr.operand.text);
  return void 0;
}
function patternOf(ts, expr, lookup, depth2 = 0) {
  if (!expr || depth2 > MAX_DEPTH2) return void 0;
  const e = unwrapValue(ts, expr);
  if (e.kind === ts.SyntaxKind.RegularExpressionLiteral) {
    const text = e.text;
    return text.slice(1, text.lastIndexOf("/"));
  }
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "RegExp") {
    const first = e.arguments?.[0];
    return first && ts.isStringLiteralLike(first) ? first.text : void 0;
  }
  return ts.isIdentifier(e) ? readBound(ts, e, lookup, depth2, (bound) => patternOf(ts, bound, lookup, depth2 + 1)) : void 0;
}
function elementsOf(ts, expr, lookup, depth2 = 0) {
  if (!expr || depth2 > MAX_DEPTH2) return [];
  const e = unwrapValue(ts, expr);
  if (ts.isArrayLiteralExpression(e)) return [...e.elements];
  return ts.isIdentifier(e) ? readBound(ts, e, lookup, depth2, (bound) => elementsOf(ts, bound, lookup, depth2 + 1)) ?? [] : [];
}
function literalValue(ts, expr) {
  const e = unwrapValue(ts, expr);
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  return void 0;
}
function enumOf(values) {
  const types = new Set(values.map((v) => typeof v === "number" ? Number.isInteger(v) ? "integer" : "number" : typeof v));
  return types.size === 1 ? { type: [...types][0], enum: values } : { enum: values };
}
function literalSchema(ts, expr, lookup) {
  if (!expr) return void 0;
  const e = unwrapValue(ts, expr);
  const values = (ts.isArrayLiteralExpression(e) ? elementsOf(ts, e, lookup) : [e]).map((v) => literalValue(ts, v));
  return values.length && values.every((v) => v !== void 0) ? required(enumOf(values)) : void 0;
}
function enumSchema(ts, expr, lookup) {
  const listed = elementsOf(ts, expr, lookup).map((v) => literalValue(ts, v));
  const object = expr && !listed.length ? objectLiteral(ts, expr, lookup, 0) : void 0;
  const values = object ? object.properties.filter(ts.isPropertyAssignment).map((p) => literalValue(ts, p.initializer)) : listed.filter((v) => v !== void 0);
  return values.length && values.every((v) => v !== void 0) ? enumOf(values) : { type: "string" };
}
function maskKeys(ts, expr, lookup) {
  const literal3 = expr && objectLiteral(ts, expr, lookup, 0);
  return literal3?.properties.flatMap(
    (p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [p.name.text] : []
  );
}
function unionOf(options) {
  const known = options.filter((o) => o !== void 0);
  if (known.length === 0) return void 0;
  const optional = known.some((o) => o.optional);
  const enums = known.map((o) => o.schema);
  if (enums.every((s) => s.enum && s.type === enums[0].type))
    return { schema: { ...enums[0].type ? { type: enums[0].type } : {}, enum: enums.flatMap((s) => s.enum) }, optional };
  return { schema: known[0].schema, optional };
}

// src/discover/detectors/http-guard.ts
var LIBRARY_GUARDS = [
  { module: /^hono\/bearer-auth$/, names: /^bearerAuth$/, token: "token" },
  { module: /^hono\/(?:jwt|jwk|basic-auth)$/, names: /^(?:jwt|jwk|basicAuth)$/ },
  { module: /^(?:express-jwt|koa-jwt|@koa\/jwt)$/, names: /^(?:\*|default|expressjwt|jwt)$/ },
  { module: /^passport$/, names: /^authenticate$/ },
  { module: /^@nestjs\/passport$/, names: /^AuthGuard$/ }
];
function guardInfo(ctx, guards, options = {}) {
  const statuses = /* @__PURE__ */ new Set();
  let env;
  let tokenFrom;
  let missing;
  let wrong;
  for (const guard of guards) {
    for (const reading of readGuard(ctx, guard, options, 0)) {
      for (const site of reading.sites) {
        if (site.status !== 401 && site.status !== 403) continue;
        statuses.add(site.status);
        if (site.kind !== "thrown") missing ??= site.status;
        if (site.kind !== "missing") wrong ??= site.status;
      }
      env ??= reading.env;
      if (!env) tokenFrom ??= reading.tokenFrom;
    }
  }
  if (statuses.size === 0 && !env) return void 0;
  return {
    statuses: sortedStatuses(statuses),
    ...env ? { scheme: "bearer", env } : tokenFrom ? { scheme: "bearer", tokenFrom } : {},
    ...missing ? { missing } : {},
    ...wrong ? { wrong } : {}
  };
}
function readGuard(ctx, guard, options, depth2) {
  const { ts } = ctx;
  if (depth2 > 6) return [];
  const { expr, file } = guard;
  if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((e2) => readGuard(ctx, { expr: e2, file }, options, depth2 + 1));
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr))
    return readGuard(ctx, { expr: expr.expression, file }, options, depth2 + 1);
  if (ts.isClassLike(expr)) return readClass(ctx, file, expr, options, depth2);
  if (isFunctionLike(ts, expr)) return [readFunction(ctx, file, expr, false)];
  if (!ts.isExpression(expr)) return [];
  const e = expr;
  if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
    const library = libraryGuard(ctx, file, e);
    if (library) return [library];
    if (ts.isNewExpression(e)) return readGuard(ctx, { expr: e.expression, file }, options, depth2 + 1);
    const body = functionBody(ctx, file, e.expression);
    const fn2 = body ? { expr: body.node, file: body.file } : resolved(ctx, file, e.expression);
    if (fn2) return readGuard(ctx, fn2, options, depth2 + 1);
    return e.arguments.filter((a) => isFunctionLike(ts, a)).map((a) => readFunction(ctx, file, a, false));
  }
  const fn = functionBody(ctx, file, e);
  if (fn) return [readFunction(ctx, fn.file, fn.node, false)];
  const origin = resolved(ctx, file, e);
  if (origin && origin.expr !== e) return readGuard(ctx, origin, options, depth2 + 1);
  if (ts.isPropertyAccessExpression(e)) {
    const decorated = options.decorated?.get(e.name.text);
    if (decorated) return readGuard(ctx, { expr: decorated.node, file: decorated.file }, options, depth2 + 1);
  }
  return [];
}
function resolved(ctx, file, expr) {
  const origin = originOf(ctx, file, expr);
  if (!origin || origin.node === expr) return void 0;
  return { expr: origin.node, file: origin.file };
}
function readClass(ctx, file, cls, options, depth2) {
  const { ts } = ctx;
  const out = [];
  const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const method = (name) => cls.members.find((m) => ts.isMethodDeclaration(m) && m.name.getText(file.sf) === name && !!m.body);
  const canActivate = method("canActivate");
  if (canActivate) out.push(readFunction(ctx, file, canActivate, true));
  else if (method("use")) out.push(readFunction(ctx, file, method("use"), false));
  if (base) {
    const library = ts.isCallExpression(base) ? libraryGuard(ctx, file, base) : void 0;
    if (library) out.push(library);
    else if (!canActivate) out.push(...readGuard(ctx, { expr: base, file }, options, depth2 + 1));
  }
  return out;
}
function libraryGuard(ctx, file, call) {
  const { ts } = ctx;
  const from = importedFrom(ctx, file, call.expression);
  if (!from) return void 0;
  const name = from.imported === "*" || from.imported === "default" ? calleeText(ts, call.expression) : from.imported;
  const known = LIBRARY_GUARDS.find((g) => g.module.test(from.module) && (g.names.test(name) || g.names.test(from.imported)));
  if (!known) return void 0;
  const opts = call.arguments?.[0];
  const lets = opts && ts.isObjectLiteralExpression(opts) ? opts.properties.map((p) => p.getText(file.sf).replace(/\s+/g, "")) : [];
  if (lets.includes("passthrough:true") || lets.includes("credentialsRequired:false")) return { sites: [] };
  const reading = { sites: [{ status: 401, kind: "any" }] };
  if (known.token && opts && ts.isObjectLiteralExpression(opts)) {
    for (const p of opts.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const key = p.name.getText(file.sf);
      if (key === known.token) {
        const env = envOf(ctx, file, p.initializer);
        if (env) reading.env = env;
        else reading.tokenFrom = p.initializer.getText(file.sf).replace(/\s+/g, " ");
      } else if (key === "verifyToken" && isFunctionLike(ts, p.initializer)) {
        const env = expectedToken(ctx, file, p.initializer, true).env;
        if (env) reading.env = env;
      }
    }
  }
  return reading;
}
function calleeText(ts, callee) {
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
}
function readFunction(ctx, file, fn, nest) {
  const { ts } = ctx;
  const sites = statusSites(ctx, fn);
  forEachDeep(ts, fn, (n) => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "jwtVerify" && !swallowed(ts, n))
      sites.push({ status: 401, node: n });
    if (nest && ts.isReturnStatement(n) && n.expression && n.expression.kind !== ts.SyntaxKind.TrueKeyword && !/\bsuper\.canActivate\b/.test(n.expression.getText(file.sf)) && nearestFunction(ts, n) === fn)
      sites.push({ status: 403, node: n });
  });
  sites.sort((a, b) => a.node.getStart(file.sf) - b.node.getStart(file.sf));
  const reading = { sites: sites.map((s) => ({ status: s.status, kind: rejectionKind(ts, fn, s) })) };
  const token = expectedToken(ctx, file, fn);
  if (token.env) reading.env = token.env;
  else if (token.tokenFrom) reading.tokenFrom = token.tokenFrom;
  return reading;
}
function swallowed(ts, node) {
  for (let child = node, n = node.parent; n && !isFunctionLike(ts, n); child = n, n = n.parent) {
    if (!ts.isTryStatement(n) || child !== n.tryBlock || !n.catchClause) continue;
    let answers = false;
    forEachDeep(ts, n.catchClause.block, (c) => {
      if (ts.isThrowStatement(c) || ts.isReturnStatement(c) || ts.isCallExpression(c)) answers = true;
      return answers ? "stop" : void 0;
    });
    return !answers;
  }
  return false;
}
function nearestFunction(ts, node) {
  for (let n = node.parent; n; n = n.parent) if (isFunctionLike(ts, n)) return n;
  return void 0;
}
function rejectionKind(ts, root, site) {
  if (site.asserted) return assertsPresence(ts, site.asserted) ? "missing" : "any";
  for (let child = site.node, parent = site.node.parent; parent && child !== root; child = parent, parent = parent.parent) {
    if (ts.isCatchClause(parent)) return "thrown";
    if (ts.isIfStatement(parent) && child === parent.thenStatement) return testsForAbsence(ts, parent.expression) ? "missing" : "any";
  }
  return "any";
}
function assertsPresence(ts, value) {
  if (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value)) return true;
  return ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === "startsWith";
}
function testsForAbsence(ts, cond) {
  if (ts.isParenthesizedExpression(cond)) return testsForAbsence(ts, cond.expression);
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken) {
    const operand = cond.operand;
    if (!ts.isCallExpression(operand)) return true;
    return ts.isPropertyAccessExpression(operand.expression) && operand.expression.name.text === "startsWith";
  }
  if (ts.isBinaryExpression(cond)) {
    const op = cond.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarToken) return testsForAbsence(ts, cond.left) && testsForAbsence(ts, cond.right);
    const equality = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(op);
    const absent = (e) => e.kind === ts.SyntaxKind.NullKeyword || ts.isIdentifier(e) && e.text === "undefined" || ts.isStringLiteralLike(e) && (e.text === "" || e.text === "undefined");
    return equality && (absent(cond.left) || absent(cond.right));
  }
  return false;
}
var COMPARE_CALL = /^(?:timingSafeEqual|safeCompare|secureCompare|safeEqual|constantTimeEqual|timingSafeCompare)$/;
function expectedToken(ctx, file, fn, bearerKnown = false) {
  const { ts } = ctx;
  let env;
  let tokenFrom;
  const bearer = bearerKnown || /bearer/i.test(fn.getText(file.sf));
  forEachDeep(ts, fn, (n) => {
    if (env) return "stop";
    if (ts.isTemplateExpression(n) && /^bearer\s+$/i.test(n.head.text) && n.templateSpans.length === 1) {
      const expr = n.templateSpans[0].expression;
      env = envOf(ctx, file, expr);
      if (!env) tokenFrom ??= tokenText(ctx, file, expr);
      return void 0;
    }
    if (!bearer) return void 0;
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      const equality = [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken
      ].includes(op);
      if (equality) env = envOf(ctx, file, n.left) ?? envOf(ctx, file, n.right);
    } else if (ts.isCallExpression(n) && COMPARE_CALL.test(calleeText(ts, n.expression))) {
      for (const arg of n.arguments) env ??= envOf(ctx, file, bufferOf(ts, arg));
    }
    return void 0;
  });
  return env ? { env } : tokenFrom ? { tokenFrom } : {};
}
function bufferOf(ts, expr) {
  if (ts.isCallExpression(expr) && expr.expression.getText().replace(/\s+/g, "") === "Buffer.from" && expr.arguments[0])
    return expr.arguments[0];
  return expr;
}
function tokenText(ctx, file, expr) {
  const { ts } = ctx;
  const decl = ts.isIdentifier(expr) ? declarationOf(ctx, file, expr) : void 0;
  const init = decl && !("module" in decl) && ts.isVariableDeclaration(decl.node) ? decl.node.initializer : void 0;
  return (init ?? expr).getText(file.sf).replace(/\s+/g, " ");
}
function envOf(ctx, file, expr, depth2 = 0) {
  const { ts } = ctx;
  if (depth2 > 6) return void 0;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr))
    return envOf(ctx, file, expr.expression, depth2 + 1);
  if (ts.isBinaryExpression(expr) && (expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expr.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return envOf(ctx, file, expr.left, depth2 + 1);
  }
  if (ts.isPropertyAccessExpression(expr) && expr.expression.getText(file.sf) === "process.env") return expr.name.text;
  if (ts.isElementAccessExpression(expr) && expr.expression.getText(file.sf) === "process.env" && ts.isStringLiteralLike(expr.argumentExpression))
    return expr.argumentExpression.text;
  if (ts.isTemplateExpression(expr) && /^bearer\s+$/i.test(expr.head.text) && expr.templateSpans.length === 1)
    return envOf(ctx, file, expr.templateSpans[0].expression, depth2 + 1);
  if (ts.isIdentifier(expr)) {
    const decl = declarationOf(ctx, file, expr);
    if (decl && !("module" in decl) && ts.isVariableDeclaration(decl.node) && decl.node.initializer)
      return envOf(ctx, decl.file, decl.node.initializer, depth2 + 1);
  }
  return void 0;
}
function functionBody(ctx, file, expr) {
  const { ts } = ctx;
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return { node: expr, file };
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) {
    const name = ts.isIdentifier(expr) ? expr.text : expr.name.text;
    const local = findFunction(ts, file.sf, name);
    if (local) return { node: local, file };
    const binding = file.imports.find((b) => b.local === (ts.isIdentifier(expr) ? expr.text : expr.expression.getText(file.sf)));
    const target = binding && ctx.resolve(file, binding.module);
    if (target) {
      const fn = findFunction(
        ts,
        target.sf,
        ts.isIdentifier(expr) ? binding.imported === "default" ? exportedLocal(ts, target.sf, "default") ?? name : binding.imported : name
      );
      if (fn) return { node: fn, file: target };
    }
  }
  return void 0;
}
function findFunction(ts, sf, name) {
  let found2;
  forEachDeep(ts, sf, (n) => {
    if (found2) return "stop";
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name && n.name.getText(sf) === name) found2 = n;
    else if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer && (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer)))
      found2 = n.initializer;
    else if (ts.isPropertyAssignment(n) && n.name.getText(sf) === name && (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer)))
      found2 = n.initializer;
    return void 0;
  });
  return found2;
}
function errorHandlerStatuses(ctx, ref) {
  return sortedStatuses(handlerStatuses(ctx, ref).filter((s) => s >= 400 && s < 500));
}
function writeErrors(method, statuses) {
  return ["GET", "HEAD", "OPTIONS"].includes(method) ? [] : [...statuses];
}
function handlerStatuses(ctx, ref) {
  const { ts } = ctx;
  const fn = handlerOf(ctx, ref);
  if (!fn) return [];
  const out = statusSites(ctx, fn.node).map((s) => s.status);
  const tables = /* @__PURE__ */ new Set([fn.node]);
  forEachDeep(ts, fn.node, (n) => {
    if (!ts.isIdentifier(n)) return;
    const decl = declarationOf(ctx, fn.file, n);
    if (decl && !("module" in decl) && ts.isVariableDeclaration(decl.node) && decl.node.initializer && ts.isSourceFile(decl.node.parent.parent.parent))
      tables.add(decl.node.initializer);
  });
  for (const table of tables) {
    forEachDeep(ts, table, (n) => {
      if (ts.isPropertyAssignment(n) && /^(?:status|statusCode)$/.test(n.name.getText(fn.file.sf))) {
        const status2 = ts.isNumericLiteral(n.initializer) ? Number(n.initializer.text) : void 0;
        if (status2 && status2 >= 400 && status2 <= 599) out.push(status2);
      }
    });
  }
  return sortedStatuses(out);
}
function handlerOf(ctx, ref) {
  const { ts } = ctx;
  if (isFunctionLike(ts, ref.expr)) return { node: ref.expr, file: ref.file };
  if (!ts.isExpression(ref.expr)) return void 0;
  const expr = ref.expr;
  const named = functionBody(ctx, ref.file, expr);
  if (named) return named;
  const origin = originOf(ctx, ref.file, expr);
  return origin && isFunctionLike(ts, origin.node) ? origin : void 0;
}
function isErrorMiddleware(ctx, ref) {
  const { ts } = ctx;
  const fn = handlerOf(ctx, ref);
  if (!fn || !isFunctionLike(ts, fn.node)) return false;
  if (fn.node.parameters.length === 4) return true;
  let found2 = false;
  forEachDeep(ts, fn.node, (n) => {
    if (ts.isTryStatement(n) && n.catchClause && /\bawait\s+next\s*\(/.test(n.tryBlock.getText(fn.file.sf))) found2 = true;
    return found2 ? "stop" : void 0;
  });
  return found2;
}

// src/discover/detectors/test-helper.ts
import path4 from "node:path";

// src/discover/prefilter.ts
import { builtinModules } from "node:module";
import path2 from "node:path";
var ROUTE_SHAPE = /\.(?:get|post|put|patch|delete|del|all|head|options|route|use)\(\s*['"`]\//;
var IMPORT_SPECIFIERS = /\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(\s*['"]([^'"\n]+)['"]|\brequire\s*\(\s*['"]([^'"\n]+)['"]|\bimport\s+['"]([^'"\n]+)['"]/g;
function selectForParsing(candidates, read3, diagnostics, index) {
  const known = new Set(candidates.map((c) => c.path));
  const facts = /* @__PURE__ */ new Map();
  const importers = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    const text = read3(candidate.path);
    if (text === void 0) continue;
    if (text.includes("\0")) {
      diagnostics.push({ file: candidate.path, message: "skipped: binary content in a source file." });
      continue;
    }
    index?.add(candidate.path, text);
    const packages = activePackages(candidate.active);
    const claims = claimsOf(candidate.active);
    let seed = candidate.active.some((d) => d.kind === "http") && ROUTE_SHAPE.test(text) || claims.paths.some((re) => re.test(candidate.path)) || claims.hints.some((re) => re.test(text));
    let imports = 0;
    let alias = false;
    for (const m of text.matchAll(IMPORT_SPECIFIERS)) {
      imports++;
      const specifier = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (specifier.startsWith(".")) {
        const target = resolvePath((p) => known.has(p), candidate.path, specifier);
        if (!target) continue;
        const list = importers.get(target);
        if (list) list.push(candidate.path);
        else importers.set(target, [candidate.path]);
        continue;
      }
      const pkg = packageOf(specifier);
      if (packages.has(pkg)) seed = true;
      else if (!candidate.deps.has(pkg) && !specifier.startsWith("node:") && !builtinModules.includes(pkg)) alias = true;
    }
    facts.set(candidate.path, { candidate, seed, open: imports === 0 || alias, text: seed ? text : void 0 });
  }
  const closure = new Set([...facts.values()].filter((f) => f.seed).map((f) => f.candidate.path));
  const queue = [...closure];
  while (queue.length > 0) {
    for (const importer of importers.get(queue.pop()) ?? []) {
      if (!closure.has(importer)) {
        closure.add(importer);
        queue.push(importer);
      }
    }
  }
  const out = [];
  for (const f of facts.values()) {
    if (f.text !== void 0) {
      out.push({ candidate: f.candidate, text: f.text });
      continue;
    }
    if (!closure.has(f.candidate.path) && !f.open) continue;
    const hints = hintsOf(f.candidate.active);
    if (!hints) continue;
    const text = read3(f.candidate.path);
    if (text !== void 0 && hints.test(text)) out.push({ candidate: f.candidate, text });
  }
  return out;
}
var packageSets = /* @__PURE__ */ new WeakMap();
function activePackages(active) {
  let set = packageSets.get(active);
  if (!set) packageSets.set(active, set = new Set(active.flatMap((d) => d.packages)));
  return set;
}
var claimSets = /* @__PURE__ */ new WeakMap();
function claimsOf(active) {
  let claims = claimSets.get(active);
  if (!claims) {
    const plain3 = (re) => new RegExp(re.source, re.flags.replace(/[gy]/g, ""));
    claims = {
      paths: active.flatMap((d) => d.paths ? [plain3(d.paths)] : []),
      hints: active.flatMap((d) => d.hintsSuffice && d.hints ? [plain3(d.hints)] : [])
    };
    claimSets.set(active, claims);
  }
  return claims;
}
var hintSets = /* @__PURE__ */ new WeakMap();
function hintsOf(active) {
  let hints = hintSets.get(active);
  if (hints === void 0) {
    const byFlags = /* @__PURE__ */ new Map();
    for (const d of active)
      if (d.hints)
        byFlags.set(d.hints.flags.replace(/[gy]/g, ""), [
          ...byFlags.get(d.hints.flags.replace(/[gy]/g, "")) ?? [],
          `(?:${d.hints.source})`
        ]);
    const regexes = [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
    hints = regexes.length ? { test: (text) => regexes.some((re) => re.test(text)) } : null;
    hintSets.set(active, hints);
  }
  return hints ?? void 0;
}
var EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.tsx", "/index.js", "/index.mjs"];
function resolvePath(exists, from, specifier) {
  if (!specifier.startsWith(".")) return void 0;
  const base = path2.posix.normalize(path2.posix.join(path2.posix.dirname(from), specifier));
  const stem = base.replace(/\.[cm]?js$/, "");
  for (const candidate of [base, ...EXTENSIONS.map((e) => stem + e)]) if (exists(candidate)) return candidate;
  return void 0;
}

// src/discover/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import fs2 from "node:fs";
import path3 from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  ".hg",
  ".svn",
  "dist",
  "build",
  "out",
  "coverage",
  ".next",
  ".nuxt",
  ".turbo",
  ".cache",
  ".output",
  ".vercel",
  ".serverless",
  "vendor",
  "bower_components",
  "itw-report",
  ".svelte-kit",
  ".docusaurus"
]);
var GENERATED_DIRS = /(?:^|\/)\.vitepress\/cache$/;
function skippedDir(rel) {
  return SKIPPED_DIRS.has(path3.posix.basename(rel)) || GENERATED_DIRS.test(rel);
}
async function walkRepo(root, options = {}, diagnostics = []) {
  const realRoot = fs2.realpathSync(root);
  const seenDirs = /* @__PURE__ */ new Set();
  const excluded = options.exclude?.length ? (0, import_ignore.default)().add(options.exclude) : void 0;
  const included = options.include?.length ? (0, import_ignore.default)().add(options.include) : void 0;
  const linked = [];
  const files = [];
  function visit(dir, real, rel, rules) {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = fs2.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ file: rel || ".", message: `cannot read folder: ${error.message}` });
      return;
    }
    if (entries.some((e) => e.name === ".gitignore" && e.isFile())) {
      let text = "";
      try {
        text = fs2.readFileSync(path3.join(dir, ".gitignore"), "utf8");
      } catch {
      }
      rules = [...rules, { base: rel, ig: (0, import_ignore.default)().add(text) }];
    }
    const ignored = (childRel, isDir) => rules.some(({ base, ig }) => {
      const local = base ? childRel.slice(base.length + 1) : childRel;
      return local !== "" && ig.ignores(isDir ? `${local}/` : local);
    });
    entries.sort((a, b) => a.name < b.name ? -1 : 1);
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = path3.join(dir, entry.name);
      if (entry.isSymbolicLink()) symlink(abs, childRel, rules, ignored);
      else if (entry.isDirectory()) {
        if (skippedDir(childRel) || ignored(childRel, true) || excluded?.ignores(`${childRel}/`)) continue;
        visit(abs, path3.join(real, entry.name), childRel, rules);
      } else {
        const special = specialKind(entry);
        if (special) reportSpecial(childRel, special, ignored);
        else if (entry.isFile() && keepFile(childRel, ignored)) {
          const stat = fs2.statSync(abs, { throwIfNoEntry: false });
          if (stat) files.push({ path: childRel, size: stat.size });
        }
      }
    }
  }
  function symlink(abs, childRel, rules, ignored) {
    let stat;
    try {
      stat = fs2.statSync(abs);
    } catch (error) {
      if (!ignored(childRel, false) && !excluded?.ignores(childRel)) {
        const code = error.code;
        const why = code === "ELOOP" ? "a symbolic link loop" : code === "ENOENT" ? "a dangling symbolic link" : `an unreadable symbolic link (${code ?? error.message})`;
        diagnostics.push({ file: childRel, message: `skipped: ${why}.` });
      }
      return;
    }
    if (stat.isDirectory()) {
      if (!skippedDir(childRel) && !ignored(childRel, true) && !excluded?.ignores(`${childRel}/`)) {
        linked.push({ abs, rel: childRel, rules });
      }
      return;
    }
    const special = specialKind(stat);
    if (special) reportSpecial(childRel, special, ignored);
    else if (stat.isFile() && keepFile(childRel, ignored) && inRoot(abs)) files.push({ path: childRel, size: stat.size });
  }
  function inRoot(abs) {
    try {
      const real = fs2.realpathSync(abs);
      return real === realRoot || real.startsWith(realRoot + path3.sep);
    } catch {
      return false;
    }
  }
  function reportSpecial(childRel, special, ignored) {
    if (!ignored(childRel, false) && !excluded?.ignores(childRel))
      diagnostics.push({ file: childRel, message: `skipped: a ${special}, not a regular file.` });
  }
  function keepFile(childRel, ignored) {
    if (ignored(childRel, false) || excluded?.ignores(childRel)) return false;
    return !(included && !included.ignores(childRel) && isSource(childRel));
  }
  visit(root, realRoot, "", []);
  for (let round = linked.splice(0); round.length > 0; round = linked.splice(0)) {
    round.sort((a, b) => a.rel < b.rel ? -1 : 1);
    for (const { abs, rel, rules } of round) {
      if (!inRoot(abs)) continue;
      visit(abs, fs2.realpathSync(abs), rel, rules);
    }
  }
  return files;
}
function specialKind(entry) {
  if (entry.isFIFO()) return "named pipe (FIFO)";
  if (entry.isSocket()) return "socket";
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return "device file";
  return void 0;
}
var SOURCE_EXT = /\.(?:[cm]?[jt]sx?)$/;
function isSource(file) {
  return SOURCE_EXT.test(file) && !file.endsWith(".d.ts") && !/\.min\.[cm]?js$/.test(file);
}
var TEST_DIR = /(?:^|\/)(?:__tests__|tests?|spec|e2e|integration)\//;
var TEST_NAME = /\.(?:test|spec|e2e|e2e-spec)\.[cm]?[jt]sx?$/;
function isTestFile(file) {
  return TEST_DIR.test(file) || TEST_NAME.test(file);
}
function isRunnableTest(file) {
  return TEST_NAME.test(file) || /(?:^|\/)__tests__\//.test(file) && !/(?:^|\/)(?:__fixtures__|fixtures|helpers|_support)\//.test(file);
}

// src/discover/detectors/test-helper.ts
var MAX_TEST_FILES = 400;
var BUILDER = /build|create|make|setup|start|init|bootstrap|get\w*app|app$/i;
var found = /* @__PURE__ */ new WeakMap();
function testHelperOf(ctx, entry) {
  let byEntry = found.get(ctx);
  if (!byEntry) {
    byEntry = /* @__PURE__ */ new Map();
    found.set(ctx, byEntry);
  }
  if (!byEntry.has(entry.file)) byEntry.set(entry.file, findHelper(ctx, entry.file) ?? null);
  return byEntry.get(entry.file) ?? void 0;
}
function findHelper(ctx, entryFile) {
  const sources = new Set(ctx.allPaths.filter(isSource));
  const tests = ctx.allPaths.filter((p) => isTestFile(p) && isSource(p)).slice(0, MAX_TEST_FILES);
  const imported = /* @__PURE__ */ new Map();
  const helpers = /* @__PURE__ */ new Map();
  for (const test of tests) {
    const text = ctx.readText(test);
    if (!text) continue;
    for (const { specifier, names } of relativeImports(text)) {
      const at = resolvePath((p) => sources.has(p), test, specifier);
      if (at === void 0 || at === test || at === entryFile) continue;
      if (!helpers.has(at)) helpers.set(at, ctx.resolve({ path: "" }, `./${at}`) ?? parseTestModule(ctx, at));
      const target = helpers.get(at);
      if (!target) continue;
      const seen = imported.get(target.path) ?? { file: target, names: /* @__PURE__ */ new Map() };
      for (const name of names) seen.names.set(name, (seen.names.get(name) ?? 0) + 1);
      imported.set(target.path, seen);
    }
  }
  const candidates = [];
  for (const { file, names } of imported.values()) {
    if (!reachesApp(ctx, file, entryFile)) continue;
    const ranked = [...names].sort((a, b) => Number(BUILDER.test(b[0])) - Number(BUILDER.test(a[0])) || b[1] - a[1]);
    for (const [name, uses] of ranked) {
      const origin = exportOf(ctx, file, name);
      if (origin && isFunctionLike(ctx.ts, origin.node)) {
        candidates.push({ helper: { file: file.path, export: name }, uses: uses + (BUILDER.test(name) ? 1e3 : 0) });
        break;
      }
    }
  }
  candidates.sort((a, b) => b.uses - a.uses || a.helper.file.localeCompare(b.helper.file));
  return candidates[0]?.helper;
}
function parseTestModule(ctx, file) {
  const text = ctx.readText(file);
  if (text === void 0) return void 0;
  const sf = createParser(ctx.ts).parse(file, text);
  return { path: file, text, sf, imports: collectImports(ctx.ts, sf), packageDir: "" };
}
function reachesApp(ctx, file, entryFile) {
  const sources = /* @__PURE__ */ new Set([entryFile]);
  for (const binding of file.imports) {
    if (binding.module.startsWith(".") && resolvePath((p) => sources.has(p), file.path, binding.module) === entryFile) return true;
  }
  const stem = path4.posix.basename(entryFile).replace(/\.[cm]?[jt]sx?$/, "");
  const dir = path4.posix.basename(path4.posix.dirname(entryFile));
  const named = new RegExp(`['"\`](?:[^'"\`]*/)?${escape(stem)}(?:\\.[cm]?[jt]sx?)?['"\`]`);
  return named.test(file.text) && (dir === "." || file.text.includes(dir));
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function relativeImports(text) {
  const out = [];
  const esm = /import\s+(?:type\s+)?([\w$]+\s*,?\s*)?(?:\{([^}]*)\}|\*\s+as\s+[\w$]+)?\s*from\s*['"](\.{1,2}\/[^'"]+|\.{1,2})['"]/g;
  for (const m of text.matchAll(esm)) {
    const names = [...m[1] ? ["default"] : [], ...namedList(m[2])];
    out.push({ specifier: m[3], names });
  }
  const cjs = /(?:const|let|var)\s+(?:\{([^}]*)\}|([\w$]+))\s*=\s*require\(\s*['"](\.{1,2}\/[^'"]+|\.{1,2})['"]\s*\)/g;
  for (const m of text.matchAll(cjs))
    out.push({ specifier: m[3], names: m[1] ? namedList(m[1].replace(/:\s*[\w$]+/g, "")) : ["default"] });
  return out;
}
function namedList(list) {
  if (!list) return [];
  return list.split(",").map(
    (s) => s.replace(/^\s*type\s+/, "").trim().split(/\s+as\s+/)[0].trim()
  ).filter((s) => /^[\w$]+$/.test(s));
}

// src/discover/detectors/http-common.ts
function joinPaths(...parts) {
  const joined2 = parts.map((p) => p.trim()).filter((p) => p !== "" && p !== "/").map((p) => p.replace(/^\/+|\/+$/g, "")).filter(Boolean).join("/");
  return `/${joined2}`;
}
function pathParams(path32) {
  return [...path32.matchAll(/:([A-Za-z0-9_]+)|\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? m[2]);
}
var AUTH = /auth|guard|jwt|passport|session|login|protect|permission|role|token|apikey|api_key|requireuser|ensureuser|bearer|acl|admin|verify|hasaccess|canaccess/i;
function authNames(names) {
  return [...new Set(names.filter((n) => n && AUTH.test(n)))];
}
function readSchema(ts, expr, lookup) {
  if (ts.isObjectLiteralExpression(expr)) {
    for (const prop2 of expr.properties) {
      if (!ts.isPropertyAssignment(prop2)) continue;
      const name = ts.isComputedPropertyName(prop2.name) ? prop2.name.expression.getText() : prop2.name.getText();
      if (/^(?:Segments\.)?body$/i.test(name.replace(/['"]/g, ""))) return readSchema(ts, prop2.initializer, lookup);
    }
    return void 0;
  }
  return zodToSchema(ts, expr, lookup) ?? joiToSchema(ts, expr, lookup);
}
function middlewareNames(ts, expr) {
  if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((e) => middlewareNames(ts, e));
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return middlewareNames(ts, expr.expression);
  if (ts.isCallExpression(expr) || ts.isNewExpression(expr)) return middlewareNames(ts, expr.expression);
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) return [expr.getText().replace(/\s+/g, "")];
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) {
    const names = [];
    const visit = (n) => {
      if (!ts.isCallExpression(n)) return;
      const callee = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : ts.isIdentifier(n.expression) ? n.expression.text : "";
      if (AUTH.test(callee)) names.push(callee);
    };
    visit(expr.body);
    forEachDeep(ts, expr.body, visit);
    return names;
  }
  return [];
}
function httpPoint(library, method, path32, location, extra) {
  const { auth, body, handler, app, webhook, statuses, authInfo, ...rest } = extra;
  const details = {
    method,
    path: path32,
    params: pathParams(path32),
    auth: authNames(auth),
    handler: handler ?? location,
    ...rest
  };
  if (body) details.body = body;
  if (app) details.app = app;
  if (webhook) details.webhook = webhook;
  if (statuses) details.statuses = statuses;
  if (authInfo && details.auth.length > 0) details.authInfo = authInfo;
  return { kind: "http", library, key: `${method} ${path32}`, location, details, service: "none" };
}
function argsRoutePoint(ctx, library, route2, path32, auth, app, guards = [], statuses = []) {
  const { method, file, line, args } = route2;
  const location = { file: file.path, line };
  return httpPoint(library, method, withoutParamPatterns(path32), location, {
    auth,
    body: bodySchemaOf(ctx, file, args),
    handler: handlerLocation(ctx, file, args.at(-1)) ?? location,
    app,
    webhook: webhookOf(ctx, path32, file, args),
    statuses: sortedUnique([...statuses, ...handlerStatuses2(ctx, file, args.at(-1))]),
    authInfo: guardInfoOf(ctx, guards)
  });
}
function sortedUnique(values) {
  return [...new Set(values)].sort((a, b) => a - b);
}
function handlerFunction(ctx, file, handler) {
  if (!handler) return void 0;
  const named = functionBody(ctx, file, handler);
  if (named) return named;
  const origin = originOf(ctx, file, handler);
  return origin && isFunctionLike(ctx.ts, origin.node) ? { node: origin.node, file: origin.file } : void 0;
}
function handlerStatuses2(ctx, file, handler) {
  const fn = handlerFunction(ctx, file, handler);
  return fn ? statusesIn(ctx, fn.node) : [];
}
function guardInfoOf(ctx, guards, options) {
  const { ts } = ctx;
  const named = guards.filter((g) => ts.isClassLike(g.expr) || authNames(middlewareNames(ts, g.expr)).length > 0);
  return named.length ? guardInfo(ctx, named, options) : void 0;
}
var WEBHOOK_PATH = /webhooks?/i;
var PROVIDERS = /* @__PURE__ */ new Set([
  "stripe",
  "github",
  "gitlab",
  "bitbucket",
  "twilio",
  "slack",
  "discord",
  "shopify",
  "paypal",
  "paddle",
  "lemonsqueezy",
  "razorpay",
  "sendgrid",
  "mailgun",
  "postmark",
  "resend",
  "clerk",
  "svix",
  "linear",
  "vercel",
  "telegram",
  "whatsapp",
  "zoom",
  "calendly",
  "hubspot",
  "intercom",
  "plaid",
  "square",
  "coinbase"
]);
var SIGNATURE_HEADERS = {
  "stripe-signature": "stripe",
  "x-hub-signature-256": "github",
  "x-hub-signature": "github",
  "x-github-event": "github",
  "x-gitlab-token": "gitlab",
  "x-twilio-signature": "twilio",
  "x-slack-signature": "slack",
  "x-signature-ed25519": "discord",
  "x-shopify-hmac-sha256": "shopify",
  "paypal-transmission-sig": "paypal",
  "paddle-signature": "paddle",
  "x-razorpay-signature": "razorpay",
  "x-twilio-email-event-webhook-signature": "sendgrid",
  "svix-signature": "svix",
  "linear-signature": "linear"
};
function webhookOf(ctx, path32, file, handlers) {
  const byPath = WEBHOOK_PATH.test(path32);
  const provider = (byPath ? providerInPath(path32) : void 0) ?? providerInCode(ctx, file, handlers);
  if (!byPath && !provider) return void 0;
  return provider ? { provider } : {};
}
function providerInPath(path32) {
  const segments2 = path32.split("/").filter(Boolean);
  for (const seg of segments2) {
    const words = seg.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase());
    const known = words.find((w) => PROVIDERS.has(w));
    if (known) return known;
  }
  const at = segments2.findIndex((s) => /^webhooks?$/i.test(s));
  const next = at >= 0 ? segments2[at + 1] : void 0;
  return next && /^[A-Za-z][\w-]*$/.test(next) ? next.toLowerCase() : void 0;
}
function providerInCode(ctx, file, handlers) {
  const { ts } = ctx;
  for (const h of handlers) {
    if (!h) continue;
    const fn = isFunctionLike(ts, h) ? { file, node: h } : ts.isIdentifier(h) || ts.isPropertyAccessExpression(h) ? originOf(ctx, file, h) : void 0;
    if (!fn || !isFunctionLike(ts, fn.node)) continue;
    let found2;
    forEachDeep(ts, fn.node, (n) => {
      if (ts.isStringLiteralLike(n)) found2 = SIGNATURE_HEADERS[n.text.toLowerCase()];
      else if (ts.isPropertyAccessExpression(n) && /^constructEvent(?:Async)?$/.test(n.name.text) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "webhooks")
        found2 = "stripe";
      return found2 ? "stop" : void 0;
    });
    if (found2) return found2;
  }
  return void 0;
}
function schemaLookup(ctx, file) {
  const { ts } = ctx;
  return (name) => {
    for (const stmt of file.sf.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return d.initializer;
    }
    const binding = file.imports.find((b) => b.local === name);
    const target = binding && ctx.resolve(file, binding.module);
    const origin = target && exportOf(ctx, target, binding.imported === "*" ? "default" : binding.imported);
    return origin && ts.isExpression(origin.node) ? origin.node : void 0;
  };
}
var BODY_READ = /(?:\.body|\.json\(\)|\.valid\(['"](?:json|form)['"]\))$/;
function bodySchemaOf(ctx, file, args) {
  const { ts } = ctx;
  for (const arg of args) {
    if (ts.isCallExpression(arg) && arg.arguments.length > 0) {
      const [first, second] = arg.arguments;
      const target = first && ts.isStringLiteralLike(first) ? /^(?:json|form)$/.test(first.text) ? second : void 0 : first;
      const schema2 = target && readSchema(ts, target, schemaLookup(ctx, file));
      if (schema2) return schema2;
    }
    const fn = ts.isArrowFunction(arg) || ts.isFunctionExpression(arg) ? { file, node: arg } : originOf(ctx, file, arg);
    if (!fn || !isFunctionLike(ts, fn.node) || !fn.node.body) continue;
    const schema = parsedBodySchema(ctx, fn.file, fn.node.body);
    if (schema) return schema;
  }
  return handCheckedBody(ctx, file, args);
}
function parsedBodySchema(ctx, file, body) {
  const { ts } = ctx;
  const lookup = schemaLookup(ctx, file);
  for (const validator of bodyValidators(ctx, file, body)) {
    const schema2 = readSchema(ts, validator, lookup);
    if (schema2) return schema2;
  }
  let schema;
  forEachDeep(ts, body, (n) => {
    if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression) || n.arguments.length === 0) return void 0;
    const helper = functionBody(ctx, file, n.expression);
    const at = helper && isFunctionLike(ts, helper.node) ? schemaParameter(ctx, helper.file, helper.node) : void 0;
    const arg = at === void 0 ? void 0 : n.arguments[at];
    schema = arg && readSchema(ts, arg, lookup);
    return schema ? "stop" : void 0;
  });
  return schema;
}
function bodyValidators(ctx, file, node) {
  const { ts } = ctx;
  const textOf = (e) => {
    let read3 = ts.isAwaitExpression(e) ? e.expression : e;
    if (ts.isCallExpression(read3) && ts.isPropertyAccessExpression(read3.expression) && read3.expression.name.text === "catch")
      read3 = read3.expression.expression;
    return read3.getText(file.sf).replace(/\s+/g, "");
  };
  const bodyNames = /* @__PURE__ */ new Set();
  const collect = (n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && BODY_READ.test(textOf(n.initializer)))
      bodyNames.add(n.name.text);
  };
  collect(node);
  forEachDeep(ts, node, collect);
  const out = [];
  const visit = (n) => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && /^(?:(?:safe)?[pP]arse|validate)(?:Async)?$/.test(n.expression.name.text)) {
      const arg = n.arguments[0];
      const text = arg ? textOf(arg) : "";
      if (BODY_READ.test(text) || bodyNames.has(text)) out.push(n.expression.expression);
    }
  };
  visit(node);
  forEachDeep(ts, node, visit);
  return out;
}
function schemaParameter(ctx, file, fn) {
  const { ts } = ctx;
  if (!fn.body) return void 0;
  for (const validator of bodyValidators(ctx, file, fn.body)) {
    if (!ts.isIdentifier(validator)) continue;
    const at = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === validator.text);
    if (at >= 0) return at;
  }
  return void 0;
}
function appEntryOf(ctx, file, nodes, framework) {
  for (const node of nodes) {
    const name = exportNamesOf(ctx, file, node)[0];
    if (name) return withTestHelper(ctx, { file: file.path, framework, export: { name, type: "instance" } });
  }
  const fn = nodes[0] && enclosingFunction(ctx.ts, nodes[0]);
  const factory = fn && exportNamesOf(ctx, file, fn)[0];
  return factory ? withTestHelper(ctx, { file: file.path, framework, export: { name: factory, type: "factory" } }) : void 0;
}
function withTestHelper(ctx, entry) {
  const testHelper = testHelperOf(ctx, entry);
  return testHelper ? { ...entry, testHelper } : entry;
}
function handlerLocation(ctx, file, handler) {
  const { ts } = ctx;
  if (!handler) return void 0;
  if (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) return { file: file.path, line: lineOf(file.sf, handler) };
  const origin = originOf(ctx, file, handler);
  if (origin && isFunctionLike(ts, origin.node)) return { file: origin.file.path, line: lineOf(origin.file.sf, origin.node) };
  return void 0;
}
function withoutParamPatterns(path32) {
  return path32.replace(/(:[A-Za-z0-9_]+)(?:\{[^}]*\}|\((?:[^()]|\([^()]*\))*\))/g, "$1");
}

// src/discover/detectors/owner-params.ts
import path5 from "node:path";

// src/discover/detectors/route-graph.ts
function emptyGraph() {
  return { nodes: /* @__PURE__ */ new Map(), edges: [], uses: [], routes: [] };
}
function nodeKey(file, node) {
  return `${file.path}#${node.getStart(file.sf)}-${node.end}`;
}
function addNode(graph, key, prefix = "") {
  let node = graph.nodes.get(key);
  if (!node) {
    node = { key, prefix };
    graph.nodes.set(key, node);
  }
  return node;
}
function before(a, b) {
  return a.file !== b.file || a.pos < b.pos;
}
function resolveRoutes(graph) {
  const mountedChildren = new Set(graph.edges.map((e) => e.child));
  const roots = [...graph.nodes.values()].filter((n) => !mountedChildren.has(n.key));
  const out = [];
  const walk = (chain, seen) => {
    const last = chain.at(-1).node;
    for (const route2 of graph.routes.filter((r) => r.owner === last.key)) out.push(resolveOne(graph, chain, route2, chain[0].node.key));
    for (const edge of graph.edges.filter((e) => e.parent === last.key)) {
      const child = graph.nodes.get(edge.child);
      if (!child || seen.has(child.key)) continue;
      const prev = chain.slice(0, -1);
      walk([...prev, { node: last, edge }, { node: child }], /* @__PURE__ */ new Set([...seen, child.key]));
    }
  };
  for (const root of roots) walk([{ node: root }], /* @__PURE__ */ new Set([root.key]));
  return out;
  function resolveOne(g, chain, route2, root) {
    const tails = [];
    let tail = route2.path;
    for (let i = chain.length - 1; i >= 0; i--) {
      tails[i] = tail;
      const step = chain[i];
      const above = i > 0 ? chain[i - 1].edge : void 0;
      tail = joinPaths(above?.prefix ?? "", step.node.prefix, tail);
    }
    const middleware = [];
    const refs = [];
    chain.forEach((step, i) => {
      const limit = step.edge?.at ?? route2.at;
      for (const use of g.uses) {
        if (use.owner !== step.node.key) continue;
        if (!use.everywhere && !before(use.at, limit)) continue;
        if (use.path !== void 0 && !pathMatches2(use.path, joinPaths(tails[i]))) continue;
        middleware.push(...use.names);
        refs.push(...use.refs ?? []);
      }
    });
    middleware.push(...route2.names);
    refs.push(...route2.refs ?? []);
    const edges = chain.map((step) => step.edge).filter((e) => e !== void 0);
    return { route: route2, path: joinPaths(tail), middleware, refs, root, edges };
  }
}
function pathMatches2(pattern, path32) {
  const p = pattern.trim();
  if (p === "*" || p === "/*" || p === "" || p === "/") return true;
  const open = p.endsWith("/*");
  const body = joinPaths(open ? p.slice(0, -2) : p);
  const source = body.split("/").map((seg) => seg.startsWith(":") ? "[^/]+" : seg.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")).join("/");
  return new RegExp(`^${source}${open ? "(?:/.*)?" : ""}/?$`).test(path32);
}

// src/discover/detectors/owner-params.ts
function paramOwner(ctx, file, param) {
  const { ts } = ctx;
  if (!ts.isParameter(param) || !isFunctionLike(ts, param.parent)) return void 0;
  const fn = param.parent;
  return { key: `param:${file.path}#${param.getStart(file.sf)}`, file, fn, index: fn.parameters.indexOf(param) };
}
function paramNode(ctx, graph, params, file, node) {
  const param = paramOwner(ctx, file, node);
  if (!param) return void 0;
  params.set(param.key, param);
  addNode(graph, param.key);
  return param.key;
}
function callSitesOf(ctx, fns) {
  const { ts } = ctx;
  const out = /* @__PURE__ */ new Map();
  if (fns.length === 0) return out;
  const wanted = new Set(fns);
  const names = new Set(fns.map((f) => functionName(ts, f)).filter((n) => n !== void 0));
  const byDefault = fns.some((f) => mayBeDefaultExport(ts, f));
  const indexes = byDefault ? [
    ...new Set(
      fns.filter((f) => mayBeDefaultExport(ts, f)).map((f) => path5.posix.dirname(f.getSourceFile().fileName)).map((dir) => ctx.resolve({ path: "" }, `./${dir === "." ? "" : `${dir}/`}index`))
    )
  ].filter((f) => f !== void 0 && !ctx.files.includes(f)) : [];
  for (const file of [...ctx.files, ...indexes]) {
    const imported = file.imports.filter(
      (b) => b.module.startsWith(".") && (names.has(b.imported) || byDefault && (b.imported === "default" || b.imported === "*"))
    );
    const candidates = /* @__PURE__ */ new Set([...names, ...imported.map((b) => b.local)]);
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : void 0;
      const base = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression.text : void 0;
      if (!name || !(candidates.has(name) || base !== void 0 && candidates.has(base))) return;
      const origin = originOf(ctx, file, callee);
      if (!origin || !wanted.has(origin.node)) return;
      const list = out.get(origin.node) ?? [];
      list.push({ file, call: node });
      out.set(origin.node, list);
    });
  }
  return out;
}
function typedParam(ctx, file, param, isModule, types) {
  const { ts } = ctx;
  const type = param.type;
  if (!type || !ts.isTypeReferenceNode(type)) return false;
  const name = type.typeName;
  const base = ts.isIdentifier(name) ? name : ts.isIdentifier(name.left) ? name.left : void 0;
  const binding = base && file.imports.find((b) => b.local === base.text && isModule(b.module));
  if (!binding) return false;
  return ts.isIdentifier(name) ? types.has(binding.imported) : types.has(name.right.text);
}
function acceptParams(ctx, params, accepted, ownerAt, mount) {
  const seen = /* @__PURE__ */ new Set();
  const sites = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Set();
  for (let round = 0; round < 16; round++) {
    const fns = [...new Set([...params.values()].map((p) => p.fn))].filter((f) => !seen.has(f));
    for (const [fn, list] of callSitesOf(ctx, fns)) sites.set(fn, list);
    for (const fn of fns) seen.add(fn);
    let changed = false;
    for (const param of [...params.values()]) {
      for (const site of sites.get(param.fn) ?? []) {
        const arg = site.call.arguments[param.index];
        const id = `${param.key}\0${site.file.path}#${site.call.pos}`;
        if (!arg || done.has(id)) continue;
        const parent = ownerAt(site.file, arg);
        if (!parent || parent === param.key || params.has(parent) && !accepted.has(parent)) continue;
        done.add(id);
        mount(param, parent, site);
        if (!accepted.has(param.key)) {
          accepted.add(param.key);
          changed = true;
        }
      }
    }
    if (!changed && fns.length === 0) break;
  }
}
function mayBeDefaultExport(ts, fn) {
  if (ts.canHaveModifiers(fn) && ts.getModifiers(fn)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) return true;
  const name = functionName(ts, fn);
  return name === void 0 || exportedLocal(ts, fn.getSourceFile(), "default") === name;
}

// src/discover/detectors/express.ts
var VERBS2 = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "options", "head", "all"]);
var CHAINABLE = /* @__PURE__ */ new Set([...VERBS2, "use", "param"]);
var MAX_HANDED_SCOPES = 2e3;
var OWNER_TYPES = /* @__PURE__ */ new Set(["Express", "Application", "Router", "IRouter"]);
var express = {
  name: "express",
  kind: "http",
  packages: ["express"],
  hints: /\.(?:get|post|put|patch|delete|use|route)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const owners = /* @__PURE__ */ new Map();
    const created = /* @__PURE__ */ new Map();
    const routes = [];
    const mounts = [];
    const uses = [];
    for (const file of ctx.files) findOwners(ts, file, owners, created);
    const scope = { ...ctx, files: [...ctx.files] };
    const find = new OwnerFinder(scope, owners, created);
    const handed = find.handedOn((file) => findOwners(ts, file, owners, created));
    const mountedOwners = (file, arg) => {
      const loop = ts.isIdentifier(arg) ? iteratedValues(ctx, file, arg) : void 0;
      const each = loop ? loop.values.map((value) => ({ file: loop.file, value })) : [{ file, value: arg }];
      return each.map(({ file: at, value }) => find.at(at, value) ?? resolveOwner(ctx, at, value, owners, created)).filter((o) => o !== void 0);
    };
    for (const file of scope.files) {
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node)) return;
        const call = methodCall(ts, node);
        if (!call || !(CHAINABLE.has(call.method) || call.method === "route")) return;
        const chain = routeChain(ts, node, consts);
        if (chain && VERBS2.has(call.method)) {
          const owner2 = find.at(file, chain.receiver, true);
          if (owner2) for (const p of chain.paths) routes.push(route(ts, file, owner2.key, call.method, p, node, node.arguments));
          return;
        }
        const [first, ...rest] = node.arguments;
        if (!first) return;
        const paths = pathList(ts, first, consts);
        const owner = find.at(file, call.receiver, call.method === "use" || VERBS2.has(call.method) && paths !== void 0);
        if (!owner) return;
        if (VERBS2.has(call.method) && paths) {
          for (const p of paths) routes.push(route(ts, file, owner.key, call.method, p, node, rest));
        } else if (call.method === "use") {
          const args = paths ? rest : [...node.arguments];
          const middleware = [];
          for (const arg of args) {
            const children = mountedOwners(file, arg);
            for (const child of children)
              for (const p of paths ?? [""])
                mounts.push({ owner: owner.key, prefix: p, child: child.key, pos: node.getStart(file.sf), middleware: [...middleware] });
            if (children.length === 0) middleware.push(arg);
          }
          if (middleware.length)
            for (const p of paths ?? [void 0]) uses.push({ owner: owner.key, pos: node.getStart(file.sf), middleware, path: p });
        }
      });
    }
    const siteSeen = /* @__PURE__ */ new Set();
    for (const { param, parent, site } of [...handed, ...find.paramMounts()]) {
      const pos = site.call.getStart(site.file.sf);
      const id = `${parent.key}>${param.key}@${site.file.path}:${pos}`;
      if (siteSeen.has(id)) continue;
      siteSeen.add(id);
      mounts.push({ owner: parent.key, prefix: "", child: param.key, pos, middleware: [] });
    }
    const kept = (key) => owners.has(key);
    return toPoints(
      ctx,
      owners,
      routes.filter((r) => kept(r.owner)),
      mounts.filter((m) => kept(m.owner) && kept(m.child)),
      uses.filter((u) => kept(u.owner))
    );
  }
};
var OwnerFinder = class {
  constructor(ctx, owners, created) {
    this.ctx = ctx;
    this.owners = owners;
    this.created = created;
  }
  ctx;
  owners;
  created;
  locals = /* @__PURE__ */ new Map();
  params = /* @__PURE__ */ new Map();
  /** Parameters known to be owners before any caller is looked for: typed as express's, or handed one (`handedOn`). */
  typed = /* @__PURE__ */ new Set();
  /** `candidate`: a parameter seen here may become an owner (it routes, or is handed on). */
  at(file, expr, candidate = false) {
    const { ts } = this.ctx;
    let e = expr;
    for (let i = 0; i < 64; i++) {
      while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
      if (ts.isIdentifier(e)) return this.named(file, e, candidate);
      if (!ts.isCallExpression(e) && !ts.isNewExpression(e)) return void 0;
      const made = this.created.get(e);
      if (made) return made;
      const call = ts.isCallExpression(e) ? methodCall(ts, e) : void 0;
      if (!call || !CHAINABLE.has(call.method)) return void 0;
      e = call.receiver;
    }
    return void 0;
  }
  named(file, ident, candidate) {
    const { ts } = this.ctx;
    const decl = declarationOf(this.ctx, file, ident);
    if (decl && !("module" in decl) && ts.isParameter(decl.node)) {
      const param = paramOwner(this.ctx, file, decl.node);
      if (!param) return void 0;
      const known = this.params.get(param.key);
      if (known || !candidate) return known;
      const owner = { key: param.key, file, name: "", isApp: false, param };
      this.params.set(param.key, owner);
      if (typedParam(this.ctx, file, decl.node, (m) => m === "express", OWNER_TYPES)) this.typed.add(param.key);
      return owner;
    }
    let local = this.locals.get(file);
    if (!local) {
      local = new Map([...this.owners.values()].filter((o) => o.file === file && o.name).map((o) => [o.name, o]));
      this.locals.set(file, local);
    }
    return local.get(ident.text);
  }
  /**
   * Apps and routers handed to the repository's functions: `mountRoutes(app)`, `require('./routes/projects')(app)`,
   * `users.mount(app)`. The parameter an owner arrives in is that owner from then on, and the function's module joins
   * the files read for routes (`added` is told), whether or not it imports express: a folder's index that only calls
   * the route modules, say. Followed from the owners found so far into the functions they reach, to a fixed point
   * (a function may hand its parameter on).
   */
  handedOn(added) {
    const { ts } = this.ctx;
    const out = [];
    const names = new Set([...this.owners.values()].map((o) => o.name).filter(Boolean));
    const scopes = this.ctx.files.map((file) => ({ file, node: file.sf }));
    const done = /* @__PURE__ */ new Set();
    for (let i = 0; i < scopes.length && i < MAX_HANDED_SCOPES; i++) {
      const { file, node } = scopes[i];
      if (node === file.sf && ![...names].some((name) => file.text.includes(name))) continue;
      forEachDeep(ts, node, (n) => {
        if (!ts.isCallExpression(n)) return;
        n.arguments.forEach((arg, index) => {
          if (!ts.isIdentifier(arg) || !names.has(arg.text) || done.has(arg)) return;
          const parent = this.at(file, arg);
          if (!parent) return;
          done.add(arg);
          if (ts.isPropertyAccessExpression(n.expression) && this.at(file, n.expression.expression)) return;
          for (const callee of this.functionsCalled(file, n.expression)) {
            const decl = callee.node.parameters[index];
            if (!decl || decl.dotDotDotToken || !ts.isIdentifier(decl.name)) continue;
            const param = paramOwner(this.ctx, callee.file, decl);
            if (!param) continue;
            const fresh = !this.typed.has(param.key);
            const owner = this.params.get(param.key) ?? { key: param.key, file: callee.file, name: "", isApp: false, param };
            this.params.set(param.key, owner);
            this.typed.add(param.key);
            out.push({ param: owner, parent, site: { file, call: n } });
            if (!fresh) continue;
            names.add(decl.name.text);
            if (this.ctx.files.includes(callee.file)) scopes.push({ file: callee.file, node: callee.node });
            else {
              this.ctx.files.push(callee.file);
              added(callee.file);
              scopes.push({ file: callee.file, node: callee.file.sf });
            }
          }
        });
      });
    }
    return out;
  }
  /** The repository functions a callee stands for: one, or each a loop variable walks (`[mountA, mountB].forEach((mount) => mount(app))`). */
  functionsCalled(file, callee) {
    const { ts } = this.ctx;
    const loop = ts.isIdentifier(callee) ? iteratedValues(this.ctx, file, callee) : void 0;
    const each = loop ? loop.values.map((value) => ({ file: loop.file, value })) : [{ file, value: callee }];
    return each.flatMap(({ file: at, value }) => {
      const origin = originOf(this.ctx, at, value);
      return origin && isFunctionLike(ts, origin.node) ? [{ file: origin.file, node: origin.node }] : [];
    });
  }
  /**
   * Each parameter owner with the owners its callers pass (see `acceptParams`). Accepted parameters join the owners;
   * the others are dropped.
   */
  paramMounts() {
    const out = [];
    const params = new Map([...this.params].map(([key, owner]) => [key, owner.param]));
    const accepted = new Set(this.typed);
    acceptParams(
      this.ctx,
      params,
      accepted,
      (file, arg) => {
        const owner = this.at(file, arg, true);
        if (owner?.param) params.set(owner.key, owner.param);
        return owner?.key;
      },
      (param, parent, site) => out.push({ param: this.params.get(param.key), parent: this.owners.get(parent) ?? this.params.get(parent), site })
    );
    for (const key of accepted) this.owners.set(key, this.params.get(key));
    return out;
  }
};
function route(ts, file, owner, method, path32, node, args) {
  const handler = args.at(-1);
  const at = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node;
  return { owner, method, path: path32, pos: at.getStart(file.sf), line: lineOf(file.sf, at), middleware: args.slice(0, -1), handler };
}
function pathList(ts, expr, consts) {
  if (ts.isArrayLiteralExpression(expr)) {
    const all = expr.elements.map((e) => stringValue(ts, e, consts));
    return all.every((s) => s !== void 0) ? all : void 0;
  }
  const one = stringValue(ts, expr, consts);
  return one !== void 0 && (one.startsWith("/") || one === "*" || one === "") ? [one] : void 0;
}
function routeChain(ts, call, consts) {
  let expr = call.expression;
  while (ts.isPropertyAccessExpression(expr) && ts.isCallExpression(expr.expression)) {
    const inner = expr.expression;
    if (ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === "route" && inner.arguments[0]) {
      const paths = pathList(ts, inner.arguments[0], consts);
      return paths ? { receiver: inner.expression.expression, paths } : void 0;
    }
    expr = inner.expression;
  }
  return void 0;
}
function findOwners(ts, file, owners, created) {
  const expressNames = new Set(
    file.imports.filter((b) => b.module === "express" && (b.imported === "default" || b.imported === "*")).map((b) => b.local)
  );
  const routerNames = new Set(file.imports.filter((b) => b.module === "express" && b.imported === "Router").map((b) => b.local));
  const inlineRequire = file.imports.some((b) => b.module === "express" && b.local === "");
  if (expressNames.size === 0 && routerNames.size === 0 && !inlineRequire) return;
  const isExpress = (e) => ts.isIdentifier(e) && expressNames.has(e.text) || ts.isCallExpression(e) && requiredSpecifier(ts, e) === "express";
  const kindOf = (expr) => {
    if (ts.isNewExpression(expr) || ts.isCallExpression(expr)) {
      const callee = expr.expression;
      if (isExpress(callee) && ts.isCallExpression(expr)) return "app";
      if (ts.isIdentifier(callee) && routerNames.has(callee.text)) return "router";
      if (ts.isPropertyAccessExpression(callee) && isExpress(callee.expression) && callee.name.text === "Router") return "router";
    }
    return void 0;
  };
  forEachDeep(ts, file.sf, (node) => {
    if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return;
    const kind = kindOf(node);
    if (!kind) return;
    const top = chainTop(ts, node);
    const decl = ts.isVariableDeclaration(top.parent) && top.parent.initializer === top ? top.parent : void 0;
    const name = decl && ts.isIdentifier(decl.name) ? decl.name.text : "";
    const key = name ? `${file.path}#${name}` : `${file.path}@${node.getStart(file.sf)}`;
    const owner = { key, file, name, isApp: kind === "app", factory: enclosingFunctionName(ts, node), node };
    owners.set(key, owner);
    created.set(node, owner);
  });
}
function chainTop(ts, node) {
  let top = node;
  for (; ; ) {
    const access = top.parent;
    if (!ts.isPropertyAccessExpression(access) || access.expression !== top || !CHAINABLE.has(access.name.text)) return top;
    if (!ts.isCallExpression(access.parent) || access.parent.expression !== access) return top;
    top = access.parent;
  }
}
function chainOwner(ts, expr, created) {
  let e = expr;
  for (let i = 0; i < 64; i++) {
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
    if (!ts.isCallExpression(e) && !ts.isNewExpression(e)) return void 0;
    const made = created.get(e);
    if (made) return made;
    const call = ts.isCallExpression(e) ? methodCall(ts, e) : void 0;
    if (!call || !CHAINABLE.has(call.method)) return void 0;
    e = call.receiver;
  }
  return void 0;
}
function enclosingFunctionName(ts, node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) && n.name) return n.name.text;
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name))
      return n.parent.name.text;
  }
  return void 0;
}
function resolveOwner(ctx, file, arg, owners, created) {
  const { ts } = ctx;
  let expr = arg;
  const spec = ts.isPropertyAccessExpression(expr) && ts.isCallExpression(expr.expression) && requiredSpecifier(ts, expr.expression);
  if (spec && ts.isPropertyAccessExpression(expr)) {
    const target2 = ctx.resolve(file, spec);
    return target2 ? byExport(ctx, target2, expr.name.text, owners, created) : void 0;
  }
  if (ts.isCallExpression(expr)) {
    if (ts.isIdentifier(expr.expression) && expr.expression.text === "require" && expr.arguments[0] && ts.isStringLiteralLike(expr.arguments[0])) {
      const target2 = ctx.resolve(file, expr.arguments[0].text);
      return target2 ? byExport(ctx, target2, "default", owners, created) : void 0;
    }
    expr = expr.expression;
  }
  if (!ts.isIdentifier(expr)) return void 0;
  const name = expr.text;
  const local = owners.get(`${file.path}#${name}`) ?? [...owners.values()].find((o) => o.file === file && o.factory === name);
  if (local) return local;
  const binding = file.imports.find((b) => b.local === name);
  if (!binding) return void 0;
  const target = ctx.resolve(file, binding.module);
  return target ? byExport(ctx, target, binding.imported === "*" ? "default" : binding.imported, owners, created) : void 0;
}
function byExport(ctx, target, exportName, owners, created) {
  const { ts } = ctx;
  const local = exportedLocal(ts, target.sf, exportName);
  const inFile = [...owners.values()].filter((o) => o.file === target && !o.param);
  if (local) {
    const hit = inFile.find((o) => o.name === local || o.factory === local);
    if (hit) return hit;
    const binding = target.imports.find((b) => b.local === local);
    const next = binding && ctx.resolve(target, binding.module);
    if (next && next !== target) return byExport(ctx, next, binding.imported === "*" ? "default" : binding.imported, owners, created);
  }
  if (exportName === "default") {
    for (const stmt of target.sf.statements) {
      const value = ts.isExportAssignment(stmt) ? stmt.expression : ts.isExpressionStatement(stmt) && ts.isBinaryExpression(stmt.expression) && stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken && stmt.expression.left.getText(target.sf) === "module.exports" ? stmt.expression.right : void 0;
      const owner = value && chainOwner(ts, value, created);
      if (owner) return owner;
    }
  }
  return exportName === "default" ? inFile.find((o) => o.factory !== void 0 && !o.isApp) ?? (inFile.length === 1 ? inFile[0] : void 0) : void 0;
}
function toPoints(ctx, owners, routes, mounts, uses) {
  const { ts } = ctx;
  const mounted = new Set(mounts.map((m) => m.child));
  const roots = [...owners.values()].filter((o) => o.isApp && !mounted.has(o.key));
  const unmounted = [...owners.values()].filter((o) => !o.isApp && !mounted.has(o.key));
  const prefixes = /* @__PURE__ */ new Map();
  const applied = (u, prefix) => u.middleware.map((e) => ({
    name: nameOf(ts, e),
    pattern: u.path === void 0 ? void 0 : `${joinPaths(prefix, u.path)}/*`,
    expr: e,
    file: owners.get(u.owner).file
  }));
  const visit = (owner, prefix, inherited, app, seen) => {
    if (seen.has(owner.key)) return;
    const list = prefixes.get(owner.key) ?? [];
    list.push({ prefix, inherited, app });
    prefixes.set(owner.key, list);
    for (const m of mounts.filter((x) => x.owner === owner.key)) {
      const child = owners.get(m.child);
      const before2 = uses.filter((u) => u.owner === owner.key && u.pos < m.pos).flatMap((u) => applied(u, prefix));
      const given = m.middleware.map((e) => ({ name: nameOf(ts, e), expr: e, file: owner.file }));
      if (child) visit(child, joinPaths(prefix, m.prefix), [...inherited, ...before2, ...given], app, /* @__PURE__ */ new Set([...seen, owner.key]));
    }
  };
  for (const app of roots) visit(app, "", [], app, /* @__PURE__ */ new Set());
  for (const router of unmounted) visit(router, "", [], router, /* @__PURE__ */ new Set());
  const errorStatuses = /* @__PURE__ */ new Map();
  const appErrors = (app) => {
    let list = errorStatuses.get(app.key);
    if (!list) {
      const refs = uses.filter((u) => u.owner === app.key).flatMap((u) => u.middleware.map((expr) => ({ expr, file: app.file })));
      list = refs.filter((ref) => isErrorMiddleware(ctx, ref)).flatMap((ref) => errorHandlerStatuses(ctx, ref));
      errorStatuses.set(app.key, list);
    }
    return list;
  };
  const points = [];
  for (const r of routes) {
    const owner = owners.get(r.owner);
    const local = uses.filter((u) => u.owner === r.owner && u.pos < r.pos);
    for (const { prefix, inherited, app } of prefixes.get(r.owner) ?? []) {
      const served = joinPaths(prefix, r.path);
      const full = withoutParamPatterns(served);
      const method = r.method.toUpperCase();
      const inFront = [...inherited, ...local.flatMap((u) => applied(u, prefix))].filter(
        (a) => a.pattern === void 0 || pathMatches2(a.pattern, full)
      );
      const middleware = [...inFront, ...r.middleware.map((e) => ({ name: nameOf(ts, e), expr: e, file: owner.file }))];
      const middlewareNames2 = middleware.map((a) => a.name);
      const auth = authNames(middlewareNames2);
      const details = {
        method,
        path: full,
        params: pathParams(full),
        auth,
        handler: { file: owner.file.path, line: r.line },
        statuses: sortedStatuses([...r.handler ? statusCodes(ctx, owner.file, r.handler) : [], ...writeErrors(method, appErrors(app))])
      };
      const body = bodySchema(ctx, owner.file, [...r.middleware, ...r.handler ? [r.handler] : []]);
      if (body) details.body = body;
      const webhook = webhookOf(ctx, full, owner.file, [...r.middleware, r.handler]);
      if (webhook) details.webhook = webhook;
      const guard = auth.length ? guardInfo(
        ctx,
        middleware.filter((m) => auth.includes(m.name))
      ) : void 0;
      if (guard) details.authInfo = guard;
      const entry = appEntry(ctx, app);
      if (entry) details.app = entry;
      points.push({
        kind: "http",
        library: "express",
        key: `${method} ${full}`,
        location: { file: owner.file.path, line: r.line },
        details,
        service: "none"
      });
    }
  }
  return points;
}
function nameOf(ts, expr) {
  if (ts.isCallExpression(expr)) return nameOf(ts, expr.expression);
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) return expr.getText();
  return "";
}
function appEntry(ctx, app) {
  const { ts } = ctx;
  if (!app.isApp) return void 0;
  const entry = (name, type) => withTestHelper(ctx, { file: app.file.path, framework: "express", export: { name, type } });
  if (app.factory && (exportedLocal(ts, app.file.sf, app.factory) || exportedLocal(ts, app.file.sf, "default") === app.factory))
    return entry(exportedLocal(ts, app.file.sf, app.factory) ? app.factory : "default", "factory");
  if (!app.factory) {
    if (exportedLocal(ts, app.file.sf, app.name)) return entry(app.name, "instance");
    if (exportedLocal(ts, app.file.sf, "default") === app.name) return entry("default", "instance");
  }
  return app.node ? appEntryOf(ctx, app.file, [app.node], "express") : void 0;
}
function statusCodes(ctx, file, handler) {
  const { ts } = ctx;
  const body = functionBody(ctx, file, handler);
  if (body) return statusesIn(ctx, body.node);
  const inner = ts.isCallExpression(handler) ? handler.arguments.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a)) : void 0;
  return inner ? statusesIn(ctx, inner) : [];
}
function bodySchema(ctx, file, args) {
  const { ts } = ctx;
  for (const arg of args) {
    const scopes = [];
    if (ts.isCallExpression(arg)) scopes.push({ node: arg, file });
    const body = functionBody(ctx, file, arg);
    if (body) scopes.push(body);
    for (const scope of scopes) {
      let schema;
      forEachDeep(ts, scope.node, (n) => {
        if (schema || !ts.isCallExpression(n)) return;
        const call = methodCall(ts, n);
        const isParse = call && /^(?:(?:safe)?[pP]arse|validate)(?:Async)?$/.test(call.method) && n.arguments[0]?.getText(scope.file.sf).endsWith(".body");
        if (isParse) schema = readSchema(ts, call.receiver, (name) => lookupBinding(ctx, scope.file, name));
      });
      if (ts.isCallExpression(arg) && scope.node === arg && !schema && arg.arguments[0]) {
        schema = readSchema(ts, arg.arguments[0], (name) => lookupBinding(ctx, scope.file, name));
      }
      if (schema) return schema;
    }
  }
  return handCheckedBody(ctx, file, args);
}
function lookupBinding(ctx, file, name) {
  const { ts } = ctx;
  for (const stmt of file.sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const d of stmt.declarationList.declarations)
      if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return d.initializer;
  }
  const binding = file.imports.find((b) => b.local === name);
  const target = binding && ctx.resolve(file, binding.module);
  if (target && binding)
    return lookupBinding(
      ctx,
      target,
      binding.imported === "default" ? exportedLocal(ts, target.sf, "default") ?? name : binding.imported
    );
  return void 0;
}

// src/discover/detectors/fastify.ts
import path7 from "node:path";

// src/discover/schemas/json-schema.ts
var MAX_DEPTH3 = 24;
function literalValue2(ctx, file, expr, depth2 = 0) {
  const { ts } = ctx;
  if (depth2 > MAX_DEPTH3) return void 0;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isTypeAssertionExpression(expr)) {
    return literalValue2(ctx, file, expr.expression, depth2 + 1);
  }
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isNumericLiteral(expr)) return Number(expr.text);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(expr.operand))
    return -Number(expr.operand.text);
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (expr.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(expr)) {
    const out = [];
    for (const el of expr.elements) {
      const v = literalValue2(ctx, file, el, depth2 + 1);
      if (v !== void 0) out.push(v);
    }
    return out;
  }
  if (ts.isObjectLiteralExpression(expr)) {
    const out = {};
    for (const p of expr.properties) {
      if (ts.isSpreadAssignment(p)) {
        const spread = literalValue2(ctx, file, p.expression, depth2 + 1);
        if (spread && typeof spread === "object" && !Array.isArray(spread)) Object.assign(out, spread);
        continue;
      }
      const name = propertyName(ts, p.name);
      if (name === void 0) continue;
      const value = ts.isPropertyAssignment(p) ? literalValue2(ctx, file, p.initializer, depth2 + 1) : ts.isShorthandPropertyAssignment(p) ? literalValue2(ctx, file, p.name, depth2 + 1) : void 0;
      if (value !== void 0) out[name] = value;
    }
    return out;
  }
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && ts.isIdentifier(expr.expression.expression) && expr.expression.expression.text === "Type") {
    return typebox(ctx, file, expr.expression.name.text, expr.arguments, depth2);
  }
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) {
    const origin = originOf(ctx, file, expr);
    if (origin && origin.node !== expr && ts.isExpression(origin.node))
      return literalValue2(ctx, origin.file, origin.node, depth2 + 1);
    if (ts.isPropertyAccessExpression(expr)) {
      const base = literalValue2(ctx, file, expr.expression, depth2 + 1);
      if (base && typeof base === "object" && !Array.isArray(base)) return base[expr.name.text];
    }
  }
  return void 0;
}
function propertyName(ts, name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return void 0;
}
function typebox(ctx, file, builder2, args, depth2) {
  const arg = (i) => args[i] ? literalValue2(ctx, file, args[i], depth2 + 1) : void 0;
  const options = (i) => {
    const v = arg(i);
    return v && typeof v === "object" && !Array.isArray(v) ? v : {};
  };
  switch (builder2) {
    case "String":
    case "Number":
    case "Integer":
    case "Boolean":
    case "Null":
      return { ...options(0), type: builder2.toLowerCase() };
    case "Literal": {
      const v = arg(0);
      return v === void 0 ? {} : { ...options(1), type: typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "string", enum: [v] };
    }
    case "Array": {
      const items = arg(0);
      return { ...options(1), type: "array", ...items !== void 0 ? { items } : {} };
    }
    case "Optional":
      return { ...asObject(arg(0)) ?? {}, [OPTIONAL2]: true };
    case "Union": {
      const members = arg(0);
      if (!Array.isArray(members)) return {};
      const values = members.map((m) => asObject(m)?.enum).filter((e) => Array.isArray(e) && e.length === 1);
      return values.length === members.length && values.length > 0 ? { type: typeof values[0][0] === "number" ? "number" : "string", enum: values.flat() } : {};
    }
    case "Object": {
      const shape2 = asObject(arg(0)) ?? {};
      const properties = {};
      const required2 = [];
      for (const [key, value] of Object.entries(shape2)) {
        const schema = { ...asObject(value) ?? {} };
        if (!schema[OPTIONAL2]) required2.push(key);
        delete schema[OPTIONAL2];
        properties[key] = schema;
      }
      return { ...options(1), type: "object", properties, required: required2 };
    }
    default:
      return void 0;
  }
}
var OPTIONAL2 = "\0optional";
function asObject(v) {
  return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
var NUMBER_KEYS = ["minimum", "maximum", "minLength", "maxLength"];
function toSchemaLike(value, shared = /* @__PURE__ */ new Map()) {
  return schemaLike(value, shared, value, 0);
}
function schemaLike(value, shared, root, depth2) {
  const obj = asObject(value);
  if (!obj || depth2 > MAX_DEPTH3) return void 0;
  if (typeof obj.$ref === "string") {
    const target = referenced(obj.$ref, shared, root);
    if (!target) return {};
    const id = obj.$ref.split("#")[0];
    return schemaLike(target, shared, id ? shared.get(id) : root, depth2 + 1);
  }
  const out = {};
  const type = Array.isArray(obj.type) ? obj.type.find((t2) => t2 !== "null") : obj.type;
  if (typeof type === "string") out.type = type;
  const props = asObject(obj.properties);
  if (props) {
    out.properties = {};
    for (const [key, v] of Object.entries(props)) out.properties[key] = schemaLike(v, shared, root, depth2 + 1) ?? {};
  }
  if (Array.isArray(obj.required)) out.required = obj.required.filter((r) => typeof r === "string");
  const items = schemaLike(obj.items, shared, root, depth2 + 1);
  if (items) out.items = items;
  if (Array.isArray(obj.enum)) out.enum = obj.enum;
  for (const key of NUMBER_KEYS) if (typeof obj[key] === "number") out[key] = obj[key];
  if (typeof obj.format === "string") out.format = obj.format;
  if (typeof obj.pattern === "string") out.pattern = obj.pattern;
  return out;
}
function referenced(ref, shared, root) {
  const hash = ref.indexOf("#");
  const id = hash < 0 ? ref : ref.slice(0, hash);
  const pointer = hash < 0 ? "" : ref.slice(hash + 1);
  let target = id ? shared.get(id) : root;
  for (const segment of pointer.split("/").filter(Boolean)) {
    const key = decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
    const obj = asObject(target);
    target = obj ? obj[key] : void 0;
  }
  return target;
}
function jsonSchemaOf(ctx, file, expr, shared) {
  return toSchemaLike(literalValue2(ctx, file, expr), shared);
}

// src/discover/detectors/config-value.ts
import path6 from "node:path";
var ENV_FILES = [".env.example", ".env.sample", ".env.template"];
var ENV_SCHEMA = /* @__PURE__ */ new Set(["env-schema"]);
var FASTIFY_ENV = /* @__PURE__ */ new Set(["@fastify/env", "fastify-env"]);
var DOTENV = /* @__PURE__ */ new Set(["dotenv"]);
var MAX_DEPTH4 = 12;
function configValue(ctx, file, expr, depth2 = 0) {
  const { ts } = ctx;
  if (depth2 > MAX_DEPTH4) return void 0;
  const e = unwrapValue(ts, expr);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op !== ts.SyntaxKind.QuestionQuestionToken && op !== ts.SyntaxKind.BarBarToken) return void 0;
    const left = configValue(ctx, file, e.left, depth2 + 1);
    if (left) return left;
    const name = envRead(ctx, file, e.left, depth2 + 1)?.name;
    const fallback = literalValue2(ctx, file, e.right);
    return name && (typeof fallback === "string" || typeof fallback === "number") ? { value: String(fallback), from: { env: name, value: String(fallback), file: file.path } } : void 0;
  }
  const read3 = envRead(ctx, file, e, depth2);
  if (read3) {
    const documented = envFileValue(ctx, file, read3.name);
    if (documented) return documented;
    const fallback = read3.schema && schemaDefault(ctx, read3.schema.file, read3.schema.expr, read3.name);
    return fallback === void 0 ? void 0 : { value: fallback, from: { env: read3.name, value: fallback, file: read3.schema.file.path } };
  }
  const access = accessOf(ts, e);
  if (!access) return void 0;
  const origin = originOf(ctx, file, access.obj);
  if (!origin || !ts.isObjectLiteralExpression(origin.node)) return void 0;
  for (const p of origin.node.properties) {
    const key = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : void 0;
    if (key !== access.name) continue;
    if (ts.isPropertyAssignment(p)) return configValue(ctx, origin.file, p.initializer, depth2 + 1);
    if (ts.isShorthandPropertyAssignment(p)) return configValue(ctx, origin.file, p.name, depth2 + 1);
  }
  return void 0;
}
function configPath(ctx, file, expr, consts) {
  const { ts } = ctx;
  const whole = configValue(ctx, file, expr);
  if (whole) return whole;
  const e = unwrapValue(ts, expr);
  const parts = [];
  if (ts.isTemplateExpression(e)) {
    parts.push(e.head.text);
    for (const span of e.templateSpans) parts.push(span.expression, span.literal.text);
  } else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    let left = e;
    const rights = [];
    for (; ts.isBinaryExpression(left) && left.operatorToken.kind === ts.SyntaxKind.PlusToken; left = unwrapValue(ts, left.left))
      rights.unshift(left.right);
    parts.push(left, ...rights);
  } else {
    return void 0;
  }
  let value = "";
  let from;
  for (const part of parts) {
    if (typeof part === "string") {
      value += part;
      continue;
    }
    const text = stringValue(ts, part, consts);
    const config = text === void 0 ? configValue(ctx, file, part) : void 0;
    if (text === void 0 && !config) return void 0;
    value += text ?? config.value;
    from ??= config?.from;
  }
  return from ? { value, from } : void 0;
}
function envRead(ctx, file, expr, depth2) {
  const { ts } = ctx;
  const access = accessOf(ts, unwrapValue(ts, expr));
  if (!access || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(access.name)) return void 0;
  const obj = unwrapValue(ts, access.obj);
  if (isProcessEnv(ts, obj)) return { name: access.name };
  const inner = accessOf(ts, obj);
  if (inner) {
    const registration = fastifyEnvRegistrations(ctx).find((r) => r.confKey === inner.name);
    if (registration) return { name: access.name, schema: registration.schema };
  }
  const origin = originOf(ctx, file, obj);
  if (!origin || depth2 > MAX_DEPTH4) return void 0;
  const node = origin.node;
  if (isProcessEnv(ts, node)) return { name: access.name };
  if (ts.isPropertyAccessExpression(node) && node.name.text === "parsed" && ts.isCallExpression(node.expression)) {
    const from2 = importedFrom(ctx, origin.file, node.expression.expression);
    if (from2 && DOTENV.has(from2.module)) return { name: access.name };
  }
  if (!ts.isCallExpression(node)) return void 0;
  const from = importedFrom(ctx, origin.file, node.expression);
  if (from && ENV_SCHEMA.has(from.module)) {
    const opts = node.arguments[0] && originOf(ctx, origin.file, node.arguments[0]);
    const schema = opts && ts.isObjectLiteralExpression(opts.node) ? propertyOf(ts, opts.node, "schema") : void 0;
    return { name: access.name, schema: schema && { file: opts.file, expr: schema } };
  }
  if (node.arguments.some((a) => isProcessEnv(ts, unwrapValue(ts, a)))) return { name: access.name };
  return void 0;
}
var fastifyEnvCache = /* @__PURE__ */ new WeakMap();
function fastifyEnvRegistrations(ctx) {
  const cached = fastifyEnvCache.get(ctx.files);
  if (cached) return cached;
  const { ts } = ctx;
  const out = [];
  for (const file of ctx.files) {
    if (!file.imports.some((b) => FASTIFY_ENV.has(b.module))) continue;
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "register") return;
      const [plugin, optsExpr] = node.arguments;
      const from = plugin && importedFrom(ctx, file, plugin);
      if (!from || !FASTIFY_ENV.has(from.module)) return;
      const opts = optsExpr && originOf(ctx, file, optsExpr);
      const obj = opts && ts.isObjectLiteralExpression(opts.node) ? opts.node : void 0;
      const confKeyExpr = obj && propertyOf(ts, obj, "confKey");
      const confKey = confKeyExpr ? literalValue2(ctx, opts.file, confKeyExpr) : "config";
      const schema = obj && propertyOf(ts, obj, "schema");
      if (typeof confKey === "string") out.push({ confKey, schema: schema && { file: opts.file, expr: schema } });
    });
  }
  fastifyEnvCache.set(ctx.files, out);
  return out;
}
function schemaDefault(ctx, file, expr, name) {
  const { ts } = ctx;
  const origin = originOf(ctx, file, expr);
  if (!origin) return void 0;
  const node = origin.node;
  if (ts.isObjectLiteralExpression(node) || ts.isCallExpression(node)) {
    const schema = literalValue2(ctx, origin.file, node);
    const props = schema && typeof schema === "object" && !Array.isArray(schema) ? schema.properties : void 0;
    const prop2 = props && typeof props === "object" && !Array.isArray(props) ? props[name] : void 0;
    const value = prop2 && typeof prop2 === "object" && !Array.isArray(prop2) ? prop2.default : void 0;
    if (typeof value === "string" || typeof value === "number") return String(value);
  }
  for (let e = node; ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression); e = e.expression.expression) {
    const [key, value] = e.arguments;
    if (e.expression.name.text !== "prop" || !key || !value || literalValue2(ctx, origin.file, key) !== name) continue;
    for (let v = value; ts.isCallExpression(v) && ts.isPropertyAccessExpression(v.expression); v = v.expression.expression) {
      if (v.expression.name.text !== "default" || !v.arguments[0]) continue;
      const d = literalValue2(ctx, origin.file, v.arguments[0]);
      return typeof d === "string" || typeof d === "number" ? String(d) : void 0;
    }
    return void 0;
  }
  return void 0;
}
function namedEnvValue(ctx, file, name, fallback) {
  const documented = envFileValue(ctx, file, name);
  if (documented) return documented;
  const value = fallback && literalValue2(ctx, file, fallback);
  return typeof value === "string" || typeof value === "number" ? { value: String(value), from: { env: name, value: String(value), file: file.path } } : void 0;
}
var envFileCache = /* @__PURE__ */ new WeakMap();
function envFileValue(ctx, file, name) {
  let files = envFileCache.get(ctx.allPaths);
  if (!files) {
    files = /* @__PURE__ */ new Map();
    for (const p of ctx.allPaths) {
      if (!ENV_FILES.includes(path6.posix.basename(p))) continue;
      const text = ctx.readText(p);
      if (text !== void 0) files.set(p, parseEnvFile(text));
    }
    envFileCache.set(ctx.allPaths, files);
  }
  if (files.size === 0) return void 0;
  for (let dir = path6.posix.dirname(file.path); ; dir = path6.posix.dirname(dir)) {
    const here = dir === "." ? "" : dir;
    for (const base of ENV_FILES) {
      const p = here ? `${here}/${base}` : base;
      const value = files.get(p)?.get(name);
      if (value !== void 0) return { value, from: { env: name, value, file: p } };
    }
    if (!here) return void 0;
  }
}
function parseEnvFile(text) {
  const out = /* @__PURE__ */ new Map();
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(raw);
    if (!m) continue;
    let value = m[2].trim();
    const quoted = /^(['"`])(.*)\1/.exec(value);
    value = quoted ? quoted[2] : value.replace(/\s+#.*$/, "").trim();
    if (value !== "") out.set(m[1], value);
  }
  return out;
}
function isProcessEnv(ts, e) {
  return ts.isPropertyAccessExpression(e) && e.name.text === "env" && ts.isIdentifier(e.expression) && e.expression.text === "process";
}
function accessOf(ts, e) {
  if (ts.isPropertyAccessExpression(e)) return { obj: e.expression, name: e.name.text };
  if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression))
    return { obj: e.expression, name: e.argumentExpression.text };
  return void 0;
}
function propertyOf(ts, obj, name) {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return void 0;
}
function mountFrom(route2, nodes, edges) {
  let from = nodes.get(route2.root);
  for (const e of route2.edges) from ??= edges.get(e) ?? nodes.get(e.child);
  return from;
}

// src/discover/detectors/fastify.ts
var VERBS3 = /* @__PURE__ */ new Set(["get", "head", "post", "put", "delete", "options", "patch", "all"]);
var CHAINABLE2 = /* @__PURE__ */ new Set([
  ...VERBS3,
  "route",
  "register",
  "addHook",
  "decorate",
  "decorateRequest",
  "decorateReply",
  "addSchema",
  "setErrorHandler",
  "setNotFoundHandler",
  "after",
  "withTypeProvider"
]);
var GUARD_HOOKS = ["onRequest", "preParsing", "preValidation", "preHandler"];
var AUTOLOAD = /* @__PURE__ */ new Set(["@fastify/autoload", "fastify-autoload"]);
var PLUGIN_WRAPPERS = /* @__PURE__ */ new Set(["fastify-plugin"]);
var SCRIPT = /\.(?:[cm]?[jt]s)$/;
var fastify = {
  name: "fastify",
  kind: "http",
  // Plugin files and the file that autoloads them often import only these.
  packages: ["fastify", "fastify-plugin", "@fastify/autoload", "fastify-autoload"],
  // Plugins receive the instance and often import nothing from fastify.
  hints: /\.(?:get|post|put|patch|delete|route|register|addHook)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const graph = emptyGraph();
    const roots = /* @__PURE__ */ new Map();
    const params = /* @__PURE__ */ new Map();
    const decorated = /* @__PURE__ */ new Map();
    const errorHandlers = [];
    const shared = /* @__PURE__ */ new Map();
    const sameContext = /* @__PURE__ */ new Map();
    for (const file of ctx.files) {
      if (!file.imports.some((b) => b.module === "fastify")) continue;
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node)) return;
        const callee = node.expression;
        if (!(ts.isIdentifier(callee) || ts.isCallExpression(callee) || ts.isPropertyAccessExpression(callee))) return;
        const from = importedFrom(ctx, file, callee);
        if (from?.module !== "fastify" || !["default", "*", "fastify"].includes(from.imported)) return;
        const key = nodeKey(file, node);
        roots.set(key, { file, node });
        addNode(graph, key);
      });
    }
    const pluginNode = (fn) => {
      if (!isFunctionLike(ts, fn.node) || !fn.node.parameters[0]) return void 0;
      return paramNode(ctx, graph, params, fn.file, fn.node.parameters[0]);
    };
    const ownerOf = (file, expr, depth2 = 0) => {
      if (depth2 > 16) return void 0;
      const origin = originOf(ctx, file, expr);
      if (!origin) return void 0;
      const key = nodeKey(origin.file, origin.node);
      if (roots.has(key)) return key;
      const node = origin.node;
      if (ts.isParameter(node)) return paramNode(ctx, graph, params, origin.file, node);
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && CHAINABLE2.has(node.expression.name.text)) {
        return ownerOf(origin.file, node.expression.expression, depth2 + 1);
      }
      return void 0;
    };
    const pluginOf = (file, expr) => {
      let origin = originOf(ctx, file, expr);
      let encapsulated = true;
      for (let i = 0; origin && i < 4; i++) {
        const node = origin.node;
        if (isFunctionLike(ts, node)) return { fn: origin, encapsulated };
        if (!ts.isCallExpression(node) || !node.arguments[0]) return void 0;
        const wrapper = importedFrom(ctx, origin.file, node.expression)?.module;
        if (!wrapper || !PLUGIN_WRAPPERS.has(wrapper)) return void 0;
        encapsulated = false;
        origin = originOf(ctx, origin.file, node.arguments[0]);
      }
      return void 0;
    };
    const optionPrefix = /* @__PURE__ */ new Map();
    const registrations = /* @__PURE__ */ new Map();
    const edgePrefixes = [];
    const edgeFrom = /* @__PURE__ */ new Map();
    const link = (parent, plugin, prefix, at, seen = prefix, options) => {
      const child = pluginNode(plugin.fn);
      if (!child || child === parent) return;
      if (!plugin.encapsulated) sameContext.set(child, parent);
      if (!optionPrefix.has(child)) optionPrefix.set(child, once(seen));
      if (options) registrations.set(child, [...registrations.get(child) ?? [], options]);
      const edge = { parent, child, prefix: "", at };
      graph.edges.push(edge);
      if (plugin.encapsulated)
        edgePrefixes.push(() => {
          const p = prefix();
          edge.prefix = p?.value ?? "";
          if (p?.from) edgeFrom.set(edge, p.from);
        });
    };
    const optionValue = (file, expr, depth2 = 0) => {
      const literal3 = literalValue2(ctx, file, expr);
      if (typeof literal3 === "string") return { value: literal3 };
      const config = configValue(ctx, file, expr);
      if (config) return config;
      const e = ts.isParenthesizedExpression(expr) ? expr.expression : expr;
      return ts.isPropertyAccessExpression(e) ? propValue(file, e.expression, e.name.text, depth2 + 1) : void 0;
    };
    const propValue = (file, obj, name, depth2 = 0) => {
      if (depth2 > 8) return void 0;
      const opts = objectOf(ctx, file, obj);
      if (opts) {
        const expr = opts.props.get(name);
        return expr && optionValue(opts.file, expr, depth2 + 1);
      }
      const origin = originOf(ctx, file, obj);
      const param = origin && ts.isParameter(origin.node) ? origin.node : void 0;
      const fn = param?.parent;
      if (!param || !fn || !isFunctionLike(ts, fn) || fn.parameters[1] !== param || !fn.parameters[0]) return void 0;
      const plugin = paramOwner(ctx, origin.file, fn.parameters[0]);
      if (!plugin) return void 0;
      if (name === "prefix") return optionPrefix.get(plugin.key)?.();
      for (const reg of registrations.get(plugin.key) ?? []) {
        const value = propValue(reg.file, reg.expr, name, depth2 + 1);
        if (value) return value;
      }
      return void 0;
    };
    const deferred = [];
    const scanned = [...ctx.files];
    const inScan = new Set(scanned);
    const enqueue = (file) => {
      if (inScan.has(file)) return;
      inScan.add(file);
      scanned.push(file);
    };
    for (let i = 0; i < scanned.length; i++) {
      const file = scanned[i];
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        if (method === "decorate") {
          const [name, value] = node.arguments;
          if (name && ts.isStringLiteralLike(name) && value && !decorated.has(name.text)) decorated.set(name.text, { file, node: value });
          return;
        }
        if (method === "addSchema") {
          const value = node.arguments[0] && literalValue2(ctx, file, node.arguments[0]);
          const id = value && typeof value === "object" && !Array.isArray(value) ? value.$id : void 0;
          const key = typeof id === "string" ? id.replace(/#$/, "") : void 0;
          if (key && !shared.has(key)) shared.set(key, value);
          return;
        }
        if (!VERBS3.has(method) && !["route", "register", "addHook", "setErrorHandler"].includes(method)) return;
        const owner = ownerOf(file, node.expression.expression);
        if (!owner) return;
        if (method === "setErrorHandler") {
          if (node.arguments[0]) errorHandlers.push({ owner, ref: { expr: node.arguments[0], file } });
          return;
        }
        const at = { file: file.path, pos: node.expression.name.getStart(file.sf) };
        const args = node.arguments;
        if (method === "register") {
          if (!args[0]) return;
          const opts2 = objectOf(ctx, file, args[1]);
          const loader = importedFrom(ctx, file, args[0])?.module;
          if (loader && AUTOLOAD.has(loader)) {
            const nested = opts2?.props.get("options");
            const options2 = nested && { file: opts2.file, expr: nested };
            const base = once(() => options2 ? propValue(options2.file, options2.expr, "prefix") : void 0);
            autoload(ctx, file, opts2, owner, at, base, options2, pluginOf, link, (fn) => pluginNode(fn), enqueue);
            return;
          }
          const plugin = pluginOf(file, args[0]);
          const options = args[1];
          const prefix = once(() => options ? propValue(file, options, "prefix") : void 0);
          if (plugin) link(owner, plugin, prefix, at, prefix, options && { file, expr: options });
          return;
        }
        if (method === "addHook") {
          const name = args[0] && ts.isStringLiteralLike(args[0]) ? args[0].text : void 0;
          if (name && GUARD_HOOKS.includes(name) && args[1])
            graph.uses.push({ owner, at, names: middlewareNames(ts, args[1]), everywhere: true, refs: [{ expr: args[1], file }] });
          return;
        }
        const line = lineOf(file.sf, node.expression.name);
        if (method === "route") {
          const opts2 = objectOf(ctx, file, args[0]);
          if (!opts2) return;
          const url2 = stringOf(ctx, opts2, "url") ?? stringOf(ctx, opts2, "path");
          const methodExpr = opts2.props.get("method");
          const methods = methodExpr ? literalValue2(ctx, opts2.file, methodExpr) : void 0;
          const list = (Array.isArray(methods) ? methods : [methods]).filter((m) => typeof m === "string");
          const built2 = url2 === void 0 ? opts2.props.get("url") ?? opts2.props.get("path") : void 0;
          if (url2 === void 0 && !(built2 && builtFromOptions(ctx, opts2.file, built2))) return;
          for (const m of list) {
            const route3 = addRoute(owner, m, url2 ?? "", at, line, file, opts2, opts2.props.get("handler"));
            if (built2) deferred.push({ route: route3, file: opts2.file, expr: built2 });
          }
          return;
        }
        const literal3 = args[0] && literalValue2(ctx, file, args[0]);
        const built = typeof literal3 !== "string" && args[0] && builtFromOptions(ctx, file, args[0]) ? args[0] : void 0;
        if (typeof literal3 !== "string" && !built) return;
        const url = typeof literal3 === "string" ? literal3 : "";
        const opts = args.length >= 3 ? objectOf(ctx, file, args[1]) : args[1] && ts.isObjectLiteralExpression(args[1]) ? objectOf(ctx, file, args[1]) : void 0;
        const handler = args.length >= 3 ? args[2] : opts ? opts.props.get("handler") : args[1];
        const route2 = addRoute(owner, method === "all" ? "ALL" : method, url, at, line, file, opts, handler);
        if (built) deferred.push({ route: route2, file, expr: built });
      });
    }
    for (const set of edgePrefixes) set();
    for (const { route: route2, file, expr } of deferred) {
      const built = builtPath(ctx, file, expr, (e) => optionValue(file, e));
      route2.path = built.path;
      if (built.from) route2.data.prefixFrom = built.from;
    }
    function addRoute(owner, method, url, at, line, file, opts, handler) {
      const names = GUARD_HOOKS.flatMap((h) => {
        const hook = opts?.props.get(h);
        return hook ? middlewareNames(ts, hook) : [];
      });
      const refs = GUARD_HOOKS.flatMap((h) => {
        const hook = opts?.props.get(h);
        return hook ? [{ expr: hook, file: opts.file }] : [];
      });
      const route2 = {
        owner,
        path: url,
        at,
        names,
        refs,
        data: { method: method.toUpperCase(), file, line, options: opts?.props ?? /* @__PURE__ */ new Map(), optionsFile: opts?.file ?? file, handler }
      };
      graph.routes.push(route2);
      return route2;
    }
    const sites = callSitesOf(ctx, [...new Set([...params.values()].map((p) => p.fn))]);
    for (const param of params.values()) {
      for (const site of sites.get(param.fn) ?? []) {
        const arg = site.call.arguments[param.index];
        const parent = arg && ownerOf(site.file, arg);
        if (parent && parent !== param.key && !graph.edges.some((e) => e.child === param.key)) sameContext.set(param.key, parent);
      }
    }
    const contextOf = (key) => {
      const seen = /* @__PURE__ */ new Set();
      let k = key;
      while (sameContext.has(k) && !seen.has(k)) {
        seen.add(k);
        k = sameContext.get(k);
      }
      return k;
    };
    for (const r of graph.routes) r.owner = contextOf(r.owner);
    for (const u of graph.uses) u.owner = contextOf(u.owner);
    for (const h of errorHandlers) h.owner = contextOf(h.owner);
    graph.edges = graph.edges.filter((e) => !sameContext.has(e.child));
    for (const e of graph.edges) e.parent = contextOf(e.parent);
    for (const key of sameContext.keys()) graph.nodes.delete(key);
    const points = [];
    for (const r of resolveRoutes(graph)) {
      const { method, file, line, options, optionsFile, handler } = r.route.data;
      const prefixFrom = r.route.data.prefixFrom ?? r.edges.map((e) => edgeFrom.get(e)).find((f) => f !== void 0);
      const root = roots.get(r.root);
      const location = { file: file.path, line };
      const schema = objectOf(ctx, optionsFile, options.get("schema"));
      const part = (name) => {
        const expr = schema?.props.get(name);
        return expr && (jsonSchemaOf(ctx, schema.file, expr, shared) ?? readSchema(ts, expr, schemaLookup(ctx, schema.file)));
      };
      const paramsSchema = part("params");
      const querySchema = part("querystring") ?? part("query");
      const validated = ["body", "params", "querystring", "query", "headers"].some((k) => schema?.props.has(k));
      const chain = /* @__PURE__ */ new Set([r.root, ...r.edges.map((e) => e.child)]);
      const statuses = sortedStatuses([
        ...handlerStatuses2(ctx, file, handler),
        ...writeErrors(
          method,
          errorHandlers.filter((h) => chain.has(h.owner)).flatMap((h) => errorHandlerStatuses(ctx, h.ref))
        ),
        ...responseStatuses(ctx, schema),
        ...validated ? [400] : []
      ]);
      const registered = r.edges[0] && root && r.edges[0].at.file === root.file.path ? params.get(r.edges[0].child) : void 0;
      const app = root ? appEntryOf(ctx, root.file, [root.node], "fastify") ?? pluginEntry(ctx, registered) : pluginEntry(ctx, params.get(r.root));
      points.push(
        httpPoint("fastify", method, withoutParamPatterns(r.path), location, {
          auth: r.middleware,
          body: part("body"),
          handler: handlerLocation(ctx, file, handler) ?? location,
          app,
          webhook: webhookOf(ctx, r.path, file, [handler]),
          statuses,
          authInfo: guardInfoOf(ctx, r.refs, { decorated }),
          ...paramsSchema ? { paramsSchema } : {},
          ...querySchema ? { querySchema } : {},
          ...prefixFrom ? { prefixFrom } : {}
        })
      );
    }
    return points;
  }
};
function responseStatuses(ctx, schema) {
  const { ts } = ctx;
  const expr = schema?.props.get("response");
  if (!schema || !expr) return [];
  const origin = ts.isObjectLiteralExpression(expr) ? { file: schema.file, node: expr } : originOf(ctx, schema.file, expr);
  if (!origin || !ts.isObjectLiteralExpression(origin.node)) return [];
  return origin.node.properties.flatMap((p) => {
    const key = p.name && (ts.isNumericLiteral(p.name) || ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) ? p.name.text : "";
    return /^[1-5]\d\d$/.test(key) ? [Number(key)] : [];
  });
}
function pluginEntry(ctx, param) {
  const { ts } = ctx;
  if (!param || param.index !== 0) return void 0;
  const { file, fn } = param;
  let name = exportNamesOf(ctx, file, fn)[0];
  if (!name) {
    const exported = exportOf(ctx, file, "default");
    const node = exported?.node;
    const wraps = node && ts.isCallExpression(node) && node.arguments.some((a) => a === fn || originOf(ctx, exported.file, a)?.node === fn) && PLUGIN_WRAPPERS.has(importedFrom(ctx, exported.file, node.expression)?.module ?? "");
    if (wraps) name = "default";
  }
  if (!name) return void 0;
  const options = exportOf(ctx, file, "options") ? { options: "options" } : {};
  return withTestHelper(ctx, { file: file.path, framework: "fastify", export: { name, type: "plugin", ...options } });
}
function objectOf(ctx, file, expr, depth2 = 0) {
  const { ts } = ctx;
  if (!expr || depth2 > 8) return void 0;
  const origin = ts.isObjectLiteralExpression(expr) ? { file, node: expr } : originOf(ctx, file, expr);
  if (!origin || !ts.isObjectLiteralExpression(origin.node)) return void 0;
  const props = /* @__PURE__ */ new Map();
  for (const p of origin.node.properties) {
    if (ts.isSpreadAssignment(p)) {
      const inner = objectOf(ctx, origin.file, p.expression, depth2 + 1);
      if (inner) for (const [k, v] of inner.props) props.set(k, v);
    } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      props.set(p.name.text, p.initializer);
    } else if (ts.isShorthandPropertyAssignment(p)) {
      props.set(p.name.text, p.name);
    } else if (ts.isMethodDeclaration(p) && ts.isIdentifier(p.name)) {
      props.set(p.name.text, p);
    }
  }
  return { file: origin.file, props };
}
function stringOf(ctx, opts, name) {
  const expr = opts?.props.get(name);
  const value = opts && expr && literalValue2(ctx, opts.file, expr);
  return typeof value === "string" ? value : void 0;
}
function autoload(ctx, file, opts, owner, at, basePrefix, options, pluginOf, link, nodeOf, enqueue) {
  const { ts } = ctx;
  const base = () => basePrefix() ?? { value: "" };
  const dirExpr = opts?.props.get("dir");
  const dir = dirExpr && dirValue(ctx, file, dirExpr);
  if (dir === void 0) return;
  const load = (p) => {
    const parsed = ctx.byPath.get(p) ?? ctx.resolve({ path: "" }, `./${p}`);
    if (parsed) enqueue(parsed);
    return parsed;
  };
  const flag2 = (name) => {
    const v = opts.props.get(name);
    return v?.kind === ts.SyntaxKind.TrueKeyword ? true : v?.kind === ts.SyntaxKind.FalseKeyword ? false : void 0;
  };
  const dirNamePrefix = flag2("dirNameRoutePrefix") !== false;
  const routeParams = flag2("routeParams") === true;
  const autoHooks = flag2("autoHooks") === true;
  const cascade = flag2("cascadeHooks") === true;
  const under = ctx.allPaths.filter((p) => p.startsWith(`${dir}/`) && SCRIPT.test(p) && !p.endsWith(".d.ts") && !isTestFile(p));
  const byDir = /* @__PURE__ */ new Map();
  for (const p of under) {
    const d = path7.posix.dirname(p);
    byDir.set(d, [...byDir.get(d) ?? [], p]);
  }
  const isHooks = (p) => /^autohooks\.[cm]?[jt]s$/.test(path7.posix.basename(p));
  const hooksNode = /* @__PURE__ */ new Map();
  const parentOf = (d) => {
    for (let cur = d; cur === dir || cur.startsWith(`${dir}/`); cur = path7.posix.dirname(cur)) {
      const hooks = hooksNode.get(cur);
      if (hooks) return hooks;
      if (!cascade) break;
    }
    return owner;
  };
  const dirs = [...byDir.keys()].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
  if (autoHooks) {
    for (const d of dirs) {
      const hooksFile = byDir.get(d).find(isHooks);
      const parsed = hooksFile ? load(hooksFile) : void 0;
      const fn = parsed && exportOf(ctx, parsed, "default");
      const plugin = fn && pluginOf(parsed, fn.node);
      if (!plugin) continue;
      const parent = parentOf(path7.posix.dirname(d));
      link(parent, { ...plugin, encapsulated: true }, () => ({ value: "" }), at, void 0, options);
      const key = nodeOf(plugin.fn);
      if (key) hooksNode.set(d, key);
    }
  }
  for (const d of dirs) {
    const files = byDir.get(d).filter((p) => !isHooks(p));
    const index = files.find((p) => /^index\.[cm]?[jt]s$/.test(path7.posix.basename(p)));
    const rel = d === dir ? "" : d.slice(dir.length);
    for (const p of index ? [index] : files) {
      const parsed = load(p);
      const fn = parsed && exportOf(ctx, parsed, "default");
      const plugin = fn && pluginOf(parsed, fn.node);
      if (!plugin) continue;
      const auto = parsed && exportOf(ctx, parsed, "autoPrefix");
      const autoPrefix = auto && ts.isStringLiteralLike(auto.node) ? auto.node.text : void 0;
      let prefix = autoPrefix ?? (dirNamePrefix ? rel : "");
      if (routeParams) prefix = prefix.replace(/\/_/g, "/:");
      const crumb = autoPrefix ?? (dirNamePrefix ? rel : rel ? "/" : "");
      link(
        autoHooks ? parentOf(d) : owner,
        plugin,
        () => ({ ...base(), value: `${base().value}${prefix}` }),
        at,
        () => ({ ...base(), value: `${base().value.replace(/\/$/, "")}${crumb}` }),
        options
      );
    }
  }
}
function dirValue(ctx, file, expr, depth2 = 0) {
  const { ts } = ctx;
  if (depth2 > 8) return void 0;
  const here = path7.posix.dirname(file.path);
  const text = expr.getText(file.sf).replace(/\s+/g, "");
  if (text === "__dirname" || text === "import.meta.dirname") return here;
  if (ts.isStringLiteralLike(expr)) return path7.posix.normalize(path7.posix.join(file.packageDir, expr.text));
  if (ts.isCallExpression(expr) || ts.isNewExpression(expr)) {
    const callee = expr.expression.getText(file.sf);
    const args = expr.arguments ?? [];
    if (/(?:^|\.)(?:join|resolve)$/.test(callee) && args.length > 0) {
      const base = dirValue(ctx, file, args[0], depth2 + 1);
      const rest = args.slice(1).map((a) => ts.isStringLiteralLike(a) ? a.text : void 0);
      if (base === void 0 || rest.some((r) => r === void 0)) return void 0;
      return path7.posix.normalize(path7.posix.join(base, ...rest));
    }
    if (/(?:^|\.)fileURLToPath$/.test(callee) && args[0]) return dirValue(ctx, file, args[0], depth2 + 1);
    if (callee === "URL" && args[0] && ts.isStringLiteralLike(args[0]) && args[1]?.getText(file.sf) === "import.meta.url") {
      return path7.posix.normalize(path7.posix.join(here, args[0].text)).replace(/\/$/, "");
    }
  }
  if (ts.isIdentifier(expr)) {
    const origin = originOf(ctx, file, expr);
    if (origin && origin.node !== expr && ts.isExpression(origin.node))
      return dirValue(ctx, origin.file, origin.node, depth2 + 1);
  }
  return void 0;
}
function optionsParam(ctx, file, expr) {
  const { ts } = ctx;
  if (!ts.isIdentifier(expr)) return void 0;
  const decl = declarationOf(ctx, file, expr);
  if (!decl || "module" in decl || !ts.isParameter(decl.node)) return void 0;
  const fn = decl.node.parent;
  return isFunctionLike(ts, fn) && fn.parameters[1] === decl.node ? fn : void 0;
}
function builtFromOptions(ctx, file, expr) {
  const { ts } = ctx;
  let found2 = false;
  const visit = (n) => {
    if (ts.isPropertyAccessExpression(n) && n.name.text === "prefix" && optionsParam(ctx, file, n.expression)) found2 = true;
    else if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isBinaryExpression(n)) && configValue(ctx, file, n))
      found2 = true;
    return found2 ? "stop" : void 0;
  };
  if (!visit(expr)) forEachDeep(ts, expr, visit);
  return found2;
}
function builtPath(ctx, file, expr, partOf) {
  const { ts } = ctx;
  const parts = [];
  let from;
  const walk = (e) => {
    if (ts.isParenthesizedExpression(e)) return walk(e.expression);
    if (ts.isStringLiteralLike(e)) parts.push(e.text);
    else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      walk(e.left);
      walk(e.right);
    } else if (ts.isTemplateExpression(e)) {
      parts.push(e.head.text);
      for (const span of e.templateSpans) {
        walk(span.expression);
        parts.push(span.literal.text);
      }
    } else {
      const part = partOf(e);
      if (part) parts.push(part.value);
      from ??= part?.from;
    }
  };
  walk(expr);
  const joined2 = parts.join("").replace(/\/{2,}/g, "/");
  return { path: joined2.startsWith("/") ? joined2 : `/${joined2}`, ...from ? { from } : {} };
}
function once(fn) {
  let state = "new";
  let value;
  return () => {
    if (state === "busy") return void 0;
    if (state === "new") {
      state = "busy";
      value = fn();
      state = "done";
    }
    return value;
  };
}

// src/discover/detectors/hono.ts
var VERBS4 = /* @__PURE__ */ new Set(["get", "post", "put", "delete", "patch", "options", "all"]);
var HONO_TYPES = /* @__PURE__ */ new Set(["Hono", "OpenAPIHono"]);
var CHAINABLE3 = /* @__PURE__ */ new Set([...VERBS4, "on", "use", "route", "notFound", "onError", "mount"]);
var APP_CLASSES = { hono: "Hono", "@hono/zod-openapi": "OpenAPIHono" };
var VALIDATOR = /^(?:validator|[a-z]+Validator)$/;
var hono = {
  name: "hono",
  kind: "http",
  packages: ["hono", "@hono/zod-openapi"],
  hints: /\.(?:route|basePath|openapi)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const graph = emptyGraph();
    const instances = /* @__PURE__ */ new Map();
    const params = /* @__PURE__ */ new Map();
    const edgeFrom = /* @__PURE__ */ new Map();
    const errorHandlers = [];
    for (const file of ctx.files) {
      const names = new Set(
        file.imports.filter((b) => b.module === "hono" || b.module.startsWith("hono/") || b.module in APP_CLASSES).map((b) => b.local)
      );
      if (names.size === 0) continue;
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || !names.has(node.expression.text)) return;
        const from = importedFrom(ctx, file, node.expression);
        if (!from || APP_CLASSES[from.module] !== from.imported) return;
        const key = nodeKey(file, node);
        instances.set(key, { file, node, copies: [] });
        addNode(graph, key);
      });
    }
    const ownerOf = (file, expr, depth2 = 0) => {
      if (depth2 > 16) return void 0;
      const built2 = factoryInstance(file, expr, depth2);
      if (built2) return { key: built2, prefix: "" };
      const origin = originOf(ctx, file, expr);
      if (!origin) return void 0;
      const key = nodeKey(origin.file, origin.node);
      if (instances.has(key)) return { key, prefix: "" };
      const node = origin.node;
      if (ts.isParameter(node)) {
        const key2 = paramNode(ctx, graph, params, origin.file, node);
        return key2 === void 0 ? void 0 : { key: key2, prefix: "" };
      }
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return void 0;
      const method = node.expression.name.text;
      const base = ownerOf(origin.file, node.expression.expression, depth2 + 1);
      if (!base) return void 0;
      if (CHAINABLE3.has(method)) return base;
      if (method !== "basePath") return void 0;
      const prefix = node.arguments[0] && pathValue(ctx, origin.file, node.arguments[0], constStrings(ts, origin.file.sf));
      const instance = instances.get(base.key);
      if (instance && !instance.copies.includes(node)) instance.copies.push(node);
      const from = base.from ?? prefix?.from;
      return { key: base.key, prefix: joinPaths(base.prefix, prefix?.value ?? ""), ...from ? { from } : {} };
    };
    const built = /* @__PURE__ */ new Map();
    const factoryInstance = (file, expr, depth2) => {
      const bound = boundCall(ctx, file, expr);
      if (!bound) return void 0;
      const { call } = bound;
      if (built.has(call)) return built.get(call) ?? void 0;
      built.set(call, null);
      const callee = originOf(ctx, bound.file, call.expression);
      const fn = callee?.node;
      if (!callee || !fn || !isFunctionLike(ts, fn) || !fn.body) return void 0;
      const returned2 = ts.isBlock(fn.body) ? firstReturned(ts, fn.body) : fn.body;
      const owner = returned2 && ownerOf(callee.file, returned2, depth2 + 1);
      const template = owner && owner.prefix === "" ? instances.get(owner.key) : void 0;
      if (!owner || !template || template.file !== callee.file || !within(template.node, fn)) return void 0;
      const key = nodeKey(bound.file, call);
      instances.set(key, { file: bound.file, node: call, copies: [], template: owner.key });
      addNode(graph, key);
      built.set(call, key);
      return key;
    };
    for (const file of ctx.files) {
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        if (!VERBS4.has(method) && !["on", "use", "route", "openapi", "onError"].includes(method)) return;
        const receiver = node.expression.expression;
        const owner = ownerOf(file, receiver);
        if (!owner) return;
        if (method === "onError") {
          if (node.arguments[0]) errorHandlers.push({ owner: owner.key, ref: { expr: node.arguments[0], file } });
          return;
        }
        const at = { file: file.path, pos: node.expression.name.getStart(file.sf) };
        const args = [...node.arguments];
        if (method === "openapi") {
          const route2 = args[0] && openApiRoute(ctx, file, args[0]);
          if (!route2 || !args[1]) return;
          const hook = validationHook(ctx, file, args[2]) ?? defaultHook(ctx, instances.get(owner.key));
          if (hook?.length && route2.validated) route2.statuses = [...route2.statuses.filter((x) => x !== 400), ...hook];
          graph.routes.push({
            owner: owner.key,
            path: joinPaths(owner.prefix, route2.path),
            at,
            names: route2.middleware.flatMap((h) => middlewareNames(ts, h.expr)),
            refs: route2.middleware,
            data: {
              method: route2.method,
              file,
              line: lineOf(file.sf, node.expression.name),
              args: [args[1]],
              declared: { body: route2.body, statuses: route2.statuses },
              ...owner.from ? { prefixFrom: owner.from } : {}
            }
          });
          return;
        }
        if (method === "route") {
          const prefix = args[0] && pathValue(ctx, file, args[0], consts);
          const child = args[1] && ownerOf(file, args[1]);
          if (!prefix || !child) return;
          const edge = { parent: owner.key, child: child.key, prefix: joinPaths(owner.prefix, prefix.value), at };
          graph.edges.push(edge);
          const from = owner.from ?? prefix.from;
          if (from) edgeFrom.set(edge, from);
          return;
        }
        if (method === "use") {
          const path32 = args[0] && stringValue(ts, args[0], consts);
          const given = path32 === void 0 ? args : args.slice(1);
          const names = given.flatMap((a) => middlewareNames(ts, a));
          const scoped = path32 === void 0 && owner.prefix === "" ? void 0 : `${joinPaths(owner.prefix, path32 ?? "")}${path32 === void 0 ? "/*" : ""}`;
          if (names.length) graph.uses.push({ owner: owner.key, at, names, path: scoped, refs: given.map((expr) => ({ expr, file })) });
          return;
        }
        let methods;
        let rest;
        if (method === "on") {
          methods = (args[0] && stringList(ts, args[0], consts)) ?? [];
          rest = args.slice(1);
        } else {
          methods = [method.toUpperCase()];
          rest = args;
        }
        let paths = rest[0] ? stringList(ts, rest[0], consts) : void 0;
        if (paths?.some((p) => !p.startsWith("/") && !p.startsWith("*"))) return;
        if (paths) rest = rest.slice(1);
        else paths = [chainPath(ts, receiver, consts)];
        const line = lineOf(file.sf, node.expression.name);
        for (const m of methods) {
          for (const path32 of paths) {
            graph.routes.push({
              owner: owner.key,
              path: joinPaths(owner.prefix, path32),
              at,
              names: rest.slice(0, -1).flatMap((h) => middlewareNames(ts, h)),
              refs: rest.slice(0, -1).map((expr) => ({ expr, file })),
              data: { method: m.toUpperCase(), file, line, args: rest, ...owner.from ? { prefixFrom: owner.from } : {} }
            });
          }
        }
      });
    }
    const accepted = new Set(
      [...params.values()].filter((p) => typedParam(ctx, p.file, p.fn.parameters[p.index], (m) => m === "hono", HONO_TYPES)).map((p) => p.key)
    );
    const prefixes = /* @__PURE__ */ new Map();
    acceptParams(
      ctx,
      params,
      accepted,
      (file, arg) => {
        const owner = ownerOf(file, arg);
        if (owner) prefixes.set(`${file.path}#${arg.pos}`, owner);
        return owner?.key;
      },
      (param, parent, site) => {
        const arg = site.call.arguments[param.index];
        const owner = prefixes.get(`${site.file.path}#${arg.pos}`);
        const edge = {
          parent,
          child: param.key,
          prefix: owner?.prefix ?? "",
          at: { file: site.file.path, pos: site.call.getStart(site.file.sf) }
        };
        graph.edges.push(edge);
        if (owner?.from) edgeFrom.set(edge, owner.from);
      }
    );
    const dropped = new Set([...params.keys()].filter((k) => !accepted.has(k)));
    for (const key of dropped) graph.nodes.delete(key);
    graph.routes = graph.routes.filter((r) => !dropped.has(r.owner));
    graph.uses = graph.uses.filter((u) => !dropped.has(u.owner));
    graph.edges = graph.edges.filter((e) => !dropped.has(e.parent) && !dropped.has(e.child));
    withFactoryRegistrations();
    function withFactoryRegistrations() {
      const done = /* @__PURE__ */ new Set();
      const expand = (key) => {
        const template = instances.get(key)?.template;
        if (!template || done.has(key)) return;
        done.add(key);
        expand(template);
        graph.routes.push(...graph.routes.filter((r) => r.owner === template).map((r) => ({ ...r, owner: key })));
        graph.uses.push(...graph.uses.filter((u) => u.owner === template).map((u) => ({ ...u, owner: key })));
        errorHandlers.push(...errorHandlers.filter((h) => h.owner === template).map((h) => ({ ...h, owner: key })));
        for (const edge of graph.edges.filter((e) => e.parent === template)) {
          const copy = { ...edge, parent: key };
          graph.edges.push(copy);
          const from = edgeFrom.get(edge);
          if (from) edgeFrom.set(copy, from);
        }
      };
      const templates = /* @__PURE__ */ new Set();
      for (const [key, instance] of instances) {
        if (!instance.template) continue;
        expand(key);
        templates.add(instance.template);
      }
      for (const key of templates) graph.nodes.delete(key);
      graph.routes = graph.routes.filter((r) => !templates.has(r.owner));
      graph.uses = graph.uses.filter((u) => !templates.has(u.owner));
      graph.edges = graph.edges.filter((e) => !templates.has(e.parent) && !templates.has(e.child));
    }
    function entryOf(key) {
      const instance = instances.get(key);
      if (!instance) return void 0;
      if (!instance.template) return appEntryOf(ctx, instance.file, [instance.node, ...instance.copies], "hono");
      const made = originOf(ctx, instance.file, instance.node)?.node;
      return appEntryOf(ctx, instance.file, [instance.node, ...instance.copies, ...made ? [made] : []], "hono") ?? entryOf(instance.template);
    }
    return resolveRoutes(graph).map((r) => {
      const app = entryOf(r.root);
      const { data } = r.route;
      const validated = data.args.slice(0, -1).some((a) => ts.isCallExpression(a) && VALIDATOR.test(calleeName2(ts, a.expression)));
      const chain = /* @__PURE__ */ new Set([r.root, ...r.edges.map((e) => e.child)]);
      const errors = errorHandlers.filter((h) => chain.has(h.owner)).flatMap((h) => errorHandlerStatuses(ctx, h.ref));
      const statuses = [...data.declared?.statuses ?? [], ...validated ? [400] : [], ...writeErrors(data.method, errors)];
      const point = argsRoutePoint(ctx, "hono", data, r.path, r.middleware, app, r.refs, statuses);
      if (data.declared?.body && !point.details.body) point.details.body = data.declared.body;
      const prefixFrom = mountFrom(r, /* @__PURE__ */ new Map(), edgeFrom) ?? r.route.data.prefixFrom;
      if (prefixFrom) point.details.prefixFrom = prefixFrom;
      return point;
    });
  }
};
function pathValue(ctx, file, expr, consts) {
  const literal3 = stringValue(ctx.ts, expr, consts);
  return literal3 !== void 0 ? { value: literal3 } : configPath(ctx, file, expr, consts);
}
function stringList(ts, expr, consts) {
  if (ts.isArrayLiteralExpression(expr)) {
    const all = expr.elements.map((e) => stringValue(ts, e, consts));
    return all.length > 0 && all.every((s) => s !== void 0) ? all : void 0;
  }
  const one = stringValue(ts, expr, consts);
  return one === void 0 ? void 0 : [one];
}
function chainPath(ts, receiver, consts) {
  let expr = receiver;
  while (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) {
    const method = expr.expression.name.text;
    const args = method === "on" ? expr.arguments.slice(1) : expr.arguments;
    const first = VERBS4.has(method) || method === "on" ? args[0] && stringList(ts, args[0], consts) : void 0;
    if (first?.[0] !== void 0) return first[0];
    expr = expr.expression.expression;
  }
  return "/";
}
function calleeName2(ts, callee) {
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
}
function openApiRoute(ctx, file, expr) {
  const { ts } = ctx;
  const origin = originOf(ctx, file, expr);
  const call = origin?.node;
  if (!call || !ts.isCallExpression(call) || importedFrom(ctx, origin.file, call.expression)?.imported !== "createRoute") return void 0;
  const config = call.arguments[0];
  if (!config || !ts.isObjectLiteralExpression(config)) return void 0;
  const prop2 = (obj, name) => {
    for (const p of obj.properties)
      if (ts.isPropertyAssignment(p) && p.name.getText(origin.file.sf).replace(/['"]/g, "") === name) return p.initializer;
    return void 0;
  };
  const method = literalValue2(ctx, origin.file, prop2(config, "method") ?? config);
  const path32 = literalValue2(ctx, origin.file, prop2(config, "path") ?? config);
  if (typeof method !== "string" || typeof path32 !== "string") return void 0;
  const statuses = [];
  const responses = prop2(config, "responses");
  if (responses && ts.isObjectLiteralExpression(responses)) {
    for (const p of responses.properties) {
      const key = p.name && (ts.isNumericLiteral(p.name) || ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) ? p.name.text : "";
      if (/^[1-5]\d\d$/.test(key)) statuses.push(Number(key));
    }
  }
  let body;
  let validated = false;
  const request = prop2(config, "request");
  if (request && ts.isObjectLiteralExpression(request)) {
    validated = ["body", "params", "query", "headers", "cookies"].some((k) => prop2(request, k));
    if (validated) statuses.push(400);
    const content = request && prop2(request, "body");
    const media = content && ts.isObjectLiteralExpression(content) ? prop2(content, "content") : void 0;
    const json = media && ts.isObjectLiteralExpression(media) ? prop2(media, "application/json") : void 0;
    const schema = json && ts.isObjectLiteralExpression(json) ? prop2(json, "schema") : void 0;
    if (schema) body = readSchema(ts, schema, schemaLookup(ctx, origin.file));
  }
  const middleware = prop2(config, "middleware");
  const list = middleware ? ts.isArrayLiteralExpression(middleware) ? [...middleware.elements] : [middleware] : [];
  return {
    method: method.toUpperCase(),
    path: path32.replace(/\{([A-Za-z0-9_]+)\}/g, ":$1"),
    ...body ? { body } : {},
    statuses,
    validated,
    middleware: list.map((e) => ({ expr: e, file: origin.file }))
  };
}
function validationHook(ctx, file, expr) {
  const fn = handlerFunction(ctx, file, expr);
  const statuses = fn ? statusesIn(ctx, fn.node).filter((s) => s >= 400 && s < 500) : [];
  return statuses.length ? statuses : void 0;
}
function defaultHook(ctx, instance) {
  const { ts } = ctx;
  const opts = instance && ts.isNewExpression(instance.node) ? instance.node.arguments?.[0] : void 0;
  if (!opts || !ts.isObjectLiteralExpression(opts)) return void 0;
  for (const p of opts.properties) {
    if (p.name?.getText(instance.file.sf) !== "defaultHook") continue;
    if (ts.isPropertyAssignment(p)) return validationHook(ctx, instance.file, p.initializer);
    if (ts.isShorthandPropertyAssignment(p)) return validationHook(ctx, instance.file, p.name);
    if (ts.isMethodDeclaration(p)) return validationHook(ctx, instance.file, p);
  }
  return void 0;
}
function firstReturned(ts, body) {
  let found2;
  forEachDeep(ts, body, (n) => {
    if (found2) return "stop";
    if (ts.isReturnStatement(n) && n.expression) found2 = n.expression;
    return isFunctionLike(ts, n) || ts.isClassLike(n) ? "skip" : void 0;
  });
  return found2;
}
function within(inner, outer) {
  return inner.getSourceFile() === outer.getSourceFile() && inner.pos >= outer.pos && inner.end <= outer.end;
}
function boundCall(ctx, file, expr, depth2 = 0) {
  const { ts } = ctx;
  if (depth2 > 16) return void 0;
  const e = unwrapValue(ts, expr);
  if (ts.isCallExpression(e)) {
    const mod = requiredFile(ctx, file, e);
    return mod ? exportedCall(ctx, mod, "default", depth2 + 1) : { file, call: e };
  }
  if (!ts.isIdentifier(e)) return void 0;
  const decl = declarationOf(ctx, file, e);
  if (!decl) return void 0;
  if ("module" in decl) {
    const target = ctx.resolve(file, decl.module);
    return target && exportedCall(ctx, target, decl.imported === "*" ? "default" : decl.imported, depth2 + 1);
  }
  const init = ts.isVariableDeclaration(decl.node) ? decl.node.initializer : void 0;
  return init ? boundCall(ctx, decl.file, init, depth2 + 1) : void 0;
}
function exportedCall(ctx, target, name, depth2) {
  const { ts } = ctx;
  for (const stmt of target.sf.statements) {
    if (name === "default" && ts.isExportAssignment(stmt)) return boundCall(ctx, target, stmt.expression, depth2 + 1);
    if (!ts.isExportDeclaration(stmt) || !stmt.moduleSpecifier || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    const from = ctx.resolve(target, stmt.moduleSpecifier.text);
    if (!from) continue;
    if (!stmt.exportClause && name !== "default") {
      const hit = exportedCall(ctx, from, name, depth2 + 1);
      if (hit) return hit;
    } else if (stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      const el = stmt.exportClause.elements.find((x) => x.name.text === name);
      if (el) return exportedCall(ctx, from, (el.propertyName ?? el.name).text, depth2 + 1);
    }
  }
  const local = exportedLocal(ts, target.sf, name);
  if (!local) return void 0;
  for (const stmt of target.sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    const decl = stmt.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === local);
    if (decl?.initializer) return boundCall(ctx, target, decl.initializer, depth2 + 1);
  }
  return void 0;
}

// src/discover/detectors/koa.ts
var VERBS5 = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "del", "head", "options", "all"]);
var ROUTER_MODULES = /* @__PURE__ */ new Set(["@koa/router", "koa-router"]);
var CHAINABLE4 = /* @__PURE__ */ new Set([...VERBS5, "use", "prefix", "param", "redirect", "register"]);
var koa = {
  name: "koa",
  kind: "http",
  packages: ["koa", "@koa/router", "koa-router"],
  hints: /\.(?:routes|allowedMethods|prefix)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const graph = emptyGraph();
    const created = /* @__PURE__ */ new Map();
    const params = /* @__PURE__ */ new Map();
    const nodeFrom = /* @__PURE__ */ new Map();
    const edgeFrom = /* @__PURE__ */ new Map();
    for (const file of ctx.files) {
      const names = new Set(file.imports.filter((b) => b.module === "koa" || ROUTER_MODULES.has(b.module)).map((b) => b.local));
      if (names.size === 0) continue;
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!(ts.isNewExpression(node) || ts.isCallExpression(node)) || !ts.isIdentifier(node.expression) || !names.has(node.expression.text))
          return;
        const from = importedFrom(ctx, file, node.expression)?.module;
        if (from !== "koa" && !ROUTER_MODULES.has(from ?? "")) return;
        const key = nodeKey(file, node);
        created.set(key, { file, node, isApp: from === "koa" });
        const prefix = from === "koa" ? void 0 : optionPath(ctx, file, node.arguments?.[0], "prefix", consts);
        addNode(graph, key, prefix?.value ?? "");
        if (prefix?.from) nodeFrom.set(key, prefix.from);
      });
    }
    const ownerOf = (file, expr, depth2 = 0) => {
      if (depth2 > 12) return void 0;
      const origin = originOf(ctx, file, expr);
      if (!origin) return void 0;
      const key = nodeKey(origin.file, origin.node);
      if (created.has(key)) return key;
      if (ts.isParameter(origin.node)) return paramNode(ctx, graph, params, origin.file, origin.node);
      const node = origin.node;
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        if (CHAINABLE4.has(method) || method === "routes" || method === "middleware")
          return ownerOf(origin.file, node.expression.expression, depth2 + 1);
      }
      return void 0;
    };
    for (const file of ctx.files) {
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        if (!VERBS5.has(method) && method !== "use" && method !== "prefix") return;
        const owner = ownerOf(file, node.expression.expression);
        if (!owner) return;
        const at = { file: file.path, pos: node.expression.name.getStart(file.sf) };
        const args = node.arguments;
        if (method === "prefix") {
          const prefix = args[0] && pathValue2(ctx, file, args[0], consts);
          if (!prefix) return;
          graph.nodes.get(owner).prefix = prefix.value;
          if (prefix.from) nodeFrom.set(owner, prefix.from);
          else nodeFrom.delete(owner);
          return;
        }
        if (method === "use") {
          const read3 = args[0] && !pathList2(ts, args[0], consts) ? configPath(ctx, file, args[0], consts) : void 0;
          const config = read3?.value.startsWith("/") ? read3 : void 0;
          const paths2 = config ? [config.value] : args[0] ? pathList2(ts, args[0], consts) : void 0;
          const rest2 = paths2 ? args.slice(1) : [...args];
          const names = [];
          const refs = [];
          for (const { file: argFile, expr: arg } of rest2.flatMap((a) => loopValues(ctx, file, a) ?? [{ file, expr: a }])) {
            const mounted = mountOf(ctx, argFile, arg, consts);
            const child = ownerOf(mounted?.file ?? argFile, mounted?.expr ?? arg);
            if (child && child !== owner) {
              for (const p of paths2 ?? [""]) {
                const edge = { parent: owner, child, prefix: joinPrefix(mounted?.prefix.value, p), at };
                graph.edges.push(edge);
                const from = mounted?.prefix.from ?? config?.from;
                if (from) edgeFrom.set(edge, from);
              }
            } else if (!mounted) {
              names.push(...middlewareNames(ts, arg));
              refs.push({ expr: arg, file });
            }
          }
          if (names.length) {
            for (const p of paths2 ?? [void 0]) graph.uses.push({ owner, at, names, refs, path: p === void 0 ? void 0 : `${p}/*` });
          }
          return;
        }
        let rest = [...args];
        const first = rest[0] && stringValue(ts, rest[0], consts);
        if (first !== void 0 && !first.startsWith("/") && rest[1] && pathList2(ts, rest[1], consts)) rest = rest.slice(1);
        const paths = rest[0] ? pathList2(ts, rest[0], consts) : void 0;
        if (!paths) return;
        const handlers = rest.slice(1);
        const verb = method === "del" ? "DELETE" : method.toUpperCase();
        for (const path32 of paths) {
          graph.routes.push({
            owner,
            path: path32,
            at,
            names: handlers.slice(0, -1).flatMap((h) => middlewareNames(ts, h)),
            refs: handlers.slice(0, -1).map((h) => ({ expr: h, file })),
            data: { method: verb, file, line: lineOf(file.sf, node.expression.name), args: handlers }
          });
        }
      });
    }
    const sites = callSitesOf(ctx, [...new Set([...params.values()].map((p) => p.fn))]);
    for (const param of params.values()) {
      for (const site of sites.get(param.fn) ?? []) {
        const arg = site.call.arguments[param.index];
        const parent = arg && ownerOf(site.file, arg);
        if (parent && parent !== param.key)
          graph.edges.push({ parent, child: param.key, prefix: "", at: { file: site.file.path, pos: site.call.getStart(site.file.sf) } });
      }
    }
    return resolveRoutes(graph).map((r) => {
      const root = created.get(r.root);
      const app = root?.isApp ? appEntryOf(ctx, root.file, [root.node], "koa") : void 0;
      const errors = r.refs.filter((ref) => isErrorMiddleware(ctx, ref)).flatMap((ref) => errorHandlerStatuses(ctx, ref));
      const point = argsRoutePoint(ctx, "koa", r.route.data, r.path, r.middleware, app, r.refs, writeErrors(r.route.data.method, errors));
      const prefixFrom = mountFrom(r, nodeFrom, edgeFrom);
      if (prefixFrom) point.details.prefixFrom = prefixFrom;
      return point;
    });
  }
};
function pathList2(ts, expr, consts) {
  if (ts.isArrayLiteralExpression(expr)) {
    const all = expr.elements.map((e) => stringValue(ts, e, consts));
    return all.length > 0 && all.every((s) => s !== void 0 && s.startsWith("/")) ? all : void 0;
  }
  const one = stringValue(ts, expr, consts);
  return one !== void 0 && (one.startsWith("/") || one === "") ? [one] : void 0;
}
function loopValues(ctx, file, arg) {
  const { ts } = ctx;
  let base = arg;
  while (ts.isCallExpression(base)) {
    const callee = base.expression;
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
    if (!ts.isPropertyAccessExpression(callee) || !(CHAINABLE4.has(method) || method === "routes" || method === "middleware"))
      return void 0;
    base = callee.expression;
  }
  if (!ts.isIdentifier(base)) return void 0;
  const loop = iteratedValues(ctx, file, base);
  return loop?.values.map((expr) => ({ file: loop.file, expr }));
}
function joinPrefix(a, b) {
  return `${a ?? ""}${b}`;
}
function mountOf(ctx, file, arg, consts) {
  const { ts } = ctx;
  if (!ts.isCallExpression(arg) || importedFrom(ctx, file, arg.expression)?.module !== "koa-mount") return void 0;
  const [first, second] = arg.arguments;
  const prefix = first && pathValue2(ctx, file, first, consts);
  if (prefix && second) return { prefix, expr: second, file };
  return first && !second ? { prefix: { value: "" }, expr: first, file } : void 0;
}
function pathValue2(ctx, file, expr, consts) {
  const literal3 = stringValue(ctx.ts, expr, consts);
  return literal3 !== void 0 ? { value: literal3 } : configPath(ctx, file, expr, consts);
}
function optionPath(ctx, file, expr, key, consts) {
  const { ts } = ctx;
  if (!expr || !ts.isObjectLiteralExpression(expr)) return void 0;
  for (const p of expr.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === key) return pathValue2(ctx, file, p.initializer, consts);
  }
  return void 0;
}

// src/discover/schemas/class-validator.ts
var MAX_DEPTH5 = 8;
var TYPES = {
  IsString: { type: "string" },
  IsInt: { type: "integer" },
  IsNumber: { type: "number" },
  IsNumberString: { type: "string" },
  IsBoolean: { type: "boolean" },
  IsEmail: { type: "string", format: "email" },
  IsUUID: { type: "string", format: "uuid" },
  IsUrl: { type: "string", format: "uri" },
  IsDateString: { type: "string", format: "date-time" },
  IsISO8601: { type: "string", format: "date-time" },
  IsDate: { type: "string", format: "date-time" },
  IsArray: { type: "array" },
  IsObject: { type: "object" }
};
function classValidatorSchema(ctx, file, cls, depth2 = 0) {
  const props = classProperties(ctx, file, cls, depth2);
  if (!props) return void 0;
  const properties = {};
  const required2 = [];
  for (const p of props) {
    properties[p.name] = p.schema;
    if (p.required) required2.push(p.name);
  }
  return { type: "object", properties, required: required2 };
}
function classOf(ctx, file, expr) {
  const origin = originOf(ctx, file, expr);
  return origin && ctx.ts.isClassLike(origin.node) ? { file: origin.file, cls: origin.node } : void 0;
}
function classProperties(ctx, file, cls, depth2) {
  const { ts } = ctx;
  if (depth2 > MAX_DEPTH5) return void 0;
  const inherited = [];
  const heritage = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  if (heritage) {
    const base = baseProperties(ctx, file, heritage.expression, depth2 + 1);
    if (base === "zod") return zodProperties(ctx, file, heritage.expression);
    inherited.push(...base ?? []);
  }
  const own = [];
  for (const member2 of cls.members) {
    if (!ts.isPropertyDeclaration(member2) || !ts.isIdentifier(member2.name)) continue;
    if (member2.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
    own.push(property(ctx, file, member2, depth2));
  }
  const names = new Set(own.map((p) => p.name));
  return [...inherited.filter((p) => !names.has(p.name)), ...own];
}
function baseProperties(ctx, file, expr, depth2) {
  const { ts } = ctx;
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) {
    const [first, second] = expr.arguments;
    const keys = (e) => {
      const inner = e && (ts.isAsExpression(e) ? e.expression : e);
      return inner && ts.isArrayLiteralExpression(inner) ? inner.elements.filter(ts.isStringLiteralLike).map((s) => s.text) : [];
    };
    const of = (e) => e ? baseProperties(ctx, file, e, depth2 + 1) ?? [] : [];
    switch (expr.expression.text) {
      case "PartialType":
        return of(first).map((p) => ({ ...p, required: false }));
      case "PickType":
        return of(first).filter((p) => keys(second).includes(p.name));
      case "OmitType":
        return of(first).filter((p) => !keys(second).includes(p.name));
      case "IntersectionType":
        return expr.arguments.flatMap((a) => of(a));
      case "createZodDto":
        return "zod";
      default:
        return void 0;
    }
  }
  const base = classOf(ctx, file, expr);
  return base ? classProperties(ctx, base.file, base.cls, depth2) : void 0;
}
function zodProperties(ctx, file, call) {
  const { ts } = ctx;
  const arg = ts.isCallExpression(call) ? call.arguments[0] : void 0;
  const schema = arg && readSchema(ts, arg, schemaLookup(ctx, file));
  if (!schema?.properties) return void 0;
  return Object.entries(schema.properties).map(([name, s]) => ({ name, schema: s, required: schema.required?.includes(name) ?? false }));
}
function property(ctx, file, member2, depth2) {
  const { ts } = ctx;
  const name = member2.name.text;
  let schema = {};
  let optional = member2.questionToken !== void 0;
  let typed = false;
  let each = false;
  let nested;
  for (const deco of ts.canHaveDecorators(member2) ? ts.getDecorators(member2) ?? [] : []) {
    const call = deco.expression;
    const decoName3 = ts.isCallExpression(call) ? call.expression.getText(file.sf) : call.getText(file.sf);
    const args = ts.isCallExpression(call) ? call.arguments : [];
    const num = (i) => {
      const a = args[i];
      if (!a) return void 0;
      if (ts.isNumericLiteral(a)) return Number(a.text);
      if (ts.isPrefixUnaryExpression(a) && a.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(a.operand))
        return -Number(a.operand.text);
      return void 0;
    };
    const base = TYPES[decoName3];
    if (base) {
      if (decoName3 === "IsArray") schema = { ...schema, type: "array" };
      else {
        typed = true;
        schema = { ...schema, ...base };
      }
      if (args.some(
        (a) => ts.isObjectLiteralExpression(a) && a.properties.some(
          (p) => p.name?.getText(file.sf) === "each" && ts.isPropertyAssignment(p) && p.initializer.kind === ts.SyntaxKind.TrueKeyword
        )
      ))
        each = true;
      continue;
    }
    switch (decoName3) {
      case "IsOptional":
      case "ApiPropertyOptional":
        optional = true;
        break;
      case "ApiProperty": {
        const opts = args[0];
        if (opts && ts.isObjectLiteralExpression(opts)) {
          for (const p of opts.properties)
            if (ts.isPropertyAssignment(p) && p.name.getText(file.sf) === "required" && p.initializer.kind === ts.SyntaxKind.FalseKeyword)
              optional = true;
        }
        break;
      }
      case "Min":
        schema = { ...schema, minimum: num(0) };
        break;
      case "Max":
        schema = { ...schema, maximum: num(0) };
        break;
      case "IsPositive":
        schema = { ...schema, minimum: 1 };
        break;
      case "MinLength":
        schema = { ...schema, minLength: num(0) };
        break;
      case "MaxLength":
        schema = { ...schema, maxLength: num(0) };
        break;
      case "Length":
        schema = { ...schema, minLength: num(0), ...num(1) !== void 0 ? { maxLength: num(1) } : {} };
        break;
      case "Matches": {
        const re = args[0];
        if (re && ts.isRegularExpressionLiteral(re)) schema = { ...schema, pattern: re.text.slice(1, re.text.lastIndexOf("/")) };
        else if (re && ts.isStringLiteralLike(re)) schema = { ...schema, pattern: re.text };
        break;
      }
      case "IsNotEmpty":
        if (schema.minLength === void 0) schema = { ...schema, ...{ [NOT_EMPTY]: true } };
        break;
      case "IsIn":
      case "IsEnum": {
        const values = args[0] ? enumValues(ctx, file, args[0]) : void 0;
        if (values) {
          typed = true;
          schema = { ...schema, type: values.every((v) => typeof v === "number") ? "number" : "string", enum: values };
        }
        break;
      }
      case "Type": {
        const fn = args[0];
        if (fn && ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) nested = fn.body;
        break;
      }
      default:
        break;
    }
  }
  if (nested) {
    const target = classOf(ctx, file, nested);
    const inner = target && classValidatorSchema(ctx, target.file, target.cls, depth2 + 1);
    if (inner) {
      if (schema.type === "array" || each) schema = { ...schema, type: "array", items: inner };
      else schema = { ...schema, ...inner };
      typed = true;
    }
  }
  if (!typed && member2.type)
    schema = {
      ...typeSchema(ts, member2.type),
      ...schema,
      ...schema.type === "array" ? { items: typeSchema(ts, member2.type).items } : {}
    };
  if (each && schema.type !== "array") {
    const { type, format, enum: values, minLength, maxLength, minimum, maximum } = schema;
    schema = { type: "array", items: clean({ type, format, enum: values, minLength, maxLength, minimum, maximum }) };
  }
  const notEmpty = schema[NOT_EMPTY] === true;
  delete schema[NOT_EMPTY];
  if (notEmpty && schema.type === "string" && schema.minLength === void 0) schema.minLength = 1;
  return { name, schema: clean(schema), required: !optional };
}
var NOT_EMPTY = "\0notEmpty";
function clean(schema) {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== void 0));
}
function typeSchema(ts, type) {
  if (type.kind === ts.SyntaxKind.StringKeyword) return { type: "string" };
  if (type.kind === ts.SyntaxKind.NumberKeyword) return { type: "number" };
  if (type.kind === ts.SyntaxKind.BooleanKeyword) return { type: "boolean" };
  if (ts.isArrayTypeNode(type)) return { type: "array", items: typeSchema(ts, type.elementType) };
  if (ts.isTypeReferenceNode(type) && type.typeName.getText() === "Date") return { type: "string", format: "date-time" };
  if (ts.isUnionTypeNode(type)) {
    const literals = type.types.filter(ts.isLiteralTypeNode).map((t2) => t2.literal);
    if (literals.length === type.types.length && literals.every((l) => ts.isStringLiteral(l)))
      return { type: "string", enum: literals.map((l) => l.text) };
  }
  return {};
}
function enumValues(ctx, file, expr) {
  const { ts } = ctx;
  const literal3 = (e) => ts.isStringLiteralLike(e) ? e.text : ts.isNumericLiteral(e) ? Number(e.text) : void 0;
  if (ts.isArrayLiteralExpression(expr)) {
    const values = expr.elements.map(literal3);
    return values.every((v) => v !== void 0) ? values : void 0;
  }
  if (ts.isCallExpression(expr) && /^Object\.values$/.test(expr.expression.getText(file.sf)) && expr.arguments[0])
    return enumValues(ctx, file, expr.arguments[0]);
  const origin = originOf(ctx, file, expr);
  if (!origin) return void 0;
  const node = ts.isAsExpression(origin.node) ? origin.node.expression : origin.node;
  if (ts.isEnumDeclaration(node)) {
    const out = [];
    let next = 0;
    for (const m of node.members) {
      const v = m.initializer ? literal3(m.initializer) : next;
      if (v === void 0) return void 0;
      out.push(v);
      if (typeof v === "number") next = v + 1;
    }
    return out;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const values = node.properties.map((p) => ts.isPropertyAssignment(p) ? literal3(p.initializer) : void 0);
    return values.every((v) => v !== void 0) ? values : void 0;
  }
  if (ts.isArrayLiteralExpression(node)) return enumValues(ctx, origin.file, node);
  return void 0;
}

// src/discover/detectors/nest-app.ts
import path8 from "node:path";
var SETUP = /* @__PURE__ */ new Set([
  "setGlobalPrefix",
  "useGlobalPipes",
  "useGlobalFilters",
  "useGlobalInterceptors",
  "useGlobalGuards",
  "enableVersioning"
]);
var VALIDATING_PIPE = /^Parse\w*Pipe$|ValidationPipe$/;
var SERVICE_DEPTH = 2;
function decoratorsOf(ts, node) {
  return ts.canHaveDecorators(node) ? ts.getDecorators(node) ?? [] : [];
}
function decoName(ts, deco) {
  const e = deco.expression;
  const callee = ts.isCallExpression(e) ? e.expression : e;
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
}
function decoArgs(ts, deco) {
  return ts.isCallExpression(deco.expression) ? deco.expression.arguments : [];
}
function nestStatuses(ctx, file, member2, method, validatedBody) {
  const { ts } = ctx;
  const decos = decoratorsOf(ts, member2);
  const out = [];
  const httpCode = decos.find((d) => decoName(ts, d) === "HttpCode");
  const code = httpCode && statusValue(ts, decoArgs(ts, httpCode)[0]);
  if (code) out.push(code);
  else if (!decos.some((d) => decoName(ts, d) === "Redirect")) out.push(method === "POST" ? 201 : 200);
  if (member2.body) out.push(...thrownBy(ctx, file, member2, 0));
  const pipes = [
    ...member2.parameters.flatMap((p) => decoratorsOf(ts, p).flatMap((d) => decoArgs(ts, d))),
    ...[...decos, ...ts.isClassLike(member2.parent) ? decoratorsOf(ts, member2.parent) : []].filter((d) => decoName(ts, d) === "UsePipes").flatMap((d) => decoArgs(ts, d))
  ];
  const validates = pipes.some((a) => {
    const callee = ts.isNewExpression(a) ? a.expression : a;
    return (ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)) && VALIDATING_PIPE.test(callee.getText(file.sf));
  });
  if (validates || validatedBody) out.push(400);
  return sortedStatuses(out);
}
function thrownBy(ctx, file, fn, depth2) {
  const { ts } = ctx;
  const out = statusesIn(ctx, fn);
  if (depth2 >= SERVICE_DEPTH || !fn.body) return out;
  const cls = fn.parent;
  if (!ts.isClassLike(cls)) return out;
  const seen = /* @__PURE__ */ new Set();
  forEachDeep(ts, fn.body, (n) => {
    if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression)) return;
    const target = n.expression.expression;
    if (target.kind === ts.SyntaxKind.ThisKeyword) {
      const own = cls.members.find(
        (m) => ts.isMethodDeclaration(m) && m.name.getText(file.sf) === n.expression.name.text
      );
      if (own && own !== fn && !seen.has(own)) {
        seen.add(own);
        out.push(...thrownBy(ctx, file, own, depth2 + 1));
      }
      return;
    }
    if (!ts.isPropertyAccessExpression(target) || target.expression.kind !== ts.SyntaxKind.ThisKeyword) return;
    const service = injectedClass(ctx, file, cls, target.name.text);
    const called = service?.cls.members.find(
      (m) => ts.isMethodDeclaration(m) && m.name.getText(service.file.sf) === n.expression.name.text
    );
    if (!service || !called || seen.has(called)) return;
    seen.add(called);
    out.push(...thrownBy(ctx, service.file, called, depth2 + 1));
  });
  return sortedStatuses(out);
}
function injectedClass(ctx, file, cls, name) {
  const { ts } = ctx;
  let type;
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m) && m.name.getText(file.sf) === name) type = m.type;
    if (ts.isConstructorDeclaration(m)) {
      for (const p of m.parameters) if (ts.isIdentifier(p.name) && p.name.text === name && p.modifiers?.length) type = p.type;
    }
  }
  if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return void 0;
  return classOf(ctx, file, type.typeName);
}
function nestSetup(ctx, file, create) {
  const { ts } = ctx;
  let fn = create.parent;
  while (fn && !isFunctionLike(ts, fn)) fn = fn.parent;
  const body = fn && isFunctionLike(ts, fn) && fn.body && ts.isBlock(fn.body) ? fn.body : void 0;
  if (!body) return void 0;
  const at = body.statements.findIndex((s) => s.pos <= create.pos && create.end <= s.end);
  const created = body.statements[at];
  const decl = created && ts.isVariableStatement(created) ? created.declarationList.declarations.find((d) => d.initializer && d.pos <= create.pos && create.end <= d.end) : void 0;
  if (!decl || !ts.isIdentifier(decl.name)) return void 0;
  const appName = decl.name.text;
  const kept = [];
  for (const stmt of body.statements.slice(at + 1)) {
    if (/\.listen\s*\(/.test(stmt.getText(file.sf)) && referencesName(ts, stmt, appName)) break;
    if (ts.isExpressionStatement(stmt) && isSetupCall(ts, stmt.expression, appName)) kept.push(stmt);
  }
  if (kept.length === 0) return void 0;
  const declared2 = /* @__PURE__ */ new Map();
  for (const stmt of [...file.sf.statements, ...body.statements]) {
    if (stmt === created || stmt === fn) continue;
    for (const name of declaredNames(ts, stmt)) if (name !== appName) declared2.set(name, stmt);
  }
  const needed = new Set(kept);
  const queue = [...kept];
  const used = /* @__PURE__ */ new Set();
  while (queue.length) {
    const stmt = queue.pop();
    for (const name of referencedNames(ts, stmt)) {
      used.add(name);
      const d = declared2.get(name);
      if (d && !needed.has(d)) {
        needed.add(d);
        queue.push(d);
      }
    }
  }
  const order = [...file.sf.statements, ...body.statements];
  const statements = order.filter((s) => needed.has(s)).map((s) => renamed(ts, file, s, appName));
  const imports = /* @__PURE__ */ new Map();
  for (const b of file.imports) {
    if (!used.has(b.local) || !b.local) continue;
    const from = b.module.startsWith(".") ? ctx.resolve(file, b.module)?.path ?? path8.posix.normalize(path8.posix.join(path8.posix.dirname(file.path), b.module)) : b.module;
    const name = b.imported === "*" ? `* as ${b.local}` : b.imported === b.local ? b.local : `${b.imported} as ${b.local}`;
    imports.set(from, /* @__PURE__ */ new Set([...imports.get(from) ?? [], name]));
  }
  return {
    file: file.path,
    statements,
    imports: [...imports].map(([from, names]) => ({ from, names: [...names] }))
  };
}
function isSetupCall(ts, expr, appName) {
  let e = ts.isAwaitExpression(expr) ? expr.expression : expr;
  let any = false;
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    if (!SETUP.has(e.expression.name.text)) return false;
    any = true;
    e = e.expression.expression;
  }
  return any && ts.isIdentifier(e) && e.text === appName;
}
function declaredNames(ts, stmt) {
  if (ts.isVariableStatement(stmt)) return stmt.declarationList.declarations.flatMap((d) => ts.isIdentifier(d.name) ? [d.name.text] : []);
  if ((ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt)) && stmt.name) return [stmt.name.text];
  return [];
}
function referencedNames(ts, node) {
  const out = /* @__PURE__ */ new Set();
  forEachDeep(ts, node, (n) => {
    if (!ts.isIdentifier(n)) return;
    const p = n.parent;
    if (ts.isPropertyAccessExpression(p) && p.name === n) return;
    if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name === n) return;
    if ((ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isParameter(p)) && p.name === n) return;
    out.add(n.text);
  });
  return out;
}
function referencesName(ts, node, name) {
  return referencedNames(ts, node).has(name);
}
function renamed(ts, file, stmt, appName) {
  const start = stmt.getStart(file.sf);
  const text = file.text.slice(start, stmt.end);
  if (appName === "app") return text;
  const spots = [];
  forEachDeep(ts, stmt, (n) => {
    if (ts.isIdentifier(n) && n.text === appName && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n))
      spots.push(n.getStart(file.sf) - start);
  });
  let out = text;
  for (const at of spots.sort((a, b) => b - a)) out = `${out.slice(0, at)}app${out.slice(at + appName.length)}`;
  return out;
}

// src/discover/detectors/nestjs.ts
var METHODS = {
  Get: "GET",
  Post: "POST",
  Put: "PUT",
  Patch: "PATCH",
  Delete: "DELETE",
  Options: "OPTIONS",
  Head: "HEAD",
  All: "ALL",
  Search: "SEARCH"
};
var PUBLIC = /^(?:Public|IsPublic|SkipAuth|NoAuth|AllowAnonymous|Anonymous)$/;
var GUARD_DECORATOR = /^(?!Api).*(?:Auth|Guard)/;
var nestjs = {
  name: "nestjs",
  kind: "http",
  packages: ["@nestjs/core", "@nestjs/common"],
  detect(ctx) {
    const { ts } = ctx;
    const configs = appConfigs(ctx);
    const modulePrefixes = routerModulePrefixes(ctx);
    const middleware = consumerMiddleware(ctx);
    const points = [];
    for (const file of ctx.files) {
      if (!file.imports.some((b) => b.module === "@nestjs/common")) continue;
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const controller = decorator(ts, node, "Controller");
        if (!controller) return;
        const config = configFor(configs, file);
        const opts = controllerOptions(ctx, file, controller);
        const classDecos = decoratorsOf2(ts, node);
        const classGuards = guardNames(ts, file, classDecos);
        const classGuardRefs = guardRefs(ctx, file, classDecos);
        const modulePrefix = modulePrefixes.get(node.name.text) ?? "";
        for (const member2 of node.members) {
          if (!ts.isMethodDeclaration(member2)) continue;
          const decos = decoratorsOf2(ts, member2);
          for (const deco of decos) {
            const method = METHODS[decoName2(ts, deco)];
            if (!method) continue;
            const subPaths = stringList2(ctx, file, callArgs(ts, deco)[0]) ?? [""];
            const versionDeco = decos.find((d) => decoName2(ts, d) === "Version");
            const versions = versionDeco ? stringList2(ctx, file, callArgs(ts, versionDeco)[0]) ?? [] : opts.versions ?? config.versioning?.defaults ?? [];
            const isPublic = [...decos, ...classDecos].some((d) => PUBLIC.test(decoName2(ts, d)));
            const guards = [...isPublic ? [] : config.guards, ...isPublic ? [] : classGuards, ...guardNames(ts, file, decos)];
            const refs = [...isPublic ? [] : [...config.guardRefs, ...classGuardRefs], ...guardRefs(ctx, file, decos)];
            const body = bodyOf(ctx, file, member2, decos);
            const statuses = nestStatuses(ctx, file, member2, method, config.validation && body !== void 0);
            const location = { file: file.path, line: lineOf(file.sf, deco) };
            const handler = { file: file.path, line: lineOf(file.sf, member2.name) };
            for (const controllerPath of opts.paths) {
              for (const sub of subPaths) {
                const local = joinPaths(modulePrefix, controllerPath, sub);
                const applied = middleware.filter(
                  (m) => m.routes.some(
                    (r) => r.controller === node.name.text || r.path !== void 0 && pathMatches2(r.path, local) && (!r.method || r.method === "ALL" || r.method === method)
                  )
                );
                const middlewareRefs = applied.flatMap((m) => m.refs);
                const excluded = config.exclude.some(
                  (e) => joinPaths(e.path) === local && (!e.method || e.method === method || e.method === "ALL")
                );
                const versionSegments = config.versioning && versions.length ? versions.map((v) => v === NEUTRAL ? "" : `${config.versioning.prefix}${v}`) : [""];
                for (const version of versionSegments) {
                  const full = joinPaths(excluded ? "" : config.prefix, version, local);
                  points.push(
                    httpPoint("nestjs", method, nestPath(full), location, {
                      auth: [...applied.flatMap((m) => m.names), ...guards],
                      body,
                      handler,
                      app: config.app,
                      webhook: webhookOf(ctx, full, file, [member2]),
                      statuses,
                      authInfo: guardInfoOf(ctx, [...middlewareRefs, ...refs]),
                      ...config.prefixFrom && !excluded ? { prefixFrom: config.prefixFrom } : {}
                    })
                  );
                }
              }
            }
          }
        }
      });
    }
    return points;
  }
};
var NEUTRAL = "\0neutral";
function nestPath(path32) {
  return path32.replace(/\(\.\*\)/g, "*");
}
function decoratorsOf2(ts, node) {
  return ts.canHaveDecorators(node) ? ts.getDecorators(node) ?? [] : [];
}
function decoName2(ts, deco) {
  const e = deco.expression;
  const callee = ts.isCallExpression(e) ? e.expression : e;
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
}
function callArgs(ts, deco) {
  return ts.isCallExpression(deco.expression) ? deco.expression.arguments : [];
}
function decorator(ts, node, name) {
  return decoratorsOf2(ts, node).find((d) => decoName2(ts, d) === name);
}
function guardNames(ts, file, decos) {
  const out = [];
  for (const d of decos) {
    const name = decoName2(ts, d);
    if (name === "UseGuards") out.push(...callArgs(ts, d).flatMap((a) => middlewareNames(ts, a)));
    else if (GUARD_DECORATOR.test(name) && !METHODS[name]) out.push(name);
  }
  return out;
}
function guardRefs(ctx, file, decos) {
  const { ts } = ctx;
  const out = [];
  for (const d of decos) {
    const name = decoName2(ts, d);
    if (name === "UseGuards") out.push(...callArgs(ts, d).map((expr) => ({ expr, file })));
    else if (GUARD_DECORATOR.test(name) && !METHODS[name]) {
      const callee = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
      const fn = originOf(ctx, file, callee);
      if (!fn || !isFunctionLike(ts, fn.node)) continue;
      forEachDeep(ts, fn.node, (n) => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "UseGuards")
          out.push(...n.arguments.map((expr) => ({ expr, file: fn.file })));
      });
    }
  }
  return out;
}
function stringList2(ctx, file, expr) {
  if (!expr) return void 0;
  if (isNeutral(ctx.ts, expr)) return [NEUTRAL];
  const value = literalValue2(ctx, file, expr);
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  if (ctx.ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((e) => stringList2(ctx, file, e) ?? []);
  return void 0;
}
function isNeutral(ts, expr) {
  return ts.isIdentifier(expr) && expr.text === "VERSION_NEUTRAL";
}
function controllerOptions(ctx, file, deco) {
  const { ts } = ctx;
  const arg = callArgs(ts, deco)[0];
  if (!arg) return { paths: [""] };
  if (ts.isObjectLiteralExpression(arg)) {
    let paths = [""];
    let versions;
    for (const p of arg.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const key = p.name.getText(file.sf);
      if (key === "path") paths = stringList2(ctx, file, p.initializer) ?? [""];
      if (key === "version") versions = stringList2(ctx, file, p.initializer);
    }
    return { paths, versions };
  }
  return { paths: stringList2(ctx, file, arg) ?? [""] };
}
function bodyOf(ctx, file, method, decos) {
  const { ts } = ctx;
  const pipeSchema = (args) => {
    for (const a of args) {
      if (ts.isNewExpression(a) && a.arguments?.[0]) {
        const schema = readSchema(ts, a.arguments[0], schemaLookup(ctx, file));
        if (schema) return schema;
      }
    }
    return void 0;
  };
  for (const param of method.parameters) {
    const body = decorator(ts, param, "Body");
    if (!body) continue;
    const args = callArgs(ts, body);
    let schema = pipeSchema(args);
    const type = param.type;
    if (!schema && type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const target = classOf(ctx, file, type.typeName);
      if (target) schema = classValidatorSchema(ctx, target.file, target.cls);
    }
    const key = args[0] && ts.isStringLiteralLike(args[0]) ? args[0].text : void 0;
    if (key !== void 0) return schema ? { type: "object", properties: { [key]: schema }, required: [key] } : void 0;
    if (schema) return schema;
  }
  const pipes = decos.find((d) => decoName2(ts, d) === "UsePipes");
  return pipes ? pipeSchema(callArgs(ts, pipes)) : void 0;
}
function appConfigs(ctx) {
  const { ts } = ctx;
  const out = /* @__PURE__ */ new Map();
  const get = (file) => {
    let c = out.get(file.packageDir);
    if (!c) {
      c = { prefix: "", exclude: [], guards: [], guardRefs: [], validation: false };
      out.set(file.packageDir, c);
    }
    return c;
  };
  for (const file of ctx.files) {
    if (!file.imports.some((b) => b.module.startsWith("@nestjs/"))) continue;
    forEachDeep(ts, file.sf, (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const props = new Map(node.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(file.sf), p.initializer]));
        const provide = props.get("provide");
        const guard = props.get("useClass") ?? props.get("useExisting");
        if (provide && ts.isIdentifier(provide) && provide.text === "APP_GUARD" && guard) {
          get(file).guards.push(...middlewareNames(ts, guard));
          get(file).guardRefs.push({ expr: guard, file });
        }
        const pipe = props.get("useClass") ?? props.get("useValue");
        if (provide && ts.isIdentifier(provide) && provide.text === "APP_PIPE" && pipe && /ValidationPipe/.test(pipe.getText(file.sf)))
          get(file).validation = true;
        return;
      }
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (method === "create" && node.expression.expression.getText(file.sf) === "NestFactory" && first && ts.isIdentifier(first)) {
        const binding = file.imports.find((b) => b.local === first.text);
        const target = binding && ctx.resolve(file, binding.module);
        const module = {
          file: target?.path ?? file.path,
          name: binding && binding.imported !== "default" && binding.imported !== "*" ? binding.imported : first.text
        };
        const setup = nestSetup(ctx, file, node);
        Object.assign(get(file), {
          module,
          app: withTestHelper(ctx, {
            file: module.file,
            framework: "nestjs",
            export: { name: module.name, type: "module" },
            ...setup ? { setup } : {}
          })
        });
      } else if (method === "setGlobalPrefix" && first) {
        const config = get(file);
        const prefix = literalValue2(ctx, file, first);
        const read3 = typeof prefix === "string" ? void 0 : configPath(ctx, file, first) ?? configServiceValue(ctx, file, first);
        if (typeof prefix === "string") config.prefix = prefix;
        else if (read3) Object.assign(config, { prefix: read3.value, prefixFrom: read3.from });
        const opts = second ? literalValue2(ctx, file, second) : void 0;
        const exclude = opts && typeof opts === "object" && !Array.isArray(opts) ? opts.exclude : void 0;
        if (Array.isArray(exclude)) config.exclude = exclude.flatMap(excludeEntry);
        if (second && ts.isObjectLiteralExpression(second)) config.exclude = excludeFromSource(ts, file, second) ?? config.exclude;
      } else if (method === "enableVersioning") {
        const opts = first ? literalValue2(ctx, file, first) : {};
        const o = opts && typeof opts === "object" && !Array.isArray(opts) ? opts : {};
        const typeText2 = first && ts.isObjectLiteralExpression(first) ? first.properties.find((p) => p.name?.getText(file.sf) === "type")?.getText(file.sf) : void 0;
        if (typeText2 && !/URI/.test(typeText2)) return;
        const defaults = first && ts.isObjectLiteralExpression(first) ? first.properties.find((p) => p.name?.getText(file.sf) === "defaultVersion") : void 0;
        const defaultList = defaults && ts.isPropertyAssignment(defaults) ? stringList2(ctx, file, defaults.initializer) : void 0;
        get(file).versioning = {
          prefix: o.prefix === false ? "" : typeof o.prefix === "string" ? o.prefix : "v",
          defaults: defaultList ?? []
        };
      } else if (method === "useGlobalGuards") {
        get(file).guards.push(...node.arguments.flatMap((a) => middlewareNames(ts, a)));
        get(file).guardRefs.push(...node.arguments.map((expr) => ({ expr, file })));
      } else if (method === "useGlobalPipes" && node.arguments.some((a) => /ValidationPipe/.test(a.getText(file.sf)))) {
        get(file).validation = true;
      }
    });
  }
  return out;
}
function configServiceValue(ctx, file, expr) {
  const { ts } = ctx;
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return void 0;
  if (!["get", "getOrThrow"].includes(expr.expression.name.text)) return void 0;
  const [key, fallback] = expr.arguments;
  const name = key && ts.isStringLiteralLike(key) ? key.text : void 0;
  if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return void 0;
  const service = originOf(ctx, file, expr.expression.expression);
  const node = service?.node;
  if (!node || !ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "get")
    return void 0;
  const token = node.arguments[0] && importedFrom(ctx, service.file, node.arguments[0]);
  if (token?.module !== "@nestjs/config" || token.imported !== "ConfigService") return void 0;
  return namedEnvValue(ctx, file, name, fallback);
}
function excludeEntry(e) {
  if (typeof e === "string") return [{ path: e }];
  if (e && typeof e === "object" && !Array.isArray(e) && typeof e.path === "string") return [{ path: e.path }];
  return [];
}
function excludeFromSource(ts, file, opts) {
  const exclude = opts.properties.find(
    (p) => ts.isPropertyAssignment(p) && p.name.getText(file.sf) === "exclude"
  );
  if (!exclude || !ts.isArrayLiteralExpression(exclude.initializer)) return void 0;
  return exclude.initializer.elements.flatMap((el) => {
    if (ts.isStringLiteralLike(el)) return [{ path: el.text }];
    if (!ts.isObjectLiteralExpression(el)) return [];
    let path32;
    let method;
    for (const p of el.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      if (p.name.getText(file.sf) === "path" && ts.isStringLiteralLike(p.initializer)) path32 = p.initializer.text;
      if (p.name.getText(file.sf) === "method" && ts.isPropertyAccessExpression(p.initializer)) method = p.initializer.name.text;
    }
    return path32 === void 0 ? [] : [{ path: path32, method }];
  });
}
function configFor(configs, file) {
  const own = configs.get(file.packageDir);
  if (own) return own;
  return configs.size === 1 ? [...configs.values()][0] : { prefix: "", exclude: [], guards: [], guardRefs: [], validation: false };
}
function routerModulePrefixes(ctx) {
  const { ts } = ctx;
  const moduleControllers = /* @__PURE__ */ new Map();
  const modulePaths = /* @__PURE__ */ new Map();
  const readRoutes = (file, list, parent) => {
    if (!ts.isArrayLiteralExpression(list)) return;
    for (const el of list.elements) {
      if (!ts.isObjectLiteralExpression(el)) continue;
      let path32 = "";
      let module;
      let children;
      for (const p of el.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        const key = p.name.getText(file.sf);
        if (key === "path") path32 = ts.isStringLiteralLike(p.initializer) ? p.initializer.text : "";
        if (key === "module" && ts.isIdentifier(p.initializer)) module = p.initializer.text;
        if (key === "children") children = p.initializer;
      }
      const full = joinPaths(parent, path32);
      if (module) modulePaths.set(module, full);
      if (children) readRoutes(file, children, full);
    }
  };
  for (const file of ctx.files) {
    if (!file.imports.some((b) => b.module === "@nestjs/core" || b.module === "@nestjs/common")) continue;
    forEachDeep(ts, file.sf, (node) => {
      if (ts.isCallExpression(node) && node.expression.getText(file.sf) === "RouterModule.register" && node.arguments[0])
        readRoutes(file, node.arguments[0], "");
      if (ts.isClassDeclaration(node) && node.name) {
        const mod = decorator(ts, node, "Module");
        const meta = mod && callArgs(ts, mod)[0];
        if (!meta || !ts.isObjectLiteralExpression(meta)) return;
        const controllers = meta.properties.find(
          (p) => ts.isPropertyAssignment(p) && p.name.getText(file.sf) === "controllers"
        );
        if (controllers && ts.isArrayLiteralExpression(controllers.initializer)) {
          moduleControllers.set(
            node.name.text,
            controllers.initializer.elements.filter(ts.isIdentifier).map((e) => e.text)
          );
        }
      }
    });
  }
  const out = /* @__PURE__ */ new Map();
  for (const [module, path32] of modulePaths) for (const c of moduleControllers.get(module) ?? []) out.set(c, path32);
  return out;
}
function consumerMiddleware(ctx) {
  const { ts } = ctx;
  const out = [];
  const selectors = (file, args) => args.flatMap((a) => {
    if (ts.isStringLiteralLike(a)) return [{ path: nestPattern(a.text) }];
    if (ts.isIdentifier(a)) return [{ controller: a.text }];
    if (!ts.isObjectLiteralExpression(a)) return [];
    const sel = {};
    for (const p of a.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const key = p.name.getText(file.sf);
      if (key === "path" && ts.isStringLiteralLike(p.initializer)) sel.path = nestPattern(p.initializer.text);
      if (key === "method" && ts.isPropertyAccessExpression(p.initializer)) sel.method = p.initializer.name.text;
    }
    return sel.path === void 0 ? [] : [sel];
  });
  for (const file of ctx.files) {
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "forRoutes")
        return;
      let names;
      let refs = [];
      const excluded = [];
      for (let e = node.expression.expression; ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression); e = e.expression.expression) {
        if (e.expression.name.text === "exclude") excluded.push(...selectors(file, e.arguments));
        if (e.expression.name.text === "apply") {
          names = e.arguments.flatMap((a) => middlewareNames(ts, a));
          refs = e.arguments.map((expr) => ({ expr, file }));
          break;
        }
      }
      if (!names?.length) return;
      const routes = selectors(file, node.arguments).filter(
        (r) => !excluded.some((x) => x.path === r.path && x.method === r.method && x.controller === r.controller)
      );
      out.push({ names, refs, routes });
    });
  }
  return out;
}
function nestPattern(path32) {
  return path32 === "*" || path32 === "(.*)" ? "*" : joinPaths(path32.replace(/\(\.\*\)/g, "*"));
}

// src/discover/detectors/nextjs.ts
var METHODS2 = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
var APP_ROUTE = /^((?:src\/)?app)\/(?:(.*)\/)?route\.(?:[cm]?[jt]sx?)$/;
var PAGES_API = /^((?:src\/)?pages)\/(api(?:\/.*)?)\.(?:[cm]?[jt]sx?)$/;
var INLINE_GUARD = "authorization";
var GUARD_CALL = /^(?:auth|getServerSession|getSession|currentUser|getCurrentUser|getAuth|getToken|require(?:Auth|User|Session|Admin|Role|Permission)\w*|verify\w*|authenticate|isAuthenticated|checkAuth|ensureAuth\w*|validateRequest|protect\w*|\w*(?:HasAccess|CanAccess|Permission)\w*)$/;
var nextjs = {
  name: "nextjs",
  kind: "http",
  packages: ["next"],
  hints: /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b|\.method\b|NextApi|\bres\.(?:status|json|send|end)\(/,
  // Route files are known by their path, not their imports: a handler may import nothing from Next.js.
  paths: /(?:^|\/)(?:src\/)?(?:app\/(?:.*\/)?route|pages\/api\/.*)\.[cm]?[jt]sx?$/,
  detect(ctx) {
    const points = [];
    for (const file of ctx.files) {
      const rel = file.packageDir ? file.path.slice(file.packageDir.length + 1) : file.path;
      const dir = (d) => withTestHelper(ctx, {
        file: file.packageDir ? `${file.packageDir}/${d}` : d,
        framework: "nextjs",
        export: { name: "", type: "routes" }
      });
      const app = APP_ROUTE.exec(rel);
      if (app) {
        const route2 = routePath(app[2] ?? "");
        if (route2 !== void 0) points.push(...appRoute(ctx, file, route2, dir(app[1])));
        continue;
      }
      const pages = PAGES_API.exec(rel);
      if (pages) {
        const route2 = routePath(pages[2].replace(/(?:^|\/)index$/, ""));
        if (route2 !== void 0) points.push(...pagesRoute(ctx, file, route2, dir(pages[1])));
      }
    }
    return points;
  }
};
function routePath(dir) {
  const parts = [];
  for (const seg of dir.split("/").filter(Boolean)) {
    if (seg.startsWith("_")) return void 0;
    if (/^\(.*\)$/.test(seg) || seg.startsWith("@")) continue;
    const catchAll = /^\[{1,2}\.\.\.([^\]]+)\]{1,2}$/.exec(seg);
    if (catchAll) {
      parts.push(`:${catchAll[1]}*`);
      continue;
    }
    const dynamic = /^\[([^\]]+)\]$/.exec(seg);
    parts.push(dynamic ? `:${dynamic[1]}` : seg);
  }
  return joinPaths(...parts);
}
function appRoute(ctx, file, route2, entry) {
  const { ts } = ctx;
  const out = [];
  const exportedAt = /* @__PURE__ */ new Map();
  for (const stmt of file.sf.statements) {
    const exported = ts.canHaveModifiers(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && ts.isFunctionDeclaration(stmt) && stmt.name) exportedAt.set(stmt.name.text, stmt);
    if (exported && ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) exportedAt.set(d.name.text, d);
        if (ts.isObjectBindingPattern(d.name)) {
          for (const el of d.name.elements) if (ts.isIdentifier(el.name)) exportedAt.set(el.name.text, el);
        }
      }
    }
    if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) exportedAt.set(el.name.text, el);
    }
  }
  for (const method of METHODS2) {
    const at = exportedAt.get(method);
    if (!at) continue;
    const { fn, wrappers, wrapperRefs } = unwrapHandler(ctx, declared(ctx, file, at));
    const location = { file: file.path, line: lineOf(file.sf, at) };
    const guards = guardsOf(ctx, fn, wrappers, wrapperRefs);
    out.push(
      httpPoint("next", method, route2, location, {
        auth: guards.auth,
        body: fn?.node.body && method !== "GET" && method !== "HEAD" ? parsedBodySchema(ctx, fn.file, fn.node.body) : void 0,
        handler: fn ? { file: fn.file.path, line: lineOf(fn.file.sf, fn.node) } : location,
        app: entry,
        webhook: webhookOf(ctx, route2, fn?.file ?? file, [fn?.node]),
        statuses: fn ? answeredIn(ctx, fn.file, fn.node) : [],
        authInfo: guards.authInfo
      })
    );
  }
  return out;
}
function declared(ctx, file, at) {
  const { ts } = ctx;
  if (ts.isFunctionDeclaration(at)) return { file, node: at };
  if (ts.isVariableDeclaration(at)) return at.initializer ? shallow(ctx, file, at.initializer) : void 0;
  if (ts.isExportSpecifier(at)) return shallow(ctx, file, at.propertyName && ts.isIdentifier(at.propertyName) ? at.propertyName : at.name);
  return void 0;
}
function shallow(ctx, file, expr, depth2 = 0) {
  const { ts } = ctx;
  if (depth2 > 12) return void 0;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr))
    return shallow(ctx, file, expr.expression, depth2 + 1);
  if (!ts.isIdentifier(expr)) return { file, node: expr };
  const decl = declarationOf(ctx, file, expr);
  if (!decl) return void 0;
  if ("module" in decl) return originOf(ctx, file, expr);
  if (ts.isVariableDeclaration(decl.node))
    return decl.node.initializer ? shallow(ctx, decl.file, decl.node.initializer, depth2 + 1) : void 0;
  return decl;
}
function defaultExport(ctx, file) {
  const { ts } = ctx;
  for (const stmt of file.sf.statements) {
    if (ts.isExportAssignment(stmt)) return shallow(ctx, file, stmt.expression);
    if (ts.isFunctionDeclaration(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword))
      return { file, node: stmt };
    if (ts.isExpressionStatement(stmt) && ts.isBinaryExpression(stmt.expression) && stmt.expression.left.getText(file.sf).replace(/\s+/g, "") === "module.exports") {
      return shallow(ctx, file, stmt.expression.right);
    }
  }
  return exportOf(ctx, file, "default");
}
function unwrapHandler(ctx, origin) {
  const { ts } = ctx;
  const wrappers = [];
  const wrapperRefs = [];
  let current = origin;
  for (let i = 0; current && i < 6; i++) {
    const node = current.node;
    if (isFunctionLike(ts, node)) return { fn: { file: current.file, node }, wrappers, wrapperRefs };
    if (!ts.isCallExpression(node) || node.arguments.length === 0) break;
    const callee = node.expression;
    wrappers.push(ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.getText(current.file.sf) : "");
    wrapperRefs.push({ expr: callee, file: current.file });
    const inner = node.arguments.find(
      (a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a) || ts.isIdentifier(a) || ts.isCallExpression(a)
    );
    current = inner && shallow(ctx, current.file, inner);
  }
  return { wrappers, wrapperRefs };
}
function guardsOf(ctx, fn, wrappers, wrapperRefs) {
  const named = authNames(wrappers);
  const calls = fn ? guardCalls(ctx, fn.file, fn.node) : { names: [], refs: [] };
  const refs = [
    ...wrapperRefs.filter((_, i) => named.includes(wrappers[i])),
    ...calls.refs,
    ...fn ? [{ expr: fn.node, file: fn.file }] : []
  ];
  const authInfo = refs.length ? guardInfo(ctx, refs) : void 0;
  const auth = [...named, ...calls.names];
  if (auth.length === 0 && (authInfo?.env || authInfo?.tokenFrom) && authInfo.statuses?.length) auth.push(INLINE_GUARD);
  return auth.length ? { auth, ...authInfo ? { authInfo } : {} } : { auth };
}
function guardCalls(ctx, file, fn) {
  const { ts } = ctx;
  const names = [];
  const refs = [];
  const visit = (n) => {
    if (ts.isCallExpression(n)) {
      const callee = ts.isIdentifier(n.expression) ? n.expression.text : ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : "";
      if ((GUARD_CALL.test(callee) || rejectsCaller(ctx, file, n)) && !names.includes(callee)) {
        names.push(callee);
        refs.push({ expr: n, file });
      }
    }
    return isFunctionLike(ts, n) ? "skip" : void 0;
  };
  if (fn.body && !visit(fn.body)) forEachDeep(ts, fn.body, visit);
  return { names, refs };
}
function pagesRoute(ctx, file, route2, entry) {
  const { ts } = ctx;
  const exported = defaultExport(ctx, file);
  const { fn, wrappers, wrapperRefs } = unwrapHandler(ctx, exported);
  if (!fn || !fn.node.body) {
    if (!exported || !ts.isCallExpression(exported.node)) return [];
    const location = { file: exported.file.path, line: lineOf(exported.file.sf, exported.node) };
    return [
      httpPoint("next", "ALL", route2, location, {
        auth: authNames(wrappers.slice(0, -1)),
        handler: location,
        app: entry,
        webhook: webhookOf(ctx, route2, file, []),
        statuses: []
      })
    ];
  }
  const req = fn.node.parameters[0]?.name;
  const reqName = req && ts.isIdentifier(req) ? req.text : "req";
  const { auth, authInfo } = guardsOf(ctx, fn, wrappers, wrapperRefs);
  const handler = { file: fn.file.path, line: lineOf(fn.file.sf, fn.node) };
  const allowed = /* @__PURE__ */ new Map();
  const restricted = /* @__PURE__ */ new Map();
  const isMethod = (e) => e.getText(fn.file.sf).replace(/\s+/g, "") === `${reqName}.method`;
  const walk = (n) => {
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      const value = ts.isStringLiteralLike(n.right) && isMethod(n.left) ? n.right.text : ts.isStringLiteralLike(n.left) && isMethod(n.right) ? n.left.text : void 0;
      if (value && METHODS2.includes(value.toUpperCase())) {
        const line = lineOf(fn.file.sf, n);
        if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken) {
          const branch = ts.isIfStatement(n.parent) && n.parent.expression === n ? n.parent.thenStatement : void 0;
          if (!allowed.has(value.toUpperCase())) allowed.set(value.toUpperCase(), { line, branch });
        } else if (op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) {
          if (!restricted.has(value.toUpperCase())) restricted.set(value.toUpperCase(), line);
        }
      }
    }
    if (ts.isSwitchStatement(n) && isMethod(n.expression)) {
      for (const clause of n.caseBlock.clauses) {
        if (ts.isCaseClause(clause) && ts.isStringLiteralLike(clause.expression) && METHODS2.includes(clause.expression.text.toUpperCase())) {
          const method = clause.expression.text.toUpperCase();
          if (!allowed.has(method)) allowed.set(method, { line: lineOf(fn.file.sf, clause), branch: clause });
        }
      }
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "includes" && n.arguments[0] && isMethod(n.arguments[0])) {
      const list = n.expression.expression;
      if (ts.isArrayLiteralExpression(list)) {
        for (const el of list.elements)
          if (ts.isStringLiteralLike(el) && !restricted.has(el.text.toUpperCase()))
            restricted.set(el.text.toUpperCase(), lineOf(fn.file.sf, n));
      }
    }
  };
  walk(fn.node.body);
  forEachDeep(ts, fn.node.body, walk);
  const methods = allowed.size > 0 ? [...allowed] : restricted.size > 0 ? [...restricted].map(([m, line]) => [m, { line }]) : [["ALL", { line: handler.line }]];
  return methods.map(([method, { line, branch }]) => {
    const body = method === "GET" || method === "HEAD" ? void 0 : parsedBodySchema(ctx, fn.file, branch ?? fn.node.body);
    const webhook = webhookOf(ctx, route2, fn.file, [fn.node]);
    const statuses = answeredIn(ctx, fn.file, branch ?? fn.node);
    const before2 = branch ? statusesBefore(ctx, fn.file, fn.node, branch) : [];
    return httpPoint(
      "next",
      method,
      route2,
      { file: fn.file.path, line },
      { auth, body, handler, app: entry, webhook, statuses: [.../* @__PURE__ */ new Set([...before2, ...statuses])].sort((a, b) => a - b), authInfo }
    );
  });
}
function statusesBefore(ctx, file, fn, branch) {
  const { ts } = ctx;
  if (!fn.body || !ts.isBlock(fn.body)) return [];
  return fn.body.statements.filter((s) => s.end <= branch.getStart()).flatMap((s) => answeredIn(ctx, file, s));
}
var HELPER_DEPTH = 2;
function answeredIn(ctx, file, node, depth2 = 0, seen = /* @__PURE__ */ new Set()) {
  const { ts } = ctx;
  const out = statusesIn(ctx, node);
  if (depth2 >= HELPER_DEPTH) return out;
  forEachDeep(ts, node, (n) => {
    if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression)) return;
    const helper = functionBody(ctx, file, n.expression);
    if (!helper || seen.has(helper.node) || isWithin(helper.node, node)) return;
    seen.add(helper.node);
    out.push(
      ...answeredIn(ctx, helper.file, helper.node, depth2 + 1, seen),
      ...errorHandlerStatuses(ctx, { expr: helper.node, file: helper.file })
    );
  });
  return sortedStatuses(out);
}
function isWithin(inner, outer) {
  return inner.getSourceFile() === outer.getSourceFile() && inner.pos >= outer.pos && inner.end <= outer.end;
}
function rejectsCaller(ctx, file, call) {
  const { ts } = ctx;
  if (!ts.isIdentifier(call.expression)) return false;
  const helper = functionBody(ctx, file, call.expression);
  return !!helper && statusSites(ctx, helper.node).some((s) => s.status === 401 || s.status === 403);
}

// src/discover/detectors/db-common.ts
var Tables = class {
  records = /* @__PURE__ */ new Map();
  record(table) {
    let rec = this.records.get(table);
    if (!rec) {
      rec = { operations: /* @__PURE__ */ new Set(), migrations: /* @__PURE__ */ new Set() };
      this.records.set(table, rec);
    }
    return rec;
  }
  use(table, operations, file, line) {
    const rec = this.record(table);
    for (const op of operations) rec.operations.add(op);
    rec.use ??= { file, line };
  }
  define(table, file, line, columns) {
    const rec = this.record(table);
    rec.definition ??= { file, line };
    if (columns) rec.columns = columns;
  }
  columns(table) {
    return this.records.get(table)?.columns;
  }
  migration(table, file) {
    this.record(table).migrations.add(file);
  }
  points(library, service) {
    const out = [];
    for (const [table, rec] of this.records) {
      const location = rec.use ?? rec.definition;
      if (!location) continue;
      const details = { table, operations: [...rec.operations].sort() };
      if (rec.columns) details.columns = rec.columns;
      if (rec.migrations.size) details.migrations = [...rec.migrations].sort();
      out.push({ kind: "db", library, key: `${library}:${table}`, location, details: { ...details }, service });
    }
    return out;
  }
};
function column(name, type, overrides = {}) {
  return { name, type, notNull: false, unique: false, primaryKey: false, ...overrides };
}
function applyKey(columns, names, kind) {
  for (const name of names) {
    const col = columns.find((c) => c.name === name);
    if (!col) continue;
    if (kind === "primary") {
      col.primaryKey = true;
      col.notNull = true;
    } else if (names.length === 1) col.unique = true;
  }
}
function unwrap2(ts, expr) {
  let e = expr;
  while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e))
    e = e.expression;
  return e;
}
function chainTop2(ts, node) {
  let cur = node;
  for (; ; ) {
    const parent = cur.parent;
    if (parent && ts.isPropertyAccessExpression(parent) && parent.expression === cur) {
      const grand = parent.parent;
      cur = grand && ts.isCallExpression(grand) && grand.expression === parent ? grand : parent;
      continue;
    }
    if (parent && (ts.isNonNullExpression(parent) || ts.isParenthesizedExpression(parent))) {
      cur = parent;
      continue;
    }
    return cur;
  }
}
function flattenChain(ts, top) {
  const links = [];
  let expr = top;
  for (; ; ) {
    if (ts.isNonNullExpression(expr) || ts.isParenthesizedExpression(expr)) {
      expr = expr.expression;
    } else if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name)) {
        links.unshift({ name: callee.name.text, call: expr });
        expr = callee.expression;
      } else {
        links.unshift({ name: "()", call: expr });
        expr = callee;
      }
    } else if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.name)) {
      links.unshift({ name: expr.name.text });
      expr = expr.expression;
    } else {
      return { root: expr, links };
    }
  }
}
function refName(ts, expr) {
  const e = unwrap2(ts, expr);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(e.name))
    return `this.${e.name.text}`;
  return void 0;
}
function boundName(ts, node) {
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isPropertyDeclaration(node) && ts.isIdentifier(node.name)) return `this.${node.name.text}`;
  if (ts.isParameter(node) && ts.isIdentifier(node.name)) {
    const isProperty = Boolean(ts.getModifiers(node)?.length);
    return isProperty ? `this.${node.name.text}` : node.name.text;
  }
  return void 0;
}
function forEachBinding(ts, sf, visit) {
  forEachDeep(ts, sf, (n) => {
    if ((ts.isVariableDeclaration(n) || ts.isPropertyDeclaration(n)) && n.initializer) {
      const name = boundName(ts, n);
      if (name) visit(name, n.initializer, n);
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const name = refName(ts, n.left);
      if (name) visit(name, n.right, n);
    }
  });
}
var ModuleValues = class {
  constructor(ctx, localsOf, defaultOf) {
    this.ctx = ctx;
    this.localsOf = localsOf;
    this.defaultOf = defaultOf;
  }
  ctx;
  localsOf;
  defaultOf;
  locals = /* @__PURE__ */ new Map();
  exports = /* @__PURE__ */ new Map();
  localValues(file) {
    let map = this.locals.get(file.path);
    if (!map) {
      this.locals.set(file.path, /* @__PURE__ */ new Map());
      map = this.localsOf(file);
      this.locals.set(file.path, map);
    }
    return map;
  }
  /** The value a name (`x` or `this.x`) holds in a file, through its imports. */
  lookup(file, name, seen = /* @__PURE__ */ new Set()) {
    const own = this.localValues(file).get(name);
    if (own !== void 0) return own;
    const binding = file.imports.find((b) => b.local === name);
    if (!binding || !binding.module.startsWith(".")) return void 0;
    const target = this.ctx.resolve(file, binding.module);
    if (!target) return void 0;
    return this.exported(target, binding.imported === "*" ? "default" : binding.imported, seen);
  }
  /** `ns.member` where `ns` is a namespace import or a required module. */
  member(file, ns, member2) {
    const binding = file.imports.find((b) => b.local === ns && b.imported === "*");
    if (!binding || !binding.module.startsWith(".")) return void 0;
    const target = this.ctx.resolve(file, binding.module);
    return target ? this.exported(target, member2, /* @__PURE__ */ new Set()) : void 0;
  }
  /** The value of an identifier or `ns.member` expression in a file. */
  valueOf(file, expr) {
    const { ts } = this.ctx;
    const e = unwrap2(ts, expr);
    const name = refName(ts, e);
    if (name) return this.lookup(file, name);
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && ts.isIdentifier(e.name))
      return this.member(file, e.expression.text, e.name.text);
    return void 0;
  }
  exported(file, name, seen) {
    const key = `${file.path}#${name}`;
    if (seen.has(key)) return void 0;
    seen.add(key);
    let cache = this.exports.get(file.path);
    if (!cache) {
      cache = /* @__PURE__ */ new Map();
      this.exports.set(file.path, cache);
    }
    if (cache.has(key)) return cache.get(key) ?? void 0;
    const value = this.findExport(file, name, seen);
    cache.set(key, value ?? null);
    return value;
  }
  findExport(file, name, seen) {
    const { ts } = this.ctx;
    const local = exportedLocal(ts, file.sf, name);
    if (local) {
      const value = this.lookup(file, local, seen);
      if (value !== void 0) return value;
    }
    for (const stmt of file.sf.statements) {
      if (name === "default" && this.defaultOf) {
        const expr = defaultExportExpression(ts, stmt);
        if (expr) {
          const value = this.defaultOf(file, expr);
          if (value !== void 0) return value;
        }
      }
      if (ts.isExportDeclaration(stmt) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier)) {
        const target = this.ctx.resolve(file, stmt.moduleSpecifier.text);
        if (!target) continue;
        if (!stmt.exportClause) {
          if (name === "default") continue;
          const value = this.exported(target, name, seen);
          if (value !== void 0) return value;
        } else if (ts.isNamedExports(stmt.exportClause)) {
          for (const el of stmt.exportClause.elements) {
            if (el.name.text === name) return this.exported(target, (el.propertyName ?? el.name).text, seen);
          }
        }
      }
    }
    return void 0;
  }
};
function defaultExportExpression(ts, stmt) {
  if (ts.isExportAssignment(stmt)) return stmt.expression;
  if (ts.isExpressionStatement(stmt) && ts.isBinaryExpression(stmt.expression) && stmt.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const left = stmt.expression.left;
    if (ts.isPropertyAccessExpression(left) && ts.isIdentifier(left.expression) && left.expression.text === "module" && left.name.text === "exports")
      return stmt.expression.right;
  }
  return void 0;
}
function prop(ts, obj, name) {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propName(ts, p.name) === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return void 0;
}
function propName(ts, name) {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  return void 0;
}
function boolValue(ts, expr) {
  if (!expr) return void 0;
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false;
  return void 0;
}
function defaultText(ts, expr, sf) {
  const e = unwrap2(ts, expr);
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return e.text;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand))
    return `-${e.operand.text}`;
  return e.getText(sf);
}
function bareTable(name) {
  return name.trim().split(/\s+as\s+|\s+/i)[0].split(".").at(-1).replace(/^["`[]|["`\]]$/g, "");
}
function serviceFromOption(ts, files, key, services) {
  for (const file of files) {
    let found2;
    forEachDeep(ts, file.sf, (n) => {
      if (ts.isPropertyAssignment(n) && propName(ts, n.name) === key && ts.isStringLiteralLike(n.initializer)) {
        found2 = services[n.initializer.text];
        if (found2) return "stop";
      }
    });
    if (found2) return found2;
  }
  return void 0;
}
function thunkTarget(ts, expr) {
  if (!expr) return void 0;
  const e = unwrap2(ts, expr);
  if (ts.isArrowFunction(e) && !ts.isBlock(e.body)) return unwrap2(ts, e.body);
  return e;
}
function callLine(ts, sf, call) {
  const callee = call.expression;
  return lineOf(sf, ts.isPropertyAccessExpression(callee) ? callee.name : call);
}

// src/discover/detectors/exported-clients.ts
function exportNameOf(ts, sf, local) {
  if (exportedLocal(ts, sf, local) === local) return local;
  for (const stmt of sf.statements) {
    if (!ts.isExportDeclaration(stmt) || stmt.moduleSpecifier || !stmt.exportClause || !ts.isNamedExports(stmt.exportClause)) continue;
    for (const el of stmt.exportClause.elements) if ((el.propertyName ?? el.name).text === local) return el.name.text;
  }
  return exportedLocal(ts, sf, "default") === local ? "default" : void 0;
}
function exportedClients(ctx, library, isClient) {
  const { ts } = ctx;
  const out = [];
  for (const file of ctx.files) {
    for (const stmt of file.sf.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      for (const decl of stmt.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name) || !decl.initializer || !isClient(file, decl.initializer)) continue;
        const name = exportNameOf(ts, file.sf, decl.name.text);
        if (name) out.push({ file: file.path, export: name, line: lineOf(file.sf, decl), library });
      }
    }
  }
  return out;
}
function isNewOf(ts, file, expr, className, fromModule) {
  const e = unwrap2(ts, expr);
  if (!ts.isNewExpression(e)) return false;
  const callee = unwrap2(ts, e.expression);
  const bound = (local, imported) => file.imports.some((b) => b.local === local && fromModule(b.module) && imported.includes(b.imported));
  if (ts.isIdentifier(callee)) return bound(callee.text, [className, "default"]);
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.name.text === className && bound(callee.expression.text, ["*", "default"]);
}
function withClients(points, clients) {
  return clients.length ? points.map((p) => ({ ...p, details: { ...p.details, clients } })) : points;
}

// src/discover/sql.ts
var parsers = /* @__PURE__ */ new Map();
function parserFor(dialect) {
  if (!parsers.has(dialect)) {
    const load = dialect === "PostgresQL" ? import("./postgresql-XYBMRXIS.js") : dialect === "MariaDB" ? import("./mariadb-ZMC27ZPR.js") : dialect === "Sqlite" ? import("./sqlite-JVSLED7X.js") : import("./mysql-J24CHXFL.js");
    parsers.set(
      dialect,
      load.then((m) => {
        const mod = m;
        const Ctor = mod.Parser ?? mod.default.Parser;
        return new Ctor();
      })
    );
  }
  return parsers.get(dialect);
}
var SQL_START = /^\s*(?:select|insert|update|delete|with|create|alter|drop|truncate|merge|upsert|replace)\b/i;
function looksLikeSql(text) {
  return SQL_START.test(text);
}
async function tablesOf(sql, dialect) {
  const parser = await parserFor(dialect);
  try {
    return parser.tableList(sql, { database: dialect }).map((entry) => {
      const [operation, , table] = entry.split("::");
      return { table: unquote(table), operation };
    });
  } catch {
    return scanTables(sql);
  }
}
var NOT_TABLES = /* @__PURE__ */ new Set(["set", "select", "where", "values", "only", "if", "lateral", "nothing"]);
function scanTables(sql) {
  const out = [];
  const op = (/^\s*(\w+)/.exec(sql)?.[1] ?? "select").toLowerCase();
  for (const m of sql.matchAll(/\b(?:from|join|into|update|table)\s+(?:only\s+)?([`"]?[\w.]+[`"]?)/gi)) {
    const table = unquote(m[1]);
    if (!NOT_TABLES.has(table.toLowerCase()) && !out.some((u) => u.table === table)) out.push({ table, operation: op });
  }
  return out;
}
function unquote(name) {
  const last = name.split(".").at(-1);
  return last.replace(/^["`[]|["`\]]$/g, "");
}
async function createTables(sqlText2, dialect, known = /* @__PURE__ */ new Map()) {
  const parser = await parserFor(dialect);
  const out = /* @__PURE__ */ new Map();
  for (const statement of splitStatements(sqlText2)) {
    const isCreate = /^\s*create\s+table/i.test(statement);
    if (!isCreate && !/^\s*alter\s+table/i.test(statement)) continue;
    let ast;
    try {
      ast = parser.astify(parseable(statement), { database: dialect });
    } catch {
      continue;
    }
    for (const node of Array.isArray(ast) ? ast : [ast]) {
      const stmt = node;
      if (stmt.keyword !== "table" || !stmt.table?.[0]) continue;
      const table = unquote(stmt.table[0].table);
      if (stmt.type === "create") {
        const columns = [];
        for (const def of stmt.create_definitions ?? []) {
          const column2 = def.resource === "column" ? columnOf(def) : void 0;
          if (column2) columns.push(column2);
        }
        for (const def of stmt.create_definitions ?? []) if (def.resource === "constraint") applyConstraint(def, columns);
        out.set(table, columns);
      } else if (stmt.type === "alter") {
        const current = out.get(table) ?? known.get(table);
        if (!current) continue;
        const columns = current.map((c) => ({ ...c }));
        for (const action of stmt.expr ?? []) {
          if (action.action !== "add") continue;
          const column2 = action.resource === "column" ? columnOf(action) : void 0;
          if (column2 && !columns.some((c) => c.name === column2.name)) columns.push(column2);
          if (action.resource === "constraint" && action.create_definitions) applyConstraint(action.create_definitions, columns);
        }
        out.set(table, columns);
      }
    }
  }
  return out;
}
function parseable(statement) {
  return statement.replace(/\bgenerated\s+(?:always|by\s+default)\s+as\s+identity(?:\s*\([^)]*\))?/gi, "GENERATED BY DEFAULT AS IDENTITY");
}
function columnOf(def) {
  const name = columnName(def.column);
  if (!name) return void 0;
  const ref = def.reference_definition;
  const column2 = {
    name,
    type: (def.definition?.dataType ?? "").toLowerCase(),
    notNull: def.nullable?.type === "not null" || Boolean(def.primary_key),
    unique: Boolean(def.unique || def.unique_or_primary === "unique"),
    primaryKey: Boolean(def.primary_key || def.unique_or_primary === "primary key")
  };
  const dflt = def.default_val?.value;
  if (dflt) column2.default = defaultText2(dflt);
  if (ref?.table?.[0]) column2.references = { table: unquote(ref.table[0].table), column: columnName(ref.definition?.[0]) ?? "id" };
  return column2;
}
function applyConstraint(def, columns) {
  const names = (def.definition ?? []).map(columnName).filter((n) => Boolean(n));
  const kind = (def.constraint_type ?? "").toLowerCase();
  const ref = def.reference_definition;
  names.forEach((name, i) => {
    const col = columns.find((c) => c.name === name);
    if (!col) return;
    if (kind === "primary key") {
      col.primaryKey = true;
      col.notNull = true;
    } else if (kind.startsWith("unique") && names.length === 1) col.unique = true;
    else if (kind === "foreign key" && ref?.table?.[0]) {
      col.references = { table: unquote(ref.table[0].table), column: columnName(ref.definition?.[i]) ?? "id" };
    }
  });
}
function defaultText2(value) {
  if (value.type === "function") {
    const name = (value.name?.name ?? []).map((part) => part.value).join(".");
    const args = value.args?.value;
    if (!args) return name;
    return `${name}(${args.map((a) => /string/.test(a.type ?? "") ? `'${String(a.value)}'` : defaultText2(a)).join(", ")})`;
  }
  return String(value.value ?? value.type ?? "expression");
}
function columnName(col) {
  if (!col) return void 0;
  if (typeof col === "string") return col;
  const inner = col.column;
  if (typeof inner === "string") return inner;
  return inner?.expr?.value ?? col.expr?.value;
}
function splitStatements(text) {
  const out = [];
  let current = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const rest = text.slice(i);
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    if (ch === "-" && text[i + 1] === "-") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 2;
      continue;
    }
    if (dollar) {
      const end = text.indexOf(dollar[0], i + dollar[0].length);
      const stop = end === -1 ? text.length : end + dollar[0].length;
      current += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === "`") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === "\\" ? 2 : 1;
      current += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === ";") {
      if (current.trim()) out.push(current.trim());
      current = "";
    } else current += ch;
    i++;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

// src/discover/detectors/sql-client.ts
var DDL = /* @__PURE__ */ new Set(["create", "alter", "drop"]);
var MIGRATION_FILE = /(?:^|\/)(?:migrations?|db|sql|schema|database)\/.*\.sql$|(?:^|\/)(?:schema|init|structure)\.sql$/i;
async function detectSqlTables(ctx, library, dialect, service, methods) {
  const { ts } = ctx;
  const tables = /* @__PURE__ */ new Map();
  const inline = /* @__PURE__ */ new Map();
  for (const file of ctx.files) {
    const consts = constStrings(ts, file.sf);
    const statements = [];
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node)) return;
      const call = methodCall(ts, node);
      const first = node.arguments[0];
      if (!call || !methods.has(call.method) || !first) return;
      const sql = sqlText(ts, first, consts);
      if (sql && looksLikeSql(sql)) statements.push({ sql, line: lineOf(file.sf, node) });
    });
    for (const { sql, line } of statements) {
      for (const use of await tablesOf(sql, dialect)) {
        const ddl = DDL.has(use.operation);
        const entry = tables.get(use.table) ?? { operations: /* @__PURE__ */ new Set(), file: file.path, line, ddlOnly: ddl };
        if (entry.ddlOnly && !ddl) Object.assign(entry, { file: file.path, line, ddlOnly: false });
        entry.operations.add(use.operation);
        tables.set(use.table, entry);
      }
      if (/\bcreate\s+table\b/i.test(sql)) for (const [table, columns] of await createTables(sql, dialect)) inline.set(table, columns);
    }
  }
  if (tables.size === 0) return [];
  const migrations = ctx.allPaths.filter((p) => MIGRATION_FILE.test(p)).sort();
  const schema = new Map(inline);
  const touching = /* @__PURE__ */ new Map();
  for (const file of migrations) {
    const text = ctx.readText(file);
    if (!text) continue;
    for (const [table, columns] of await createTables(text, dialect, schema)) {
      schema.set(table, columns);
      touching.set(table, [...touching.get(table) ?? [], file]);
    }
    for (const m of text.matchAll(/\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?([`"]?[\w.]+[`"]?)/gi)) {
      const table = m[1].split(".").at(-1).replace(/[`"]/g, "");
      const files = touching.get(table) ?? [];
      if (!files.includes(file)) touching.set(table, [...files, file]);
    }
  }
  return [...tables].map(([table, use]) => {
    const details = { table, operations: [...use.operations].sort() };
    const columns = schema.get(table);
    if (columns) details.columns = columns;
    const files = touching.get(table);
    if (files) details.migrations = files;
    return {
      kind: "db",
      library,
      key: `${library}:${table}`,
      location: { file: use.file, line: use.line },
      details: { ...details },
      service
    };
  });
}
function sqlText(ts, expr, consts) {
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isIdentifier(expr)) return consts.get(expr.text);
  if (ts.isTemplateExpression(expr)) {
    let n = 0;
    return expr.head.text + expr.templateSpans.map((s) => `$${++n}${s.literal.text}`).join("");
  }
  if (ts.isObjectLiteralExpression(expr)) {
    for (const p of expr.properties)
      if (ts.isPropertyAssignment(p) && p.name.getText() === "text") return sqlText(ts, p.initializer, consts);
  }
  return void 0;
}

// src/discover/detectors/pg.ts
var METHODS3 = /* @__PURE__ */ new Set(["query"]);
var CLOSE_NAME = /^(?:close|end|disconnect|shutdown|teardown|destroy)(?:Pool|Pools|Db|Database|Pg|Postgres|Connection|Connections|Client)?$/i;
var pg = {
  name: "pg",
  kind: "db",
  packages: ["pg"],
  hints: /\.query\(/,
  async detect(ctx) {
    const points = await detectSqlTables(ctx, "pg", "PostgresQL", "postgres", METHODS3);
    const pools = ctx.files.flatMap((file) => poolExports(ctx.ts, file));
    return pools.length ? points.map((p) => ({ ...p, details: { ...p.details, pools } })) : points;
  }
};
function poolExports(ts, file) {
  const pgNames = file.imports.filter((b) => b.module === "pg" || b.module === "pg-pool");
  if (pgNames.length === 0) return [];
  const isNewPool = (expr) => {
    const e = unwrap2(ts, expr);
    if (!ts.isNewExpression(e)) return false;
    const callee = unwrap2(ts, e.expression);
    if (ts.isIdentifier(callee))
      return pgNames.some((b) => b.local === callee.text && (b.imported === "Pool" || b.module === "pg-pool" && b.imported !== "Pool"));
    return ts.isPropertyAccessExpression(callee) && callee.name.text === "Pool" && ts.isIdentifier(callee.expression) && pgNames.some((b) => b.local === callee.expression.text && (b.imported === "default" || b.imported === "*"));
  };
  const moduleVars = /* @__PURE__ */ new Map();
  for (const stmt of file.sf.statements)
    if (ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name)) moduleVars.set(d.name.text, d);
    }
  const pools = /* @__PURE__ */ new Map();
  const record = (name, made, at) => {
    if (!moduleVars.has(name) || pools.has(name)) return;
    pools.set(name, { line: lineOf(file.sf, at), env: envVariable(ts, made) });
  };
  forEachDeep(ts, file.sf, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isNewPool(node.initializer))
      record(node.name.text, unwrap2(ts, node.initializer), node);
    if (ts.isBinaryExpression(node) && ts.isIdentifier(node.left) && isAssignment(ts, node.operatorToken.kind) && isNewPool(node.right))
      record(node.left.text, unwrap2(ts, node.right), node);
  });
  const firstEnv = [...pools.values()].find((p) => p.env)?.env;
  const out = [];
  for (const [name, pool] of pools) {
    const exported = exportNameOf(ts, file.sf, name);
    if (exported) out.push({ file: file.path, export: exported, line: pool.line, role: "pool", ...envOf2(pool.env) });
  }
  for (const [name, fn] of exportedFunctions(ts, file.sf)) {
    const exported = exportNameOf(ts, file.sf, name);
    if (!exported) continue;
    const line = lineOf(file.sf, fn);
    const returned2 = returnedPool(ts, fn, pools);
    if (returned2 !== void 0) {
      out.push({ file: file.path, export: exported, line, role: "getter", ...envOf2(pools.get(returned2)?.env ?? firstEnv) });
      continue;
    }
    const required2 = fn.parameters.filter((p) => !p.questionToken && !p.initializer && !p.dotDotDotToken).length;
    if (required2 > 0 || /\bprocess\.exit\b/.test(fn.getText(file.sf))) continue;
    const ended = endedPool(ts, fn, pools);
    if (ended !== void 0 || CLOSE_NAME.test(name))
      out.push({ file: file.path, export: exported, line, role: "close", ...envOf2((ended && pools.get(ended)?.env) ?? firstEnv) });
  }
  return out;
}
var envOf2 = (env) => env ? { env } : {};
function isAssignment(ts, kind) {
  return kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.QuestionQuestionEqualsToken || kind === ts.SyntaxKind.BarBarEqualsToken;
}
function exportedFunctions(ts, sf) {
  const out = /* @__PURE__ */ new Map();
  for (const stmt of sf.statements) {
    if (ts.isFunctionDeclaration(stmt) && stmt.name && stmt.body) out.set(stmt.name.text, stmt);
    if (!ts.isVariableStatement(stmt)) continue;
    for (const d of stmt.declarationList.declarations) {
      const init = d.initializer && unwrap2(ts, d.initializer);
      if (ts.isIdentifier(d.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) out.set(d.name.text, init);
    }
  }
  return out;
}
function returnedPool(ts, fn, pools) {
  const named = (expr) => {
    if (!expr) return void 0;
    let e = unwrap2(ts, expr);
    if (ts.isBinaryExpression(e) && isAssignment(ts, e.operatorToken.kind)) e = unwrap2(ts, e.left);
    return ts.isIdentifier(e) && pools.has(e.text) ? e.text : void 0;
  };
  if (!fn.body) return void 0;
  if (!ts.isBlock(fn.body)) return named(fn.body);
  let found2;
  forEachDeep(ts, fn.body, (n) => {
    if (ts.isFunctionLike(n)) return "skip";
    if (ts.isReturnStatement(n) && (found2 = named(n.expression))) return "stop";
  });
  return found2;
}
function endedPool(ts, fn, pools) {
  let found2;
  if (!fn.body) return void 0;
  forEachDeep(ts, fn.body, (n) => {
    if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression) || n.expression.name.text !== "end") return;
    const receiver = unwrap2(ts, n.expression.expression);
    if (ts.isIdentifier(receiver) && pools.has(receiver.text)) {
      found2 = receiver.text;
      return "stop";
    }
  });
  return found2;
}
function envVariable(ts, expr) {
  let found2;
  forEachDeep(ts, expr, (n) => {
    if (found2) return "stop";
    if (ts.isPropertyAccessExpression(n) && n.expression.getText() === "process.env") found2 = n.name.text;
    if (ts.isElementAccessExpression(n) && n.expression.getText() === "process.env" && ts.isStringLiteralLike(n.argumentExpression))
      found2 = n.argumentExpression.text;
  });
  return found2;
}

// src/discover/detectors/mysql2.ts
var METHODS4 = /* @__PURE__ */ new Set(["query", "execute"]);
var mysql2 = {
  name: "mysql2",
  kind: "db",
  packages: ["mysql2"],
  hints: /\.(?:query|execute)\(/,
  detect: (ctx) => detectSqlTables(ctx, "mysql2", "MySQL", "mysql", METHODS4)
};

// src/discover/detectors/better-sqlite3.ts
var METHODS5 = /* @__PURE__ */ new Set(["prepare", "exec"]);
var betterSqlite3 = {
  name: "better-sqlite3",
  kind: "db",
  packages: ["better-sqlite3"],
  hints: /\.(?:prepare|exec)\(/,
  detect: (ctx) => detectSqlTables(ctx, "better-sqlite3", "Sqlite", "sqlite", METHODS5)
};

// src/discover/detectors/knex.ts
var CLIENTS = {
  pg: "postgres",
  postgres: "postgres",
  postgresql: "postgres",
  pgnative: "postgres",
  cockroachdb: "postgres",
  redshift: "postgres",
  mysql: "mysql",
  mysql2: "mysql",
  sqlite3: "sqlite",
  "better-sqlite3": "sqlite",
  mssql: "none",
  oracledb: "none"
};
var DIALECTS = { postgres: "PostgresQL", mysql: "MySQL", sqlite: "Sqlite" };
var TABLE_METHODS = /* @__PURE__ */ new Set(["from", "table", "into"]);
var JOINS = /* @__PURE__ */ new Set(["join", "innerJoin", "leftJoin", "leftOuterJoin", "rightJoin", "rightOuterJoin", "fullOuterJoin", "crossJoin"]);
var WRITES = {
  insert: ["insert"],
  upsert: ["insert", "update"],
  merge: ["update"],
  update: ["update"],
  increment: ["update"],
  decrement: ["update"],
  del: ["delete"],
  delete: ["delete"],
  truncate: ["delete"]
};
var SCHEMA_METHODS = /* @__PURE__ */ new Set(["createTable", "createTableIfNotExists", "alterTable", "table"]);
var BUILDERS = /* @__PURE__ */ new Set([
  "increments",
  "bigIncrements",
  "integer",
  "bigInteger",
  "bigint",
  "tinyint",
  "smallint",
  "mediumint",
  "text",
  "string",
  "float",
  "double",
  "decimal",
  "boolean",
  "date",
  "datetime",
  "dateTime",
  "time",
  "timestamp",
  "binary",
  "enum",
  "enu",
  "json",
  "jsonb",
  "uuid",
  "specificType",
  "geometry",
  "geography",
  "point"
]);
var MIGRATION_PATH = /(?:^|\/)migrations?\//;
var KNEXFILE = /(?:^|\/)knexfile\.[cm]?[jt]s$/;
var knex = {
  name: "knex",
  kind: "db",
  packages: ["knex"],
  hints: /\bknex\b|\bdb\(|\.(?:from|into|where\w*|insert|update|del|delete|first|select|returning|schema|transaction|raw)\(/,
  async detect(ctx) {
    const { ts } = ctx;
    const service = serviceOf(ctx);
    const tables = new Tables();
    const instances = new ModuleValues(
      ctx,
      (file) => instanceLocals(ts, file, instances),
      (file, expr) => isFactoryCall(ts, file, expr) ? true : void 0
    );
    const raw = [];
    for (const file of ctx.files) {
      const isInstance = (expr) => {
        const name = refName(ts, expr);
        return name !== void 0 ? instances.lookup(file, name) === true : instances.valueOf(file, expr) === true;
      };
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node)) return;
        const callee = node.expression;
        const first = node.arguments[0];
        const name = first ? stringValue(ts, first, consts) : void 0;
        if (name !== void 0 && isInstance(callee)) {
          tables.use(bareTable(name), operationsOf(ts, node), file.path, callLine(ts, file.sf, node));
          return;
        }
        if (!ts.isPropertyAccessExpression(callee)) return;
        const method = callee.name.text;
        const chain = flattenChain(ts, node);
        if (!rootIsInstance(ts, chain, isInstance)) return;
        const isSchema2 = chain.links.some((l) => l.name === "schema");
        if (isSchema2 && SCHEMA_METHODS.has(method) && name !== void 0) {
          schemaCall(ts, file, node, bareTable(name), method, tables);
        } else if (!isSchema2 && name !== void 0 && TABLE_METHODS.has(method)) {
          tables.use(bareTable(name), operationsOf(ts, node), file.path, callLine(ts, file.sf, node));
        } else if (!isSchema2 && name !== void 0 && JOINS.has(method)) {
          tables.use(bareTable(name), ["select"], file.path, callLine(ts, file.sf, node));
        } else if (method === "raw" && name !== void 0 && chain.links.length === 1 && looksLikeSql(name)) {
          raw.push({ sql: name, file: file.path, line: callLine(ts, file.sf, node) });
        }
      });
    }
    const dialect = DIALECTS[service];
    if (dialect) {
      for (const { sql, file, line } of raw) {
        for (const use of await tablesOf(sql, dialect)) tables.use(use.table, [use.operation], file, line);
      }
    }
    return withClients(
      tables.points("knex", service),
      exportedClients(ctx, "knex", (file, expr) => isFactoryCall(ts, file, expr))
    );
  }
};
function rootIsInstance(ts, chain, isInstance) {
  const { root } = chain;
  if (root.kind !== ts.SyntaxKind.ThisKeyword) return isInstance(root);
  const access = root.parent;
  return Boolean(access && ts.isPropertyAccessExpression(access) && isInstance(access));
}
function operationsOf(ts, node) {
  const { links } = flattenChain(ts, chainTop2(ts, node));
  const ops = /* @__PURE__ */ new Set();
  for (const link of links) if (link.call) for (const op of WRITES[link.name] ?? []) ops.add(op);
  return ops.size ? [...ops] : ["select"];
}
function instanceLocals(ts, file, values) {
  const out = /* @__PURE__ */ new Map();
  const known = (expr) => {
    const e = unwrap2(ts, expr);
    const name = refName(ts, e);
    if (name && (out.has(name) || values.lookup(file, name) === true)) return true;
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && ts.isIdentifier(e.name))
      return values.member(file, e.expression.text, e.name.text) === true;
    return false;
  };
  const isMigration = MIGRATION_PATH.test(file.path);
  for (let pass = 0; pass < 2; pass++) {
    forEachBinding(ts, file.sf, (name, value) => {
      const v = unwrap2(ts, value);
      if (isFactoryCall(ts, file, v) || known(v)) out.set(name, true);
      else if (ts.isCallExpression(v) && ts.isPropertyAccessExpression(v.expression) && v.expression.name.text === "transaction" && known(v.expression.expression))
        out.set(name, true);
    });
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isParameter(node) || !ts.isIdentifier(node.name)) return;
      const fn = node.parent;
      const name = refNameOfParam(ts, node);
      if (node.type && ts.isTypeReferenceNode(node.type) && /^Knex\b/.test(node.type.typeName.getText(file.sf))) out.set(name, true);
      else if (fn.parent && ts.isCallExpression(fn.parent) && fn.parent.arguments[0] === fn && isTransactionOn(ts, fn.parent, known))
        out.set(name, true);
      else if (isMigration && fn.parameters[0] === node && migrationFunctionName(ts, fn) !== void 0) out.set(name, true);
    });
  }
  return out;
}
function refNameOfParam(ts, param) {
  const name = param.name.text;
  const isProperty = ts.getModifiers(param)?.length;
  return isProperty ? `this.${name}` : name;
}
function isTransactionOn(ts, call, known) {
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "transaction" && known(call.expression.expression);
}
function migrationFunctionName(ts, fn) {
  let name;
  if (ts.isFunctionDeclaration(fn) && fn.name) name = fn.name.text;
  else if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parent) {
    const p = fn.parent;
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) name = p.name.text;
    else if (ts.isBinaryExpression(p) && ts.isPropertyAccessExpression(p.left)) name = p.left.name.text;
    else if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name)) name = p.name.text;
  } else if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name)) name = fn.name.text;
  return name === "up" || name === "down" ? name : void 0;
}
function isFactoryCall(ts, file, expr) {
  const e = unwrap2(ts, expr);
  if (!ts.isCallExpression(e)) return false;
  const callee = unwrap2(ts, e.expression);
  const factories = file.imports.filter((b) => b.module === "knex" && ["default", "*", "knex", "Knex"].includes(b.imported)).map((b) => b.local);
  if (ts.isIdentifier(callee)) return factories.includes(callee.text);
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression))
    return factories.includes(callee.expression.text) && callee.name.text === "knex";
  if (ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "require") {
    const arg = callee.arguments[0];
    return arg !== void 0 && ts.isStringLiteralLike(arg) && arg.text === "knex";
  }
  return false;
}
function serviceOf(ctx) {
  const { ts } = ctx;
  const files = ctx.files.filter((f) => KNEXFILE.test(f.path) || f.imports.some((b) => b.module === "knex"));
  const found2 = serviceFromOption(ts, files, "client", CLIENTS);
  if (found2) return found2;
  for (const p of ctx.allPaths.filter((p2) => KNEXFILE.test(p2))) {
    const m = /\bclient\s*:\s*['"]([\w-]+)['"]/.exec(ctx.readText(p) ?? "");
    if (m && CLIENTS[m[1]]) return CLIENTS[m[1]];
  }
  return "postgres";
}
function schemaCall(ts, file, node, table, method, tables) {
  const fn = node.arguments[1];
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return;
  const param = fn.parameters[0];
  if (!param || !ts.isIdentifier(param.name)) return;
  const t2 = param.name.text;
  const creating = method.startsWith("createTable");
  let columns = creating ? void 0 : tables.columns(table);
  if (!columns) {
    columns = [];
    tables.define(table, file.path, callLine(ts, file.sf, node), columns);
  }
  tables.migration(table, file.path);
  forEachDeep(ts, fn.body, (n) => {
    if (!ts.isCallExpression(n) || chainTop2(ts, n) !== n) return;
    const { root, links } = flattenChain(ts, n);
    if (!ts.isIdentifier(root) || root.text !== t2 || !links[0]?.call) return;
    tableStatement(ts, file, links, columns);
  });
}
function tableStatement(ts, file, links, columns) {
  const [head, ...modifiers] = links;
  const args = head.call.arguments;
  const strings = (from) => args.slice(from).flatMap((a) => ts.isArrayLiteralExpression(a) ? [...a.elements] : [a]).map((a) => stringValue(ts, a)).filter((s) => s !== void 0);
  const find = (name2) => columns.find((c) => c.name === name2);
  switch (head.name) {
    case "primary":
      applyKey(columns, strings(0), "primary");
      return;
    case "unique":
      applyKey(columns, strings(0), "unique");
      return;
    case "foreign": {
      const col2 = find(strings(0)[0]);
      const ref2 = referenceOf(ts, modifiers);
      if (col2 && ref2) col2.references = ref2;
      return;
    }
    case "timestamps": {
      const [useTimestamps, defaultToNow, camel2] = [0, 1, 2].map((i) => boolValue(ts, args[i]) === true);
      for (const name2 of camel2 ? ["createdAt", "updatedAt"] : ["created_at", "updated_at"]) {
        const col2 = column(name2, useTimestamps ? "timestamp" : "datetime", defaultToNow ? { notNull: true, default: "now()" } : {});
        columns.push(col2);
      }
      return;
    }
    case "dropColumn":
    case "dropColumns":
      for (const name2 of strings(0)) {
        const i = columns.findIndex((c) => c.name === name2);
        if (i >= 0) columns.splice(i, 1);
      }
      return;
    case "renameColumn": {
      const [from, to] = strings(0);
      const col2 = find(from);
      if (col2 && to) col2.name = to;
      return;
    }
    case "setNullable":
    case "dropNullable":
      for (const name2 of strings(0)) {
        const col2 = find(name2);
        if (col2) col2.notNull = head.name === "dropNullable";
      }
      return;
  }
  if (!BUILDERS.has(head.name)) return;
  const name = stringValue(ts, args[0] ?? ts.factory.createStringLiteral("id"));
  if (name === void 0) return;
  const type = head.name === "enu" ? "enum" : head.name === "specificType" ? strings(1)[0] ?? "specificType" : head.name;
  const col = column(name, type);
  if (head.name === "increments" || head.name === "bigIncrements") {
    const options = args[1] && ts.isObjectLiteralExpression(args[1]) ? args[1] : void 0;
    const pk = options?.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(file.sf) === "primaryKey");
    const isPk = !(pk && ts.isPropertyAssignment(pk) && boolValue(ts, pk.initializer) === false);
    Object.assign(col, { notNull: true, primaryKey: isPk });
  }
  for (const mod of modifiers) {
    const margs = mod.call?.arguments ?? [];
    if (mod.name === "notNullable") col.notNull = true;
    else if (mod.name === "nullable") col.notNull = false;
    else if (mod.name === "unique") col.unique = true;
    else if (mod.name === "primary") Object.assign(col, { primaryKey: true, notNull: true });
    else if (mod.name === "defaultTo" && margs[0]) col.default = knexDefault(ts, file, margs[0]);
  }
  const ref = referenceOf(ts, modifiers);
  if (ref) col.references = ref;
  const existing = columns.findIndex((c) => c.name === name);
  if (existing >= 0) columns[existing] = col;
  else columns.push(col);
}
function referenceOf(ts, links) {
  const refArg = links.find((l) => l.name === "references")?.call?.arguments[0];
  const ref = refArg ? stringValue(ts, refArg) : void 0;
  if (ref === void 0) return void 0;
  const tableArg = links.find((l) => l.name === "inTable")?.call?.arguments[0];
  const inTable = tableArg ? stringValue(ts, tableArg) : void 0;
  if (inTable !== void 0) return { table: bareTable(inTable), column: ref };
  const dot = ref.lastIndexOf(".");
  return dot > 0 ? { table: bareTable(ref.slice(0, dot)), column: ref.slice(dot + 1) } : void 0;
}
function knexDefault(ts, file, expr) {
  const e = unwrap2(ts, expr);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    const method = e.expression.name.text;
    if (method === "now" && /\.fn$/.test(e.expression.expression.getText(file.sf))) return "now()";
    const sql = e.arguments[0] ? stringValue(ts, e.arguments[0]) : void 0;
    if (method === "raw" && sql !== void 0) return sql;
  }
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return e.text;
  return e.getText(file.sf);
}

// src/discover/detectors/kysely.ts
var STARTERS = {
  selectFrom: ["select"],
  insertInto: ["insert"],
  replaceInto: ["insert"],
  updateTable: ["update"],
  deleteFrom: ["delete"],
  mergeInto: ["insert", "update"]
};
var JOINS2 = /* @__PURE__ */ new Set([
  "innerJoin",
  "leftJoin",
  "rightJoin",
  "fullJoin",
  "crossJoin",
  "innerJoinLateral",
  "leftJoinLateral",
  "crossJoinLateral"
]);
var DIALECTS2 = {
  PostgresDialect: "postgres",
  PostgresJSDialect: "postgres",
  NeonDialect: "postgres",
  MysqlDialect: "mysql",
  PlanetScaleDialect: "mysql",
  SqliteDialect: "sqlite",
  LibsqlDialect: "sqlite",
  BunSqliteDialect: "sqlite",
  D1Dialect: "sqlite",
  MssqlDialect: "none"
};
var kysely = {
  name: "kysely",
  kind: "db",
  packages: ["kysely"],
  hints: /\.(?:selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|createTable|alterTable)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const tables = new Tables();
    let service;
    for (const file of ctx.files) {
      const consts = constStrings(ts, file.sf);
      const names = (expr) => {
        if (!expr) return [];
        const e = unwrap2(ts, expr);
        const list = ts.isArrayLiteralExpression(e) ? [...e.elements] : [e];
        return list.map((x) => stringValue(ts, x, consts)).filter((s) => s !== void 0).map(bareTable);
      };
      forEachDeep(ts, file.sf, (node) => {
        if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && DIALECTS2[node.expression.text])
          service ??= DIALECTS2[node.expression.text];
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        const line = callLine(ts, file.sf, node);
        const starter = STARTERS[method];
        if (starter) {
          const { links: links2 } = flattenChain(ts, chainTop2(ts, node));
          const after = links2.slice(links2.findIndex((l) => l.call === node) + 1);
          const upsert = after.some(
            (l) => l.name === "onDuplicateKeyUpdate" || l.name === "onConflict" && /\.doUpdateSet\(/.test(l.call?.getText(file.sf) ?? "")
          );
          const ops = upsert ? [...starter, "update"] : starter;
          for (const table2 of names(node.arguments[0])) tables.use(table2, ops, file.path, line);
          for (const join of after)
            if (JOINS2.has(join.name))
              for (const table2 of names(join.call?.arguments[0]))
                tables.use(table2, ["select"], file.path, callLine(ts, file.sf, join.call));
          return;
        }
        if (method !== "createTable" && method !== "alterTable") return;
        const { links } = flattenChain(ts, node);
        const table = names(node.arguments[0])[0];
        if (!table || !links.some((l) => l.name === "schema")) return;
        schemaChain(ts, file, node, table, method === "createTable", tables);
      });
    }
    return tables.points("kysely", service ?? "postgres");
  }
};
function schemaChain(ts, file, node, table, creating, tables) {
  let columns = creating ? void 0 : tables.columns(table);
  if (!columns) {
    columns = [];
    tables.define(table, file.path, callLine(ts, file.sf, node), columns);
  }
  tables.migration(table, file.path);
  const { links } = flattenChain(ts, chainTop2(ts, node));
  const strings = (expr) => {
    if (!expr) return [];
    const e = unwrap2(ts, expr);
    return (ts.isArrayLiteralExpression(e) ? [...e.elements] : [e]).map((x) => stringValue(ts, x)).filter((s) => s !== void 0);
  };
  for (const link of links.slice(links.findIndex((l) => l.call === node) + 1)) {
    const args = link.call?.arguments ?? [];
    const [a0, a1, a2, a3] = args;
    if (link.name === "addColumn") {
      const name = strings(a0)[0];
      if (!name) continue;
      const col = column(name, a1 ? typeText(ts, file, a1) : "");
      applyColumnCallback(ts, file, a2, col);
      columns.push(col);
    } else if (link.name === "addPrimaryKeyConstraint") applyKey(columns, strings(a1), "primary");
    else if (link.name === "addUniqueConstraint") applyKey(columns, strings(a1), "unique");
    else if (link.name === "addForeignKeyConstraint") {
      const [local, refTable, refCols] = [strings(a1), strings(a2)[0], strings(a3)];
      local.forEach((name, i) => {
        const col = columns.find((c) => c.name === name);
        if (col && refTable && refCols[i]) col.references = { table: bareTable(refTable), column: refCols[i] };
      });
    } else if (link.name === "dropColumn") {
      const i = columns.findIndex((c) => c.name === strings(a0)[0]);
      if (i >= 0) columns.splice(i, 1);
    } else if (link.name === "renameColumn") {
      const col = columns.find((c) => c.name === strings(a0)[0]);
      const to = strings(a1)[0];
      if (col && to) col.name = to;
    } else if (link.name === "alterColumn") {
      const col = columns.find((c) => c.name === strings(a0)[0]);
      if (col) applyColumnCallback(ts, file, a1, col);
    }
  }
}
function typeText(ts, file, expr) {
  const e = unwrap2(ts, expr);
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isTaggedTemplateExpression(e) && ts.isNoSubstitutionTemplateLiteral(e.template)) return e.template.text;
  return e.getText(file.sf);
}
function applyColumnCallback(ts, file, fn, col) {
  if (!fn || !ts.isArrowFunction(fn) || ts.isBlock(fn.body)) return;
  const { links } = flattenChain(ts, unwrap2(ts, fn.body));
  for (const link of links) {
    const arg = link.call?.arguments[0];
    if (link.name === "primaryKey") Object.assign(col, { primaryKey: true, notNull: true });
    else if (link.name === "notNull" || link.name === "setNotNull") col.notNull = true;
    else if (link.name === "dropNotNull") col.notNull = false;
    else if (link.name === "unique") col.unique = true;
    else if ((link.name === "defaultTo" || link.name === "setDefault") && arg) col.default = kyselyDefault(ts, file, arg);
    else if (link.name === "references" && arg) {
      const ref = stringValue(ts, arg);
      const dot = ref?.lastIndexOf(".") ?? -1;
      if (ref && dot > 0) col.references = { table: bareTable(ref.slice(0, dot)), column: ref.slice(dot + 1) };
    }
  }
}
function kyselyDefault(ts, file, expr) {
  const e = unwrap2(ts, expr);
  if (ts.isTaggedTemplateExpression(e) && ts.isNoSubstitutionTemplateLiteral(e.template)) return e.template.text;
  return defaultText(ts, e, file.sf);
}

// src/discover/schemas/prisma.ts
function readPrismaSchema(text) {
  const schema = { models: [], enums: [], types: [] };
  const lines = stripComments(text).split("\n");
  let block;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!block) {
      const open = /^(model|view|enum|type|datasource|generator)\s+(\w+)\s*\{\s*$/.exec(raw);
      if (open) block = { kind: open[1], name: open[2], line: i + 1, body: [] };
      continue;
    }
    if (raw === "}") {
      finishBlock(schema, block);
      block = void 0;
      continue;
    }
    if (!raw) continue;
    let statement = raw;
    const start = i;
    while (depth(statement) > 0 && i + 1 < lines.length) statement += " " + lines[++i].trim();
    block.body.push({ text: statement, line: start + 1 });
  }
  return schema;
}
function finishBlock(schema, block) {
  if (block.kind === "datasource") {
    for (const { text } of block.body) {
      const m = /^provider\s*=\s*"([^"]*)"/.exec(text);
      if (m) schema.provider = m[1];
    }
  } else if (block.kind === "enum") schema.enums.push(block.name);
  else if (block.kind === "model" || block.kind === "type") {
    if (block.kind === "type") schema.types.push(block.name);
    const model2 = { name: block.name, line: block.line, fields: [], blockAttributes: [] };
    for (const { text, line } of block.body) {
      if (text.startsWith("@@")) {
        model2.blockAttributes.push(...attributes(text));
        continue;
      }
      const m = /^(\w+)\s+(Unsupported\("(?:[^"\\]|\\.)*"\)|[\w.]+)(\[\])?(\?)?(.*)$/.exec(text);
      if (!m) continue;
      model2.fields.push({ name: m[1], type: m[2], list: Boolean(m[3]), optional: Boolean(m[4]), attributes: attributes(m[5]), line });
    }
    if (block.kind === "model" && !model2.blockAttributes.some((a) => a.name === "@ignore")) schema.models.push(model2);
  }
}
function attributes(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i = skipString(text, i);
      continue;
    }
    if (text[i] !== "@") {
      i++;
      continue;
    }
    const name = /^@?[\w.]+/.exec(text.slice(i + 1))?.[0];
    if (!name) {
      i++;
      continue;
    }
    i += 1 + name.length;
    let args = "";
    if (text[i] === "(") {
      const end = closing(text, i);
      args = text.slice(i + 1, end).trim();
      i = end + 1;
    }
    out.push({ name, args });
  }
  return out;
}
function closing(text, open) {
  let level = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') i = skipString(text, i) - 1;
    else if (ch === "(" || ch === "[") level++;
    else if (ch === ")" || ch === "]") {
      level--;
      if (level === 0) return i;
    }
  }
  return text.length;
}
function skipString(text, start) {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}
function depth(text) {
  let level = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') i = skipString(text, i) - 1;
    else if (ch === "(" || ch === "[" || ch === "{") level++;
    else if (ch === ")" || ch === "]" || ch === "}") level--;
  }
  return level;
}
function stripComments(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = skipString(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (ch === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, "");
      i = stop - 1;
    } else out += ch;
  }
  return out;
}
function splitArgs(args) {
  const out = [];
  let level = 0;
  let current = "";
  for (let i = 0; i < args.length; i++) {
    const ch = args[i];
    if (ch === '"') {
      const end = skipString(args, i);
      current += args.slice(i, end);
      i = end - 1;
      continue;
    }
    if (ch === "(" || ch === "[") level++;
    if (ch === ")" || ch === "]") level--;
    if (ch === "," && level === 0) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
function argument(args, name) {
  for (const part of splitArgs(args)) {
    const named = /^(\w+)\s*:\s*([\s\S]*)$/.exec(part);
    if (name === void 0 && !named) return part;
    if (named && named[1] === name) return named[2].trim();
  }
  return void 0;
}
function fieldList(text) {
  if (!text) return [];
  const inner = text.trim().replace(/^\[|\]$/g, "");
  return splitArgs(inner).map((p) => /^\w+/.exec(p)?.[0]).filter((p) => Boolean(p));
}
function unquote2(value) {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(value.trim());
  return m ? m[1].replace(/\\(.)/g, "$1") : value.trim();
}

// src/discover/detectors/prisma.ts
var OPERATIONS = {
  findMany: ["select"],
  findUnique: ["select"],
  findUniqueOrThrow: ["select"],
  findFirst: ["select"],
  findFirstOrThrow: ["select"],
  count: ["select"],
  aggregate: ["select"],
  groupBy: ["select"],
  create: ["insert"],
  createMany: ["insert"],
  createManyAndReturn: ["insert"],
  update: ["update"],
  updateMany: ["update"],
  updateManyAndReturn: ["update"],
  upsert: ["insert", "update"],
  delete: ["delete"],
  deleteMany: ["delete"]
};
var PROVIDERS2 = {
  postgresql: "postgres",
  postgres: "postgres",
  cockroachdb: "postgres",
  mysql: "mysql",
  sqlite: "sqlite",
  mongodb: "mongodb",
  sqlserver: "none"
};
var SCALARS = /* @__PURE__ */ new Set(["String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"]);
var prisma = {
  name: "prisma",
  kind: "db",
  packages: ["@prisma/client", "prisma"],
  hints: /\.(?:findMany|findUnique|findFirst|create|createMany|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy)\w*\(/,
  detect(ctx) {
    const { ts } = ctx;
    const tables = new Tables();
    const schemas = readSchemas(ctx);
    const models = new Map(schemas.flatMap((s) => s.schema.models.map((m) => [lowerFirst(m.name), m.name])));
    for (const { file, schema } of schemas) {
      for (const model2 of schema.models) tables.define(model2.name, file, model2.line, columnsOf(model2, schemas));
    }
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const ops = OPERATIONS[node.expression.name.text];
        const delegate = node.expression.expression;
        if (!ops || !ts.isPropertyAccessExpression(delegate) || !ts.isIdentifier(delegate.name)) return;
        const accessor = delegate.name.text;
        const model2 = models.get(accessor) ?? (models.size === 0 && /prisma|^tx$|^this\.db$|^db$/i.test(refName(ts, delegate.expression) ?? "") ? upperFirst(accessor) : void 0);
        if (model2) tables.use(model2, ops, file.path, callLine(ts, file.sf, node));
      });
    }
    const provider = schemas.map((s) => s.schema.provider).find((p) => p !== void 0);
    return withClients(
      tables.points("prisma", (provider !== void 0 ? PROVIDERS2[provider] : void 0) ?? "postgres"),
      exportedClients(ctx, "prisma", (file, expr) => isNewOf(ts, file, expr, "PrismaClient", () => true))
    );
  }
};
function readSchemas(ctx) {
  const out = [];
  for (const file of ctx.allPaths.filter((p) => p.endsWith(".prisma")).sort()) {
    const text = ctx.readText(file);
    if (text !== void 0) out.push({ file, schema: readPrismaSchema(text) });
  }
  return out;
}
function columnsOf(model2, all) {
  const modelNames = new Set(all.flatMap((s) => s.schema.models.map((m) => m.name)));
  const enums = new Set(all.flatMap((s) => s.schema.enums));
  const types = new Set(all.flatMap((s) => s.schema.types));
  const columns = [];
  for (const field of model2.fields) {
    const isColumn = SCALARS.has(field.type) || enums.has(field.type) || types.has(field.type) || field.type.startsWith("Unsupported(");
    if (!isColumn || modelNames.has(field.type)) continue;
    const has = (name) => field.attributes.find((a) => a.name === name);
    const col = column(field.name, field.list ? `${field.type}[]` : field.type, {
      notNull: !field.optional,
      unique: Boolean(has("unique")),
      primaryKey: Boolean(has("id"))
    });
    const dflt = has("default");
    if (dflt) col.default = unquote2(argument(dflt.args) ?? dflt.args);
    columns.push(col);
  }
  for (const attr of model2.blockAttributes) {
    if (attr.name === "@id") applyKey(columns, fieldList(argument(attr.args, "fields") ?? argument(attr.args)), "primary");
    if (attr.name === "@unique") applyKey(columns, fieldList(argument(attr.args, "fields") ?? argument(attr.args)), "unique");
  }
  for (const field of model2.fields) {
    const relation = field.attributes.find((a) => a.name === "relation");
    if (!relation || !modelNames.has(field.type)) continue;
    const fields = fieldList(argument(relation.args, "fields"));
    const references = fieldList(argument(relation.args, "references"));
    fields.forEach((name, i) => {
      const col = columns.find((c) => c.name === name);
      if (col && references[i]) col.references = { table: field.type, column: references[i] };
    });
  }
  return columns;
}
function lowerFirst(s) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
function upperFirst(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// src/discover/detectors/typeorm.ts
var OPERATIONS2 = {
  find: ["select"],
  findBy: ["select"],
  findOne: ["select"],
  findOneBy: ["select"],
  findOneOrFail: ["select"],
  findOneByOrFail: ["select"],
  findAndCount: ["select"],
  findAndCountBy: ["select"],
  findByIds: ["select"],
  count: ["select"],
  countBy: ["select"],
  exist: ["select"],
  exists: ["select"],
  existsBy: ["select"],
  sum: ["select"],
  average: ["select"],
  minimum: ["select"],
  maximum: ["select"],
  preload: ["select"],
  save: ["insert", "update"],
  insert: ["insert"],
  update: ["update"],
  upsert: ["insert", "update"],
  increment: ["update"],
  decrement: ["update"],
  softDelete: ["update"],
  softRemove: ["update"],
  restore: ["update"],
  recover: ["update"],
  delete: ["delete"],
  remove: ["delete"],
  clear: ["delete"]
};
var BUILDER_WRITES = {
  insert: "insert",
  update: "update",
  delete: "delete",
  softDelete: "update",
  restore: "update"
};
var TYPES2 = {
  postgres: "postgres",
  cockroachdb: "postgres",
  "aurora-postgres": "postgres",
  mysql: "mysql",
  mariadb: "mysql",
  "aurora-mysql": "mysql",
  sqlite: "sqlite",
  "better-sqlite3": "sqlite",
  sqljs: "sqlite",
  mongodb: "mongodb",
  mssql: "none",
  oracle: "none"
};
var INFERRED = {
  string: "varchar",
  number: "integer",
  boolean: "boolean",
  Date: "timestamp",
  bigint: "bigint"
};
var typeorm = {
  name: "typeorm",
  kind: "db",
  packages: ["typeorm", "@nestjs/typeorm"],
  hints: /\b(?:getRepository|InjectRepository|Repository<|EntityManager|createQueryBuilder)\b|\.(?:find\w*|save|insert|update|delete|remove|count\w*)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const entities = /* @__PURE__ */ new Map();
    for (const file of ctx.files) {
      for (const stmt of file.sf.statements) {
        if (!ts.isClassDeclaration(stmt) || !stmt.name) continue;
        const entity = decorator2(ts, stmt, "Entity");
        if (!entity) continue;
        entities.set(stmt.name.text, {
          className: stmt.name.text,
          table: tableName(ts, entity, stmt.name.text),
          file,
          node: stmt,
          columns: []
        });
      }
    }
    for (let pass = 0; pass < 2; pass++) for (const entity of entities.values()) entity.columns = columnsOf2(ts, entity, entities);
    const tables = new Tables();
    for (const e of entities.values()) tables.define(e.table, e.file.path, lineOf(e.file.sf, e.node), e.columns);
    const tableOf = (className) => entities.get(className)?.table ?? className;
    const entityName = (file, expr, strict) => {
      if (!expr) return void 0;
      const e = unwrap2(ts, expr);
      const name = ts.isIdentifier(e) ? file.imports.find((b) => b.local === e.text && b.imported !== "default" && b.imported !== "*")?.imported ?? e.text : stringValue(ts, e);
      return name !== void 0 && (!strict || entities.has(name)) ? name : void 0;
    };
    const entityOf = (file, expr) => entityName(file, expr, true);
    const anyEntity = (file, expr) => entityName(file, expr, false);
    const repositories = new ModuleValues(ctx, (file) => repositoryLocals(ts, file, anyEntity));
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        const receiver = unwrap2(ts, node.expression.expression);
        let entity;
        let ops;
        if (method === "createQueryBuilder") {
          entity = repositoryOf(ts, file, receiver, repositories, anyEntity, entityOf);
          ops = builderOperations(ts, node);
        } else if ((method === "from" || method === "into") && node.arguments[0]) {
          entity = entityOf(file, node.arguments[0]);
          ops = builderOperations(ts, node);
        } else if (OPERATIONS2[method]) {
          ops = OPERATIONS2[method];
          entity = repositoryOf(ts, file, receiver, repositories, anyEntity, entityOf);
          if (!entity) entity = entityOf(file, node.arguments[0]);
        }
        if (entity && ops) tables.use(tableOf(entity), ops, file.path, callLine(ts, file.sf, node));
      });
    }
    const configFiles = ctx.files.filter((f) => f.imports.some((b) => b.module === "typeorm" || b.module === "@nestjs/typeorm"));
    return withClients(
      tables.points("typeorm", serviceFromOption(ts, configFiles, "type", TYPES2) ?? "postgres"),
      exportedClients(ctx, "typeorm", (file, expr) => isNewOf(ts, file, expr, "DataSource", (m) => m === "typeorm"))
    );
  }
};
function repositoryOf(ts, file, receiver, repositories, anyEntity, entityOf) {
  return repositoryCall(ts, receiver, (e) => anyEntity(file, e)) ?? repositories.valueOf(file, receiver) ?? (ts.isIdentifier(receiver) ? entityOf(file, receiver) : void 0);
}
function repositoryCall(ts, expr, entityOf) {
  const e = unwrap2(ts, expr);
  if (!ts.isCallExpression(e)) return void 0;
  const callee = e.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : void 0;
  return name && /^get(?:Mongo|Tree)?Repository$/.test(name) ? entityOf(e.arguments[0]) : void 0;
}
function repositoryLocals(ts, file, entityOf) {
  const out = /* @__PURE__ */ new Map();
  forEachBinding(ts, file.sf, (name, value) => {
    const entity = repositoryCall(ts, value, (e) => entityOf(file, e));
    if (entity) out.set(name, entity);
  });
  forEachDeep(ts, file.sf, (node) => {
    if (!(ts.isParameter(node) || ts.isPropertyDeclaration(node)) || !ts.isIdentifier(node.name)) return;
    const isMember = ts.isPropertyDeclaration(node) || Boolean(ts.getModifiers(node)?.length);
    const name = isMember ? `this.${node.name.text}` : node.name.text;
    const inject = decorator2(ts, node, "InjectRepository");
    const fromDecorator = inject ? entityOf(file, inject.arguments[0]) : void 0;
    const type = node.type;
    const fromType = type && ts.isTypeReferenceNode(type) && /^(?:Mongo|Tree)?Repository$/.test(type.typeName.getText(file.sf)) && type.typeArguments?.[0] && ts.isTypeReferenceNode(type.typeArguments[0]) ? entityOf(file, ts.factory.createIdentifier(type.typeArguments[0].typeName.getText(file.sf))) : void 0;
    const entity = fromDecorator ?? fromType;
    if (entity) out.set(name, entity);
  });
  return out;
}
function builderOperations(ts, node) {
  const ops = /* @__PURE__ */ new Set();
  for (const link of flattenChain(ts, chainTop2(ts, node)).links)
    if (link.call && BUILDER_WRITES[link.name]) ops.add(BUILDER_WRITES[link.name]);
  return ops.size ? [...ops] : ["select"];
}
function decorator2(ts, node, name) {
  const decorators = ts.canHaveDecorators(node) ? ts.getDecorators(node) ?? [] : [];
  for (const d of decorators) {
    const e = d.expression;
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === name) return e;
  }
  return void 0;
}
function decoratorNames(ts, node) {
  const decorators = ts.canHaveDecorators(node) ? ts.getDecorators(node) ?? [] : [];
  return decorators.map((d) => ts.isCallExpression(d.expression) ? d.expression.expression : d.expression).map((e) => ts.isIdentifier(e) ? e.text : "");
}
function tableName(ts, call, className) {
  const arg = call.arguments[0];
  const explicit = arg && ts.isObjectLiteralExpression(arg) ? prop(ts, arg, "name") : arg;
  const name = explicit ? stringValue(ts, explicit) : void 0;
  return name ?? snakeCase(className);
}
function snakeCase(name) {
  return name.replace(/([A-Z])([A-Z])([a-z])/g, "$1_$2$3").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function columnsOf2(ts, entity, entities) {
  const { file, node } = entity;
  const columns = [];
  const byProperty = /* @__PURE__ */ new Map();
  for (const member2 of node.members) {
    if (!ts.isPropertyDeclaration(member2) || !ts.isIdentifier(member2.name)) continue;
    const property2 = member2.name.text;
    const names = decoratorNames(ts, member2);
    const tsType = member2.type ? member2.type.getText(file.sf).replace(/\s*\|\s*(?:null|undefined)/g, "") : void 0;
    const kind = names.find((n) => /Column$/.test(n) && n !== "JoinColumn");
    let col;
    if (kind) {
      const call = decorator2(ts, member2, kind);
      const args = call?.arguments ?? [];
      const first = args[0] ? unwrap2(ts, args[0]) : void 0;
      const options = args.map((a) => unwrap2(ts, a)).find(ts.isObjectLiteralExpression);
      const opt = (name2) => options ? prop(ts, options, name2) : void 0;
      const typeArg = first && !ts.isObjectLiteralExpression(first) ? first : opt("type");
      let type = typeArg ? stringValue(ts, typeArg) ?? typeArg.getText(file.sf) : (tsType && INFERRED[tsType]) ?? tsType ?? "";
      const name = opt("name") && stringValue(ts, opt("name")) || property2;
      col = column(name, type, {
        notNull: boolValue(ts, opt("nullable")) !== true,
        unique: boolValue(ts, opt("unique")) === true,
        primaryKey: boolValue(ts, opt("primary")) === true
      });
      if (kind === "PrimaryGeneratedColumn") {
        const strategy = first && ts.isStringLiteralLike(first) ? first.text : "increment";
        type = strategy === "uuid" ? "uuid" : (opt("type") && stringValue(ts, opt("type"))) ?? "integer";
        Object.assign(col, { type, primaryKey: true, notNull: true });
      } else if (kind === "PrimaryColumn" || kind === "ObjectIdColumn") Object.assign(col, { primaryKey: true, notNull: true });
      else if (kind === "CreateDateColumn" || kind === "UpdateDateColumn")
        Object.assign(col, { type: typeArg ? type : "timestamp", notNull: true, default: "now()" });
      else if (kind === "DeleteDateColumn") Object.assign(col, { type: typeArg ? type : "timestamp", notNull: false });
      else if (kind === "VersionColumn") Object.assign(col, { type: typeArg ? type : "integer", notNull: true });
      else if (kind !== "Column") continue;
      const dflt = opt("default");
      if (dflt && col.default === void 0) col.default = defaultText(ts, dflt, file.sf);
    } else {
      col = relationColumn(ts, member2, entities);
    }
    if (!col) continue;
    if (decorator2(ts, member2, "Index") && indexIsUnique(ts, decorator2(ts, member2, "Index"))) col.unique = true;
    const same = columns.find((c) => c.name === col.name);
    if (same) {
      Object.assign(same, {
        notNull: same.notNull || col.notNull,
        unique: same.unique || col.unique,
        primaryKey: same.primaryKey || col.primaryKey
      });
      if (!same.type) same.type = col.type;
      same.references ??= col.references;
      byProperty.set(property2, same);
      continue;
    }
    columns.push(col);
    byProperty.set(property2, col);
  }
  const unique = decorator2(ts, node, "Unique");
  const list = unique?.arguments.map((a) => unwrap2(ts, a)).find(ts.isArrayLiteralExpression);
  if (list) {
    const props = list.elements.map((e) => stringValue(ts, e)).filter((s) => s !== void 0);
    applyKey(
      columns,
      props.map((p) => byProperty.get(p)?.name ?? p),
      "unique"
    );
  }
  return columns;
}
function indexIsUnique(ts, call) {
  const options = call.arguments.map((a) => unwrap2(ts, a)).find(ts.isObjectLiteralExpression);
  return Boolean(options && boolValue(ts, prop(ts, options, "unique")));
}
function relationColumn(ts, member2, entities) {
  const manyToOne = decorator2(ts, member2, "ManyToOne");
  const oneToOne = decorator2(ts, member2, "OneToOne");
  const join = decorator2(ts, member2, "JoinColumn");
  const relation = manyToOne ?? (join ? oneToOne : void 0);
  if (!relation) return void 0;
  const targetExpr = thunkTarget(ts, relation.arguments[0]);
  const targetName = targetExpr ? stringValue(ts, targetExpr) ?? (ts.isIdentifier(targetExpr) ? targetExpr.text : void 0) : void 0;
  const target = targetName ? entities.get(targetName) : void 0;
  const joinOptions = join?.arguments.map((a) => unwrap2(ts, a)).find(ts.isObjectLiteralExpression);
  const targetPk = target?.columns.find((c) => c.primaryKey);
  const referenced2 = joinOptions && prop(ts, joinOptions, "referencedColumnName") && stringValue(ts, prop(ts, joinOptions, "referencedColumnName")) || targetPk?.name || "id";
  const property2 = member2.name.text;
  const name = joinOptions && prop(ts, joinOptions, "name") && stringValue(ts, prop(ts, joinOptions, "name")) || camelCase(`${property2}_${referenced2}`);
  const options = relation.arguments.map((a) => unwrap2(ts, a)).find(ts.isObjectLiteralExpression);
  const nullable = options ? boolValue(ts, prop(ts, options, "nullable")) : void 0;
  return column(name, targetPk?.type ?? "", {
    notNull: nullable === false,
    unique: relation === oneToOne,
    references: { table: target?.table ?? targetName ?? "", column: referenced2 }
  });
}
function camelCase(name) {
  return name.replace(
    /^([A-Z])|[\s-_](\w)/g,
    (_m, p1, p2) => p2 ? p2.toUpperCase() : p1.toLowerCase()
  );
}

// src/discover/detectors/sequelize.ts
var OPERATIONS3 = {
  findAll: ["select"],
  findOne: ["select"],
  findByPk: ["select"],
  findAndCountAll: ["select"],
  count: ["select"],
  max: ["select"],
  min: ["select"],
  sum: ["select"],
  aggregate: ["select"],
  findOrCreate: ["insert", "select"],
  findCreateFind: ["insert", "select"],
  create: ["insert"],
  bulkCreate: ["insert"],
  update: ["update"],
  upsert: ["insert", "update"],
  increment: ["update"],
  decrement: ["update"],
  restore: ["update"],
  destroy: ["delete"],
  truncate: ["delete"]
};
var DIALECTS3 = {
  postgres: "postgres",
  postgresql: "postgres",
  mysql: "mysql",
  mariadb: "mysql",
  sqlite: "sqlite",
  mssql: "none",
  db2: "none",
  oracle: "none",
  snowflake: "none"
};
var sequelize = {
  name: "sequelize",
  kind: "db",
  packages: ["sequelize"],
  hints: /\.(?:define|init|belongsTo|hasMany|hasOne|findAll|findOne|findByPk|findAndCountAll|findOrCreate|create|bulkCreate|update|upsert|destroy|count)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const models = findModels(ctx);
    const byName = new Map(models.map((m) => [m.name, m]));
    const values = new ModuleValues(ctx, (file) => {
      const out = /* @__PURE__ */ new Map();
      for (const m of models) if (m.file === file && m.binding) out.set(m.binding, m);
      forEachBinding(ts, file.sf, (name, value) => {
        const known = values.valueOf(file, value);
        if (known && !out.has(name)) out.set(name, known);
      });
      return out;
    });
    const modelOf = (file, expr) => {
      const e = unwrap2(ts, expr);
      const direct = values.valueOf(file, e);
      if (direct) return direct;
      if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name))
        return byName.get(e.name.text) ?? models.find((m) => m.binding === e.name.text);
      return void 0;
    };
    for (const file of ctx.files) associations(ts, file, modelOf);
    const tables = new Tables();
    for (const m of models) tables.define(m.table, m.file.path, lineOf(m.file.sf, m.node), m.columns);
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const ops = OPERATIONS3[node.expression.name.text];
        const model2 = ops ? modelOf(file, node.expression.expression) : void 0;
        if (model2 && ops) tables.use(model2.table, ops, file.path, callLine(ts, file.sf, node));
      });
    }
    return withClients(
      tables.points("sequelize", serviceOf2(ctx)),
      exportedClients(
        ctx,
        "sequelize",
        (file, expr) => isNewOf(ts, file, expr, "Sequelize", (m) => m === "sequelize" || m === "sequelize-typescript")
      )
    );
  }
};
function findModels(ctx) {
  const { ts } = ctx;
  const models = [];
  for (const file of ctx.files) {
    const consts = constStrings(ts, file.sf);
    const modelClasses = /* @__PURE__ */ new Set();
    forEachDeep(ts, file.sf, (node) => {
      if (ts.isClassDeclaration(node) && node.name && extendsModel(ts, node)) modelClasses.add(node.name.text);
    });
    forEachDeep(ts, file.sf, (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const method = node.expression.name.text;
      const [a0, a1, a2] = node.arguments.map((a) => unwrap2(ts, a));
      if (method === "define" && a0 && a1 && ts.isObjectLiteralExpression(a1)) {
        const name = stringValue(ts, a0, consts);
        if (name === void 0) return;
        const options = a2 && ts.isObjectLiteralExpression(a2) ? a2 : void 0;
        const parent = node.parent;
        const binding = ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : void 0;
        models.push(model(ts, file, node, name, binding, a1, options));
      }
      const target = node.expression.expression;
      if (method === "init" && ts.isIdentifier(target) && modelClasses.has(target.text) && a0 && ts.isObjectLiteralExpression(a0)) {
        const options = a1 && ts.isObjectLiteralExpression(a1) ? a1 : void 0;
        const modelName = options && prop(ts, options, "modelName");
        const name = (modelName && stringValue(ts, modelName, consts)) ?? target.text;
        const declaration = file.sf.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === target.text) ?? node;
        models.push(model(ts, file, declaration, name, target.text, a0, options));
      }
    });
  }
  return models;
}
function extendsModel(ts, node) {
  return Boolean(
    node.heritageClauses?.some(
      (h) => h.types.some((t2) => {
        const e = t2.expression;
        return ts.isIdentifier(e) && e.text === "Model" || ts.isPropertyAccessExpression(e) && e.name.text === "Model";
      })
    )
  );
}
function model(ts, file, node, name, binding, attributes2, options) {
  const opt = (key) => options ? prop(ts, options, key) : void 0;
  const tableName2 = opt("tableName");
  const table = (tableName2 && stringValue(ts, tableName2)) ?? name;
  const underscored = boolValue(ts, opt("underscored")) === true;
  const columns = [];
  const byAttribute = /* @__PURE__ */ new Map();
  for (const p of attributes2.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const attr = propName(ts, p.name);
    if (attr === void 0) continue;
    const col = attributeColumn(ts, file, attr, unwrap2(ts, p.initializer), underscored);
    columns.push(col);
    byAttribute.set(attr, col);
  }
  if (!columns.some((c) => c.primaryKey)) columns.unshift(column("id", "INTEGER", { notNull: true, primaryKey: true }));
  if (boolValue(ts, opt("timestamps")) !== false) {
    for (const [key, fallback] of [
      ["createdAt", underscored ? "created_at" : "createdAt"],
      ["updatedAt", underscored ? "updated_at" : "updatedAt"]
    ]) {
      const custom = opt(key);
      if (custom && boolValue(ts, custom) === false) continue;
      const colName = (custom && stringValue(ts, custom)) ?? fallback;
      if (!columns.some((c) => c.name === colName)) columns.push(column(colName, "DATE", { notNull: true }));
    }
    if (boolValue(ts, opt("paranoid")) === true) columns.push(column(underscored ? "deleted_at" : "deletedAt", "DATE"));
  }
  return { name, table, file, node, binding, columns, attributes: byAttribute, underscored };
}
function attributeColumn(ts, file, attr, value, underscored) {
  const options = ts.isObjectLiteralExpression(value) ? value : void 0;
  const opt = (key) => options ? prop(ts, options, key) : void 0;
  const field = opt("field");
  const name = (field && stringValue(ts, field)) ?? (underscored ? snake(attr) : attr);
  const typeExpr = options ? opt("type") : value;
  const primaryKey = boolValue(ts, opt("primaryKey")) === true;
  const unique = opt("unique");
  const col = column(name, typeExpr ? dataType(ts, file, typeExpr) : "", {
    notNull: primaryKey || boolValue(ts, opt("allowNull")) === false,
    unique: Boolean(unique && (boolValue(ts, unique) === true || ts.isStringLiteralLike(unique) || ts.isObjectLiteralExpression(unique))),
    primaryKey
  });
  const dflt = opt("defaultValue");
  if (dflt) col.default = defaultText(ts, dflt, file.sf);
  const references = opt("references");
  if (references && ts.isObjectLiteralExpression(references)) {
    const target = prop(ts, references, "model");
    const key = prop(ts, references, "key");
    const table = target ? stringValue(ts, target) ?? unwrap2(ts, target).getText(file.sf) : void 0;
    if (table) col.references = { table, column: (key && stringValue(ts, key)) ?? "id" };
  }
  return col;
}
function dataType(ts, file, expr) {
  let e = unwrap2(ts, expr);
  if (ts.isCallExpression(e)) e = e.expression;
  if (ts.isPropertyAccessExpression(e)) {
    let access = e;
    while (ts.isPropertyAccessExpression(access.expression) && /^[A-Z0-9_]+$/.test(access.expression.name.text)) access = access.expression;
    return access.name.text;
  }
  return e.getText(file.sf);
}
function associations(ts, file, modelOf) {
  forEachDeep(ts, file.sf, (node) => {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
    const kind = node.expression.name.text;
    if (kind !== "belongsTo" && kind !== "hasMany" && kind !== "hasOne") return;
    const source = modelOf(file, node.expression.expression);
    const target = node.arguments[0] ? modelOf(file, node.arguments[0]) : void 0;
    if (!source || !target) return;
    const options = node.arguments[1] && ts.isObjectLiteralExpression(unwrap2(ts, node.arguments[1])) ? unwrap2(ts, node.arguments[1]) : void 0;
    const [owner, referenced2] = kind === "belongsTo" ? [source, target] : [target, source];
    const fk = options && prop(ts, options, "foreignKey");
    const fkOptions = fk && ts.isObjectLiteralExpression(unwrap2(ts, fk)) ? unwrap2(ts, fk) : void 0;
    const as = options && prop(ts, options, "as");
    const base = kind === "belongsTo" ? (as && stringValue(ts, as)) ?? referenced2.name : referenced2.name;
    const fallback = owner.underscored ? `${snake(base)}_id` : `${lowerFirst2(base)}Id`;
    const name = (fkOptions ? stringValue(ts, prop(ts, fkOptions, "name") ?? ts.factory.createStringLiteral(fallback)) : fk ? stringValue(ts, fk) : void 0) ?? fallback;
    const keyOption = options && prop(ts, options, kind === "belongsTo" ? "targetKey" : "sourceKey");
    const pk = referenced2.columns.find((c) => c.primaryKey);
    const refColumn = (keyOption && stringValue(ts, keyOption)) ?? pk?.name ?? "id";
    const allowNull = fkOptions ? boolValue(ts, prop(ts, fkOptions, "allowNull")) : void 0;
    let col = owner.attributes.get(name) ?? owner.columns.find((c) => c.name === name);
    if (!col) {
      col = column(owner.underscored ? snake(name) : name, pk?.type ?? "INTEGER");
      owner.columns.push(col);
      owner.attributes.set(name, col);
    }
    if (allowNull === false) col.notNull = true;
    col.references = { table: referenced2.table, column: refColumn };
  });
}
function serviceOf2(ctx) {
  const { ts } = ctx;
  const files = ctx.files.filter((f) => f.imports.some((b) => b.module === "sequelize"));
  const found2 = serviceFromOption(ts, files, "dialect", DIALECTS3);
  if (found2) return found2;
  for (const file of files) {
    const m = /['"`](postgres(?:ql)?|mysql|mariadb|sqlite):\/\//.exec(file.text);
    if (m) return DIALECTS3[m[1]];
  }
  return "postgres";
}
function lowerFirst2(s) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
function snake(s) {
  return s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

// src/discover/detectors/drizzle.ts
var CREATORS = {
  pgTable: "postgres",
  mysqlTable: "mysql",
  sqliteTable: "sqlite",
  singlestoreTable: "mysql"
};
var SCHEMA_CREATORS = { pgSchema: "postgres", mysqlSchema: "mysql" };
var ENUM_CREATORS = /* @__PURE__ */ new Set(["pgEnum", "mysqlEnum"]);
var STEPS = {
  from: ["select"],
  insert: ["insert"],
  update: ["update"],
  delete: ["delete"],
  leftJoin: ["select"],
  rightJoin: ["select"],
  innerJoin: ["select"],
  fullJoin: ["select"],
  crossJoin: ["select"]
};
var RELATIONAL = /* @__PURE__ */ new Set(["findMany", "findFirst"]);
var UPSERTS = /* @__PURE__ */ new Set(["onConflictDoUpdate", "onDuplicateKeyUpdate"]);
var drizzle = {
  name: "drizzle",
  kind: "db",
  packages: ["drizzle-orm"],
  hints: /\.(?:from|insert|update|delete|findMany|findFirst)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const declared2 = [];
    for (const file of ctx.files) declared2.push(...findTables(ts, file));
    const values = new ModuleValues(
      ctx,
      (file) => new Map(declared2.filter((t2) => t2.file === file).map((t2) => [t2.binding, t2]))
    );
    for (const table of declared2) {
      for (const { col, target } of table.pending) {
        const ref = unwrap2(ts, target);
        if (!ts.isPropertyAccessExpression(ref)) continue;
        const other = values.valueOf(table.file, ref.expression);
        const key = ref.name.text;
        if (other) col.references = { table: other.name, column: other.byKey.get(key)?.name ?? key };
      }
    }
    const tables = new Tables();
    for (const t2 of declared2) tables.define(t2.name, t2.file.path, lineOf(t2.file.sf, t2.node), t2.columns);
    const byBinding = new Map(declared2.map((t2) => [t2.binding, t2]));
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        const step = STEPS[method];
        if (step && node.arguments[0]) {
          const table = values.valueOf(file, node.arguments[0]);
          if (!table) return;
          const { links } = flattenChain(ts, chainTop2(ts, node));
          const ops = method === "insert" && links.some((l) => UPSERTS.has(l.name)) ? ["insert", "update"] : step;
          tables.use(table.name, ops, file.path, callLine(ts, file.sf, node));
        } else if (RELATIONAL.has(method)) {
          const delegate = node.expression.expression;
          if (!ts.isPropertyAccessExpression(delegate) || !ts.isPropertyAccessExpression(delegate.expression) || delegate.expression.name.text !== "query")
            return;
          const table = byBinding.get(delegate.name.text);
          if (table) tables.use(table.name, ["select"], file.path, callLine(ts, file.sf, node));
        }
      });
    }
    return tables.points("drizzle", declared2[0]?.service ?? "postgres");
  }
};
function findTables(ts, file) {
  const drizzleNames = new Map(file.imports.filter((b) => b.module.startsWith("drizzle-orm")).map((b) => [b.local, b.imported]));
  if (drizzleNames.size === 0) return [];
  const consts = constStrings(ts, file.sf);
  const enums = /* @__PURE__ */ new Map();
  const schemas = /* @__PURE__ */ new Map();
  const out = [];
  forEachDeep(ts, file.sf, (node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
    const init = unwrap2(ts, node.initializer);
    if (!ts.isCallExpression(init)) return;
    const callee = init.expression;
    const creator = ts.isIdentifier(callee) ? drizzleNames.get(callee.text) : void 0;
    const first = init.arguments[0] ? stringValue(ts, init.arguments[0], consts) : void 0;
    if (creator && ENUM_CREATORS.has(creator) && first) enums.set(node.name.text, first);
    if (creator && SCHEMA_CREATORS[creator]) schemas.set(node.name.text, SCHEMA_CREATORS[creator]);
    const service = creator && CREATORS[creator] ? CREATORS[creator] : ts.isPropertyAccessExpression(callee) && callee.name.text === "table" && ts.isIdentifier(callee.expression) ? schemas.get(callee.expression.text) : void 0;
    if (!service || first === void 0) return;
    const table = { name: first, binding: node.name.text, file, node: init, service, columns: [], byKey: /* @__PURE__ */ new Map(), pending: [] };
    readColumns(ts, file, init.arguments[1], table, enums);
    readConstraints(ts, init.arguments[2], table);
    out.push(table);
  });
  return out;
}
function readColumns(ts, file, arg, table, enums) {
  let obj = arg ? unwrap2(ts, arg) : void 0;
  if (obj && (ts.isArrowFunction(obj) || ts.isFunctionExpression(obj))) obj = returned(ts, obj);
  if (!obj || !ts.isObjectLiteralExpression(obj)) return;
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const key = propName(ts, p.name);
    if (key === void 0) continue;
    const { root, links } = flattenChain(ts, unwrap2(ts, p.initializer));
    const builder2 = links[0];
    if (!builder2?.call) continue;
    const builderName = builder2.name === "()" && ts.isIdentifier(root) ? root.text : builder2.name;
    const nameArg = builder2.call.arguments[0];
    const name = (nameArg && stringValue(ts, nameArg)) ?? key;
    const type = enums.get(builderName) ?? builderName;
    const col = column(name, type, /serial$/i.test(builderName) ? { notNull: true } : {});
    applyModifiers(ts, file, links.slice(1), col, table);
    table.columns.push(col);
    table.byKey.set(key, col);
  }
}
function applyModifiers(ts, file, links, col, table) {
  for (const link of links) {
    const arg = link.call?.arguments[0];
    switch (link.name) {
      case "primaryKey":
        Object.assign(col, { primaryKey: true, notNull: true });
        break;
      case "notNull":
      case "generatedAlwaysAsIdentity":
      case "generatedByDefaultAsIdentity":
        col.notNull = true;
        break;
      case "unique":
        col.unique = true;
        break;
      case "defaultNow":
        col.default = "now()";
        break;
      case "defaultRandom":
        col.default = "gen_random_uuid()";
        break;
      case "default":
        if (arg) col.default = drizzleDefault(ts, file, arg);
        break;
      case "references": {
        const target = thunkTarget(ts, arg);
        if (target) table.pending.push({ col, target });
        break;
      }
    }
  }
}
function drizzleDefault(ts, file, expr) {
  const e = unwrap2(ts, expr);
  if (ts.isTaggedTemplateExpression(e) && ts.isNoSubstitutionTemplateLiteral(e.template)) return e.template.text;
  return defaultText(ts, e, file.sf);
}
function readConstraints(ts, arg, table) {
  const fn = arg ? unwrap2(ts, arg) : void 0;
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return;
  const body = returned(ts, fn);
  if (!body) return;
  const items = ts.isArrayLiteralExpression(body) ? [...body.elements] : ts.isObjectLiteralExpression(body) ? body.properties.filter(ts.isPropertyAssignment).map((p) => p.initializer) : [];
  const keysOf = (exprs) => exprs.map((e) => unwrap2(ts, e)).filter(ts.isPropertyAccessExpression).map((e) => table.byKey.get(e.name.text)?.name ?? e.name.text);
  for (const item of items) {
    const { root, links } = flattenChain(ts, unwrap2(ts, item));
    const head = ts.isIdentifier(root) ? root.text : "";
    const on = links.find((l) => l.name === "on")?.call?.arguments ?? [];
    if (head === "unique" || head === "uniqueIndex") applyKey(table.columns, keysOf(on), "unique");
    else if (head === "primaryKey") {
      const args = links[0]?.call?.arguments ?? [];
      const options = args[0] && ts.isObjectLiteralExpression(args[0]) ? args[0] : void 0;
      const columnsProp = options?.properties.find((p) => ts.isPropertyAssignment(p) && propName(ts, p.name) === "columns");
      const list = columnsProp && ts.isPropertyAssignment(columnsProp) && ts.isArrayLiteralExpression(columnsProp.initializer) ? [...columnsProp.initializer.elements] : [...args];
      applyKey(table.columns, keysOf(list), "primary");
    } else if (head === "foreignKey") {
      const options = links[0]?.call?.arguments[0];
      if (!options || !ts.isObjectLiteralExpression(options)) continue;
      const list = (name) => {
        const p = options.properties.find((x) => ts.isPropertyAssignment(x) && propName(ts, x.name) === name);
        return p && ts.isPropertyAssignment(p) && ts.isArrayLiteralExpression(p.initializer) ? [...p.initializer.elements] : [];
      };
      const foreign = list("foreignColumns");
      list("columns").forEach((c, i) => {
        const local = unwrap2(ts, c);
        const col = ts.isPropertyAccessExpression(local) ? table.byKey.get(local.name.text) : void 0;
        if (col && foreign[i]) table.pending.push({ col, target: foreign[i] });
      });
    }
  }
}
function returned(ts, fn) {
  if (!ts.isBlock(fn.body)) return unwrap2(ts, fn.body);
  for (const stmt of fn.body.statements) if (ts.isReturnStatement(stmt) && stmt.expression) return unwrap2(ts, stmt.expression);
  return void 0;
}

// src/discover/detectors/mongodb.ts
var OPERATIONS4 = {
  find: ["select"],
  findOne: ["select"],
  aggregate: ["select"],
  countDocuments: ["select"],
  estimatedDocumentCount: ["select"],
  distinct: ["select"],
  watch: ["select"],
  insertOne: ["insert"],
  insertMany: ["insert"],
  updateOne: ["update"],
  updateMany: ["update"],
  replaceOne: ["update"],
  findOneAndUpdate: ["update"],
  findOneAndReplace: ["update"],
  deleteOne: ["delete"],
  deleteMany: ["delete"],
  findOneAndDelete: ["delete"]
};
var BULK = {
  insertOne: "insert",
  updateOne: "update",
  updateMany: "update",
  replaceOne: "update",
  deleteOne: "delete",
  deleteMany: "delete"
};
function bulkOperations(argumentText) {
  const ops = new Set(
    [...argumentText.matchAll(/\b(insertOne|updateOne|updateMany|replaceOne|deleteOne|deleteMany)\s*:/g)].map((m) => BULK[m[1]])
  );
  return ops.size ? [...ops] : ["delete", "insert", "update"];
}
var mongodb = {
  name: "mongodb",
  kind: "db",
  packages: ["mongodb"],
  hints: /\.collection\(|\.(?:find|findOne|insertOne|insertMany|updateOne|updateMany|deleteOne|deleteMany|aggregate|countDocuments|bulkWrite)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const tables = new Tables();
    const handles = new ModuleValues(ctx, (file) => handleLocals(ts, file, handles));
    for (const file of ctx.files) {
      const consts = constStrings(ts, file.sf);
      forEachDeep(ts, file.sf, (node) => {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        if ((method === "collection" || method === "createCollection") && node.arguments[0]) {
          const name = stringValue(ts, node.arguments[0], consts);
          if (name !== void 0) tables.define(name, file.path, callLine(ts, file.sf, node));
          return;
        }
        const ops = method === "bulkWrite" ? bulkOperations(node.arguments[0]?.getText(file.sf) ?? "") : OPERATIONS4[method];
        const handle = ops ? handleOf(ts, file, node.expression.expression, handles) : void 0;
        if (handle && ops) tables.use(handle, ops, file.path, callLine(ts, file.sf, node));
      });
    }
    return tables.points("mongodb", "mongodb");
  }
};
function handleOf(ts, file, expr, handles) {
  const e = unwrap2(ts, expr);
  const direct = collectionCall(ts, e, file);
  if (direct !== void 0) return direct;
  if (ts.isCallExpression(e) && e.arguments.length === 0) {
    const fn = handles.valueOf(file, e.expression);
    return fn?.fn ? fn.collection : void 0;
  }
  const value = handles.valueOf(file, e);
  return value && !value.fn ? value.collection : void 0;
}
function collectionCall(ts, expr, file) {
  const e = unwrap2(ts, expr);
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.expression.name.text !== "collection" || !e.arguments[0])
    return void 0;
  let consts = constCache.get(file.sf);
  if (!consts) {
    consts = constStrings(ts, file.sf);
    constCache.set(file.sf, consts);
  }
  return stringValue(ts, e.arguments[0], consts);
}
var constCache = /* @__PURE__ */ new WeakMap();
function handleLocals(ts, file, handles) {
  const out = /* @__PURE__ */ new Map();
  const returnedCollection = (fn) => {
    const body = fn.body;
    if (!body) return void 0;
    if (!ts.isBlock(body)) return collectionCall(ts, body, file);
    let found2;
    forEachDeep(ts, body, (n) => {
      if (found2 === void 0 && ts.isReturnStatement(n) && n.expression) found2 = collectionCall(ts, n.expression, file);
    });
    return found2;
  };
  forEachBinding(ts, file.sf, (name, value) => {
    const v = unwrap2(ts, value);
    const direct = collectionCall(ts, v, file);
    if (direct !== void 0) out.set(name, { collection: direct, fn: false });
    else if (ts.isArrowFunction(v) || ts.isFunctionExpression(v)) {
      const c = returnedCollection(v);
      if (c !== void 0) out.set(name, { collection: c, fn: true });
    } else {
      const alias = handles.valueOf(file, v);
      if (alias) out.set(name, alias);
    }
  });
  forEachDeep(ts, file.sf, (n) => {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessorDeclaration(n)) && n.name && ts.isIdentifier(n.name)) {
      const c = returnedCollection(n);
      if (c === void 0) return;
      const member2 = ts.isMethodDeclaration(n) || ts.isGetAccessorDeclaration(n);
      out.set(member2 ? `this.${n.name.text}` : n.name.text, { collection: c, fn: !ts.isGetAccessorDeclaration(n) });
    }
  });
  return out;
}

// src/discover/detectors/mongoose.ts
var OPERATIONS5 = {
  find: ["select"],
  findOne: ["select"],
  findById: ["select"],
  countDocuments: ["select"],
  estimatedDocumentCount: ["select"],
  exists: ["select"],
  distinct: ["select"],
  aggregate: ["select"],
  create: ["insert"],
  insertMany: ["insert"],
  updateOne: ["update"],
  updateMany: ["update"],
  replaceOne: ["update"],
  findByIdAndUpdate: ["update"],
  findOneAndUpdate: ["update"],
  findOneAndReplace: ["update"],
  deleteOne: ["delete"],
  deleteMany: ["delete"],
  findByIdAndDelete: ["delete"],
  findOneAndDelete: ["delete"],
  findByIdAndRemove: ["delete"],
  findOneAndRemove: ["delete"]
};
var mongoose = {
  name: "mongoose",
  kind: "db",
  packages: ["mongoose"],
  hints: /\.(?:find\w*|create|insertMany|update\w*|delete\w*|countDocuments|aggregate|exists|model)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const models = [];
    const bindings = /* @__PURE__ */ new Map();
    for (const file of ctx.files) findModels2(ts, file, models, bindings);
    const byName = new Map(models.map((m) => [m.name, m]));
    for (const m of models) for (const { col, model: model2 } of m.refs) col.references = { table: byName.get(model2)?.key ?? model2, column: "_id" };
    const values = new ModuleValues(
      ctx,
      (file) => bindings.get(file.path) ?? /* @__PURE__ */ new Map(),
      (file, expr) => modelAt(ts, expr, models)
    );
    const modelOf = (file, expr) => {
      const e = unwrap2(ts, expr);
      const tracked = values.valueOf(file, e);
      if (tracked) return tracked;
      if (ts.isPropertyAccessExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "models")
        return byName.get(e.name.text);
      if (ts.isCallExpression(e) && e.arguments.length === 1 && calleeIs(ts, e, "model")) {
        const name = stringValue(ts, e.arguments[0]);
        return name !== void 0 ? byName.get(name) : void 0;
      }
      return void 0;
    };
    const tables = new Tables();
    for (const m of models) tables.define(m.key, m.file.path, lineOf(m.file.sf, m.node), m.columns);
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (node) => {
        if (ts.isNewExpression(node)) {
          const model3 = modelOf(file, node.expression);
          if (model3) tables.use(model3.key, ["insert"], file.path, lineOf(file.sf, node));
          return;
        }
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
        const method = node.expression.name.text;
        const ops = method === "bulkWrite" ? bulkOperations(node.arguments[0]?.getText(file.sf) ?? "") : OPERATIONS5[method];
        const model2 = ops ? modelOf(file, node.expression.expression) : void 0;
        if (model2 && ops) tables.use(model2.key, ops, file.path, callLine(ts, file.sf, node));
      });
    }
    return tables.points("mongoose", "mongodb");
  }
};
function calleeIs(ts, call, name) {
  const callee = call.expression;
  return ts.isIdentifier(callee) && callee.text === name || ts.isPropertyAccessExpression(callee) && callee.name.text === name;
}
function modelAt(ts, expr, models) {
  const e = unwrap2(ts, expr);
  if (ts.isBinaryExpression(e)) return modelAt(ts, e.right, models) ?? modelAt(ts, e.left, models);
  return ts.isCallExpression(e) ? models.find((m) => m.node === e) : void 0;
}
function findModels2(ts, file, models, bindings) {
  const consts = constStrings(ts, file.sf);
  const schemas = /* @__PURE__ */ new Map();
  forEachDeep(ts, file.sf, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = unwrap2(ts, node.initializer);
      if (isSchema(ts, init)) schemas.set(node.name.text, init);
    }
  });
  const local = /* @__PURE__ */ new Map();
  forEachDeep(ts, file.sf, (node) => {
    if (!ts.isCallExpression(node) || !calleeIs(ts, node, "model") || node.arguments.length < 2) return;
    const [a0, a1, a2] = node.arguments.map((a) => unwrap2(ts, a));
    const name = stringValue(ts, a0, consts);
    if (name === void 0) return;
    const schema = isSchema(ts, a1) ? a1 : ts.isIdentifier(a1) ? schemas.get(a1.text) : void 0;
    const fields = schema?.arguments?.[0] ? unwrap2(ts, schema.arguments[0]) : void 0;
    const options = schema?.arguments?.[1] ? unwrap2(ts, schema.arguments[1]) : void 0;
    const opts = options && ts.isObjectLiteralExpression(options) ? options : void 0;
    const collectionOption = opts ? prop(ts, opts, "collection") : void 0;
    const collection = (a2 && stringValue(ts, a2, consts)) ?? (collectionOption && stringValue(ts, collectionOption, consts));
    const model2 = { name, key: collection ?? name, file, node, columns: [], refs: [] };
    if (fields && ts.isObjectLiteralExpression(fields)) readFields(ts, file, fields, "", model2, schemas);
    if (!opts || boolValue(ts, prop(ts, opts, "_id")) !== false)
      model2.columns.unshift(column("_id", "objectid", { notNull: true, primaryKey: true }));
    timestamps(ts, opts, model2);
    models.push(model2);
    const binding = bindingOf(ts, node);
    if (binding) local.set(binding, model2);
  });
  bindings.set(file.path, local);
}
function bindingOf(ts, node) {
  let cur = node;
  while (cur.parent && (ts.isBinaryExpression(cur.parent) || ts.isParenthesizedExpression(cur.parent) || ts.isAsExpression(cur.parent)))
    cur = cur.parent;
  const parent = cur.parent;
  return parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : void 0;
}
function isSchema(ts, expr) {
  if (!ts.isNewExpression(expr)) return false;
  const callee = expr.expression;
  return ts.isIdentifier(callee) && callee.text === "Schema" || ts.isPropertyAccessExpression(callee) && callee.name.text === "Schema";
}
function readFields(ts, file, obj, prefix, model2, schemas) {
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const key = propName(ts, p.name);
    if (key === void 0) continue;
    const name = prefix + key;
    const value = unwrap2(ts, p.initializer);
    if (ts.isObjectLiteralExpression(value) && !prop(ts, value, "type")) {
      readFields(ts, file, value, `${name}.`, model2, schemas);
      continue;
    }
    const options = ts.isObjectLiteralExpression(value) ? value : void 0;
    const typeExpr = options ? prop(ts, options, "type") : value;
    const col = column(name, typeName(ts, typeExpr, schemas));
    if (options) {
      const required2 = prop(ts, options, "required");
      const req = required2 ? unwrap2(ts, required2) : void 0;
      col.notNull = Boolean(
        req && (boolValue(ts, req) === true || ts.isArrayLiteralExpression(req) && boolValue(ts, req.elements[0]) === true)
      );
      col.unique = boolValue(ts, prop(ts, options, "unique")) === true;
      const dflt = prop(ts, options, "default");
      if (dflt) col.default = defaultText(ts, dflt, file.sf);
      const ref = prop(ts, options, "ref");
      const target = ref ? stringValue(ts, ref) : void 0;
      if (target) model2.refs.push({ col, model: target });
    }
    const element = ts.isArrayLiteralExpression(typeExpr) ? typeExpr.elements[0] : void 0;
    const elementOptions = element && ts.isObjectLiteralExpression(unwrap2(ts, element)) ? unwrap2(ts, element) : void 0;
    const elementRef = elementOptions ? prop(ts, elementOptions, "ref") : void 0;
    const elementTarget = elementRef ? stringValue(ts, elementRef) : void 0;
    if (elementTarget) model2.refs.push({ col, model: elementTarget });
    model2.columns.push(col);
  }
}
function typeName(ts, expr, schemas) {
  const e = unwrap2(ts, expr);
  if (ts.isArrayLiteralExpression(e)) {
    const first = e.elements[0];
    if (!first) return "array";
    const inner = unwrap2(ts, first);
    const options = ts.isObjectLiteralExpression(inner) ? prop(ts, inner, "type") : void 0;
    return `${typeName(ts, options ?? inner, schemas)}[]`;
  }
  if (ts.isIdentifier(e) && schemas.has(e.text)) return "subdocument";
  if (isSchema(ts, e) || ts.isObjectLiteralExpression(e)) return "subdocument";
  if (ts.isStringLiteralLike(e)) return e.text.toLowerCase();
  if (ts.isIdentifier(e)) return e.text.toLowerCase();
  if (ts.isPropertyAccessExpression(e)) return e.name.text.toLowerCase();
  return "mixed";
}
function timestamps(ts, options, model2) {
  const value = options ? prop(ts, options, "timestamps") : void 0;
  if (!value) return;
  const v = unwrap2(ts, value);
  const custom = ts.isObjectLiteralExpression(v) ? v : void 0;
  if (!custom && boolValue(ts, v) !== true) return;
  for (const key of ["createdAt", "updatedAt"]) {
    const setting = custom ? prop(ts, custom, key) : void 0;
    if (setting && boolValue(ts, setting) === false) continue;
    const name = (setting && stringValue(ts, setting)) ?? key;
    model2.columns.push(column(name, "date", { notNull: true }));
  }
}

// src/discover/detectors/track/instances.ts
var MAX_DEPTH6 = 16;
var Instances = class {
  constructor(r, spec) {
    this.r = r;
    this.spec = spec;
  }
  r;
  spec;
  cache = /* @__PURE__ */ new Map();
  of(file, expr, depth2 = 0) {
    if (depth2 > MAX_DEPTH6) return void 0;
    if (this.cache.has(expr)) return this.cache.get(expr) ?? void 0;
    this.cache.set(expr, null);
    const found2 = this.compute(file, expr, depth2);
    this.cache.set(expr, found2 ?? null);
    return found2;
  }
  /** The library export an expression names: `createClient`, `default`, `Client.create`; undefined when it is not the library's. */
  libraryPath(file, expr) {
    const { ts } = this.r;
    const e = this.r.unwrap(expr);
    if (ts.isIdentifier(e)) {
      const d = this.r.declarationOf(file, e.text, e);
      if (d?.kind !== "module" || !this.spec.packages.includes(packageOf(d.module))) return void 0;
      return d.imported === "*" ? "default" : d.imported;
    }
    if (ts.isPropertyAccessExpression(e)) {
      const base = this.libraryPath(file, e.expression);
      if (base === void 0) return void 0;
      return base === "default" ? e.name.text : `${base}.${e.name.text}`;
    }
    return void 0;
  }
  compute(file, expr, depth2) {
    const { ts } = this.r;
    const e = this.r.unwrap(expr);
    if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
      const callee = e.expression;
      const path32 = this.libraryPath(file, callee);
      if (path32 !== void 0) {
        const producer = this.spec.producers.find((p) => p.factory === path32 && !p.bare);
        return producer ? { kind: producer.kind, origin: e, file } : void 0;
      }
      if (ts.isPropertyAccessExpression(callee)) {
        const receiver = this.of(file, callee.expression, depth2 + 1);
        const method = callee.name.text;
        if (receiver) {
          const producer = this.spec.producers.find((p) => p.on === receiver.kind && p.method === method);
          if (producer) return { kind: producer.kind, origin: e, file };
          if (this.spec.passthrough?.includes(method)) return receiver;
          return void 0;
        }
        if (callee.expression.kind === ts.SyntaxKind.ThisKeyword) return this.ofMethodReturn(file, callee, depth2);
        if (ts.isIdentifier(callee.expression)) {
          const d = this.r.declarationOf(file, callee.expression.text, callee.expression);
          const method2 = d?.kind === "class" && d.node.members.find(
            (m) => ts.isMethodDeclaration(m) && m.name.getText() === callee.name.text && (ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword) ?? false)
          );
          if (d && method2) return this.ofReturn(d.file, method2, depth2);
        }
        return void 0;
      }
      if (ts.isIdentifier(callee) && ts.isCallExpression(e)) return this.ofCallee(file, e, callee, depth2);
      return void 0;
    }
    if (ts.isIdentifier(e)) {
      const d = this.r.declarationOf(file, e.text, e);
      return d ? this.ofDeclaration(d, e.text, depth2) : void 0;
    }
    if (ts.isPropertyAccessExpression(e)) {
      if (e.expression.kind === ts.SyntaxKind.ThisKeyword) return this.ofThisMember(file, e, depth2);
      if (ts.isIdentifier(e.expression)) {
        const d = this.r.declarationOf(file, e.expression.text, e.expression);
        if (d?.kind === "module") return void 0;
        if (d?.kind === "class") {
          const member2 = this.r.staticMember(d.file, d.node, e.name.text);
          for (const value2 of member2.values) {
            const found2 = this.of(d.file, value2, depth2 + 1);
            if (found2) return found2;
          }
          return member2.property && this.ofType(d.file, member2.property.type);
        }
        const binding = file.imports.find((b) => b.local === e.expression.text && b.imported === "*");
        const target = binding && this.r.resolveImport(file, binding.module);
        if (target) {
          const inner = this.r.topLevel(target, e.name.text);
          return inner ? this.ofDeclaration(inner, e.name.text, depth2) : void 0;
        }
      }
      const value = this.r.propertyOf(file, e.expression, e.name.text);
      return value ? this.of(value.file, value.expr, depth2 + 1) : void 0;
    }
    return void 0;
  }
  ofDeclaration(d, name, depth2) {
    const { ts } = this.r;
    switch (d.kind) {
      case "module": {
        if (!this.spec.packages.includes(packageOf(d.module))) return void 0;
        const path32 = d.imported === "*" ? "default" : d.imported;
        const producer = this.spec.producers.find((p) => p.bare && p.factory === path32);
        return producer ? { kind: producer.kind, file: d.file } : void 0;
      }
      case "var": {
        if (d.decl.initializer) {
          const init = this.r.unwrap(d.decl.initializer);
          if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return void 0;
          const found2 = this.of(d.file, d.decl.initializer, depth2 + 1);
          if (found2) return found2;
        }
        for (const value of this.r.assignmentsTo(d.file, name)) {
          const found2 = this.of(d.file, value, depth2 + 1);
          if (found2) return found2;
        }
        return this.ofType(d.file, d.decl.type);
      }
      case "param":
        return this.ofDecorated(d.file, d.param) ?? this.ofType(d.file, d.param.type);
      default:
        return void 0;
    }
  }
  ofThisMember(file, e, depth2) {
    const member2 = this.r.thisMember(e, e.name.text);
    if (!member2) return void 0;
    const decorated = member2.property && this.ofDecorated(file, member2.property);
    if (decorated) return decorated;
    for (const value of member2.values) {
      const found2 = this.of(file, value, depth2 + 1);
      if (found2) return found2;
    }
    return member2.property && this.ofType(file, member2.property.type);
  }
  ofDecorated(file, node) {
    const { ts } = this.r;
    if (!this.spec.decorators) return void 0;
    for (const dec of ts.canHaveDecorators(node) ? ts.getDecorators(node) ?? [] : []) {
      const call = dec.expression;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) continue;
      const kind = this.spec.decorators[call.expression.text];
      if (kind && this.libraryPath(file, call.expression) !== void 0) return { kind, origin: call, file };
    }
    return void 0;
  }
  /** A type annotation naming one of the library's types (through `Promise<…>` and `| undefined`). */
  ofType(file, type) {
    const { ts } = this.r;
    if (!type || !this.spec.types) return void 0;
    if (ts.isUnionTypeNode(type)) {
      for (const t2 of type.types) {
        const found2 = this.ofType(file, t2);
        if (found2) return found2;
      }
      return void 0;
    }
    if (ts.isParenthesizedTypeNode(type)) return this.ofType(file, type.type);
    if (!ts.isTypeReferenceNode(type)) return void 0;
    const name = type.typeName;
    if (ts.isIdentifier(name) && name.text === "Promise" && type.typeArguments?.[0]) return this.ofType(file, type.typeArguments[0]);
    let path32;
    if (ts.isIdentifier(name)) path32 = this.libraryPath(file, name);
    else if (ts.isIdentifier(name.left)) {
      const base = this.libraryPath(file, name.left);
      if (base !== void 0) path32 = base === "default" ? name.right.text : `${base}.${name.right.text}`;
    }
    const kind = path32 === void 0 ? void 0 : this.spec.types[path32];
    return kind ? { kind, file } : void 0;
  }
  /** A call to a local or imported function that returns an instance (`getChannel()`). */
  ofCallee(file, call, callee, depth2) {
    const { ts } = this.r;
    const d = this.r.declarationOf(file, callee.text, callee);
    if (!d) return void 0;
    let fn;
    if (d.kind === "function") fn = { file: d.file, node: d.node };
    if (d.kind === "var" && d.decl.initializer) {
      const init = this.r.unwrap(d.decl.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) fn = { file: d.file, node: init };
    }
    const found2 = fn && this.ofReturn(fn.file, fn.node, depth2);
    if (!found2?.origin || !fn || !isWithin2(found2.origin, fn.node)) return found2;
    const bindings = /* @__PURE__ */ new Map();
    fn.node.parameters.forEach((p, i) => bindings.set(p, { file, expr: call.arguments[i] }));
    return { ...found2, bindings };
  }
  ofMethodReturn(file, callee, depth2) {
    const { ts } = this.r;
    for (let n = callee.parent; n; n = n.parent) {
      if (ts.isClassLike(n)) {
        const method = n.members.find((m) => ts.isMethodDeclaration(m) && m.name.getText() === callee.name.text);
        return method ? this.ofReturn(file, method, depth2) : void 0;
      }
    }
    return void 0;
  }
  ofReturn(file, fn, depth2) {
    const { ts } = this.r;
    let found2;
    if (fn.body && !ts.isBlock(fn.body)) found2 = this.of(file, fn.body, depth2 + 1);
    else if (fn.body) {
      forEachDeep(ts, fn.body, (n) => {
        if (ts.isFunctionLike(n)) return "skip";
        if (ts.isReturnStatement(n) && n.expression) found2 = this.of(file, n.expression, depth2 + 1);
        return found2 ? "stop" : void 0;
      });
    }
    return found2 ?? this.ofType(file, fn.type);
  }
};
function isWithin2(node, ancestor) {
  for (let n = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

// src/discover/detectors/track/points.ts
var PointSet = class {
  byKey = /* @__PURE__ */ new Map();
  add(point) {
    const existing = this.byKey.get(point.key);
    if (!existing) this.byKey.set(point.key, withDetails(point, clone(point.details)));
    else mergeInto(existing.details, point.details);
  }
  get size() {
    return this.byKey.size;
  }
  list() {
    return [...this.byKey.values()].map((p) => withDetails(p, normalize(p.details)));
  }
};
function withDetails(point, details) {
  return { ...point, details };
}
function clone(details) {
  return JSON.parse(JSON.stringify(details));
}
function isPlain(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function mergeInto(into, from) {
  const target = into;
  for (const [key, value] of Object.entries(from)) {
    if (value === void 0) continue;
    const current = target[key];
    if (current === void 0) target[key] = JSON.parse(JSON.stringify(value));
    else if (Array.isArray(current) && Array.isArray(value)) {
      const seen = new Set(current.map((x) => JSON.stringify(x)));
      for (const item of value) if (!seen.has(JSON.stringify(item))) current.push(item);
    } else if (isPlain(current) && isPlain(value)) mergeInto(current, value);
  }
}
function normalize(value) {
  if (Array.isArray(value)) {
    const items = value.map(normalize);
    if (items.every((x) => typeof x === "string")) return [...new Set(items)].sort();
    if (items.every((x) => typeof x === "number")) return [...new Set(items)].sort((a, b) => a - b);
    return items;
  }
  if (isPlain(value)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== void 0) out[k] = normalize(v);
    return out;
  }
  return value;
}
var invocations = /* @__PURE__ */ new WeakMap();
function invocationsOf(ctx, sf) {
  let found2 = invocations.get(sf);
  if (!found2) {
    const { ts } = ctx;
    const calls = [];
    const news = [];
    forEachDeep(ts, sf, (node) => {
      if (ts.isCallExpression(node)) calls.push(node);
      else if (ts.isNewExpression(node)) news.push(node);
    });
    invocations.set(sf, found2 = { calls, news });
  }
  return found2;
}
function eachCall(ctx, visit, files = ctx.files) {
  for (const file of files) {
    for (const call of invocationsOf(ctx, file.sf).calls) visit({ file, call, line: lineOf(file.sf, call) });
  }
}
function eachNew(ctx, visit) {
  for (const file of ctx.files) {
    for (const node of invocationsOf(ctx, file.sf).news) visit({ file, node, line: lineOf(file.sf, node) });
  }
}

// src/discover/detectors/track/values.ts
var MAX_DEPTH7 = 12;
var resolvers = /* @__PURE__ */ new WeakMap();
var Resolver = class _Resolver {
  constructor(ctx) {
    this.ctx = ctx;
    this.ts = ctx.ts;
  }
  ctx;
  ts;
  assignments = /* @__PURE__ */ new WeakMap();
  members = /* @__PURE__ */ new WeakMap();
  topLevels = /* @__PURE__ */ new WeakMap();
  /** One resolver per discovery run (detectors share its caches): keyed by the run's map of parsed files. */
  static of(ctx) {
    let r = resolvers.get(ctx.byPath);
    if (!r) resolvers.set(ctx.byPath, r = new _Resolver(ctx));
    return r;
  }
  /**
   * A source file of the repository, parsed on demand when the prefilter did not pick it: constants and helper
   * modules rarely import the library.
   */
  fileAt(file) {
    return this.ctx.byPath.get(file) ?? this.ctx.resolve({ path: "" }, `./${file}`);
  }
  /** A relative import's target, parsed on demand. */
  resolveImport(from, specifier) {
    return this.ctx.resolve(from, specifier);
  }
  unwrap(expr) {
    return unwrapValue(this.ts, expr);
  }
  /** The declaration a name refers to at `from`: nearest enclosing scope first, then the file's imports (followed into relative modules). */
  declarationOf(file, name, from, depth2 = 0) {
    const { ts } = this;
    for (let n = from.parent; n; n = n.parent) {
      if (ts.isFunctionLike(n)) {
        const param = n.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
        if (param) return { kind: "param", file, param };
        if (n.parameters.some((p) => !ts.isIdentifier(p.name) && bindsName2(ts, p.name, name))) return { kind: "opaque", file };
      }
      if (ts.isCatchClause(n) && n.variableDeclaration && bindsName2(ts, n.variableDeclaration.name, name)) return { kind: "opaque", file };
      if ((ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isForStatement(n)) && n.initializer && ts.isVariableDeclarationList(n.initializer)) {
        if (n.initializer.declarations.some((d) => bindsName2(ts, d.name, name))) return { kind: "opaque", file };
      }
      if (ts.isSourceFile(n)) return this.topLevel(file, name, depth2);
      const statements = statementsOf(ts, n);
      if (statements) {
        const found2 = this.inStatements(file, statements, name, depth2);
        if (found2) return found2;
      }
    }
    return void 0;
  }
  /** A top-level name of a file, following imports and re-exports. */
  topLevel(file, name, depth2 = 0) {
    if (depth2 > 0) return this.inStatements(file, file.sf.statements, name, depth2) ?? this.imported(file, name, depth2);
    let byName = this.topLevels.get(file.sf);
    if (!byName) this.topLevels.set(file.sf, byName = /* @__PURE__ */ new Map());
    let found2 = byName.get(name);
    if (found2 === void 0) {
      found2 = this.inStatements(file, file.sf.statements, name, 0) ?? this.imported(file, name, 0) ?? null;
      byName.set(name, found2);
    }
    return found2 ?? void 0;
  }
  inStatements(file, statements, name, depth2 = 0) {
    const { ts } = this;
    for (const stmt of statements) {
      if (ts.isVariableStatement(stmt)) {
        for (const decl of stmt.declarationList.declarations) {
          if (bindsName2(ts, decl.name, name) && isRequire(ts, decl.initializer) && file.imports.some((b) => b.local === name))
            return this.imported(file, name, depth2);
          if (ts.isIdentifier(decl.name)) {
            if (decl.name.text === name) return { kind: "var", file, decl };
          } else if (ts.isObjectBindingPattern(decl.name)) {
            for (const el of decl.name.elements) {
              if (ts.isIdentifier(el.name) && el.name.text === name && !el.dotDotDotToken) {
                const prop2 = el.propertyName && (ts.isIdentifier(el.propertyName) || ts.isStringLiteral(el.propertyName)) ? el.propertyName.text : name;
                return { kind: "element", file, decl, prop: prop2 };
              }
              if (bindsName2(ts, el.name, name)) return { kind: "opaque", file };
            }
          } else if (bindsName2(ts, decl.name, name)) return { kind: "opaque", file };
        }
      } else if (ts.isFunctionDeclaration(stmt) && stmt.name?.text === name) return { kind: "function", file, node: stmt };
      else if (ts.isClassDeclaration(stmt) && stmt.name?.text === name) return { kind: "class", file, node: stmt };
    }
    return void 0;
  }
  imported(file, name, depth2) {
    const binding = file.imports.find((b) => b.local === name);
    if (!binding) return void 0;
    const target = this.resolveImport(file, binding.module);
    if (!target) return { kind: "module", file, module: binding.module, imported: binding.imported };
    if (depth2 > MAX_DEPTH7 || target === file) return { kind: "opaque", file };
    const exportName = binding.imported === "*" ? "default" : binding.imported;
    const local = exportedLocal(this.ts, target.sf, exportName) ?? (exportName === "default" ? void 0 : exportName);
    if (!local) return { kind: "opaque", file: target };
    return this.topLevel(target, local, depth2 + 1) ?? { kind: "opaque", file: target };
  }
  /** The expression a name is bound to, when it is bound once to an initializer. */
  initializerOf(file, ident) {
    const d = this.declarationOf(file, ident.text, ident);
    if (d?.kind === "var" && d.decl.initializer) return { file: d.file, expr: d.decl.initializer };
    return void 0;
  }
  /**
   * Values assigned to a module-level `let` (`client = createClient()`), or to a static member (`name` is then
   * `Class.member`: `RedisClient.instance = new Redis()`), in its own file.
   */
  assignmentsTo(file, name) {
    const { ts } = this;
    let byName = this.assignments.get(file.sf);
    if (!byName) {
      const found2 = /* @__PURE__ */ new Map();
      forEachDeep(ts, file.sf, (n) => {
        if (!ts.isBinaryExpression(n) || n.operatorToken.kind !== ts.SyntaxKind.EqualsToken && n.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionEqualsToken)
          return;
        const left = n.left;
        const key = ts.isIdentifier(left) ? left.text : ts.isPropertyAccessExpression(left) && ts.isIdentifier(left.expression) ? `${left.expression.text}.${left.name.text}` : void 0;
        if (key === void 0) return;
        const list = found2.get(key);
        if (list) list.push(n.right);
        else found2.set(key, [n.right]);
      });
      this.assignments.set(file.sf, byName = found2);
    }
    return byName.get(name) ?? [];
  }
  /** `this.name`: the class property's initializer, or what the class assigns to it. */
  thisMember(node, name) {
    const cls = enclosingClass(this.ts, node);
    if (!cls) return void 0;
    let members = this.members.get(cls);
    if (!members) this.members.set(cls, members = this.classMembers(cls));
    return members.get(name) ?? { values: [] };
  }
  /** `Class.name`: a static property's initializer and what the file assigns to it. */
  staticMember(file, cls, name) {
    const { ts } = this;
    const member2 = { values: [] };
    for (const m of cls.members) {
      const isStatic2 = ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
      if (isStatic2 && ts.isPropertyDeclaration(m) && m.name.getText() === name) {
        member2.property = m;
        if (m.initializer) member2.values.push(m.initializer);
      }
    }
    if (cls.name) member2.values.push(...this.assignmentsTo(file, `${cls.name.text}.${name}`));
    return member2;
  }
  /** Every member of a class with its values, in one walk of the class. */
  classMembers(cls) {
    const { ts } = this;
    const out = /* @__PURE__ */ new Map();
    const entry = (name) => {
      let member2 = out.get(name);
      if (!member2) out.set(name, member2 = { values: [] });
      return member2;
    };
    for (const m of cls.members) {
      if (ts.isPropertyDeclaration(m)) {
        const member2 = entry(m.name.getText());
        member2.property = m;
        if (m.initializer) member2.values.push(m.initializer);
      }
      if (ts.isConstructorDeclaration(m)) {
        for (const p of m.parameters) {
          const isProperty = (ts.getModifiers(p)?.length ?? 0) > 0;
          if (isProperty && ts.isIdentifier(p.name)) {
            const member2 = entry(p.name.text);
            member2.property = p;
            if (p.initializer) member2.values.push(p.initializer);
          }
        }
      }
    }
    forEachDeep(ts, cls, (n) => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && n.left.expression.kind === ts.SyntaxKind.ThisKeyword)
        entry(n.left.name.text).values.push(n.right);
    });
    return out;
  }
  /** The parts of a string expression. */
  parts(file, expr, bindings, depth2 = 0) {
    const { ts } = this;
    const unknown = [{ kind: "unknown" }];
    if (depth2 > MAX_DEPTH7) return unknown;
    const e = this.unwrap(expr);
    const next = (x, f = file, b = bindings) => this.parts(f, x, b, depth2 + 1);
    if (ts.isStringLiteralLike(e)) return [{ kind: "text", text: e.text }];
    if (ts.isNumericLiteral(e)) return [{ kind: "text", text: e.text }];
    if (ts.isTemplateExpression(e)) {
      const out = [{ kind: "text", text: e.head.text }];
      for (const span of e.templateSpans) out.push(...next(span.expression), { kind: "text", text: span.literal.text });
      return merge(out);
    }
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken) return merge([...next(e.left), ...next(e.right)]);
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
        const left = next(e.left);
        return left.some((p) => p.kind === "unknown") ? unknown : left;
      }
      return unknown;
    }
    if (ts.isConditionalExpression(e)) return unknown;
    const env = this.envName(file, e);
    if (env) return [{ kind: "env", name: env }];
    if (ts.isIdentifier(e)) {
      if (e.text === "__dirname" || e.text === "__filename") return [{ kind: "dir" }];
      const d = this.declarationOf(file, e.text, e);
      if (!d) return unknown;
      if (d.kind === "param") {
        const bound = bindings?.get(d.param);
        return bound?.expr ? next(bound.expr, bound.file, void 0) : unknown;
      }
      if (d.kind === "var" && d.decl.initializer) return next(d.decl.initializer, d.file);
      if (d.kind === "element" && d.decl.initializer) {
        if (this.isEnvObject(d.file, d.decl.initializer)) return [{ kind: "env", name: d.prop }];
        const value = this.propertyOf(d.file, d.decl.initializer, d.prop, bindings, depth2 + 1);
        return value ? next(value.expr, value.file) : unknown;
      }
      return unknown;
    }
    if (ts.isMetaProperty(e)) return [{ kind: "dir" }];
    if (ts.isPropertyAccessExpression(e)) {
      if (ts.isMetaProperty(e.expression)) return [{ kind: "dir" }];
      if (e.name.text === "href" || e.name.text === "pathname") return next(e.expression);
      const value = this.propertyOf(file, e.expression, e.name.text, bindings, depth2 + 1);
      if (value) return next(value.expr, value.file);
      const loose = this.looseEnvName(file, e);
      return loose ? [{ kind: "env", name: loose }] : unknown;
    }
    if (ts.isCallExpression(e)) return this.callParts(file, e, bindings, depth2);
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "URL" && e.arguments?.[0]) {
      const [rel, base] = e.arguments;
      if (!base) return next(rel);
      const relParts = next(rel);
      const first = relParts[0];
      if (first?.kind === "text" && /^[a-z]+:\/\//i.test(first.text)) return relParts;
      const baseParts = next(base);
      const head = baseParts[0];
      if (first?.kind === "text" && first.text.startsWith("/") && head?.kind === "text" && /^[a-z]+:\/\/[^/]+/i.test(head.text)) {
        return merge([{ kind: "text", text: /^[a-z]+:\/\/[^/]+/i.exec(head.text)[0] }, ...relParts]);
      }
      if (first?.kind === "text" && baseParts.at(-1)?.kind !== "dir")
        return merge([
          ...baseParts,
          { kind: "text", text: first.text.startsWith("/") ? first.text : `/${first.text.replace(/^\.\//, "")}` },
          ...relParts.slice(1)
        ]);
      return merge([...baseParts, { kind: "text", text: "/" }, ...relParts]);
    }
    return unknown;
  }
  callParts(file, call, bindings, depth2) {
    const { ts } = this;
    const next = (x) => this.parts(file, x, bindings, depth2 + 1);
    const callee = call.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
    if (ts.isPropertyAccessExpression(callee)) {
      if (ts.isIdentifier(callee.expression) && callee.expression.text === "process" && name === "cwd") return [{ kind: "dir" }];
      if (name === "toString" || name === "trim") return next(callee.expression);
      const [pattern, replacement] = call.arguments;
      if (name === "replace" && pattern && ts.isRegularExpressionLiteral(pattern) && /^\/\\\/[+*]?\$\/$/.test(pattern.text) && replacement && ts.isStringLiteralLike(replacement) && replacement.text === "")
        return next(callee.expression);
    }
    if (ts.isIdentifier(callee) && name === "String" && call.arguments[0]) return next(call.arguments[0]);
    if ((name === "join" || name === "resolve") && this.isPathFunction(file, callee)) {
      const out = [];
      call.arguments.forEach((a, i) => {
        if (i > 0) out.push({ kind: "text", text: "/" });
        out.push(...next(a));
      });
      return merge(out).map((p) => p.kind === "text" ? { kind: "text", text: p.text.replace(/\/{2,}/g, "/") } : p);
    }
    if (ts.isIdentifier(callee) && name === "fileURLToPath" && call.arguments[0]) return next(call.arguments[0]);
    if (ts.isIdentifier(callee)) {
      const fn = this.functionOf(file, callee);
      const result = fn && singleReturn(ts, fn.node);
      if (fn && result) {
        const bound = /* @__PURE__ */ new Map();
        fn.node.parameters.forEach((p, i) => bound.set(p, { file, expr: call.arguments[i] }));
        return this.parts(fn.file, result, bound, depth2 + 1);
      }
    }
    return [{ kind: "unknown" }];
  }
  /** The function a name is bound to: a declaration, or a `const` holding an arrow or function expression. */
  functionOf(file, ident) {
    const { ts } = this;
    const d = this.declarationOf(file, ident.text, ident);
    if (d?.kind === "function") return { file: d.file, node: d.node };
    if (d?.kind === "var" && d.decl.initializer) {
      const init = this.unwrap(d.decl.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return { file: d.file, node: init };
    }
    return void 0;
  }
  isPathFunction(file, callee) {
    const { ts } = this;
    const root = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
    if (!ts.isIdentifier(root)) return false;
    const binding = file.imports.find((b) => b.local === root.text);
    return binding !== void 0 && /^(?:node:)?path(?:\/posix)?$/.test(binding.module);
  }
  /** `process.env.X`, `process.env['X']`, or `env.X` where `env` is parsed from `process.env`. */
  envName(file, expr) {
    const { ts } = this;
    const e = this.unwrap(expr);
    let obj;
    let prop2;
    if (ts.isPropertyAccessExpression(e)) {
      obj = e.expression;
      prop2 = e.name.text;
    } else if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression)) {
      obj = e.expression;
      prop2 = e.argumentExpression.text;
    }
    if (!obj || !prop2) return void 0;
    return this.isEnvObject(file, obj) ? prop2 : void 0;
  }
  /**
   * `env.API_URL` where `env` is not known to come from `process.env` but is evidently an environment: an upper-case
   * name read from `c.env` (Workers, Hono), from a value named `env` or `…Env`, from a parameter typed `…Env`, or from
   * what a `loadServerEnv()`-style call returns.
   */
  looseEnvName(file, e) {
    const { ts } = this;
    const name = e.name.text;
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) return void 0;
    const obj = this.unwrap(e.expression);
    if (ts.isPropertyAccessExpression(obj)) return obj.name.text === "env" ? name : void 0;
    if (!ts.isIdentifier(obj)) return void 0;
    if (/^(?:env|ENV|[a-z]\w*Env)$/.test(obj.text)) return name;
    const d = this.declarationOf(file, obj.text, obj);
    if (d?.kind === "var" && d.decl.initializer) {
      const init = this.unwrap(d.decl.initializer);
      const callee = ts.isCallExpression(init) ? init.expression : void 0;
      const called = callee && (ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "");
      if (called && /env/i.test(called)) return name;
    }
    if (d?.kind === "param" && d.param.type && ts.isTypeReferenceNode(d.param.type) && /Env$/.test(d.param.type.typeName.getText()))
      return name;
    return void 0;
  }
  /** `process.env`, or a name bound to something built from it (`schema.parse(process.env)`, `cleanEnv(process.env, …)`). */
  isEnvObject(file, expr, depth2 = 0) {
    const { ts } = this;
    const e = this.unwrap(expr);
    if (ts.isPropertyAccessExpression(e) && e.name.text === "env" && ts.isIdentifier(e.expression) && e.expression.text === "process")
      return true;
    if (depth2 > 3) return false;
    if (ts.isCallExpression(e)) return e.arguments.some((a) => this.isEnvObject(file, a, depth2 + 1));
    if (ts.isIdentifier(e)) {
      const d = this.declarationOf(file, e.text, e);
      if (d?.kind === "var" && d.decl.initializer) return this.isEnvObject(d.file, d.decl.initializer, depth2 + 1);
    }
    return false;
  }
  /** `obj.name` where `obj` evaluates to an object literal: the property's value. */
  propertyOf(file, obj, name, bindings, depth2 = 0) {
    const { ts } = this;
    const e = this.unwrap(obj);
    if (e.kind === ts.SyntaxKind.ThisKeyword) {
      const member2 = this.thisMember(e, name);
      const value = member2?.values[0];
      return value && member2.values.length === 1 ? { file, expr: value } : void 0;
    }
    const target = this.objectOf(file, e, bindings, depth2);
    if (!target || depth2 > MAX_DEPTH7) return void 0;
    for (const p of [...target.node.properties].reverse()) {
      if (ts.isPropertyAssignment(p) && propName2(ts, p.name) === name) return { file: target.file, expr: p.initializer };
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return { file: target.file, expr: p.name };
      if (ts.isSpreadAssignment(p)) {
        const inner = this.propertyOf(target.file, p.expression, name, target.file === file ? bindings : void 0, depth2 + 1);
        if (inner) return inner;
      }
    }
    return void 0;
  }
  /** The object literal an expression evaluates to. */
  objectOf(file, expr, bindings, depth2 = 0) {
    const { ts } = this;
    if (depth2 > MAX_DEPTH7) return void 0;
    const e = this.unwrap(expr);
    if (ts.isObjectLiteralExpression(e)) return { file, node: e };
    if (ts.isIdentifier(e)) {
      const d = this.declarationOf(file, e.text, e);
      if (d?.kind === "var" && d.decl.initializer) return this.objectOf(d.file, d.decl.initializer, void 0, depth2 + 1);
      if (d?.kind === "param") {
        const bound = bindings?.get(d.param);
        if (bound?.expr) return this.objectOf(bound.file, bound.expr, void 0, depth2 + 1);
      }
      if (d?.kind === "element" && d.decl.initializer) {
        const value = this.propertyOf(d.file, d.decl.initializer, d.prop, void 0, depth2 + 1);
        return value ? this.objectOf(value.file, value.expr, void 0, depth2 + 1) : void 0;
      }
      return void 0;
    }
    if (ts.isPropertyAccessExpression(e)) {
      const value = this.propertyOf(file, e.expression, e.name.text, bindings, depth2 + 1);
      return value ? this.objectOf(value.file, value.expr, void 0, depth2 + 1) : void 0;
    }
    return void 0;
  }
  /**
   * `TABLE[key]` and `TABLE[key].name` (directly or through `const config = TABLE[key]`), where `TABLE` is an object
   * literal (a table of providers or regions): the value in every entry, or in the one a literal `key` names.
   */
  tableValues(file, expr) {
    const { ts } = this;
    let row = this.unwrap(expr);
    let rowFile = file;
    let name;
    if (ts.isPropertyAccessExpression(row)) {
      name = row.name.text;
      row = this.unwrap(row.expression);
      if (ts.isIdentifier(row)) {
        const d = this.declarationOf(file, row.text, row);
        if (d?.kind !== "var" || !d.decl.initializer || !(d.decl.parent.flags & ts.NodeFlags.Const)) return [];
        row = this.unwrap(d.decl.initializer);
        rowFile = d.file;
      }
    }
    if (!ts.isElementAccessExpression(row)) return [];
    const key = row.argumentExpression;
    const only = ts.isStringLiteralLike(key) || ts.isNumericLiteral(key) ? key.text : void 0;
    const table = this.objectOf(rowFile, row.expression);
    if (!table) return [];
    const out = [];
    for (const p of table.node.properties) {
      if (!ts.isPropertyAssignment(p)) return [];
      if (only !== void 0 && propName2(ts, p.name) !== only) continue;
      const value = name === void 0 ? { file: table.file, expr: p.initializer } : this.propertyOf(table.file, p.initializer, name);
      if (value) out.push(value);
    }
    return out;
  }
  /** The value of a property of an options object, when the object is known. */
  option(file, obj, name, bindings) {
    return obj ? this.propertyOf(file, obj, name, bindings) : void 0;
  }
  /** A number known statically: literals, arithmetic, constants, `Number('60')`. */
  number(file, expr, depth2 = 0) {
    const { ts } = this;
    if (depth2 > MAX_DEPTH7) return void 0;
    const e = this.unwrap(expr);
    if (ts.isNumericLiteral(e)) return Number(e.text.replace(/_/g, ""));
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
      const v = this.number(file, e.operand, depth2 + 1);
      return v === void 0 ? void 0 : -v;
    }
    if (ts.isBinaryExpression(e)) {
      const a = this.number(file, e.left, depth2 + 1);
      const b = this.number(file, e.right, depth2 + 1);
      if (a === void 0 || b === void 0) return void 0;
      switch (e.operatorToken.kind) {
        case ts.SyntaxKind.AsteriskToken:
          return a * b;
        case ts.SyntaxKind.PlusToken:
          return a + b;
        case ts.SyntaxKind.MinusToken:
          return a - b;
        case ts.SyntaxKind.SlashToken:
          return b === 0 ? void 0 : a / b;
        default:
          return void 0;
      }
    }
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && ["Number", "parseInt"].includes(e.expression.text) && e.arguments[0]) {
      const text = render(this.parts(file, e.arguments[0]));
      return text !== void 0 && /^\d+$/.test(text) ? Number(text) : void 0;
    }
    if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
      const value = ts.isIdentifier(e) ? this.initializerOf(file, e) : this.propertyOf(file, e.expression, e.name.text);
      return value ? this.number(value.file, value.expr, depth2 + 1) : void 0;
    }
    return void 0;
  }
  /** A JSON-like value for option objects: known strings (`env:X` for environment variables), numbers, booleans, arrays and objects. */
  literal(file, expr, depth2 = 0) {
    const { ts } = this;
    if (depth2 > MAX_DEPTH7) return void 0;
    const e = this.unwrap(expr);
    if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
    const obj = this.objectOf(file, e);
    if (obj) {
      const out = {};
      for (const p of obj.node.properties) {
        if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
        const key = propName2(ts, p.name);
        if (key === void 0) continue;
        const value = this.literal(obj.file, ts.isPropertyAssignment(p) ? p.initializer : p.name, depth2 + 1);
        if (value !== void 0) out[key] = value;
      }
      return out;
    }
    if (ts.isArrayLiteralExpression(e)) {
      const items = e.elements.map((x) => this.literal(file, x, depth2 + 1));
      return items.every((x) => x !== void 0) ? items : void 0;
    }
    const n = this.number(file, e);
    if (n !== void 0) return n;
    if (ts.isIdentifier(e)) {
      const init = this.initializerOf(file, e);
      if (init && (ts.isArrayLiteralExpression(this.unwrap(init.expr)) || isBoolean(ts, this.unwrap(init.expr))))
        return this.literal(init.file, init.expr, depth2 + 1);
    }
    return render(this.parts(file, e));
  }
};
function singleReturn(ts, fn) {
  if (!fn.body) return void 0;
  if (!ts.isBlock(fn.body)) return fn.body;
  const returns = [];
  forEachDeep(ts, fn.body, (n) => {
    if (ts.isFunctionLike(n)) return "skip";
    if (ts.isReturnStatement(n)) returns.push(n);
  });
  return returns.length === 1 ? returns[0].expression : void 0;
}
function isRequire(ts, expr) {
  if (!expr) return false;
  if (ts.isPropertyAccessExpression(expr)) return isRequire(ts, expr.expression);
  return ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === "require";
}
function isBoolean(ts, e) {
  return e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword;
}
function render(parts) {
  const only = parts.length === 1 ? parts[0] : void 0;
  if (only?.kind === "env") return `env:${only.name}`;
  let out = "";
  for (const p of parts) {
    if (p.kind === "text") out += p.text;
    else if (p.kind === "env") out += `\${${p.name}}`;
    else return void 0;
  }
  return out;
}
function staticPrefix(parts) {
  let out = "";
  for (const p of parts) {
    if (p.kind !== "text") break;
    out += p.text;
  }
  return out;
}
function merge(parts) {
  const out = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (p.kind === "text" && p.text === "") continue;
    if (p.kind === "text" && last?.kind === "text") out[out.length - 1] = { kind: "text", text: last.text + p.text };
    else out.push(p);
  }
  return out.length ? out : [{ kind: "text", text: "" }];
}
function propName2(ts, name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return void 0;
}
function statementsOf(ts, n) {
  if (ts.isSourceFile(n) || ts.isBlock(n) || ts.isModuleBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) return n.statements;
  return void 0;
}
function bindsName2(ts, name, target) {
  if (ts.isIdentifier(name)) return name.text === target;
  return name.elements.some((el) => !ts.isOmittedExpression(el) && bindsName2(ts, el.name, target));
}
function enclosingClass(ts, node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isClassDeclaration(n) || ts.isClassExpression(n)) return n;
  }
  return void 0;
}

// src/discover/detectors/cache/cache-common.ts
function detectCache(ctx, flavour) {
  const r = Resolver.of(ctx);
  const instances = new Instances(r, flavour.spec);
  const cache = new PointSet();
  const channels = new PointSet();
  eachCall(ctx, ({ file, call, line }) => {
    const callee = call.expression;
    if (!ctx.ts.isPropertyAccessExpression(callee)) return;
    const method = callee.name.text;
    const target = commandTarget(r, instances, file, callee.expression, flavour.commandKinds);
    if (!target) return;
    const location = { file: file.path, line };
    const pubsub2 = flavour.pubsub;
    if (pubsub2 && (pubsub2.publish.has(method) || pubsub2.subscribe.has(method) || pubsub2.patterns.has(method))) {
      const publish = pubsub2.publish.has(method);
      const names = publish ? call.arguments.slice(0, 1) : call.arguments.filter((a) => !ctx.ts.isFunctionLike(r.unwrap(a)));
      for (const arg of names) {
        for (const name of channelNames(r, file, arg)) {
          const details = { channel: name, command: method };
          if (pubsub2.patterns.has(method)) details.pattern = true;
          channels.add({
            kind: "queue",
            library: flavour.library,
            key: `${flavour.library}:${name}:${publish ? "publish" : "consume"}`,
            location,
            details,
            service: flavour.service
          });
        }
      }
      return;
    }
    if (!flavour.isCommand(method)) return;
    const keys = [];
    const keyPrefixes = [];
    for (const arg of flavour.keyArgs(r, file, method, call.arguments)) {
      for (const item of listItems(ctx.ts, r, arg)) {
        const parts = r.parts(file, item);
        const whole = render(parts);
        if (whole !== void 0 && !whole.includes("*")) keys.push(whole);
        else {
          const prefix = staticPrefix(parts).replace(/\*.*$/, "");
          if (prefix) keyPrefixes.push(prefix);
        }
      }
    }
    const ttl3 = flavour.ttl(r, file, method, call.arguments);
    cache.add({
      kind: "cache",
      library: flavour.library,
      key: flavour.library,
      location,
      details: { commands: [method], keys, keyPrefixes, ttlSeconds: ttl3 === void 0 ? [] : [ttl3] },
      service: flavour.service
    });
  });
  if (cache.size === 0) {
    const created = (file, node, line) => {
      const inst = instances.of(file, node);
      if (inst?.origin !== node || !flavour.commandKinds.includes(inst.kind)) return;
      cache.add({
        kind: "cache",
        library: flavour.library,
        key: flavour.library,
        location: { file: file.path, line },
        details: { commands: [], keys: [], keyPrefixes: [], ttlSeconds: [] },
        service: flavour.service
      });
    };
    eachNew(ctx, ({ file, node, line }) => created(file, node, line));
    eachCall(ctx, ({ file, call, line }) => created(file, call, line));
  }
  return [...cache.list(), ...channels.list()];
}
function commandTarget(r, instances, file, receiver, kinds) {
  const { ts } = r;
  const direct = instances.of(file, receiver);
  if (direct) return kinds.includes(direct.kind) ? direct : void 0;
  let e = r.unwrap(receiver);
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    e = r.unwrap(e.expression.expression);
    const inst = instances.of(file, e);
    if (inst) return inst.kind === "batch" ? inst : void 0;
  }
  return void 0;
}
function listItems(ts, r, arg) {
  const e = r.unwrap(arg);
  if (ts.isArrayLiteralExpression(e)) return e.elements.filter((x) => !ts.isSpreadElement(x));
  if (ts.isSpreadElement(e)) return [];
  return [arg];
}
function channelNames(r, file, arg) {
  return listItems(r.ts, r, arg).map((item) => render(r.parts(file, item))).filter((x) => x !== void 0);
}
function redisKeys(method, args, noKey, multiKey) {
  return noKey.has(method) ? [] : multiKey.has(method) ? args : args.slice(0, 1);
}
function ttlFromOptions(r, file, options) {
  if (!options) return void 0;
  const ex = r.option(file, options, "EX");
  if (ex) return r.number(ex.file, ex.expr);
  const px = r.option(file, options, "PX");
  if (px) return millis(r.number(px.file, px.expr));
  const expiration = r.option(file, options, "expiration");
  if (expiration) {
    const type = r.option(expiration.file, expiration.expr, "type");
    const value = r.option(expiration.file, expiration.expr, "value");
    const n = value && r.number(value.file, value.expr);
    const unit = type && render(r.parts(type.file, type.expr));
    return unit === "PX" ? millis(n) : n;
  }
  return void 0;
}
function millis(ms) {
  return ms === void 0 ? void 0 : ms / 1e3;
}

// src/discover/detectors/cache/redis.ts
var NOT_COMMANDS = /* @__PURE__ */ new Set([
  "on",
  "once",
  "off",
  "addListener",
  "removeListener",
  "removeAllListeners",
  "emit",
  "connect",
  "disconnect",
  "quit",
  "close",
  "destroy",
  "duplicate",
  "multi",
  "exec",
  "execAsPipeline",
  "withTypeMapping",
  "withCommandOptions",
  "ref",
  "unref",
  "then",
  "catch",
  "finally"
]);
var NO_KEY = /* @__PURE__ */ new Set([
  "ping",
  "flushAll",
  "flushDb",
  "info",
  "dbSize",
  "time",
  "select",
  "auth",
  "echo",
  "sendCommand",
  "mSet",
  "eval",
  "evalSha"
]);
var MULTI_KEY = /* @__PURE__ */ new Set(["del", "unlink", "exists", "mGet", "touch", "watch", "sInter", "sUnion", "sDiff"]);
var redis = {
  name: "redis",
  kind: "cache",
  packages: ["redis", "@redis/client"],
  hints: /\.(?:get|set|setEx|hSet|hGet|hGetAll|del|expire|incr|publish|subscribe|sAdd|zAdd|lPush|rPush|exists|mGet|keys|scanIterator)\(/,
  detect: (ctx) => detectCache(ctx, {
    library: "redis",
    service: "redis",
    spec: {
      packages: ["redis", "@redis/client"],
      producers: [
        { kind: "client", factory: "createClient" },
        { kind: "client", factory: "createCluster" },
        { kind: "client", on: "client", method: "duplicate" },
        { kind: "batch", on: "client", method: "multi" }
      ],
      types: { RedisClientType: "client", RedisClusterType: "client" },
      passthrough: ["on", "once", "connect"]
    },
    commandKinds: ["client", "batch"],
    isCommand: (m) => !NOT_COMMANDS.has(m),
    keyArgs,
    ttl,
    pubsub: {
      publish: /* @__PURE__ */ new Set(["publish", "sPublish"]),
      subscribe: /* @__PURE__ */ new Set(["subscribe", "sSubscribe"]),
      patterns: /* @__PURE__ */ new Set(["pSubscribe"])
    }
  })
};
function keyArgs(r, file, method, args) {
  if (method === "scanIterator" || method === "scan") {
    const match = r.option(file, args[method === "scan" ? 1 : 0], "MATCH");
    return match ? [match.expr] : [];
  }
  return redisKeys(method, args, NO_KEY, MULTI_KEY);
}
function ttl(r, file, method, args) {
  const seconds = (i) => args[i] ? r.number(file, args[i]) : void 0;
  switch (method) {
    case "set":
      return ttlFromOptions(r, file, args[2]);
    case "getEx":
      return ttlFromOptions(r, file, args[1]);
    case "setEx":
    case "expire":
      return seconds(1);
    case "pSetEx":
    case "pExpire":
      return millis(seconds(1));
    default:
      return void 0;
  }
}

// src/discover/detectors/cache/ioredis.ts
var NOT_COMMANDS2 = /* @__PURE__ */ new Set([
  "on",
  "once",
  "off",
  "addListener",
  "removeListener",
  "removeAllListeners",
  "emit",
  "connect",
  "disconnect",
  "quit",
  "duplicate",
  "pipeline",
  "multi",
  "exec",
  "defineCommand",
  "then",
  "catch",
  "finally"
]);
var NO_KEY2 = /* @__PURE__ */ new Set([
  "ping",
  "flushall",
  "flushdb",
  "info",
  "dbsize",
  "time",
  "select",
  "auth",
  "echo",
  "call",
  "mset",
  "eval",
  "evalsha"
]);
var MULTI_KEY2 = /* @__PURE__ */ new Set(["del", "unlink", "exists", "mget", "touch", "watch", "sinter", "sunion", "sdiff"]);
var ioredis = {
  name: "ioredis",
  kind: "cache",
  packages: ["ioredis"],
  hints: /\.(?:get|set|setex|hset|hget|hgetall|del|expire|incr|publish|subscribe|sadd|zadd|lpush|rpush|exists|mget|keys|pipeline|multi)\(/,
  detect: (ctx) => detectCache(ctx, {
    library: "ioredis",
    service: "redis",
    spec: {
      packages: ["ioredis"],
      producers: [
        { kind: "client", factory: "default" },
        { kind: "client", factory: "Redis" },
        { kind: "client", factory: "Cluster" },
        { kind: "client", on: "client", method: "duplicate" },
        { kind: "batch", on: "client", method: "pipeline" },
        { kind: "batch", on: "client", method: "multi" }
      ],
      types: { default: "client", Redis: "client", Cluster: "client" },
      passthrough: ["on", "once"]
    },
    commandKinds: ["client", "batch"],
    isCommand: (m) => !NOT_COMMANDS2.has(m),
    keyArgs: (_r, _file, method, args) => redisKeys(method, args, NO_KEY2, MULTI_KEY2),
    ttl: ttl2,
    pubsub: {
      publish: /* @__PURE__ */ new Set(["publish", "spublish"]),
      subscribe: /* @__PURE__ */ new Set(["subscribe", "ssubscribe"]),
      patterns: /* @__PURE__ */ new Set(["psubscribe"])
    }
  })
};
function ttl2(r, file, method, args) {
  const n = (i) => args[i] ? r.number(file, args[i]) : void 0;
  switch (method) {
    case "set":
    case "getex": {
      for (let i = method === "set" ? 2 : 1; i < args.length - 1; i++) {
        const flag2 = render(r.parts(file, args[i]))?.toUpperCase();
        if (flag2 === "EX") return n(i + 1);
        if (flag2 === "PX") return millis(n(i + 1));
      }
      return void 0;
    }
    case "setex":
    case "expire":
      return n(1);
    case "psetex":
    case "pexpire":
      return millis(n(1));
    default:
      return void 0;
  }
}

// src/discover/detectors/cache/memcached.ts
var COMMANDS = /* @__PURE__ */ new Set(["get", "gets", "getMulti", "set", "add", "replace", "append", "prepend", "cas", "incr", "decr", "del", "touch"]);
var LIFETIME_ARG = { set: 2, add: 2, replace: 2, cas: 3, touch: 1 };
var memcached = {
  name: "memcached",
  kind: "cache",
  packages: ["memcached"],
  hints: /\.(?:get|gets|getMulti|set|add|replace|del|touch|incr|decr)\(/,
  detect: (ctx) => detectCache(ctx, {
    library: "memcached",
    service: "memcached",
    spec: { packages: ["memcached"], producers: [{ kind: "client", factory: "default" }], types: { default: "client" } },
    commandKinds: ["client"],
    isCommand: (m) => COMMANDS.has(m),
    keyArgs: (_r, _file, _method, args) => args.slice(0, 1),
    ttl: (r, file, method, args) => {
      const i = LIFETIME_ARG[method];
      return i !== void 0 && args[i] ? r.number(file, args[i]) : void 0;
    }
  })
};

// src/discover/detectors/cache/memjs.ts
var COMMANDS2 = /* @__PURE__ */ new Set(["get", "getMulti", "set", "add", "replace", "append", "prepend", "delete", "increment", "decrement", "touch"]);
var memjs = {
  name: "memjs",
  kind: "cache",
  packages: ["memjs"],
  hints: /\.(?:get|getMulti|set|add|replace|delete|touch|increment|decrement)\(/,
  detect: (ctx) => detectCache(ctx, {
    library: "memjs",
    service: "memcached",
    spec: { packages: ["memjs"], producers: [{ kind: "client", factory: "Client.create" }], types: { Client: "client" } },
    commandKinds: ["client"],
    isCommand: (m) => COMMANDS2.has(m),
    keyArgs: (_r, _file, _method, args) => args.slice(0, 1),
    ttl: (r, file, method, args) => {
      if (method === "touch") return args[1] ? r.number(file, args[1]) : void 0;
      const expires = ["set", "add", "replace", "increment", "decrement"].includes(method) ? r.option(file, args[2], "expires") : void 0;
      return expires ? r.number(expires.file, expires.expr) : void 0;
    }
  })
};

// src/discover/detectors/track/call-sites.ts
var CallSites = class {
  constructor(r) {
    this.r = r;
  }
  r;
  cache = /* @__PURE__ */ new Map();
  /** The call sites of the named function around `node`; empty when there is none. */
  of(node) {
    const fn = namedFunction(this.r.ts, node);
    if (!fn) return [];
    const cached = this.cache.get(fn.node);
    if (cached) return cached;
    const out = [];
    this.cache.set(fn.node, out);
    const { ts } = this.r;
    for (const candidate of this.candidates(fn.name)) {
      forEachDeep(ts, candidate.sf, (n) => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression !== fn.nameNode) {
          const d = this.r.declarationOf(candidate, n.expression.text, n.expression);
          const same = d?.kind === "function" && d.node === fn.node || d?.kind === "var" && d.decl.initializer === fn.node;
          if (same) {
            const bindings = /* @__PURE__ */ new Map();
            fn.node.parameters.forEach((p, i) => bindings.set(p, { file: candidate, expr: n.arguments[i] }));
            out.push({ file: candidate, call: n, bindings });
          }
        }
      });
    }
    return out;
  }
  /** Evaluates `read` directly, or else once per call site of the enclosing function. */
  values(node, read3) {
    const direct = read3();
    if (direct !== void 0) return [{ value: direct }];
    const out = [];
    for (const site of this.of(node)) {
      const value = read3(site.bindings);
      if (value !== void 0) out.push({ value, site });
    }
    return out;
  }
  candidates(name) {
    return this.r.ctx.filesCalling(name).flatMap((path32) => this.r.fileAt(path32) ?? []);
  }
};
function namedFunction(ts, node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) && n.name) return { node: n, name: n.name.text, nameNode: n.name };
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) {
      return { node: n, name: n.parent.name.text, nameNode: n.parent.name };
    }
    if (ts.isClassLike(n)) return void 0;
  }
  return void 0;
}

// src/discover/detectors/track/scan.ts
var LibraryScan = class {
  constructor(ctx, library, spec) {
    this.ctx = ctx;
    this.library = library;
    this.r = Resolver.of(ctx);
    this.instances = new Instances(this.r, spec);
    this.sites = new CallSites(this.r);
  }
  ctx;
  library;
  r;
  instances;
  sites;
  points = new PointSet();
};

// src/discover/detectors/queue/queue-common.ts
function withWildcards(parts, wildcard) {
  let out = "";
  for (const p of parts) {
    if (p.kind === "text") out += p.text;
    else if (p.kind === "env") out += `\${${p.name}}`;
    else out += "\0";
  }
  const tokens = out.split(wildcard.separator);
  if (tokens.some((t2) => t2.includes("\0") && t2 !== "\0")) return void 0;
  return tokens.map((t2) => t2 === "\0" ? wildcard.token : t2).join(wildcard.separator);
}
var QueueScan = class extends LibraryScan {
  /**
   * The names an expression takes: a literal, a constant, `env:NAME` for `process.env.NAME`; when it is a
   * parameter of a wrapper function, the names its callers pass.
   */
  names(file, expr, wildcard, bindings) {
    if (!expr) return [];
    const read3 = (b) => {
      const parts = this.r.parts(file, expr, b);
      return render(parts) ?? (wildcard && withWildcards(parts, wildcard));
    };
    const bound = bindings && read3(bindings);
    if (bound !== void 0) return [bound];
    return this.sites.values(expr, read3).map((v) => v.value);
  }
  name(file, expr) {
    return expr ? render(this.r.parts(file, expr)) : void 0;
  }
  literal(file, expr) {
    return expr ? this.r.literal(file, expr) : void 0;
  }
  option(file, obj, key) {
    const found2 = this.r.option(file, obj, key);
    return found2 ? this.r.literal(found2.file, found2.expr) : void 0;
  }
  add(name, direction, location, details, service) {
    this.points.add({
      kind: "queue",
      library: this.library,
      key: `${this.library}:${name}:${direction}`,
      location,
      details: pruned(details),
      service
    });
  }
  list() {
    return this.points.list();
  }
};
function pruned(details) {
  const out = {};
  for (const [k, v] of Object.entries(details)) {
    if (v === void 0 || Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

// src/discover/detectors/queue/amqplib.ts
var ANONYMOUS = "\0anonymous@";
var amqplib = {
  name: "amqplib",
  kind: "queue",
  packages: ["amqplib"],
  hints: /\.(?:publish|sendToQueue|consume|assertQueue|assertExchange|bindQueue)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, "amqplib", {
      packages: ["amqplib"],
      producers: [
        { kind: "connection", factory: "connect" },
        { kind: "channel", on: "connection", method: "createChannel" },
        { kind: "channel", on: "connection", method: "createConfirmChannel" }
      ],
      types: { Connection: "connection", ChannelModel: "connection", Channel: "channel", ConfirmChannel: "channel" }
    });
    const exchanges = /* @__PURE__ */ new Map();
    const queues = /* @__PURE__ */ new Map();
    const bindings = [];
    const publishes = [];
    const consumes = [];
    const queueIds = (file, expr) => {
      if (!expr) return [];
      const e = scan.r.unwrap(expr);
      if (ts.isPropertyAccessExpression(e) && e.name.text === "queue" && ts.isIdentifier(e.expression)) {
        const init = scan.r.initializerOf(file, e.expression);
        const call = init && scan.r.unwrap(init.expr);
        if (call && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "assertQueue") {
          const name = scan.name(init.file, call.arguments[0]);
          return name === "" ? [`${ANONYMOUS}${init.file.path}:${call.pos}`] : name !== void 0 ? [name] : [];
        }
      }
      return scan.names(file, expr);
    };
    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (!["assertExchange", "assertQueue", "bindQueue", "publish", "sendToQueue", "consume"].includes(method)) return;
      if (scan.instances.of(file, call.expression.expression)?.kind !== "channel") return;
      const [a0, a1, a2, a3] = call.arguments;
      const location = { file: file.path, line };
      if (method === "assertExchange") {
        for (const name of scan.names(file, a0))
          exchanges.set(name, { type: scan.name(file, a1), durable: scan.option(file, a2, "durable") });
      } else if (method === "assertQueue") {
        const ids = scan.name(file, a0) === "" ? [`${ANONYMOUS}${file.path}:${call.pos}`] : scan.names(file, a0);
        const args = scan.option(file, a1, "arguments");
        const arg = (key) => args && typeof args === "object" && !Array.isArray(args) ? args[key] : void 0;
        for (const id of ids) {
          queues.set(id, {
            durable: scan.option(file, a1, "durable"),
            exclusive: scan.option(file, a1, "exclusive"),
            deadLetterExchange: scan.option(file, a1, "deadLetterExchange") ?? arg("x-dead-letter-exchange"),
            deadLetterRoutingKey: scan.option(file, a1, "deadLetterRoutingKey") ?? arg("x-dead-letter-routing-key"),
            messageTtl: scan.option(file, a1, "messageTtl") ?? arg("x-message-ttl"),
            arguments: args
          });
        }
      } else if (method === "bindQueue") {
        for (const queue of queueIds(file, a0))
          for (const exchange of scan.names(file, a1))
            for (const routingKey of a2 ? scan.names(file, a2) : [""]) bindings.push({ queue, exchange, routingKey });
      } else if (method === "publish") {
        const keys = scan.names(file, a1);
        for (const exchange of scan.names(file, a0)) {
          for (const routingKey of keys.length ? keys : [void 0]) {
            if (exchange === "" && routingKey === void 0) continue;
            publishes.push({ exchange, routingKey: routingKey ?? "", persistent: scan.option(file, a3, "persistent"), location });
          }
        }
      } else if (method === "sendToQueue") {
        for (const queue of scan.names(file, a0))
          publishes.push({ exchange: "", routingKey: queue, persistent: scan.option(file, a2, "persistent"), location });
      } else {
        for (const queue of queueIds(file, a0)) consumes.push({ queue, noAck: scan.option(file, a2, "noAck"), location });
      }
    });
    const queueDetails = (id) => {
      const q2 = queues.get(id);
      const deadLetter = q2?.deadLetterExchange !== void 0 ? { exchange: q2.deadLetterExchange, routingKey: q2.deadLetterRoutingKey } : void 0;
      return { durable: q2?.durable, exclusive: q2?.exclusive, deadLetter, messageTtl: q2?.messageTtl, arguments: q2?.arguments };
    };
    for (const p of publishes) {
      if (p.exchange) {
        const ex = exchanges.get(p.exchange);
        scan.add(
          p.exchange,
          "publish",
          p.location,
          {
            exchange: p.exchange,
            exchangeType: ex?.type,
            durable: ex?.durable,
            routingKeys: p.routingKey ? [p.routingKey] : [],
            persistent: p.persistent
          },
          "rabbitmq"
        );
      } else {
        scan.add(
          p.routingKey,
          "publish",
          p.location,
          { queue: p.routingKey, ...queueDetails(p.routingKey), persistent: p.persistent },
          "rabbitmq"
        );
      }
    }
    for (const c of consumes) {
      const bound = bindings.filter((b) => b.queue === c.queue).map((b) => ({ exchange: b.exchange, routingKey: b.routingKey, exchangeType: exchanges.get(b.exchange)?.type })).map((b) => b.exchangeType === void 0 ? { exchange: b.exchange, routingKey: b.routingKey } : b);
      const anonymous = c.queue.startsWith(ANONYMOUS);
      const name = anonymous ? bound[0]?.exchange : c.queue;
      if (!name) continue;
      scan.add(
        name,
        "consume",
        c.location,
        { queue: anonymous ? "" : c.queue, ...queueDetails(c.queue), bindings: bound, noAck: c.noAck },
        "rabbitmq"
      );
    }
    return scan.list();
  }
};

// src/discover/detectors/queue/kafkajs.ts
var kafkajs = {
  name: "kafkajs",
  kind: "queue",
  packages: ["kafkajs"],
  hints: /\.(?:send|sendBatch|subscribe|run)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, "kafkajs", {
      packages: ["kafkajs"],
      producers: [
        { kind: "kafka", factory: "Kafka" },
        { kind: "producer", on: "kafka", method: "producer" },
        { kind: "consumer", on: "kafka", method: "consumer" },
        { kind: "producer", on: "producer", method: "transaction" }
      ],
      types: { Kafka: "kafka", Producer: "producer", Consumer: "consumer", Transaction: "producer" }
    });
    const subscriptions = [];
    const handlers = /* @__PURE__ */ new Map();
    const topicsOf = (file, obj, key) => {
      const found2 = scan.r.option(file, obj, key);
      if (!found2) return [];
      const e = scan.r.unwrap(found2.expr);
      const items = ts.isArrayLiteralExpression(e) ? e.elements : [found2.expr];
      return items.flatMap((x) => scan.names(found2.file, x));
    };
    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (!["send", "sendBatch", "subscribe", "run"].includes(method)) return;
      const inst = scan.instances.of(file, call.expression.expression);
      if (!inst) return;
      const location = { file: file.path, line };
      const [arg] = call.arguments;
      if (inst.kind === "producer" && method === "send") {
        const options = inst.origin?.arguments?.[0];
        for (const topic of topicsOf(file, arg, "topic")) {
          scan.add(
            topic,
            "publish",
            location,
            {
              topic,
              acks: scan.option(file, arg, "acks"),
              idempotent: options && scan.option(inst.file, options, "idempotent"),
              transactional: inst.origin && ts.isCallExpression(inst.origin) && methodName(ts, inst.origin) === "transaction" ? true : void 0
            },
            "kafka"
          );
        }
      } else if (inst.kind === "producer" && method === "sendBatch") {
        const list = scan.r.option(file, arg, "topicMessages");
        const e = list && scan.r.unwrap(list.expr);
        if (e && ts.isArrayLiteralExpression(e)) {
          for (const item of e.elements)
            for (const topic of topicsOf(list.file, item, "topic")) scan.add(topic, "publish", location, { topic, batch: true }, "kafka");
        }
      } else if (inst.kind === "consumer" && method === "subscribe") {
        const groupId = inst.origin?.arguments?.[0] ? scan.option(inst.file, inst.origin.arguments[0], "groupId") : void 0;
        for (const topic of [...topicsOf(file, arg, "topic"), ...topicsOf(file, arg, "topics")]) {
          subscriptions.push({ origin: inst.origin, topic, fromBeginning: scan.option(file, arg, "fromBeginning"), groupId, location });
        }
      } else if (inst.kind === "consumer" && method === "run" && inst.origin) {
        const obj = arg && scan.r.objectOf(file, arg);
        const names = obj?.node.properties.map((p) => p.name?.getText(obj.file.sf) ?? "").filter((n) => n === "eachMessage" || n === "eachBatch") ?? [];
        handlers.set(inst.origin, names);
      }
    });
    for (const s of subscriptions) {
      const handler = s.origin ? handlers.get(s.origin)?.[0] : void 0;
      scan.add(s.topic, "consume", s.location, { topic: s.topic, groupId: s.groupId, fromBeginning: s.fromBeginning, handler }, "kafka");
    }
    return scan.list();
  }
};
function methodName(ts, call) {
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : void 0;
}

// src/discover/detectors/queue/nats.ts
var NATS_WILDCARD = { token: "*", separator: "." };
var nats = {
  name: "nats",
  kind: "queue",
  packages: ["nats"],
  hints: /\.(?:publish|request|subscribe|pullSubscribe|add|get)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, "nats", {
      packages: ["nats"],
      producers: [
        { kind: "connection", factory: "connect" },
        { kind: "jetstream", on: "connection", method: "jetstream" },
        { kind: "manager", on: "connection", method: "jetstreamManager" }
      ],
      types: { NatsConnection: "connection", JetStreamClient: "jetstream", JetStreamManager: "manager" }
    });
    const streams = /* @__PURE__ */ new Map();
    const durable = /* @__PURE__ */ new Map();
    const pending = [];
    eachCall(ctx, ({ file, call, line }) => {
      const callee = call.expression;
      if (!ts.isPropertyAccessExpression(callee)) return;
      const method = callee.name.text;
      const location = { file: file.path, line };
      const [a0, a1, a2] = call.arguments;
      const holder = callee.expression;
      if (ts.isPropertyAccessExpression(holder) && (holder.name.text === "streams" || holder.name.text === "consumers")) {
        const owner = scan.instances.of(file, holder.expression);
        if (!owner) return;
        if (owner.kind === "manager" && holder.name.text === "streams" && (method === "add" || method === "update")) {
          const name = scan.option(file, a0, "name");
          const subjects = scan.option(file, a0, "subjects");
          if (typeof name === "string") {
            streams.set(name, {
              subjects: Array.isArray(subjects) ? subjects.filter((s) => typeof s === "string") : [],
              retention: scan.option(file, a0, "retention"),
              storage: scan.option(file, a0, "storage")
            });
          }
        } else if (owner.kind === "manager" && holder.name.text === "consumers" && method === "add") {
          const stream = scan.name(file, a0);
          const name = scan.option(file, a1, "durable_name") ?? scan.option(file, a1, "name");
          const filter = scan.option(file, a1, "filter_subject");
          if (stream !== void 0 && typeof name === "string") {
            durable.set(`${stream}/${name}`, {
              filterSubject: typeof filter === "string" ? filter : void 0,
              ackPolicy: scan.option(file, a1, "ack_policy")
            });
          }
        } else if (owner.kind === "jetstream" && holder.name.text === "consumers" && method === "get") {
          const stream = scan.name(file, a0);
          const consumer = a1 ? scan.name(file, a1) : void 0;
          if (stream !== void 0)
            pending.push({ kind: "consumer", names: [stream], details: { stream, consumer, jetstream: true }, location });
        }
        return;
      }
      const inst = scan.instances.of(file, holder);
      if (!inst) return;
      if (inst.kind === "connection" && (method === "publish" || method === "request")) {
        const timeout = method === "request" ? scan.option(file, a2, "timeout") : void 0;
        pending.push({
          kind: "publish",
          names: scan.names(file, a0, NATS_WILDCARD),
          details: { request: method === "request" ? true : void 0, timeoutMs: timeout },
          location
        });
      } else if (inst.kind === "connection" && method === "subscribe") {
        pending.push({
          kind: "subscribe",
          names: scan.names(file, a0, NATS_WILDCARD),
          details: { queueGroup: scan.option(file, a1, "queue") },
          location
        });
      } else if (inst.kind === "jetstream" && method === "publish") {
        pending.push({
          kind: "publish",
          names: scan.names(file, a0, NATS_WILDCARD),
          details: { jetstream: true, deduplicated: scan.r.option(file, a2, "msgID") ? true : void 0 },
          location
        });
      } else if (inst.kind === "jetstream" && (method === "subscribe" || method === "pullSubscribe")) {
        pending.push({
          kind: "subscribe",
          names: scan.names(file, a0, NATS_WILDCARD),
          details: { jetstream: true, pull: method === "pullSubscribe" ? true : void 0 },
          location
        });
      }
    });
    const streamOf = (subject) => [...streams].find(([, s]) => s.subjects.some((p) => subjectMatches(p, subject)))?.[0];
    for (const p of pending) {
      if (p.kind === "consumer") {
        const stream = p.names[0];
        const consumer = p.details.consumer;
        const decl = consumer === void 0 ? void 0 : durable.get(`${stream}/${consumer}`);
        const name = decl?.filterSubject ?? stream;
        scan.add(
          name,
          "consume",
          p.location,
          { subject: decl?.filterSubject, ...p.details, streamSubjects: streams.get(stream)?.subjects, ackPolicy: decl?.ackPolicy },
          "nats"
        );
        continue;
      }
      for (const subject of p.names) {
        const stream = streamOf(subject);
        const details = { subject, ...p.details, stream: p.details.jetstream ? stream : void 0 };
        scan.add(subject, p.kind === "publish" ? "publish" : "consume", p.location, details, "nats");
      }
    }
    return scan.list();
  }
};
function subjectMatches(pattern, subject) {
  const p = pattern.split(".");
  const s = subject.split(".");
  for (let i = 0; i < p.length; i++) {
    if (p[i] === ">") return s.length > i;
    if (i >= s.length || p[i] !== "*" && p[i] !== s[i]) return false;
  }
  return p.length === s.length;
}

// src/discover/detectors/queue/mqtt.ts
var MQTT_WILDCARD = { token: "+", separator: "/" };
var mqtt = {
  name: "mqtt",
  kind: "queue",
  packages: ["mqtt"],
  hints: /\.(?:publish|publishAsync|subscribe|subscribeAsync)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, "mqtt", {
      packages: ["mqtt"],
      producers: [
        { kind: "client", factory: "connect" },
        { kind: "client", factory: "connectAsync" }
      ],
      types: { MqttClient: "client" },
      passthrough: ["on", "once"]
    });
    const topics = (file, arg) => {
      if (!arg) return [];
      const e = scan.r.unwrap(arg);
      if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((x) => scan.names(file, x, MQTT_WILDCARD).map((topic) => ({ topic })));
      const obj = scan.r.objectOf(file, e);
      if (obj) {
        return obj.node.properties.flatMap((p) => {
          if (!ts.isPropertyAssignment(p)) return [];
          const topic = ts.isComputedPropertyName(p.name) ? scan.name(obj.file, p.name.expression) : p.name.getText(obj.file.sf).replace(/^['"]|['"]$/g, "");
          return topic === void 0 ? [] : [{ topic, qos: scan.option(obj.file, p.initializer, "qos") }];
        });
      }
      return scan.names(file, arg, MQTT_WILDCARD).map((topic) => ({ topic }));
    };
    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (!["publish", "publishAsync", "subscribe", "subscribeAsync"].includes(method)) return;
      if (scan.instances.of(file, call.expression.expression)?.kind !== "client") return;
      const location = { file: file.path, line };
      const [a0, a1, a2] = call.arguments;
      if (method.startsWith("publish")) {
        for (const topic of scan.names(file, a0, MQTT_WILDCARD)) {
          scan.add(
            topic,
            "publish",
            location,
            { topic, qos: scan.option(file, a2, "qos"), retain: scan.option(file, a2, "retain") },
            "mqtt"
          );
        }
      } else {
        const options = a1 && !ts.isFunctionLike(scan.r.unwrap(a1)) ? scan.option(file, a1, "qos") : void 0;
        for (const t2 of topics(file, a0)) scan.add(t2.topic, "consume", location, { topic: t2.topic, qos: t2.qos ?? options }, "mqtt");
      }
    });
    return scan.list();
  }
};

// src/discover/detectors/queue/bullmq.ts
var JOB_OPTIONS = ["attempts", "backoff", "delay", "priority", "removeOnComplete", "removeOnFail", "repeat"];
var bullmq = {
  name: "bullmq",
  kind: "queue",
  packages: ["bullmq", "@nestjs/bullmq"],
  hints: /\.(?:add|addBulk)\(|@Processor\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, "bullmq", {
      packages: ["bullmq", "@nestjs/bullmq"],
      producers: [{ kind: "queue", factory: "Queue" }],
      types: { Queue: "queue" },
      decorators: { InjectQueue: "queue" }
    });
    const jobOptions = (file, opts) => {
      const out = {};
      for (const key of JOB_OPTIONS) {
        const value = scan.option(file, opts, key);
        if (value !== void 0) out[key] = value;
      }
      return Object.keys(out).length ? out : void 0;
    };
    const bulkItems = (arg) => {
      const e = arg && scan.r.unwrap(arg);
      if (!e) return [];
      if (ts.isArrayLiteralExpression(e)) return [...e.elements];
      const fn = ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "map" ? e.arguments[0] : void 0;
      const result = fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? singleReturn(ts, fn) : void 0;
      return result ? [result] : [];
    };
    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (method !== "add" && method !== "addBulk") return;
      const queue = scan.instances.of(file, call.expression.expression);
      const nameArg = queue?.kind === "queue" ? queue.origin?.arguments?.[0] : void 0;
      if (!queue || !nameArg) return;
      const location = { file: file.path, line };
      for (const name of scan.names(queue.file, nameArg, void 0, queue.bindings)) {
        if (method === "add") {
          const [job, , opts] = call.arguments;
          const jobNames = scan.names(file, job);
          const options = jobOptions(file, opts);
          scan.add(
            name,
            "publish",
            location,
            { queue: name, jobNames, jobOptions: options && Object.fromEntries(jobNames.map((j) => [j, options])) },
            "redis"
          );
        } else {
          const jobNames = bulkItems(call.arguments[0]).flatMap(
            (e) => [scan.option(file, e, "name")].filter((n) => typeof n === "string")
          );
          scan.add(name, "publish", location, { queue: name, jobNames }, "redis");
        }
      }
    });
    eachNew(ctx, ({ file, node, line }) => {
      if (scan.instances.libraryPath(file, node.expression) !== "Worker") return;
      const [nameArg, , opts] = node.arguments ?? [];
      for (const name of scan.names(file, nameArg)) {
        scan.add(name, "consume", { file: file.path, line }, { queue: name, concurrency: scan.option(file, opts, "concurrency") }, "redis");
      }
    });
    for (const file of ctx.files) {
      for (const stmt of file.sf.statements) {
        if (!ts.isClassDeclaration(stmt)) continue;
        for (const dec of ts.getDecorators(stmt) ?? []) {
          const call = dec.expression;
          if (!ts.isCallExpression(call) || scan.instances.libraryPath(file, call.expression) !== "Processor") continue;
          const arg = call.arguments[0];
          const nameExpr = arg && ts.isObjectLiteralExpression(scan.r.unwrap(arg)) ? scan.r.option(file, arg, "name")?.expr : arg;
          for (const name of scan.names(file, nameExpr)) {
            scan.add(
              name,
              "consume",
              { file: file.path, line: lineOf(file.sf, dec) },
              { queue: name, processor: stmt.name?.text, concurrency: arg ? scan.option(file, arg, "concurrency") : void 0 },
              "redis"
            );
          }
        }
      }
    }
    return scan.list();
  }
};

// src/discover/detectors/queue/sqs.ts
var COMMANDS3 = {
  SendMessageCommand: "publish",
  SendMessageBatchCommand: "publish",
  ReceiveMessageCommand: "consume"
};
var sqs = {
  name: "sqs",
  kind: "queue",
  packages: ["@aws-sdk/client-sqs", "sqs-consumer"],
  hints: /MessageCommand|Consumer\.create\(/,
  detect(ctx) {
    const scan = new QueueScan(ctx, "sqs", { packages: ["@aws-sdk/client-sqs", "sqs-consumer"], producers: [] });
    const queueNames = (file, url) => url ? scan.sites.values(url, (b) => render(scan.r.parts(file, url, b))).map(({ value }) => ({ url: value, name: queueName(value) })) : [];
    eachNew(ctx, ({ file, node, line }) => {
      const command = scan.instances.libraryPath(file, node.expression);
      const direction = command === void 0 ? void 0 : COMMANDS3[command];
      const input = node.arguments?.[0];
      if (!direction || !input) return;
      const urlExpr = scan.r.option(file, input, "QueueUrl");
      for (const { name, url } of urlExpr ? queueNames(urlExpr.file, urlExpr.expr) : []) {
        const details = direction === "publish" ? {
          queueUrl: url,
          fifo: name.endsWith(".fifo") || void 0,
          batch: command === "SendMessageBatchCommand" || void 0,
          delaySeconds: scan.option(file, input, "DelaySeconds")
        } : {
          queueUrl: url,
          fifo: name.endsWith(".fifo") || void 0,
          waitTimeSeconds: scan.option(file, input, "WaitTimeSeconds"),
          maxMessages: scan.option(file, input, "MaxNumberOfMessages"),
          visibilityTimeout: scan.option(file, input, "VisibilityTimeout")
        };
        scan.add(name, direction, { file: file.path, line }, details, "sqs");
      }
    });
    eachCall(ctx, ({ file, call, line }) => {
      if (scan.instances.libraryPath(file, call.expression) !== "Consumer.create") return;
      const options = call.arguments[0];
      const urlExpr = scan.r.option(file, options, "queueUrl");
      for (const { name, url } of urlExpr ? queueNames(urlExpr.file, urlExpr.expr) : []) {
        scan.add(
          name,
          "consume",
          { file: file.path, line },
          { queueUrl: url, fifo: name.endsWith(".fifo") || void 0, batchSize: scan.option(file, options, "batchSize") },
          "sqs"
        );
      }
    });
    return scan.list();
  }
};
function queueName(url) {
  if (url.startsWith("env:")) return url;
  const last = url.replace(/\/+$/, "").split("/").at(-1) ?? url;
  return last.includes("${") ? url : last;
}

// src/discover/detectors/queue/pubsub.ts
var pubsub = {
  name: "pubsub",
  kind: "queue",
  packages: ["@google-cloud/pubsub"],
  hints: /\.(?:publishMessage|publish|publishJSON|on)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, "pubsub", {
      packages: ["@google-cloud/pubsub"],
      producers: [
        { kind: "client", factory: "PubSub" },
        { kind: "topic", on: "client", method: "topic" },
        { kind: "subscription", on: "client", method: "subscription" },
        { kind: "subscription", on: "topic", method: "subscription" }
      ],
      types: { PubSub: "client" }
    });
    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      const publishing = ["publishMessage", "publish", "publishJSON"].includes(method);
      const subscribing = method === "on" && scan.name(file, call.arguments[0]) === "message";
      if (!publishing && !subscribing) return;
      const inst = scan.instances.of(file, call.expression.expression);
      const origin = inst?.origin;
      if (!inst || !origin || !ts.isCallExpression(origin)) return;
      const location = { file: file.path, line };
      const names = scan.names(inst.file, origin.arguments[0]);
      if (publishing && inst.kind === "topic") {
        const ordered = method === "publishMessage" && scan.r.option(file, call.arguments[0], "orderingKey") ? true : void 0;
        for (const topic of names) scan.add(topic, "publish", location, { topic, ordered }, "pubsub");
      } else if (subscribing && inst.kind === "subscription") {
        const parent = ts.isPropertyAccessExpression(origin.expression) ? scan.instances.of(inst.file, origin.expression.expression) : void 0;
        const topicCall = parent?.kind === "topic" && parent.origin && ts.isCallExpression(parent.origin) ? parent.origin : void 0;
        const topic = topicCall ? scan.name(parent.file, topicCall.arguments[0]) : void 0;
        const flow = scan.option(inst.file, origin.arguments[1], "flowControl");
        for (const subscription of names) scan.add(subscription, "consume", location, { subscription, topic, flowControl: flow }, "pubsub");
      }
    });
    return scan.list();
  }
};

// src/discover/detectors/queue/nestjs-microservices.ts
var TRANSPORT_SERVICE = {
  RMQ: "rabbitmq",
  KAFKA: "kafka",
  NATS: "nats",
  MQTT: "mqtt",
  REDIS: "redis",
  TCP: "none",
  GRPC: "none"
};
var CLIENT_TYPES = ["ClientProxy", "ClientKafka", "ClientRMQ", "ClientNats", "ClientMqtt", "ClientRedis", "ClientTCP"];
var nestjsMicroservices = {
  name: "nestjs-microservices",
  kind: "queue",
  packages: ["@nestjs/microservices"],
  hints: /@(?:MessagePattern|EventPattern)\(|\.(?:send|emit)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new QueueScan(ctx, "nestjs-microservices", {
      packages: ["@nestjs/microservices"],
      producers: [{ kind: "client", factory: "ClientProxyFactory.create" }],
      types: Object.fromEntries(CLIENT_TYPES.map((t2) => [t2, "client"]))
    });
    const transports = /* @__PURE__ */ new Set();
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (n) => {
        if (ts.isPropertyAccessExpression(n) && scan.instances.libraryPath(file, n.expression) === "Transport") transports.add(n.name.text);
      });
    }
    const transport = transports.size === 1 ? [...transports][0] : void 0;
    const service = (transport === void 0 ? void 0 : TRANSPORT_SERVICE[transport]) ?? "none";
    const patterns = (file, expr) => {
      if (!expr) return [];
      if (scan.r.objectOf(file, expr)) {
        const value = scan.literal(file, expr);
        return value === void 0 ? [] : [stablePattern(value)];
      }
      return scan.names(file, expr);
    };
    for (const file of ctx.files) {
      forEachDeep(ts, file.sf, (n) => {
        if (!ts.isMethodDeclaration(n)) return;
        for (const dec of ts.getDecorators(n) ?? []) {
          if (!ts.isCallExpression(dec.expression)) continue;
          const which = scan.instances.libraryPath(file, dec.expression.expression);
          if (which !== "MessagePattern" && which !== "EventPattern") continue;
          const cls = n.parent;
          const handler = `${ts.isClassLike(cls) && cls.name ? `${cls.name.text}.` : ""}${n.name.getText(file.sf)}`;
          for (const pattern of patterns(file, dec.expression.arguments[0])) {
            scan.add(
              pattern,
              "consume",
              { file: file.path, line: lineOf(file.sf, dec) },
              { pattern, style: which === "EventPattern" ? "event" : "message", handler, transport },
              service
            );
          }
        }
      });
    }
    eachCall(ctx, ({ file, call, line }) => {
      if (!ts.isPropertyAccessExpression(call.expression)) return;
      const method = call.expression.name.text;
      if (method !== "send" && method !== "emit") return;
      if (scan.instances.of(file, call.expression.expression)?.kind !== "client") return;
      for (const pattern of patterns(file, call.arguments[0])) {
        scan.add(
          pattern,
          "publish",
          { file: file.path, line },
          { pattern, style: method === "emit" ? "event" : "message", transport },
          service
        );
      }
    });
    return scan.list();
  }
};
function stablePattern(value) {
  const sort = (v) => Array.isArray(v) ? v.map(sort) : typeof v === "object" ? Object.fromEntries(
    Object.keys(v).sort().map((k) => [k, sort(v[k])])
  ) : v;
  return typeof value === "string" ? value : JSON.stringify(sort(value));
}

// src/discover/detectors/external/external-common.ts
function endpointOf(parts, base) {
  const first = parts[0];
  if (!first) return void 0;
  if (first.kind === "env") return { target: `env:${first.name}`, path: renderPath(parts.slice(1)) };
  if (first.kind === "text" && /^https?:\/\//i.test(first.text)) {
    const m = /^(https?:\/\/[^/?#]*)(.*)$/is.exec(first.text);
    const authority = m[1];
    if (authority.endsWith("//") || m[2] === "" && parts.length > 1 && /[.:-]$/.test(authority)) return void 0;
    let origin;
    try {
      origin = new URL(authority).origin;
    } catch {
      return void 0;
    }
    return { target: origin, path: renderPath([{ kind: "text", text: m[2] }, ...parts.slice(1)]) };
  }
  if (!base) return void 0;
  if (first.kind === "text" && /^[a-z][a-z0-9+.-]*:/i.test(first.text)) return void 0;
  return { target: base.target, path: joinPath(base.path, renderPath(parts)) };
}
function renderPath(parts) {
  let out = "";
  for (const p of merge([...parts])) {
    if (p.kind === "text") out += p.text;
    else out += "*";
    const cut = out.search(/[?#]/);
    if (cut >= 0) {
      out = out.slice(0, cut);
      break;
    }
  }
  if (out === "") return "/";
  return out.startsWith("/") ? out : `/${out}`;
}
function joinPath(base, path32) {
  if (base === "/" || base === "") return path32.startsWith("/") ? path32 : `/${path32}`;
  if (path32 === "/") return base;
  return `${base.replace(/\/+$/, "")}/${path32.replace(/^\/+/, "")}`;
}
var ExternalScan = class extends LibraryScan {
  constructor(ctx, library, spec = { packages: [], producers: [] }) {
    super(ctx, library, spec);
  }
  /**
   * The requests a call makes. When its URL or method depends on the parameters of the function around it
   * (`api('/orders', { method: 'POST' })` over `fetch(\`${BASE}${path}\`, init)`), each caller's arguments give one request.
   */
  requests(node, read3) {
    const direct = read3();
    const exact = direct?.endpoint && !direct.endpoint.path.includes("*") && direct.method !== "*";
    if (!exact) {
      const viaSites = this.sites.of(node).map((s) => read3(s.bindings)).filter((x) => x?.endpoint !== void 0);
      if (viaSites.length) return viaSites;
    }
    return direct?.endpoint ? [direct] : [];
  }
  /** `'POST'`, a known constant, or `*` when the method is computed. */
  method(file, expr, fallback, bindings) {
    if (!expr) return fallback;
    const parts = this.r.parts(file, expr, bindings);
    const only = parts.length === 1 ? parts[0] : void 0;
    return only?.kind === "text" ? only.text.toUpperCase() : "*";
  }
  /** An options argument that is a parameter no caller binds here: its method is not known. */
  unboundParam(file, expr, bindings) {
    const e = expr && this.r.unwrap(expr);
    if (!e || !this.r.ts.isIdentifier(e)) return false;
    const d = this.r.declarationOf(file, e.text, e);
    return d?.kind === "param" && !bindings?.has(d.param);
  }
  /** The package and export a name is imported as (`axiosRetry` → `axios-retry` default). */
  importOf(file, expr) {
    const e = this.r.unwrap(expr);
    if (!this.r.ts.isIdentifier(e)) return void 0;
    const d = this.r.declarationOf(file, e.text, e);
    return d?.kind === "module" ? { pkg: packageOf(d.module), imported: d.imported === "*" ? "default" : d.imported } : void 0;
  }
  /** The endpoint a base URL expression names (`baseURL`, `prefixUrl`, a `Pool` origin). */
  base(file, expr) {
    return expr ? endpointOf(this.r.parts(file, expr)) : void 0;
  }
  numberOption(file, obj, path32, bindings) {
    let current = obj ? { file, expr: obj } : void 0;
    for (const key of path32) current = current && this.r.option(current.file, current.expr, key, bindings);
    return current ? this.r.number(current.file, current.expr) : void 0;
  }
  add(file, line, request, options = {}) {
    const endpoint = request.endpoint;
    this.addTarget(file, line, endpoint.target, { requests: [`${request.method} ${endpoint.path}`] }, options);
  }
  /** One `external-http` point for a target (an origin or `env:NAME`), with what the call records and the client's timeout and retries. */
  addTarget(file, line, target, recorded, options = {}) {
    const details = target.startsWith("env:") ? { env: target.slice(4) } : { origin: target };
    Object.assign(details, recorded);
    if (options.timeoutMs !== void 0) details.timeoutMs = [options.timeoutMs];
    if (options.retries !== void 0) details.retries = [options.retries];
    this.points.add({
      kind: "external-http",
      library: this.library,
      key: `${this.library}:${target}`,
      location: { file: file.path, line },
      details,
      service: "none"
    });
  }
  list() {
    return this.points.list();
  }
};

// src/discover/detectors/external/fetch.ts
var FETCH_PACKAGES = ["node-fetch", "cross-fetch", "isomorphic-fetch"];
var fetchDetector = {
  name: "fetch",
  kind: "external-http",
  packages: ["fetch", ...FETCH_PACKAGES],
  // `fetch(` but not `client.fetch(`; `globalThis.fetch(` still counts.
  hints: /(?<![.\w$])fetch\s*\(|\b(?:globalThis|window|self)\.fetch\s*\(/,
  hintsSuffice: true,
  detect(ctx) {
    const scans = /* @__PURE__ */ new Map();
    const scanFor = (library) => {
      let scan = scans.get(library);
      if (!scan) scans.set(library, scan = new ExternalScan(ctx, library));
      return scan;
    };
    const global = scanFor("fetch");
    eachCall(ctx, ({ file, call, line }) => {
      const library = fetchLibrary(ctx, global, file, call.expression);
      if (!library) return;
      const scan = scanFor(library);
      const read3 = (b) => readFetch(scan, file, call.arguments[0], call.arguments[1], b);
      const timeoutMs = signalTimeout(scan, file, call.arguments[1]);
      const requests = scan.requests(call, read3);
      for (const request of requests.length ? requests : tableRequests(scan, file, call)) scan.add(file, line, request, { timeoutMs });
    });
    return [...scans.values()].flatMap((s) => s.list());
  }
};
function fetchLibrary(ctx, scan, file, callee) {
  const { ts } = ctx;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === "fetch" && ts.isIdentifier(callee.expression)) {
    return ["globalThis", "window", "self"].includes(callee.expression.text) ? "fetch" : void 0;
  }
  if (!ts.isIdentifier(callee) || callee.text !== "fetch") return void 0;
  const d = scan.r.declarationOf(file, "fetch", callee);
  if (!d) return "fetch";
  if (d.kind === "module" && FETCH_PACKAGES.includes(packageOf(d.module))) return packageOf(d.module);
  return void 0;
}
function tableRequests(scan, file, call) {
  const url = call.arguments[0];
  if (!url) return [];
  const method = readFetch(scan, file, url, call.arguments[1])?.method ?? "GET";
  return scan.r.tableValues(file, url).map((v) => ({ endpoint: endpointOf(scan.r.parts(v.file, v.expr)), method })).filter((r) => r.endpoint !== void 0);
}
function readFetch(scan, file, input, init, b) {
  const { ts } = scan.r;
  if (!input) return void 0;
  let url = input;
  let options = init;
  const e = scan.r.unwrap(input);
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "Request" && e.arguments?.[0]) {
    url = e.arguments[0];
    options = init ?? e.arguments[1];
  }
  const method = scan.r.option(file, options, "method", b);
  const fallback = scan.unboundParam(file, options, b) ? "*" : "GET";
  return { endpoint: endpointOf(scan.r.parts(file, url, b)), method: method ? scan.method(method.file, method.expr, "GET", b) : fallback };
}
function signalTimeout(scan, file, init) {
  const { ts } = scan.r;
  const signal2 = scan.r.option(file, init, "signal");
  const e = signal2 && scan.r.unwrap(signal2.expr);
  if (!e || !ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.expression.name.text !== "timeout" || !e.arguments[0])
    return void 0;
  return scan.r.number(signal2.file, e.arguments[0]);
}

// src/discover/detectors/external/undici.ts
var undici = {
  name: "undici",
  kind: "external-http",
  packages: ["undici"],
  hints: /\.request\(|\bfetch\(/,
  detect(ctx) {
    const scan = new ExternalScan(ctx, "undici", {
      packages: ["undici"],
      producers: [
        { kind: "pool", factory: "Pool" },
        { kind: "pool", factory: "Client" }
      ],
      types: { Pool: "pool", Client: "pool" }
    });
    const timeout = (file, opts) => scan.numberOption(file, opts, ["headersTimeout"]) ?? scan.numberOption(file, opts, ["bodyTimeout"]);
    eachCall(ctx, ({ file, call, line }) => {
      const [a0, a1] = call.arguments;
      const fn = scan.instances.libraryPath(file, call.expression);
      if (fn === "request") {
        const read4 = (b) => {
          const method = scan.r.option(file, a1, "method", b);
          return a0 && {
            endpoint: endpointOf(scan.r.parts(file, a0, b)),
            method: method ? scan.method(method.file, method.expr, "GET", b) : "GET"
          };
        };
        for (const request of scan.requests(call, read4)) scan.add(file, line, request, { timeoutMs: timeout(file, a1) });
        return;
      }
      if (fn === "fetch") {
        for (const request of scan.requests(call, (b) => readFetch(scan, file, a0, a1, b)))
          scan.add(file, line, request, { timeoutMs: signalTimeout(scan, file, a1) });
        return;
      }
      if (!ctx.ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "request") return;
      const pool = scan.instances.of(file, call.expression.expression);
      const originArg = pool?.kind === "pool" ? pool.origin?.arguments?.[0] : void 0;
      const base = pool && scan.base(pool.file, originArg);
      if (!pool || !base) return;
      const read3 = (b) => {
        const path32 = scan.r.option(file, a0, "path", b);
        const method = scan.r.option(file, a0, "method", b);
        return path32 && {
          endpoint: endpointOf(scan.r.parts(path32.file, path32.expr, b), base),
          method: method ? scan.method(method.file, method.expr, "GET", b) : "GET"
        };
      };
      const poolOptions = pool.origin?.arguments?.[1];
      for (const request of scan.requests(call, read3))
        scan.add(file, line, request, { timeoutMs: timeout(file, a0) ?? timeout(pool.file, poolOptions) });
    });
    return scan.list();
  }
};

// src/discover/detectors/external/axios.ts
var NO_BODY = /* @__PURE__ */ new Set(["get", "delete", "head", "options"]);
var WITH_BODY = /* @__PURE__ */ new Set(["post", "put", "patch", "postForm", "putForm", "patchForm"]);
var axios = {
  name: "axios",
  kind: "external-http",
  packages: ["axios"],
  hints: /\.(?:get|post|put|patch|delete|head|request)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new ExternalScan(ctx, "axios", {
      packages: ["axios"],
      producers: [{ kind: "instance", factory: "create" }],
      types: { AxiosInstance: "instance" }
    });
    const retries = /* @__PURE__ */ new Map();
    const retrying = ctx.files.filter((f) => f.imports.some((b) => packageOf(b.module) === "axios-retry"));
    eachCall(
      ctx,
      ({ file, call }) => {
        const imp = scan.importOf(file, call.expression);
        if (imp?.pkg !== "axios-retry" || !call.arguments[0]) return;
        const target = scan.instances.of(file, call.arguments[0]);
        const n = scan.numberOption(file, call.arguments[1], ["retries"]) ?? 3;
        const key = target?.origin ?? (scan.instances.libraryPath(file, call.arguments[0]) === "default" ? "global" : void 0);
        if (key) retries.set(key, n);
      },
      retrying
    );
    const instanceBase = (inst) => scan.base(inst.file, scan.r.option(inst.file, inst.origin?.arguments?.[0], "baseURL")?.expr);
    eachCall(ctx, ({ file, call, line }) => {
      const callee = call.expression;
      let verb;
      let inst;
      let global = false;
      const path32 = scan.instances.libraryPath(file, callee);
      if (path32 === "default") {
        verb = "default";
        global = true;
      } else if (path32 !== void 0) {
        if (!NO_BODY.has(path32) && !WITH_BODY.has(path32) && path32 !== "request") return;
        verb = path32;
        global = true;
      } else {
        const direct = scan.instances.of(file, callee);
        if (direct?.kind === "instance" && ts.isCallExpression(call)) {
          verb = "default";
          inst = direct;
        } else if (ts.isPropertyAccessExpression(callee)) {
          const name = callee.name.text;
          if (!NO_BODY.has(name) && !WITH_BODY.has(name) && name !== "request") return;
          inst = scan.instances.of(file, callee.expression);
          if (inst?.kind !== "instance") return;
          verb = name;
        }
      }
      if (!verb || !global && !inst) return;
      const args = call.arguments;
      const urlArg = verb === "request" ? void 0 : args[0];
      const config = verb === "request" ? args[0] : verb === "default" ? args.length > 1 ? args[1] : args[0] : WITH_BODY.has(verb) ? args[2] : args[1];
      const configOnly = verb === "request" || verb === "default" && args[0] !== void 0 && scan.r.objectOf(file, args[0]) !== void 0;
      const base = inst ? instanceBase(inst) : void 0;
      const read3 = (b) => {
        const url = configOnly ? scan.r.option(file, config, "url", b) : urlArg && { file, expr: urlArg };
        if (!url) return void 0;
        const ownBase = scan.r.option(file, config, "baseURL", b);
        const method = scan.r.option(file, config, "method", b);
        const httpMethod = verb === "default" || verb === "request" ? method ? scan.method(method.file, method.expr, "GET", b) : "GET" : verb.replace(/Form$/, "").toUpperCase();
        return {
          endpoint: endpointOf(scan.r.parts(url.file, url.expr, b), ownBase ? scan.base(ownBase.file, ownBase.expr) : base),
          method: httpMethod
        };
      };
      const timeoutMs = scan.numberOption(file, config, ["timeout"]) ?? (inst ? scan.numberOption(inst.file, inst.origin?.arguments?.[0], ["timeout"]) : void 0);
      const retry = inst?.origin ? retries.get(inst.origin) : global ? retries.get("global") : void 0;
      for (const request of scan.requests(call, read3)) scan.add(file, line, request, { timeoutMs, retries: retry });
    });
    return scan.list();
  }
};

// src/discover/detectors/external/got.ts
var VERBS6 = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head"]);
var got = {
  name: "got",
  kind: "external-http",
  packages: ["got"],
  hints: /\bgot\b|\.(?:get|post|put|patch|delete|extend)\(/,
  detect(ctx) {
    const { ts } = ctx;
    const scan = new ExternalScan(ctx, "got", {
      packages: ["got"],
      producers: [
        { kind: "instance", factory: "extend" },
        { kind: "instance", on: "instance", method: "extend" }
      ],
      types: { Got: "instance" }
    });
    const chain = (inst) => {
      const out = [];
      for (let i = inst, n = 0; i?.origin && n < 8; n++) {
        out.push({ file: i.file, options: i.origin.arguments?.[0] });
        const callee = i.origin.expression;
        i = ts.isPropertyAccessExpression(callee) ? scan.instances.of(i.file, callee.expression) : void 0;
      }
      return out;
    };
    const fromChain = (inst, read3) => {
      for (const link of chain(inst)) {
        const value = read3(link.file, link.options);
        if (value !== void 0) return value;
      }
      return void 0;
    };
    const timeoutOf = (file, options) => scan.numberOption(file, options, ["timeout", "request"]) ?? scan.numberOption(file, options, ["timeout"]);
    const retryOf = (file, options) => scan.numberOption(file, options, ["retry", "limit"]) ?? scan.numberOption(file, options, ["retry"]);
    eachCall(ctx, ({ file, call, line }) => {
      const callee = call.expression;
      let verb;
      let inst;
      const path32 = scan.instances.libraryPath(file, callee);
      if (path32 === "default") verb = "default";
      else if (path32 !== void 0) {
        if (!VERBS6.has(path32)) return;
        verb = path32;
      } else {
        const direct = scan.instances.of(file, callee);
        if (direct?.kind === "instance") {
          verb = "default";
          inst = direct;
        } else if (ts.isPropertyAccessExpression(callee) && VERBS6.has(callee.name.text)) {
          inst = scan.instances.of(file, callee.expression);
          if (inst?.kind !== "instance") return;
          verb = callee.name.text;
        } else return;
      }
      const [a0, a1] = call.arguments;
      const configOnly = a0 !== void 0 && scan.r.objectOf(file, a0) !== void 0;
      const options = configOnly ? a0 : a1;
      let base;
      for (const link of chain(inst)) {
        const prefix = scan.r.option(link.file, link.options, "prefixUrl");
        if (prefix) {
          base = scan.base(prefix.file, prefix.expr);
          break;
        }
      }
      const read3 = (b) => {
        const url = configOnly ? scan.r.option(file, a0, "url", b) : a0 && { file, expr: a0 };
        if (!url) return void 0;
        const method = scan.r.option(file, options, "method", b);
        const httpMethod = verb === "default" ? method ? scan.method(method.file, method.expr, "GET", b) : "GET" : verb.toUpperCase();
        return { endpoint: endpointOf(scan.r.parts(url.file, url.expr, b), base), method: httpMethod };
      };
      const timeoutMs = timeoutOf(file, options) ?? fromChain(inst, timeoutOf);
      const retries = retryOf(file, options) ?? fromChain(inst, retryOf);
      for (const request of scan.requests(call, read3)) scan.add(file, line, request, { timeoutMs, retries });
    });
    return scan.list();
  }
};

// src/discover/detectors/external/node-http.ts
var nodeHttp = {
  name: "node-http",
  kind: "external-http",
  packages: ["http", "https"],
  hints: /['"`]node:https?['"`]/,
  detect(ctx) {
    const scans = {
      http: new ExternalScan(ctx, "http", { packages: ["http"], producers: [] }),
      https: new ExternalScan(ctx, "https", { packages: ["https"], producers: [] })
    };
    eachCall(ctx, ({ file, call, line }) => {
      const imp = importedFunction(scans.http, file, call.expression);
      if (!imp || imp.fn !== "request" && imp.fn !== "get") return;
      const scan = scans[imp.module];
      const [a0, a1] = call.arguments;
      if (!a0) return;
      const optionsFirst = scan.r.objectOf(file, a0) !== void 0;
      const options = optionsFirst ? a0 : a1 && scan.r.objectOf(file, a1) ? a1 : void 0;
      const read3 = (b) => {
        const method = scan.r.option(file, options, "method", b);
        const httpMethod = imp.fn === "get" ? "GET" : method ? scan.method(method.file, method.expr, "GET", b) : "GET";
        if (!optionsFirst) return { endpoint: endpointOf(scan.r.parts(file, a0, b)), method: httpMethod };
        const text = (key) => {
          const found2 = scan.r.option(file, options, key, b);
          return found2 ? scan.r.parts(found2.file, found2.expr, b) : void 0;
        };
        const host = text("hostname") ?? text("host");
        if (!host) return void 0;
        const protocol = render(text("protocol") ?? []) || `${imp.module}:`;
        const port = text("port");
        const path32 = text("path") ?? [{ kind: "text", text: "/" }];
        const onlyHost = host.length === 1 ? host[0] : void 0;
        if (onlyHost?.kind === "env") return { endpoint: endpointOf([onlyHost, ...path32]), method: httpMethod };
        const hostText = render(host);
        const portText = port ? render(port) : "";
        if (hostText === void 0 || portText === void 0 || hostText.includes("${")) return void 0;
        const origin = `${protocol}//${hostText}${portText ? `:${portText}` : ""}`;
        return { endpoint: endpointOf([{ kind: "text", text: origin }, ...path32]), method: httpMethod };
      };
      const timeoutMs = scan.numberOption(file, options, ["timeout"]);
      for (const request of scan.requests(call, read3)) scan.add(file, line, request, { timeoutMs });
    });
    return [...scans.http.list(), ...scans.https.list()];
  }
};
function importedFunction(scan, file, callee) {
  const { ts } = scan.r;
  const e = scan.r.unwrap(callee);
  if (ts.isIdentifier(e)) {
    const imp = scan.importOf(file, e);
    return imp && (imp.pkg === "http" || imp.pkg === "https") ? { module: imp.pkg, fn: imp.imported } : void 0;
  }
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
    const imp = scan.importOf(file, e.expression);
    return imp && (imp.pkg === "http" || imp.pkg === "https") && imp.imported === "default" ? { module: imp.pkg, fn: e.name.text } : void 0;
  }
  return void 0;
}

// src/discover/detectors/external/sdk-clients.ts
var SDKS = [
  {
    pkg: "stripe",
    factories: ["default", "Stripe"],
    origin: "https://api.stripe.com",
    optionsArg: 1,
    timeout: ["timeout"],
    retries: ["maxNetworkRetries"],
    local: ["webhooks"]
  },
  {
    pkg: "@sendgrid/mail",
    factories: ["default"],
    bare: true,
    origin: "https://api.sendgrid.com",
    optionsArg: -1,
    local: ["setApiKey", "setTimeout", "setClient", "setDefaultRequest", "setSubstitutionWrappers", "setTwilioEmailAuth"]
  },
  { pkg: "twilio", factories: ["default", "Twilio"], origin: "https://api.twilio.com", optionsArg: 2, timeout: ["timeout"] },
  {
    pkg: "@slack/web-api",
    factories: ["WebClient"],
    origin: "https://slack.com",
    optionsArg: 1,
    timeout: ["timeout"],
    retries: ["retryConfig", "retries"]
  },
  {
    pkg: "postmark",
    factories: ["Client", "ServerClient", "AccountClient"],
    origin: "https://api.postmarkapp.com",
    optionsArg: 1,
    timeout: ["timeout"],
    timeoutScale: 1e3
  },
  {
    pkg: "openai",
    factories: ["default", "OpenAI"],
    origin: "https://api.openai.com",
    optionsArg: 0,
    baseUrl: "baseURL",
    timeout: ["timeout"],
    retries: ["maxRetries"]
  },
  {
    pkg: "@anthropic-ai/sdk",
    factories: ["default", "Anthropic"],
    origin: "https://api.anthropic.com",
    optionsArg: 0,
    baseUrl: "baseURL",
    timeout: ["timeout"],
    retries: ["maxRetries"]
  }
];
var NOT_OPERATIONS = /* @__PURE__ */ new Set(["on", "once", "off", "then", "catch", "withOptions"]);
var sdkClients = {
  name: "sdk-clients",
  kind: "external-http",
  packages: SDKS.map((s) => s.pkg),
  hints: /\.create\(|\.send\w*\(|\.postMessage\(/,
  detect(ctx) {
    const { ts } = ctx;
    const out = [];
    for (const sdk of SDKS) {
      const scan = new ExternalScan(ctx, sdk.pkg, {
        packages: [sdk.pkg],
        producers: sdk.factories.map((f) => ({ kind: "client", factory: f, bare: sdk.bare })),
        types: Object.fromEntries(sdk.factories.filter((f) => f !== "default").map((f) => [f, "client"]))
      });
      const endpointOf2 = (inst) => {
        const options2 = inst.origin?.arguments?.[sdk.optionsArg];
        const base = sdk.baseUrl ? scan.r.option(inst.file, options2, sdk.baseUrl) : void 0;
        return (base && scan.base(base.file, base.expr)) ?? { target: sdk.origin, path: "/" };
      };
      const options = (inst) => {
        const arg = inst.origin?.arguments?.[sdk.optionsArg];
        const timeout = sdk.timeout && scan.numberOption(inst.file, arg, sdk.timeout);
        return {
          timeoutMs: timeout === void 0 ? void 0 : timeout * (sdk.timeoutScale ?? 1),
          retries: sdk.retries && scan.numberOption(inst.file, arg, sdk.retries)
        };
      };
      const add2 = (file, line, inst, operation) => {
        const endpoint = endpointOf2(inst);
        scan.addTarget(file, line, endpoint.target, { operations: operation ? [operation] : [] }, options(inst));
      };
      eachCall(ctx, ({ file, call, line }) => {
        const names = [];
        let e = call.expression;
        while (ts.isPropertyAccessExpression(e)) {
          names.unshift(e.name.text);
          e = e.expression;
        }
        if (names.length === 0 || NOT_OPERATIONS.has(names[0]) || sdk.local?.includes(names[0])) return;
        const inst = scan.instances.of(file, e);
        if (inst?.kind === "client") add2(file, line, inst, names.join("."));
      });
      const created = (file, node, line) => {
        const inst = scan.instances.of(file, node);
        if (inst?.kind === "client" && inst.origin === node) add2(file, line, inst);
      };
      eachNew(ctx, ({ file, node, line }) => created(file, node, line));
      eachCall(ctx, ({ file, call, line }) => created(file, call, line));
      out.push(...scan.list());
    }
    return out;
  }
};

// src/discover/detectors/fs.ts
var READS = /* @__PURE__ */ new Set(["readFile", "readFileSync", "createReadStream", "readdir", "readdirSync", "readJson", "readJsonSync", "readJSON"]);
var WRITES2 = /* @__PURE__ */ new Set([
  "writeFile",
  "writeFileSync",
  "appendFile",
  "appendFileSync",
  "createWriteStream",
  "rename",
  "renameSync",
  "unlink",
  "unlinkSync",
  "rm",
  "rmSync",
  "copyFile",
  "copyFileSync",
  "cp",
  "cpSync",
  "truncate",
  "outputFile",
  "outputFileSync",
  "outputJson",
  "outputJSON",
  "writeJson",
  "writeJSON",
  "writeJsonSync",
  "move",
  "moveSync",
  "copy",
  "copySync",
  "remove",
  "removeSync",
  "emptyDir"
]);
var INLINE_CALLBACKS = /* @__PURE__ */ new Set([
  "forEach",
  "map",
  "filter",
  "reduce",
  "some",
  "every",
  "find",
  "flatMap",
  "then",
  "catch",
  "finally",
  "sort"
]);
var fsDetector = {
  name: "fs",
  kind: "fs",
  packages: ["fs", "fs-extra", "multer"],
  hints: /['"`]node:fs|\bmulter\b/,
  detect(ctx) {
    const r = Resolver.of(ctx);
    const fsModule = new Instances(r, { packages: ["fs", "fs-extra"], producers: [] });
    const multer = new Instances(r, { packages: ["multer"], producers: [] });
    const points = new PointSet();
    const record = (direction, call) => {
      points.add({
        kind: "fs",
        library: "fs",
        key: `fs:${direction}`,
        location: { file: call.file, line: call.line },
        details: { operations: [call.fn], paths: [call.path], calls: [call] },
        service: "none"
      });
    };
    const context = new ServiceContext(r);
    eachCall(ctx, ({ file, call, line }) => {
      const fsPath = fsModule.libraryPath(file, call.expression);
      if (fsPath !== void 0) {
        const fn = fsPath.replace(/^(?:promises|default)\./, "");
        const direction = READS.has(fn) ? "read" : WRITES2.has(fn) ? "write" : void 0;
        if (!direction) return;
        const twoPaths = /^(?:rename|copyFile|cp|move|copy)(?:Sync)?$/.test(fn);
        const args = call.arguments.slice(0, twoPaths ? 2 : 1);
        const parts = args.map((a) => r.parts(file, a));
        if (parts.length === 0 || parts.every(isStatic) || !context.isService(file, call)) return;
        if (direction === "read" && parts.every(isConfigFile)) return;
        record(direction, { fn, file: file.path, line, path: parts.map(renderPath2).join(" \u2192 ") });
        return;
      }
      const multerPath = multer.libraryPath(file, call.expression);
      if (multerPath === "default") {
        const dest = r.option(file, call.arguments[0], "dest");
        if (dest) record("write", { fn: "multer", file: file.path, line, path: renderPath2(r.parts(dest.file, dest.expr)) });
      } else if (multerPath === "diskStorage") {
        const destination = r.option(file, call.arguments[0], "destination");
        record("write", {
          fn: "multer.diskStorage",
          file: file.path,
          line,
          path: destination ? renderPath2(destinationParts(r, destination.file, destination.expr)) : "*"
        });
      }
    });
    return points.list();
  }
};
var CONFIG_FILE = /^(?:\.env(?:\..+)?|.+\.(?:json|ya?ml|pem))$/;
function isConfigFile(parts) {
  const last = parts.at(-1);
  if (last?.kind !== "text") return false;
  const slash = last.text.lastIndexOf("/");
  const before2 = parts.at(-2);
  const whole = slash >= 0 || before2?.kind === "text" && before2.text.endsWith("/");
  return whole && CONFIG_FILE.test(last.text.slice(slash + 1));
}
function isStatic(parts) {
  return parts.every((p) => p.kind === "text" || p.kind === "dir");
}
function renderPath2(parts) {
  return parts.map((p) => p.kind === "text" ? p.text : p.kind === "env" ? `$${p.name}` : p.kind === "dir" ? "<dir>" : "*").join("");
}
function destinationParts(r, file, expr) {
  const { ts } = r;
  const e = r.unwrap(expr);
  if (!ts.isArrowFunction(e) && !ts.isFunctionExpression(e)) return r.parts(file, expr);
  const cb = e.parameters[2]?.name;
  let found2;
  const visit = (n) => {
    if (ts.isCallExpression(n) && cb && ts.isIdentifier(cb) && ts.isIdentifier(n.expression) && n.expression.text === cb.text && n.arguments[1]) {
      found2 = r.parts(file, n.arguments[1]);
    }
    return found2 ? "stop" : void 0;
  };
  if (!visit(e.body)) forEachDeep(ts, e.body, visit);
  return found2 ?? [{ kind: "unknown" }];
}
var ServiceContext = class {
  constructor(r) {
    this.r = r;
  }
  r;
  memo = /* @__PURE__ */ new Map();
  isService(file, node, depth2 = 0) {
    const fn = enclosingFunction2(this.r.ts, node);
    if (!fn || depth2 > 8) return false;
    if (!this.memo.has(fn)) {
      this.memo.set(fn, false);
      this.memo.set(fn, this.functionServes(file, fn, depth2));
    }
    return this.memo.get(fn);
  }
  functionServes(file, fn, depth2) {
    const { ts } = this.r;
    const parent = fn.parent;
    if (ts.isCallExpression(parent) && parent.arguments.includes(fn)) {
      const method = ts.isPropertyAccessExpression(parent.expression) ? parent.expression.name.text : void 0;
      return method !== void 0 && INLINE_CALLBACKS.has(method) ? this.isService(file, parent, depth2 + 1) : true;
    }
    if (ts.isNewExpression(parent) && parent.arguments?.includes(fn)) {
      return ts.isIdentifier(parent.expression) && parent.expression.text === "Promise" ? this.isService(file, parent, depth2 + 1) : true;
    }
    const callee = ts.isParenthesizedExpression(parent) ? parent.parent : parent;
    if (callee && ts.isCallExpression(callee) && (callee.expression === fn || callee.expression === parent))
      return this.isService(file, callee, depth2 + 1);
    if (ts.isMethodDeclaration(fn) || ts.isConstructorDeclaration(fn) || ts.isGetAccessor(fn) || ts.isSetAccessor(fn)) {
      if (ts.isClassLike(parent)) return this.classServes(file, parent, depth2);
      if (ts.isObjectLiteralExpression(parent)) return this.objectServes(file, parent, depth2);
    }
    if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent))
      return this.objectServes(file, parent.parent, depth2);
    if (ts.isPropertyDeclaration(parent) && ts.isClassLike(parent.parent)) return this.classServes(file, parent.parent, depth2);
    const name = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name : void 0;
    if (!name) return false;
    if (isExported(ts, file, fn, name.text)) return true;
    return this.referencedFromService(file, name, depth2);
  }
  classServes(file, cls, depth2) {
    const { ts } = this.r;
    if (!cls.name) return ts.isClassExpression(cls) ? this.isService(file, cls, depth2 + 1) : true;
    return isExported(ts, file, cls, cls.name.text) || this.referencedFromService(file, cls.name, depth2);
  }
  /** An object of functions: passed to a call (options with callbacks) or exported, it serves. */
  objectServes(file, obj, depth2) {
    const { ts } = this.r;
    const parent = obj.parent;
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return true;
    if (ts.isExportAssignment(parent)) return true;
    if (ts.isBinaryExpression(parent) && /^(?:module\.)?exports\b/.test(parent.left.getText(file.sf))) return true;
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
      return isExported(ts, file, parent, parent.name.text) || this.referencedFromService(file, parent.name, depth2);
    return false;
  }
  /** A local function or class used from code that serves: called there, or handed to a call as a handler. */
  referencedFromService(file, name, depth2) {
    const { ts } = this.r;
    let serves = false;
    forEachDeep(ts, file.sf, (n) => {
      if (ts.isIdentifier(n) && n !== name && n.text === name.text && !isDeclarationName(ts, n)) {
        const parent = n.parent;
        const passed = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(n);
        const called = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === n;
        if (passed) {
          const inline = ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && INLINE_CALLBACKS.has(parent.expression.name.text);
          if (!inline || this.isService(file, parent, depth2 + 1)) serves = true;
        } else if ((called || ts.isPropertyAccessExpression(parent)) && this.isService(file, n, depth2 + 1)) serves = true;
      }
      return serves ? "stop" : void 0;
    });
    return serves;
  }
};
function enclosingFunction2(ts, node) {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return void 0;
}
function isDeclarationName(ts, n) {
  const p = n.parent;
  return (ts.isFunctionDeclaration(p) || ts.isVariableDeclaration(p) || ts.isClassDeclaration(p) || ts.isParameter(p)) && p.name === n;
}
function isExported(ts, file, node, name) {
  for (let n = node; n && !ts.isSourceFile(n); n = n.parent) {
    const mods = ts.canHaveModifiers(n) ? ts.getModifiers(n) : void 0;
    if (mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return true;
  }
  return exportedLocal(ts, file.sf, name) === name || exportedLocal(ts, file.sf, "default") === name;
}

// src/discover/detectors/index.ts
var DETECTORS = [
  express,
  fastify,
  koa,
  hono,
  nestjs,
  nextjs,
  pg,
  mysql2,
  betterSqlite3,
  knex,
  kysely,
  prisma,
  typeorm,
  sequelize,
  drizzle,
  mongoose,
  mongodb,
  redis,
  ioredis,
  memcached,
  memjs,
  amqplib,
  kafkajs,
  nats,
  mqtt,
  bullmq,
  sqs,
  pubsub,
  nestjsMicroservices,
  fetchDetector,
  undici,
  axios,
  got,
  nodeHttp,
  sdkClients,
  fsDetector
];

// src/discover/depth.ts
var MAX_NESTING = 256;
function nestingDepth(text) {
  let depth2 = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      if (++depth2 > max) max = depth2;
    } else if ((c === 41 || c === 93 || c === 125) && depth2 > 0) depth2--;
  }
  return max;
}
var MAX_TREE_DEPTH = 1500;
function treeDeeperThan(ts, sf, limit) {
  const nodes = [sf];
  const depths = [0];
  let depth2 = 0;
  const push = (child) => {
    nodes.push(child);
    depths.push(depth2 + 1);
    return void 0;
  };
  while (nodes.length > 0) {
    const node = nodes.pop();
    depth2 = depths.pop();
    if (depth2 > limit) return true;
    ts.forEachChild(node, push);
  }
  return false;
}

// src/discover/infra.ts
import path9 from "node:path";

// src/discover/yaml-doc.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(text) {
  const lineCounter = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, merge: true });
  } catch (error) {
    return { ok: false, message: error.message };
  }
  const first = doc.errors[0];
  if (first) return { ok: false, line: lineCounter.linePos(first.pos[0]).line, message: first.message.split("\n")[0] };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, message: error.message };
  }
  return {
    ok: true,
    doc: {
      value,
      lineOf(path32) {
        let node = doc.contents;
        let offset;
        for (const segment of path32) {
          if ((0, import_yaml.isMap)(node)) {
            const pair = node.items.find((p) => ((0, import_yaml.isScalar)(p.key) ? p.key.value : p.key) === segment);
            if (!pair) return void 0;
            offset = (0, import_yaml.isScalar)(pair.key) ? pair.key.range?.[0] : void 0;
            node = pair.value;
          } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
            node = node.items[segment];
            offset = node?.range?.[0];
          } else {
            return void 0;
          }
        }
        return offset === void 0 ? void 0 : lineCounter.linePos(offset).line;
      }
    }
  };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/discover/infra.ts
var COMPOSE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/;
var WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
var ENV_FILE = /(?:^|\/)\.env\.(?:example|sample|test|template)$/;
function readInfra(input) {
  const services = [];
  const env = [];
  for (const file of input.paths) {
    if (COMPOSE.test(file)) services.push(...composeServices(file, input));
    else if (WORKFLOW.test(file)) services.push(...workflowServices(file, input));
    else if (ENV_FILE.test(file)) env.push(...envNames(file, input.readText(file)));
  }
  const packages = input.paths.filter((p) => path9.posix.basename(p) === "package.json").sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b)).map((file) => ({ file, json: readJson(input.readText(file)) })).filter((p) => p.json !== void 0);
  let testFramework;
  for (const { file, json } of packages) {
    testFramework = frameworkOf(file, json);
    if (testFramework) break;
  }
  const top = packages[0];
  const packageType = top?.json.type === "module" ? "module" : "commonjs";
  const tsconfig = input.paths.filter((p) => path9.posix.basename(p) === "tsconfig.json").sort((a, b) => a.split("/").length - b.split("/").length)[0];
  const tsconfigModule = tsconfig ? tsModule(tsconfig, input) : void 0;
  const system = packageType === "module" || tsconfigModule !== void 0 && /^(?:es|preserve)/.test(tsconfigModule) ? "esm" : "commonjs";
  const infra = { services, env, module: { packageType, system } };
  if (tsconfigModule) infra.module.tsconfigModule = tsconfigModule;
  if (testFramework) infra.testFramework = testFramework;
  return infra;
}
function yamlOf(file, what, input) {
  const text = input.readText(file);
  if (text === void 0) return void 0;
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    input.diagnostics.push({ file, line: parsed.line, message: `invalid ${what}: ${parsed.message}` });
    return void 0;
  }
  return parsed.doc;
}
function composeServices(file, input) {
  const doc = yamlOf(file, "compose file", input);
  if (!doc || !isRecord(doc.value) || !isRecord(doc.value.services)) return [];
  return Object.entries(doc.value.services).flatMap(
    ([name, def]) => isRecord(def) ? [serviceOf3(name, def, file, doc.lineOf(["services", name]))] : []
  );
}
function workflowServices(file, input) {
  const doc = yamlOf(file, "workflow", input);
  if (!doc || !isRecord(doc.value) || !isRecord(doc.value.jobs)) return [];
  const out = [];
  for (const [job, def] of Object.entries(doc.value.jobs)) {
    if (!isRecord(def) || !isRecord(def.services)) continue;
    for (const [name, svc] of Object.entries(def.services)) {
      const spec = typeof svc === "string" ? { image: svc } : svc;
      if (isRecord(spec)) out.push(serviceOf3(`${job}/${name}`, spec, file, doc.lineOf(["jobs", job, "services", name])));
    }
  }
  return out;
}
function serviceOf3(name, def, file, line) {
  const image = typeof def.image === "string" ? def.image : void 0;
  const out = {
    name,
    service: image ? serviceOfImage(image) : "none",
    ports: portsOf(def.ports),
    env: envOf3(def.environment ?? def.env),
    file
  };
  if (image) out.image = image;
  if (line !== void 0) out.line = line;
  return out;
}
function portsOf(ports) {
  if (!Array.isArray(ports)) return [];
  return ports.flatMap((p) => {
    if (typeof p === "string" || typeof p === "number") return [String(p)];
    if (isRecord(p) && p.target !== void 0)
      return [p.published !== void 0 ? `${String(p.published)}:${String(p.target)}` : String(p.target)];
    return [];
  });
}
function envOf3(environment) {
  const out = {};
  if (Array.isArray(environment)) {
    for (const item of environment) {
      if (typeof item !== "string") continue;
      const eq = item.indexOf("=");
      if (eq === -1) out[item] = "";
      else out[item.slice(0, eq)] = item.slice(eq + 1);
    }
  } else if (isRecord(environment)) {
    for (const [k, v] of Object.entries(environment)) out[k] = v === null || v === void 0 ? "" : String(v);
  }
  return out;
}
var IMAGES = [
  [/^(?:postgres(?:ql)?|postgis|timescaledb(?:-ha)?|pgvector)$/, "postgres"],
  [/^(?:mysql(?:-server)?|mariadb|percona(?:-server)?)$/, "mysql"],
  [/^(?:redis(?:-stack(?:-server)?)?|valkey|keydb|dragonfly)$/, "redis"],
  [/^rabbitmq$/, "rabbitmq"],
  [/^nats(?:-streaming)?$/, "nats"],
  [/^(?:eclipse-)?mosquitto$|^emqx$|^hivemq(?:4|-ce)?$|^vernemq$|mqtt/, "mqtt"],
  [/^(?:cp-)?kafka$|^cp-server$|^redpanda$/, "kafka"],
  [/^mongo(?:db)?(?:-community-server)?$/, "mongodb"],
  [/^memcached$/, "memcached"],
  [/^localstack$|^elasticmq(?:-native)?$/, "sqs"],
  [/pubsub/, "pubsub"]
];
function serviceOfImage(image) {
  const repo = image.toLowerCase().split("@")[0];
  const last = repo.split("/").at(-1).split(":")[0];
  return IMAGES.find(([re]) => re.test(last))?.[1] ?? "none";
}
function envNames(file, text) {
  if (text === void 0) return [];
  const out = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
    if (m) out.push({ name: m[1], file, line: i + 1 });
  });
  return out;
}
function readJson(text) {
  if (text === void 0) return void 0;
  try {
    const value = JSON.parse(text);
    return isRecord(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
var SCRIPT_FRAMEWORKS = [
  [/\bvitest\b/, "vitest"],
  [/\bjest\b/, "jest"],
  [/\bmocha\b/, "mocha"],
  [/\b(?:node|tsx)\b[^&|;]*\s--test\b/, "node:test"]
];
function frameworkOf(file, json) {
  const scripts = isRecord(json.scripts) ? json.scripts : {};
  const ordered = [
    scripts.test,
    ...Object.entries(scripts).filter(([k]) => k !== "test" && /test/.test(k)).map(([, v]) => v)
  ];
  for (const script of ordered) {
    if (typeof script !== "string") continue;
    const hit = SCRIPT_FRAMEWORKS.find(([re]) => re.test(script));
    if (hit) return { name: hit[1], file, from: "scripts" };
  }
  const deps = /* @__PURE__ */ new Set([
    ...Object.keys(isRecord(json.devDependencies) ? json.devDependencies : {}),
    ...Object.keys(isRecord(json.dependencies) ? json.dependencies : {})
  ]);
  const byDep = [
    ["vitest", "vitest"],
    ["jest", "jest"],
    ["ts-jest", "jest"],
    ["mocha", "mocha"]
  ];
  const dep = byDep.find(([name]) => deps.has(name));
  return dep ? { name: dep[1], file, from: "dependencies" } : void 0;
}
function tsModule(file, input) {
  const seen = /* @__PURE__ */ new Set();
  for (let current = file; current && !seen.has(current); ) {
    seen.add(current);
    const text = input.readText(current);
    if (text === void 0) return void 0;
    const { config, error } = input.ts.parseConfigFileTextToJson(current, text);
    if (error || !isRecord(config)) {
      const message = error ? input.ts.flattenDiagnosticMessageText(error.messageText, " ") : "not an object";
      const line = error?.file && error.start !== void 0 ? error.file.getLineAndCharacterOfPosition(error.start).line + 1 : void 0;
      input.diagnostics.push({ file: current, line, message: `invalid tsconfig: ${message}` });
      return void 0;
    }
    const options = isRecord(config.compilerOptions) ? config.compilerOptions : {};
    if (typeof options.module === "string") return options.module.toLowerCase();
    const base = typeof config.extends === "string" && config.extends.startsWith(".") ? path9.posix.normalize(path9.posix.join(path9.posix.dirname(current), config.extends)) : void 0;
    current = base && !base.startsWith("..") ? base.endsWith(".json") ? base : `${base}.json` : void 0;
    if (current && !input.paths.includes(current)) return void 0;
  }
  return void 0;
}

// src/discover/path-aliases.ts
import path10 from "node:path";
var CONFIG = /(?:^|\/)[tj]sconfig\.json$/;
function pathAliases(ts, paths, readText) {
  let configs;
  return (from, specifier) => {
    configs ??= paths.filter((p) => CONFIG.test(p)).map((p) => readConfig(ts, p, paths, readText)).filter((c) => c !== void 0).sort((a, b) => b.dir.length - a.dir.length);
    const config = configs.find((c) => c.dir === "" || from.startsWith(`${c.dir}/`));
    if (!config) return [];
    const out = [];
    for (const p of config.patterns) {
      const matches = p.suffix === void 0 ? specifier === p.prefix : specifier.length >= p.prefix.length + p.suffix.length && specifier.startsWith(p.prefix) && specifier.endsWith(p.suffix);
      if (!matches) continue;
      const star = p.suffix === void 0 ? "" : specifier.slice(p.prefix.length, specifier.length - p.suffix.length);
      out.push(...p.targets.map((t2) => t2.replace("*", star)));
    }
    if (config.baseUrl !== void 0) out.push(joined(config.baseUrl, specifier));
    return out.filter((p) => !p.startsWith(".."));
  };
}
function readConfig(ts, file, paths, readText) {
  let patterns;
  let baseUrl;
  let pathsFrom;
  const seen = /* @__PURE__ */ new Set();
  for (let current = file; current && !seen.has(current); ) {
    seen.add(current);
    const text = readText(current);
    if (text === void 0) break;
    const { config } = ts.parseConfigFileTextToJson(current, text);
    if (!isRecord2(config)) break;
    const dir2 = path10.posix.dirname(current) === "." ? "" : path10.posix.dirname(current);
    const options = isRecord2(config.compilerOptions) ? config.compilerOptions : {};
    if (baseUrl === void 0 && typeof options.baseUrl === "string") baseUrl = joined(dir2, options.baseUrl);
    if (patterns === void 0 && isRecord2(options.paths)) {
      pathsFrom = dir2;
      patterns = Object.entries(options.paths).flatMap(([alias, targets]) => {
        if (!Array.isArray(targets)) return [];
        const star = alias.indexOf("*");
        const list = targets.filter((t2) => typeof t2 === "string");
        return [{ prefix: star < 0 ? alias : alias.slice(0, star), suffix: star < 0 ? void 0 : alias.slice(star + 1), targets: list }];
      });
    }
    const base = typeof config.extends === "string" && config.extends.startsWith(".") ? joined(dir2, config.extends) : void 0;
    current = base === void 0 ? void 0 : base.endsWith(".json") ? base : `${base}.json`;
    if (current && !paths.includes(current)) break;
  }
  if (!patterns && baseUrl === void 0) return void 0;
  const root = baseUrl ?? pathsFrom ?? "";
  const dir = path10.posix.dirname(file) === "." ? "" : path10.posix.dirname(file);
  return {
    dir,
    patterns: (patterns ?? []).map((p) => ({ ...p, targets: p.targets.map((t2) => joined(root, t2)) })),
    ...baseUrl !== void 0 ? { baseUrl } : {}
  };
}
function joined(dir, rel) {
  const out = path10.posix.normalize(path10.posix.join(dir || ".", rel));
  return out === "." ? "" : out.replace(/\/$/, "");
}
function isRecord2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/discover/openapi.ts
import fs3 from "node:fs/promises";
import path11 from "node:path";
import { fileURLToPath } from "node:url";
var METHODS6 = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
var CANDIDATE = /\.(?:ya?ml|json)$/i;
var NOT_SPECS = /(?:^|\/)(?:package(?:-lock)?\.json|tsconfig[^/]*\.json|jsconfig\.json|composer\.json|pnpm-lock\.yaml|\.eslintrc\.json)$/;
var MAX_SPEC_BYTES = 16 * 1024 * 1024;
var YAML_MARK = /^["']?(?:openapi|swagger)["']?[ \t]*:[ \t]*\S/m;
var JSON_MARK = /"(?:openapi|swagger)"\s*:\s*["\d]/;
async function readOpenApi(input) {
  const candidates = input.files.filter(
    (f) => CANDIDATE.test(f.path) && !NOT_SPECS.test(f.path) && !isTestFile(f.path) && f.size <= MAX_SPEC_BYTES
  );
  const documents = [];
  const operations = [];
  const realRoot = await fs3.realpath(input.root);
  for (const { path: file } of candidates) {
    const text = input.readText(file);
    if (text === void 0 || !isSpecText(file, text)) continue;
    let api;
    const refused = [];
    try {
      api = await dereference(realRoot, path11.join(input.root, file), text, refused);
    } catch (error) {
      input.diagnostics.push(specError(input.root, realRoot, file, text, refused[0] ?? error));
      continue;
    }
    documents.push(file);
    operations.push(...operationsOf2(file, api, operationLines(text)));
  }
  return { documents, operations };
}
function isSpecText(file, text) {
  if (!file.toLowerCase().endsWith(".json")) return YAML_MARK.test(text);
  if (!JSON_MARK.test(text)) return false;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return true;
  }
  return isRecord(value) && ["openapi", "swagger"].some((k) => typeof value[k] === "string" || typeof value[k] === "number");
}
async function dereference(realRoot, abs, text, refused) {
  const { default: SwaggerParser } = await import("./lib-KALICL4U.js");
  const options = {
    resolve: {
      http: false,
      file: {
        // Local `$ref`s may name files inside the repository only.
        async read(info) {
          const target = info.url.startsWith("file:") ? fileURLToPath(info.url) : decodeURIComponent(info.url);
          if (target === abs) return Buffer.from(text);
          const shown = `$ref file ${path11.relative(path11.dirname(abs), target)}`;
          const real = await fs3.realpath(target).catch(() => void 0);
          let reason;
          if (!real) reason = "does not exist";
          else if (real !== realRoot && !real.startsWith(realRoot + path11.sep)) reason = "is outside the repository (not read)";
          else {
            const stat = await fs3.stat(real);
            if (!stat.isFile() || stat.size > MAX_SPEC_BYTES) reason = "is not a regular file of at most 16 MB";
          }
          if (reason || !real) {
            refused.push(`${shown} ${reason}`);
            throw new Error(`${shown} ${reason}`);
          }
          return fs3.readFile(real);
        }
      }
    },
    timeoutMs: 2e4
  };
  return await new SwaggerParser().dereference(abs, options);
}
function specError(root, realRoot, file, text, error) {
  const err = error;
  let message = (typeof error === "string" ? error : err.message ?? String(error)).split("\n")[0];
  for (const prefix of [realRoot + path11.sep, path11.resolve(root) + path11.sep]) message = message.split(prefix).join("");
  const syntax = /^Error parsing .*?: (.*) \((\d+):\d+\)$/.exec(message);
  if (syntax) return { file, line: Number(syntax[2]), message: `invalid OpenAPI document: ${syntax[1]}` };
  const needle = (err.targetRef ?? /"([^"]+)"/.exec(message)?.[1] ?? /^\$ref file (\S+)/.exec(message)?.[1])?.split("#");
  const fragment = needle ? needle[1] || path11.basename(needle[0] ?? "") : void 0;
  if (/^Unable to resolve \$ref pointer "https?:/.test(message)) message += " (remote references are not fetched)";
  const lines = text.split("\n");
  const index = fragment ? lines.findIndex((l) => l.includes("$ref") && l.includes(fragment)) : needle ? -1 : lines.findIndex((l) => /^\s*["']?(?:openapi|swagger)["']?\s*:/.test(l));
  return { file, line: index >= 0 ? index + 1 : void 0, message: `invalid OpenAPI document: ${message}` };
}
function operationLines(text) {
  return /^\s*\{/.test(text) ? jsonOperationLines(text) : yamlOperationLines(text);
}
function yamlOperationLines(text) {
  const out = /* @__PURE__ */ new Map();
  let inPaths = false;
  let pathIndent = -1;
  let methodIndent = -1;
  let current;
  text.split("\n").forEach((line, i) => {
    const trimmed = line.trimStart();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const indent = line.length - trimmed.length;
    if (indent === 0) {
      inPaths = /^["']?paths["']?\s*:\s*(?:#.*)?$/.test(line.trimEnd());
      pathIndent = -1;
      current = void 0;
      return;
    }
    if (!inPaths) return;
    if (pathIndent === -1) pathIndent = indent;
    if (indent === pathIndent) {
      current = /^(["']?)(.+?)\1\s*:/.exec(trimmed)?.[2];
      methodIndent = -1;
    } else if (indent > pathIndent && current !== void 0) {
      if (methodIndent === -1) methodIndent = indent;
      const method = indent === methodIndent ? /^(["']?)(get|put|post|delete|options|head|patch|trace)\1\s*:/.exec(trimmed)?.[2] : void 0;
      if (method) out.set(`${current} ${method}`, i + 1);
    }
  });
  return out;
}
function jsonOperationLines(text) {
  const out = /* @__PURE__ */ new Map();
  const keys = [];
  let depth2 = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === "{" || c === "[") keys[++depth2] = "";
    else if (c === "}" || c === "]") depth2--;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const value = text.slice(i + 1, j);
      i = j;
      let k = j + 1;
      while (k < text.length && /\s/.test(text[k])) k++;
      if (text[k] !== ":") continue;
      keys[depth2] = value;
      if (depth2 === 3 && keys[1] === "paths" && METHODS6.includes(value)) out.set(`${keys[2]} ${value}`, line);
    }
  }
  return out;
}
function operationsOf2(file, api, lines) {
  const out = [];
  const paths = isRecord(api.paths) ? api.paths : {};
  const schemes = isRecord(api.components) && isRecord(api.components.securitySchemes) ? api.components.securitySchemes : isRecord(api.securityDefinitions) ? api.securityDefinitions : {};
  const swagger2 = api.swagger !== void 0;
  const rootBases = swagger2 ? [typeof api.basePath === "string" ? api.basePath : ""] : serverBases(api.servers);
  for (const [specPath, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    const bases = item.servers ? serverBases(item.servers) : rootBases;
    for (const method of METHODS6) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const opBases = op.servers ? serverBases(op.servers) : bases;
      const local = specPath.replace(/\{([^}/]+)\}/g, ":$1");
      const served = opBases.map((b) => joinPath2(b, local));
      const parameters = mergeParameters(item.parameters, op.parameters);
      const details = {
        method: method.toUpperCase(),
        path: served[0] ?? joinPath2("", local),
        aliases: [.../* @__PURE__ */ new Set([...served.slice(1), joinPath2("", local)])].filter((p) => p !== served[0]),
        document: file,
        line: lines.get(`${specPath} ${method}`),
        parameters: parameters.filter((p) => p.in !== "body" && p.in !== "formData").map((p) => specParameter(p, swagger2)),
        responses: responsesOf(op.responses, swagger2, op.produces ?? api.produces),
        security: securityOf(op.security ?? api.security, schemes)
      };
      if (typeof op.operationId === "string") details.operationId = op.operationId;
      const body = swagger2 ? swagger2Body(parameters, op.consumes ?? api.consumes) : requestBodyOf(op.requestBody);
      if (body) details.requestBody = body;
      out.push(details);
    }
  }
  return out;
}
function serverBases(servers) {
  if (!Array.isArray(servers) || servers.length === 0) return [""];
  const bases = servers.filter(isRecord).map((server) => {
    let url = typeof server.url === "string" ? server.url : "";
    const vars = isRecord(server.variables) ? server.variables : {};
    url = url.replace(/\{([^}]+)\}/g, (_, name) => {
      const v = vars[name];
      return isRecord(v) && v.default !== void 0 ? String(v.default) : "";
    });
    if (url.startsWith("/")) return url;
    try {
      return new URL(url).pathname;
    } catch {
      return "";
    }
  });
  return [...new Set(bases.length ? bases : [""])];
}
function joinPath2(base, local) {
  const joined2 = `${base.replace(/\/+$/, "")}/${local.replace(/^\/+/, "")}`;
  return joined2.length > 1 ? joined2.replace(/\/+$/, "") : "/";
}
function mergeParameters(shared, own) {
  const out = /* @__PURE__ */ new Map();
  for (const list of [shared, own]) {
    if (!Array.isArray(list)) continue;
    for (const p of list) if (isRecord(p)) out.set(`${String(p.in)}\0${String(p.name)}`, p);
  }
  return [...out.values()];
}
var SWAGGER2_SCHEMA_KEYS = [
  "type",
  "format",
  "items",
  "enum",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "default",
  "minItems",
  "maxItems"
];
function specParameter(p, swagger2) {
  const out = { name: String(p.name), in: String(p.in), required: p.required === true || p.in === "path" };
  const schema = swagger2 ? Object.fromEntries(SWAGGER2_SCHEMA_KEYS.filter((k) => p[k] !== void 0).map((k) => [k, p[k]])) : p.schema;
  if (isRecord(schema) && Object.keys(schema).length) out.schema = plain(schema);
  return out;
}
function pickContent(content) {
  if (!isRecord(content)) return void 0;
  const types = Object.keys(content);
  const type = types.find((t2) => t2 === "application/json") ?? types.find((t2) => /[/+]json\b/.test(t2)) ?? types[0];
  if (type === void 0) return void 0;
  const media = content[type];
  const schema = isRecord(media) && isRecord(media.schema) ? plain(media.schema) : void 0;
  return schema ? { contentType: type, schema } : { contentType: type };
}
function requestBodyOf(body) {
  if (!isRecord(body)) return void 0;
  const content = pickContent(body.content);
  return content ? { required: body.required === true, ...content } : void 0;
}
function swagger2Body(parameters, consumes) {
  const contentType = firstJson(consumes);
  const body = parameters.find((p) => p.in === "body");
  if (body)
    return {
      required: body.required === true,
      contentType,
      ...isRecord(body.schema) ? { schema: plain(body.schema) } : {}
    };
  const form = parameters.filter((p) => p.in === "formData");
  if (!form.length) return void 0;
  const properties = Object.fromEntries(form.map((p) => [String(p.name), specParameter(p, true).schema ?? {}]));
  const required2 = form.filter((p) => p.required === true).map((p) => String(p.name));
  const type = Array.isArray(consumes) && consumes.includes("multipart/form-data") ? "multipart/form-data" : "application/x-www-form-urlencoded";
  return {
    required: required2.length > 0,
    contentType: type,
    schema: { type: "object", properties, ...required2.length ? { required: required2 } : {} }
  };
}
function firstJson(types) {
  if (!Array.isArray(types) || types.length === 0) return "application/json";
  return types.find((t2) => typeof t2 === "string" && /json/.test(t2)) ?? types[0];
}
function responsesOf(responses, swagger2, produces) {
  if (!isRecord(responses)) return [];
  return Object.entries(responses).filter(([, r]) => isRecord(r)).map(([status2, r]) => {
    const res = r;
    const out = { status: status2 };
    if (typeof res.description === "string") out.description = res.description;
    if (swagger2) {
      if (isRecord(res.schema)) Object.assign(out, { contentType: firstJson(produces), schema: plain(res.schema) });
    } else {
      const content = pickContent(res.content);
      if (content) Object.assign(out, content);
    }
    return out;
  }).sort((a, b) => a.status.localeCompare(b.status));
}
function securityOf(requirements, schemes) {
  if (!Array.isArray(requirements)) return [];
  return requirements.filter(isRecord).map(
    (req) => Object.entries(req).map(([name, scopes]) => {
      const def = isRecord(schemes[name]) ? schemes[name] : {};
      const out = { name, scopes: Array.isArray(scopes) ? scopes.map(String) : [] };
      if (def.type === "basic") Object.assign(out, { type: "http", scheme: "basic" });
      else if (typeof def.type === "string") out.type = def.type;
      if (typeof def.scheme === "string") out.scheme = def.scheme.toLowerCase();
      if (typeof def.in === "string") out.in = def.in;
      if (def.type === "apiKey" && typeof def.name === "string") out.paramName = def.name;
      return out;
    })
  );
}
var MAX_SCHEMA_DEPTH = 32;
var copies = /* @__PURE__ */ new WeakMap();
function plain(value) {
  const done = copies;
  const onPath = /* @__PURE__ */ new Set();
  const copy = (v, depth2) => {
    if (typeof v !== "object" || v === null) return v;
    if (onPath.has(v)) return { $comment: "circular" };
    if (done.has(v)) return done.get(v);
    if (depth2 > MAX_SCHEMA_DEPTH) return { $comment: "truncated" };
    onPath.add(v);
    const out = Array.isArray(v) ? v.map((x) => copy(x, depth2 + 1)) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x, depth2 + 1)]));
    onPath.delete(v);
    done.set(v, out);
    return out;
  };
  return copy(value, 0);
}
function shape(p) {
  const s = p.replace(/\{[^}/]+\}/g, ":").replace(/:[A-Za-z0-9_$-]+\??/g, ":").replace(/\/+$/, "");
  return s === "" ? "/" : s;
}
function attachOpenApi(points, found2, owningDir) {
  if (found2.documents.length === 0) return { documents: [], drift: { specOnly: [], codeOnly: [] } };
  const http = points.filter(isHttpPoint);
  const endpoint = (p) => {
    const space = p.key.indexOf(" ");
    return { method: p.key.slice(0, space).toUpperCase(), path: p.key.slice(space + 1) };
  };
  const matched = /* @__PURE__ */ new Set();
  const specOnly = /* @__PURE__ */ new Set();
  for (const op of found2.operations) {
    const shapes2 = new Set([op.path, ...op.aliases].map(shape));
    const hits = http.filter((p) => {
      const e = endpoint(p);
      return (e.method === op.method || e.method === "ALL") && shapes2.has(shape(e.path));
    });
    if (hits.length === 0) specOnly.add(`${op.method} ${op.path}`);
    const { method: _m, path: _p, aliases: _a, ...details } = op;
    for (const p of hits) {
      if (!matched.has(p) || endpoint(p).method === op.method) p.details = { ...p.details, openapi: details };
      matched.add(p);
    }
  }
  const specDirs = new Set(found2.documents.map(owningDir));
  const inScope = (file) => [...specDirs].some((d) => d === "" || file === d || file.startsWith(`${d}/`));
  const codeOnly = http.filter((p) => !matched.has(p) && inScope(p.location.file)).map((p) => p.key);
  return { documents: found2.documents, drift: { specOnly: [...specOnly].sort(), codeOnly: [...new Set(codeOnly)].sort() } };
}

// src/discover/packages.ts
import path12 from "node:path";
function readPackages(paths, readText, diagnostics) {
  const out = [];
  for (const file of paths) {
    if (path12.posix.basename(file) !== "package.json") continue;
    const text = readText(file);
    if (text === void 0) continue;
    let json;
    try {
      json = JSON.parse(text);
    } catch (error) {
      diagnostics.push({
        file,
        message: `package.json is not valid JSON (${error.message}); its folder is analysed without its dependencies.`
      });
      continue;
    }
    const deps = /* @__PURE__ */ new Set();
    for (const group of [json.dependencies, json.devDependencies, json.peerDependencies, json.optionalDependencies]) {
      for (const name of Object.keys(group ?? {})) deps.add(name);
    }
    out.push({ dir: path12.posix.dirname(file) === "." ? "" : path12.posix.dirname(file), name: json.name, dependencies: deps });
  }
  return out.sort((a, b) => b.dir.length - a.dir.length);
}
function owningPackage(packages, file) {
  return packages.find((p) => p.dir === "" || file === p.dir || file.startsWith(`${p.dir}/`));
}
function visibleDependencies(packages, pkg) {
  const root = packages.find((p) => p.dir === "");
  return /* @__PURE__ */ new Set([...pkg?.dependencies ?? [], ...root && root !== pkg ? root.dependencies : []]);
}

// src/discover/index.ts
var MAX_SOURCE_BYTES = 1024 * 1024;
function pointId(kind, key, scope) {
  const text = scope === void 0 ? `${kind}\0${key}` : `${kind}\0${key}\0${scope}`;
  return `${kind}:${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}
async function discover(root, options = {}) {
  const detectors = options.detectors ?? DETECTORS;
  const diagnostics = [];
  const walked = await walkRepo(root, options, diagnostics);
  const paths = walked.map((f) => f.path);
  const textCache = /* @__PURE__ */ new Map();
  const readText = (file) => {
    if (!textCache.has(file)) {
      try {
        textCache.set(file, fs4.readFileSync(path13.join(root, file), "utf8"));
      } catch (error) {
        diagnostics.push({ file, message: `cannot read file: ${error.code ?? error.message}` });
        textCache.set(file, void 0);
      }
    }
    return textCache.get(file);
  };
  const packages = readPackages(paths, readText, diagnostics);
  const depsFor = /* @__PURE__ */ new Map();
  const visible = (pkg) => {
    let deps = depsFor.get(pkg);
    if (!deps) depsFor.set(pkg, deps = visibleDependencies(packages, pkg));
    return deps;
  };
  const enabledFor = /* @__PURE__ */ new Map();
  const enabled = (pkg) => {
    if (!enabledFor.has(pkg)) {
      const deps = visible(pkg);
      enabledFor.set(
        pkg,
        detectors.filter((d) => d.packages.some((p) => deps.has(p) || isBuiltin(p)))
      );
    }
    return enabledFor.get(pkg);
  };
  const ts = await loadTypeScript();
  const parser = createParser(ts);
  const sources = walked.filter((f) => isSource(f.path));
  const testFiles = sources.filter((f) => isRunnableTest(f.path)).map((f) => f.path);
  const candidates = [];
  for (const file of sources) {
    if (isTestFile(file.path)) continue;
    const pkg = owningPackage(packages, file.path);
    const active = enabled(pkg);
    if (active.length === 0) continue;
    if (file.size > MAX_SOURCE_BYTES) {
      diagnostics.push({
        file: file.path,
        message: `skipped: ${(file.size / 1024 / 1024).toFixed(1)} MB is too large for hand-written source (a bundle or generated file?); exclude it or split it.`
      });
      continue;
    }
    candidates.push({ path: file.path, pkg, active, deps: visible(pkg) });
  }
  const readUncached = (file) => {
    if (textCache.has(file)) return textCache.get(file);
    try {
      return fs4.readFileSync(path13.join(root, file), "utf8");
    } catch {
      return readText(file);
    }
  };
  const parseOne = (file, text, pkg) => {
    const depth2 = nestingDepth(text);
    if (depth2 > MAX_NESTING) {
      diagnostics.push({ file, message: `skipped: brackets nest ${depth2} deep (over ${MAX_NESTING}); generated code?` });
      return void 0;
    }
    let sf;
    try {
      sf = parser.parse(file, text);
    } catch (error) {
      diagnostics.push({ file, message: `skipped: the parser failed (${error.message})` });
      return void 0;
    }
    if (treeDeeperThan(ts, sf, MAX_TREE_DEPTH)) {
      diagnostics.push({
        file,
        message: `skipped: its syntax tree is over ${MAX_TREE_DEPTH} levels deep (a very long expression chain; generated code?)`
      });
      return void 0;
    }
    const syntax = firstSyntaxError(ts, sf);
    if (syntax) {
      diagnostics.push({
        file,
        line: syntax.line,
        message: `syntax error: ${syntax.message.replace(/\.$/, "")}; the rest of the file was analysed as far as it could be parsed.`
      });
    }
    return { path: file, text, sf, imports: collectImports(ts, sf), packageDir: pkg?.dir ?? "" };
  };
  const parsed = [];
  const calls = new CallIndex();
  for (const { candidate, text } of selectForParsing(candidates, readUncached, diagnostics, calls)) {
    const file = parseOne(candidate.path, text, candidate.pkg);
    if (file) parsed.push(file);
  }
  const byPath = new Map(parsed.map((f) => [f.path, f]));
  const sourcePaths = new Set(sources.filter((f) => !isTestFile(f.path) && f.size <= MAX_SOURCE_BYTES).map((f) => f.path));
  const tried = /* @__PURE__ */ new Set();
  const aliases = pathAliases(ts, paths, readText);
  const resolve = (from, specifier) => {
    const exists = (p) => sourcePaths.has(p);
    const target = specifier.startsWith(".") ? resolvePath(exists, from.path, specifier) : aliases(from.path, specifier).reduce((hit, c) => hit ?? resolvePath(exists, "", `./${c}`), void 0);
    if (target === void 0) return void 0;
    const known = byPath.get(target);
    if (known || tried.has(target)) return known;
    tried.add(target);
    const text = readUncached(target);
    const file = text === void 0 || text.includes("\0") ? void 0 : parseOne(target, text, owningPackage(packages, target));
    if (file) byPath.set(target, file);
    return file;
  };
  const activeFor = new Map(parsed.map((f) => [f, enabled(owningPackage(packages, f.path))]));
  const drafts = [];
  for (const detector of detectors) {
    const files = parsed.filter((f) => activeFor.get(f).includes(detector));
    if (files.length === 0) continue;
    const ctx = {
      ts,
      files,
      byPath,
      resolve,
      filesCalling: (name) => calls.filesCalling(name),
      readText,
      allPaths: paths,
      diagnostics
    };
    try {
      drafts.push(...await detector.detect(ctx));
    } catch (error) {
      diagnostics.push({ file: ".", message: `detector ${detector.name} failed: ${error.stack ?? String(error)}` });
    }
  }
  const points = finalize(drafts, (file) => owningPackage(packages, file)?.dir ?? "");
  const specs = await readOpenApi({ root, files: walked, readText: readUncached, diagnostics });
  const openapi = attachOpenApi(points, specs, (file) => owningPackage(packages, file)?.dir ?? "");
  const infra = readInfra({ paths, readText, diagnostics, ts });
  return {
    points,
    diagnostics: dedupe(diagnostics),
    packages,
    paths,
    testFiles,
    stats: { files: walked.length, sources: sources.length, parsed: byPath.size },
    openapi,
    infra
  };
}
var BUILTINS = /* @__PURE__ */ new Set(["fs", "http", "https", "net", "fetch"]);
function isBuiltin(pkg) {
  return BUILTINS.has(pkg);
}
function finalize(drafts, packageDir) {
  const httpPackages = new Set(drafts.filter((d) => d.kind === "http").map((d) => packageDir(d.location.file)));
  const scoped = httpPackages.size > 1;
  const byId = /* @__PURE__ */ new Map();
  for (const draft of drafts) {
    const id = pointId(draft.kind, draft.key, scoped && draft.kind === "http" ? packageDir(draft.location.file) : void 0);
    if (!byId.has(id)) byId.set(id, { id, ...draft });
  }
  return [...byId.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key) || a.location.file.localeCompare(b.location.file)
  );
}
function dedupe(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line ?? ""}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/generate/module-style.ts
import fs5 from "node:fs";
import path14 from "node:path";
var DEFAULT_MODULE_STYLE = { tsImportExt: ".ts", jsCommonJs: false, reason: "default" };
async function readModuleStyle(root, testDir, module, appFile) {
  const ts = await loadTypeScript();
  const jsCommonJs = appFile !== void 0 && isCommonJsSource(ts, root, appFile, module.packageType);
  const found2 = ts.findConfigFile(testDir, (f) => fs5.existsSync(f));
  const tsconfig = found2 && !path14.relative(root, found2).startsWith("..") ? found2 : void 0;
  if (!tsconfig) return { tsImportExt: ".ts", jsCommonJs, reason: "no tsconfig.json" };
  const rel = path14.relative(root, tsconfig).split(path14.sep).join("/");
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {
  } });
  const options = parsed?.options ?? {};
  if (options.allowImportingTsExtensions)
    return { tsconfig: rel, tsImportExt: ".ts", jsCommonJs, reason: `${rel}: allowImportingTsExtensions` };
  const resolution = moduleResolutionOf(ts, options);
  const ext = resolution === "node16" || resolution === "nodenext" ? ".js" : "";
  const tsCommonJs = options.module === ts.ModuleKind.CommonJS || (options.module === ts.ModuleKind.Node16 || options.module === ts.ModuleKind.NodeNext) && module.packageType !== "module";
  return {
    tsconfig: rel,
    tsImportExt: ext,
    jsCommonJs,
    ...tsCommonJs ? { tsCommonJs } : {},
    reason: `${rel}: moduleResolution ${resolution}`
  };
}
function moduleResolutionOf(ts, options) {
  const R = ts.ModuleResolutionKind;
  const M = ts.ModuleKind;
  if (options.moduleResolution !== void 0) {
    const names = {
      [R.Classic]: "classic",
      [R.Node10]: "node10",
      [R.Node16]: "node16",
      [R.NodeNext]: "nodenext",
      [R.Bundler]: "bundler"
    };
    return names[options.moduleResolution] ?? "node10";
  }
  const module = options.module ?? ((options.target ?? ts.ScriptTarget.ES5) >= ts.ScriptTarget.ES2015 ? M.ES2015 : M.CommonJS);
  if (module === M.Node16 || module === M.Node18) return "node16";
  if (module === M.NodeNext) return "nodenext";
  if (module === M.Preserve) return "bundler";
  if (module === M.CommonJS) return "node10";
  return "classic";
}
function isCommonJsSource(ts, root, file, packageType) {
  if (file.endsWith(".cjs")) return true;
  if (!/\.jsx?$/.test(file) || packageType === "module") return false;
  let text;
  try {
    text = fs5.readFileSync(path14.join(root, file), "utf8");
  } catch {
    return false;
  }
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const esm = sf.statements.some(
    (s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s) || ts.isExportAssignment(s) || ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
  return !esm && /\brequire\s*\(|\bmodule\.exports\b|\bexports\.\w+\s*=/.test(text);
}
function importPath(file, ext) {
  const m = /^(.*)\.([cm]?)tsx?$/.exec(file);
  if (!m || ext === ".ts") return file;
  const [, base, flavour] = m;
  if (flavour) return `${base}.${flavour}js`;
  return `${base}${ext}`;
}
var NAMED_IMPORT = /^import\s+(\{[^}]*\})\s+from\s+('[^']+');$/gm;
var DEFAULT_IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+('[^']+');$/gm;
var EXPORTED = /^export\s+((?:async\s+)?function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm;
function toCommonJs(text) {
  let out = text.replace(
    NAMED_IMPORT,
    (line, names, from) => from === "'vitest'" ? `// Vitest is imported, not required: it refuses require() and transforms this file itself.
${line}` : `const ${names.replace(/\s+as\s+/g, ": ")} = require(${from});`
  ).replace(DEFAULT_IMPORT, (_, name, from) => `const ${name} = require(${from});`);
  const exported = [];
  out = out.replace(EXPORTED, (_, keyword, name) => {
    exported.push(name);
    return `${keyword} ${name}`;
  });
  out = out.replace(/\bimport\.meta\.url\b/g, "require('node:url').pathToFileURL(__filename)");
  out = out.replace(/\(await import\(([^()]*)\)\)/g, "require($1)").replace(/\bawait import\(/g, "require(");
  const leftover = /^(?:import\s(?!.*from 'vitest';)|export\s)/m.exec(out);
  if (leftover) {
    const line = out.slice(leftover.index, out.indexOf("\n", leftover.index));
    throw new Error(`cannot write "${line}" as CommonJS; the generator wrote an import or export form it does not convert.`);
  }
  if (exported.length) out = `${out.replace(/\n*$/, "\n")}
module.exports = { ${exported.join(", ")} };
`;
  return out;
}

// src/generate/accept.ts
import fs13 from "node:fs";
import path22 from "node:path";

// src/run/flake.ts
import { randomInt } from "node:crypto";
import fs9 from "node:fs/promises";
import os from "node:os";
import path15 from "node:path";

// src/run/process.ts
import { spawn } from "node:child_process";
import fs7 from "node:fs";

// src/run/process-tree.ts
import { randomUUID } from "node:crypto";
import fs6 from "node:fs";
var TREE_VARIABLE = "ITW_PROCESS_TREE";
function readStat(pid) {
  let text;
  try {
    text = fs6.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return void 0;
  }
  const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { pid, state: f[0], ppid: Number(f[1]), pgid: Number(f[2]), sid: Number(f[3]), start: Number(f[19]) };
}
function isAlive(pid) {
  const stat = readStat(pid);
  if (stat) return stat.state !== "Z" && stat.state !== "X";
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function processStartedAt(pid) {
  const stat = readStat(pid);
  const boot = bootTime();
  if (!stat || boot === void 0) return void 0;
  return new Date(boot.getTime() + stat.start * 10);
}
function bootTime() {
  try {
    const match = /^btime (\d+)$/m.exec(fs6.readFileSync("/proc/stat", "utf8"));
    return match ? new Date(Number(match[1]) * 1e3) : void 0;
  } catch {
    return void 0;
  }
}
function allProcesses() {
  let names;
  try {
    names = fs6.readdirSync("/proc");
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) out.push(stat);
  }
  return out;
}
function carries(pid, marker) {
  try {
    return fs6.readFileSync(`/proc/${pid}/environ`, "latin1").split("\0").includes(marker);
  } catch {
    return false;
  }
}
function signal(target) {
  try {
    process.kill(target, "SIGKILL");
  } catch {
  }
}
var self = readStat(process.pid);
function treeMarker() {
  return `${process.pid}.${self?.start ?? 0}.${randomUUID()}`;
}
function endOrphanedTrees() {
  let ownNamespace;
  try {
    ownNamespace = fs6.readlinkSync("/proc/self/ns/pid");
  } catch {
    return 0;
  }
  const prefix = `${TREE_VARIABLE}=`;
  let ended = 0;
  for (const p of allProcesses()) {
    if (p.pid === process.pid || p.state === "Z" || p.state === "X") continue;
    let value;
    try {
      if (fs6.readlinkSync(`/proc/${p.pid}/ns/pid`) !== ownNamespace) continue;
      value = fs6.readFileSync(`/proc/${p.pid}/environ`, "latin1").split("\0").find((v) => v.startsWith(prefix));
    } catch {
      continue;
    }
    const match = value && /^(\d+)\.(\d+)\./.exec(value.slice(prefix.length));
    if (!match) continue;
    const owner = readStat(Number(match[1]));
    if (owner && owner.state !== "Z" && owner.start === Number(match[2])) continue;
    signal(p.pid);
    ended++;
  }
  return ended;
}
var ProcessTree = class {
  constructor(root, marker) {
    this.root = root;
    this.marker = marker;
    this.groups.add(root);
  }
  root;
  marker;
  seen = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Set();
  sessions = /* @__PURE__ */ new Set();
  /** The live members now; what is found is remembered, so a later scan still finds it once reparented. */
  scan(readEnvironments = false) {
    const procs = allProcesses();
    const children = /* @__PURE__ */ new Map();
    for (const p of procs) {
      const list = children.get(p.ppid);
      if (list) list.push(p);
      else children.set(p.ppid, [p]);
    }
    const found2 = /* @__PURE__ */ new Map();
    const queue = [];
    const add2 = (p) => {
      if (found2.has(p.pid) || p.pid <= 1 || p.pid === process.pid) return;
      found2.set(p.pid, p);
      queue.push(p);
    };
    for (const p of procs) {
      const known = this.seen.get(p.pid);
      if (p.pid === this.root || known === p.start || this.groups.has(p.pgid) || this.sessions.has(p.sid) || readEnvironments && carries(p.pid, this.marker))
        add2(p);
    }
    for (let p = queue.pop(); p; p = queue.pop()) for (const c of children.get(p.pid) ?? []) add2(c);
    for (const p of found2.values()) {
      this.seen.set(p.pid, p.start);
      if (p.pgid > 1 && p.pgid !== self?.pgid) this.groups.add(p.pgid);
      if (p.sid > 1 && p.sid !== self?.sid) this.sessions.add(p.sid);
    }
    return [...found2.values()].filter((p) => p.state !== "Z" && p.state !== "X");
  }
  /**
   * Once the command says its work is done, members that lost their parent, or that a worker of it
   * started in a session of their own, are leftovers (a server a test started and never stopped):
   * ended at once, because one that holds a pipe of the command's workers keeps the command from
   * exiting. The command's own children (workers, a server its global setup started) and the
   * children of those in its session (a global teardown at work) are left to finish.
   */
  killLeftovers() {
    const alive2 = this.scan(true);
    const members = new Set(alive2.map((p) => p.pid));
    for (const p of alive2) {
      if (p.pid === this.root || p.ppid === this.root || p.sid === this.root && members.has(p.ppid)) continue;
      if (p.sid !== this.root && p.pgid === p.pid) signal(-p.pgid);
      signal(p.pid);
    }
  }
  /**
   * SIGKILLs every member and every group they lead, and looks again until none is left (a member
   * may have forked between a scan and the kill); gives up after `withinMs`.
   */
  async kill(withinMs = 3e3) {
    signal(-this.root);
    const deadline = performance.now() + withinMs;
    for (; ; ) {
      const alive2 = this.scan(true);
      if (alive2.length === 0 || performance.now() > deadline) return;
      for (const group of new Set(alive2.map((p) => p.pgid)))
        if (group > 1 && group !== self?.pgid && this.groups.has(group)) signal(-group);
      for (const p of alive2) signal(p.pid);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
};

// src/run/process.ts
var MAX_CAPTURE = 4 * 1024 * 1024;
var PIPE_GRACE_MS = 500;
var Tail = class {
  constructor(max = MAX_CAPTURE) {
    this.max = max;
  }
  max;
  chunks = [];
  head = 0;
  size = 0;
  push(chunk) {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[this.head].length >= this.max) this.size -= this.chunks[this.head++].length;
    if (this.head > 1024 && this.head * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
  }
  text() {
    const all = Buffer.concat(this.chunks.slice(this.head));
    let start = Math.max(0, all.length - this.max);
    while (start < all.length && (all[start] & 192) === 128) start++;
    return all.subarray(start).toString("utf8");
  }
};
function runProcess(command, args, options) {
  const { signal: signal2 } = options;
  if (signal2?.aborted) return Promise.reject(signal2.reason);
  const started = performance.now();
  const marker = treeMarker();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...options.env, [TREE_VARIABLE]: marker },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
    const closed = new Promise((done) => child.once("close", done));
    const stdout = new Tail();
    const stderr = new Tail();
    child.stdout.on("data", (d) => stdout.push(d));
    child.stderr.on("data", (d) => stderr.push(d));
    const tree = child.pid ? new ProcessTree(child.pid, `${TREE_VARIABLE}=${marker}`) : void 0;
    let timedOut = false;
    let aborted = false;
    let lastSize = -1;
    let lastProgress = started;
    const every = Math.max(100, Math.min(1e3, (options.idle?.ms ?? options.timeoutMs ?? 4e3) / 4));
    const watch = setInterval(() => {
      if (options.finished?.()) tree?.killLeftovers();
      else tree?.scan();
      const now = performance.now();
      if (options.idle) {
        const size = fileSize(options.idle.file);
        if (size !== lastSize) {
          lastSize = size;
          lastProgress = now;
        } else if (now - lastProgress >= options.idle.ms) end("timeout");
      }
      if (options.timeoutMs !== void 0 && now - started >= options.timeoutMs) end("timeout");
    }, every);
    const end = (why) => {
      if (timedOut || aborted) return;
      if (why === "timeout") timedOut = true;
      else aborted = true;
      void tree?.kill();
    };
    const onAbort = () => end("abort");
    signal2?.addEventListener("abort", onAbort, { once: true });
    const stopWatching = () => {
      clearInterval(watch);
      signal2?.removeEventListener("abort", onAbort);
    };
    child.once("error", (error) => {
      stopWatching();
      reject(error);
    });
    child.once("exit", (code, exitSignal) => {
      stopWatching();
      void (async () => {
        await tree?.kill();
        await Promise.race([closed, new Promise((done) => setTimeout(done, PIPE_GRACE_MS))]);
        child.stdout.destroy();
        child.stderr.destroy();
        if (aborted) return reject(signal2.reason);
        resolve({
          code,
          signal: exitSignal,
          timedOut,
          stdout: stdout.text(),
          stderr: stderr.text(),
          durationMs: performance.now() - started
        });
      })();
    });
  });
}
function fileSize(file) {
  try {
    return fs7.statSync(file).size;
  } catch {
    return 0;
  }
}

// src/run/progress-file.ts
import fs8 from "node:fs";
function runEndWatcher(file) {
  let offset = 0;
  let partial = "";
  let ended = false;
  return () => {
    if (ended) return true;
    let fd;
    try {
      fd = fs8.openSync(file, "r");
    } catch {
      return false;
    }
    try {
      const buffer = Buffer.alloc(64 * 1024);
      for (let n = fs8.readSync(fd, buffer, 0, buffer.length, offset); n > 0; n = fs8.readSync(fd, buffer, 0, buffer.length, offset)) {
        offset += n;
        const lines = (partial + buffer.toString("utf8", 0, n)).split("\n");
        partial = lines.pop();
        if (lines.some(isRunEnd)) ended = true;
      }
    } finally {
      fs8.closeSync(fd);
    }
    return ended;
  };
}
function isRunEnd(line) {
  return parseEvent(line)?.event === "run-end";
}
function progressEvents(progress) {
  return progress.split("\n").flatMap((line) => {
    const event = line.trim() ? parseEvent(line) : void 0;
    return event ? [event] : [];
  });
}
function parseEvent(line) {
  try {
    return JSON.parse(line);
  } catch {
    return void 0;
  }
}

// src/run/flake.ts
var WHOLE_FILE = "(file)";
var DEFAULT_IDLE_SECONDS = 60;
async function runRepeatedly(options) {
  const scratch = await fs9.mkdtemp(path15.join(os.tmpdir(), "itw-run-"));
  const perRun = [];
  const summary = { runs: options.runs, seeds: [], durationsMs: [], hung: [], dropped: [], broken: [] };
  const shuffles = options.runner.shuffles !== false;
  if (!shuffles) summary.fixedOrder = `${options.runner.name} cannot shuffle test order, so every run kept the order of the files`;
  const idleMs = (options.timeoutSeconds > 0 ? options.timeoutSeconds : DEFAULT_IDLE_SECONDS) * 1e3;
  const leftOut = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new Map();
  try {
    for (let run = 1; run <= options.runs; run++) {
      const seed = randomInt(1, 2 ** 31 - 1);
      const runAndSeed = shuffles ? `run ${run}, seed ${seed}` : `run ${run}`;
      const runWithSeed = shuffles ? `run ${run} (seed ${seed})` : `run ${run}`;
      const reportFile = path15.join(scratch, `run-${run}.json`);
      const progressFile = path15.join(scratch, `run-${run}.progress`);
      const files = options.files.filter((f) => !leftOut.has(f));
      let results = [];
      let durationMs = 0;
      let timedOut = false;
      if (files.length > 0) {
        const { command, args, env: scriptEnv } = options.runner.command({ cwd: options.cwd, files, seed, reportFile, progressFile });
        const result = await runProcess(command, args, {
          cwd: options.cwd,
          // The test script's own variables (NODE_ENV=test), never over the ones itw sets for the services.
          env: { ...scriptEnv, ...options.env },
          idle: { file: progressFile, ms: idleMs },
          finished: runEndWatcher(progressFile),
          signal: options.signal
        });
        durationMs = result.durationMs;
        timedOut = result.timedOut;
        const report = await fs9.readFile(reportFile, "utf8").catch(() => void 0);
        const progress = await fs9.readFile(progressFile, "utf8").catch(() => "");
        const evidence = options.runner.read({ report, progress, root: options.cwd, process: result });
        if (result.timedOut) {
          const seconds = Math.round(idleMs / 1e3);
          const stuck = unfinished(progress, options.cwd);
          for (const { file } of stuck) {
            const why = `its file hung in ${runWithSeed}: no progress for ${seconds} s, killed and left out of later runs`;
            leftOut.set(file, why);
            summary.hung.push(`${file} (${runAndSeed}): no progress for ${seconds} s; killed and left out of later runs`);
            evidence.fileErrors.set(file, [{ message: why }]);
          }
          if (stuck.length === 0) {
            summary.hung.push(`${runWithSeed} made no progress for ${seconds} s outside any test file and was killed`);
            evidence.runErrors.push({ message: `run ${run} made no progress for ${seconds} s outside any test file and was killed` });
          }
        }
        results = withErrorsApplied(evidence, files);
        const broken = brokenRun(evidence, files, results);
        if (broken) summary.broken.push({ run, ...shuffles ? { seed } : {}, ...broken });
      }
      for (const r of results) known.set(r.file, (known.get(r.file) ?? /* @__PURE__ */ new Set()).add(r.name));
      for (const [file, why] of leftOut) {
        if (files.includes(file)) continue;
        for (const name of known.get(file) ?? []) results.push(notRun(file, name, why));
      }
      perRun.push(results.map((r) => ({ ...r, failure: r.failure && (shuffles ? { ...r.failure, seed } : r.failure) })));
      if (shuffles) summary.seeds.push(seed);
      summary.durationsMs.push(Math.round(durationMs));
      options.onRun?.({
        run,
        of: options.runs,
        ...shuffles ? { seed } : {},
        durationMs,
        failed: results.filter((r) => r.status === "failed").length,
        timedOut
      });
    }
  } finally {
    await fs9.rm(scratch, { recursive: true, force: true });
  }
  return { outcomes: classify(perRun, options.origin), summary };
}
function notRun(file, name, why) {
  return { file, name, status: "failed", durationMs: 0, failure: { message: `did not run: ${why}` } };
}
function withErrorsApplied(evidence, files) {
  const results = [...evidence.results];
  const firstRunError = evidence.runErrors[0];
  const fileError = (file) => evidence.fileErrors.get(file)?.[0] ?? firstRunError;
  for (const file of /* @__PURE__ */ new Set([...files, ...evidence.fileErrors.keys()])) {
    const error = fileError(file);
    const reported = new Set(results.filter((r) => r.file === file).map((r) => r.name));
    const declared2 = evidence.declared.get(file) ?? [];
    for (const name of declared2) {
      if (!reported.has(name)) results.push(notRun(file, name, error ? outside(error.message) : "it never reported a result"));
    }
    if (!error) continue;
    if (reported.size === 0 && declared2.length === 0) {
      results.push({
        file,
        name: WHOLE_FILE,
        status: "failed",
        durationMs: 0,
        failure: { message: outside(error.message), stack: error.stack }
      });
      continue;
    }
    for (const [i, r] of results.entries()) {
      if (r.file !== file) continue;
      if (r.status !== "failed") results[i] = { ...r, status: "failed", failure: { message: outside(error.message), stack: error.stack } };
    }
  }
  return results;
}
var outside = (message) => `error outside the tests of this file: ${message}`;
function brokenRun(evidence, files, results) {
  if (results.some((r) => r.status === "passed") || files.length === 0) return void 0;
  const runError = evidence.runErrors[0];
  if (runError) return { cause: runError.message };
  const errors = files.map((f) => evidence.fileErrors.get(f)?.[0]);
  if (errors.every(Boolean)) return { cause: errors[0].message, file: files[0] };
  return void 0;
}
function unfinished(progress, root) {
  const open = /* @__PURE__ */ new Map();
  for (const event of progressEvents(progress)) {
    if (event.event !== "start" && event.event !== "end") continue;
    const file = path15.relative(root, event.file).split(path15.sep).join("/");
    if (event.event === "start") open.set(file, event.tests);
    else open.delete(file);
  }
  return [...open].map(([file, tests]) => ({ file, tests }));
}
function classify(perRun, origin) {
  const keys = /* @__PURE__ */ new Map();
  for (const run of perRun) for (const r of run) keys.set(`${r.file}\0${r.name}`, { file: r.file, name: r.name });
  const outcomes = [];
  for (const [key, { file, name }] of keys) {
    const runs = [];
    const durationsMs = [];
    let failure;
    let line;
    let skipReason2;
    perRun.forEach((run, index) => {
      const r = run.find((x) => `${x.file}\0${x.name}` === key) ?? notRun(file, name, `it was not reached in run ${index + 1}`);
      runs.push(r.status);
      durationsMs.push(r.durationMs);
      line ??= r.line;
      skipReason2 ??= r.skipReason;
      if (!failure && r.status === "failed" && r.failure) failure = { ...r.failure, file, line: r.failure.line ?? r.line };
    });
    const classification = classifyRuns(runs);
    outcomes.push({
      file,
      name,
      origin,
      runs,
      classification,
      durationsMs,
      ...failure ? { failure } : {},
      ...line ? { line } : {},
      ...skipReason2 && classification === "skipped" ? { skipReason: skipReason2 } : {}
    });
  }
  return outcomes.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}
function classifyRuns(runs) {
  if (runs.length === 0) return "skipped";
  if (runs.every((s) => s === "skipped")) return "skipped";
  if (runs.every((s) => s === "passed")) return "passed";
  if (runs.some((s) => s === "passed")) return "flaky";
  return "failed";
}

// src/generate/format.ts
import { createRequire } from "node:module";
import path16 from "node:path";

// src/generate/header.ts
import { createHash as createHash2 } from "node:crypto";
var HASH_LINE = /^\/\/ itw-hash: (sha256-[0-9a-f]{16})$/m;
var VALIDATED_LINE = /^\/\/ itw-validated: passed (\d+) of \1 runs[^\n]*\n/m;
function contentHash(body) {
  return `sha256-${createHash2("sha256").update(body).digest("hex").slice(0, 16)}`;
}
function withHeader(lines, body) {
  const hash = contentHash(body);
  const header = [
    ...lines.map((l) => `// ${l}`.trimEnd()),
    "// itw never overwrites this file once you edit it: the hash below then no longer matches.",
    `// itw-hash: ${hash}`
  ];
  return { text: `${header.join("\n")}

${body}`, hash };
}
function splitHeader(text) {
  const match = HASH_LINE.exec(text);
  if (!match) return void 0;
  const above = text.slice(0, match.index).split("\n").slice(0, -2);
  return { lines: above.map((l) => l.replace(/^\/\/ ?/, "")), body: text.slice(match.index + match[0].length).replace(/^\n\n/, "") };
}
function ownership(text) {
  const match = HASH_LINE.exec(text);
  if (!match) return { owner: "person" };
  const body = text.slice(match.index + match[0].length).replace(/^\n\n/, "");
  return contentHash(body) === match[1] ? { owner: "itw", edited: false, hash: match[1] } : { owner: "itw", edited: true };
}
function withValidation(text, runs) {
  const line = `// itw-validated: passed ${runs} of ${runs} runs
`;
  const bare = text.replace(VALIDATED_LINE, "");
  const at = HASH_LINE.exec(bare);
  return at ? `${bare.slice(0, at.index)}${line}${bare.slice(at.index)}` : bare;
}
function validatedRuns(text) {
  const match = VALIDATED_LINE.exec(text);
  return match ? Number(match[1]) : void 0;
}

// src/generate/format.ts
function repositoryPrettier(root) {
  const require2 = createRequire(path16.join(root, "package.json"));
  let entry;
  try {
    entry = require2.resolve("prettier");
  } catch {
    return void 0;
  }
  const prettier = require2(entry);
  return typeof prettier.format === "function" && typeof prettier.resolveConfigFile === "function" ? prettier : void 0;
}
async function formatPlan(plan, root) {
  if (plan.files.length === 0) return plan;
  const prettier = repositoryPrettier(root);
  if (!prettier) return plan;
  const diagnostics = [];
  const inside = (file) => !path16.relative(root, file).startsWith("..");
  const ignorePath = [".gitignore", ".prettierignore"].map((f) => path16.join(root, f));
  const files = [];
  for (const file of plan.files) {
    const at = path16.join(root, file.file);
    const parts = splitHeader(file.text);
    try {
      const config = await prettier.resolveConfigFile(at);
      if (!parts || !config || !inside(config) || (await prettier.getFileInfo(at, { ignorePath })).ignored) {
        files.push(file);
        continue;
      }
      const options = await prettier.resolveConfig(at, { editorconfig: true }) ?? {};
      const body = await prettier.format(parts.body, { ...options, filepath: at });
      files.push({ ...file, ...withHeader(parts.lines, body) });
    } catch (error) {
      diagnostics.push({
        file: file.file,
        message: `the repository's Prettier could not format this generated file, so it is written as rendered: ${firstLine(error)}. Check its Prettier config (npx prettier --check ${file.file}).`
      });
      files.push(file);
    }
  }
  return { ...plan, files, diagnostics: [...plan.diagnostics, ...diagnostics] };
}
async function planFormatted(generator, input) {
  return formatPlan(await generator.plan(input), input.root);
}
function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0].slice(0, 300);
}

// src/generate/template/index.ts
import path18 from "node:path";

// src/generate/plan.ts
function planResources(points) {
  const byCollection = /* @__PURE__ */ new Map();
  for (const point of points) {
    if (point.kind !== "http") continue;
    const http = point.details;
    const segments2 = http.path.split("/").filter(Boolean);
    const firstParam = segments2.findIndex((s) => s.startsWith(":"));
    const collectionSegments = firstParam === -1 ? segments2 : segments2.slice(0, firstParam);
    const collection = `/${collectionSegments.join("/")}`;
    const rest = firstParam === -1 ? [] : segments2.slice(firstParam);
    const role = rest.length === 0 ? "collection" : rest.length === 1 ? "item" : rest.slice(1).some((s) => s.startsWith(":")) ? "other" : "sub-item";
    const name = resourceName(collectionSegments);
    const resource = byCollection.get(collection) ?? { collection, name, singular: singular(name), endpoints: [] };
    if (rest[0] && !resource.itemParam) resource.itemParam = rest[0].slice(1);
    resource.endpoints.push({ point, http, role });
    byCollection.set(collection, resource);
  }
  return [...byCollection.values()].sort((a, b) => a.collection.localeCompare(b.collection));
}
var NOISE = /^(?:api|v\d+|rest|public|internal)$/i;
function resourceName(segments2) {
  const meaningful = segments2.filter((s) => !NOISE.test(s));
  return (meaningful.join("-") || "root").replace(/[^A-Za-z0-9-]/g, "-");
}
function singular(plural) {
  const last = plural.split("-").at(-1);
  if (/ies$/.test(last)) return last.replace(/ies$/, "y");
  if (/(?:ss|x|ch|sh)es$/.test(last)) return last.replace(/es$/, "");
  if (/s$/.test(last) && !/ss$/.test(last)) return last.replace(/s$/, "");
  return last;
}
function findEndpoint(resource, method, role) {
  return resource.endpoints.find((e) => e.http.method === method && e.role === role);
}

// src/generate/test-names.ts
import path17 from "node:path";
var TEST_SUFFIXES = [".itw.test", ".itw.spec", ".itw.e2e-spec"];
var DEFAULT_TEST_SUFFIX = TEST_SUFFIXES[0];
async function testSuffixFor(runner, root, testDir) {
  if (!runner?.selects) return { suffix: DEFAULT_TEST_SUFFIX };
  const dir = toRepoPath(root, testDir);
  const candidates = TEST_SUFFIXES.flatMap(
    (suffix2) => ["ts", "js"].map((ext) => ({ suffix: suffix2, file: path17.posix.join(dir, `example${suffix2}.${ext}`) }))
  );
  let selected;
  try {
    selected = new Set(
      await runner.selects(
        root,
        candidates.map((c) => c.file)
      )
    );
  } catch (error) {
    return {
      suffix: DEFAULT_TEST_SUFFIX,
      diagnostic: { file: "package.json", message: `could not ask ${runner.name} which test files it runs: ${error.message}` }
    };
  }
  const taken = (suffix2) => candidates.filter((c) => c.suffix === suffix2 && selected.has(c.file)).length;
  const suffix = TEST_SUFFIXES.find((s) => taken(s) === 2) ?? TEST_SUFFIXES.find((s) => taken(s) === 1);
  if (suffix) return { suffix };
  return {
    suffix: DEFAULT_TEST_SUFFIX,
    diagnostic: {
      file: "package.json",
      message: `${runner.name}, as configured, runs no file named *${TEST_SUFFIXES.join(".ts, *")}.ts in ${dir}, so generated tests there cannot run; choose a test-dir it runs.`
    }
  };
}

// src/generate/template/dialect/expect.ts
function expectCheck(check) {
  if ("is" in check) return `expect(${check.is[0]}).toBe(${check.is[1]});`;
  if ("equals" in check) return `expect(${check.equals[0]}).toEqual(${check.equals[1]});`;
  if ("matches" in check) return `expect(${check.matches[0]}).toMatch(${check.matches[1]});`;
  if ("hasFields" in check) return `expect(${check.hasFields[0]}).toMatchObject(${check.hasFields[1]});`;
  if ("oneOf" in check) return `expect(${check.oneOf[1]}).toContain(${check.oneOf[0]});`;
  if ("listHasId" in check)
    return `expect(${check.listHasId[0]}).toEqual(expect.arrayContaining([expect.objectContaining({ id: ${check.listHasId[1]} })]));`;
  if ("isList" in check) return `expect(Array.isArray(${check.isList})).toBe(true);`;
  return `expect(${check.defined}).toBeDefined();`;
}

// src/generate/template/dialect/quote.ts
var q = (s) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

// src/generate/template/dialect/vitest.ts
function expectDialect(runner, imports) {
  return {
    runner,
    imports: () => imports,
    suite: (title) => `describe(${q(title)}, () => {`,
    test: (title) => `it(${q(title)}, async () => {`,
    hook: (kind, indent, timeoutMs) => ({
      open: [`${indent}${kind === "before" ? "beforeAll" : "afterAll"}(async () => {`],
      close: `${indent}}${timeoutMs ? `, ${timeoutMs}` : ""});`
    }),
    check: (check) => expectCheck(check)
  };
}
var vitestDialect = expectDialect("vitest", ["import { afterAll, beforeAll, describe, expect, it } from 'vitest';"]);

// src/generate/template/dialect/jest.ts
function jestDialect(options) {
  return expectDialect("jest", options.globalsImport ? ["import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';"] : []);
}

// src/generate/template/dialect/assert.ts
function assertCheck(check, typescript) {
  if ("is" in check) return `assert.equal(${check.is[0]}, ${check.is[1]});`;
  if ("equals" in check) return `assert.deepEqual(${check.equals[0]}, ${check.equals[1]});`;
  if ("matches" in check) return `assert.match(${check.matches[0]} ?? '', ${check.matches[1]});`;
  if ("hasFields" in check) return `assert.deepEqual(fieldsOf(${check.hasFields[0]}, ${check.hasFields[1]}), ${check.hasFields[1]});`;
  if ("oneOf" in check) return `assert.ok(${check.oneOf[1]}.includes(${check.oneOf[0]}));`;
  if ("listHasId" in check) {
    const [list, id] = check.listHasId;
    return `assert.ok((${list}${typescript ? " as Row[]" : ""}).some((row) => row.id === ${id}));`;
  }
  if ("isList" in check) return `assert.ok(Array.isArray(${check.isList}));`;
  return `assert.notEqual(${check.defined}, undefined);`;
}
var ASSERT_IMPORT = "import assert from 'node:assert/strict';";

// src/generate/template/dialect/chai.ts
function chaiCheck(check, typescript) {
  if ("is" in check) return `expect(${check.is[0]}).to.equal(${check.is[1]});`;
  if ("equals" in check) return `expect(${check.equals[0]}).to.deep.equal(${check.equals[1]});`;
  if ("matches" in check) return `expect(${check.matches[0]}).to.match(${check.matches[1]});`;
  if ("hasFields" in check) return `expect(${check.hasFields[0]}).to.deep.include(${check.hasFields[1]});`;
  if ("oneOf" in check) return `expect(${check.oneOf[0]}).to.be.oneOf(${check.oneOf[1]});`;
  if ("listHasId" in check) {
    const [list, id] = check.listHasId;
    return `expect((${list}${typescript ? " as Row[]" : ""}).map((row) => row.id)).to.include(${id});`;
  }
  if ("isList" in check) return `expect(${check.isList}).to.be.an('array');`;
  return `expect(${check.defined}).to.not.equal(undefined);`;
}

// src/generate/template/dialect/mocha.ts
function mochaDialect(options) {
  return {
    runner: "mocha",
    imports: () => [options.chai ? "import { expect } from 'chai';" : ASSERT_IMPORT],
    suite: (title) => `describe(${q(title)}, () => {`,
    test: (title) => `it(${q(title)}, async () => {`,
    // A Mocha hook's timeout is set on its context, which only a `function` (not an arrow) receives.
    hook: (kind, indent, timeoutMs) => ({
      open: timeoutMs ? [`${indent}${kind}(async function () {`, `${indent}  this.timeout(${timeoutMs});`] : [`${indent}${kind}(async () => {`],
      close: `${indent}});`
    }),
    check: options.chai ? chaiCheck : assertCheck,
    ...options.chai ? {} : { supportHelpers: ["fieldsOf"] }
  };
}

// src/generate/template/dialect/node-test.ts
var nodeTestDialect = {
  runner: "node:test",
  imports: () => [ASSERT_IMPORT, "import { after, before, describe, it } from 'node:test';"],
  suite: (title) => `describe(${q(title)}, () => {`,
  test: (title) => `it(${q(title)}, async () => {`,
  hook: (kind, indent, timeoutMs) => ({
    open: [`${indent}${kind}(async () => {`],
    close: `${indent}}${timeoutMs ? `, { timeout: ${timeoutMs} }` : ""});`
  }),
  check: assertCheck,
  supportHelpers: ["fieldsOf"]
};

// src/generate/template/dialect/index.ts
var DIALECTS4 = {
  vitest: () => vitestDialect,
  jest: (deps) => jestDialect({ globalsImport: deps.has("@jest/globals") && !deps.has("@types/jest") }),
  "node:test": () => nodeTestDialect,
  mocha: (deps) => mochaDialect({ chai: deps.has("chai") })
};
function dialectFor(runner, dependencies) {
  const make = runner ? DIALECTS4[runner] : void 0;
  return make?.(dependencies);
}
var DIALECT_RUNNERS = Object.keys(DIALECTS4);

// src/generate/template/support/context.ts
var t = (ctx, typed, plain3 = "") => ctx.typescript ? typed : plain3;

// src/generate/template/support/app.ts
var END_CLIENT = {
  knex: "await client.destroy();",
  sequelize: "await client.close();",
  typeorm: "if (client.isInitialized) await client.destroy();",
  prisma: "await client.$disconnect();"
};
function appSupport(ctx, harness, withDatabase) {
  const list = (rows) => rows.length ? `[
${rows.map((r) => `  [${r.map((v) => `'${v}'`).join(", ")}],`).join("\n")}
]` : "[]";
  const byRole = (role) => ctx.pools.filter((p) => p.role === role).map((p) => [`${ctx.toRoot}${importPath(p.file, ctx.importExt)}`, p.export]);
  const libraries = [...new Set(ctx.clients.map((c) => c.library))];
  const endClient = libraries.length ? `
/** Ends a database client the app exports, the way its library ends one. */
async function endClient(client${t(ctx, ": Client")}, library${t(ctx, ": string")})${t(ctx, ": Promise<void>")} {
${libraries.map((l) => `  if (library === '${l}') ${END_CLIENT[l]}`).join("\n")}
}
` : "";
  const trackPools = withDatabase && !ctx.pools.some((p) => p.role === "pool" || p.role === "close");
  const tracking = trackPools ? `
/**
 * Every pg pool that connects while the app runs, however the app made it (a getter that creates it on first
 * use, a pool it does not export): \`close()\` ends those still open, so dropping the test database cuts no
 * idle connection (which the pool would raise as an unhandled error).
 */
const openedPools = new Set${t(ctx, "<PoolLike>")}();
const poolPrototype = Object.getPrototypeOf(pg.Pool.prototype)${t(ctx, " as { connect(this: PoolLike, ...args: unknown[]): unknown }")};
const connect = poolPrototype.connect;
poolPrototype.connect = function (...args) {
  openedPools.add(this);
  return connect.apply(this, args);
};
` : "";
  const imports = harness.imports(ctx);
  const values = ctx.commonJs ? [...imports.values, "import { resolve, sep } from 'node:path';"] : imports.values;
  return `${imports.types.length ? `${imports.types.join("\n")}
` : ""}${values.map((l) => `${l}
`).join("")}${trackPools ? "import pg from 'pg';\n" : ""}
${t(
    ctx,
    `export interface TestResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response is JSON, otherwise the text. */
  body: unknown;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is, for malformed-input tests. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface RunningApp {
${harness.fields(ctx).map((f) => `  ${f}
`).join("")}  request(method: string, path: string, options?: RequestOptions): Promise<TestResponse>;
  close(): Promise<void>;
}

interface PoolLike {
  end(): Promise<void>;
  ending?: boolean;
  ended?: boolean;
}
${libraries.length ? `
/** What the database clients of knex, Sequelize, TypeORM and Prisma offer to end them. */
interface Client {
  destroy(): Promise<void>;
  close(): Promise<void>;
  $disconnect(): Promise<void>;
  isInitialized?: boolean;
}
` : ""}
`
  )}// What the app holds open, as discovery found it: ended on close, so the test database can be dropped cleanly.
/** The app's own functions that end its connections: called first. */
const CLOSE_FUNCTIONS${t(ctx, ": [string, string][]")} = ${list(byRole("close"))};
/** Pools the app exports. */
const POOLS${t(ctx, ": [string, string][]")} = ${list(byRole("pool"))};
${libraries.length ? `/** knex, Sequelize, TypeORM and Prisma instances the app exports, with their library. */
const CLIENTS${t(ctx, ": [string, string, string][]")} = ${list(ctx.clients.map((c) => [`${ctx.toRoot}${importPath(c.file, ctx.importExt)}`, c.export, c.library]))};
` : ""}${tracking}
${harness.startApp(ctx)}

/**
 * Ends what the app opened: through its own close functions first, then every pool and client still open
 * (none is created just to be ended). Each step runs even when one before it failed.
 */
async function endConnections()${t(ctx, ": Promise<void>")} {
  const failures${t(ctx, ": string[]")} = [];
  const attempt = async (what${t(ctx, ": string")}, work${t(ctx, ": () => Promise<void>")}) => {
    try {
      await work();
    } catch (error) {
      failures.push(\`\${what}: \${(error${t(ctx, " as Error")}).message}\`);
    }
  };
  for (const [file, name] of CLOSE_FUNCTIONS) await attempt(\`\${name}() of \${file}\`, async () => (await import(file))[name]());
  for (const [file, name] of POOLS) await attempt(\`pool \${name} of \${file}\`, async () => endPool((await import(file))[name]));
${trackPools ? "  for (const pool of openedPools) await attempt('a pool the app opened', () => endPool(pool));\n  openedPools.clear();\n" : ""}${libraries.length ? "  for (const [file, name, library] of CLIENTS) await attempt(`${library} client ${name} of ${file}`, async () => endClient((await import(file))[name], library));\n" : ""}  if (failures.length) throw new Error(\`The app's database connections could not all be ended: \${failures.join('; ')}\`);
}

async function endPool(pool${t(ctx, ": PoolLike | undefined")})${t(ctx, ": Promise<void>")} {
  if (pool && !pool.ending && !pool.ended) await pool.end();
}
${endClient}${ctx.commonJs ? forgetLoadedModules(ctx) : ""}`;
}
function forgetLoadedModules(ctx) {
  return `
/**
 * Forgets the repository's own modules (not its packages) loaded before, so that this file's app reads
 * this file's environment and opens its own connections, also when the runner loads every test file into
 * one process (Mocha).
 */
function forgetLoadedModules()${t(ctx, ": void")} {
  const root = resolve(__dirname, '${ctx.toRoot}');
  for (const file of Object.keys(require.cache)) {
    if (file.startsWith(root + sep) && !file.includes(\`\${sep}node_modules\${sep}\`)) delete require.cache[file];
  }
}
`;
}
function exportedApp(ctx) {
  const { name } = ctx.app.export;
  return name === "default" && ctx.commonJs && !ctx.typescript ? "(module.default ?? module)" : `module.${name}`;
}
function builtApp(ctx) {
  return ctx.app.export.type === "factory" ? `${exportedApp(ctx)}()` : exportedApp(ctx);
}
function startAppFunction(ctx, doc, parts) {
  const ts = (typed) => ctx.typescript ? typed : "";
  return [
    "/**",
    ...doc.map((line) => ` * ${line}`),
    " */",
    `export async function startApp(env${ts(": Record<string, string>")} = {})${ts(": Promise<RunningApp>")} {`,
    "  const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));",
    "  Object.assign(process.env, env);",
    ...ctx.commonJs ? ["  forgetLoadedModules();"] : [],
    ...parts.start,
    "",
    "  return {",
    ...parts.returned,
    parts.request,
    "    async close() {",
    ...parts.stop,
    "      try {",
    "        await endConnections();",
    "      } finally {",
    "        for (const [name, value] of Object.entries(previous)) {",
    "          if (value === undefined) delete process.env[name];",
    "          else process.env[name] = value;",
    "        }",
    "      }",
    "    },",
    "  };",
    "}"
  ].join("\n");
}

// src/generate/template/harness/express.ts
var FETCH_REQUEST = `    async request(method, path, options = {}) {
      const hasBody = options.body !== undefined || options.rawBody !== undefined;
      const response = await fetch(baseUrl + path, {
        method,
        headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
        body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('json') && text !== '';
      return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : text };
    },`;
var expressHarness = {
  framework: "express",
  imports: (ctx) => ({
    types: ctx.typescript ? ["import type { Server } from 'node:http';", "import type { AddressInfo } from 'node:net';"] : [],
    values: ["import { once } from 'node:events';"]
  }),
  fields: () => ["baseUrl: string;"],
  startApp(ctx) {
    const appPath = `${ctx.toRoot}${importPath(ctx.app.file, ctx.importExt)}`;
    const build = builtApp(ctx);
    return startAppFunction(
      ctx,
      [
        "Starts the app from its source, in this process, on an ephemeral port. `env` is set before the",
        "app is imported (it reads its configuration then) and restored on close."
      ],
      {
        start: [
          `  const module = await import('${appPath}');`,
          `  const server${t(ctx, ": Server")} = ${build}.listen(0, '127.0.0.1');`,
          "  await once(server, 'listening');",
          `  const baseUrl = \`http://127.0.0.1:\${(server.address()${t(ctx, " as AddressInfo")}).port}\`;`
        ],
        returned: ["    baseUrl,"],
        request: FETCH_REQUEST,
        stop: ["      server.closeAllConnections();", "      await new Promise((resolve) => server.close(resolve));"]
      }
    );
  }
};

// src/generate/template/harness/fastify.ts
var INJECT_REQUEST = (ctx) => `    async request(method, path, options = {}) {
      const hasBody = options.body !== undefined || options.rawBody !== undefined;
      const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      const response = await app.inject({
        method${t(ctx, ": method as InjectOptions['method']")},
        url: path,
        headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
        ...(payload === undefined ? {} : { payload }),
      });
      // Outgoing headers hold numbers and arrays (set-cookie) too.
      const headers = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) headers.append(name, String(item));
      }
      const text = response.body;
      const isJson = headers.get('content-type')?.includes('json') && text !== '';
      return { status: response.statusCode, headers, body: isJson ? JSON.parse(text) : text };
    },`;
function buildApp(ctx) {
  const { app } = ctx;
  if (app.testHelper) {
    const helperPath = `${ctx.toRoot}${importPath(app.testHelper.file, ctx.importExt)}`;
    return [`  const helper = await import('${helperPath}');`, `  const app = await helper.${app.testHelper.export}();`];
  }
  const appPath = `${ctx.toRoot}${importPath(app.file, ctx.importExt)}`;
  const exported = exportedApp(ctx);
  const lines = [`  const module = await import('${appPath}');`];
  if (app.export.type === "factory") return [...lines, `  const app = await ${exported}();`];
  if (app.export.type !== "plugin") return [...lines, `  const app = ${exported};`];
  return [
    ...lines,
    `  const app = Fastify(${app.export.options ? `module.${app.export.options}` : ""});`,
    "  // Unencapsulated, as fastify-cli registers a root plugin for tests: its decorators, hooks and error handler are the app's.",
    `  await app.register(Object.defineProperty(${exported}, Symbol.for('skip-override'), { value: true, configurable: true }));`
  ];
}
var fastifyHarness = {
  framework: "fastify",
  imports: (ctx) => ({
    types: ctx.typescript ? ["import type { InjectOptions } from 'fastify';"] : [],
    values: ctx.app.export.type === "plugin" && !ctx.app.testHelper ? ["import Fastify from 'fastify';"] : []
  }),
  fields: () => [],
  startApp(ctx) {
    return startAppFunction(
      ctx,
      [
        "Builds the app from its source, in this process, and answers requests through `inject` (no port).",
        "`env` is set before the app is imported (it reads its configuration then) and restored on close."
      ],
      {
        start: [...buildApp(ctx), "  await app.ready();"],
        returned: [],
        request: INJECT_REQUEST(ctx),
        stop: ["      await app.close();"]
      }
    );
  }
};

// src/generate/template/harness/hono.ts
function webRequest(send) {
  return `    async request(method, path, options = {}) {
      const hasBody = options.body !== undefined || options.rawBody !== undefined;
      const init = {
        method,
        headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
        body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      };
      const response = await ${send};
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('json') && text !== '';
      return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : text };
    },`;
}
var honoHarness = {
  framework: "hono",
  imports: () => ({ types: [], values: [] }),
  fields: () => [],
  startApp(ctx) {
    const appPath = `${ctx.toRoot}${importPath(ctx.app.file, ctx.importExt)}`;
    const build = builtApp(ctx);
    return startAppFunction(
      ctx,
      [
        "Builds the app from its source, in this process; requests go through its own `app.request()`, no",
        "port is opened. `env` is set before the app is imported (it reads its configuration then) and",
        "restored on close."
      ],
      {
        start: [`  const module = await import('${appPath}');`, `  const app = ${build};`],
        returned: [],
        request: webRequest("app.request(path, init)"),
        stop: []
      }
    );
  }
};

// src/generate/template/harness/koa.ts
var koaHarness = {
  framework: "koa",
  imports: (ctx) => ({
    types: ctx.typescript ? ["import type { AddressInfo } from 'node:net';"] : [],
    values: ["import { once } from 'node:events';", "import { createServer } from 'node:http';"]
  }),
  fields: () => ["baseUrl: string;"],
  startApp(ctx) {
    const appPath = `${ctx.toRoot}${importPath(ctx.app.file, ctx.importExt)}`;
    const app = builtApp(ctx);
    return startAppFunction(
      ctx,
      [
        "Starts the app from its source, in this process: its `callback()` served on an ephemeral port. `env` is",
        "set before the app is imported (it reads its configuration then) and restored on close."
      ],
      {
        start: [
          `  const module = await import('${appPath}');`,
          `  const server = createServer(${app}.callback()).listen(0, '127.0.0.1');`,
          "  await once(server, 'listening');",
          `  const baseUrl = \`http://127.0.0.1:\${(server.address()${t(ctx, " as AddressInfo")}).port}\`;`
        ],
        returned: ["    baseUrl,"],
        request: FETCH_REQUEST,
        stop: ["      server.closeAllConnections();", "      await new Promise((resolve) => server.close(resolve));"]
      }
    );
  }
};

// src/generate/template/harness/nestjs.ts
var SOURCE_FILE = /\.[cm]?[jt]sx?$/;
var nestHarness = {
  framework: "nestjs",
  // `@nestjs/testing` loads `@nestjs/core`, which loads `reflect-metadata` before any decorated class is imported.
  imports: () => ({ types: [], values: ["import { Test } from '@nestjs/testing';"] }),
  fields: () => ["baseUrl: string;"],
  startApp(ctx) {
    const { name } = ctx.app.export;
    const moduleName = name === "default" ? "AppModule" : name;
    const binding = name === "default" ? `{ default: ${moduleName} }` : `{ ${name} }`;
    return startAppFunction(
      ctx,
      [
        "Starts the app from its source, in this process: its root module compiled for tests, set up as its",
        "bootstrap sets it up, on an ephemeral port. `env` is set before the app is imported (it reads its",
        "configuration then) and restored on close."
      ],
      {
        start: [
          `  const ${binding} = await import('${modulePath(ctx, ctx.app.file)}');`,
          ...setupImports(ctx, ctx.app.setup),
          `  const testingModule = await Test.createTestingModule({ imports: [${moduleName}] }).compile();`,
          "  const app = testingModule.createNestApplication();",
          ...setupStatements(ctx.app.setup),
          "  await app.listen(0, '127.0.0.1');",
          "  const baseUrl = await app.getUrl();"
        ],
        returned: ["    baseUrl,"],
        request: FETCH_REQUEST,
        // Nest's close runs the providers' shutdown hooks (`onModuleDestroy` ends a pool provider) and stops the server.
        stop: ["      await app.close();"]
      }
    );
  }
};
function modulePath(ctx, from) {
  return SOURCE_FILE.test(from) ? `${ctx.toRoot}${importPath(from, ctx.importExt)}` : from;
}
function setupImports(ctx, setup) {
  return (setup?.imports ?? []).flatMap(({ from, names }) => {
    const source = `await import('${modulePath(ctx, from)}')`;
    const namespace = names.map((n) => /^\*\s+as\s+(\S+)$/.exec(n)?.[1]).filter((n) => Boolean(n));
    const named = names.filter((n) => !n.startsWith("*")).map((n) => {
      const [imported, local] = n.split(/\s+as\s+/);
      return local && local !== imported ? `${imported}: ${local}` : imported;
    });
    return [
      ...namespace.map((local) => `  const ${local} = ${source};`),
      ...named.length ? [`  const { ${named.join(", ")} } = ${source};`] : []
    ];
  });
}
function setupStatements(setup) {
  return (setup?.statements ?? []).flatMap((statement) => {
    const [first, ...rest] = statement.trim().split("\n");
    const depth2 = Math.min(...rest.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
    return [`  ${first}`, ...rest.map((l) => l.trim() ? `  ${l.slice(Math.min(depth2, /^ */.exec(l)[0].length))}` : "")];
  });
}

// src/generate/template/harness/nextjs.ts
var API_CONTEXT = "{ previewModeId: '', previewModeEncryptionKey: '', previewModeSigningKey: '', dev: false }";
var APP_ROUTE_FILE = /(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/;
var PAGES_API_FILE = /(?:^|\/)pages\/api(?:\/.*)?\.[cm]?[jt]sx?$/;
var nextHarness = {
  framework: "nextjs",
  imports: (ctx) => {
    const values = [`import { NextRequest } from '${nextModule(ctx, "server")}';`];
    if (!hasPagesRoutes(ctx)) return { types: [], values };
    return {
      types: ctx.typescript ? ["import type { IncomingMessage, ServerResponse } from 'node:http';", "import type { AddressInfo } from 'node:net';"] : [],
      values: [
        ...values,
        "import { once } from 'node:events';",
        "import { createServer } from 'node:http';",
        `import { apiResolver } from '${nextModule(ctx, "dist/server/api-utils/node/api-resolver")}';`
      ]
    };
  },
  fields: () => [],
  startApp(ctx) {
    const routes = routesOf(ctx.points);
    const pages = routes.some((r) => r.pages);
    const table = routes.map(
      (r) => `  { path: '${r.path}',${r.pages ? " pages: true," : ""} load: () => import('${ctx.toRoot}${importPath(r.file, ctx.importExt)}') },`
    );
    return `${t(
      ctx,
      `/** The values of a path's dynamic segments: \`[id]\` holds one, a catch-all \`[...slug]\` the segments it spans. */
type Params = Record<string, string | string[]>;

/** A route handler, as Next.js calls it. */
type RouteHandler = (request: NextRequest, context: { params: Promise<Params> & Params }) => Response | Promise<Response>;

interface Route {
  /** The path the route file serves: \`/api/orders/:id\`. */
  path: string;${pages ? "\n  /** A Pages Router API route: a `(req, res)` handler. */\n  pages?: boolean;" : ""}
  load(): Promise<object>;
}

`
    )}/** The route files, by the path each serves, in the order Next.js matches them: static segments first, catch-alls last. */
const ROUTES${t(ctx, ": Route[]")} = [
${table.join("\n")}
];

/** The methods Next.js serves a route file for. */
const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** The first route serving \`pathname\`, with the values of its dynamic segments. */
function matchRoute(pathname${t(ctx, ": string")})${t(ctx, ": { route: Route; params: Params } | undefined")} {
  const segments = pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
  for (const route of ROUTES) {
    const parts = route.path.split('/').filter(Boolean);
    const params${t(ctx, ": Params")} = {};
    const catchAll = parts.at(-1)?.endsWith('*') ?? false;
    if (catchAll ? segments.length < parts.length : segments.length !== parts.length) continue;
    const matches = parts.every((part, i) => {
      if (part.startsWith(':') && part.endsWith('*')) params[part.slice(1, -1)] = segments.slice(i);
      else if (part.startsWith(':')) params[part.slice(1)] = segments[i] ?? '';
      else return part === segments[i];
      return true;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

/**
 * Calls the route module's handler for the request's method as Next.js does: HEAD falls back to GET, OPTIONS
 * answers the allowed methods, any other method the module does not export gets 405; \`redirect()\` and
 * \`notFound()\` of next/navigation become their responses, any other error a 500.
 */
async function callHandler(module${t(ctx, ": object")}, request${t(ctx, ": NextRequest")}, params${t(ctx, ": Params")})${t(ctx, ": Promise<Response>")} {
  const handlers = module${t(ctx, " as Record<string, RouteHandler | undefined>")};
  const handler = handlers[request.method] ?? (request.method === 'HEAD' ? handlers.GET : undefined);
  if (!handler && request.method === 'OPTIONS') {
    const allow = HTTP_METHODS.filter((m) => m === 'OPTIONS' || handlers[m] || (m === 'HEAD' && handlers.GET));
    return new Response(null, { status: 204, headers: { allow: allow.sort().join(', ') } });
  }
  if (!handler) return new Response(null, { status: 405 });
  try {
    const response = await handler(request, { params: Object.assign(Promise.resolve(params), params) });
    return request.method === 'HEAD' ? new Response(null, response) : response;
  } catch (error) {
    const digest = String((error${t(ctx, " as { digest?: unknown } | null")})?.digest ?? '').split(';');
    if (digest[0] === 'NEXT_REDIRECT')
      return new Response(null, { status: Number(digest.at(-2)), headers: { location: digest.slice(2, -2).join(';') } });
    if (digest[0] === 'NEXT_HTTP_ERROR_FALLBACK') return new Response(null, { status: Number(digest[1]) });
    console.error(error);
    return new Response(null, { status: 500 });
  }
}

${pages ? pagesServer(ctx) : ""}/** Answers a request as the Next.js server would: through the route file serving its path, else 404. */
async function serve(path${t(ctx, ": string")}, init${t(ctx, ": ConstructorParameters<typeof NextRequest>[1]")}${pages ? `, baseUrl${t(ctx, ": string")}` : ""})${t(ctx, ": Promise<Response>")} {
  const url = new URL(path, 'http://localhost');
  const found = matchRoute(url.pathname);
  // Next.js answers a path no route file serves with its 404 page.
  if (!found) return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } });
${pages ? "  // A redirect is answered, not followed, as the App Router routes' are.\n  if (found.route.pages) return fetch(new URL(path, baseUrl), { ...init, redirect: 'manual' });\n" : ""}  return callHandler(await found.route.load(), new NextRequest(url, init), found.params);
}

${startAppFunction(
      ctx,
      [
        "Serves the route handlers from their source, in this process: each request goes to the route file",
        "serving its path, imported on first use. `env` is set before any route file is imported (the app reads",
        "its configuration then) and restored on close.",
        ...pages ? ["Pages Router API routes are served by a server on an ephemeral port, reached through `fetch`."] : []
      ],
      pages ? {
        start: [
          "  const server = createServer((req, res) => void servePages(req, res));",
          "  server.listen(0, '127.0.0.1');",
          "  await once(server, 'listening');",
          `  const baseUrl = \`http://127.0.0.1:\${(server.address()${t(ctx, " as AddressInfo")}).port}\`;`
        ],
        returned: [],
        request: webRequest("serve(path, init, baseUrl)"),
        stop: ["      server.closeAllConnections();", "      await new Promise((resolve) => server.close(resolve));"]
      } : {
        start: [],
        returned: [],
        request: webRequest("serve(path, init)"),
        stop: []
      }
    )}`;
  }
};
function pagesServer(ctx) {
  return `/**
 * Answers a request to a Pages Router API route as Next.js does, through its own \`apiResolver\`: \`req.query\`
 * holds the query string with the path's dynamic segments over it, a path no route file serves gets 404.
 */
async function servePages(req${t(ctx, ": IncomingMessage")}, res${t(ctx, ": ServerResponse")})${t(ctx, ": Promise<void>")} {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = matchRoute(url.pathname);
  if (!found?.route.pages) {
    res.statusCode = 404;
    res.end('Not Found');
    return;
  }
  const query${t(ctx, ": Params")} = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? values[0]${t(ctx, "!")} : values;
  }
  await apiResolver(req, res, { ...query, ...found.params }, await found.route.load(), ${API_CONTEXT}, false);
}

`;
}
function nextModule(ctx, name) {
  return ctx.commonJs || ctx.importExt === "" ? `next/${name}` : `next/${name}.js`;
}
function hasPagesRoutes(ctx) {
  return ctx.points.some((p) => PAGES_API_FILE.test(p.location.file));
}
function routesOf(points) {
  const byFile = /* @__PURE__ */ new Map();
  for (const point of points) {
    const pages = PAGES_API_FILE.test(point.location.file);
    if (!pages && !APP_ROUTE_FILE.test(point.location.file)) continue;
    byFile.set(point.location.file, { path: point.details.path, file: point.location.file, pages });
  }
  return [...byFile.values()].sort((a, b) => compareSpecificity(a.path, b.path));
}
function compareSpecificity(a, b) {
  const rank = (segment) => segment === void 0 ? -1 : segment.startsWith(":") ? segment.endsWith("*") ? 2 : 1 : 0;
  const as = a.split("/").filter(Boolean);
  const bs = b.split("/").filter(Boolean);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const diff = rank(as[i]) - rank(bs[i]);
    if (diff !== 0) return diff;
  }
  return a.localeCompare(b);
}

// src/generate/template/harness/index.ts
var HARNESSES = {
  express: expressHarness,
  fastify: fastifyHarness,
  hono: honoHarness,
  koa: koaHarness,
  nestjs: nestHarness,
  nextjs: nextHarness
};
function harnessFor(framework) {
  return HARNESSES[framework];
}
var HARNESS_FRAMEWORKS = Object.keys(HARNESSES);

// src/run/runners/types.ts
var NAME_SEPARATOR = " \u203A ";
function testName2(parts) {
  return parts.join(NAME_SEPARATOR);
}

// src/generate/values.ts
function sampleCode(schema, field, ref, pick = "first") {
  const fromRef = ref(field);
  if (fromRef) return fromRef;
  if (!schema) return `'${field} ' + unique`;
  if (schema.enum?.length) return literal2(pick === "first" ? schema.enum[0] : schema.enum.at(-1));
  switch (schema.type) {
    case "object": {
      const props = Object.entries(schema.properties ?? {});
      if (props.length === 0) return "{}";
      return `{ ${props.map(([k, v]) => `${propertyKey(k)}: ${sampleCode(v, k, ref, pick)}`).join(", ")} }`;
    }
    case "array":
      return `[${schema.items ? sampleCode(schema.items, field, ref, pick) : ""}]`;
    case "integer":
    case "number":
      return String(Math.max(schema.minimum ?? 1, 1));
    case "boolean":
      return "true";
    case "string":
    default:
      return stringCode(schema, field);
  }
}
function stringCode(schema, field) {
  switch (schema.format) {
    case "email":
      return "`itw-${unique}@example.test`";
    case "uuid":
      return "randomUUID()";
    case "url":
      return "`https://example.test/${unique}`";
    case "date-time":
      return "new Date().toISOString()";
    case "date":
      return "new Date().toISOString().slice(0, 10)";
  }
  const max = schema.maxLength ?? 200;
  const label = field.replace(/[^A-Za-z0-9 ]/g, " ").slice(0, Math.max(1, max - 13));
  if (max < 14) return `unique.slice(0, ${max})`;
  if (schema.pattern) return patternCode(schema.pattern, label);
  return `\`${label} \${unique}\``;
}
var UNIQUE_SAMPLES = ["0a1b2c3d4e5f", "ffffffffffff", "000000000000", "9a8b7c6d5e4f", "abcdefabcdef", "123456789012"];
var digits = (unique, n) => String(parseInt(unique, 16)).padStart(15, "0").slice(-n);
function shapes(label) {
  const word = label.trim().toLowerCase().replace(/\s+/g, "-");
  const out = [`${label} `, `${word}-`, `${word}_`, word].map((prefix) => ({
    code: `\`${prefix}\${unique}\``,
    make: (u) => prefix + u
  }));
  out.push({ code: "unique", make: (u) => u });
  for (let n = 12; n >= 2; n--) {
    const slice = n === 12 ? "unique" : `unique.slice(0, ${n})`;
    const cut = (u) => u.slice(0, n);
    out.push(
      { code: `${slice}.toUpperCase()`, make: (u) => cut(u).toUpperCase() },
      { code: `\`A\${${slice}.toUpperCase()}\``, make: (u) => `A${cut(u).toUpperCase()}` },
      { code: `\`a\${${slice}}\``, make: (u) => `a${cut(u)}` }
    );
    if (n < 12) out.push({ code: slice, make: cut });
  }
  const letters = (u) => u.replace(/\d/g, (d) => String.fromCharCode(103 + Number(d)));
  for (let n = 12; n >= 2; n--) {
    const slice = n === 12 ? "unique" : `unique.slice(0, ${n})`;
    const code = `${slice}.replace(/\\d/g, (digit) => String.fromCharCode(103 + Number(digit)))`;
    out.push(
      { code, make: (u) => letters(u.slice(0, n)) },
      { code: `${code}.toUpperCase()`, make: (u) => letters(u.slice(0, n)).toUpperCase() }
    );
  }
  for (let n = 15; n >= 1; n--)
    out.push({ code: `String(parseInt(unique, 16)).padStart(15, '0').slice(-${n})`, make: (u) => digits(u, n) });
  return out;
}
function patternCode(pattern, label) {
  let regex;
  try {
    regex = new RegExp(pattern);
  } catch {
    return `\`${label} \${unique}\``;
  }
  const shape2 = shapes(label).find((s) => UNIQUE_SAMPLES.every((u) => regex.test(s.make(u))));
  return shape2?.code ?? `\`${label} \${unique}\``;
}
function propertyKey(key) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}
function literal2(value) {
  if (typeof value !== "string") return JSON.stringify(value);
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
}

// src/generate/template/http.ts
var pascal = (s) => s.replace(/(?:^|[-_\s]+)([a-z0-9])/gi, (_, c) => c.toUpperCase());
var article = (word) => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
var tokenConst = (env) => env.toUpperCase().replace(/[^A-Z0-9]/g, "_");
function planResourceScenarios(resource, endpoints, ctx) {
  const factories = /* @__PURE__ */ new Map();
  const factoryFor = (r, depth2 = 0) => buildFactory(r, ctx, factories, depth2);
  const tokens = /* @__PURE__ */ new Set();
  const scenarios = [];
  const gaps = [];
  for (const endpoint of [...endpoints].sort(byReadingOrder)) {
    const group = `${endpoint.http.method} ${endpoint.http.path}`;
    const { drafts, blocked } = endpointScenarios(resource, endpoint, ctx, factoryFor, tokens);
    for (const d of drafts) scenarios.push({ ...d, group, pointId: endpoint.point.id });
    if (!drafts.some((d) => d.reachesHandler))
      gaps.push({
        pointId: endpoint.point.id,
        reason: `no generated test reaches its handler: ${blocked ?? "no scenario applies to it"}.`
      });
  }
  return { scenarios, factories, tokens, gaps };
}
var ROLE_ORDER = ["collection", "item", "sub-item", "other"];
var METHOD_ORDER = ["POST", "GET", "PUT", "PATCH", "DELETE"];
function byReadingOrder(a, b) {
  const rank = (e) => ROLE_ORDER.indexOf(e.role) * 10 + (METHOD_ORDER.indexOf(e.http.method) + 10) % 10;
  return rank(a) - rank(b) || a.http.path.localeCompare(b.http.path);
}
var status = (expected) => ({ check: { is: ["response.status", String(expected)] } });
function endpointScenarios(resource, endpoint, ctx, factoryFor, tokens) {
  const { http } = endpoint;
  const method = http.method;
  const statuses = http.statuses ?? [];
  const guarded = http.auth.length > 0;
  const bearerEnv = guarded ? http.authInfo?.env : void 0;
  if (bearerEnv) tokens.add(bearerEnv);
  const authHeaders = bearerEnv ? `, headers: { authorization: \`Bearer \${${tokenConst(bearerEnv)}}\` }` : "";
  const canAuthenticate = !guarded || Boolean(bearerEnv);
  const own = factoryFor(resource);
  const needsItem = endpoint.role === "item" || endpoint.role === "sub-item";
  const itemVar = varName(resource);
  const missing = missingIdOf(resource, ctx.columns);
  const pathWith = (idExpr) => "`" + http.path.replace(/:([A-Za-z0-9_]+)/, `\${${idExpr}}`).replace(/:([A-Za-z0-9_]+)/g, `\${${missing}}`) + "`";
  const livePath = needsItem ? pathWith(`${itemVar}.id`) : q(http.path);
  const missingPath = needsItem ? pathWith(missing) : q(http.path);
  const notFound = statuses.includes(404);
  const invalid = statuses.find((s) => s === 400 || s === 422);
  const body = http.body;
  const hasBody = ["POST", "PUT", "PATCH"].includes(method);
  const out = [];
  const arrangeItem = needsItem && own ? [`const ${itemVar} = await ${own.fn}();`] : [];
  const canArrange = !needsItem || Boolean(own);
  const successStatus = happyStatus(method, statuses, endpoint.role);
  const refs = (field) => refCode(field, ctx, factoryFor);
  const readBackPath = (read3, id) => `\`${read3.http.path.replace(/:[A-Za-z0-9_]+/, `\${${id}}`)}\``;
  if (canAuthenticate && canArrange && (!hasBody || body)) {
    const input = hasBody && body ? sampleCode(body, resource.singular, refs, method === "POST" ? "first" : "last") : void 0;
    const prerequisites = input ? prerequisiteLines(body, ctx, factoryFor) : [];
    const arrange = [...arrangeItem, ...prerequisites, ...input ? ["const unique = uniqueId();", `const input = ${input};`] : []];
    const act = `const response = await app.request('${method}', ${livePath}${input ? ", { body: input" + authHeaders + " }" : authHeaders ? `, { ${authHeaders.slice(2)} }` : ""});`;
    const asserts = [status(successStatus)];
    if (successStatus !== 204) asserts.push({ check: { matches: ["response.headers.get('content-type')", "/application\\/json/"] } });
    let title;
    if (method === "POST" && endpoint.role === "collection") {
      title = `creates ${article(resource.singular)} and answers ${successStatus} with it`;
      asserts.push({ check: { hasFields: ["response.body", "input"] } });
      const read3 = findEndpoint(resource, "GET", "item");
      if (read3 && read3.http.auth.length === 0) {
        const created = ctx.typescript ? "(response.body as Row).id" : "response.body.id";
        title = `creates ${article(resource.singular)} that a later read returns`;
        asserts.push("", `const readBack = await app.request('GET', ${readBackPath(read3, created)});`, {
          check: { hasFields: ["readBack.body", "input"] }
        });
      }
    } else if (method === "GET" && endpoint.role === "collection" && (own || isPlural(resource))) {
      title = own ? `lists ${resource.name} including one just created` : `answers ${successStatus} with a list`;
      if (own) arrange.unshift(`const ${itemVar} = await ${own.fn}();`);
      asserts.push(own ? { check: { listHasId: ["response.body", `${itemVar}.id`] } } : { check: { isList: "response.body" } });
    } else if (method === "GET" && needsItem) {
      title = `returns ${article(resource.singular)} created before`;
      asserts.push(endpoint.role === "item" ? { check: { equals: ["response.body", itemVar] } } : { check: { defined: "response.body" } });
    } else if (method === "DELETE") {
      title = `deletes ${article(resource.singular)}; a later read answers 404`;
      const read3 = findEndpoint(resource, "GET", "item");
      if (read3?.http.statuses?.includes(404) && read3.http.auth.length === 0) {
        asserts.push("", `const readBack = await app.request('GET', ${readBackPath(read3, `${itemVar}.id`)});`, {
          check: { is: ["readBack.status", "404"] }
        });
      } else title = `deletes ${article(resource.singular)} and answers ${successStatus}`;
    } else if (input) {
      title = `${endpoint.role === "sub-item" ? `changes the ${http.path.split("/").at(-1)} of ${article(resource.singular)}` : `updates ${article(resource.singular)}`}; a later read shows the change`;
      asserts.push({ check: { hasFields: ["response.body", "input"] } });
      const read3 = findEndpoint(resource, "GET", "item");
      if (read3 && read3.http.auth.length === 0) {
        asserts.push("", `const readBack = await app.request('GET', ${readBackPath(read3, `${itemVar}.id`)});`, {
          check: { hasFields: ["readBack.body", "input"] }
        });
      } else title = `updates ${article(resource.singular)} and answers ${successStatus}`;
    } else {
      title = `answers ${successStatus}`;
    }
    out.push({ kind: "happy", title, steps: [...arrange, ...arrange.length ? [""] : [], act, "", ...asserts], reachesHandler: true });
  }
  if (hasBody && body && invalid && canAuthenticate && canArrange && body.required?.length) {
    out.push({
      kind: "error",
      title: `rejects a body without its required fields (${body.required.join(", ")}) with ${invalid}`,
      steps: [
        ...arrangeItem,
        ...arrangeItem.length ? [""] : [],
        `const response = await app.request('${method}', ${livePath}, { body: {}${authHeaders} });`,
        "",
        status(invalid)
      ],
      reachesHandler: true
    });
  }
  if (hasBody && body && canAuthenticate && canArrange && statuses.includes(400)) {
    out.push({
      kind: "error",
      title: "rejects malformed JSON with 400",
      steps: [
        ...arrangeItem,
        ...arrangeItem.length ? [""] : [],
        `const response = await app.request('${method}', ${livePath}, { rawBody: '{"unterminated": '${authHeaders} });`,
        "",
        status(400)
      ],
      // The app's JSON parser answers before the route's handler runs.
      reachesHandler: false
    });
  }
  if (needsItem && notFound && canAuthenticate) {
    const input = hasBody && body ? sampleCode(body, resource.singular, (f) => REFERENCE.test(f) ? missingRefOf(f, body, ctx, factoryFor) : void 0) : void 0;
    out.push({
      kind: "error",
      title: `answers 404 for ${article(resource.singular)} that does not exist`,
      steps: [
        ...input ? ["const unique = uniqueId();"] : [],
        `const response = await app.request('${method}', ${missingPath}${input ? `, { body: ${input}${authHeaders} }` : authHeaders ? `, { ${authHeaders.slice(2)} }` : ""});`,
        "",
        status(404)
      ],
      reachesHandler: true
    });
  }
  const refField = body && Object.keys(body.properties ?? {}).find((f) => refCode(f, ctx, factoryFor));
  const refStatus = [422, 404, 409, 400].find((s) => statuses.includes(s));
  if (method === "POST" && body && refField && refStatus && canAuthenticate) {
    const input = sampleCode(
      body,
      resource.singular,
      (f) => f === refField ? missingRefOf(f, body, ctx, factoryFor) : refCode(f, ctx, factoryFor)
    );
    out.push({
      kind: "edge",
      title: `answers ${refStatus} when ${refField} names no existing record`,
      steps: [
        ...prerequisiteLines(body, ctx, factoryFor, refField),
        "const unique = uniqueId();",
        `const response = await app.request('POST', ${q(http.path)}, { body: ${input}${authHeaders} });`,
        "",
        status(refStatus)
      ],
      reachesHandler: true
    });
  }
  const uniqueColumn = method === "POST" && body ? (ctx.columns.get(resource.name) ?? []).find((c) => c.unique && !c.primaryKey && body.properties?.[camel(c.name)]) : void 0;
  if (uniqueColumn && statuses.includes(409) && canAuthenticate) {
    const input = sampleCode(body, resource.singular, refs);
    out.push({
      kind: "edge",
      title: `answers 409 when the ${camel(uniqueColumn.name)} is already taken`,
      steps: [
        ...prerequisiteLines(body, ctx, factoryFor),
        "const unique = uniqueId();",
        `const input = ${input};`,
        `const first = await app.request('POST', ${q(http.path)}, { body: input${authHeaders} });`,
        { check: { is: ["first.status", String(happyStatus("POST", statuses, "collection"))] } },
        "",
        `const response = await app.request('POST', ${q(http.path)}, { body: { ...input }${authHeaders} });`,
        "",
        status(409)
      ],
      reachesHandler: true
    });
  }
  if (guarded) {
    const info = http.authInfo;
    const only = info?.statuses?.length === 1 ? info.statuses[0] : void 0;
    const missing2 = info?.missing ?? only;
    const wrong = info?.wrong ?? only;
    const check = (expected) => expected ? status(expected) : { check: { oneOf: ["response.status", "[401, 403]"] } };
    out.push({
      kind: "error",
      title: `rejects a request without credentials${missing2 ? ` with ${missing2}` : ""}`,
      steps: [`const response = await app.request('${method}', ${missingPath});`, "", check(missing2)],
      reachesHandler: false
    });
    out.push({
      kind: "error",
      title: `rejects a wrong bearer token${wrong ? ` with ${wrong}` : ""}`,
      steps: [
        `const response = await app.request('${method}', ${missingPath}, { headers: { authorization: 'Bearer itw-wrong-token' } });`,
        "",
        check(wrong)
      ],
      reachesHandler: false
    });
  }
  const blocked = !canAuthenticate ? guardBlocker(http) : !canArrange ? `itw cannot create ${article(resource.singular)} to act on first (it needs POST ${resource.collection} with a request-body schema, open or behind a token it can set)` : hasBody && !body ? "no request-body schema was found for it (validate the body with zod or Joi in the route, so itw knows what a valid body is)" : void 0;
  return { drafts: out, ...blocked ? { blocked } : {} };
}
function guardBlocker(http) {
  const names = http.auth.join(", ");
  const from = http.authInfo?.tokenFrom;
  if (from)
    return `its guard (${names}) compares the bearer token with \`${from}\`, which a test cannot set; read the token from an environment variable (for example \`process.env.API_TOKEN\`) so tests can set one of their own. Only the guard's rejections are tested`;
  return `its guard (${names}) checks credentials in a way itw cannot satisfy (it can send a bearer token the guard compares with an environment variable); only the guard's rejections are tested`;
}
function happyStatus(method, statuses, role) {
  const ok = statuses.filter((s) => s >= 200 && s < 300);
  if (method === "POST" && role === "collection") return ok.includes(201) ? 201 : ok[0] ?? 200;
  if (method === "DELETE") return ok.includes(204) ? 204 : ok[0] ?? 200;
  return ok.includes(200) || ok.length === 0 ? 200 : ok[0];
}
var isPlural = (resource) => {
  const last = resource.name.split("-").at(-1);
  return resource.singular !== last && !/(?:us|is)$/.test(last);
};
var camel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
var REFERENCE = /^(.+?)(?:Id|_id)$/;
var varName = (resource) => resource.singular.replace(/-/g, "_");
function referencedResource(field, ctx, factoryFor) {
  const match = REFERENCE.exec(field);
  const target = match && ctx.resources.find((r) => r.singular === match[1].toLowerCase());
  return target && factoryFor(target) ? target : void 0;
}
function hasUuidIds(resource, columns) {
  return /^uuid$/i.test(columns.get(resource.name)?.find((c) => c.primaryKey)?.type ?? "");
}
var missingIdOf = (resource, columns) => hasUuidIds(resource, columns) ? "MISSING_UUID" : "MISSING_ID";
function missingRefOf(field, body, ctx, factoryFor) {
  const target = referencedResource(field, ctx, factoryFor);
  const uuid = body.properties?.[field]?.format === "uuid" || target !== void 0 && hasUuidIds(target, ctx.columns);
  return uuid ? "MISSING_UUID" : "MISSING_ID";
}
function refCode(field, ctx, factoryFor) {
  const target = referencedResource(field, ctx, factoryFor);
  return target ? `${varName(target)}.id` : void 0;
}
function prerequisiteLines(body, ctx, factoryFor, skip) {
  const lines = [];
  for (const field of Object.keys(body?.properties ?? {})) {
    const target = field === skip ? void 0 : referencedResource(field, ctx, factoryFor);
    if (target) lines.push(`const ${varName(target)} = await ${factoryFor(target).fn}();`);
  }
  return lines;
}
function buildFactory(resource, ctx, cache, depth2) {
  if (cache.has(resource.collection)) return cache.get(resource.collection) ?? void 0;
  cache.set(resource.collection, null);
  const create = findEndpoint(resource, "POST", "collection");
  if (!create || !create.http.body || depth2 > 5) return void 0;
  const authEnv = create.http.auth.length ? create.http.authInfo?.env : void 0;
  if (create.http.auth.length && !authEnv) return void 0;
  const needs = [];
  const refs = (field) => {
    const target = referencedResource(field, ctx, (r) => buildFactory(r, ctx, cache, depth2 + 1));
    if (!target) return void 0;
    needs.push(buildFactory(target, ctx, cache, depth2 + 1));
    return `${varName(target)}.id`;
  };
  const input = sampleCode(create.http.body, resource.singular, refs);
  const fn = `create${pascal(resource.singular)}`;
  const headers = authEnv ? `, headers: { authorization: \`Bearer \${${tokenConst(authEnv)}}\` }` : "";
  const steps = [
    ...needs.map((n) => `const ${varName(n.resource)} = await ${n.fn}();`),
    "const unique = uniqueId();",
    `const response = await app.request('POST', ${q(create.http.path)}, { body: ${input}${headers} });`,
    status(happyStatus("POST", create.http.statuses ?? [], "collection")),
    `return response.body${ctx.typescript ? " as Row" : ""};`
  ];
  const factory = { resource, fn, steps, needs, ...authEnv ? { authEnv } : {} };
  cache.set(resource.collection, factory);
  return factory;
}
var factoryDoc = (f) => `Creates ${article(f.resource.singular)} through the API, as a client would.`;

// src/generate/template/http-file.ts
function idType(resource, factories, ctx) {
  const uuid = [resource, ...factories.map((f) => f.resource)].map((r) => hasUuidIds(r, ctx.columns));
  return uuid.every(Boolean) ? "string" : uuid.some(Boolean) ? "string | number" : "number";
}
var DATABASE_HOOK_TIMEOUT_MS = "60_000";
function renderResourceTests(resource, endpoints, ctx, exclude = /* @__PURE__ */ new Set()) {
  const planned = planResourceScenarios(resource, endpoints, ctx);
  const scenarios = [];
  for (const s of planned.scenarios) {
    const name = testName2([resource.collection, s.group, s.title]);
    if (exclude.has(name)) continue;
    const code = withoutUnusedUnique(renderSteps(s.steps, ctx, "    "));
    scenarios.push({ name, title: s.title, group: s.group, kind: s.kind, pointId: s.pointId, code, reachesHandler: s.reachesHandler });
  }
  const factories = collectFactories(scenarios, planned.factories);
  return { text: renderFile(resource, scenarios, factories, planned.tokens, ctx), scenarios, gaps: planned.gaps };
}
function renderSteps(steps, ctx, indent) {
  return steps.map((step) => step === "" ? "" : indent + (typeof step === "string" ? step : ctx.dialect.check(step.check, ctx.typescript))).join("\n");
}
function renderFactory(f, ctx) {
  return withoutUnusedUnique(
    [
      `  /** ${factoryDoc(f)} */`,
      `  async function ${f.fn}()${ctx.typescript ? ": Promise<Row>" : ""} {`,
      renderSteps(f.steps, ctx, "    "),
      "  }"
    ].join("\n")
  );
}
function collectFactories(scenarios, factories) {
  const all = [...factories.values()].filter((f) => f !== null);
  const used = /* @__PURE__ */ new Set();
  const visit = (f) => {
    if (used.has(f)) return;
    used.add(f);
    f.needs.forEach(visit);
  };
  for (const f of all) if (scenarios.some((s) => s.code.includes(`${f.fn}()`))) visit(f);
  return all.filter((f) => used.has(f));
}
function withoutUnusedUnique(code) {
  return (code.match(/\bunique\b/g) ?? []).length === 1 ? code.replace(/^ *const unique = uniqueId\(\);\n/m, "") : code;
}
function renderFile(resource, scenarios, factories, tokens, ctx) {
  const { dialect } = ctx;
  const ext = ctx.importExt;
  const factoryCode = factories.map((f) => renderFactory(f, ctx));
  const code = [...scenarios.map((s) => s.code), ...factoryCode];
  const uses = (name) => code.some((c) => new RegExp(`\\b${name}\\b`).test(c));
  const authEnvs = new Set([...tokens, ...factories.flatMap((f) => f.authEnv ? [f.authEnv] : [])].filter((env2) => uses(tokenConst(env2))));
  const data = [
    ...uses("MISSING_ID") ? ["MISSING_ID"] : [],
    ...uses("MISSING_UUID") ? ["MISSING_UUID"] : [],
    ...uses("uniqueId") || authEnvs.size > 0 ? ["uniqueId"] : [],
    ...uses("fieldsOf") ? ["fieldsOf"] : []
  ];
  const lines = [];
  if (uses("randomUUID")) lines.push("import { randomUUID } from 'node:crypto';");
  lines.push(...dialect.imports());
  lines.push(`import { startApp${ctx.typescript ? ", type RunningApp" : ""} } from './_support/app${ext}';`);
  if (data.length) lines.push(`import { ${data.join(", ")} } from './_support/data${ext}';`);
  if (ctx.withDatabase)
    lines.push(`import { createTestDatabase${ctx.typescript ? ", type TestDatabase" : ""} } from './_support/database${ext}';`);
  lines.push("");
  if (ctx.typescript && (factories.length || scenarios.some((s) => s.code.includes(" as Row")))) {
    lines.push(`type Row = { id: ${idType(resource, factories, ctx)} } & Record<string, unknown>;`, "");
  }
  for (const env2 of authEnvs)
    lines.push(
      `/** The credential this file's app instance accepts, set through ${env2} before the app starts. */`,
      `const ${tokenConst(env2)} = \`itw-\${uniqueId()}\`;`,
      ""
    );
  lines.push(dialect.suite(resource.collection));
  if (ctx.withDatabase) lines.push(`  let database${ctx.typescript ? ": TestDatabase" : ""};`);
  lines.push(`  let app${ctx.typescript ? ": RunningApp" : ""};`, "");
  const timeout = ctx.withDatabase ? DATABASE_HOOK_TIMEOUT_MS : void 0;
  const before2 = dialect.hook("before", "  ", timeout);
  lines.push(...before2.open);
  const env = [
    ...ctx.withDatabase ? [`${ctx.databaseEnv}: database.url`] : [],
    ...[...authEnvs].map((e) => e === tokenConst(e) ? e : `${e}: ${tokenConst(e)}`)
  ];
  if (ctx.withDatabase) lines.push("    database = await createTestDatabase();");
  lines.push(`    app = await startApp(${env.length ? `{ ${env.join(", ")} }` : ""});`);
  lines.push(before2.close, "");
  const after = dialect.hook("after", "  ", timeout);
  lines.push(...after.open);
  lines.push("    await app?.close();");
  if (ctx.withDatabase) lines.push("    await database?.drop();");
  lines.push(after.close);
  for (const f of factoryCode) lines.push("", f);
  const groups = /* @__PURE__ */ new Map();
  for (const s of scenarios) groups.set(s.group, [...groups.get(s.group) ?? [], s]);
  for (const [group, list] of groups) {
    lines.push("", `  ${dialect.suite(group)}`);
    list.forEach((s, i) => {
      if (i > 0) lines.push("");
      lines.push(`    ${dialect.test(s.title)}`, ...s.code.split("\n").map((l) => l ? `  ${l}` : ""), "    });");
    });
    lines.push("  });");
  }
  lines.push("});", "");
  return lines.join("\n");
}

// src/generate/template/support/database.ts
function databaseSupport(ctx) {
  const migrations = ctx.migrations.map((m) => `  '${m}',`).join("\n");
  return `import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
${ctx.typescript && ctx.commonJs ? "import { pathToFileURL } from 'node:url';\n" : ""}import pg from 'pg';
import { uniqueId } from './data${ctx.importExt}';

${t(
    ctx,
    `export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

`
  )}/** Applied in order to every test database that is not a copy of an already migrated template. */
const MIGRATIONS${t(ctx, ": string[]")} = [
${migrations}
];

const ROOT = new URL('${ctx.toRoot}', ${ctx.typescript && ctx.commonJs ? "pathToFileURL(__filename)" : "import.meta.url"});

/**
 * Creates a database of its own for one test file (named itw_test_\u2026, so it can never be one a person
 * uses) and hands back its URL; \`drop()\` removes it. When itw runs the tests, ITW_TEMPLATE_DATABASE names
 * a database it migrated once for the whole run, and this one is a copy of it; otherwise the migrations are
 * applied here. Creating, marking and migrating are one unit: whatever fails after CREATE DATABASE, the
 * database is dropped before the error goes on.
 */
export async function createTestDatabase()${t(ctx, ": Promise<TestDatabase>")} {
  const adminUrl = process.env.ITW_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) {
    throw new Error('Set DATABASE_URL to a PostgreSQL server whose user may create databases; each test file creates and drops its own itw_test_* database.');
  }
  const template = process.env.ITW_TEMPLATE_DATABASE;
  const name = \`itw_test_\${uniqueId()}\`;
  const url = new URL(adminUrl);
  url.pathname = \`/\${name}\`;
  const drop = async ()${t(ctx, ": Promise<void>")} => {
    await withClient(adminUrl, (client) => client.query(\`DROP DATABASE IF EXISTS \${name} WITH (FORCE)\`));
  };
  try {
    await withClient(adminUrl, (client) =>
      client.query(\`CREATE DATABASE \${name}\${template ? \` TEMPLATE \${client.escapeIdentifier(template)}\` : ''}\`),
    );
  } catch (error) {
    throw new Error(\`Could not create the test database \${name} on \${server(adminUrl)}: \${withoutSecret(adminUrl, (error${t(ctx, " as Error")}).message)}\`);
  }
  try {
    // Read by itw to recognise (and remove) a database that a run it did not see end left behind.
    await withClient(adminUrl, (client) => client.query(\`COMMENT ON DATABASE \${name} IS \${client.escapeLiteral(marker())}\`));
    if (!template) await migrate(url.toString(), name);
  } catch (error) {
    const dropped = await drop().then(
      () => 'it was dropped again',
      (dropError) => \`dropping it failed too (\${withoutSecret(adminUrl, dropError.message)}); drop it by hand\`,
    );
    throw new Error(\`\${withoutSecret(adminUrl, (error${t(ctx, " as Error")}).message)}; \${dropped}.\`);
  }
  return { name, url: url.toString(), drop };
}

async function migrate(url${t(ctx, ": string")}, name${t(ctx, ": string")})${t(ctx, ": Promise<void>")} {
  await withClient(url, async (client) => {
    for (const file of MIGRATIONS) {
      const sql = await readFile(new URL(file, ROOT), 'utf8');
      try {
        await client.query(sql);
      } catch (error) {
        const position = Number((error${t(ctx, " as { position?: string }")}).position);
        const line = position > 0 ? \` (line \${sql.slice(0, position).split('\\n').length})\` : '';
        throw new Error(\`Migration \${file} failed\${line} in the test database \${name}: \${(error${t(ctx, " as Error")}).message}\`);
      }
    }
  });
}

/** What the database's comment records: which run of which process on which machine made it, and when. */
function marker()${t(ctx, ": string")} {
  return JSON.stringify({ itw: 1, run: process.env.ITW_RUN_ID ?? '', pid: process.pid, host: hostname(), created: new Date().toISOString() });
}

/** Host, port and database of a URL, for messages: never its user or password. */
function server(url${t(ctx, ": string")})${t(ctx, ": string")} {
  const { hostname: host, port, pathname } = new URL(url);
  return \`\${host}:\${port || 5432}\${pathname}\`;
}

function withoutSecret(url${t(ctx, ": string")}, text${t(ctx, ": string")})${t(ctx, ": string")} {
  const password = decodeURIComponent(new URL(url).password);
  return password ? text.split(password).join('***') : text;
}

async function withClient${t(ctx, "<T>")}(url${t(ctx, ": string")}, work${t(ctx, ": (client: pg.Client) => Promise<T>")})${t(ctx, ": Promise<T>")} {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
`;
}

// src/generate/template/support/data.ts
function dataSupport(ctx) {
  return `import { randomUUID } from 'node:crypto';

/** A short value no other test uses, for fields that must be unique (emails, names). */
export function uniqueId()${t(ctx, ": string")} {
  return randomUUID().replaceAll('-', '').slice(0, 12);
}

/** An id no record has: tests of the not-found path use it. */
export const MISSING_ID = 2147483646;
${ctx.missingUuid ? MISSING_UUID : ""}${ctx.dataHelpers?.includes("fieldsOf") ? FIELDS_OF(ctx) : ""}`;
}
var MISSING_UUID = `
/** A UUID no record has, for records with UUID ids: a valid version 4 UUID, so validation lets it through to the lookup. */
export const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
`;
var FIELDS_OF = (ctx) => `
/** The fields of \`actual\` that \`expected\` names, for comparing a record with the fields a test sent. */
export function fieldsOf(actual${t(ctx, ": unknown")}, expected${t(ctx, ": object")})${t(ctx, ": Record<string, unknown>")} {
  const record = (actual ?? {})${t(ctx, " as Record<string, unknown>")};
  return Object.fromEntries(Object.keys(expected).map((key) => [key, record[key]]));
}
`;

// src/generate/template/support/index.ts
function supportFiles(ctx, harness, withDatabase) {
  const ext = ctx.typescript ? "ts" : "js";
  const files = [
    { name: `app.${ext}`, text: appSupport(ctx, harness, withDatabase) },
    { name: `data.${ext}`, text: dataSupport(ctx) }
  ];
  if (withDatabase) files.push({ name: `database.${ext}`, text: databaseSupport(ctx) });
  return files;
}

// src/generate/template/index.ts
function planTemplates(input) {
  const diagnostics = [];
  const covered = new Set(input.coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  const http = input.points.filter(isHttpPoint);
  const gaps = http.filter((p) => !covered.has(p.id));
  const planGaps = [];
  const unplanned = (reached) => [
    ...planGaps,
    ...input.points.filter((p) => p.kind !== "http" && !covered.has(p.id) && !reached.has(p.id)).map((p) => ({
      pointId: p.id,
      reason: `no generator for ${p.kind} points yet: generated tests reach them only through the HTTP endpoints that use them, and none of the planned ones does.`
    }))
  ];
  if (gaps.length === 0) return { files: [], services: [], diagnostics, gaps: unplanned(/* @__PURE__ */ new Set()) };
  const refuse = (file, message, reason) => {
    diagnostics.push({ file, message });
    planGaps.push(...gaps.map((p) => ({ pointId: p.id, reason })));
    return { files: [], services: [], diagnostics, gaps: unplanned(/* @__PURE__ */ new Set()) };
  };
  const dialect = dialectFor(input.testFramework, input.dependencies);
  if (!dialect)
    return refuse(
      "package.json",
      `generation for the ${input.testFramework ?? "unknown"} test framework is not available yet; ${DIALECT_RUNNERS.join(", ")} ${DIALECT_RUNNERS.length === 1 ? "is" : "are"}. Tests were not generated.`,
      `no test generated: itw generates tests for ${DIALECT_RUNNERS.join(", ")}, and this repository tests with ${input.testFramework ?? "no framework itw recognises"}.`
    );
  const app = http.map((p) => p.details.app).find(Boolean);
  if (!app)
    return refuse(
      gaps[0].location.file,
      "no exported app or app factory found, so tests cannot start the app in-process; export it (for example `export function createApp()`).",
      "no test generated: no exported app or app factory was found for tests to start (export it, for example `export function createApp()`)."
    );
  const framework = app.framework ?? http.find((p) => p.details.app).library;
  const harness = harnessFor(framework);
  if (!harness)
    return refuse(
      app.file,
      `generation for ${framework} apps is not available yet (${HARNESS_FRAMEWORKS.join(", ")} ${HARNESS_FRAMEWORKS.length === 1 ? "is" : "are"}). Tests were not generated.`,
      `no test generated: itw starts ${HARNESS_FRAMEWORKS.join(", ")} apps in tests, and this app is built with ${framework}.`
    );
  const untestable = /* @__PURE__ */ new Map();
  for (const p of http) {
    const reason = harness.untestable?.(p);
    if (reason) untestable.set(p.id, reason);
  }
  for (const p of gaps) if (untestable.has(p.id)) planGaps.push({ pointId: p.id, reason: `no test generated: ${untestable.get(p.id)}.` });
  const testable = (points) => points.filter((p) => !untestable.has(p.id));
  const dbPoints = input.points.filter(isDbPoint);
  const pgPoints = dbPoints.filter((p) => p.library === "pg");
  const withDatabase = pgPoints.length > 0 && input.dependencies.has("pg");
  const pools = pgPoints[0]?.details.pools ?? [];
  const clients = [...new Map(dbPoints.flatMap((p) => p.details.clients ?? []).map((c) => [`${c.file}#${c.export}`, c])).values()];
  const migrations = [...new Set(pgPoints.flatMap((p) => p.details.migrations ?? []))].sort();
  const typescript = /\.[cm]?tsx?$/.test(app.export.type === "routes" ? gaps[0].location.file : app.file);
  const style = input.module ?? DEFAULT_MODULE_STYLE;
  const importExt = typescript ? style.tsImportExt : ".js";
  const commonJs = !typescript && style.jsCommonJs;
  const testDirRel = toRepoPath(input.root, input.testDir);
  const supportDir = `${testDirRel}/_support`;
  const toRoot = `${path18.posix.relative(supportDir, ".") || "."}/`;
  const columns = /* @__PURE__ */ new Map();
  for (const p of pgPoints) {
    const d = p.details;
    if (d.columns) columns.set(d.table, d.columns);
  }
  const allResources = planResources(testable(http));
  const ctx = {
    dialect,
    typescript,
    importExt,
    resources: allResources,
    columns,
    withDatabase,
    databaseEnv: pools.find((p) => p.env)?.env ?? "DATABASE_URL"
  };
  const files = [];
  for (const gap of planResources(testable(gaps))) {
    const resource = allResources.find((r) => r.collection === gap.collection);
    const file = `${testDirRel}/${gap.name}${input.testSuffix ?? DEFAULT_TEST_SUFFIX}.${typescript ? "ts" : "js"}`;
    const rendered = renderResourceTests(resource, gap.endpoints, ctx, input.exclude?.get(file));
    const { scenarios } = rendered;
    planGaps.push(...rendered.gaps);
    if (scenarios.length === 0) continue;
    const tested = new Set(scenarios.map((s) => s.pointId));
    const endpoints = gap.endpoints.filter((e) => tested.has(e.point.id));
    const handled = new Set(scenarios.filter((s) => s.reachesHandler).map((s) => s.pointId));
    const reached = new Set(
      endpoints.filter((e) => handled.has(e.point.id)).flatMap((e) => reachedThrough(e.point, input.points).map((p) => p.id))
    );
    const header = [
      `itw: integration tests for ${gap.collection}, written by the template generator.`,
      `Points: ${endpoints.map((e) => `${e.point.key} (${e.point.location.file})`).join("; ")}`
    ];
    const { text, hash } = withHeader(header, commonJs ? toCommonJs(rendered.text) : rendered.text);
    files.push({ file, text, hash, scenarios, points: [...handled, ...reached], support: false, resource: gap.collection });
  }
  const reachedPoints = new Set(files.flatMap((f) => f.points));
  if (files.length === 0) return { files, services: [], diagnostics, gaps: unplanned(reachedPoints) };
  for (const support of supportFiles(
    {
      typescript,
      commonJs: typescript ? Boolean(style.tsCommonJs) : commonJs,
      importExt,
      toRoot,
      app,
      points: http,
      migrations,
      pools,
      clients,
      databaseEnv: ctx.databaseEnv,
      ...dialect.supportHelpers ? { dataHelpers: dialect.supportHelpers } : {},
      ...files.some((f) => /\bMISSING_UUID\b/.test(f.text)) ? { missingUuid: true } : {}
    },
    harness,
    withDatabase
  )) {
    const body = commonJs ? toCommonJs(support.text) : support.text;
    const { text, hash } = withHeader(["itw: shared support for the generated integration tests."], body);
    files.push({ file: `${supportDir}/${support.name}`, text, hash, scenarios: [], points: [], support: true });
  }
  return {
    files,
    services: withDatabase ? ["postgres"] : [],
    diagnostics,
    gaps: unplanned(reachedPoints),
    ...withDatabase ? { migrations } : {}
  };
}
var templateGenerator = { name: "template", plan: planTemplates };

// src/generate/index.ts
function toGeneratedTest(file, state) {
  const scenarios = file.scenarios.map((s) => ({ name: s.name, kind: s.kind, reachesHandler: s.reachesHandler }));
  return { file: file.file, points: file.points, scenarios, generator: { name: "template" }, hash: file.hash, state };
}

// src/generate/lint.ts
import fs12 from "node:fs";
import path21 from "node:path";

// src/run/runners/bin.ts
import fs10 from "node:fs";
import path19 from "node:path";
function packageBin(cwd, pkg, command = pkg) {
  for (let dir = path19.resolve(cwd); ; dir = path19.dirname(dir)) {
    const manifest = path19.join(dir, "node_modules", pkg, "package.json");
    if (fs10.existsSync(manifest)) {
      const { bin } = JSON.parse(fs10.readFileSync(manifest, "utf8"));
      const entry = typeof bin === "string" ? bin : bin?.[command];
      if (entry) return path19.join(path19.dirname(manifest), entry);
    }
    if (path19.dirname(dir) === dir) break;
  }
  throw new Error(`${pkg} is not installed in ${cwd} (nor above it); install the repository's dependencies first (npm ci).`);
}

// src/generate/gate.ts
var ROUNDS = 3;
async function excludeFailing(options) {
  const { writer, states } = options;
  let { plan, input } = options;
  const diagnostics = [];
  const dropped = [];
  const ours = (p) => p.files.filter((f) => states.get(f.file) !== "kept");
  const exclude = new Map([...input.exclude ?? []].map(([file, names]) => [file, new Set(names)]));
  for (let round = 1; round <= ROUNDS; round++) {
    const files = ours(plan);
    let problems;
    try {
      problems = await options.check(files.map((f) => ({ file: f.file, text: f.text })));
    } catch (error) {
      diagnostics.push(options.unchecked(error));
      return { plan, input, dropped, diagnostics };
    }
    if (problems.length === 0) break;
    options.log?.(`${problems.length} problems in the generated files (${options.verdict}); the scenarios they are in are left out`);
    const drop = (file, scenario, reason) => {
      if (exclude.get(file.file)?.has(scenario)) return;
      exclude.set(file.file, (exclude.get(file.file) ?? /* @__PURE__ */ new Set()).add(scenario));
      dropped.push({ file: file.file, scenario, reason: `${options.verdict}: ${reason}`, fileRemoved: false });
    };
    for (const problem of problems) {
      const file = files.find((f) => f.file === problem.file);
      const whole = file.support || !problem.scenario || round === ROUNDS;
      const targets = file.support ? files.filter((f) => !f.support) : [file];
      const where = file.support ? `${problem.file}: ` : "";
      for (const target of targets)
        for (const s of target.scenarios) if (whole || s.name === problem.scenario) drop(target, s.name, `${where}${problem.message}`);
    }
    input = { ...input, exclude };
    const replan = await planFormatted(options.generator, input);
    for (const file of files) {
      const again = replan.files.find((f) => f.file === file.file);
      if (!again) {
        await writer.discard(file.file);
        states.delete(file.file);
        for (const d of dropped) if (d.file === file.file) d.fileRemoved = true;
      } else if (again.text !== file.text) {
        states.set(file.file, await writer.write(again.file, again.text));
      }
    }
    plan = { ...replan, files: replan.files.filter((f) => states.has(f.file)) };
    if (!plan.files.some((f) => !f.support)) break;
  }
  return { plan, input, dropped, diagnostics };
}

// src/generate/scenario-lines.ts
async function toScenarios(files, problems) {
  if (problems.length === 0) return [];
  const ts = await loadTypeScript();
  const blocks = new Map(files.map((f) => [f.file, itBlocks(ts, f.file, f.text)]));
  return problems.map((e) => {
    const scenario = blocks.get(e.file)?.find((b) => e.line >= b.start && e.line <= b.end)?.name;
    return { file: e.file, ...scenario ? { scenario } : {}, message: `${e.message} (line ${e.line})` };
  });
}
function itBlocks(ts, file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const line = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const out = [];
  const visit = (node, titles) => {
    const first = ts.isCallExpression(node) ? node.arguments[0] : void 0;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && first && ts.isStringLiteralLike(first)) {
      const title = first.text;
      if (node.expression.text === "it" || node.expression.text === "test") {
        out.push({ name: [...titles, title].join(NAME_SEPARATOR), start: line(node.getStart(sf)), end: line(node.getEnd()) });
        return;
      }
      if (node.expression.text === "describe") {
        node.arguments.slice(1).forEach((a) => visit(a, [...titles, title]));
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, titles));
  };
  visit(sf, []);
  return out;
}

// src/generate/typecheck.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import fs11 from "node:fs";
import path20 from "node:path";
var TypecheckError = class extends Error {
};
var TSC_TIMEOUT_MS = 5 * 6e4;
var ERROR_LINE = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
async function typecheckGenerated(options) {
  const { root } = options;
  const tsc = packageBin(root, "typescript", "tsc");
  const base = path20.join(root, options.tsconfig);
  const dir = path20.dirname(base);
  const temp = path20.join(dir, `tsconfig.itw-${process.pid}-${randomUUID2().slice(0, 8)}.json`);
  const config = {
    extends: `./${path20.basename(base)}`,
    // Only checking: nothing is emitted, no build info is written, no root folder limits where tests live;
    // declaration files are not checked (their errors are not the generated files' anyway).
    compilerOptions: {
      skipLibCheck: true,
      noEmit: true,
      incremental: false,
      composite: false,
      emitDeclarationOnly: false,
      rootDir: path20.relative(dir, root) || "."
    },
    files: options.files.map((f) => path20.relative(dir, path20.join(root, f.file)).split(path20.sep).join("/")),
    include: []
  };
  fs11.writeFileSync(temp, `${JSON.stringify(config, null, 2)}
`);
  let result;
  try {
    result = await runProcess(process.execPath, [tsc, "--noEmit", "--pretty", "false", "-p", temp], {
      cwd: root,
      env: options.env ?? minimalEnv(),
      timeoutMs: TSC_TIMEOUT_MS
    });
  } finally {
    fs11.rmSync(temp, { force: true });
  }
  if (result.timedOut) throw new TypecheckError(`tsc did not finish within ${TSC_TIMEOUT_MS / 6e4} minutes`);
  const output = `${result.stdout}
${result.stderr}`;
  const generated = new Map(options.files.map((f) => [path20.resolve(root, f.file), f]));
  const errors = [];
  const foreign = [];
  for (const line of output.split(/\r?\n/)) {
    const m = ERROR_LINE.exec(line);
    if (m) {
      const file = generated.get(path20.resolve(root, m[1]));
      if (file) errors.push({ file: file.file, line: Number(m[2]), message: `${m[4]} ${m[5].trim()}` });
      else if (path20.resolve(root, m[1]) === temp || path20.resolve(root, m[1]) === base) foreign.push(line);
    } else if (/^error TS\d+:/.test(line)) foreign.push(line);
  }
  if (errors.length === 0 && result.code !== 0 && (foreign.length > 0 || !/error TS\d+/.test(output)))
    throw new TypecheckError(firstLines(foreign.length ? foreign.join("\n") : output));
  return toScenarios(options.files, errors);
}
function minimalEnv() {
  const env = {};
  for (const name of ["PATH", "HOME", "TMPDIR", "SystemRoot"]) if (process.env[name]) env[name] = process.env[name];
  return env;
}
function firstLines(text) {
  return text.trim().split("\n").slice(0, 3).join(" ").slice(0, 500);
}
async function excludeUncompilable(options) {
  const { root, plan, input, states } = options;
  const nothing = { plan, input, dropped: [], diagnostics: [] };
  const tests = plan.files.filter((f) => states.get(f.file) !== "kept" && !f.support);
  if (tests.length === 0 || !tests.some((f) => /\.[cm]?tsx?$/.test(f.file))) return nothing;
  const tsconfig = input.module?.tsconfig;
  if (!tsconfig)
    return {
      ...nothing,
      diagnostics: [
        {
          file: tests[0].file,
          message: "the generated tests were not type-checked: the repository has no tsconfig.json above the test folder."
        }
      ]
    };
  return excludeFailing({
    ...options,
    verdict: "does not compile",
    check: (files) => typecheckGenerated({ root, tsconfig, files }),
    unchecked: (error) => ({
      file: tsconfig,
      message: `the generated tests were not type-checked: ${error.message}. Install the repository's dependencies (typescript) and check that \`tsc -p ${tsconfig}\` runs.`
    })
  });
}
function nothingRan(dropped) {
  return { runs: 0, seeds: [], durationsMs: [], hung: [], dropped, broken: [] };
}
function recordCompileDrops(summary, dropped, kept) {
  for (const d of dropped) if (!kept.some((g) => g.file === d.file)) d.fileRemoved = true;
  summary.dropped.unshift(...dropped);
}

// src/generate/lint.ts
var LintError = class extends Error {
};
var LINT_TIMEOUT_MS = 5 * 6e4;
var FLAT_CONFIGS = ["js", "mjs", "cjs", "ts", "mts", "cts"].map((ext) => `eslint.config.${ext}`);
var LEGACY_CONFIGS = ["", ".js", ".cjs", ".yaml", ".yml", ".json"].map((ext) => `.eslintrc${ext}`);
function eslintConfigFor(root, dir) {
  for (let at = path21.resolve(dir); ; at = path21.dirname(at)) {
    for (const name of [...FLAT_CONFIGS, ...LEGACY_CONFIGS])
      if (fs12.existsSync(path21.join(at, name))) return path21.relative(root, path21.join(at, name)).split(path21.sep).join("/");
    if (at === path21.resolve(root) || path21.dirname(at) === at) return void 0;
  }
}
async function lintGenerated(options) {
  const { root } = options;
  const eslint = packageBin(root, "eslint");
  const args = [eslint, "--format", "json", "--no-warn-ignored", ...options.files.map((f) => f.file)];
  const result = await runProcess(process.execPath, args, { cwd: root, env: options.env ?? minimalEnv(), timeoutMs: LINT_TIMEOUT_MS });
  if (result.timedOut) throw new LintError(`eslint did not finish within ${LINT_TIMEOUT_MS / 6e4} minutes`);
  let results;
  try {
    results = result.code === 0 || result.code === 1 ? JSON.parse(result.stdout) : void 0;
  } catch {
    results = void 0;
  }
  if (!results) throw new LintError(firstLines2(result.stderr || result.stdout) || `eslint exited with code ${result.code}`);
  const generated = new Map(options.files.map((f) => [path21.resolve(root, f.file), f]));
  const errors = [];
  for (const r of results) {
    const file = generated.get(path21.resolve(root, r.filePath));
    if (!file) continue;
    for (const m of r.messages) {
      if (m.fatal) throw new LintError(`eslint could not parse ${file.file}: ${m.message} (line ${m.line ?? 1})`);
      if (m.severity === 2) errors.push({ file: file.file, line: m.line ?? 1, message: `${m.ruleId ?? "eslint"} ${m.message}` });
    }
  }
  return toScenarios(options.files, errors);
}
function firstLines2(text) {
  const lines = text.trim().split("\n").filter((l) => l.trim() && !/^\s+at /.test(l) && !/^Oops! Something went wrong|^ESLint: \d/.test(l));
  return lines.slice(0, 3).join(" ").slice(0, 500);
}
async function excludeUnlinted(options) {
  const { root, plan, input, states } = options;
  const nothing = { plan, input, dropped: [], diagnostics: [] };
  const tests = plan.files.filter((f) => states.get(f.file) !== "kept" && !f.support);
  const config = eslintConfigFor(root, options.testDir);
  if (tests.length === 0 || !config) return nothing;
  return excludeFailing({
    ...options,
    verdict: "does not pass lint",
    check: (files) => lintGenerated({ root, files }),
    unchecked: (error) => ({
      file: config,
      message: `the generated tests were not linted: ${error.message}. Check that the repository's own \`npx eslint\` runs (its dependencies installed, its config loads).`
    })
  });
}

// src/generate/accept.ts
async function acceptGenerated(options) {
  const { generator, root, testDir, writer, log, timed } = options;
  let { plan, input } = options;
  const diagnostics = [];
  const gapReasons = /* @__PURE__ */ new Map();
  const states = /* @__PURE__ */ new Map();
  for (const file of plan.files) states.set(file.file, await writer.write(file.file, file.text));
  const compiled = await timed("typecheck", () => excludeUncompilable({ root, generator, plan, input, writer, states, log }));
  ({ plan, input } = compiled);
  diagnostics.push(...compiled.diagnostics);
  const linted = await timed("lint", () => excludeUnlinted({ root, testDir, generator, plan, input, writer, states, log }));
  ({ plan, input } = linted);
  diagnostics.push(...linted.diagnostics);
  const refused = [...compiled.dropped, ...linted.dropped];
  if (!plan.files.some((f) => !f.support)) return { generated: [], outcomes: [], run: nothingRan(refused), diagnostics, gapReasons };
  const tests = plan.files.filter((f) => !f.support && states.get(f.file) !== "kept");
  for (const f of plan.files.filter((x) => states.get(x.file) === "kept"))
    diagnostics.push({ file: f.file, message: "kept as it is: a person wrote or edited it, so itw does not overwrite it." });
  log(
    `Wrote ${tests.length} test files (${tests.reduce((n, f) => n + f.scenarios.length, 0)} tests) under ${path22.relative(root, testDir) || "."}`
  );
  const { outcomes, summary } = await options.run(tests, plan);
  const generated = await keepReliable(generator, tests, states, outcomes, summary, writer, input);
  for (const d of summary.dropped) {
    const pointId2 = tests.find((f) => f.file === d.file)?.scenarios.find((s) => s.name === d.scenario)?.pointId;
    if (pointId2 && !gapReasons.has(pointId2)) gapReasons.set(pointId2, `its generated tests were dropped (${d.scenario}: ${d.reason})`);
  }
  recordCompileDrops(summary, refused, generated);
  return { generated, outcomes, run: summary, diagnostics, gapReasons };
}
async function keepReliable(generator, tests, states, outcomes, summary, writer, input) {
  const exclude = new Map([...input.exclude ?? []].map(([file, names]) => [file, new Set(names)]));
  for (const file of tests) {
    const fileOutcomes = outcomes.filter((o) => o.file === file.file);
    const wholeFile = fileOutcomes.find((o) => o.name === WHOLE_FILE);
    for (const scenario of file.scenarios) {
      const outcome = fileOutcomes.find((o) => o.name === scenario.name);
      if (outcome?.classification === "passed" && !wholeFile) continue;
      exclude.set(file.file, (exclude.get(file.file) ?? /* @__PURE__ */ new Set()).add(scenario.name));
      summary.dropped.push({ file: file.file, scenario: scenario.name, reason: dropReason(wholeFile ?? outcome), fileRemoved: false });
    }
  }
  const replan = exclude.size === 0 ? void 0 : await planFormatted(generator, { ...input, exclude });
  const kept = [];
  for (const file of tests) {
    const again = replan ? replan.files.find((f) => f.file === file.file) : file;
    if (!again) {
      await writer.discard(file.file);
      for (const d of summary.dropped) if (d.file === file.file) d.fileRemoved = true;
      continue;
    }
    const rewritten = again.text !== file.text && await writer.write(again.file, again.text) === "written";
    const evidence = await writer.write(again.file, withValidation(again.text, summary.runs)) === "written";
    const state = rewritten || evidence ? "written" : states.get(file.file) ?? "written";
    kept.push(toGeneratedTest(again, state === "unchanged" ? "unchanged" : "written"));
  }
  return kept;
}
function dropReason(outcome) {
  if (!outcome) return "it never ran: the runner reported no result for it";
  const { runs, failure } = outcome;
  const passed = runs.filter((r) => r === "passed").length;
  const error = failure ? `: ${failure.message}${failure.seed === void 0 ? "" : ` (seed ${failure.seed})`}` : "";
  if (outcome.name === WHOLE_FILE) return `its file failed in every run${error}`;
  if (outcome.classification === "skipped") return `it did not run: ${outcome.skipReason ?? "skipped"}`;
  if (passed === 0) return `failed ${runs.length === 1 ? "its only run" : `all ${runs.length} runs`}${error}`;
  return `flaky: passed ${passed} of ${runs.length} runs${error}`;
}
async function removeStale(writer, config, planned, log) {
  const owned = itwFilesUnder(config.root, config.testDir);
  const stale = owned.filter((f) => !isSupportFile(config, f) && !planned.has(f));
  const testsLeft = itwFilesUnder(config.root, config.testDir, true).filter((f) => !isSupportFile(config, f) && !stale.includes(f));
  if (testsLeft.length === 0) stale.push(...owned.filter((f) => isSupportFile(config, f)));
  const removed = [];
  for (const file of stale) if (await writer.discard(file)) removed.push(file);
  if (removed.length) {
    log(`Removed ${removed.length} file(s) itw wrote earlier that no plan of this run keeps: ${removed.join(", ")}`);
    const testDir = toRepoPath(config.root, config.testDir);
    await writer.pruneEmpty([`${testDir}/_support`, testDir]);
  }
}
var isSupportFile = (config, file) => file.startsWith(`${toRepoPath(config.root, config.testDir)}/_support/`);
function itwFilesUnder(root, dir, all = false) {
  const out = [];
  const walk = (at) => {
    for (const entry of fs13.readdirSync(at, { withFileTypes: true })) {
      const full = path22.join(at, entry.name);
      if (entry.isDirectory() && !entry.isSymbolicLink()) walk(full);
      else if (entry.isFile() && /\.[cm]?[jt]sx?$/.test(entry.name)) {
        const owner = ownership(fs13.readFileSync(full, "utf8"));
        if (all || owner.owner === "itw" && !owner.edited) out.push(toRepoPath(root, full));
      }
    }
  };
  if (fs13.existsSync(dir)) walk(dir);
  return out.sort();
}

// src/generate/writer.ts
import fs14 from "node:fs/promises";
import path23 from "node:path";
var SafeWriter = class {
  constructor(root, dir) {
    this.root = root;
    this.dir = dir;
  }
  root;
  dir;
  previous = /* @__PURE__ */ new Map();
  /** When each replaced file was last modified, so one that ends the run as it began keeps its times. */
  previousTimes = /* @__PURE__ */ new Map();
  createdDirs = [];
  async write(relative, text) {
    const target = resolveInside(this.dir, path23.relative(this.dir, resolveInside(this.root, relative)), "generated file");
    assertRealInside(this.root, target, `generated file ${relative}`, this.dir);
    const existing = await fs14.readFile(target, "utf8").catch((error) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (existing !== null) {
      if (existing === text) return "unchanged";
      const owner = ownership(existing);
      if (owner.owner === "person" || owner.edited) return "kept";
      const incoming = ownership(text);
      if (incoming.owner === "itw" && !incoming.edited && incoming.hash === owner.hash && validatedRuns(existing) && !validatedRuns(text))
        return "unchanged";
    }
    await this.remember(target, existing);
    const created = await fs14.mkdir(path23.dirname(target), { recursive: true });
    if (created) this.createdDirs.push(created);
    const temp = `${target}.itw-${process.pid}.tmp`;
    await fs14.writeFile(temp, text);
    await fs14.rename(temp, target);
    return "written";
  }
  /**
   * Removes a generated file that is itw's own and unedited (written by this run or left by an
   * earlier one), remembering its content so that `undoAll` brings it back if this run fails.
   */
  async discard(relative) {
    const target = resolveInside(this.root, relative);
    const existing = await fs14.readFile(target, "utf8").catch(() => null);
    if (existing === null) return false;
    const owner = ownership(existing);
    if (owner.owner !== "itw" || owner.edited) return false;
    await this.remember(target, existing);
    await fs14.rm(target, { force: true });
    return true;
  }
  async remember(target, existing) {
    if (this.previous.has(target)) return;
    this.previous.set(target, existing);
    if (existing !== null) {
      const { atimeMs, mtimeMs } = await fs14.stat(target);
      this.previousTimes.set(target, { atime: atimeMs / 1e3, mtime: mtimeMs / 1e3 });
    }
  }
  /**
   * At the end of a run that succeeded: a file rewritten on the way (re-rendered without a scenario,
   * then back) whose content is again what it was gets its old times back, so an unchanged file looks
   * unchanged to every tool. Returns the repository-relative paths whose content ended as it began.
   */
  async settle() {
    const unchanged = /* @__PURE__ */ new Set();
    for (const [target, before2] of this.previous) {
      if (before2 === null) continue;
      const now = await fs14.readFile(target, "utf8").catch(() => null);
      if (now !== before2) continue;
      const times = this.previousTimes.get(target);
      if (times) await fs14.utimes(target, times.atime, times.mtime);
      unchanged.add(path23.relative(this.root, target).split(path23.sep).join("/"));
    }
    return unchanged;
  }
  /** Removes a file this writer created (or restores what it replaced). */
  async undo(relative) {
    const target = resolveInside(this.root, relative);
    if (!this.previous.has(target)) return;
    const before2 = this.previous.get(target);
    if (before2 === null) await fs14.rm(target, { force: true });
    else {
      await fs14.mkdir(path23.dirname(target), { recursive: true });
      await fs14.writeFile(target, before2);
    }
    this.previous.delete(target);
  }
  /** Undoes every change; returns how many files it removed or restored. */
  async undoAll() {
    const targets = [...this.previous.keys()];
    for (const target of targets) await this.undo(path23.relative(this.root, target));
    await this.removeCreatedDirs();
    return targets.length;
  }
  /** Removes these folders (deepest first) when they hold nothing any more. */
  async pruneEmpty(dirs) {
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) await removeEmptyTree(resolveInside(this.root, dir));
  }
  /** Folders this writer created and that are empty again; nothing a person made. */
  async removeCreatedDirs() {
    for (const top of this.createdDirs.splice(0).reverse()) await removeEmptyTree(top);
  }
};
async function removeEmptyTree(dir) {
  const entries = await fs14.readdir(dir, { withFileTypes: true }).catch(() => void 0);
  if (!entries) return false;
  let empty = true;
  for (const e of entries) empty = e.isDirectory() && await removeEmptyTree(path23.join(dir, e.name)) && empty;
  if (empty) await fs14.rmdir(dir);
  return empty;
}

// src/run/runners/jest.ts
import fs16 from "node:fs";
import path25 from "node:path";

// src/run/runners/runner-failure.ts
var ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
var ERROR_LINE2 = /^\s*(?:[A-Z][\w$.]*)?(?:Error|Exception)\b(?:\s*\[[\w-]+\])?:|^\s*(?:error|failed to)\b/i;
var STACK_LINE = /^\s+at\s|^\s*❯\s|^\s*file:\/\//;
function runnerFailure(runner, exit, runEnded) {
  const output = `${exit.stderr}
${exit.stdout}`.replace(ANSI, "");
  const lines = output.split(/\r?\n/);
  const start = lines.findIndex((l) => ERROR_LINE2.test(l));
  let excerpt = [];
  if (start !== -1) {
    for (const line of lines.slice(start)) {
      if (STACK_LINE.test(line)) break;
      if (!line.trim() || line.includes("\u23AF")) continue;
      excerpt.push(line.trim());
      if (excerpt.length === 6) break;
    }
  } else {
    excerpt = lines.filter((l) => l.trim() && !STACK_LINE.test(l)).slice(-5).map((l) => l.trim());
  }
  const how = exit.signal ? `was ended by ${exit.signal}` : `exited ${exit.code ?? "without a code"}`;
  const when = runEnded ? "after its tests" : "before reporting its tests";
  const said = excerpt.length ? `: ${excerpt.join("\n")}` : " and printed nothing";
  return { message: `${runner} ${how} ${when}${said}`, stack: output.trim().slice(-8e3) || void 0 };
}

// src/run/runners/test-script.ts
var import_parse = __toESM(require_parse(), 1);
import fs15 from "node:fs";
import path24 from "node:path";
function readTestScript(cwd, scriptName = "test") {
  let scripts = {};
  try {
    const manifest = JSON.parse(fs15.readFileSync(path24.join(cwd, "package.json"), "utf8"));
    scripts = manifest.scripts ?? {};
  } catch {
  }
  return testInvocation(scripts, scriptName);
}
function testInvocation(scripts, scriptName = "test") {
  const text = typeof scripts[scriptName] === "string" ? scripts[scriptName] : "";
  return invocationOf(text, scripts, /* @__PURE__ */ new Set([scriptName])) ?? none(text);
}
function none(script) {
  return { runner: void 0, env: {}, nodeArgs: [], runnerArgs: [], script };
}
var MAX_SCRIPT_DEPTH = 3;
function invocationOf(script, scripts, seen) {
  const exported = {};
  for (const words of segments(script)) {
    const found2 = commandOf(words, scripts, seen);
    if (found2 === "export") {
      Object.assign(exported, assignments(words.slice(1)));
      continue;
    }
    if (!found2?.runner) continue;
    const env = { ...exported, ...found2.env };
    const nodeOptions = env.NODE_OPTIONS;
    delete env.NODE_OPTIONS;
    const inner = found2.script !== void 0;
    return {
      runner: found2.runner,
      env,
      nodeArgs: [...nodeOptions ? nodeOptionsArgs(nodeOptions) : [], ...found2.nodeArgs],
      runnerArgs: found2.runnerArgs,
      script: inner ? found2.script : script
    };
  }
  return void 0;
}
function segments(script) {
  const entries = (0, import_parse.default)(script, (key) => `${UNSET}${key}${UNSET_END}`);
  const out = [[]];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (typeof entry === "string") out[out.length - 1].push(entry);
    else if ("comment" in entry) break;
    else if (entry.op === "glob") out[out.length - 1].push(entry.pattern);
    else if (["&&", "||", ";", "|", "|&", "&", ";;"].includes(entry.op)) out.push([]);
    else if ([">", ">>", "<", ">&", "&>", "&>>", "<&", ">|", "<>", "<<<"].includes(entry.op)) i++;
  }
  return out.filter((words) => words.length > 0);
}
var ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
var UNSET = "\uE000";
var UNSET_END = "\uE001";
var REFERENCE2 = /\uE000[^\uE001]*\uE001/g;
function assignments(words) {
  const env = {};
  for (const word of words) {
    const match = ASSIGNMENT.exec(word);
    if (!match) continue;
    const [, name, value] = match;
    if (!value.includes(UNSET)) env[name] = value;
    else if (name === "NODE_OPTIONS") env[name] = value.replace(REFERENCE2, "");
  }
  return env;
}
var WRAPPERS = /* @__PURE__ */ new Set(["cross-env", "env", "c8", "nyc", "dotenv", "dotenv-cli", "with-env", "time", "nice"]);
var WRAPPER_VALUES = /* @__PURE__ */ new Set([
  "-e",
  "-c",
  "-v",
  "--reporter",
  "-r",
  "--exclude",
  "--include",
  "--report-dir",
  "--reports-dir",
  "--temp-directory",
  "--src",
  "-n"
]);
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "bun"]);
var PACKAGE_RUNNERS = /* @__PURE__ */ new Set(["npx", "pnpx", "bunx"]);
function commandOf(input, scripts, seen) {
  const env = {};
  let words = [...input];
  const takeAssignments = () => {
    while (words.length && ASSIGNMENT.test(words[0])) Object.assign(env, assignments([words.shift()]));
  };
  takeAssignments();
  for (; ; ) {
    const head = words[0];
    if (head === void 0) return void 0;
    const name = commandName(head);
    if (name === "export") return "export";
    if (name === "cross-env-shell") {
      words.shift();
      takeAssignments();
      const inner = invocationOf(words.join(" "), scripts, seen);
      return inner && { runner: inner.runner, env: { ...env, ...inner.env }, nodeArgs: inner.nodeArgs, runnerArgs: inner.runnerArgs };
    }
    if (WRAPPERS.has(name)) {
      words.shift();
      takeAssignments();
      words = afterOptions(words, WRAPPER_VALUES);
      takeAssignments();
      continue;
    }
    if (PACKAGE_RUNNERS.has(name)) {
      words = afterOptions(words.slice(1), /* @__PURE__ */ new Set(["-p", "--package", "-c", "--call"]));
      continue;
    }
    if (PACKAGE_MANAGERS.has(name)) {
      const [sub, ...rest] = afterOptions(
        words.slice(1),
        /* @__PURE__ */ new Set(["-w", "--workspace", "--filter", "-F", "--prefix", "-C", "--dir", "--cwd"])
      );
      if (sub === void 0) return void 0;
      if (sub === "exec" || sub === "x" || sub === "dlx") {
        words = afterOptions(rest, /* @__PURE__ */ new Set(["-p", "--package", "-c", "--call"]));
        continue;
      }
      const target = sub === "run" || sub === "run-script" ? afterOptions(rest, /* @__PURE__ */ new Set())[0] : sub === "t" || sub === "tst" ? "test" : sub;
      const extra = sub === "run" || sub === "run-script" ? afterOptions(rest, /* @__PURE__ */ new Set()).slice(1) : rest;
      const body = target === void 0 ? void 0 : scripts[target];
      if (target !== void 0 && typeof body === "string") {
        if (seen.has(target) || seen.size > MAX_SCRIPT_DEPTH) return void 0;
        const inner = invocationOf(body, scripts, /* @__PURE__ */ new Set([...seen, target]));
        if (!inner?.runner) return void 0;
        const more = runnerOptions(
          inner.runner,
          extra.filter((w) => w !== "--")
        );
        return {
          ...inner,
          env: { ...env, ...inner.env },
          nodeArgs: [...inner.nodeArgs, ...more.nodeArgs],
          runnerArgs: [...inner.runnerArgs, ...more.runnerArgs],
          script: inner.script
        };
      }
      if (name === "npm" || sub === "run" || sub === "run-script") return void 0;
      words = [sub, ...rest];
      continue;
    }
    if (name === "node" || name === "tsx") return nodeCommand(name, words.slice(1), env);
    const runner = runnerOfBin(head);
    if (runner) {
      const { runnerArgs, nodeArgs } = runnerOptions(runner, words.slice(1));
      return { runner, env, nodeArgs, runnerArgs };
    }
    return void 0;
  }
}
function afterOptions(words, valued) {
  let i = 0;
  while (i < words.length && words[i].startsWith("-")) {
    const word = words[i];
    i++;
    if (word === "--") break;
    if (valued.has(word)) i++;
  }
  return words.slice(i);
}
function commandName(word) {
  return word.replace(/\\/g, "/").split("/").pop();
}
function runnerOfBin(word) {
  const normal2 = word.replace(/\\/g, "/");
  const base = commandName(normal2).replace(/\.(c|m)?js$/, "");
  if (base === "jest" || /(^|\/)node_modules\/jest(-cli)?\/bin\//.test(normal2)) return "jest";
  if (base === "mocha" || base === "_mocha") return "mocha";
  if (base === "vitest") return "vitest";
  return void 0;
}
var JEST = {
  valued: new Set(
    [
      "cacheDirectory changedSince collectCoverageFrom config c coverageDirectory coverageThreshold filter globalSetup globalTeardown",
      "globals haste maxWorkers w moduleNameMapper outputFile preset prettierPath resolver rootDir runner shard testEnvironment env",
      "testEnvironmentOptions testFailureExitCode testNamePattern t testResultsProcessor testRunner testSequencer transform",
      "coveragePathIgnorePatterns coverageReporters ignoreProjects moduleDirectories moduleFileExtensions modulePathIgnorePatterns",
      "modulePaths projects reporters roots selectProjects setupFiles setupFilesAfterEnv snapshotSerializers testMatch",
      "testPathIgnorePatterns testPathPatterns testPathPattern testRegex transformIgnorePatterns unmockedModulePathPatterns",
      "watchPathIgnorePatterns coverageProvider notifyMode maxConcurrency openHandlesTimeout seed testTimeout workerGracefulExitTimeout"
    ].join(" ").split(" ").map(flag)
  ),
  dropped: new Set(
    [
      "watch watchAll coverage collectCoverage collectCoverageFrom coverageDirectory coverageProvider coverageReporters",
      "coverageThreshold coveragePathIgnorePatterns json outputFile reporters testLocationInResults randomize seed showSeed",
      "runTestsByPath ci watchman passWithNoTests color colors testNamePattern t testPathPatterns testPathPattern findRelatedTests",
      "onlyChanged o onlyFailures f changedSince lastCommit changedFilesWithAncestor listTests clearCache showConfig bail b",
      "updateSnapshot u testFailureExitCode filter shard debug notify notifyMode watchPathIgnorePatterns"
    ].join(" ").split(" ").map(flag)
  )
};
var MOCHA = {
  valued: new Set(
    "extension file global globals ignore exclude node-option n reporter-option reporter-options O require r spec watch-files watch-ignore retries jobs j config fgrep f grep g package reporter R ui u slow s timeout t timeouts".split(" ").map(flag)
  ),
  dropped: new Set(
    "watch w watch-files watch-ignore reporter R reporter-option reporter-options O grep g fgrep f invert i spec bail b color c colors no-colors C no-color dry-run list-interfaces list-reporters ignore exclude".split(" ").map(flag)
  )
};
var VITEST = {
  valued: new Set(
    "config c root r dir project environment pool reporter outputFile testNamePattern t mode shard changed retry maxWorkers minWorkers testTimeout hookTimeout teardownTimeout setupFiles globalSetup exclude include workspace inspect inspect-brk inspectBrk silent sequence.seed".split(" ").map(flag)
  ),
  dropped: new Set(
    "watch w run reporter outputFile testNamePattern t changed related update u bail shard ui open api passWithNoTests color no-color silent".split(" ").map(flag)
  ),
  droppedPrefixes: ["--coverage", "--outputFile", "--sequence", "--reporter", "--browser", "--watch"]
};
var NODE_VALUED = new Set(
  [
    "-r --require --import --loader --experimental-loader -C --conditions --env-file --env-file-if-exists --input-type --title",
    "--disable-warning --watch-path --redirect-warnings --stack-size --max-old-space-size --inspect-port --unhandled-rejections",
    "--experimental-default-type --experimental-config-file --localstorage-file --openssl-config --icu-data-dir --diagnostic-dir",
    "--test-reporter --test-reporter-destination --test-name-pattern --test-skip-pattern --test-concurrency --test-timeout",
    "--test-shard --test-isolation --experimental-test-isolation --test-global-setup --test-coverage-include --test-coverage-exclude",
    "--test-coverage-branches --test-coverage-functions --test-coverage-lines --tsconfig"
  ].join(" ").split(" ")
);
var NODE_DROPPED = new Set(
  [
    "--watch --watch-path --watch-preserve-output --inspect --inspect-brk --inspect-wait --inspect-port --test --test-only",
    "--test-reporter --test-reporter-destination --test-name-pattern --test-skip-pattern --test-shard --test-update-snapshots",
    "--experimental-test-coverage --test-coverage-include --test-coverage-exclude --test-coverage-branches",
    "--test-coverage-functions --test-coverage-lines"
  ].join(" ").split(" ")
);
function unknowable(word) {
  return word.includes(UNSET);
}
function flag(name) {
  return name.length === 1 ? `-${name}` : `--${name}`;
}
function optionName(word) {
  const eq = word.indexOf("=");
  return eq === -1 ? word : word.slice(0, eq);
}
function runnerOptions(runner, words) {
  if (runner === "node:test") return splitNodeOptions(words);
  const table = runner === "jest" ? JEST : runner === "mocha" ? MOCHA : VITEST;
  const runnerArgs = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === "--") break;
    if (!word.startsWith("-") || word === "-") continue;
    const name = optionName(word);
    const withValue = !word.includes("=") && table.valued.has(name) && i + 1 < words.length;
    const boolValue2 = !word.includes("=") && !table.valued.has(name) && /^(true|false)$/.test(words[i + 1] ?? "");
    const option = withValue || boolValue2 ? [word, words[++i]] : [word];
    const base = name.replace(/^--no-/, "--");
    const dropped = table.dropped.has(name) || table.dropped.has(base) || (table.droppedPrefixes ?? []).some((p) => name === p || name.startsWith(`${p}.`));
    if (!dropped && !option.some(unknowable)) runnerArgs.push(...option);
  }
  return { runnerArgs, nodeArgs: [] };
}
function splitNodeOptions(words) {
  const runnerArgs = [];
  const nodeArgs = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === "--") break;
    if (!word.startsWith("-")) continue;
    const name = optionName(word);
    const option = !word.includes("=") && NODE_VALUED.has(name) && i + 1 < words.length ? [word, words[++i]] : [word];
    if (NODE_DROPPED.has(name) || option.some(unknowable)) continue;
    if (/^--(experimental-)?test-/.test(name)) runnerArgs.push(...option);
    else nodeArgs.push(...option);
  }
  return { runnerArgs, nodeArgs };
}
function nodeOptionsArgs(value) {
  return splitNodeOptions((0, import_parse.default)(value).filter((w) => typeof w === "string")).nodeArgs;
}
function nodeCommand(name, words, env) {
  const before2 = [];
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i];
    if (word === "--") {
      i++;
      break;
    }
    if (!word.startsWith("-")) break;
    before2.push(word);
    if (!word.includes("=") && NODE_VALUED.has(word) && i + 1 < words.length) before2.push(words[++i]);
  }
  const tsconfig = before2.findIndex((w) => optionName(w) === "--tsconfig");
  if (name === "tsx" && tsconfig !== -1) {
    const option = before2[tsconfig];
    env = { ...env, TSX_TSCONFIG_PATH: option.includes("=") ? option.slice(option.indexOf("=") + 1) : before2[tsconfig + 1] };
    before2.splice(tsconfig, option.includes("=") ? 1 : 2);
  }
  const viaTsx = name === "tsx" ? ["--import", "tsx"] : [];
  if (name === "tsx" && words[0] === "watch") return void 0;
  if (before2.some((w) => w === "--test")) {
    const { runnerArgs, nodeArgs: nodeArgs2 } = splitNodeOptions([...before2, ...words.slice(i)]);
    return { runner: "node:test", env, nodeArgs: [...viaTsx, ...nodeArgs2], runnerArgs };
  }
  const script = words[i];
  const runner = script === void 0 ? void 0 : runnerOfBin(script);
  if (!runner) return void 0;
  const nodeArgs = [...viaTsx, ...splitNodeOptions(before2).nodeArgs];
  return { runner, env, nodeArgs, runnerArgs: runnerOptions(runner, words.slice(i + 1)).runnerArgs };
}

// src/run/runners/jest.ts
var jestRunner = {
  name: "jest",
  command({ cwd, files, seed, reportFile, progressFile }) {
    const entry = packageBin(cwd, "jest");
    const own = ownInvocation(cwd);
    const dir = path25.dirname(progressFile);
    const reporter = path25.join(dir, "itw-jest-reporter.cjs");
    fs16.writeFileSync(reporter, progressReporter(progressFile));
    return {
      command: process.execPath,
      args: [
        // Jest's workers are forked with this process's Node options, so `--experimental-vm-modules`
        // (ESM tests) and loaders reach the processes that run the tests.
        ...own?.nodeArgs ?? [],
        entry,
        ...own?.runnerArgs ?? [],
        "--ci",
        "--no-watchman",
        "--no-color",
        "--json",
        `--outputFile=${reportFile}`,
        "--testLocationInResults",
        "--randomize",
        `--seed=${seed}`,
        "--passWithNoTests=false",
        `--reporters=${reporter}`,
        "--runTestsByPath",
        ...files
      ],
      ...own && Object.keys(own.env).length > 0 ? { env: own.env } : {}
    };
  },
  async selects(cwd, files) {
    const own = ownInvocation(cwd);
    const args = [
      ...own?.nodeArgs ?? [],
      packageBin(cwd, "jest"),
      ...own?.runnerArgs ?? [],
      "--ci",
      "--json",
      "--listTests",
      "--runTestsByPath",
      ...files
    ];
    const env = { ...own?.env };
    for (const name of ["PATH", "HOME", "TMPDIR"]) if (process.env[name]) env[name] = process.env[name];
    const result = await runProcess(process.execPath, args, { cwd, env, timeoutMs: LIST_TIMEOUT_MS });
    const listed = result.code === 0 ? parseList(result.stdout) : void 0;
    if (!listed)
      throw new Error(
        `jest --listTests failed (${result.timedOut ? "timed out" : `exit ${result.code}`}): ${result.stderr.trim().split("\n")[0] ?? ""}`
      );
    return listed.map((file) => path25.relative(cwd, file).split(path25.sep).join("/"));
  },
  read({ report, progress, root, process: exit }) {
    const rel = (file) => path25.relative(root, file).split(path25.sep).join("/");
    const evidence = { results: [], fileErrors: /* @__PURE__ */ new Map(), runErrors: [], declared: /* @__PURE__ */ new Map() };
    const addFileError = (file, error) => {
      const list = evidence.fileErrors.get(file) ?? [];
      if (!list.some((e) => e.message === error.message)) list.push(error);
      evidence.fileErrors.set(file, list);
    };
    let runEnded = false;
    const open = /* @__PURE__ */ new Set();
    for (const event of progressEvents(progress)) {
      if (event.event === "start") {
        evidence.declared.set(rel(event.file), event.tests);
        open.add(rel(event.file));
      } else if (event.event === "end") {
        open.delete(rel(event.file));
        for (const error of event.errors ?? []) addFileError(rel(event.file), error);
      } else if (event.event === "run-end") {
        runEnded = true;
        for (const { file, ...error } of event.unhandled) {
          if (file) addFileError(rel(file), error);
          else evidence.runErrors.push(error);
        }
      }
    }
    if (report !== void 0) {
      const json = JSON.parse(report);
      for (const file of json.testResults ?? []) {
        const relFile = rel(file.name);
        const assertions = file.assertionResults ?? [];
        if (file.status === "failed" && assertions.length === 0 && !evidence.fileErrors.has(relFile) && file.message?.trim()) {
          addFileError(relFile, { message: suiteMessage(file.message), stack: file.message });
        }
        for (const t2 of assertions) evidence.results.push(assertionResult(relFile, file.name, t2));
      }
    } else {
      for (const event of progressEvents(progress)) {
        if (event.event === "test") evidence.results.push(progressResult(rel(event.file), event.name, event.state));
      }
    }
    const how = exit.signal ? `was ended by ${exit.signal}` : `exited ${exit.code ?? "without a code"}`;
    if (!runEnded && !exit.timedOut && (exit.code !== 0 || exit.signal)) {
      const failure = runnerFailure("jest", exit, false);
      const said = jestHeading(exit) ?? failure.message.replace(/^[^:]*: /, "");
      for (const file of open) addFileError(file, { message: `jest ${how} while this file ran: ${said}`, stack: failure.stack });
    }
    if (exit.timedOut && runEnded) {
      evidence.runErrors.push({
        message: "jest did not exit after its tests ended: something a test opened (a server, a database pool, a timer) kept it running",
        stack: `${exit.stderr}
${exit.stdout}`.trim().slice(-8e3) || void 0
      });
    }
    const explained = evidence.results.some((r) => r.status === "failed") || evidence.fileErrors.size > 0 || evidence.runErrors.length > 0;
    if ((exit.code !== 0 || report === void 0) && !explained && !exit.timedOut) {
      evidence.runErrors.push(runnerFailure("jest", exit, runEnded));
    }
    return evidence;
  }
};
var LIST_TIMEOUT_MS = 6e4;
function ownInvocation(cwd) {
  const script = readTestScript(cwd);
  return script.runner === "jest" ? script : void 0;
}
function parseList(stdout) {
  const start = stdout.lastIndexOf("\n[", stdout.length) + 1;
  try {
    const list = JSON.parse(stdout.slice(start).trim());
    return Array.isArray(list) && list.every((f) => typeof f === "string") ? list : void 0;
  } catch {
    return void 0;
  }
}
function jestHeading(exit) {
  return /^\s*●\s+(\S.*)$/m.exec(`${exit.stderr}
${exit.stdout}`)?.[1]?.trim();
}
function statusOf(jestStatus) {
  return jestStatus === "passed" ? "passed" : jestStatus === "failed" ? "failed" : "skipped";
}
function skipReason(jestStatus) {
  return `declared ${jestStatus === "todo" ? "todo" : "skipped"} in the test file`;
}
function progressResult(file, name, state) {
  const status2 = statusOf(state);
  return { file, name, status: status2, durationMs: 0, ...status2 === "skipped" ? { skipReason: skipReason(state) } : {} };
}
function assertionResult(relFile, absoluteFile, t2) {
  const status2 = statusOf(t2.status);
  const failureText = t2.failureMessages?.find((m) => m.trim());
  return {
    file: relFile,
    name: testName2([...t2.ancestorTitles, t2.title]),
    status: status2,
    durationMs: Math.round(t2.duration ?? 0),
    line: t2.location?.line,
    failure: status2 === "failed" ? {
      message: failureText ? assertionMessage(failureText) : "failed",
      stack: failureText,
      line: failureText ? lineIn(failureText, absoluteFile) : void 0
    } : void 0,
    ...status2 === "skipped" ? { skipReason: skipReason(t2.status) } : {}
  };
}
function firstLine2(text) {
  return text.trim().split("\n")[0].trim();
}
function assertionMessage(text) {
  const head = firstLine2(text);
  const values = text.split("\n").map((l) => l.trim()).filter((l) => /^(?:Expected|Received)(?: [a-z ]+)?: /.test(l));
  return values.length ? `${head} (${values.slice(0, 2).join(", ")})` : head;
}
function suiteMessage(text) {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("\u25CF"));
  return lines[0] ?? firstLine2(text);
}
function lineIn(stack, absoluteFile) {
  const escaped = absoluteFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}:(\\d+):\\d+`).exec(stack);
  return match ? Number(match[1]) : void 0;
}
function progressReporter(progressFile) {
  return `'use strict';
const { appendFileSync } = require('node:fs');
const out = ${JSON.stringify(progressFile)};
const nameOf = (r) => [...(r.ancestorTitles || []), r.title].join(${JSON.stringify(NAME_SEPARATOR)});
const write = (line) => appendFileSync(out, JSON.stringify(line) + '\\n');
const errorOf = (e) => {
  const stack = e && e.stack ? String(e.stack) : undefined;
  let message = e && e.message ? String(e.message) : '';
  // An afterAll error comes with its text only in the stack.
  if (!message && stack) message = stack.split('\\n    at ')[0].replace(/^Error: /, '');
  return { message: message || String(e || 'unknown error'), ...(stack ? { stack } : {}) };
};
class ItwProgress {
  constructor() { this.reported = new Map(); }
  onTestFileStart(test) { write({ event: 'start', file: test.path, tests: [] }); }
  onTestStart(test) { this.onTestFileStart(test); }
  onTestCaseResult(test, result) {
    const name = nameOf(result);
    this.reported.set(test.path, (this.reported.get(test.path) || new Set()).add(name));
    write({ event: 'test', file: test.path, name, state: result.status });
  }
  onTestFileResult(test, result) {
    const done = this.reported.get(test.path) || new Set();
    // Skipped tests (and every test, before Jest reported tests one by one) have no case result of their own.
    for (const r of result.testResults || []) if (!done.has(nameOf(r))) write({ event: 'test', file: test.path, name: nameOf(r), state: r.status });
    const tests = (result.testResults || []).map(nameOf);
    write({ event: 'start', file: test.path, tests });
    write({ event: 'end', file: test.path, tests, errors: result.testExecError ? [errorOf(result.testExecError)] : [] });
  }
  onTestResult(test, result) { this.onTestFileResult(test, result); }
  onRunComplete(contexts, results) {
    write({ event: 'run-end', reason: results.wasInterrupted ? 'interrupted' : results.success ? 'passed' : 'failed', unhandled: results.runExecError ? [errorOf(results.runExecError)] : [] });
  }
  getLastError() { return undefined; }
}
module.exports = ItwProgress;
`;
}

// src/run/runners/mocha.ts
import fs17 from "node:fs";
import path26 from "node:path";
var OMITTED_CONFIG_KEYS = [
  "_",
  "spec",
  "ignore",
  "exclude",
  "grep",
  "g",
  "fgrep",
  "f",
  "invert",
  "i",
  "bail",
  "b",
  "retries",
  "watch",
  "w",
  "watch-files",
  "watch-ignore",
  "reporter",
  "R",
  "reporter-option",
  "reporter-options",
  "O"
];
var mochaRunner = {
  name: "mocha",
  shuffles: false,
  command({ cwd, files, reportFile, progressFile }) {
    const entry = packageBin(cwd, "mocha");
    const loader = mochaConfigLoader(entry);
    const found2 = readTestScript(cwd);
    const script = found2.runner === "mocha" ? found2 : { env: {}, nodeArgs: [], runnerArgs: [] };
    const { sources, runnerArgs } = configSources(script.runnerArgs);
    const scratch = path26.dirname(progressFile);
    const config = path26.join(scratch, "itw-mocharc.cjs");
    fs17.writeFileSync(config, configModule(loader, sources.config, script.env));
    const pkg = path26.join(scratch, "itw-mocha-package.json");
    fs17.writeFileSync(pkg, JSON.stringify({ mocha: sources.package === false ? {} : packageMochaKey(cwd, sources.package) ?? {} }));
    const reporter = path26.join(scratch, "itw-mocha-reporter.cjs");
    const requested = files.map((f) => path26.resolve(cwd, f));
    fs17.writeFileSync(reporter, progressReporter2(progressFile, reportFile, requested));
    fs17.writeFileSync(reportFile, JSON.stringify({ requested }));
    return {
      command: process.execPath,
      args: [
        ...script.nodeArgs,
        entry,
        ...runnerArgs,
        `--config=${config}`,
        `--package=${pkg}`,
        `--reporter=${reporter}`,
        // One process runs the files in the given order (the reporter sees every suite), each test once (no
        // retries), and no failure stops the rest (no bail).
        "--no-parallel",
        "--no-bail",
        "--retries=0",
        "--no-color",
        ...files
      ]
    };
  },
  read({ report, progress, root, process: exit }) {
    const rel = (file) => path26.relative(root, file).split(path26.sep).join("/");
    const json = report === void 0 ? void 0 : parseReport(report);
    const asked = new Set((json?.requested ?? []).map(rel));
    const wanted = (file) => asked.size === 0 || asked.has(file);
    const evidence = { results: [], fileErrors: /* @__PURE__ */ new Map(), runErrors: [], declared: /* @__PURE__ */ new Map() };
    const addFileError = (file, error) => {
      if (!wanted(file)) return;
      const list = evidence.fileErrors.get(file) ?? [];
      if (!list.some((e) => e.message === error.message)) list.push(error);
      evidence.fileErrors.set(file, list);
    };
    const declare = (file, names) => {
      if (wanted(file) && !evidence.declared.has(file)) evidence.declared.set(file, names);
    };
    let runEnded = false;
    let reporterRan = false;
    const progressStates = /* @__PURE__ */ new Map();
    for (const event of progressEvents(progress)) {
      reporterRan = true;
      if (event.event === "start") declare(rel(event.file), event.tests);
      else if (event.event === "test") progressStates.set(`${event.file}\0${event.name}`, event);
      else if (event.event === "end") for (const error of event.errors ?? []) addFileError(rel(event.file), error);
      else if (event.event === "run-end") {
        runEnded = true;
        for (const { file, ...error } of event.unhandled) {
          if (file) addFileError(rel(file), error);
          else evidence.runErrors.push(error);
        }
      }
    }
    for (const [file, names] of Object.entries(json?.declared ?? {})) declare(rel(file), names);
    const tests = json?.tests ?? [...progressStates.values()].map((t2) => {
      const state = t2.state === "passed" || t2.state === "failed" ? t2.state : "pending";
      return {
        ...t2,
        state,
        durationMs: 0,
        ...state === "failed" ? { error: { message: "failed (mocha was ended before it reported why)" } } : {}
      };
    });
    for (const t2 of tests) if (wanted(rel(t2.file))) evidence.results.push(testResult(rel(t2.file), t2));
    if (!reporterRan && exit.code !== 0 && !exit.timedOut) {
      const failed = loadFailure(`${exit.stderr}
${exit.stdout}`, json?.requested ?? []);
      if (failed) {
        addFileError(rel(failed.file), failed.error);
        evidence.runErrors.push({ message: `mocha ran no test: ${rel(failed.file)} did not load (${failed.error.message})` });
      }
    }
    const explained = evidence.results.some((r) => r.status === "failed") || evidence.fileErrors.size > 0 || evidence.runErrors.length > 0;
    if ((exit.code !== 0 || !runEnded) && !explained && !exit.timedOut) {
      evidence.runErrors.push(runnerFailure("mocha", exit, runEnded));
    }
    return evidence;
  }
};
function parseReport(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
var SKIP_REASONS = {
  declared: "declared skipped in the test file",
  runtime: "skipped at run time (this.skip() in the test or a hook)"
};
function testResult(file, t2) {
  const status2 = t2.state === "passed" ? "passed" : t2.state === "failed" ? "failed" : "skipped";
  const stack = t2.error?.stack;
  return {
    file,
    name: t2.name,
    status: status2,
    durationMs: Math.round(t2.durationMs),
    failure: status2 === "failed" ? { message: t2.error?.message ?? "failed", stack, line: stack ? lineIn2(stack, t2.file, file) : void 0 } : void 0,
    ...status2 === "skipped" ? { skipReason: SKIP_REASONS[t2.skip ?? "declared"] } : {}
  };
}
function lineIn2(stack, absoluteFile, relativeFile) {
  const escape2 = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`(?:${escape2(absoluteFile)}|(?<=[\\s(])${escape2(relativeFile)}):(\\d+):\\d+`).exec(stack);
  return match ? Number(match[1]) : void 0;
}
function loadFailure(output, requested) {
  const marker = output.indexOf("Exception during run:");
  const text = (marker === -1 ? output : output.slice(marker + "Exception during run:".length)).trim();
  const named = requested.map((file) => ({ file, at: Math.max(text.lastIndexOf(file), text.lastIndexOf(`file://${file}`)) })).filter((f) => f.at !== -1).sort((a, b) => b.at - a.at)[0];
  if (!named) return void 0;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const where = /^(?:file:\/\/)?(\/.*|[A-Za-z]:\\.*):(\d+)$/.exec(lines[0] ?? "");
  const errorLine = where ? lines.find((l) => /^[A-Z]\w*(?:Error|Exception)\b.*:/.test(l)) : lines[0];
  const message = errorLine ? where ? `${errorLine} (line ${where[2]})` : errorLine : `${path26.basename(named.file)} did not load`;
  return { file: named.file, error: { message, stack: text.slice(0, 8e3) } };
}
function configSources(args) {
  const sources = {};
  const runnerArgs = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const match = /^--(no-)?(config|package)(?:=(.*))?$/.exec(word);
    if (!match) {
      runnerArgs.push(word);
      continue;
    }
    const key = match[2];
    if (match[1]) sources[key] = false;
    else sources[key] = match[3] ?? args[++i];
  }
  return { sources, runnerArgs };
}
function mochaConfigLoader(entry) {
  const loader = path26.join(path26.dirname(path26.dirname(entry)), "lib", "cli", "config.js");
  if (!fs17.existsSync(loader))
    throw new Error(`itw runs Mocha 6 or later (config files); ${path26.dirname(path26.dirname(entry))} has an older Mocha.`);
  return loader;
}
function configModule(loader, source, env) {
  return `'use strict';
const { findConfig, loadConfig } = require(${JSON.stringify(loader)});
Object.assign(process.env, ${JSON.stringify(env)});
const source = ${JSON.stringify(source ?? null)};
const file = source === false ? undefined : source === null ? findConfig(process.cwd()) : source;
const config = file ? { ...loadConfig(file) } : {};
for (const key of ${JSON.stringify(OMITTED_CONFIG_KEYS)}) delete config[key];
module.exports = config;
`;
}
function packageMochaKey(cwd, explicit) {
  let manifest = explicit && path26.resolve(cwd, explicit);
  for (let dir = path26.resolve(cwd); !manifest; dir = path26.dirname(dir)) {
    if (fs17.existsSync(path26.join(dir, "package.json"))) manifest = path26.join(dir, "package.json");
    else if (path26.dirname(dir) === dir) return void 0;
  }
  let key;
  try {
    key = JSON.parse(fs17.readFileSync(manifest, "utf8")).mocha;
  } catch {
    return void 0;
  }
  if (!key || typeof key !== "object") return void 0;
  const own = { ...key };
  for (const omitted of OMITTED_CONFIG_KEYS) delete own[omitted];
  return own;
}
function progressReporter2(progressFile, reportFile, requested) {
  return `'use strict';
const { appendFileSync, writeFileSync } = require('node:fs');
const progressFile = ${JSON.stringify(progressFile)};
const reportFile = ${JSON.stringify(reportFile)};
const requested = ${JSON.stringify(requested)};
const write = (line) => appendFileSync(progressFile, JSON.stringify(line) + '\\n');
// The full name of a test: its suites' titles and its own (the root suite's empty title is not in the path).
const nameOf = (runnable) => runnable.titlePath().join(${JSON.stringify(NAME_SEPARATOR)});
const errorOf = (error, prefix = '') => {
  const e = error && typeof error === 'object' ? error : { message: String(error) };
  const message = prefix + (e.uncaught ? 'Uncaught ' : '') + String(e.name || 'Error') + ': ' + String(e.message ?? '');
  return { message, ...(e.stack ? { stack: String(e.stack) } : {}) };
};
/** The requested test file an error's stack passes through first. */
const stackFile = (error) => {
  const stack = String(error?.stack ?? '');
  const hits = requested.map((file) => ({ file, at: stack.indexOf(file) })).filter((h) => h.at !== -1);
  return hits.sort((a, b) => a.at - b.at)[0]?.file;
};
const fileOf = (runnable) => {
  for (let r = runnable; r; r = r.parent) if (r.file) return r.file;
  return undefined;
};
module.exports = class ItwMochaProgress {
  constructor(runner) {
    const declared = new Map();
    const declaredSkips = new Set();
    const units = new Map();
    const begun = new Set();
    const finished = new Set();
    const fileErrors = new Map();
    const unhandled = [];
    const results = new Map();
    const reported = new Set();
    let ended = false;
    const begin = (file) => {
      if (!file || begun.has(file)) return;
      begun.add(file);
      write({ event: 'start', file, tests: declared.get(file) ?? [] });
    };
    const finish = (file) => {
      if (finished.has(file)) return;
      finished.add(file);
      write({ event: 'end', file, tests: declared.get(file) ?? [], errors: fileErrors.get(file) ?? [] });
    };
    const unitDone = (file) => {
      const left = (units.get(file) ?? 1) - 1;
      units.set(file, left);
      if (left <= 0 && begun.has(file)) finish(file);
    };
    const outside = (file, error) => {
      if (ended) write({ event: 'run-end', reason: 'failed', unhandled: [{ ...error, ...(file ? { file } : {}) }] });
      else if (!file) unhandled.push(error);
      else if (finished.has(file)) unhandled.push({ ...error, file });
      else fileErrors.set(file, [...(fileErrors.get(file) ?? []), error]);
    };
    const record = (test, state, error) => {
      const earlier = results.get(test);
      // The first failure is the cause; a later one (done() called again after an uncaught error) is its echo.
      if (earlier?.state === 'failed') return;
      results.set(test, {
        file: test.file,
        name: nameOf(test),
        state,
        durationMs: test.duration ?? 0,
        ...(error ? { error: errorOf(error) } : {}),
        ...(state === 'pending' ? { skip: declaredSkips.has(test) ? 'declared' : 'runtime' } : {}),
      });
    };
    runner.once('start', () => {
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (!test.file) continue;
          declared.set(test.file, [...(declared.get(test.file) ?? []), nameOf(test)]);
          if (test.isPending()) declaredSkips.add(test);
        }
        for (const child of suite.suites) visit(child);
      };
      visit(runner.suite);
      for (const unit of [...runner.suite.tests, ...runner.suite.suites]) if (unit.file) units.set(unit.file, (units.get(unit.file) ?? 0) + 1);
    });
    runner.on('suite', (suite) => {
      if (suite.parent && suite.parent.root) begin(suite.file);
    });
    runner.on('suite end', (suite) => {
      if (suite.parent && suite.parent.root) unitDone(suite.file);
    });
    runner.on('test', (test) => begin(test.file));
    runner.on('pending', (test) => {
      begin(test.file);
      record(test, 'pending');
    });
    runner.on('pass', (test) => record(test, 'passed'));
    runner.on('fail', (runnable, error) => {
      if (runnable.type === 'test') {
        begin(runnable.file);
        record(runnable, 'failed', error);
        // A test that passed and then threw (an uncaught error after it ended) gets no second end.
        if (reported.has(runnable)) write({ event: 'test', file: runnable.file, name: nameOf(runnable), state: 'failed' });
        return;
      }
      // A hook, or a phony runnable for an uncaught error between tests.
      const where = typeof runnable.titlePath === 'function' ? nameOf(runnable) : String(runnable.title ?? '');
      outside(fileOf(runnable) ?? stackFile(error), errorOf(error, where ? where + ': ' : ''));
    });
    runner.on('test end', (test) => {
      reported.add(test);
      write({ event: 'test', file: test.file, name: nameOf(test), state: results.get(test)?.state ?? 'pending' });
      if (test.parent && test.parent.root) unitDone(test.file);
    });
    // Mocha hands a rejection nobody handled back to the process's other listeners and otherwise ignores
    // it; it is an error outside the tests of the file it came from (its stack, else the running test's).
    const rejections = new Set();
    process.on('unhandledRejection', (reason) => {
      if (rejections.has(reason)) return;
      rejections.add(reason);
      if (String(reason?.code ?? '').startsWith('ERR_MOCHA_')) return;
      outside(stackFile(reason) ?? fileOf(runner.currentRunnable), errorOf(reason, 'Unhandled rejection: '));
    });
    runner.once('end', () => {
      for (const file of begun) finish(file);
      writeFileSync(reportFile, JSON.stringify({ requested, declared: Object.fromEntries(declared), tests: [...results.values()] }));
      write({ event: 'run-end', reason: runner.failures > 0 ? 'failed' : 'passed', unhandled });
      ended = true;
    });
  }
};
`;
}

// src/run/runners/node-test.ts
import fs18 from "node:fs";
import path27 from "node:path";
import { pathToFileURL } from "node:url";
var SHUFFLES = process.allowedNodeEnvironmentFlags.has("--test-random-seed");
var GLOBS = Number(process.versions.node.split(".")[0]) >= 21;
var OWN_OPTIONS = /* @__PURE__ */ new Set(["--test-concurrency", "--test-randomize", "--test-random-seed", "--test-rerun-failures"]);
var nodeTestRunner = {
  name: "node:test",
  shuffles: SHUFFLES,
  command({ cwd, files, seed, reportFile, progressFile }) {
    const script = readTestScript(cwd);
    const reporter = path27.join(path27.dirname(progressFile), "itw-node-test-reporter.mjs");
    const requested = files.map((f) => path27.resolve(cwd, f));
    fs18.writeFileSync(reporter, reporterSource(progressFile, requested));
    const nodeArgs = script.runner === "node:test" ? script.nodeArgs : [];
    return {
      command: process.execPath,
      args: [
        ...nodeArgs,
        // Test lines and failure stacks of compiled files (tsx, ts-node) point into their source.
        ...nodeArgs.includes("--enable-source-maps") ? [] : ["--enable-source-maps"],
        ...script.runner === "node:test" ? withoutOwnOptions(script.runnerArgs) : [],
        "--test",
        ...SHUFFLES ? [`--test-random-seed=${seed}`] : [],
        `--test-reporter=${reporter}`,
        `--test-reporter-destination=${reportFile}`,
        ...GLOBS ? files.map(literalPattern) : files
      ],
      ...script.runner === "node:test" && Object.keys(script.env).length ? { env: script.env } : {}
    };
  },
  read({ report, progress, root, process: exit }) {
    const rel = (file) => path27.relative(root, file).split(path27.sep).join("/");
    const evidence = { results: [], fileErrors: /* @__PURE__ */ new Map(), runErrors: [], declared: /* @__PURE__ */ new Map() };
    const parsed = parseReport2(report);
    const events = progressEvents(progress);
    const runEnded = events.some((e) => e.event === "run-end");
    for (const record of parsed?.files ?? recordsFrom(progress)) {
      const { results, errors } = judgeFile(record, parsed?.summaries ?? false);
      const file = rel(record.file);
      evidence.declared.set(file, [.../* @__PURE__ */ new Set([...record.declared, ...record.tests.map((t2) => t2.name)])]);
      for (const t2 of results) evidence.results.push(testResult2(file, record.file, t2));
      if (errors.length) evidence.fileErrors.set(file, errors);
    }
    evidence.runErrors.push(...parsed?.runErrors ?? []);
    const explained = evidence.results.some((r) => r.status === "failed") || evidence.fileErrors.size > 0 || evidence.runErrors.length > 0;
    if ((exit.code !== 0 || !parsed) && !explained && !exit.timedOut) evidence.runErrors.push(runnerFailure("node --test", exit, runEnded));
    return evidence;
  }
};
function withoutOwnOptions(args) {
  const kept = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg.split("=")[0];
    if (!OWN_OPTIONS.has(name)) kept.push(arg);
    else if (!arg.includes("=") && args[i + 1] !== void 0 && !args[i + 1].startsWith("-")) i++;
  }
  return kept;
}
function literalPattern(file) {
  return file.replace(/[[\]*?{}()]/g, (c) => `[${c}]`);
}
function parseReport2(report) {
  if (!report?.trim()) return void 0;
  try {
    return JSON.parse(report);
  } catch {
    return void 0;
  }
}
function recordsFrom(progress) {
  const records = /* @__PURE__ */ new Map();
  const recordOf = (file) => {
    let record = records.get(file);
    if (!record) {
      record = { file, isolated: false, summary: false, missing: false, declared: [], tests: [], errors: [] };
      records.set(file, record);
    }
    return record;
  };
  for (const event of progressEvents(progress)) {
    if (event.event === "test") recordOf(event.file).tests.push(event);
    else if (event.event === "end") {
      const record = recordOf(event.file);
      record.declared = [.../* @__PURE__ */ new Set([...record.declared, ...event.tests ?? []])];
      record.errors = event.errors ?? [];
      record.exit = event.exit;
    } else if (event.event === "start") {
      const record = recordOf(event.file);
      record.declared = [.../* @__PURE__ */ new Set([...record.declared, ...event.tests])];
    }
  }
  return [...records.values()];
}
function judgeFile(record, summaries) {
  const errors = [...record.errors];
  const addError = (error) => {
    if (!errors.some((e) => e.message === error.message)) errors.push(error);
  };
  let results = [];
  for (const t2 of record.tests) {
    if (t2.failureType === "hookFailed" && t2.failure) addError(t2.failure);
    else results.push(t2);
  }
  if (errors.length) results = results.filter((t2) => t2.failureType !== "cancelledByParent");
  if (record.missing) addError({ message: "node --test ran no test file at this path" });
  const { exit } = record;
  if (errors.length === 0 && exit && exit.failureType !== "subtestsFailed") addError(exitError(exit, record.summary));
  if (errors.length === 0 && summaries && record.isolated && !record.summary) {
    addError({
      message: record.tests.length || record.declared.length ? "its test process ended before reporting all its tests (process.exit() in a test or a hook?)" : "its test process reported no test: the file declares none, or it ended (process.exit()) before reporting one"
    });
  }
  return { results, errors };
}
function exitError(exit, reportedAll) {
  if (exit.code === null && exit.signal === null) return { message: `its test process failed: ${exit.message}` };
  return runnerFailure(
    "its test process",
    { code: exit.code, signal: exit.signal, stdout: "", stderr: exit.stderr, timedOut: false, durationMs: 0 },
    reportedAll
  );
}
function testResult2(file, absoluteFile, t2) {
  return {
    file,
    name: t2.name,
    status: t2.state,
    durationMs: t2.durationMs,
    ...t2.line ? { line: t2.line } : {},
    ...t2.state === "failed" && t2.failure ? { failure: { ...t2.failure, ...t2.failure.stack ? { line: lineIn3(t2.failure.stack, absoluteFile) } : {} } } : {},
    ...t2.state === "skipped" ? { skipReason: t2.skipReason ?? "declared skipped in the test file" } : {}
  };
}
function lineIn3(stack, absoluteFile) {
  const escape2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const url = pathToFileURL(absoluteFile).href;
  const match = new RegExp(`(?:${escape2(absoluteFile)}|${escape2(url)}):(\\d+):\\d+`).exec(stack);
  return match ? Number(match[1]) : void 0;
}
function reporterSource(progressFile, requested) {
  return `import { appendFileSync } from 'node:fs';
import path from 'node:path';
const out = ${JSON.stringify(progressFile)};
const requested = ${JSON.stringify(requested)};
const SEPARATOR = ${JSON.stringify(NAME_SEPARATOR)};
const cwd = process.cwd();
const write = (line) => appendFileSync(out, JSON.stringify(line) + '\\n');
const oneLine = (text) => String(text).split('\\n').map((l) => l.trim()).filter(Boolean).join(' ').slice(0, 1000);
const files = new Map();
// Most events name a file by its absolute path, its stderr by the path relative to the run.
const fileOf = (name) => {
  const file = path.resolve(cwd, name);
  let f = files.get(file);
  if (!f) {
    f = { file, isolated: false, summary: false, missing: false, declared: [], tests: [], errors: [], stderr: '', started: false, ended: false, written: 0, stack: [], ids: new Map(), names: new Set() };
    files.set(file, f);
  }
  return f;
};
const start = (f) => {
  if (f.started) return;
  f.started = true;
  write({ event: 'start', file: f.file, tests: [] });
};
const declare = (f, name) => {
  if (f.names.has(name)) return;
  f.names.add(name);
  f.declared.push(name);
};
const addError = (f, error) => {
  if (!f.errors.some((e) => e.message === error.message)) f.errors.push(error);
};
// node:test runs each file in a process of its own and reports it as a test named after the file.
const isFileLevel = (d) => d.nesting === 0 && d.entryFile === undefined && (d.name === path.relative(cwd, d.file) || d.name === d.file);
// What a test threw is the cause of node's ERR_TEST_FAILURE; a hook's failure names the hook.
const errorOf = (error) => {
  const cause = error?.cause ?? error;
  const isObject = typeof cause === 'object' && cause !== null;
  const named = isObject && typeof cause.name === 'string' && cause.name !== 'Error' ? cause.name + ': ' : '';
  const text = named + oneLine(isObject ? (cause.message ?? cause) : cause);
  const message = error?.failureType === 'hookFailed' && error.message ? error.message + ': ' + text : text;
  return { message, ...(isObject && typeof cause.stack === 'string' ? { stack: cause.stack } : {}) };
};
const lineage = (f, d) => {
  const names = [d.name];
  for (let nesting = d.nesting, parent = d.parentId; nesting > 0; nesting--) {
    const p = f.ids.get(parent);
    if (!p || p.nesting !== nesting - 1) return undefined;
    names.unshift(p.name);
    parent = p.parentId;
  }
  return names;
};
const skipReason = (d) => {
  const reason = d.todo ?? d.skip;
  const kind = d.todo !== undefined && d.todo !== false ? 'todo' : 'skipped';
  return typeof reason === 'string' && reason ? 'declared ' + kind + ' in the test file: ' + reason : 'declared ' + kind + ' in the test file';
};
const reported = (f, d, failed) => {
  const names = [...f.stack.slice(0, d.nesting), d.name];
  const error = d.details?.error;
  if (d.details?.type === 'suite') {
    // A suite fails on its own through a hook or a body that threw; otherwise through its tests.
    if (failed && error && error.failureType !== 'subtestsFailed' && error.failureType !== 'cancelledByParent') addError(f, errorOf(error));
    return;
  }
  const name = names.join(SEPARATOR);
  declare(f, name);
  const skipped = (d.skip !== undefined && d.skip !== false) || (d.todo !== undefined && d.todo !== false);
  const state = skipped ? 'skipped' : failed ? 'failed' : 'passed';
  const test = { event: 'test', file: f.file, name, state, durationMs: Math.round(d.details?.duration_ms ?? 0) };
  if (d.line) test.line = d.line;
  if (state === 'failed') {
    test.failureType = error?.failureType;
    test.failure = errorOf(error);
  }
  if (state === 'skipped') test.skipReason = skipReason(d);
  f.tests.push(test);
  write(test);
};
const ended = (f, details) => {
  const error = details?.error;
  if (details?.passed === false && error) {
    f.exit = { failureType: error.failureType, code: error.exitCode ?? null, signal: error.signal ?? null, message: oneLine(error.message) };
  }
  f.ended = true;
  write({ event: 'end', file: f.file, tests: f.declared, errors: f.errors, ...(f.exit ? { exit: { ...f.exit, stderr: f.stderr } } : {}) });
};
export default async function* itwNodeTestReporter(source) {
  let summaries = false;
  let success;
  const runErrors = [];
  for await (const { type, data: d } of source) {
    if (type === 'test:summary') {
      if (d.file) fileOf(d.file).summary = true;
      else {
        summaries = true;
        success = d.success;
      }
      continue;
    }
    if (type === 'test:diagnostic') {
      if (d.file && /asynchronous activity after the test ended/.test(d.message)) addError(fileOf(d.file), { message: oneLine(d.message) });
      else if (!d.file && d.level === 'error') runErrors.push({ message: oneLine(d.message) });
      continue;
    }
    if (type === 'test:stderr') {
      if (d.file) {
        const f = fileOf(d.file);
        f.stderr = (f.stderr + d.message).slice(-16384);
      }
      continue;
    }
    if (!d?.file || typeof d.nesting !== 'number') continue;
    const f = fileOf(d.file);
    if (typeof d.name === 'string' && isFileLevel(d)) {
      f.isolated = true;
      if (type === 'test:dequeue') start(f);
      else if (type === 'test:complete') ended(f, d.details);
      continue;
    }
    // Without process isolation, a file starts with its first event.
    start(f);
    // The tests declared so far, once a burst of them ends, so a run killed later still names them.
    if (type !== 'test:enqueue' && f.declared.length > f.written) {
      f.written = f.declared.length;
      write({ event: 'start', file: f.file, tests: f.declared });
    }
    if (type === 'test:enqueue') {
      if (d.testId !== undefined) f.ids.set(d.testId, { name: d.name, parentId: d.parentId, nesting: d.nesting });
      const names = d.type === 'test' ? lineage(f, d) : undefined;
      if (names) declare(f, names.join(SEPARATOR));
    } else if (type === 'test:start') {
      f.stack.length = d.nesting;
      f.stack.push(d.name);
    } else if (type === 'test:pass' || type === 'test:fail') reported(f, d, type === 'test:fail');
  }
  for (const file of requested) if (!files.has(file)) fileOf(file).missing = true;
  for (const f of files.values()) if (f.started && !f.ended) ended(f, undefined);
  const report = {
    summaries,
    runErrors,
        // A file's stderr and diagnostics may come after its end: the report has them all.
    files: [...files.values()].map(({ file, isolated, summary, missing, declared, tests, errors, exit, stderr }) => ({
      file, isolated, summary, missing, declared, tests, errors, ...(exit ? { exit: { ...exit, stderr } } : {}),
    })),
  };
  yield JSON.stringify(report);
  write({ event: 'run-end', reason: success === undefined ? 'ended' : success ? 'passed' : 'failed', unhandled: runErrors });
}
`;
}

// src/run/runners/vitest.ts
import fs19 from "node:fs";
import path28 from "node:path";
var vitestRunner = {
  name: "vitest",
  command({ cwd, files, seed, reportFile, progressFile }) {
    const entry = packageBin(cwd, "vitest");
    const reporter = path28.join(path28.dirname(progressFile), "itw-progress-reporter.mjs");
    fs19.writeFileSync(reporter, progressReporter3(progressFile));
    return {
      command: process.execPath,
      args: [
        entry,
        "run",
        ...files,
        "--reporter=json",
        `--reporter=${reporter}`,
        `--outputFile.json=${reportFile}`,
        "--includeTaskLocation",
        "--sequence.shuffle",
        `--sequence.seed=${seed}`,
        "--no-color",
        "--passWithNoTests=false"
      ]
    };
  },
  read({ report, progress, root, process: exit }) {
    const rel = (file) => path28.relative(root, file).split(path28.sep).join("/");
    const evidence = { results: [], fileErrors: /* @__PURE__ */ new Map(), runErrors: [], declared: /* @__PURE__ */ new Map() };
    const addFileError = (file, error) => {
      const list = evidence.fileErrors.get(file) ?? [];
      if (!list.some((e) => e.message === error.message)) list.push(error);
      evidence.fileErrors.set(file, list);
    };
    let runEnded = false;
    for (const event of progressEvents(progress)) {
      if (event.event === "start") evidence.declared.set(rel(event.file), event.tests);
      else if (event.event === "end") for (const error of event.errors ?? []) addFileError(rel(event.file), error);
      else if (event.event === "run-end") {
        runEnded = true;
        for (const { file, ...error } of event.unhandled) {
          if (file) addFileError(rel(file), error);
          else evidence.runErrors.push(error);
        }
      }
    }
    if (report !== void 0) {
      const json = JSON.parse(report);
      for (const file of json.testResults ?? []) {
        const relFile = rel(file.name);
        if (file.message?.trim()) addFileError(relFile, { message: firstLine3(file.message), stack: file.message });
        for (const t2 of file.assertionResults ?? []) evidence.results.push(assertionResult2(relFile, file.name, t2));
      }
    }
    const explained = evidence.results.some((r) => r.status === "failed") || evidence.fileErrors.size > 0 || evidence.runErrors.length > 0;
    if ((exit.code !== 0 || report === void 0) && !explained && !exit.timedOut) {
      evidence.runErrors.push(runnerFailure("vitest", exit, runEnded));
    }
    return evidence;
  }
};
function assertionResult2(relFile, absoluteFile, t2) {
  const status2 = t2.status === "passed" ? "passed" : t2.status === "failed" ? "failed" : "skipped";
  const failureText = t2.failureMessages?.[0];
  return {
    file: relFile,
    name: testName2([...t2.ancestorTitles, t2.title]),
    status: status2,
    durationMs: Math.round(t2.duration ?? 0),
    line: t2.location?.line,
    failure: failureText ? { message: firstLine3(failureText), stack: failureText, line: lineIn4(failureText, absoluteFile) } : void 0,
    ...status2 === "skipped" ? { skipReason: `declared ${t2.status === "todo" ? "todo" : "skipped"} in the test file` } : {}
  };
}
function firstLine3(text) {
  return text.split("\n")[0].trim();
}
function lineIn4(stack, absoluteFile) {
  const escaped = absoluteFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}:(\\d+):\\d+`).exec(stack);
  return match ? Number(match[1]) : void 0;
}
function progressReporter3(progressFile) {
  return `import { appendFileSync } from 'node:fs';
const out = ${JSON.stringify(progressFile)};
const nameOf = (test) => {
  const parts = [test.name];
  for (let p = test.parent; p && p.type === 'suite'; p = p.parent) parts.unshift(p.name);
  return parts.join(' \\u203a ');
};
const errorOf = (e) => ({ message: String(e?.message ?? e ?? 'unknown error'), ...(e?.stack ? { stack: String(e.stack) } : {}) });
const write = (line) => appendFileSync(out, JSON.stringify(line) + '\\n');
const outsideTests = (module) => {
  const errors = [...(module.errors?.() ?? [])];
  const visit = (task) => {
    for (const e of task?.result?.errors ?? []) errors.push(e);
    for (const child of task?.tasks ?? []) if (child.type === 'suite') visit(child);
  };
  visit(module.task);
  const seen = new Set();
  return errors.map(errorOf).filter((e) => !seen.has(e.message) && seen.add(e.message));
};
export default class ItwProgress {
  onTestModuleCollected(module) { write({ event: 'start', file: module.moduleId, tests: [...module.children.allTests()].map(nameOf) }); }
  onTestCaseResult(test) { write({ event: 'test', file: test.module.moduleId, name: nameOf(test), state: test.result().state }); }
  onTestModuleEnd(module) { write({ event: 'end', file: module.moduleId, tests: [...module.children.allTests()].map(nameOf), errors: outsideTests(module) }); }
  onTestRunEnd(modules, unhandled, reason) {
    write({ event: 'run-end', reason, unhandled: unhandled.map((e) => ({ ...errorOf(e), ...(e?.VITEST_TEST_PATH ? { file: e.VITEST_TEST_PATH } : {}) })) });
  }
}
`;
}

// src/run/runners/index.ts
var RUNNERS = {
  vitest: vitestRunner,
  jest: jestRunner,
  "node:test": nodeTestRunner,
  mocha: mochaRunner
};
function runnerFor(framework) {
  return framework ? RUNNERS[framework] : void 0;
}
var SUPPORTED_RUNNERS = Object.keys(RUNNERS);

// src/safety/lock.ts
import fs20 from "node:fs";
import os2 from "node:os";
import path29 from "node:path";
var TreeLockedError = class extends Error {
};
var LOCK_DIR = ".itw";
var LOCK_FILE = "generate.lock";
function acquireTreeLock(root, log) {
  const dir = path29.join(root, LOCK_DIR);
  const file = path29.join(dir, LOCK_FILE);
  const record = { pid: process.pid, host: os2.hostname(), started: (/* @__PURE__ */ new Date()).toISOString() };
  const createdDir = !fs20.existsSync(dir);
  for (let attempt = 0; ; attempt++) {
    fs20.mkdirSync(dir, { recursive: true });
    const temp = path29.join(dir, `${LOCK_FILE}.${process.pid}.${Math.random().toString(36).slice(2)}`);
    fs20.writeFileSync(temp, `${JSON.stringify(record)}
`);
    try {
      fs20.linkSync(temp, file);
      break;
    } catch (error) {
      const code = error.code;
      if (code !== "EEXIST" && code !== "ENOENT") throw error;
      if (code === "EEXIST") {
        const holder = readLock(file);
        if (holder && alive(holder)) {
          throw new TreeLockedError(
            `another itw run (pid ${holder.pid}${holder.host === record.host ? "" : ` on ${holder.host}`}, started ${holder.started}) is generating in this tree (${root}); wait for it or stop it. If no such run exists, remove ${file}.`
          );
        }
        log?.(`Taking over a stale lock ${file} (${holder ? `pid ${holder.pid} is gone` : "unreadable"}).`);
        fs20.rmSync(file, { force: true });
      }
      if (attempt >= 5) throw new Error(`could not take the lock ${file} after ${attempt + 1} attempts; try again.`, { cause: error });
    } finally {
      fs20.rmSync(temp, { force: true });
    }
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    const current = readLock(file);
    if (current?.pid === record.pid && current.started === record.started) fs20.rmSync(file, { force: true });
    if (createdDir) {
      try {
        fs20.rmdirSync(dir);
      } catch {
      }
    }
  };
  process.on("exit", release);
  return { file, release };
}
function readLock(file) {
  try {
    const value = JSON.parse(fs20.readFileSync(file, "utf8"));
    return typeof value.pid === "number" && typeof value.host === "string" && typeof value.started === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}
function alive(holder) {
  if (holder.host !== os2.hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// node_modules/pg-connection-string/esm/index.mjs
var import__ = __toESM(require_pg_connection_string(), 1);
var esm_default2 = import__.default.parse;
var parse2 = import__.default.parse;
var toClientConfig = import__.default.toClientConfig;
var parseIntoClientConfig = import__.default.parseIntoClientConfig;

// src/safety/urls.ts
var UnsafeServiceError = class extends Error {
};
var SCHEMES = {
  "postgres:": "postgres",
  "postgresql:": "postgres",
  "socket:": "postgres",
  "mysql:": "mysql",
  "mysql2:": "mysql",
  "mariadb:": "mysql",
  "redis:": "redis",
  "rediss:": "redis",
  "amqp:": "rabbitmq",
  "amqps:": "rabbitmq",
  "nats:": "nats",
  "tls:": "nats",
  "mqtt:": "mqtt",
  "mqtts:": "mqtt",
  "mongodb:": "mongodb",
  "mongodb+srv:": "mongodb"
};
function urlKind(raw) {
  const scheme = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(raw.trim())?.[1]?.toLowerCase();
  return scheme ? SCHEMES[scheme] : void 0;
}
var PARSERS = {
  postgres(raw, env) {
    const c = parse2(raw);
    const host = c.host || env.PGHOST || "localhost";
    const port = Number(c.port || env.PGPORT || 5432);
    const query = /[?&]host=/.test(raw) ? 'its "host" query parameter' : void 0;
    return {
      kind: "postgres",
      endpoints: [host.startsWith("/") ? { socket: `${host}/.s.PGSQL.${port}` } : { host, port }],
      // pg opens the database named after the user when the URL names none.
      database: c.database || env.PGDATABASE || c.user || env.PGUSER || env.USER || "",
      ...query ? { note: query } : {}
    };
  },
  mysql(raw) {
    const url = new URL(raw);
    const q2 = Object.fromEntries([...url.searchParams].map(([k, v]) => [k, jsonOrText(v)]));
    const host = "host" in q2 ? q2.host || "localhost" : url.hostname || "localhost";
    const port = Number(q2.port || url.port || 3306);
    const endpoint = q2.socketPath ? { socket: q2.socketPath } : { host: unbracket(host), port };
    const note = q2.socketPath ? 'its "socketPath" query parameter' : q2.host ? 'its "host" query parameter' : void 0;
    return {
      kind: "mysql",
      endpoints: [endpoint],
      database: q2.database ?? decodeURIComponent(url.pathname.slice(1)),
      ...note ? { note } : {}
    };
  },
  redis(raw) {
    const url = new URL(raw);
    const queryHost = url.searchParams.get("host");
    const socket = url.searchParams.get("path");
    const host = url.hostname || queryHost || "localhost";
    if (!url.hostname && socket) return { kind: "redis", endpoints: [{ socket }], note: 'its "path" query parameter' };
    return {
      kind: "redis",
      endpoints: [{ host: unbracket(host), port: Number(url.port || url.searchParams.get("port") || 6379) }],
      ...!url.hostname && queryHost ? { note: 'its "host" query parameter' } : {}
    };
  },
  rabbitmq: (raw) => plain2("rabbitmq", raw, raw.toLowerCase().startsWith("amqps:") ? 5671 : 5672),
  mqtt: (raw) => plain2("mqtt", raw, raw.toLowerCase().startsWith("mqtts:") ? 8883 : 1883),
  nats(raw) {
    const endpoints = raw.split(",").map((part) => plain2("nats", part.includes("://") ? part : `nats://${part}`, 4222).endpoints[0]);
    return { kind: "nats", endpoints };
  },
  mongodb(raw) {
    const m = /^mongodb(\+srv)?:\/\/(?:[^@/]*@)?([^/?]*)(\/[^?]*)?/i.exec(raw);
    if (!m) throw new Error("not a MongoDB URL");
    const endpoints = m[2].split(",").map((h) => {
      if (h.includes("%2F") || h.includes("%2f")) return { socket: decodeURIComponent(h) };
      const hp = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(h);
      return { host: unbracket(hp?.[1] ?? h), port: Number(hp?.[2] ?? 27017) };
    });
    return { kind: "mongodb", endpoints, database: decodeURIComponent((m[3] ?? "/").slice(1)) };
  }
};
function plain2(kind, raw, defaultPort) {
  const url = new URL(raw);
  return { kind, endpoints: [{ host: unbracket(url.hostname || "localhost"), port: Number(url.port || defaultPort) }] };
}
function jsonOrText(value) {
  try {
    const parsed = JSON.parse(value);
    return typeof parsed === "string" ? parsed : String(parsed);
  } catch {
    return value;
  }
}
function unbracket(host) {
  return host.replace(/^\[|\]$/g, "");
}
function serviceTarget(raw, kind = urlKind(raw), env = {}) {
  const parser = kind ? PARSERS[kind] : void 0;
  if (!parser) throw new Error("no known service scheme");
  return parser(raw, env);
}
function checkServiceUrl(raw, rules) {
  let target;
  try {
    target = serviceTarget(raw, rules.kind ?? urlKind(raw), rules.env);
  } catch {
    throw new UnsafeServiceError(
      `${rules.what} is not a service URL itw can read ("${redact(raw)}"); give one such as postgres://postgres@127.0.0.1:5432/postgres.`
    );
  }
  for (const endpoint of target.endpoints) {
    if ("socket" in endpoint || isLoopback(endpoint.host) || rules.allowedHosts.includes(endpoint.host)) continue;
    throw new UnsafeServiceError(
      `${rules.what} connects to ${describeEndpoint(endpoint)}${target.note ? ` (set by ${target.note})` : ""}, which is neither this machine nor in allowed-hosts: ${redact(raw)}. Point it at a loopback address or a Unix socket, or add "${endpoint.host}" to allowed-hosts if it is a service container of this job.`
    );
  }
  return target;
}
function describeEndpoint(endpoint) {
  return "socket" in endpoint ? `the Unix socket ${endpoint.socket}` : `${endpoint.host.includes(":") ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
}
function isLoopback(host) {
  const h = host.toLowerCase().replace(/\.$/, "");
  return h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1" || /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/.test(h);
}
var SECRET_PARAM = /^(?:password|passwd|pass|pwd|sslpassword|secret|token|key|sslkey)$/i;
function redact(raw) {
  return raw.replace(/\/\/([^:/@\s]*):[^@/\s]*@/, "//$1:***@").replace(/([?&])([^=&#]+)=([^&#]*)/g, (whole, sep, name) => SECRET_PARAM.test(name) ? `${sep}${name}=***` : whole);
}
function checkServiceEnv(env, allowedHosts) {
  for (const [name, value] of Object.entries(env)) {
    if (urlKind(value)) checkServiceUrl(value, { allowedHosts, what: name, env });
  }
}

// src/services/preflight.ts
var HINTS = {
  ECONNREFUSED: "nothing listens there: start the server, or correct the host and port",
  ENOTFOUND: "the host name does not resolve: correct it",
  EAI_AGAIN: "the host name does not resolve: correct it",
  ETIMEDOUT: "the server does not answer: check that it runs and that the port is right",
  ENOENT: "no server socket is there: start the server, or correct the socket path",
  "28P01": "the password is wrong for that user: correct it in the URL",
  "28000": "the server refuses that user or client: check the user and pg_hba.conf",
  "3D000": `that database does not exist: name one that does (the server's "postgres" database works)`,
  "57P03": "the server is starting up or shutting down: wait for it, then run again"
};
var ServiceUnusableError = class extends Error {
};
async function checkServiceAnswers(service, timeoutMs = 1e4) {
  if (service.name !== "postgres") return;
  const url = Object.values(service.env)[0];
  if (!url) return;
  const { default: pg2 } = await import("./esm-QBYPIP22.js");
  const client = new pg2.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const { code, message } = error;
    const hint = (code && HINTS[code]) ?? "check that the server runs and accepts this URL";
    throw new ServiceUnusableError(
      `PostgreSQL from ${service.source} (${service.url}) cannot be used: ${message}${code ? ` [${code}]` : ""}; ${hint}. Nothing was written.`
    );
  } finally {
    await client.end().catch(() => {
    });
  }
}

// src/services/testcontainers.ts
var IMAGES2 = {
  postgres: "postgres:17-alpine"
};
function dockerRuntime() {
  let probe;
  return {
    unavailable() {
      const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
      if (major < 22 || major === 22 && minor < 22) {
        return Promise.resolve(
          `the testcontainers library needs Node 22.22 or later and this is Node ${process.versions.node} (run itw on Node 24, or give the service through the environment, or use services: embedded)`
        );
      }
      probe ??= import("./build-GXM37XKK.js").then(async (mod) => {
        await cjsExport(mod, "getContainerRuntimeClient")();
        return void 0;
      }).catch((error) => `no container runtime answered (${firstLine4(error.message)})`);
      return probe;
    },
    async start(name) {
      const image = IMAGES2[name];
      if (name !== "postgres" || !image) throw new Error(`Testcontainers support for ${name} is not available yet.`);
      const PostgreSqlContainer = cjsExport(await import("./build-G3M6MG75.js"), "PostgreSqlContainer");
      const container = await new PostgreSqlContainer(image).withDatabase("itw_test").start();
      const url = container.getConnectionUri();
      return { name, source: "testcontainers", url, env: { DATABASE_URL: url }, stop: async () => void await container.stop() };
    }
  };
}
function cjsExport(mod, name) {
  return mod[name] ?? mod.default[name];
}
function firstLine4(text) {
  return text.split("\n")[0].slice(0, 200);
}

// src/services/index.ts
var SERVICE_ENV = {
  postgres: ["DATABASE_URL", "POSTGRES_URL", "PG_URL"],
  mysql: ["MYSQL_URL", "MARIADB_URL"],
  redis: ["REDIS_URL"],
  rabbitmq: ["AMQP_URL", "RABBITMQ_URL"],
  nats: ["NATS_URL"],
  mqtt: ["MQTT_URL"],
  mongodb: ["MONGODB_URL", "MONGODB_URI", "MONGO_URL"]
};
var URL_KIND = {
  postgres: "postgres",
  mysql: "mysql",
  redis: "redis",
  rabbitmq: "rabbitmq",
  nats: "nats",
  mqtt: "mqtt",
  mongodb: "mongodb"
};
var MAINTENANCE = {
  postgres: ["postgres", "template1"],
  mysql: ["mysql"]
};
async function provisionServices(needed, options) {
  const services = [];
  const missing = [];
  const runtime = options.runtime ?? dockerRuntime();
  for (const name of [...new Set(needed)].filter((n) => n !== "none")) {
    try {
      const started = await provisionOne(name, options, runtime);
      if (started) services.push(started);
      else missing.push({ name, reason: `no ${name} available from "${options.source}"` });
    } catch (error) {
      if (error instanceof UnsafeServiceError) {
        await Promise.allSettled(services.map((s) => s.stop()));
        throw error;
      }
      missing.push({ name, reason: error.message });
    }
  }
  return {
    services,
    missing,
    env: Object.assign({}, ...services.map((s) => s.env)),
    async stop() {
      await Promise.allSettled(services.map((s) => s.stop()));
    }
  };
}
async function provisionOne(name, options, runtime) {
  const { source } = options;
  if (source === "none") return void 0;
  if (source === "env" || source === "auto") {
    const fromEnv = serviceFromEnv(name, options);
    if (fromEnv || source === "env") return fromEnv;
  }
  if (source === "testcontainers" || source === "auto") {
    const why = await runtime.unavailable();
    if (!why) return runtime.start(name);
    if (source === "testcontainers") throw new Error(`services: testcontainers needs a Docker engine: ${why}`);
    options.log?.(`Testcontainers not used: ${why}`);
  }
  if (name === "postgres") {
    const { startEmbeddedPostgres } = await import("./embedded-postgres-PP7AM5UZ.js");
    const pg2 = await startEmbeddedPostgres();
    return { name, source: "embedded", url: pg2.url, env: { DATABASE_URL: pg2.url }, stop: pg2.stop };
  }
  throw new Error(
    `no embedded ${name} exists; provide it through the environment (${(SERVICE_ENV[name] ?? []).join(", ") || "its URL variable"}) or Docker.`
  );
}
function serviceFromEnv(name, options) {
  for (const variable of SERVICE_ENV[name] ?? []) {
    const value = options.env[variable];
    if (!value) continue;
    const target = checkServiceUrl(value, { allowedHosts: options.allowedHosts, what: variable, kind: URL_KIND[name], env: options.env });
    checkDatabase(target, value, variable, options);
    const primary = SERVICE_ENV[name][0];
    return { name, source: "env", url: redact(value), env: { [primary]: value }, stop: async () => {
    } };
  }
  return void 0;
}
function checkDatabase(target, raw, variable, options) {
  const maintenance = MAINTENANCE[target.kind];
  if (!maintenance || target.database === void 0) return;
  const where = target.endpoints.map(describeEndpoint).join(", ");
  const db = target.database;
  if (db === "") {
    options.log?.(`${variable}: ${redact(raw)} opens no database; test databases are created on ${where}.`);
    return;
  }
  const allowed = /test|dev/i.test(db) || maintenance.includes(db) || (options.allowedDatabases ?? []).includes(db);
  if (!allowed) {
    throw new UnsafeServiceError(
      `${variable} opens the database "${db}" on ${where} (${redact(raw)}); itw connects there to create and drop its test databases, and the name suggests real data. Point ${variable} at a maintenance database (${maintenance.join(", ")}) or one whose name contains "test" or "dev", or list "${db}" in allowed-databases if it is a scratch database.`
    );
  }
  options.log?.(`${variable}: test databases are created through the database "${db}" on ${where} (${redact(raw)}).`);
}

// src/services/leftovers.ts
import os3 from "node:os";

// src/services/pg-client.ts
async function withPgClient(url, work) {
  const client = new esm_default.Client({ connectionString: url, connectionTimeoutMillis: 1e4 });
  client.on("error", () => {
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// src/services/leftovers.ts
var ITW_DATABASES = `(datname LIKE 'itw\\_test\\_%' OR datname LIKE 'itw\\_template\\_%')`;
var UNMARKED_AGE_MS = 24 * 36e5;
async function dropRunDatabases(adminUrl, runId) {
  if (!runId) return [];
  return withPgClient(adminUrl, async (client) => {
    const mine = (await listItwDatabases(client)).filter((d) => d.marker?.run === runId);
    for (const d of mine) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(d.name)} WITH (FORCE)`);
    return mine.map((d) => d.name);
  });
}
async function dropLeftoverDatabases(adminUrl, now = /* @__PURE__ */ new Date()) {
  return withPgClient(adminUrl, async (client) => {
    const dropped = [];
    const kept = [];
    for (const d of await listItwDatabases(client)) {
      const leftover = d.connections === 0 && (d.marker ? creatorGone(d.marker) : await unmarkedAndOld(client, d.name, now));
      if (!leftover) {
        kept.push(d.name);
        continue;
      }
      const ok = await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(d.name)}`).then(
        () => true,
        () => false
      );
      (ok ? dropped : kept).push(d.name);
    }
    return { dropped, kept };
  });
}
function creatorGone(marker) {
  if (marker.host !== os3.hostname()) return false;
  if (!isAlive(marker.pid)) return true;
  const started = processStartedAt(marker.pid);
  const created = Date.parse(marker.created);
  return started !== void 0 && Number.isFinite(created) && started.getTime() > created + 2e3;
}
async function unmarkedAndOld(client, name, now) {
  const created = await client.query(
    `SELECT (pg_stat_file('base/' || oid || '/PG_VERSION')).modification FROM pg_database WHERE datname = $1`,
    [name]
  ).then(
    (r) => r.rows[0]?.modification,
    () => void 0
  );
  if (!created) return false;
  const boot = bootTime();
  return boot !== void 0 && created < boot || now.getTime() - created.getTime() > UNMARKED_AGE_MS;
}
async function listItwDatabases(client) {
  const { rows } = await client.query(
    `SELECT datname AS name, shobj_description(oid, 'pg_database') AS comment,
            (SELECT count(*)::int FROM pg_stat_activity a WHERE a.datname = d.datname) AS connections
       FROM pg_database d WHERE ${ITW_DATABASES}`
  );
  return rows.map((r) => ({ name: r.name, connections: r.connections, marker: parseMarker(r.comment) }));
}
function parseMarker(comment) {
  if (!comment) return void 0;
  try {
    const value = JSON.parse(comment);
    if (value.itw === 1 && typeof value.pid === "number" && typeof value.host === "string" && typeof value.created === "string")
      return { itw: 1, run: typeof value.run === "string" ? value.run : "", pid: value.pid, host: value.host, created: value.created };
  } catch {
  }
  return void 0;
}
function databaseServer(services) {
  const postgres = services.find((s) => s.name === "postgres");
  return postgres && postgres.source !== "embedded" ? Object.values(postgres.env)[0] : void 0;
}
async function sweepLeftovers(services, log) {
  const ended = endOrphanedTrees();
  if (ended) log(`Ended ${ended} test process(es) that a killed itw run left running`);
  const server = databaseServer(services);
  if (!server) return;
  try {
    const { dropped } = await dropLeftoverDatabases(server);
    if (dropped.length) log(`Dropped ${dropped.length} test database(s) that stopped runs left behind: ${dropped.join(", ")}`);
  } catch (error) {
    log(`Could not look for test databases that stopped runs left behind: ${error.message}`);
  }
}
async function dropAfterRun(services, runId, log) {
  const server = databaseServer(services);
  if (!server) return 0;
  try {
    const dropped = await dropRunDatabases(server, runId);
    if (dropped.length) log(`Dropped ${dropped.length} test database(s) this run's tests left behind: ${dropped.join(", ")}`);
    return dropped.length;
  } catch (error) {
    log(`Could not drop this run's test databases (names starting itw_test_): ${error.message}; drop them by hand.`);
    return 0;
  }
}

// src/services/template-database.ts
import { randomBytes } from "node:crypto";
import fs21 from "node:fs/promises";
import os4 from "node:os";
import path30 from "node:path";
async function prepareTemplateDatabase(adminUrl, root, migrations, runId = process.env.ITW_RUN_ID ?? "") {
  const name = `itw_template_${randomBytes(6).toString("hex")}`;
  const drop = async () => {
    await withPgClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
  try {
    await withPgClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  } catch (error) {
    throw new Error(`Could not create the template database ${name} on ${serverOf(adminUrl)}: ${withoutSecret(adminUrl, error)}`, {
      cause: error
    });
  }
  try {
    await withPgClient(adminUrl, (client) => client.query(`COMMENT ON DATABASE ${name} IS ${client.escapeLiteral(databaseMarker(runId))}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await withPgClient(url.toString(), async (client) => {
      for (const file of migrations) {
        const sql = await fs21.readFile(path30.join(root, file), "utf8");
        try {
          await client.query(sql);
        } catch (error) {
          const position = Number(error.position);
          const line = position > 0 ? ` (line ${sql.slice(0, position).split("\n").length})` : "";
          throw new Error(`Migration ${file} failed${line} in the template database ${name}: ${withoutSecret(adminUrl, error)}`, {
            cause: error
          });
        }
      }
    });
  } catch (error) {
    const dropped = await drop().then(
      () => "it was dropped again",
      (dropError) => `dropping it failed too (${withoutSecret(adminUrl, dropError)}); drop it by hand`
    );
    const message = withoutSecret(adminUrl, error);
    const advice = message.startsWith("Migration ") ? " Fix the migration and run again." : "";
    throw new Error(`${message}; ${dropped}.${advice}`, { cause: error });
  }
  return { name, drop };
}
function databaseMarker(runId) {
  return JSON.stringify({ itw: 1, run: runId, pid: process.pid, host: os4.hostname(), created: (/* @__PURE__ */ new Date()).toISOString() });
}
function serverOf(url) {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || 5432}${pathname}`;
}
function withoutSecret(url, error) {
  const text = error instanceof Error ? error.message : String(error);
  const password = decodeURIComponent(new URL(url).password);
  return password ? text.split(password).join("***") : text;
}

// src/engine.ts
var NotAvailableError = class extends Error {
};
var EnvironmentError = class extends Error {
};
function missingServicesMessage(missing) {
  const list = missing.map((m) => `${m.name}: ${m.reason}`).join("; ");
  return `the generated tests need ${missing.map((m) => m.name).join(", ")}, which could not be provided (${list}). Give the service's URL in the environment (${missing.map((m) => SERVICE_ENV[m.name]?.[0] ?? `${m.name.toUpperCase()}_URL`).join(", ")}) or choose another "services" source. Nothing was kept.`;
}
async function runEngine(config, hooks = {}) {
  const undone = { files: 0, databases: 0 };
  try {
    if (config.mode !== "generate" || !fs22.existsSync(config.root)) return await runStages(config, hooks, undone);
    const lock = acquireTreeLock(config.root, hooks.log);
    try {
      return await runStages(config, hooks, undone);
    } finally {
      lock.release();
    }
  } catch (error) {
    throw hooks.signal?.aborted ? stoppedError(hooks.signal, undone) : error;
  }
}
async function runStages(config, hooks, undone) {
  const log = hooks.log ?? (() => {
  });
  const timings = {};
  const timed = async (stage, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = Math.round(performance.now() - start);
    }
  };
  const started = performance.now();
  if (config.mode === "merge") throw new NotAvailableError('mode "merge" is not available yet; run one job without "shard" for now.');
  if (config.shard) throw new NotAvailableError('input "shard" is not available yet; leave it empty to run everything in one job.');
  if (config.generator === "claude")
    throw new NotAvailableError('generator "claude" is not available yet; use generator: template (or auto).');
  if (!fs22.existsSync(config.root))
    throw new Error(`${config.root} does not exist; give the folder of the service to analyse (working-directory).`);
  log(`Discovering integration points in ${config.root}`);
  const discovery = await timed("discover", () => discover(config.root, { include: config.include, exclude: config.exclude }));
  const diagnostics = [...discovery.diagnostics];
  log(`Found ${discovery.points.length} integration points in ${discovery.stats.parsed} of ${discovery.stats.sources} source files`);
  const measured = await timed(
    "cover",
    () => cover({ root: config.root, points: discovery.points, testFiles: discovery.testFiles }, diagnostics)
  );
  const gapReasons = /* @__PURE__ */ new Map();
  const coverage = withoutUnvalidatedItwTests(config, discovery.testFiles, measured, gapReasons);
  const testFramework = discovery.infra.testFramework?.name;
  const ctx = {
    config,
    hooks,
    log,
    timed,
    diagnostics,
    configEnv: configEnvNames(discovery.infra, discovery.points, {
      root: config.root,
      paths: discovery.paths,
      testFiles: discovery.testFiles
    }),
    gapReasons,
    undone,
    runId: randomBytes2(6).toString("hex")
  };
  let generated = [];
  let outcomes = [];
  let run;
  const services = [];
  if (config.mode === "generate") {
    const result = await generateAndValidate(ctx, discovery, coverage, testFramework, gapReasons);
    ({ generated, outcomes, run } = result);
    services.push(...result.services);
  } else if (config.mode === "verify") {
    const result = await verifyExisting(ctx, discovery, testFramework);
    ({ outcomes, run } = result);
    services.push(...result.services);
  }
  timings.total = Math.round(performance.now() - started);
  return {
    version: 1,
    tool: { name: "itw", version: VERSION },
    mode: config.mode,
    root: config.root,
    points: discovery.points,
    coverage,
    generated,
    outcomes,
    ...run ? { run } : {},
    gaps: gapsOf(discovery.points, coverage, generated, gapReasons),
    diagnostics,
    environment: { ...testFramework ? { testFramework } : {}, services },
    repository: { infra: discovery.infra, openapi: discovery.openapi },
    counts: countReport(discovery.points, coverage, generated, outcomes, run?.dropped ?? []),
    timingsMs: timings
  };
}
async function generateAndValidate(ctx, discovery, coverage, testFramework, gapReasons) {
  const { config, log, timed, diagnostics } = ctx;
  const dependencies = new Set(discovery.packages.flatMap((p) => [...p.dependencies]));
  const appFile = discovery.points.filter(isHttpPoint).map((p) => p.details.app?.file).find(Boolean);
  const module = await readModuleStyle(config.root, config.testDir, discovery.infra.module, appFile);
  const named = await testSuffixFor(runnerFor(testFramework), config.root, config.testDir);
  if (named.diagnostic) diagnostics.push(named.diagnostic);
  const input = {
    root: config.root,
    testDir: config.testDir,
    points: discovery.points,
    coverage,
    testFramework,
    dependencies,
    module,
    testSuffix: named.suffix
  };
  const generator = templateGenerator;
  const plan = await timed("generate", () => planFormatted(generator, input));
  diagnostics.push(...plan.diagnostics);
  for (const gap of plan.gaps) gapReasons.set(gap.pointId, gap.reason);
  if (plan.files.length === 0) {
    log("Nothing to generate: every HTTP point is covered, or generation is not possible here (see diagnostics).");
    return { generated: [], outcomes: [], services: [] };
  }
  const writer = new SafeWriter(config.root, config.testDir);
  try {
    const services = [];
    const accepted = await acceptGenerated({
      generator,
      root: config.root,
      testDir: config.testDir,
      plan,
      input,
      writer,
      run: runGenerated(ctx, testFramework, services),
      log,
      timed
    });
    diagnostics.push(...accepted.diagnostics);
    for (const [pointId2, reason] of accepted.gapReasons) if (!gapReasons.has(pointId2)) gapReasons.set(pointId2, reason);
    const support = accepted.generated.length ? plan.files.filter((f) => f.support).map((f) => f.file) : [];
    await removeStale(writer, config, /* @__PURE__ */ new Set([...accepted.generated.map((g) => g.file), ...support]), log);
    const unchanged = await writer.settle();
    return {
      generated: accepted.generated.map((g) => unchanged.has(g.file) ? { ...g, state: "unchanged" } : g),
      outcomes: accepted.outcomes,
      ...accepted.run ? { run: accepted.run } : {},
      services
    };
  } catch (error) {
    ctx.undone.files += await writer.undoAll();
    throw error;
  }
}
function runGenerated(ctx, testFramework, services) {
  return async (tests, plan) => {
    const { config, log, timed } = ctx;
    const runner = runnerFor(testFramework);
    const { provisioned, services: used, testEnv } = await provision(ctx, plan.services);
    services.push(...used);
    let template;
    try {
      if (!runner)
        throw new NotAvailableError(`generated tests cannot run: itw has no runner for ${testFramework ?? "this repository"} yet.`);
      if (provisioned.missing.length) throw new EnvironmentError(missingServicesMessage(provisioned.missing));
      for (const s of provisioned.services) log(`Using ${s.name} from ${s.source}: ${s.url}`);
      ctx.hooks.signal?.throwIfAborted();
      await sweepLeftovers(provisioned.services, log);
      template = await prepareTemplate(ctx, provisioned.services, plan.migrations ?? []);
      log(`Running ${tests.length} generated test files ${config.flakeRuns} times`);
      const result = await timed(
        "run",
        () => runRepeatedly({
          runner,
          cwd: config.root,
          files: tests.map((f) => f.file),
          runs: config.flakeRuns,
          origin: "generated",
          env: template ? { ...testEnv, ITW_TEMPLATE_DATABASE: template.name } : testEnv,
          timeoutSeconds: config.runTimeout,
          signal: ctx.hooks.signal,
          onRun: (e) => log(
            `  run ${e.run}/${e.of}${e.seed === void 0 ? "" : ` (seed ${e.seed})`}: ${e.timedOut ? "timed out" : e.failed ? `${e.failed} failed` : "all passed"} in ${(e.durationMs / 1e3).toFixed(1)} s`
          )
        })
      );
      if (result.summary.broken.length) throw new EnvironmentError(brokenRunMessage(result.summary, "generated"));
      return result;
    } finally {
      const name = template?.name;
      await template?.drop().catch((error) => log(`Could not drop the template database ${name}: ${error.message}; drop it by hand.`));
      ctx.undone.databases += await dropAfterRun(provisioned.services, ctx.runId, log);
      await provisioned.stop();
    }
  };
}
async function verifyExisting(ctx, discovery, testFramework) {
  const { config, log, timed } = ctx;
  const runner = runnerFor(testFramework);
  if (!runner)
    throw new NotAvailableError(
      `mode "verify" needs a supported test framework; found ${testFramework ?? "none"} (supported: ${SUPPORTED_RUNNERS.join(", ")}).`
    );
  const needed = [...new Set(discovery.points.map((p) => p.service))];
  const { provisioned, services, testEnv: env } = await provision(ctx, needed);
  try {
    for (const m of provisioned.missing) log(`Service ${m.name} unavailable: ${m.reason}`);
    ctx.hooks.signal?.throwIfAborted();
    await sweepLeftovers(provisioned.services, log);
    log(`Running ${discovery.testFiles.length} test files ${config.flakeRuns} times`);
    const { outcomes, summary } = await timed(
      "run",
      () => runRepeatedly({
        runner,
        cwd: config.root,
        files: discovery.testFiles,
        runs: config.flakeRuns,
        origin: "repository",
        env,
        timeoutSeconds: config.runTimeout,
        signal: ctx.hooks.signal
      })
    );
    return { outcomes, run: summary, services };
  } finally {
    ctx.undone.databases += await dropAfterRun(provisioned.services, ctx.runId, log);
    await provisioned.stop();
  }
}
function withoutUnvalidatedItwTests(config, testFiles, measured, gapReasons) {
  const owned = itwOwnedFiles(config.root, testFiles);
  const unvalidated = config.mode === "generate" ? owned : new Set([...owned].filter((f) => !validatedRuns(fs22.readFileSync(path31.join(config.root, f), "utf8"))));
  if (unvalidated.size === 0) return [...measured];
  return measured.map((c) => {
    const tests = c.tests.filter((t2) => !unvalidated.has(t2.file));
    if (c.tests.length > 0 && tests.length === 0 && config.mode !== "generate") {
      const files = [...new Set(c.tests.map((t2) => t2.file))].join(", ");
      gapReasons.set(
        c.pointId,
        `only ${files} exercise it, which itw wrote and never validated (it has no itw-validated line: its run was stopped, or it did not pass every run); run itw generate to validate or replace it`
      );
    }
    return { ...c, tests };
  });
}
function itwOwnedFiles(root, files) {
  const owned = /* @__PURE__ */ new Set();
  for (const file of files) {
    const text = fs22.readFileSync(path31.join(root, file), "utf8");
    const owner = ownership(text);
    if (owner.owner === "itw" && !owner.edited) owned.add(file);
  }
  return owned;
}
async function prepareTemplate({ config, log, timed, runId }, services, migrations) {
  const postgres = services.find((s) => s.name === "postgres");
  const adminUrl = postgres && Object.values(postgres.env)[0];
  if (!postgres || !adminUrl || postgres.source === "embedded" || migrations.length === 0) return void 0;
  const template = await timed("template", () => prepareTemplateDatabase(adminUrl, config.root, migrations, runId));
  log(`Migrated ${template.name} once (${migrations.length} migrations); each test file's database is a copy of it`);
  return template;
}
async function provision({ config, hooks, log, timed, configEnv, runId }, needed) {
  const env = hooks.env ?? process.env;
  const provisioned = await timed(
    "services",
    () => provisionServices(needed, {
      source: config.services,
      allowedHosts: config.allowedHosts,
      allowedDatabases: config.allowedDatabases,
      env,
      runtime: hooks.containerRuntime,
      log
    })
  );
  const testEnv = testProcessEnv(env, { ...provisioned.env, CI: "true", ITW_RUN_ID: runId }, configEnv);
  try {
    checkServiceEnv(testEnv, config.allowedHosts);
    for (const service of provisioned.services) if (service.source === "env") await checkServiceAnswers(service);
  } catch (error) {
    await provisioned.stop();
    throw error;
  }
  return {
    provisioned,
    services: provisioned.services.map((s) => ({ name: s.name, source: `${s.source} (${s.url})` })),
    testEnv
  };
}
function gapsOf(points, coverage, generated, reasons) {
  const covered = new Set(coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  for (const g of generated) for (const id of g.points) covered.add(id);
  return points.filter((p) => !covered.has(p.id)).map((p) => ({ pointId: p.id, reason: reasons.get(p.id) ?? "no test exercises it" }));
}
var round1 = (n) => Math.round(n * 10) / 10;
function countReport(points, coverage, generated, outcomes, dropped) {
  const droppedKeys = new Set(dropped.map((d) => `${d.file}\0${d.scenario}`));
  const inTree = outcomes.filter(
    (o) => !droppedKeys.has(`${o.file}\0${o.name}`) && !(o.origin === "generated" && o.classification !== "passed")
  );
  const coveredIds = new Set(coverage.filter((c) => c.tests.length > 0).map((c) => c.pointId));
  for (const g of generated) for (const id of g.points) coveredIds.add(id);
  const http = points.filter((p) => p.kind === "http");
  const share = (part, whole) => whole === 0 ? 0 : round1(100 * part / whole);
  const scenarios = generated.flatMap((g) => g.scenarios);
  return {
    points: points.length,
    covered: points.filter((p) => coveredIds.has(p.id)).length,
    coverage: share(points.filter((p) => coveredIds.has(p.id)).length, points.length),
    endpoints: http.length,
    endpointsCovered: http.filter((p) => coveredIds.has(p.id)).length,
    endpointCoverage: share(http.filter((p) => coveredIds.has(p.id)).length, http.length),
    byKind: POINT_KINDS.map((kind) => ({
      kind,
      points: points.filter((p) => p.kind === kind).length,
      covered: points.filter((p) => p.kind === kind && coveredIds.has(p.id)).length
    })).filter((k) => k.points > 0),
    testsWritten: scenarios.length,
    errorScenarios: scenarios.filter((s) => s.kind !== "happy").length,
    dropped: dropped.length,
    passed: inTree.filter((o) => o.classification === "passed").length,
    flaky: inTree.filter((o) => o.classification === "flaky").length,
    failed: inTree.filter((o) => o.classification === "failed").length,
    skipped: inTree.filter((o) => o.classification === "skipped").length
  };
}
export {
  EnvironmentError,
  NotAvailableError,
  countReport,
  runEngine
};

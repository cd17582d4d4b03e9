/** Making text from repositories and test runs inert in GitHub-flavoured Markdown and HTML. */

/** Inline text: Markdown punctuation and HTML made literal, lines joined, `@mentions` defused. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~$:]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=\w)/g, '@\u200b');
}

/** Text inside an HTML element such as <summary>, where Markdown escapes are not read. */
export function escapeHtml(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@(?=\w)/g, '@\u200b');
}

/** A code span that no backtick inside the text can close. Not for table cells (`|` splits them). */
export function inlineCode(text: string): string {
  const single = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(single.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = single.startsWith('`') || single.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${single}${pad}${fence}`;
}

/** A fenced code block that no line of the text can close. */
export function codeBlock(text: string, lang = 'text'): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

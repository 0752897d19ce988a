/**
 * Escaping of strings that came from a user or a workload (cell ids, metric names, reasons,
 * log lines, CPU models) before they reach a PR comment, an HTML page, a Mermaid chart or a
 * terminal. GitHub renders comments as Markdown with inline HTML, mentions, issue references
 * and math, so each of those must be neutralised, not only table pipes.
 */

/** Joins `@` or `#` to the next character so GitHub does not ping a user/team or cross-reference an issue. */
const ZERO_WIDTH_JOINER = '\u200d';

// C0 and C1 controls, DEL, and the bidi overrides/isolates that can reorder what a reader sees.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;

/**
 * Removes control characters (ESC included) and bidi overrides; newlines and tabs become spaces.
 * For Markdown and HTML, where a reader never needs to see them; a terminal or a runner's log shows
 * them as escapes instead (escapeTerminal in domain/terminal-text.ts).
 */
function stripControl(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROL, '');
}

/** Removes control characters but keeps the line as is otherwise (for log lines in code blocks). */
export function stripControlKeepText(text: string): string {
  return text
    .replace(/\t/g, '  ')
    .replace(/[\r\n\u2028\u2029]/g, ' ')
    .replace(CONTROL, '');
}

/** Shortens to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

const MARKDOWN_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Makes a string inert inside GFM text and table cells: no tags, comments, links, images,
 * emphasis, code spans, headings, math, table breaks, mentions or issue references.
 * Newlines become spaces because a newline ends a table row.
 */
export function escapeMarkdown(text: string): string {
  return (
    stripControl(text)
      .replace(/[&<>]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)
      .replace(/[\\|*_[\]()#`!~$]/g, '\\$&')
      // Only at the start can these open a list, a heading underline or a thematic break.
      .replace(/^[-+=]/, '\\$&')
      .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
      .replace(/\\#(?=[\p{L}\p{N}])/gu, `\\#${ZERO_WIDTH_JOINER}`)
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
  );
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes for HTML text and double- or single-quoted attribute values; also strips controls. */
export function escapeHtml(text: string): string {
  return stripControl(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Escapes a log line for HTML `<pre>`: like escapeHtml but keeps the line's own spacing. */
export function escapeHtmlPre(text: string): string {
  return stripControlKeepText(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * A label that is safe inside a quoted Mermaid string: Mermaid has no escape for quotes, so a
 * double quote becomes a single one; `%%` directives, semicolons, markup and newlines would
 * change how the chart is parsed or drawn, so those characters go. Parentheses stay: titles
 * such as "Speedup vs workers (stage main)" keep their meaning.
 */
export function mermaidLabel(text: string, max = 40): string {
  const safe = stripControl(text)
    .replace(/"/g, "'")
    .replace(/[^\p{L}\p{N} ._:=,+\-/×()']/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clip(safe, max) || '?';
}

/** A backtick fence longer than any run of backticks in the content, so no line can close it early. */
export function codeFence(lines: readonly string[]): string {
  let longest = 0;
  for (const line of lines) {
    for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  }
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Accepts only plain https URLs, so a link cannot carry `javascript:` or break out of its syntax. */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  if (url == null) return undefined;
  return /^https:\/\/[^\s<>()"'`\\|]+$/.test(url) ? url : undefined;
}

/**
 * Escapes for raw HTML inside a GitHub comment (a `<summary>` line): Markdown is not parsed
 * there, but GitHub still turns `@name` and `#123` in the text into mentions and references.
 */
export function escapeGithubHtml(text: string): string {
  return escapeHtml(text)
    .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/#(?=[\p{L}\p{N}])/gu, `#${ZERO_WIDTH_JOINER}`);
}

/**
 * Text from a file or a workload (a key, a value, a file name, an error message, a log line) made
 * safe to write to a terminal or a runner's log, as one line: control characters (ESC, BEL, CR,
 * LF, tab, DEL, C1) and bidi overrides are shown as escapes (`\n`, `\x1b`, `\u202e`), so they
 * can neither move the cursor, recolour the screen nor start a line with `::warning ...::` that
 * a GitHub runner would obey. Everything batchbench writes to stderr, stdout or an action's log
 * that holds such text goes through here, once, at the place the line is made.
 */

// C0 and C1 controls, DEL, the line and paragraph separators, and the bidi marks, overrides and
// isolates that can reorder what a reader sees.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

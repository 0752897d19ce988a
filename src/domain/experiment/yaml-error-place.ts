import { Lexer } from 'yaml';
import type { YAMLError } from 'yaml';

/** Markers the lexer yields that are not text of the file. */
const CONTROL = new Set(['\x02', '\x18', '\x1f']);

/**
 * Where a YAML syntax error really is, when the parser notices it later than the mistake: an
 * unclosed `[` or `{` is reported where the parser gave up (the next line), and one space of
 * extra indent makes the line above look like a multi-line key. Undefined: keep the parser's place.
 */
export function betterPlace(
  e: YAMLError,
  text: string,
): { offset: number; message: string; hint: string } | undefined {
  if (/end with a [\]}]/.test(e.message) || (e.code === 'MISSING_CHAR' && /[\]}]/.test(e.message))) {
    const open = unclosedBracketBefore(text, e.pos[0]);
    if (open !== undefined) {
      const bracket = text[open] as string;
      return {
        offset: open,
        message: `"${bracket}" is not closed`,
        hint: `close it with "${bracket === '[' ? ']' : '}'}" before the end of the value`,
      };
    }
  }
  if (
    /Implicit keys need to be on a single line|Nested mappings are not allowed in compact mappings/.test(
      e.message,
    )
  ) {
    const lineStart = text.lastIndexOf('\n', e.pos[0] - 1) + 1;
    const nextStart = text.indexOf('\n', e.pos[0]) + 1;
    if (nextStart > 0) {
      const indent = (from: number) => /^ */.exec(text.slice(from))?.[0].length ?? 0;
      const next = text.slice(
        nextStart,
        text.indexOf('\n', nextStart) === -1 ? undefined : text.indexOf('\n', nextStart),
      );
      if (indent(nextStart) > indent(lineStart) && /^\s*[^\s#][^:]*:(\s|$)/.test(next)) {
        return {
          offset: nextStart + indent(nextStart),
          message: `this key is indented ${indent(nextStart)} spaces, more than the ${indent(lineStart)} of the line above`,
          hint: 'indent it by as many spaces as the key it stands beside, or nest it under a key that ends with ":"',
        };
      }
    }
  }
  if (/All mapping items must start at the same column/.test(e.message)) {
    const lineStart = text.lastIndexOf('\n', e.pos[0] - 1) + 1;
    const indent = /^ */.exec(text.slice(lineStart))?.[0].length ?? 0;
    return {
      offset: lineStart + indent,
      message: `this key is indented ${indent} spaces, unlike the keys beside it`,
      hint: 'indent it by as many spaces as the key it stands beside',
    };
  }
  return undefined;
}

/** The last `[` or `{` still open at `offset`, by the lexer (brackets in quotes and comments do not count). */
function unclosedBracketBefore(text: string, offset: number): number | undefined {
  const open: number[] = [];
  let at = 0;
  for (const token of new Lexer().lex(text)) {
    if (at > offset) break;
    if (token === '[' || token === '{') open.push(at);
    else if (token === ']' || token === '}') open.pop();
    if (!CONTROL.has(token)) at += token.length;
  }
  return open.at(-1);
}

import { describe, expect, it } from 'vitest';
import {
  clip,
  codeFence,
  escapeGithubHtml,
  escapeHtml,
  escapeMarkdown,
  mermaidLabel,
  safeHttpsUrl,
} from '../../../src/domain/report/escape.js';

const ZWJ = '\u200d';

/** Pipes that end a GFM table cell: those not escaped with a backslash. */
function unescapedPipes(text: string): number {
  return (text.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length;
}

describe('escapeMarkdown', () => {
  it('turns tags and comments into entities', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(escapeMarkdown('<!-- -->')).toBe('&lt;\\!-- --&gt;');
    expect(escapeMarkdown('a & b')).toBe('a &amp; b');
  });

  it('escapes every pipe so a table row keeps its columns', () => {
    const out = escapeMarkdown('| a | b |');
    expect(out).toBe('\\| a \\| b \\|');
    expect(unescapedPipes(out)).toBe(0);
    // A trailing backslash must not swallow the escape of the pipe after it.
    expect(unescapedPipes(escapeMarkdown('x\\|y\\'))).toBe(0);
  });

  it('breaks link and image syntax', () => {
    expect(escapeMarkdown('](javascript:alert(1))')).toBe('\\]\\(javascript:alert\\(1\\)\\)');
    expect(escapeMarkdown('![x](http://e.com/a.png)')).toBe('\\!\\[x\\]\\(http://e.com/a.png\\)');
  });

  it('neutralises mentions and issue references with a zero-width joiner', () => {
    expect(escapeMarkdown('@org/team')).toBe(`@${ZWJ}org/team`);
    expect(escapeMarkdown('fixes #12')).toBe(`fixes \\#${ZWJ}12`);
  });

  it('escapes emphasis, code, strikethrough and math', () => {
    expect(escapeMarkdown('*a* _b_ `c` ~d~ $1 $2')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\$1 \\$2');
  });

  it('keeps one line: newlines and control characters go', () => {
    expect(escapeMarkdown('a\nb\r\nc\u001b[31md\u0000')).toBe('a b c\\[31md');
  });

  it('escapes block syntax only at the start', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('a-b 1.5')).toBe('a-b 1.5');
    expect(escapeMarkdown('# title')).toBe('\\# title');
  });

  it('handles huge strings in linear time without losing the escaping', () => {
    const huge = '<|@'.repeat(100_000);
    const out = escapeMarkdown(huge);
    expect(out).not.toContain('<');
    expect(unescapedPipes(out)).toBe(0);
    expect(out.length).toBe(100_000 * ('&lt;'.length + 2 + 1 + ZWJ.length));
  });
});

describe('escapeHtml', () => {
  it('escapes text and attribute metacharacters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeHtml('<!-- -->')).toBe('&lt;!-- --&gt;');
  });

  it('strips control characters and bidi overrides', () => {
    expect(escapeHtml('a\u001bb\u202ec')).toBe('abc');
  });

  it('for GitHub HTML also breaks mentions', () => {
    expect(escapeGithubHtml('@org/team <b>')).toBe(`@${ZWJ}org/team &lt;b&gt;`);
  });
});

describe('mermaidLabel', () => {
  it('strips brackets, newlines and directives, turns double quotes to single, keeps parentheses', () => {
    expect(mermaidLabel('a"b]c[d\ne%%{init}%%;')).toBe("a'bcd einit");
    expect(mermaidLabel('Speedup vs workers (stage main)', 60)).toBe('Speedup vs workers (stage main)');
    expect(mermaidLabel('workers=4, angle=0')).toBe('workers=4, angle=0');
  });

  it('never returns an empty label and caps the length', () => {
    expect(mermaidLabel('[]{}')).toBe('?');
    expect(mermaidLabel('x'.repeat(100), 10)).toBe('xxxxxxxxx…');
  });
});

describe('helpers', () => {
  it('codeFence is longer than any backtick run', () => {
    expect(codeFence(['plain'])).toBe('```');
    expect(codeFence(['a ```` b', '`'])).toBe('`````');
  });

  it('safeHttpsUrl keeps only plain https URLs', () => {
    expect(safeHttpsUrl('https://console.aws.amazon.com/batch/home#jobs')).toBe(
      'https://console.aws.amazon.com/batch/home#jobs',
    );
    expect(safeHttpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpsUrl('http://example.com')).toBeUndefined();
    expect(safeHttpsUrl('https://e.com/a)b')).toBeUndefined();
    expect(safeHttpsUrl('https://e.com/a|b')).toBeUndefined();
  });

  it('Markdown drops ESC sequences and keeps printable text', () => {
    expect(escapeMarkdown('\u001b]0;title\u0007ok\u009b')).toBe('\\]0;titleok');
  });

  it('clip marks the cut', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});

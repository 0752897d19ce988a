import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_LIMIT, renderMarkdown, reportMarker } from '../../../src/domain/report/markdown.js';
import type { CellReport, FailureReport, ReportModel } from '../../../src/domain/report/model.js';
import { HOSTILE, makeReport, summary } from './fixtures.js';

/** Delimiter pipes of a rendered row: markdown-table puts a space before each, escaped pipes have a backslash. */
function columns(line: string): number {
  return (line.match(/(?:^| )\|/g) ?? []).length;
}

/** Every block of table lines: a header, a delimiter row, and rows with the header's column count. */
function expectWholeTables(markdown: string): number {
  const lines = markdown.split('\n');
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || (i > 0 && lines[i - 1]!.startsWith('|'))) continue;
    tables++;
    const width = columns(lines[i]!);
    expect(lines[i + 1]).toMatch(/^\|( [:-]+ \|)+$/);
    for (let j = i; j < lines.length && lines[j]!.startsWith('|'); j++) {
      expect(lines[j]!.endsWith(' |'), lines[j]).toBe(true);
      expect(columns(lines[j]!), lines[j]).toBe(width);
    }
  }
  return tables;
}

function bigReport(cellCount: number, failureCount: number): ReportModel {
  const model = makeReport();
  const template = model.cells[0]!;
  const cells: CellReport[] = [];
  for (let i = 0; i < cellCount; i++) {
    cells.push({
      ...template,
      cellId: `workers=${i % 64},angle=${i},seed=${HOSTILE.pipes}-${i}`,
      values: { workers: i % 64, angle: i },
      wall: summary(5, 100 + i, 2),
      stage: i % 2 === 0 ? 'simulate' : 'aggregate',
    });
  }
  const failures: FailureReport[] = [];
  for (let i = 0; i < failureCount; i++) {
    failures.push({
      jobId: `job-${i}`,
      stage: 'simulate',
      cellId: cells[i % cellCount]!.cellId,
      attempt: 1,
      status: 'FAILED',
      exitCode: 1,
      reason: `boom ${HOSTILE.script} ${i}`,
      logTail: Array.from(
        { length: 50 },
        (_, k) => `line ${k} of job ${i} ${HOSTILE.backticks} ${'x'.repeat(80)}`,
      ),
    });
  }
  return { ...model, cells, failures };
}

describe('renderMarkdown of the fixture', () => {
  const md = renderMarkdown(makeReport(), { marker: 'monte-carlo-scaling' });

  it('starts with the hidden marker and a headline', () => {
    expect(
      md.startsWith('<!-- batchbench:monte-carlo-scaling -->\n## batchbench · monte-carlo-scaling\n'),
    ).toBe(true);
    expect(md).toContain('⚠️ **partial**');
    expect(md).toContain('jobs: 39 succeeded, 2 failed, 1 missing of 42 planned');
    expect(md).toContain('targets: 1 ✅ met, 1 ❌ missed, 1 ⚠️ inconclusive');
  });

  it('puts warnings near the top as a GitHub alert', () => {
    expect(md.indexOf('> [!WARNING]')).toBeGreaterThan(0);
    expect(md.indexOf('> [!WARNING]')).toBeLessThan(md.indexOf('### Targets'));
    expect(md).toContain('> - Only 1 repeat of cell agg: no confidence interval.');
  });

  it('shows results with n, median, mean ± sd, CI, cv and cost', () => {
    expect(md).toContain('| Cell | n | Median | Mean ± sd | 95% CI | cv | Cost |');
    expect(md).toContain(
      '| workers=1 | 5 | 6m 39s | 6m 40s ± 12.0 s | \\[6m 25s, 6m 55s\\] | 3.0% | \\$0.0042 |',
    );
    expect(md).toContain('| workers=8 | 5 \\(1 failed\\) |');
    expect(md).toContain('| ⚠️ 15% |');
    expect(md).toContain('| agg \\| a \\| b \\| | 1 | 3.46 s | 3.46 s | — | — | — |');
  });

  it('shows speedup with its interval, efficiency, Karp-Flatt and the Amdahl fit', () => {
    expect(md).toContain('| 2 | 5 | 1.93× \\[1.85, 2.01\\] | 97% | 0.034 | \\$0.0043 |');
    expect(md).toContain('| 1 | 5 | 1.00× \\[0.97, 1.03\\] | 100% | — |');
    // At the target, but with no interval: not shown as reached.
    expect(md).toContain('| 8 | 4 | 5.71× | 71% | 0.057 |');
    expect(md).toContain('Amdahl fit: serial fraction 5.4%, max speedup 18.52×, R² 0.999');
  });

  it('draws Mermaid charts with quoted, sanitised labels and an ideal line', () => {
    expect(md).toContain('x-axis "workers" ["1", "2", "4", "8"]');
    expect(md).toContain('line [1, 1.935, 3.478, 5.714]');
    expect(md).toContain('line [1, 2, 4, 8]');
    // One chart per stage: the aggregate stage's cell gets a chart of its own.
    expect(md).toContain('x-axis ["workers=1", "workers=2", "workers=4", "workers=8"]');
    expect(md).toContain('x-axis ["agg a b"]');
    expect(md).toContain('title "Median wall time per cell (stage simulate)"');
    expect(md).toContain('title "Speedup vs workers (stage simulate, angle=0)"');
    expect(md).toContain('dark blue line: measured · grey line: ideal \\(linear\\)');
    // The measured line is drawn last, in the palette's dark colour.
    expect(md).toContain('"plotColorPalette":"#949494, #0b4f9c"');
  });

  it('shows time split, fan-out quantiles, stragglers, cost, extrapolation', () => {
    expect(md).toContain('| workers=8 | 5 | 12.5 s | 31.2 s | 20.0 s | 1.25 s | 31% |');
    expect(md).toContain(
      '| workers=8 | 8 | 1m 10s | 41.5 s | 30.1 s | 38.0 s | 40.0 s | 41.3 s | 41.5 s | ⚠️ 2 | 1 |',
    );
    expect(md).toContain('AMD EPYC &lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(md).toContain(
      'Total \\$6.90 \\(measured run times\\) · on-demand \\$6.90 · Spot \\$2.41 · per item \\$0.0042',
    );
    expect(md).toContain('| All stages | \\$6.68 | \\$0.13 | \\$0.09 | \\$6.90 |');
    expect(md).toContain('| c7g.large \\(Graviton\\) | \\$5.10 | ✅ \\-\\$1.80 |');
    expect(md).toContain('At 200× the work: about 3h 53m \\[3h 40m, 4h 07m\\], about \\$1.18.');
  });

  it('keeps detail sections inside <details>', () => {
    expect(md).toContain('<details><summary>Stragglers (2)</summary>\n\n|');
    expect(md).toContain('<details><summary>Where the time went (mean seconds per task)</summary>');
  });

  it('escapes every workload string and never lets one through raw', () => {
    // Log tails are the one place raw text is allowed: inside a fenced code block it is inert.
    const outsideCode = md.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
    expect(outsideCode).not.toBe(md);
    expect(outsideCode).not.toContain('<script');
    expect(outsideCode).not.toContain('<!-- hidden');
    expect(outsideCode).not.toContain('](javascript');
    expect(outsideCode).not.toContain('</details> <!--');
    expect(md).not.toMatch(/@org/);
    expect(md).toContain('\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).not.toContain('\u001b');
    expectWholeTables(md);
  });

  it('links only https console URLs', () => {
    expect(md).toContain(
      '[console](https://console.aws.amazon.com/batch/home?region=us-east-1#jobs/detail/abc)',
    );
    expect(md).toContain('console (link withheld: not https)');
  });

  it('puts log tails in a fence longer than any backtick run in them', () => {
    const start = md.indexOf('`````text\n');
    expect(start).toBeGreaterThan(0);
    const end = md.indexOf('\n`````\n', start);
    const block = md.slice(start, end);
    expect(block).toContain('<script>alert(1)</script>');
    expect(block).toContain('```` not a fence end');
    expect(block).toContain('[31mRED[0m segfault');
    expect(block).not.toContain('\u001b');
  });

  it('renders without a marker when none is asked for', () => {
    expect(renderMarkdown(makeReport()).startsWith('## batchbench')).toBe(true);
  });
});

describe('reportMarker', () => {
  it('cannot close the comment early', () => {
    expect(reportMarker('exp --> <b>x</b>')).toBe('<!-- batchbench:exp-bx/b -->');
  });
});

describe('renderMarkdown size limit', () => {
  it('folds log tails first, keeping everything else', () => {
    const model = bigReport(4, 0);
    model.failures = makeReport().failures.concat(
      Array.from({ length: 40 }, (_, i) => ({
        ...makeReport().failures[0]!,
        jobId: `j${i}`,
        logTail: Array(40).fill('y'.repeat(100)),
      })),
    );
    const full = renderMarkdown(model, { limit: 10_000_000 });
    const limit = full.length - 1000;
    const md = renderMarkdown(model, { limit });
    expect(md.length).toBeLessThanOrEqual(limit);
    expect(md).not.toContain('Log tail of');
    expect(md).toContain('### Failures \\(42\\)');
    expect(md).toContain('Per-cell detail');
    expect(md).toMatch(/42 sections omitted to fit the comment size limit, see the JSON artifact\./);
    expectWholeTables(md);
  });

  it('keeps a 5,000-cell report with many failures under the default limit, rows whole', () => {
    const model = bigReport(5000, 300);
    const md = renderMarkdown(model, { marker: 'big' });
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MARKDOWN_LIMIT);
    expect(md.startsWith('<!-- batchbench:big -->\n## batchbench')).toBe(true);
    expect(md).toContain('> [!WARNING]');
    expect(md).toContain('### Targets');
    expect(md).toContain('Short form:');
    expect(md).toMatch(/_… and [\d,]+ more rows, see the JSON artifact\._/);
    expect(md).not.toContain('<script');
    expect(md).not.toContain('Log tail of');
    expect(expectWholeTables(md)).toBeGreaterThanOrEqual(3);
    // No line is cut: every line of the output is one the full form would also contain.
    const full = new Set(renderMarkdown(model, { limit: 100_000_000 }).split('\n'));
    for (const line of md.split('\n')) {
      if (line.startsWith('|')) expect(full.has(line), line).toBe(true);
    }
  });

  it('refuses a limit too small for the short form', () => {
    expect(() => renderMarkdown(makeReport(), { limit: 100 })).toThrow(RangeError);
  });

  it('honours a smaller limit too', () => {
    const md = renderMarkdown(bigReport(500, 20), { limit: 5000, marker: 'x'.repeat(200) });
    expect(md.length).toBeLessThanOrEqual(5000);
    expect(md).toContain('Short form:');
    expectWholeTables(md);
  });
});

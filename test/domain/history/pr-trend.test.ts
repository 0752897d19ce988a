import { describe, expect, it } from 'vitest';
import type { ReportComparison } from '../../../src/domain/analysis/compare-reports.js';
import { changedCells, PR_TREND_CHARTS, prTrend } from '../../../src/domain/history/pr-trend.js';
import { chartedTrends } from '../../../src/domain/report/history-section.js';
import { renderHtml } from '../../../src/domain/report/html.js';
import type { RunHistoryEntry } from '../../../src/domain/history/run-entry.js';
import { buildDocument } from '../../../src/domain/report/document.js';
import { renderMarkdown } from '../../../src/domain/report/markdown.js';
import type { ReportModel } from '../../../src/domain/report/model.js';
import { summarize } from '../../../src/domain/stats/summary.js';
import { exampleReports, prTrendReport } from './example-reports.js';

const head = exampleReports()[0]!.model;
const cell = head.cells[0]!;
const name = `${cell.stage}/${cell.cellId}`;

function base(i: number, ref: string, factor: number): RunHistoryEntry {
  const samples = (cell.wallSamples ?? [1, 1.01, 0.99]).map((x) => x * factor);
  const s = summarize(samples);
  return {
    schemaVersion: 1,
    experiment: head.experiment.name,
    runId: `b${i}`,
    commit: `${i}`.repeat(40).slice(0, 40),
    ref,
    date: `2026-11-0${i}T00:00:00Z`,
    cells: [
      {
        cell: name,
        metrics: {
          wall_seconds: {
            n: s.n,
            median: s.median,
            mean: s.mean,
            ci: s.ci,
            better: 'lower',
            unit: 's',
            samples,
          },
        },
      },
    ],
  };
}

const comparison = (verdict: string) =>
  ({ cells: [{ stage: cell.stage, cellId: cell.cellId, verdict }] }) as unknown as ReportComparison;

describe("a pull request's trend of its changed cells", () => {
  const history = [1, 2, 3, 4, 5, 6, 7].map((i) => base(i, 'main', 0.5)).concat([base(8, 'other', 0.5)]);

  it('shows the base branch’s last 5 commits and the PR, for changed cells only', () => {
    expect(changedCells(comparison('regression'))).toEqual([name]);
    expect(changedCells(comparison('inconclusive'))).toEqual([]);
    const trends = prTrend(history, head, 'main', [name])!;
    expect(trends).toHaveLength(1);
    expect(trends[0]!.points.map((p) => p.label)).toEqual([
      '3333333',
      '4444444',
      '5555555',
      '6666666',
      '7777777',
      'this PR',
    ]);
  });

  it('is absent without base history or without a changed cell, and so is its section', () => {
    expect(prTrend(history, head, 'release', [name])).toBeUndefined();
    expect(prTrend(history, head, 'main', [])).toBeUndefined();
    expect(buildDocument(head).sections.map((s) => s.key)).not.toContain('trend');
  });

  it('is a section of the report, escaped like the rest', () => {
    const trend = prTrend(history, head, 'main', [name])!;
    const model: ReportModel = { ...head, trend };
    expect(buildDocument(model).sections.map((s) => s.key)).toContain('trend');
    const md = renderMarkdown(model);
    expect(md).toContain('### Trend of the changed cells');
    expect(md).toMatch(/\| [▁▂▃▄▅▆▇█]{6} \| 3333333 .* → .*7777777 .* \|/);
  });
});

describe("the pull request's trend as charts", () => {
  const hostile = prTrendReport;

  it('draws a Mermaid chart per changed cell, with its points table, the summary table kept', () => {
    const { model, names } = hostile(['a"];click x', '<script>alert(1)</script>']);
    const md = renderMarkdown(model);
    const blocks = [...md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
    const trendBlocks = blocks.filter((b) => b.includes('x-axis "position, oldest first"'));
    expect(trendBlocks).toHaveLength(2);
    for (const b of trendBlocks) {
      expect(b).toContain('xychart-beta');
      // Six points: the last five base commits and the pull request; the PR regressed: its
      // position is marked on the x axis, and no bar series leaves a stub at the others.
      expect(b).toContain('x-axis "position, oldest first" ["1", "2", "3", "4", "5", "▲ 6"]');
      expect(b).not.toMatch(/^\s*bar\b/m);
    }
    expect(md).toContain("A chart per changed cell: the base branch's last 5 commits");
    expect(md).toMatch(/\| 6 \| this PR \| .* \| ❌ regression \+3\d\.\d% \|/);
    // Every user string escaped: Mermaid labels through mermaidLabel, Markdown through escapeMarkdown.
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('"];click');
    expect(trendBlocks[0]).toMatch(/title "wall_seconds of main\/a'click x"/);
    expect(trendBlocks[1]).toMatch(/title "wall_seconds of main\/scriptalert\(1\)\/script"/);
    for (const b of trendBlocks) expect(b.split('\n').filter((l) => /^\s*click\b/.test(l))).toEqual([]);
    expect(md).toContain('### Trend of main/&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    const html = renderHtml(model);
    expect(html).not.toContain('<script>alert');
    expect(names).toHaveLength(2);
  });

  it(`charts at most ${PR_TREND_CHARTS} cells, regressions first, says so, and folds charts before the table`, () => {
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    const { model } = hostile(ids);
    const sections = buildDocument(model).sections;
    expect(sections.filter((s) => s.key === 'trend-charts')).toHaveLength(PR_TREND_CHARTS);
    const md = renderMarkdown(model);
    expect(md).toContain(
      `Charts of ${PR_TREND_CHARTS} of the 6 changed cells \\(regressions first; the table has them all\\)`,
    );
    // A comment too long for everything drops the trend charts before the report's own charts,
    // and keeps the summary table of every changed cell.
    const axis = 'x-axis "position, oldest first"';
    let limit = md.length;
    let short = md;
    while (short.includes(axis)) short = renderMarkdown(model, { limit: (limit -= 500) });
    expect(short).toContain('### Trend of the changed cells');
    expect(short).toMatch(/^\| main\/c6 \| [▁▂▃▄▅▆▇█]{6} \|/m);
    expect(short).toContain('<summary>Chart: ');
    // Regressions are charted first, whatever the table's order.
    const [a, b] = model.trend!;
    const better = {
      ...a!,
      points: a!.points.map((p, k, all) =>
        k === all.length - 1 ? { ...p, verdict: 'improvement' as const } : p,
      ),
    };
    expect(chartedTrends([better, b!]).map((t) => t.cell)).toEqual([b!.cell, better.cell]);
  });
});

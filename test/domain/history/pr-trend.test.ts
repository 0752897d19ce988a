import { describe, expect, it } from 'vitest';
import type { ReportComparison } from '../../../src/domain/analysis/compare-reports.js';
import { changedCells, prTrend } from '../../../src/domain/history/pr-trend.js';
import type { RunHistoryEntry } from '../../../src/domain/history/run-entry.js';
import { buildDocument } from '../../../src/domain/report/document.js';
import { renderMarkdown } from '../../../src/domain/report/markdown.js';
import type { ReportModel } from '../../../src/domain/report/model.js';
import { summarize } from '../../../src/domain/stats/summary.js';
import { exampleReports } from './example-reports.js';

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

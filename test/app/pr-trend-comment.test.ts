/**
 * The pull request comment as composed for GitHub: the comparison with the base branch finds
 * the changed cells, the history gives their trend, and the comment carries the summary table
 * and a Mermaid chart per changed cell (at most three), escaped and within GitHub's size limit.
 */
import { describe, expect, it } from 'vitest';
import { composeReport } from '../../src/app/publish-report.js';
import { changedCells, PR_TREND_CHARTS, prTrend } from '../../src/domain/history/pr-trend.js';
import { DEFAULT_MARKDOWN_LIMIT } from '../../src/domain/report/markdown.js';
import { prTrendReport } from '../domain/history/example-reports.js';

const TREND_AXIS = 'x-axis "position, oldest first"';

describe("a pull request's comment with the trend of its changed cells", () => {
  it('charts the cells the comparison found slower, escaped, within the comment limit', () => {
    const ids = ['a"];click x', '<script>alert(1)</script>', 'c3', 'c4'];
    const { model, base, entries } = prTrendReport(ids);
    const head = { ...model };
    delete head.trend;
    let changed: string[] = [];
    const publication = composeReport(head, {
      baseline: base,
      trend: (comparison) => prTrend(entries, head, 'main', (changed = changedCells(comparison))),
    });
    const md = publication.markdown;
    expect(changed).toHaveLength(ids.length);
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MARKDOWN_LIMIT);
    expect(md).toContain('### Trend of the changed cells');
    const charts = [...md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].filter((m) =>
      m[1]!.includes(TREND_AXIS),
    );
    expect(charts).toHaveLength(PR_TREND_CHARTS);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('"];click');
  });

  it('has no trend section when the comparison finds nothing changed', () => {
    const { model, base, entries } = prTrendReport(['c1', 'c2'], 1);
    const head = { ...model };
    delete head.trend;
    const publication = composeReport(head, {
      baseline: base,
      trend: (comparison) => prTrend(entries, head, 'main', changedCells(comparison)),
    });
    expect(publication.markdown).not.toContain('Trend of the changed cells');
    expect(publication.markdown).not.toContain(TREND_AXIS);
  });
});

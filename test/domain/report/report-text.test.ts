import { describe, expect, it } from 'vitest';
import { priceBasisLine } from '../../../src/domain/cost/price-table.js';
import { buildDocument } from '../../../src/domain/report/document.js';
import { renderHtml } from '../../../src/domain/report/html.js';
import { renderMarkdown } from '../../../src/domain/report/markdown.js';
import type { CellReport, ReportModel } from '../../../src/domain/report/model.js';
import { renderTerminal } from '../../../src/domain/report/terminal.js';
import { prices } from '../../app/records.js';
import { makeReport, summary } from './fixtures.js';

const BASIS =
  'EC2 on-demand us-east-1, 2026-07-20; Spot: typical savings, 2025-06; see data/aws-prices.SOURCES.md';

/** Markdown without its backslash escapes, to read the text as a reader sees it. */
const plain = (md: string): string => md.replace(/\\(.)/g, '$1');

function unpriced(model: ReportModel): ReportModel {
  const cells = model.cells.map((c): CellReport => ({ ...c, cost: { usd: 0, basis: 'none' } }));
  return { ...model, cells, cost: { ...model.cost, basis: 'none', totalUsd: 0, onDemandUsd: 0 } };
}

describe('the report text', () => {
  it('states the price basis in one line, from the price table, whole', () => {
    expect(priceBasisLine(prices, 'us-east-1')).toBe(BASIS);
    expect(priceBasisLine(prices, 'us-west-2')).toMatch(/^EC2 on-demand us-west-2, undated; /);
    // A user's own table without `basis` is described by its whole snapshot.
    expect(priceBasisLine({ ...prices, basis: undefined, snapshot: 'Mine. Two sentences.' }, 'x')).toBe(
      'Mine. Two sentences.',
    );
    const md = renderMarkdown({ ...makeReport(), cost: { ...makeReport().cost, priceSnapshot: BASIS } });
    expect(md.split('\n')).toContain(`Prices: ${BASIS}`);
  });

  it('reads an unpriced total as unknown and says what has no price, never $0.00', () => {
    const model = unpriced(makeReport());
    for (const text of [
      plain(renderMarkdown(model)),
      renderTerminal(model, { width: 200 }),
      renderHtml(model),
    ]) {
      expect(text).toContain(
        'Total unknown (no prices for instance type c6i.large, cells without compute.instance-type)',
      );
      expect(text).not.toMatch(/Total \$0\.00/);
    }
  });

  it('counts with the right plural', () => {
    const md = plain(renderMarkdown(makeReport()));
    expect(md).toContain('not included: 1 cell with no prices (cells without compute.instance-type)');
    expect(md).not.toMatch(/\b1 cells\b/);
  });

  it('says which fan-out figure is a mean of repeats and which is pooled', () => {
    const md = renderMarkdown(makeReport());
    expect(md).toContain('| Cell | Tasks | Makespan | Longest task \\(mean\\) |');
    expect(md).toContain('| Max \\(pooled\\) |');
    expect(md).toContain("Longest task \\(mean\\) is the mean over repeats of each repeat's longest task");
  });

  it('names the stage in the time split and never a "default" cell', () => {
    const model = makeReport();
    model.cells = model.cells.map((c) => ({ ...c, cellId: 'default' }));
    const md = renderMarkdown(model, { limit: 10_000_000 });
    const split = md.slice(md.indexOf('Where the time went'));
    expect(split).toContain('| Stage | n | Queue | Start-up | Compute | Collection | Compute share |');
    expect(split).toContain('| simulate | 5 | 12.5 s |');
    expect(split.slice(0, split.indexOf('</details>'))).not.toContain('default');
  });

  it('labels the one cell of an experiment without a matrix, in every table, never "default"', () => {
    const model = makeReport();
    model.cells = [{ ...model.cells[3]!, cellId: 'default' }];
    model.failures = model.failures.map((f) => ({ ...f, cellId: 'default' }));
    const md = renderMarkdown(model, { limit: 10_000_000 });
    expect(md).toContain('| all jobs \\(no matrix\\) | 5 \\(1 failed\\) |');
    expect(md).toContain('all jobs \\(no matrix\\): makespan');
    expect(md.replace(/```[\s\S]*?```/g, '')).not.toMatch(/\bdefault\b/);
  });

  it('names the stage in the fan-out and stragglers tables when stages share cell ids', () => {
    const model = makeReport();
    const fanned = model.cells[3]!;
    model.cells.push({ ...fanned, stage: 'replay' });
    const md = renderMarkdown(model, { limit: 10_000_000 });
    expect(md).toContain('| Stage | Cell | Tasks | Makespan |');
    expect(md).toContain('| replay | workers=8 | 8 | 1m 10s |');
    expect(md).toContain('| Stage | Cell | Job | Time | × median | CPU model |');
    expect(renderMarkdown(makeReport())).toContain('| Cell | Tasks | Makespan |');
  });

  it('gives every chart and section a distinct title, and one chart per stage', () => {
    const model = makeReport();
    model.scaling!.series.push({ ...model.scaling!.series[0]! });
    const doc = buildDocument(model);
    const titles = doc.sections.map((s) => s.title);
    expect(new Set(titles).size).toBe(titles.length);
    const charts = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])),
    );
    expect(new Set(charts.map((c) => c.title)).size).toBe(charts.length);
    expect(charts.map((c) => c.title)).toContain('Median wall time per cell (stage aggregate)');
  });

  it('draws one chart with a bar per stage when every stage has one cell', () => {
    const model = makeReport();
    model.cells = [model.cells[0]!, model.cells[4]!].map((c) => ({ ...c, cellId: 'default' }));
    const md = renderMarkdown(model, { limit: 10_000_000 });
    expect(md).toContain('title "Median wall time per stage"');
    expect(md).toContain('x-axis ["simulate", "aggregate"]');
    expect(md).not.toContain('x-axis ["default"]');
  });

  it('shortens long x labels to keys and prints the key under the chart', () => {
    const model = makeReport();
    model.cells = Array.from({ length: 12 }, (_, i) => ({
      ...model.cells[0]!,
      cellId: `workers=${i + 1},dataset=imagenet-validation`,
      wall: summary(3, 10 + i, 1),
    }));
    const md = renderMarkdown(model, { limit: 10_000_000 });
    expect(md).toContain('x-axis ["c1", "c2", "c3"');
    expect(md).toContain('| c12 | workers=12,dataset=imagenet-validation |');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeReport, conclusionOf } from '../../src/app/publish-report.js';
import { buildPlan } from '../../src/domain/plan/build-plan.js';
import { parsePriceTable } from '../../src/domain/cost/price-table.js';
import { compareReports } from '../../src/domain/analysis/compare-reports.js';
import { renderComparisonMarkdown } from '../../src/domain/report/comparison-table.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import { renderPlanMarkdown } from '../../src/domain/report/plan-markdown.js';
import type { Experiment } from '../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import { HOSTILE, makeReport } from '../domain/report/fixtures.js';

const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);

describe('renderPlanMarkdown', () => {
  it('shows jobs, vCPU-hours and cost with each cell and stage, and escapes what the file says', () => {
    const text = readFileSync('test/fixtures/actions/batch-pr.yaml', 'utf8').replace(
      'name: batch-pr',
      `name: batch-pr\ndescription: "${HOSTILE.script}"`,
    );
    const experiment = validateExperimentText(text, `exp/${HOSTILE.pipes}.yaml`).value as Experiment;
    const { plan } = buildPlan(experiment, { prices });
    const md = renderPlanMarkdown(plan);
    expect(md).toContain('**6 jobs** in 2 cells × 1 stage');
    expect(md).toContain(`**${plan.totals.vcpuHours.toFixed(2)} vCPU-hours**`);
    expect(md).toMatch(/\| main \| workers-1 \| 3 \| \d+ \| aws-batch c5\.large /);
    // The pipes of the file name cannot break out of the line into a table.
    expect(md).not.toContain(HOSTILE.pipes);
    expect(md).not.toContain('<script>');
  });
});

describe('the base branch comparison', () => {
  const spread = [-0.02, 0.01, 0, 0.015, -0.005];
  const withSamples = (r: ReportModel, scale: (i: number) => number): ReportModel => ({
    ...r,
    cells: r.cells.map((c, i) => ({
      ...c,
      wallSamples: spread.map((d) => c.wall.mean * scale(i) * (1 + d)),
    })),
  });
  const head = withSamples(makeReport(), () => 1);
  // The base was twice as slow in its first cell: the head improved it.
  const base = {
    ...withSamples(makeReport(), (i) => (i === 0 ? 2 : 1)),
    run: { ...head.run, id: 'base-run' },
  };

  it('compares every cell with the statistics, not a ±5% rule', () => {
    const cmp = compareReports(base, head);
    expect(cmp.cells).toHaveLength(head.cells.length);
    expect(cmp.cells[0]?.verdict).toBe('improvement');
    expect(cmp.cells[0]?.result?.change).toBeCloseTo(-0.5, 10);
    expect(cmp.cells[1]?.verdict).toBe('unchanged');
    const md = renderComparisonMarkdown(cmp);
    expect(md).toContain(
      '| simulate | workers=1 | 13m 20s \\[5\\] | 6m 40s \\[5\\] | \\-50.0% \\[-51.0%, -49.0%\\] |',
    );
    expect(md).toMatch(/ \| [\d.e-]+ \| g -[\d.]+ \| ✅ improvement \|/);
  });

  it('lists cells only one side has, and says why they are not compared', () => {
    const gone = { ...base, cells: [...base.cells, { ...base.cells[0]!, cellId: 'only-in-base' }] };
    const cmp = compareReports(gone, head);
    expect(cmp.cells.at(-1)).toMatchObject({
      cellId: 'only-in-base',
      verdict: 'untestable',
      reason: 'the cell is only in the base run',
    });
    expect(renderComparisonMarkdown(cmp)).toMatch(/\| only-in-base \| [^|]+ \| — \| — \|/);
  });

  it('goes below the report, which folds to leave it room within a comment', () => {
    const publication = composeReport(head, { baseline: base });
    expect(publication.markdown.startsWith('<!-- batchbench:')).toBe(true);
    expect(publication.markdown).toContain('### Compared with the base branch');
    expect(publication.markdown.length).toBeLessThanOrEqual(65_536);
    const huge = {
      ...head,
      warnings: Array.from({ length: 2000 }, (_, i) => `warning ${i} ${'x'.repeat(200)}`),
    };
    const folded = composeReport(huge, { baseline: base });
    expect(folded.markdown.length).toBeLessThanOrEqual(65_536);
    expect(folded.markdown).toContain('### Compared with the base branch');
  });
});

describe('the conclusion of a check', () => {
  const report = makeReport();
  it('fails on failed jobs or a missed target, is neutral on inconclusive ones, and waits while jobs run', () => {
    const clean = { ...report, run: { ...report.run, jobsFailed: 0, jobsMissing: 0 }, targets: [] };
    expect(conclusionOf(clean)).toBe('success');
    expect(
      conclusionOf({
        ...clean,
        targets: [{ description: 'd', target: 't', actual: 'a', status: 'inconclusive' }],
      }),
    ).toBe('neutral');
    expect(
      conclusionOf({ ...clean, targets: [{ description: 'd', target: 't', actual: 'a', status: 'missed' }] }),
    ).toBe('failure');
    expect(conclusionOf({ ...clean, run: { ...clean.run, jobsFailed: 1 } })).toBe('failure');
    expect(composeReport(clean, { unfinished: 3 }).conclusion).toBeUndefined();
  });
});

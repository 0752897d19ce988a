import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/domain/report/html.js';
import { renderMarkdown } from '../../../src/domain/report/markdown.js';
import { renderTerminal } from '../../../src/domain/report/terminal.js';
import type { ReportModel } from '../../../src/domain/report/model.js';
import { makeReport } from './fixtures.js';

const HOSTILE_ID = '<img src=x onerror=alert(1)>|**x**';

function withRecommendation(): ReportModel {
  const model = makeReport();
  model.recommendation = {
    points: [
      {
        cellId: HOSTILE_ID,
        values: {},
        seconds: 10,
        secondsCi: [9, 11],
        usd: 0.5,
        usdCi: [0.45, 0.55],
        onFrontier: true,
      },
      {
        cellId: 'slow',
        values: {},
        seconds: 20,
        secondsCi: [18, 22],
        usd: 0.6,
        usdCi: [0.54, 0.66],
        onFrontier: false,
      },
    ],
    frontier: [HOSTILE_ID],
    withinBudget: { limit: 0.52, cellId: HOSTILE_ID, sure: false },
    recommended: HOSTILE_ID,
    why: 'the fastest within the budget',
    projection: {
      cellId: HOSTILE_ID,
      scale: 4,
      stages: [{ stage: 'main', seconds: 40, secondsCi: [36, 44], usd: 2 }],
    },
    advice: ['slow: start-up is 55% of each task'],
    byInstanceType: [
      {
        instanceType: 'c7i.large',
        cpuModels: ['Intel Xeon'],
        cells: 1,
        fastestCellId: HOSTILE_ID,
        seconds: 10,
        usd: 0.5,
        runsPerDollar: 2,
        runsPerVcpuHour: 180,
      },
      {
        instanceType: 'c7g.large',
        cpuModels: [],
        cells: 1,
        fastestCellId: 'slow',
        seconds: 20,
        usd: 0.6,
        runsPerDollar: null,
        runsPerVcpuHour: null,
      },
    ],
    unpriced: [],
  };
  return model;
}

describe('the Recommendation section', () => {
  it('is in every format, names the cell, and escapes it', () => {
    const model = withRecommendation();
    const md = renderMarkdown(model);
    expect(md).toContain('### Recommendation');
    expect(md).toContain('Projection at 4× the measured work, stage main: 40.0 s');
    expect(md).not.toContain('<img');
    const html = renderHtml(model);
    expect(html).toContain('Recommendation');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('(its interval reaches over the budget)');
    const text = renderTerminal(model, { width: 160, color: false });
    expect(text).toContain('Recommendation');
    expect(text).toContain('Advice: slow: start-up is 55% of each task');
    expect(text).toMatch(/c7i\.large\s+Intel Xeon\s+1\s+10\.0 s\s+\$0\.50\s+2\s+180/);
  });

  it('is absent when there is nothing to recommend', () => {
    expect(renderMarkdown(makeReport())).not.toContain('### Recommendation');
  });
});

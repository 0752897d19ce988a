import { describe, expect, it } from 'vitest';
import {
  entryFromReport,
  fromCampaign,
  parseEntry,
  WALL_METRIC,
} from '../../../src/domain/history/run-entry.js';
import type { RunHistoryEntry } from '../../../src/domain/history/run-entry.js';
import { buildHistoryView, perCommit, regressions } from '../../../src/domain/history/trend.js';
import { sparkline } from '../../../src/domain/history/history-document.js';
import { summarize } from '../../../src/domain/stats/summary.js';
import type { ReportModel } from '../../../src/domain/report/model.js';

/** An entry with one cell whose wall samples are given. */
function entry(
  commit: string | undefined,
  date: string,
  samples: number[],
  runId = `run-${date}`,
): RunHistoryEntry {
  const s = summarize(samples);
  return {
    schemaVersion: 1,
    experiment: 'exp',
    runId,
    ...(commit ? { commit } : {}),
    ref: 'main',
    date,
    cells: [
      {
        cell: 'main/workers=4',
        metrics: {
          [WALL_METRIC]: {
            n: s.n,
            median: s.median,
            mean: s.mean,
            ci: s.ci,
            better: 'lower',
            unit: 's',
            samples,
          },
          items_per_s: { n: s.n, median: 100, mean: 100, ci: [99, 101] },
        },
      },
    ],
  };
}

describe('history trends', () => {
  it('keeps the latest run of each commit, oldest commit first', () => {
    const entries = [
      entry('bbbbbbb1', '2026-11-02T00:00:00Z', [1]),
      entry('aaaaaaa1', '2026-11-01T00:00:00Z', [1]),
      entry('aaaaaaa1', '2026-11-03T00:00:00Z', [2], 'rerun'),
    ];
    expect(perCommit(entries).map((e) => e.runId)).toEqual(['run-2026-11-02T00:00:00Z', 'rerun']);
  });

  it('marks a point significantly worse than the one before, and only that one', () => {
    const steady = [10.0, 10.1, 9.9, 10.05, 9.95];
    const slow = [13.0, 13.1, 12.9, 13.05, 12.95];
    const view = buildHistoryView('exp', [
      entry('c1', '2026-11-01T00:00:00Z', steady),
      entry(
        'c2',
        '2026-11-02T00:00:00Z',
        steady.map((x) => x + 0.02),
      ),
      entry('c3', '2026-11-03T00:00:00Z', slow),
      entry(
        'c4',
        '2026-11-04T00:00:00Z',
        slow.map((x) => x - 0.01),
      ),
    ]);
    const wall = view.trends.find((t) => t.metric === WALL_METRIC)!;
    expect(wall.points.map((p) => p.label)).toEqual(['c1', 'c2', 'c3', 'c4']);
    // Moves within the 5% threshold are not tested: no verdict, the change and the threshold.
    expect(wall.points.map((p) => p.verdict)).toEqual([undefined, undefined, 'regression', undefined]);
    expect(wall.points[1]).toMatchObject({ within: 0.05 });
    expect(wall.points[1]!.change).toBeCloseTo(0.002, 3);
    expect(regressions(wall).map((p) => p.label)).toEqual(['c3']);
    expect(wall.points[2]!.change).toBeCloseTo(0.3, 2);
    expect(wall.points[2]!.reason).toMatch(/Welch's t p .* < 0.05/);
    // A metric without samples or a direction is drawn but never tested.
    const items = view.trends.find((t) => t.metric === 'items_per_s')!;
    expect(items.points.every((p) => p.verdict === undefined)).toBe(true);
  });

  it('takes the direction from the file: a drop of a higher-is-better metric is a regression', () => {
    const up = (commit: string, date: string, xs: number[]): RunHistoryEntry => {
      const e = entry(commit, date, [1, 1.01, 0.99]);
      const s = summarize(xs);
      e.cells[0]!.metrics.items_per_s = { n: s.n, median: s.median, mean: s.mean, ci: s.ci, samples: xs };
      return e;
    };
    const entries = [
      up('c1', '2026-11-01', [100, 101, 99, 100.5]),
      up('c2', '2026-11-02', [80, 81, 79, 80.5]),
    ];
    const untested = buildHistoryView('exp', entries, { metrics: ['items_per_s'] });
    expect(untested.trends[0]!.points[1]!.verdict).toBeUndefined();
    const tested = buildHistoryView('exp', entries, {
      metrics: ['items_per_s'],
      better: { items_per_s: 'higher' },
    });
    expect(tested.trends[0]!.points[1]!.verdict).toBe('regression');
  });

  it('shows the last --limit commits, filters cells and metrics, caps the trends with a note', () => {
    const entries = Array.from({ length: 12 }, (_, i) =>
      entry(`c${String(i).padStart(2, '0')}`, `2026-11-${String(i + 1).padStart(2, '0')}`, [1, 1.1]),
    );
    const view = buildHistoryView('exp', entries, { limit: 5 });
    expect(view.commits).toBe(12);
    expect(view.shown).toBe(5);
    expect(view.trends[0]!.points.map((p) => p.label)).toEqual(['c07', 'c08', 'c09', 'c10', 'c11']);
    expect(view.notes).toContain('last 5 of 12 commits shown (--limit 5)');
    expect(buildHistoryView('exp', entries, { metrics: [WALL_METRIC] }).trends).toHaveLength(1);
    expect(buildHistoryView('exp', entries, { cells: ['workers=8'] }).notes).toContain(
      'no cell or metric matches the filters',
    );
    const capped = buildHistoryView('exp', entries, { maxTrends: 1 });
    expect(capped.trends).toHaveLength(1);
    expect(capped.omitted).toBe(1);
    expect(capped.notes.join(' ')).toMatch(/first 1 of 2 cell × metric trends drawn/);
  });

  it('builds an entry from a report with its samples, commit and ref', () => {
    const wall = summarize([2, 2.2, 2.1]);
    const report = {
      experiment: { name: 'exp', file: 'exp.yaml' },
      run: { id: 'r1', startedAt: '2026-11-05T10:00:00Z', gitCommit: 'abcdef1234567', status: 'complete' },
      cells: [
        {
          stage: 'main',
          cellId: 'n=1',
          wall,
          wallSamples: [2, 2.2, 2.1],
          metrics: { gflops: summarize([5, 6]) },
        },
        { stage: 'main', cellId: 'n=2', wall: summarize([]), metrics: {} },
      ],
    } as unknown as ReportModel;
    const e = entryFromReport(report, { ref: 'main', better: { gflops: 'higher' } });
    expect(e).toMatchObject({ experiment: 'exp', runId: 'r1', commit: 'abcdef1234567', ref: 'main' });
    expect(e.cells.map((c) => c.cell)).toEqual(['main/n=1']);
    expect(e.cells[0]!.metrics[WALL_METRIC]).toMatchObject({
      n: 3,
      median: 2.1,
      samples: [2, 2.2, 2.1],
      better: 'lower',
    });
    expect(e.cells[0]!.metrics.gflops).toMatchObject({ n: 2, mean: 5.5, better: 'higher' });
    expect(parseEntry(JSON.stringify(e), 'x')).toEqual(e);
    expect(() => parseEntry('{"schemaVersion":2}', 'f.json')).toThrow(
      'f.json is not a batchbench history entry',
    );
  });

  it('reads a campaign history as one point per week', () => {
    const c = (week: string, samples: number[]) => ({
      week,
      date: '2026-11-16',
      instanceType: 'm7i.large',
      benchmark: 'stream-avx512',
      base: 'stream',
      metric: 'triad_gbps',
      better: 'higher' as const,
      unit: 'GB/s',
      samples,
      metrics: { triad_gbps: samples },
      runId: `r-${week}`,
    });
    const entries = fromCampaign('weekly', [
      c('2026-W47', [40, 41]),
      c('2026-W47', [40.5]),
      c('2026-W48', [30, 31, 30.5]),
    ]);
    const view = buildHistoryView('weekly', entries);
    const t = view.trends[0]!;
    expect(t).toMatchObject({
      cell: 'm7i.large/stream-avx512',
      metric: 'triad_gbps',
      better: 'higher',
      unit: 'GB/s',
    });
    expect(t.points.map((p) => [p.label, p.n])).toEqual([
      ['2026-W47', 3],
      ['2026-W48', 3],
    ]);
    expect(t.points[1]!.verdict).toBe('regression');
  });

  it('draws a sparkline from the lowest to the highest mean', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([5, 5])).toBe('▄▄');
    expect(sparkline([])).toBe('');
  });
});

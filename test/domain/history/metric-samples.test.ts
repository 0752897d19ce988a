/**
 * Every metric of a history entry keeps its per-repeat samples (bounded), so each metric's
 * trend is tested through the one comparison module in its own direction; entries without
 * samples (older versions) still read, and their charts say why they carry no marker.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../../src/domain/report/json.js';
import { historySections } from '../../../src/domain/history/history-document.js';
import {
  entryFromReport,
  keptSamples,
  MAX_KEPT_SAMPLES,
  parseEntry,
  WALL_METRIC,
  type RunHistoryEntry,
} from '../../../src/domain/history/run-entry.js';
import { buildHistoryView, regressions, untestedNote } from '../../../src/domain/history/trend.js';
import { renderHistory } from '../../../src/domain/history/render-history.js';
import { summarize } from '../../../src/domain/stats/summary.js';
import { exampleReports } from './example-reports.js';

/** A deterministic noise in [-1, 1). */
function noise(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (2 * s) / 2 ** 31 - 1;
  };
}

/** An entry whose one cell has wall time and a higher-is-better `items_per_s`, with samples. */
function entry(i: number, items: number[], wall = [10, 10.1, 9.9, 10.05, 9.95]): RunHistoryEntry {
  const w = summarize(wall);
  const m = summarize(items);
  return {
    schemaVersion: 1,
    experiment: 'exp',
    runId: `r${i}`,
    commit: `${String(i).padStart(2, '0')}`.repeat(20),
    ref: 'main',
    date: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
    cells: [
      {
        cell: 'main/workers=4',
        metrics: {
          [WALL_METRIC]: { ...w, better: 'lower', unit: 's', samples: wall },
          items_per_s: { ...m, better: 'higher', samples: items },
        },
      },
    ],
  };
}

/** Five repeats around `level` with 2% noise. */
const repeats = (level: number, rand: () => number) =>
  Array.from({ length: 5 }, () => level * (1 + 0.02 * rand()));

describe('history entries keep per-repeat samples of every metric', () => {
  it('takes a workload metric per repeat from the report: n counts repeats, not tasks', () => {
    let checked = 0;
    let fannedOut = 0;
    for (const { name, model } of exampleReports().slice(0, 3)) {
      const e = entryFromReport(model);
      for (const c of e.cells) {
        const source = model.cells.find((x) => `${x.stage}/${x.cellId}` === c.cell)!;
        for (const [metric, point] of Object.entries(c.metrics)) {
          if (metric === WALL_METRIC) continue;
          expect(point.samples, `${name} ${c.cell} ${metric}`).toEqual(source.metricSamples![metric]);
          // One sample per complete repeat, as wall time has.
          expect(point.n, `${name} ${c.cell} ${metric}`).toBe(source.wall.n);
          expect(point.mean).toBeCloseTo(summarize(point.samples!).mean, 12);
          checked++;
          if (source.metrics[metric]!.n > source.wall.n) fannedOut++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    // Some cells fan out: their tasks outnumber their repeats, and the entry counts repeats.
    expect(fannedOut).toBeGreaterThan(0);
  });

  it('documents the report’s per-repeat metric samples in schema/report.schema.json', () => {
    const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const json = JSON.parse(renderJson(exampleReports()[0]!.model)) as {
      cells: { metricSamples?: object }[];
    };
    expect(json.cells.every((c) => c.metricSamples !== undefined)).toBe(true);
    validate(json);
    expect(validate.errors ?? []).toEqual([]);
    (json.cells[0]!.metricSamples as Record<string, unknown>).x = ['1'];
    expect(validate(json)).toBe(false);
  });

  it('keeps at most MAX_KEPT_SAMPLES, evenly spread and in order, and says n', () => {
    const many = Array.from({ length: 1000 }, (_, i) => i);
    const kept = keptSamples(many);
    expect(kept).toHaveLength(MAX_KEPT_SAMPLES);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(990);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(keptSamples([3, 1, 2])).toEqual([3, 1, 2]);
    const report = exampleReports()[0]!.model;
    const cell = report.cells[0]!;
    const wide = {
      ...report,
      cells: [{ ...cell, wall: summarize(many.map((x) => x + 1)), wallSamples: many.map((x) => x + 1) }],
    };
    const point = entryFromReport(wide).cells[0]!.metrics[WALL_METRIC]!;
    expect(point.n).toBe(1000);
    expect(point.samples).toHaveLength(MAX_KEPT_SAMPLES);
  });

  it('reads an entry of an older version (no samples) and marks nothing on it, saying why', () => {
    const old = JSON.stringify({
      schemaVersion: 1,
      experiment: 'exp',
      runId: 'old',
      commit: 'a'.repeat(40),
      date: '2026-10-01T00:00:00Z',
      cells: [
        {
          cell: 'main/workers=4',
          metrics: {
            wall_seconds: { n: 5, median: 10, mean: 10, ci: [9.9, 10.1], better: 'lower', unit: 's' },
            items_per_s: { n: 5, median: 50, mean: 50, ci: [49, 51] },
          },
        },
      ],
    });
    const parsed = parseEntry(old, 'old.json');
    expect(parsed.cells[0]!.metrics.items_per_s!.samples).toBeUndefined();
    const rand = noise(3);
    // The old entry, then a new one 40% worse on both metrics: a test with samples would fire.
    const view = buildHistoryView('exp', [parsed, entry(1, repeats(30, rand), repeats(14, rand))]);
    for (const t of view.trends) {
      expect(regressions(t)).toEqual([]);
      expect(t.points[1]!.untested).toMatch(/no per-repeat samples stored/);
      expect(untestedNote(t)).toMatch(/^No point could be tested, so no regression can be marked/);
    }
    const md = renderHistory(view, 'markdown');
    expect(md).toContain('No point could be tested, so no regression can be marked');
    expect(md).toMatch(/⚠️ not testable/);
    expect(md).not.toMatch(/\| 0 \|$/m);
  });

  it('refuses an entry whose samples are damaged, naming it', () => {
    const e = entry(0, [1, 2, 3]);
    (e.cells[0]!.metrics.items_per_s as unknown as { samples: unknown }).samples = ['1', 2];
    expect(() => parseEntry(JSON.stringify(e), 'bad.json')).toThrow(
      'bad.json is not a batchbench history entry',
    );
  });
});

describe('regression markers on every metric, in its own direction', () => {
  it('marks a real drop of a higher-is-better metric, and nothing on the noise around it', () => {
    const rand = noise(11);
    const entries = Array.from({ length: 20 }, (_, i) => entry(i, repeats(i < 14 ? 100 : 80, rand)));
    const view = buildHistoryView('exp', entries);
    const items = view.trends.find((t) => t.metric === 'items_per_s')!;
    expect(items.better).toBe('higher');
    expect(regressions(items).map((p) => p.runId)).toEqual(['r14']);
    expect(items.points[14]!.reason).toMatch(/the bad way/);
    // Wall time stayed put: no marker, and every point was tested or within the threshold.
    const wall = view.trends.find((t) => t.metric === WALL_METRIC)!;
    expect(regressions(wall)).toEqual([]);
    expect(untestedNote(wall)).toBeUndefined();
    expect(untestedNote(items)).toBeUndefined();
    // The chart of the metric carries the marker.
    const section = historySections(view).find((s) => s.title === 'items_per_s of main/workers=4')!;
    const chart = section.blocks.find((b) => b.kind === 'chart');
    expect(chart).toMatchObject({ chart: { marked: [14] } });
  });

  it('calls a rise of a higher-is-better metric an improvement, never a regression', () => {
    const rand = noise(5);
    const view = buildHistoryView('exp', [entry(0, repeats(100, rand)), entry(1, repeats(125, rand))]);
    const items = view.trends.find((t) => t.metric === 'items_per_s')!;
    expect(items.points[1]!.verdict).toBe('improvement');
    expect(regressions(items)).toEqual([]);
  });

  it('a metric whose direction nobody declared is drawn, not tested, and says why; the file can declare it', () => {
    const rand = noise(9);
    const entries = [entry(0, repeats(100, rand)), entry(1, repeats(70, rand))];
    for (const e of entries) delete e.cells[0]!.metrics.items_per_s!.better;
    const items = buildHistoryView('exp', entries).trends.find((t) => t.metric === 'items_per_s')!;
    expect(items.points[1]!.untested).toMatch(/which way is better is not declared/);
    expect(regressions(items)).toEqual([]);
    const declared = buildHistoryView('exp', entries, { better: { items_per_s: 'higher' } });
    expect(regressions(declared.trends.find((t) => t.metric === 'items_per_s')!)).toHaveLength(1);
  });

  it('with one repeat a point cannot be tested: no marker, and the chart says why', () => {
    const view = buildHistoryView('exp', [entry(0, [100], [10]), entry(1, [60], [20]), entry(2, [60], [20])]);
    for (const t of view.trends) {
      expect(regressions(t)).toEqual([]);
      expect(t.points[1]!.untested).toMatch(/too few repeats for Welch's t \(1 against 1/);
    }
    const md = renderHistory(view, 'markdown');
    expect(md).toMatch(/No point could be tested, so no regression can be marked: too few repeats/);
    expect(md).toContain('with points that could not be tested');
    const terminal = renderHistory(view, 'terminal');
    expect(terminal).toContain('not testable');
    expect(terminal).toMatch(
      /^- main\/workers=4 · items_per_s: No point could be tested, .*too few repeats/m,
    );
  });
});

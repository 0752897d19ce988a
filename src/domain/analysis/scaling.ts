import { matchesAll, sameScalar } from '../plan/matrix.js';
import type { CellReport, ScalingPoint, ScalingReport, ScalingSeries } from '../report/model.js';
import type { CellValues, SpeedupSpec } from '../experiment/experiment.js';
import { fitAmdahl } from '../stats/amdahl.js';
import { karpFlatt } from '../stats/karp-flatt.js';
import { efficiency, speedup } from '../stats/speedup.js';
import { mean } from '../stats/summary.js';

/** What speedup needs of a cell (a CellAnalysis has it all). */
export interface ScalingCell {
  report: Pick<CellReport, 'stage' | 'cellId' | 'values'>;
  wallSamples: number[];
  repeatCosts: number[];
}

export interface ScalingAnalysis<C extends ScalingCell = ScalingCell> {
  report: ScalingReport;
  /** The baseline of the first series, for the extrapolation. */
  baseline?: C;
  warnings: string[];
}

/** Fewer repeats than this give an interval too wide to call a speedup measured. */
export const MIN_REPEATS_FOR_SPEEDUP = 3;

/**
 * Speedup along the parallelism axis. Cells that agree on every other axis form a series
 * (e.g. backend = local, backend = aws-batch); each is compared with the baseline cell of its
 * series, or with the one baseline the spec pins when it fixes the other axes too (seed 002:
 * "local with 10 workers" is the yardstick for the cloud series as well).
 */
export function analyseScaling<C extends ScalingCell>(args: {
  spec: SpeedupSpec;
  stage: string;
  cells: readonly C[];
  confidence: number;
}): ScalingAnalysis<C> {
  const { spec, stage, cells } = args;
  const over = spec.over;
  const warnings: string[] = [];
  const fewRepeats = new Set<string>();
  const seriesMap = groupSeries(cells, over);
  if (seriesMap.size === 0) warnings.push(`speedup: no cell of stage ${stage} has a value for "${over}"`);

  const series: ScalingSeries[] = [];
  let firstBaseline: C | undefined;
  for (const { fixed, cells: members } of seriesMap.values()) {
    const built = scalingSeries({ ...args, fixed, members, warnings, fewRepeats });
    if (!built) continue;
    firstBaseline ??= built.baseline;
    series.push(built.series);
  }
  if (fewRepeats.size > 0) {
    warnings.push(
      `speedup from n<${MIN_REPEATS_FOR_SPEEDUP} samples is not a measurement: ${[...fewRepeats].join(', ')} ` +
        `(raise repeats to ${MIN_REPEATS_FOR_SPEEDUP} or more)`,
    );
  }
  const report: ScalingReport = {
    axis: over,
    baseline: spec.baseline,
    ...(spec.target !== undefined ? { target: spec.target } : {}),
    series,
  };
  return { report, ...(firstBaseline ? { baseline: firstBaseline } : {}), warnings };
}

/** Cells that agree on every axis but the parallelism axis, keyed by those other values. */
function groupSeries<C extends ScalingCell>(
  cells: readonly C[],
  over: string,
): Map<string, { fixed: CellValues; cells: C[] }> {
  const seriesMap = new Map<string, { fixed: CellValues; cells: C[] }>();
  for (const cell of cells) {
    const raw = cell.report.values[over];
    if (raw === undefined) continue;
    const fixed = Object.fromEntries(Object.entries(cell.report.values).filter(([k]) => k !== over));
    const key = JSON.stringify(Object.entries(fixed).map(([k, v]) => [k, String(v)]));
    const entry = seriesMap.get(key) ?? { fixed, cells: [] };
    entry.cells.push(cell);
    seriesMap.set(key, entry);
  }
  return seriesMap;
}

/** One series against its baseline; undefined (with a warning) when it has no usable baseline. */
function scalingSeries<C extends ScalingCell>(args: {
  spec: SpeedupSpec;
  stage: string;
  cells: readonly C[];
  confidence: number;
  fixed: CellValues;
  members: C[];
  warnings: string[];
  fewRepeats: Set<string>;
}): { series: ScalingSeries; baseline: C } | undefined {
  const { spec, stage, cells, confidence, fixed, members, warnings, fewRepeats } = args;
  const over = spec.over;
  const baseline = findBaseline(spec.baseline, fixed, cells);
  if (!baseline) {
    warnings.push(
      `speedup: no cell matches the baseline ${describeValues(spec.baseline)} for the series ${describeValues(fixed)}`,
    );
    return undefined;
  }
  const p0 = Number(baseline.report.values[over]);
  if (!(p0 > 0)) {
    warnings.push(
      `speedup: the baseline's ${over} = ${String(baseline.report.values[over])} is not a positive number`,
    );
    return undefined;
  }
  if (baseline.wallSamples.length === 0) {
    warnings.push(`speedup: the baseline ${baseline.report.cellId} has no complete repeat to compare with`);
    return undefined;
  }
  const points: ScalingPoint[] = [];
  for (const cell of members) {
    const p = Number(cell.report.values[over]);
    if (!(p > 0)) {
      warnings.push(
        `speedup: ${cell.report.cellId} has ${over} = ${String(cell.report.values[over])}, not a positive number`,
      );
      continue;
    }
    if (cell.wallSamples.length === 0) continue;
    const point = scalingPoint(cell, baseline, p, p0, confidence, warnings);
    if (
      cell !== baseline &&
      Math.min(cell.wallSamples.length, baseline.wallSamples.length) < MIN_REPEATS_FOR_SPEEDUP
    ) {
      fewRepeats.add(cell.report.cellId);
    }
    points.push(point);
  }
  points.sort((a, b) => a.p - b.p);
  const series: ScalingSeries = { fixed, stage, baselineCellId: baseline.report.cellId, points };
  if (new Set(points.map((pt) => pt.p)).size >= 3) {
    const fit = fitAmdahl(
      members
        .filter((c) => c.wallSamples.length > 0)
        .map((c) => ({ p: Number(c.report.values[over]), seconds: mean(c.wallSamples) })),
    );
    if (fit) series.amdahl = { serialFraction: fit.serialFraction, maxSpeedup: fit.maxSpeedup, r2: fit.r2 };
  }
  return { series, baseline };
}

function scalingPoint(
  cell: ScalingCell,
  baseline: ScalingCell,
  p: number,
  p0: number,
  confidence: number,
  warnings: string[],
): ScalingPoint {
  const costPerRepeat = cell.repeatCosts.length > 0 ? mean(cell.repeatCosts) : undefined;
  const base = { cellId: cell.report.cellId, p, n: cell.wallSamples.length };
  if (cell === baseline) {
    // The baseline against itself is 1 by definition; an interval from the same samples on both sides would be meaningless.
    return {
      ...base,
      speedup: { value: 1 },
      efficiency: 1,
      ...(costPerRepeat !== undefined ? { costPerSpeedup: costPerRepeat } : {}),
    };
  }
  const r = speedup(baseline.wallSamples, cell.wallSamples, confidence);
  if (!r.ci && r.reason) warnings.push(`speedup of ${cell.report.cellId}: ${r.reason}`);
  const kf = karpFlatt(r.value, p / p0);
  return {
    ...base,
    speedup: { value: r.value, ...(r.ci ? { ci: r.ci } : {}), ...(r.unbounded ? { unbounded: true } : {}) },
    efficiency: efficiency(r.value, p, p0),
    ...(kf !== undefined ? { karpFlatt: kf } : {}),
    ...(costPerRepeat !== undefined && r.value > 0 ? { costPerSpeedup: costPerRepeat / r.value } : {}),
  };
}

/** The baseline spec picks a cell; the axes it leaves open take the series' own values. */
function findBaseline<C extends ScalingCell>(
  baseline: CellValues,
  fixed: CellValues,
  cells: readonly C[],
): C | undefined {
  // No fallback to another series' baseline: with seed 000's exclude, angle 180 has no
  // n_jobs = 1 cell, and comparing it with angle 0 would compare different workloads.
  return cells.find(
    (c) =>
      matchesAll(c.report.values, baseline) &&
      Object.entries(fixed).every(
        ([k, v]) =>
          k in baseline || (k in c.report.values && sameScalar(c.report.values[k] as CellValues[string], v)),
      ),
  );
}

export function describeValues(values: CellValues): string {
  const parts = Object.entries(values).map(([k, v]) => `${k}=${String(v)}`);
  return parts.length === 0 ? '(all)' : parts.join(', ');
}

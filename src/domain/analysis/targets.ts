import { matchesAll } from '../plan/matrix.js';
import type { ScalingPoint, ScalingReport, TargetResult, TargetStatus } from '../report/model.js';
import type { TargetSpec } from '../experiment/experiment.js';
import { summarize } from '../stats/summary.js';
import type { CellAnalysis } from './cell-analysis.js';
import { describeValues } from './scaling.js';

interface Estimate {
  value: number;
  ci?: [number, number];
  unbounded?: true;
}

/**
 * met / missed / inconclusive from an interval, never from a point alone: a target is met
 * only when the whole interval clears it, missed when the whole interval falls short (the point
 * estimate stands in when too few samples give no interval), and anything else is
 * inconclusive, as is everything an unbounded interval is judged against.
 */
export function judge(estimate: Estimate, min?: number, max?: number): TargetStatus {
  const { value, ci } = estimate;
  if (estimate.unbounded) return 'inconclusive';
  const verdicts: TargetStatus[] = [];
  if (min !== undefined) {
    if (ci && ci[0] >= min) verdicts.push('met');
    else if ((ci ? ci[1] : value) < min) verdicts.push('missed');
    else verdicts.push('inconclusive');
  }
  if (max !== undefined) {
    if (ci && ci[1] <= max) verdicts.push('met');
    else if ((ci ? ci[0] : value) > max) verdicts.push('missed');
    else verdicts.push('inconclusive');
  }
  if (verdicts.includes('missed')) return 'missed';
  if (verdicts.length > 0 && verdicts.every((v) => v === 'met')) return 'met';
  return 'inconclusive';
}

/** The speedup target of `analysis.speedup`: checked at the highest parallelism of each series. */
export function speedupTargets(scaling: ScalingReport, confidence: number): TargetResult[] {
  const target = scaling.target;
  if (target === undefined) return [];
  const results: TargetResult[] = [];
  for (const series of scaling.series) {
    const candidates = series.points.filter((pt) => pt.cellId !== series.baselineCellId);
    const top = Math.max(...candidates.map((pt) => pt.p));
    for (const point of candidates.filter((pt) => pt.p === top)) {
      const where = describeValues(series.fixed);
      results.push({
        description: `speedup at ${scaling.axis}=${point.p}${where === '(all)' ? '' : ` (${where})`}`,
        cellId: point.cellId,
        target: `>= ${fmt(target)}x`,
        actual: describe(point.speedup, 'x', confidence),
        status: judge(point.speedup, target),
      });
    }
  }
  return results;
}

/** The entries of `analysis.targets`, one result per matching cell (and stage). */
export function listedTargets(args: {
  targets: readonly TargetSpec[];
  cells: readonly CellAnalysis[];
  scaling?: ScalingReport;
  confidence: number;
  multiStage: boolean;
}): TargetResult[] {
  const { cells, scaling, confidence, multiStage } = args;
  const results: TargetResult[] = [];
  for (const spec of args.targets) {
    const bound = describeBound(spec);
    const matching = cells.filter((c) => !spec.cell || matchesAll(c.report.values, spec.cell));
    let found = 0;
    for (const cell of matching) {
      const measured = measure(spec.metric, cell, scaling);
      if (!measured) continue;
      found++;
      const stage = multiStage ? ` in stage ${cell.report.stage}` : '';
      results.push({
        description: `${spec.metric} of ${cell.report.cellId}${stage}`,
        cellId: cell.report.cellId,
        target: `${bound}${measured.unit === 'x' ? 'x' : measured.unit ? ` ${measured.unit}` : ''}`,
        actual: describe(measured.estimate, measured.unit, confidence),
        status: judge(measured.estimate, spec.min, spec.max),
      });
    }
    if (found === 0) {
      results.push({
        description: `${spec.metric}${spec.cell ? ` of ${describeValues(spec.cell)}` : ''}`,
        target: bound,
        actual: 'no data',
        status: 'inconclusive',
      });
    }
  }
  return results;
}

function measure(
  metric: string,
  cell: CellAnalysis,
  scaling: ScalingReport | undefined,
): { estimate: Estimate; unit: string } | undefined {
  const fromSummary = (s: { n: number; mean: number; ci: [number, number] }) =>
    s.n === 0 ? undefined : { value: s.mean, ...(s.n >= 2 ? { ci: s.ci } : {}) };
  if (metric === 'wall-time') {
    const e = fromSummary(cell.report.wall);
    return e && { estimate: e, unit: 's' };
  }
  if (metric === 'cost') {
    // Cost of one repeat: what it takes to run this configuration once.
    const e = cell.repeatCosts.length > 0 ? fromSummary(summarize(cell.repeatCosts)) : undefined;
    return e && { estimate: e, unit: 'USD' };
  }
  if (metric === 'speedup' || metric === 'efficiency') {
    const point = scalingPoint(scaling, cell);
    if (!point) return undefined;
    if (metric === 'speedup') return { estimate: point.speedup, unit: 'x' };
    // Efficiency is speedup divided by a constant (p / p0), so its interval scales the same way.
    const scale = point.efficiency / point.speedup.value;
    const ci = point.speedup.ci?.map((v) => v * scale) as [number, number] | undefined;
    const unbounded = point.speedup.unbounded ? { unbounded: true as const } : {};
    return { estimate: { value: point.efficiency, ...(ci ? { ci } : {}), ...unbounded }, unit: '' };
  }
  const s = cell.report.metrics[metric];
  const e = s && fromSummary(s);
  return e && { estimate: e, unit: '' };
}

function scalingPoint(scaling: ScalingReport | undefined, cell: CellAnalysis): ScalingPoint | undefined {
  for (const series of scaling?.series ?? []) {
    if (series.stage !== cell.report.stage) continue;
    const point = series.points.find((pt) => pt.cellId === cell.report.cellId);
    if (point) return point;
  }
  return undefined;
}

function describeBound(spec: TargetSpec): string {
  if (spec.min !== undefined && spec.max !== undefined)
    return `between ${fmt(spec.min)} and ${fmt(spec.max)}`;
  if (spec.min !== undefined) return `>= ${fmt(spec.min)}`;
  if (spec.max !== undefined) return `<= ${fmt(spec.max)}`;
  return 'any';
}

function describe(e: Estimate, unit: string, confidence: number): string {
  const u = unit === 'x' ? 'x' : unit ? ` ${unit}` : '';
  const ci = e.ci
    ? ` (${Math.round(confidence * 100)}% CI ${fmt(e.ci[0])}${u} to ${fmt(e.ci[1])}${u})`
    : e.unbounded
      ? ` (${Math.round(confidence * 100)}% CI unbounded)`
      : ' (no interval)';
  return `${fmt(e.value)}${u}${ci}`;
}

/** Three significant figures: enough to judge a target, short enough for a table cell. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x))));
  return x.toFixed(Math.min(digits, 6));
}

/**
 * The report's tables as plain, unescaped text: built once here and drawn by each renderer
 * in its own syntax (Markdown pipes, padded columns, HTML), so the figures agree everywhere.
 * Cells still hold raw user or workload strings; each renderer escapes them.
 */
import {
  UNKNOWN,
  formatBytes,
  formatConfidence,
  formatCount,
  formatFixed,
  formatMeanSd,
  formatMetric,
  formatPercent,
  formatSeconds,
  formatSecondsInterval,
  formatSpeedupInterval,
  formatUsd,
  formatValues,
} from './format.js';
import type {
  CellCost,
  CellReport,
  FailureReport,
  ReportModel,
  ScalingSeries,
  TargetResult,
  TargetStatus,
} from './model.js';

export type Tone = 'good' | 'bad' | 'warn';

export interface RichCell {
  text: string;
  /** How the cell reads at a glance: coloured in a terminal, marked with an emoji in Markdown. */
  tone?: Tone;
  /** A link target; renderers only follow https URLs. */
  href?: string;
}

export type TableCell = string | RichCell;

export interface Table {
  headers: string[];
  /** One entry per column: numbers align right. */
  align: ('l' | 'r')[];
  rows: TableCell[][];
}

/** A cv above this marks a cell as noisy (the same threshold the analysis warns at). */
export const NOISY_CV = 0.1;

export function cellText(cell: TableCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

export const STATUS_TONE: Record<TargetStatus, Tone> = { met: 'good', missed: 'bad', inconclusive: 'warn' };

/** The id a stage without a matrix gives its one cell: it names nothing a reader can use. */
const SINGLE_CELL = 'default';

/** A cell as a row names it: its id, or for a stage without a matrix, all of the stage's jobs. */
export function cellLabel(cellId: string): string {
  return cellId === SINGLE_CELL ? 'all jobs (no matrix)' : cellId;
}

/** Stages in the order their first cell appears. */
export function stagesOf(cells: readonly CellReport[]): string[] {
  return [...new Set(cells.map((cell) => cell.stage))];
}

export function formatCellCost(cost: CellCost): string {
  if (cost.basis === 'none') return UNKNOWN;
  // A local run priced as if on a cloud instance is an estimate, not a bill.
  return cost.basis === 'cloud-equivalent' ? `≈${formatUsd(cost.usd)}` : formatUsd(cost.usd);
}

export function resultsTable(cells: readonly CellReport[], confidence: number): Table {
  return {
    headers: ['Cell', 'n', 'Median', 'Mean ± sd', `${formatConfidence(confidence)} CI`, 'cv', 'Cost'],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: cells.map((cell) => [
      cellLabel(cell.cellId),
      cell.failed > 0 ? `${cell.wall.n} (${cell.failed} failed)` : String(cell.wall.n),
      formatSeconds(cell.wall.median),
      formatMeanSd(cell.wall),
      formatSecondsInterval(cell.wall.n >= 2 ? cell.wall.ci : undefined),
      cell.wall.cv > NOISY_CV
        ? { text: formatPercent(cell.wall.cv), tone: 'warn' }
        : formatPercent(cell.wall.cv),
      formatCellCost(cell.cost),
    ]),
  };
}

export function speedupTable(
  series: ScalingSeries,
  axis: string,
  confidence: number,
  target?: number,
): Table {
  return {
    headers: [
      axis,
      'n',
      `Speedup [${formatConfidence(confidence)} CI]`,
      'Efficiency',
      'Karp-Flatt',
      'Cost per 1× speedup',
    ],
    align: ['r', 'r', 'r', 'r', 'r', 'r'],
    rows: series.points.map((point) => {
      const speedup = formatSpeedupInterval(point.speedup);
      // Green only when the whole interval clears the target, as the targets table judges it.
      const lower = point.speedup.ci?.[0];
      const reached = target != null && lower !== undefined && lower >= target;
      return [
        String(point.p),
        String(point.n),
        reached ? { text: speedup, tone: 'good' } : speedup,
        formatPercent(point.efficiency),
        formatFixed(point.karpFlatt, 3),
        formatUsd(point.costPerSpeedup),
      ];
    }),
  };
}

export function amdahlLine(series: ScalingSeries): string | undefined {
  const fit = series.amdahl;
  if (fit == null) return undefined;
  return (
    `Amdahl fit: serial fraction ${formatPercent(fit.serialFraction)}, ` +
    `max speedup ${Number.isFinite(fit.maxSpeedup) ? `${fit.maxSpeedup.toFixed(2)}×` : '∞'}, ` +
    `R² ${formatFixed(fit.r2, 3)} (over ${series.points.length} points)`
  );
}

/** Which series this is: "stage main, angle=0". */
export function seriesScope(series: ScalingSeries): string {
  const fixed = Object.keys(series.fixed).length > 0 ? `, ${formatValues(series.fixed)}` : '';
  return `stage ${series.stage}${fixed}`;
}

export function seriesTitle(series: ScalingSeries, axis: string): string {
  return `Speedup over ${axis} (${seriesScope(series)}; baseline ${series.baselineCellId})`;
}

function hasSplit(cell: CellReport): boolean {
  const { queue, startup, compute, collection } = cell.split;
  return [queue, startup, compute, collection].some((v) => v != null);
}

export function timeSplitTable(cells: readonly CellReport[]): Table | undefined {
  const withSplit = cells.filter(hasSplit);
  if (withSplit.length === 0) return undefined;
  // Stages share cell ids, so the stage is named on every row; a lone "default" cell is not.
  const showCell = withSplit.some((cell) => cell.cellId !== SINGLE_CELL);
  const cellColumn = showCell ? ['Cell'] : [];
  return {
    headers: ['Stage', ...cellColumn, 'n', 'Queue', 'Start-up', 'Compute', 'Collection', 'Compute share'],
    align: ['l', ...cellColumn.map(() => 'l' as const), 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: withSplit.map((cell) => {
      const { queue, startup, compute, collection } = cell.split;
      const total = [queue, startup, compute, collection].reduce<number>((sum, v) => sum + (v ?? 0), 0);
      return [
        cell.stage,
        ...(showCell ? [cellLabel(cell.cellId)] : []),
        String(cell.wall.n),
        formatSeconds(queue),
        formatSeconds(startup),
        formatSeconds(compute),
        formatSeconds(collection),
        compute != null && total > 0 ? formatPercent(compute / total) : UNKNOWN,
      ];
    }),
  };
}

/** Cells of several stages may share ids: then a Stage column says which one a row is. */
function stageColumn(cells: readonly CellReport[]): { header: string[]; cell: (c: CellReport) => string[] } {
  const several = stagesOf(cells).length > 1;
  return { header: several ? ['Stage'] : [], cell: (c) => (several ? [c.stage] : []) };
}

export function fanOutTable(cells: readonly CellReport[]): Table | undefined {
  const fanned = cells.filter((cell) => cell.fanOut != null);
  if (fanned.length === 0) return undefined;
  const stage = stageColumn(fanned);
  return {
    headers: [
      ...stage.header,
      'Cell',
      'Tasks',
      'Makespan',
      // A mean over repeats, beside quantiles pooled over every repeat's tasks: say which is which.
      'Longest task (mean)',
      'p50',
      'p90',
      'p95',
      'p99',
      'Max (pooled)',
      'Stragglers',
      'Speculative wins',
    ],
    align: [...stage.header.map(() => 'l' as const), 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: fanned.map((cell) => {
      const f = cell.fanOut!;
      return [
        ...stage.cell(cell),
        cellLabel(cell.cellId),
        String(f.tasks),
        formatSeconds(f.makespan),
        formatSeconds(f.longestTask),
        formatSeconds(f.quantiles.p50),
        formatSeconds(f.quantiles.p90),
        formatSeconds(f.quantiles.p95),
        formatSeconds(f.quantiles.p99),
        formatSeconds(f.quantiles.max),
        f.stragglers.length > 0 ? { text: String(f.stragglers.length), tone: 'warn' } : '0',
        String(f.speculativeWins),
      ];
    }),
  };
}

/** Why the makespan exceeds the longest task: time the group spent waiting, not computing. */
export function fanOutNotes(cells: readonly CellReport[]): string[] {
  if (!cells.some((cell) => cell.fanOut != null)) return [];
  const legend =
    "Longest task (mean) is the mean over repeats of each repeat's longest task; " +
    'p50 to Max (pooled) are over the tasks of every repeat together.';
  return [
    legend,
    ...cells.flatMap((cell) => {
      const f = cell.fanOut;
      if (f == null || !(f.longestTask > 0)) return [];
      const overhead = f.makespan - f.longestTask;
      return [
        `${cellLabel(cell.cellId)}: makespan ${formatSeconds(f.makespan)} vs longest task ${formatSeconds(f.longestTask)} ` +
          `(${formatSeconds(overhead)} of waiting and skew; CPU models: ${formatCpuModels(f.cpuModels)})`,
      ];
    }),
  ];
}

function formatCpuModels(models: Record<string, number>): string {
  const entries = Object.entries(models);
  return entries.length > 0 ? entries.map(([model, count]) => `${count}× ${model}`).join('; ') : UNKNOWN;
}

export function stragglersTable(cells: readonly CellReport[]): Table | undefined {
  const rows: TableCell[][] = [];
  const stage = stageColumn(cells.filter((cell) => (cell.fanOut?.stragglers.length ?? 0) > 0));
  for (const cell of cells) {
    for (const s of cell.fanOut?.stragglers ?? []) {
      rows.push([
        ...stage.cell(cell),
        cellLabel(cell.cellId),
        s.jobId,
        formatSeconds(s.seconds),
        `${formatFixed(s.ratioToMedian, 2)}×`,
        s.cpuModel ?? UNKNOWN,
      ]);
    }
  }
  if (rows.length === 0) return undefined;
  return {
    headers: [...stage.header, 'Cell', 'Job', 'Time', '× median', 'CPU model'],
    align: [...stage.header.map(() => 'l' as const), 'l', 'l', 'r', 'r', 'l'],
    rows,
  };
}

export function cellDetailTable(cells: readonly CellReport[]): Table {
  return {
    headers: ['Cell', 'Values', 'Backend', 'Instance', 'Succeeded', 'Failed', 'Peak memory', 'CPU models'],
    align: ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'l'],
    rows: cells.map((cell) => [
      cellLabel(cell.cellId),
      formatValues(cell.values),
      cell.backend,
      cell.instanceType ?? UNKNOWN,
      String(cell.succeeded),
      cell.failed > 0 ? { text: String(cell.failed), tone: 'bad' } : '0',
      formatBytes(cell.peakMemoryBytes),
      cell.cpuModels.length > 0 ? cell.cpuModels.join('; ') : UNKNOWN,
    ]),
  };
}

export function metricsTable(cells: readonly CellReport[], confidence: number): Table | undefined {
  const rows: TableCell[][] = [];
  for (const cell of cells) {
    for (const [name, s] of Object.entries(cell.metrics)) {
      rows.push([
        cellLabel(cell.cellId),
        name,
        String(s.n),
        formatMetric(s.median),
        formatMetric(s.mean),
        formatMetric(s.sd),
        s.n >= 2 ? `[${formatMetric(s.ci[0])}, ${formatMetric(s.ci[1])}]` : UNKNOWN,
      ]);
    }
  }
  if (rows.length === 0) return undefined;
  return {
    headers: ['Cell', 'Metric', 'n', 'Median', 'Mean', 'sd', `${formatConfidence(confidence)} CI`],
    align: ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
    rows,
  };
}

export function extrapolationLines(model: ReportModel): string[] {
  const x = model.extrapolation;
  if (x == null) return [];
  const ci = x.projectedSeconds.ci;
  const range = ci != null ? ` ${formatSecondsInterval(ci)}` : '';
  return [
    `Measured ${cellLabel(x.cellId)} (stage ${x.stage}): median ${formatSeconds(x.measuredSeconds.median)}, ` +
      `mean ${formatMeanSd(x.measuredSeconds)} over n = ${x.measuredSeconds.n}.`,
    `At ${formatCount(x.factor)}× the work: about ${formatSeconds(x.projectedSeconds.value)}${range}` +
      (x.projectedUsd != null ? `, about ${formatUsd(x.projectedUsd)}.` : '.'),
  ];
}

export function targetsTable(targets: readonly TargetResult[]): Table | undefined {
  if (targets.length === 0) return undefined;
  return {
    headers: ['Status', 'Target', 'Actual', 'Description', 'Cell'],
    align: ['l', 'l', 'l', 'l', 'l'],
    rows: targets.map((t) => [
      { text: t.status, tone: STATUS_TONE[t.status] },
      t.target,
      t.actual,
      t.description,
      t.cellId === undefined ? UNKNOWN : cellLabel(t.cellId),
    ]),
  };
}

export function targetCounts(targets: readonly TargetResult[]): Record<TargetStatus, number> {
  const counts: Record<TargetStatus, number> = { met: 0, missed: 0, inconclusive: 0 };
  for (const t of targets) counts[t.status]++;
  return counts;
}

export function failuresTable(failures: readonly FailureReport[]): Table | undefined {
  if (failures.length === 0) return undefined;
  return {
    headers: ['Job', 'Stage', 'Cell', 'Attempt', 'Status', 'Exit code', 'Reason', 'Logs'],
    align: ['l', 'l', 'l', 'r', 'l', 'r', 'l', 'l'],
    rows: failures.map((f) => [
      f.jobId,
      f.stage,
      cellLabel(f.cellId),
      String(f.attempt),
      { text: f.status, tone: 'bad' },
      f.exitCode != null ? String(f.exitCode) : UNKNOWN,
      f.reason ?? UNKNOWN,
      f.consoleUrl != null ? { text: 'console', href: f.consoleUrl } : UNKNOWN,
    ]),
  };
}

export function runStatusTone(status: ReportModel['run']['status']): Tone {
  return status === 'complete' ? 'good' : status === 'partial' || status === 'cancelled' ? 'warn' : 'bad';
}

/** "12 succeeded, 0 failed, 3 cancelled, 0 missing of 15 planned": cancelled only when some were. */
export function jobCounts(run: ReportModel['run']): string {
  const cancelled = run.jobsCancelled ?? 0;
  return (
    `${formatCount(run.jobsSucceeded)} succeeded, ${formatCount(run.jobsFailed)} failed, ` +
    `${cancelled > 0 ? `${formatCount(cancelled)} cancelled, ` : ''}` +
    `${formatCount(run.jobsMissing)} missing of ${formatCount(run.jobsPlanned)} planned`
  );
}

import type { PriceTable } from '../cost/price-table.js';
import type { Plan } from '../plan/plan.js';
import type { Extrapolation, FailureReport, ReportModel } from '../report/model.js';
import type { JobRecord } from '../results/job-record.js';
import type { Experiment } from '../experiment/experiment.js';
import { withFileInstanceTypes } from '../cost/file-prices.js';
import { recommend } from './recommend.js';
import { plural } from '../report/format.js';
import { mean } from '../stats/summary.js';
import { analyseCell, cellsWithTasks, groupByCell, type CellAnalysis } from './cell-analysis.js';
import { compareCosts, type CostVariant } from './compare-costs.js';
import { costBreakdown } from './cost-breakdown.js';
import { resolveOutcomes, type TaskOutcome } from './job-outcomes.js';
import {
  analyseScaling,
  MIN_REPEATS_FOR_SPEEDUP,
  type ScalingAnalysis,
  type ScalingCell,
} from './scaling.js';
import { listedTargets, speedupTargets } from './targets.js';
import { retriedAttemptWarnings } from './retried-attempts.js';

/** Wall time noisier than this (coefficient of variation) is flagged. */
export const NOISY_CV = 0.1;

export interface RunInfo {
  id: string;
  backend: string;
  startedAt: string;
  finishedAt?: string;
  host?: string;
  cpuModel?: string;
  cpuCount?: number;
  gitCommit?: string;
}

export interface BuildReportInput {
  experiment: Experiment;
  plan: Plan;
  records: JobRecord[];
  run: RunInfo;
  prices: PriceTable;
  /** The file's `compare:` entries, planned; priced on this run's measured times. */
  variants?: readonly CostVariant[];
}

/**
 * The one place where job records become findings: per-cell wall time and its split, fan-out
 * completion and stragglers, speedup with intervals, targets, cost and honest warnings. Pure:
 * the same plan and records always give the same report.
 */
export function buildReport(given: BuildReportInput): ReportModel {
  // The file's own instance types (costs.instance-types) price like the table's.
  const input = {
    ...given,
    prices: withFileInstanceTypes(given.prices, given.experiment.costs.instanceTypes ?? {}),
  };
  const { experiment, plan, records } = input;
  const confidence = experiment.analysis.confidence;
  const outcomes = resolveOutcomes(plan, records);
  const cells = analyseCells(input, outcomes.tasks, outcomes.billed);
  const scaling = scalingOf(experiment, cells);
  const { cost, warnings: costWarnings } = costOf(input, cells, outcomes.billed);
  const targets = [
    ...(scaling ? speedupTargets(scaling.report, confidence) : []),
    ...listedTargets({
      targets: experiment.analysis.targets,
      cells,
      ...(scaling ? { scaling: scaling.report } : {}),
      confidence,
      multiStage: experiment.stages.length > 1,
    }),
  ];
  const tasks = taskCounts(outcomes.tasks);
  const warnings = [
    ...plan.warnings,
    ...unplannedWarnings(outcomes.unplanned),
    ...cellWarnings(cells),
    ...(scaling ? scaling.warnings : fewRepeatsWarnings(cells)),
    ...costWarnings,
    ...taskWarnings(tasks),
    ...retriedAttemptWarnings(records),
  ];
  const extrapolation = extrapolate(experiment, cells, scaling);
  const recommendation = recommendFor(input, cells);
  return {
    schemaVersion: 1,
    experiment: reportedExperiment(experiment),
    run: reportedRun(input.run, tasks),
    confidence,
    cells: cells.map((c) => c.report),
    ...(scaling ? { scaling: scaling.report } : {}),
    cost,
    ...(extrapolation ? { extrapolation } : {}),
    ...(recommendation ? { recommendation } : {}),
    targets,
    failures: outcomes.tasks.flatMap(failureReports),
    warnings,
  };
}

/** The experiment as a report names it. */
export function reportedExperiment(experiment: Experiment): ReportModel['experiment'] {
  return {
    name: experiment.name,
    ...(experiment.description !== undefined ? { description: experiment.description } : {}),
    file: experiment.file,
    ...(experiment.analysis.failOn ? { failOn: experiment.analysis.failOn } : {}),
  };
}

/** The run as a report shows it: its facts and how many of its jobs ended how. */
export function reportedRun(run: RunInfo, tasks: TaskCounts): ReportModel['run'] {
  return {
    ...runInfo(run),
    status: runStatus(tasks),
    jobsPlanned: tasks.planned,
    jobsSucceeded: tasks.succeeded,
    jobsFailed: tasks.failed,
    jobsMissing: tasks.missing,
    jobsCancelled: tasks.cancelled,
  };
}

function unplannedWarnings(unplanned: readonly JobRecord[]): string[] {
  if (unplanned.length === 0) return [];
  const ids = [...new Set(unplanned.map((r) => r.jobId))];
  return [
    `${plural(ids.length, 'job id')} in the results ${ids.length === 1 ? 'is' : 'are'} not in the plan and ${ids.length === 1 ? 'was' : 'were'} ignored: ` +
      `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}`,
  ];
}

/** Speedup along the file's axis, on the stage that fans out; undefined without analysis.speedup. */
export function scalingOf<C extends ScalingCell>(
  experiment: Experiment,
  cells: readonly C[],
): ScalingAnalysis<C> | undefined {
  if (!experiment.analysis.speedup) return undefined;
  const stage = pickScalingStage(experiment);
  return analyseScaling({
    spec: experiment.analysis.speedup,
    stage,
    cells: cells.filter((c) => c.report.stage === stage),
    confidence: experiment.analysis.confidence,
  });
}

function fewRepeatsWarnings(cells: readonly CellAnalysis[]): string[] {
  return cells.some((c) => c.wallSamples.length > 0 && c.wallSamples.length < MIN_REPEATS_FOR_SPEEDUP)
    ? [
        `fewer than ${MIN_REPEATS_FOR_SPEEDUP} repeats: wall-time intervals are wide or absent ` +
          '(any speedup from n<3 samples is not a measurement)',
      ]
    : [];
}

/** The run's cost, with the file's `compare:` alternatives priced on this run's measured times. */
function costOf(
  input: BuildReportInput,
  cells: readonly CellAnalysis[],
  billed: ReturnType<typeof resolveOutcomes>['billed'],
): { cost: ReportModel['cost']; warnings: string[] } {
  const { experiment, prices } = input;
  const { cost, warnings } = costBreakdown({ experiment, cells, prices });
  if (input.variants && input.variants.length > 0) {
    const compared = compareCosts({ variants: input.variants, billed, prices, baseTotalUsd: cost.totalUsd });
    cost.compare = compared.compare;
    warnings.push(...compared.warnings);
  }
  return { cost, warnings };
}

export interface TaskCounts {
  planned: number;
  succeeded: number;
  failed: number;
  missing: number;
  cancelled: number;
}

export function taskCounts(tasks: readonly TaskOutcome[]): TaskCounts {
  const n: Record<TaskOutcome['state'], number> = { succeeded: 0, failed: 0, missing: 0, cancelled: 0 };
  for (const t of tasks) n[t.state]++;
  return { planned: tasks.length, ...n };
}

function taskWarnings({ planned, failed, missing, cancelled }: TaskCounts): string[] {
  const warnings: string[] = [];
  if (cancelled > 0)
    warnings.push(
      `${cancelled} of ${plural(planned, 'job')} ${cancelled === 1 ? 'was' : 'were'} cancelled before ${cancelled === 1 ? 'it' : 'they'} finished; ${cancelled === 1 ? 'its cell is' : 'their cells are'} missing repeats`,
    );
  if (failed > 0)
    warnings.push(
      `${failed} of ${plural(planned, 'job')} failed; ${failed === 1 ? 'its cell is' : 'their cells are'} missing repeats`,
    );
  if (missing > 0)
    warnings.push(
      `${missing} of ${plural(planned, 'planned job')} ${missing === 1 ? 'has' : 'have'} no result (not run, or not collected)`,
    );
  return warnings;
}

/** The file's decide: question (flags override it upstream) answered from the measured cells. */
function recommendFor(input: BuildReportInput, cells: readonly CellAnalysis[]) {
  const { experiment } = input;
  const d = experiment.decide ?? {};
  const scale = d.scale ?? experiment.analysis.extrapolate?.factor;
  return recommend({
    cells: cells.map((c) => c.report),
    ...(d.budgetUsd !== undefined ? { budgetUsd: d.budgetUsd } : {}),
    ...(d.deadlineSec !== undefined ? { deadlineSec: d.deadlineSec } : {}),
    ...(scale !== undefined ? { scale } : {}),
    ...(input.run.cpuCount !== undefined ? { cpuCount: input.run.cpuCount } : {}),
    ...(experiment.analysis.speedup ? { workersAxis: experiment.analysis.speedup.over } : {}),
    vcpusByCell: vcpusPerRun(input.plan),
  });
}

/** vCPUs one repeat of each cell asks for: its first repeat's jobs, speculative copies aside. */
function vcpusPerRun(plan: BuildReportInput['plan']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const j of plan.jobs) {
    if (j.repeat === 1 && !j.speculativeOf) out[j.cellId] = (out[j.cellId] ?? 0) + j.resources.vcpus;
  }
  return out;
}

/**
 * The run's facts in one fixed key order, whatever order the caller built them in: the report
 * of a run, re-built later from its stored manifest, must serialise to the same JSON.
 */
function runInfo(run: RunInfo): RunInfo {
  return {
    id: run.id,
    backend: run.backend,
    startedAt: run.startedAt,
    ...(run.finishedAt !== undefined ? { finishedAt: run.finishedAt } : {}),
    ...(run.host !== undefined ? { host: run.host } : {}),
    ...(run.cpuModel !== undefined ? { cpuModel: run.cpuModel } : {}),
    ...(run.cpuCount !== undefined ? { cpuCount: run.cpuCount } : {}),
    ...(run.gitCommit !== undefined ? { gitCommit: run.gitCommit } : {}),
  };
}

function analyseCells(
  input: BuildReportInput,
  tasks: readonly TaskOutcome[],
  billed: ReturnType<typeof resolveOutcomes>['billed'],
): CellAnalysis[] {
  const { plan, experiment, prices } = input;
  const billedByCell = groupByCell(billed, (b) => b.job);
  return cellsWithTasks(plan, tasks).map(({ stage, cell, tasks: cellTasks }) =>
    analyseCell({
      stage,
      cell,
      tasks: cellTasks,
      billed: billedByCell.get(stage)?.get(cell.id) ?? [],
      prices,
      confidence: experiment.analysis.confidence,
      stragglerFactor: experiment.analysis.stragglerFactor,
    }),
  );
}

function cellWarnings(cells: readonly CellAnalysis[]): string[] {
  const warnings: string[] = [];
  for (const c of cells) {
    const where = `${c.report.stage}/${c.report.cellId}`;
    if (c.incompleteRepeats > 0) {
      warnings.push(
        `${where}: ${plural(c.incompleteRepeats, 'repeat')} left out of wall time because a job failed or has no result`,
      );
    }
    if (c.report.wall.cv > NOISY_CV) {
      warnings.push(
        `${where}: wall time varies by cv=${c.report.wall.cv.toFixed(2)} (over ${NOISY_CV}); treat it as noisy`,
      );
    }
  }
  // One line per reason, not per cell: a missing price usually affects a whole backend.
  const unpriced = new Map<string, string[]>();
  for (const c of cells) {
    for (const note of c.costNotes) unpriced.set(note, [...(unpriced.get(note) ?? []), c.report.cellId]);
  }
  for (const [note, ids] of unpriced) {
    const list = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
    warnings.push(`cost not known for ${list}: ${note}`);
  }
  return warnings;
}

/** Speedup is measured on the stage that fans out (the parallel one), else on the last stage. */
function pickScalingStage(experiment: Experiment): string {
  const fanned = experiment.stages.find((s) => s.fanOut);
  return (fanned ?? experiment.stages[experiment.stages.length - 1])?.name ?? 'main';
}

/** "5 iterations took T; 1000 will take about 200 T": a linear projection, interval scaled alike. */
function extrapolate(
  experiment: Experiment,
  cells: readonly CellAnalysis[],
  scaling: ScalingAnalysis<CellAnalysis> | undefined,
): Extrapolation | undefined {
  const factor = experiment.analysis.extrapolate?.factor;
  if (factor === undefined) return undefined;
  const cell = scaling?.baseline ?? cells.find((c) => c.wallSamples.length > 0);
  if (!cell) return undefined;
  const wall = cell.report.wall;
  return {
    factor,
    cellId: cell.report.cellId,
    stage: cell.report.stage,
    measuredSeconds: wall,
    projectedSeconds: {
      value: factor * wall.mean,
      ...(wall.n >= 2 ? { ci: [factor * wall.ci[0], factor * wall.ci[1]] as [number, number] } : {}),
    },
    ...(cell.repeatCosts.length > 0 ? { projectedUsd: factor * mean(cell.repeatCosts) } : {}),
  };
}

function failureReports(task: TaskOutcome): FailureReport[] {
  return task.failures.map((r) => ({
    jobId: r.jobId,
    stage: task.job.stage,
    cellId: task.job.cellId,
    attempt: r.attempt,
    status: r.status,
    ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}),
    ...(r.statusReason !== undefined
      ? { reason: r.statusReason }
      : r.signal
        ? { reason: `killed by ${r.signal}` }
        : {}),
    logTail: r.logTail ?? [],
  }));
}

/** A run someone stopped is cancelled, not failed, unless some of its jobs failed on their own. */
function runStatus({ planned, succeeded, failed, cancelled }: TaskCounts): ReportModel['run']['status'] {
  if (succeeded === planned) return 'complete';
  if (cancelled > 0 && failed === 0) return 'cancelled';
  return succeeded === 0 ? 'failed' : 'partial';
}

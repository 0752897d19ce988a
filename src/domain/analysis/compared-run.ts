/**
 * What comparing a run with another needs of it, and no more: per-cell wall time with its
 * samples, the job counts and the targets its outcome is judged on. `batchbench compare` of
 * two 100,000-record runs spent half its time building two full reports (costs, fan-out
 * quantiles, stragglers, metrics, recommendations) that it never showed.
 */
import type { CellReport, ReportModel, TargetResult } from '../report/model.js';
import { summarize } from '../stats/summary.js';
import {
  buildReport,
  reportedExperiment,
  reportedRun,
  scalingOf,
  taskCounts,
  type BuildReportInput,
} from './build-report.js';
import { cellsWithTasks, groupBy, makespan } from './cell-analysis.js';
import { resolveTasks, type TaskOutcome } from './job-outcomes.js';
import { speedupTargets } from './targets.js';

/** The part of a report a comparison reads; a whole ReportModel is one too. */
export interface ComparedRun {
  experiment: ReportModel['experiment'];
  run: ReportModel['run'];
  confidence: number;
  cells: Pick<CellReport, 'stage' | 'cellId' | 'wall' | 'wallSamples'>[];
  targets: TargetResult[];
}

interface WallCell {
  report: Pick<CellReport, 'stage' | 'cellId' | 'values' | 'wall' | 'wallSamples'>;
  wallSamples: number[];
  /** Not priced here: speedup targets do not need it. */
  repeatCosts: number[];
}

/**
 * The run as `buildReport` would report it, for the fields a comparison reads (the same
 * numbers, the same order). A file with `analysis.targets` may judge cost or a metric, so its
 * report is built whole; `analysis.speedup`'s target needs only the wall times.
 */
export function comparedRun(input: BuildReportInput): ComparedRun {
  const { experiment, plan } = input;
  if (experiment.analysis.targets.length > 0) return compared(buildReport(input));
  const confidence = experiment.analysis.confidence;
  const { tasks } = resolveTasks(plan, input.records);
  const cells: WallCell[] = cellsWithTasks(plan, tasks).map(({ stage, cell, tasks: cellTasks }) => {
    const wallSamples = completeRepeatWalls(cellTasks);
    const wall = summarize(wallSamples, confidence);
    return {
      report: { cellId: cell.id, stage, values: cell.values, wall, wallSamples },
      wallSamples,
      repeatCosts: [],
    };
  });
  const scaling = scalingOf(experiment, cells);
  return {
    experiment: reportedExperiment(experiment),
    run: reportedRun(input.run, taskCounts(tasks)),
    confidence,
    cells: cells.map((c) => ({
      stage: c.report.stage,
      cellId: c.report.cellId,
      wall: c.report.wall,
      wallSamples: c.wallSamples,
    })),
    targets: scaling ? speedupTargets(scaling.report, confidence) : [],
  };
}

/** Only what a comparison reads, so the rest of a full report is not kept while the other run loads. */
function compared(report: ReportModel): ComparedRun {
  const { experiment, run, confidence, targets } = report;
  const cells = report.cells.map(({ stage, cellId, wall, wallSamples }) => ({
    stage,
    cellId,
    wall,
    ...(wallSamples ? { wallSamples } : {}),
  }));
  return { experiment, run, confidence, cells, targets };
}

/** One wall time per repeat whose tasks all succeeded, in the order analyseCell finds them. */
function completeRepeatWalls(tasks: readonly TaskOutcome[]): number[] {
  const out: number[] = [];
  for (const group of groupBy(tasks, (t) => t.job.groupId).values()) {
    if (group.every((t) => t.state === 'succeeded')) out.push(makespan(group));
  }
  return out;
}

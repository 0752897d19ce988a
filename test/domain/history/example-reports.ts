/**
 * Reports of the shipped experiments (experiments/*.yaml), built by the real planner and
 * analysis from job records a run could have written, plus a multi-stage matrix experiment
 * whose stages share cell ids and whose labels are long. The rendering test draws every chart
 * of these in a real browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { buildReport } from '../../../src/domain/analysis/build-report.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import type { PlannedJob } from '../../../src/domain/plan/plan.js';
import type { ReportModel } from '../../../src/domain/report/model.js';
import type { JobRecord } from '../../../src/domain/results/job-record.js';
import type { Experiment } from '../../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { prices, record, run } from '../../app/records.js';
import { makeExperiment, makeStage } from '../../helpers/experiment.js';
import { makeReport } from '../report/fixtures.js';
import { prTrend } from '../../../src/domain/history/pr-trend.js';
import type { RunHistoryEntry } from '../../../src/domain/history/run-entry.js';
import { summarize } from '../../../src/domain/stats/summary.js';

/** A small deterministic spread, so that repeats differ as measured ones do. */
function jitter(seed: string): number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

/** The value of the parallelism axis (or 1), which divides the work of one cell. */
function parallelism(experiment: Experiment, job: PlannedJob, cellValues: Record<string, unknown>): number {
  const axis = experiment.analysis.speedup?.over;
  const p = axis != null ? Number(cellValues[axis]) : 1;
  return (Number.isFinite(p) && p > 0 ? p : 1) * Math.max(1, job.shardCount);
}

/** One succeeded record per planned job: work that scales with p at 85% efficiency. */
function records(experiment: Experiment, plan: ReturnType<typeof buildPlan>['plan']): JobRecord[] {
  const values = new Map(plan.cells.map((c) => [c.id, c.values as Record<string, unknown>]));
  return plan.jobs
    .filter((job) => job.speculativeOf === undefined)
    .map((job) => {
      const p = parallelism(experiment, job, values.get(job.cellId) ?? {});
      const seconds = (40 / p ** 0.85) * (1 + 0.05 * jitter(job.id));
      // Stages of one repeat run one after another, as their `needs` order them.
      const start = job.repeat * 1000 + plan.stages.indexOf(job.stage) * 200;
      const metrics = Object.fromEntries(
        experiment.results.metrics.map((m) => [m.name, Math.round(100 * (1 + jitter(`${job.id}${m.name}`)))]),
      );
      return record(
        job,
        {
          queued: start,
          started: start + 2,
          command: [start + 3, start + 3 + seconds],
          stopped: start + 3.2 + seconds,
          collected: start + 3.5 + seconds,
        },
        { metrics, cpuModel: 'Example CPU' },
      );
    });
}

function reportOf(experiment: Experiment): ReportModel {
  const { plan } = buildPlan(experiment, { prices });
  return buildReport({ experiment, plan, records: records(experiment, plan), run, prices });
}

/** Two stages over one matrix: both stages have the same cell ids, and the ids are long. */
function sharedCellsExperiment(): Experiment {
  return makeExperiment({
    name: 'shared-cells',
    matrix: {
      axes: {
        workers: [1, 2, 4, 8],
        dataset: ['imagenet-subset-validation', 'cifar-100-train'],
      },
      include: [],
      exclude: [],
    },
    repeats: 3,
    stages: [makeStage({ name: 'prepare' }), makeStage({ name: 'train', needs: ['prepare'] })],
    analysis: {
      speedup: { over: 'workers', baseline: { workers: 1 } },
      targets: [],
      stragglerFactor: 1.5,
      confidence: 0.95,
    },
  });
}

export interface ExampleReport {
  name: string;
  model: ReportModel;
}

/** Every shipped experiment (the campaign file is not an experiment), plus the two above. */
export function exampleReports(): ExampleReport[] {
  const shipped = readdirSync('experiments')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f): ExampleReport[] => {
      const file = `experiments/${f}`;
      const text = readFileSync(file, 'utf8');
      if (/^kind:\s*campaign\b/m.test(text)) return [];
      const validated = validateExperimentText(text, file);
      return validated.value != null ? [{ name: f, model: reportOf(validated.value) }] : [];
    });
  return [
    ...shipped,
    { name: 'shared-cells (multi-stage matrix)', model: reportOf(sharedCellsExperiment()) },
    { name: 'fixture (hostile strings)', model: makeReport() },
    { name: 'labels with quotes, parentheses and directives', model: hostileLabels() },
  ];
}

/** Cell ids and a stage name that try to end a quoted Mermaid string or open a directive. */
function hostileLabels(): ReportModel {
  const model = makeReport();
  const ids = ['a"b', "it's (x)", '%%{init: {}}%%', 'x"]; bar [9'];
  model.cells = model.cells.map((c, i) => ({
    ...c,
    stage: `sim "(1)"`,
    cellId: ids[i] ?? c.cellId,
  }));
  model.scaling!.series[0]!.stage = `sim "(1)"`;
  return model;
}

/**
 * A pull request's report whose first cells are named `ids` (hostile names welcome), `slower`
 * than the base branch, with the trend of those cells from seven base commits of history;
 * also the base branch's report of the same cells and the history entries.
 */
export function prTrendReport(
  ids: readonly string[],
  slower = 1.4,
): { model: ReportModel; names: string[]; base: ReportModel; entries: RunHistoryEntry[] } {
  const model = exampleReports()[0]!.model;
  const cells = model.cells.slice(0, ids.length).map((c, i) => ({ ...c, cellId: ids[i]! }));
  const headModel: ReportModel = {
    ...model,
    cells: cells.map((c) => ({
      ...c,
      wallSamples: c.wallSamples!.map((x) => x * slower),
      wall: summarize(c.wallSamples!.map((x) => x * slower)),
    })),
  };
  const names = cells.map((c) => `${c.stage}/${c.cellId}`);
  const entries: RunHistoryEntry[] = [1, 2, 3, 4, 5, 6, 7].map((i) => ({
    schemaVersion: 1,
    experiment: model.experiment.name,
    runId: `b${i}`,
    commit: `${i}`.repeat(40),
    ref: 'main',
    date: `2026-11-0${i}T00:00:00Z`,
    cells: cells.map((c, j) => {
      const samples = c.wallSamples!.map((x) => x * (1 + 0.005 * i));
      return {
        cell: names[j]!,
        metrics: { wall_seconds: { ...summarize(samples), better: 'lower', unit: 's', samples } },
      };
    }),
  }));
  const trend = prTrend(entries, headModel, 'main', names)!;
  return { model: { ...headModel, trend }, names, base: { ...model, cells }, entries };
}

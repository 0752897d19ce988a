import { describe, expect, it } from 'vitest';
import { buildReport, type BuildReportInput } from '../../../src/domain/analysis/build-report.js';
import { comparedRun } from '../../../src/domain/analysis/compared-run.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import type { Experiment } from '../../../src/domain/experiment/experiment.js';
import { makeExperiment } from '../../helpers/experiment.js';
import { job, prices, record, run } from '../../app/records.js';

/** comparedRun must say exactly what buildReport says in every field a comparison reads. */
function expectSameAsReport(input: BuildReportInput) {
  const full = buildReport(input);
  const lean = comparedRun(input);
  expect(lean).toEqual({
    experiment: full.experiment,
    run: full.run,
    confidence: full.confidence,
    cells: full.cells.map((c) => ({
      stage: c.stage,
      cellId: c.cellId,
      wall: c.wall,
      wallSamples: c.wallSamples,
    })),
    targets: full.targets,
  });
  return lean;
}

function input(experiment: Experiment, times: (n: number, r: number) => number | 'failed' | undefined) {
  const { plan } = buildPlan(experiment, { prices });
  const records = [1, 2, 4].flatMap((n) =>
    [1, 2, 3, 4].flatMap((r) => {
      const w = times(n, r);
      if (w === undefined) return [];
      const id = `main.n_jobs-${n}.r${r}`;
      return w === 'failed'
        ? [record(job(plan, id), { queued: 0, started: 1, stopped: 2 }, { status: 'failed', exitCode: 1 })]
        : [record(job(plan, id), { queued: 100 * r, started: 100 * r + 2, stopped: 100 * r + w })];
    }),
  );
  return { experiment, plan, records, run, prices };
}

const scaling = (targets: Experiment['analysis']['targets']) =>
  makeExperiment({
    matrix: { axes: { n_jobs: [1, 2, 4] }, include: [], exclude: [] },
    repeats: 4,
    analysis: {
      speedup: { over: 'n_jobs', baseline: { n_jobs: 1 }, target: 2.5 },
      targets,
      stragglerFactor: 1.5,
      confidence: 0.9,
      failOn: { failedJobs: true, targetMissed: true, inconclusive: false, regression: 0.03 },
    },
  });

describe('comparedRun: the fields of the report a comparison reads, without the rest', () => {
  it('gives the wall times, counts and speedup target of a complete run', () => {
    const lean = expectSameAsReport(input(scaling([]), (n, r) => 100 / n + r));
    expect(lean.targets).toHaveLength(1);
    expect(lean.cells.map((c) => c.wallSamples?.length)).toEqual([4, 4, 4]);
  });

  it('leaves incomplete repeats out and counts failed and missing jobs alike', () => {
    const lean = expectSameAsReport(
      input(scaling([]), (n, r) => (n === 2 && r === 2 ? 'failed' : n === 4 && r === 4 ? undefined : 50 / n)),
    );
    expect(lean.run).toMatchObject({ jobsFailed: 1, jobsMissing: 1, status: 'partial' });
  });

  it('builds the whole report when the file lists targets (cost or a metric may need it)', () => {
    expectSameAsReport(
      input(
        scaling([
          { metric: 'cost', max: 0.01 },
          { metric: 'wall-time', max: 40, cell: { n_jobs: 2 } },
        ]),
        (n, r) => 80 / n + r,
      ),
    );
  });
});

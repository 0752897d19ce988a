import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/analysis/build-report.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import type { CellReport } from '../../../src/domain/report/model.js';
import type { JobRecord } from '../../../src/domain/results/job-record.js';
import type { Experiment } from '../../../src/domain/experiment/experiment.js';
import { makeExperiment, makeStage } from '../../helpers/experiment.js';
import { job, prices, record, run } from '../../app/records.js';

// Expected numbers come from test/reference/analysis_reference.py (numpy/scipy), run on the
// same wall times as below.

const GIB = 1024 ** 3;
const cellOf = (cells: CellReport[], cellId: string, stage = 'main') => {
  const c = cells.find((x) => x.cellId === cellId && x.stage === stage);
  if (!c) throw new Error(`no cell ${stage}/${cellId}`);
  return c;
};

function report(
  experiment: Experiment,
  records: (plan: ReturnType<typeof buildPlan>['plan']) => JobRecord[],
) {
  const { plan } = buildPlan(experiment, { prices });
  return buildReport({ experiment, plan, records: records(plan), run, prices });
}

describe('buildReport: a scaling study over n_jobs on AWS Batch (seed 000 shape)', () => {
  const walls: Record<number, number[]> = { 1: [100, 104, 96], 2: [55, 60, 53], 4: [30, 32, 28] };
  const rewards: Record<number, number[]> = {
    1: [0.61, 0.64, 0.58],
    2: [0.7, 0.72, 0.69],
    4: [0.8, 0.79, 0.83],
  };
  const experiment = makeExperiment(
    {
      matrix: { axes: { n_jobs: [1, 2, 4] }, include: [], exclude: [] },
      repeats: 3,
      analysis: {
        speedup: { over: 'n_jobs', baseline: { n_jobs: 1 }, target: 2.5 },
        extrapolate: { factor: 200 },
        targets: [
          { metric: 'wall-time', max: 120, cell: { n_jobs: 1 } },
          { metric: 'wall-time', max: 50, cell: { n_jobs: 2 } },
          { metric: 'wall-time', max: 40, cell: { n_jobs: 2 } },
          { metric: 'reward', min: 0.75, cell: { n_jobs: 4 } },
          { metric: 'speedup', min: 2, cell: { n_jobs: 2 } },
          { metric: 'efficiency', min: 0.95, cell: { n_jobs: 2 } },
          { metric: 'cost', max: 0.01, cell: { n_jobs: 1 } },
          { metric: 'loss', max: 1 },
        ],
        stragglerFactor: 1.5,
        confidence: 0.95,
      },
    },
    {
      resources: { vcpus: 4, memoryBytes: 8 * GIB, gpus: 0, timeoutSec: 3600, retries: 0, retryOn: [] },
      compute: {
        backend: 'aws-batch',
        region: 'us-east-1',
        instanceType: 'c5.xlarge',
        capacity: 'on-demand',
        platform: 'ec2',
        tags: {},
      },
    },
  );
  const model = report(experiment, (plan) =>
    [1, 2, 4].flatMap((n) =>
      [1, 2, 3].map((r) => {
        const q = 1000 * r;
        const w = walls[n]?.[r - 1] as number;
        // queue 5 s, start-up 2 s, compute w - 8 s, 1 s to stop, collected 3 s later
        return record(
          job(plan, `main.n_jobs-${n}.r${r}`),
          { queued: q, started: q + 5, command: [q + 7, q + w - 1], stopped: q + w, collected: q + w + 3 },
          { metrics: { reward: rewards[n]?.[r - 1] as number } },
        );
      }),
    ),
  );

  it('summarises the makespan of each repeat, with a t interval', () => {
    const c = cellOf(model.cells, 'n_jobs-1');
    expect(c.wall.n).toBe(3);
    expect(c.wall.mean).toBeCloseTo(100, 10);
    expect(c.wall.sd).toBeCloseTo(4, 10);
    expect(c.wall.ci[0]).toBeCloseTo(90.06344915299869, 8);
    expect(c.wall.ci[1]).toBeCloseTo(109.93655084700131, 8);
    expect(c).toMatchObject({ succeeded: 3, failed: 0, backend: 'aws-batch', instanceType: 'c5.xlarge' });
  });

  it('splits the time of a task into queue, start-up, compute and collection', () => {
    const split = cellOf(model.cells, 'n_jobs-1').split;
    expect(split.queue).toBeCloseTo(5, 10);
    expect(split.startup).toBeCloseTo(2, 10);
    expect(split.compute).toBeCloseTo(92, 10);
    expect(split.collection).toBeCloseTo(3, 10);
  });

  it('summarises workload metrics per cell', () => {
    const reward = cellOf(model.cells, 'n_jobs-4').metrics.reward;
    expect(reward?.mean).toBeCloseTo(0.8066666666666666, 12);
    expect(reward?.ci[0]).toBeCloseTo(0.7549552165412441, 9);
    expect(reward?.ci[1]).toBeCloseTo(0.8583781167920892, 9);
  });

  it('gives speedup with Fieller intervals, efficiency, Karp-Flatt and an Amdahl fit', () => {
    const series = model.scaling?.series;
    expect(series).toHaveLength(1);
    const s = series?.[0];
    expect(s?.baselineCellId).toBe('n_jobs-1');
    expect(s?.points.map((p) => p.p)).toEqual([1, 2, 4]);
    const [p1, p2, p4] = s?.points ?? [];
    expect(p1?.speedup).toEqual({ value: 1 });
    expect(p2?.speedup.value).toBeCloseTo(1.7857142857142858, 12);
    expect(p2?.speedup.ci?.[0]).toBeCloseTo(1.5708822075963975, 8);
    expect(p2?.speedup.ci?.[1]).toBeCloseTo(2.045677398711125, 8);
    expect(p4?.speedup.ci?.[0]).toBeCloseTo(2.919699575612455, 8);
    expect(p4?.speedup.ci?.[1]).toBeCloseTo(3.839298363046371, 8);
    expect(p4?.efficiency).toBeCloseTo(3.3333333333333335 / 4, 12);
    expect(p2?.karpFlatt).toBeCloseTo(0.12, 10);
    expect(p4?.karpFlatt).toBeCloseTo(0.0666666666666667, 10);
    expect(p1?.karpFlatt).toBeUndefined();
    expect(s?.amdahl?.serialFraction).toBeCloseTo(0.07954545454545453, 10);
    expect(s?.amdahl?.r2).toBeCloseTo(0.9981743496120493, 10);
    expect(s?.amdahl?.maxSpeedup).toBeCloseTo(12.571428571428573, 8);
  });

  it('prices measured run time (queue excluded) on the instance, on-demand and Spot', () => {
    const cost = cellOf(model.cells, 'n_jobs-1').cost;
    expect(cost.basis).toBe('measured');
    expect(cost.usd).toBeCloseTo((285 / 3600) * 0.17, 12);
    expect(cost.spotUsd).toBeCloseTo((285 / 3600) * 0.0748, 12);
    const seconds = [1, 2, 4].reduce((s, n) => s + (walls[n] ?? []).reduce((a, w) => a + w - 5, 0), 0);
    expect(model.cost.totalUsd).toBeCloseTo((seconds / 3600) * 0.17, 12);
    expect(model.cost.byStage.main?.compute).toBeCloseTo((seconds / 3600) * 0.17, 12);
    expect(model.cost.byComponent).toMatchObject({ storage: 0, network: 0 });
    expect(model.cost.basis).toBe('measured');
    expect(model.cost.perItemUsd).toBeUndefined();
    expect(model.cost.compare).toEqual([]);
  });

  it('cost per unit of speedup is the cost of one repeat over the speedup', () => {
    const p4 = model.scaling?.series[0]?.points[2];
    expect(p4?.costPerSpeedup).toBeCloseTo(((75 / 3 / 3600) * 0.17) / (100 / 30), 12);
  });

  it('extrapolates the baseline linearly, interval and cost included', () => {
    expect(model.extrapolation).toMatchObject({ factor: 200, cellId: 'n_jobs-1', stage: 'main' });
    expect(model.extrapolation?.projectedSeconds.value).toBeCloseTo(20000, 8);
    expect(model.extrapolation?.projectedSeconds.ci?.[0]).toBeCloseTo(200 * 90.06344915299869, 6);
    expect(model.extrapolation?.projectedUsd).toBeCloseTo(0.8972222222222224, 12);
  });

  it('judges targets by their intervals: met, missed, inconclusive', () => {
    const status = model.targets.map((t) => [t.description, t.status]);
    expect(status).toEqual([
      ['speedup at n_jobs=4', 'met'],
      ['wall-time of n_jobs-1', 'met'],
      ['wall-time of n_jobs-2', 'inconclusive'],
      ['wall-time of n_jobs-2', 'missed'],
      ['reward of n_jobs-4', 'met'],
      ['speedup of n_jobs-2', 'inconclusive'],
      ['efficiency of n_jobs-2', 'inconclusive'],
      ['cost of n_jobs-1', 'met'],
      ['loss', 'inconclusive'],
    ]);
    expect(model.targets[0]).toMatchObject({ target: '>= 2.50x', actual: '3.33x (95% CI 2.92x to 3.84x)' });
    expect(model.targets[8]?.actual).toBe('no data');
  });

  it('reports a complete run without warnings', () => {
    expect(model.run).toMatchObject({
      status: 'complete',
      jobsPlanned: 9,
      jobsSucceeded: 9,
      jobsFailed: 0,
      jobsMissing: 0,
      id: 'run-1',
    });
    expect(model.warnings).toEqual([]);
    expect(model.failures).toEqual([]);
    expect(model.confidence).toBe(0.95);
  });
});

describe('buildReport: a fan-out with a straggler, a speculative win and a retry (seed 002 shape)', () => {
  const experiment = makeExperiment(
    {
      matrix: { axes: { workers: [1, 4] }, include: [], exclude: [] },
      repeats: 3,
      analysis: {
        speedup: { over: 'workers', baseline: { workers: 1 }, target: 2 },
        targets: [],
        stragglerFactor: 1.5,
        confidence: 0.95,
      },
    },
    {
      fanOut: { items: 8, workers: '${{ matrix.workers }}', oversubscribe: 1.25 },
      resources: { vcpus: 1, memoryBytes: 2 * GIB, gpus: 0, timeoutSec: 3600, retries: 1, retryOn: [] },
      compute: {
        backend: 'local',
        region: 'us-east-1',
        instanceType: 'c5.large',
        capacity: 'on-demand',
        platform: 'ec2',
        tags: {},
      },
    },
  );
  const XEON = 'Intel Xeon Platinum 8275CL';
  const EPYC = 'AMD EPYC 7R32';
  const task = (queued: number, seconds: number, cpuModel = XEON) => ({
    t: { queued, started: queued + 1, stopped: queued + 1 + seconds },
    extra: { cpuModel, metrics: { items: 2 } },
  });
  let billedSeconds = 0;
  const model = report(experiment, (plan) => {
    const rec = (
      id: string,
      t: { queued: number; started: number; stopped: number },
      extra: Partial<JobRecord>,
    ) => {
      billedSeconds += t.stopped - t.started;
      return record(job(plan, id), t, extra);
    };
    const one = [80, 82, 78].map((w, i) =>
      rec(
        `main.workers-1.r${i + 1}`,
        { queued: 0, started: 1, stopped: w },
        { cpuModel: XEON, metrics: { items: 8 } },
      ),
    );
    const g = (r: number, s: number, x = '') => `main.workers-4.r${r}.s${s}${x}`;
    const r1 = [task(0, 20), task(0, 21), task(0, 22), task(0, 50, EPYC)].map((x, s) =>
      rec(g(1, s), x.t, x.extra),
    );
    // r1: the copy of shard 3 started late and lost.
    const r1copy = rec(g(1, 3, '.x1'), { queued: 25, started: 26, stopped: 51 }, { status: 'superseded' });
    // r2: the copy of shard 3 won after 10 s; the original was stopped.
    const r2 = [task(0, 20), task(0, 20), task(0, 21)].map((x, s) => rec(g(2, s), x.t, x.extra));
    const r2orig = rec(
      g(2, 3),
      { queued: 0, started: 1, stopped: 33 },
      { status: 'superseded', cpuModel: XEON },
    );
    const r2copy = rec(
      g(2, 3, '.x1'),
      { queued: 22, started: 23, stopped: 33 },
      { cpuModel: XEON, metrics: { items: 2 } },
    );
    // r3: shard 1 failed once and succeeded on its second attempt.
    const r3fail = rec(
      g(3, 1),
      { queued: 0, started: 1, stopped: 6 },
      { status: 'failed', exitCode: 137, cpuModel: XEON },
    );
    const r3 = [task(0, 20), task(6, 20), task(0, 22), task(0, 24)].map((x, s) =>
      rec(g(3, s), x.t, { ...x.extra, ...(s === 1 ? { attempt: 2 } : {}) }),
    );
    return [...one, ...r1, r1copy, r2orig, ...r2, r2copy, r3fail, ...r3];
  });
  const fan = cellOf(model.cells, 'workers-4');

  it('counts a task once, whichever copy or attempt won', () => {
    expect(model.run).toMatchObject({
      status: 'complete',
      jobsPlanned: 15,
      jobsSucceeded: 15,
      jobsFailed: 0,
    });
    expect(fan.succeeded).toBe(12);
    expect(model.failures).toEqual([]);
  });

  it('measures makespan from the first queued to the last stopped winner', () => {
    expect(fan.wall.mean).toBeCloseTo((51 + 33 + 27) / 3, 12);
    expect(fan.fanOut?.makespan).toBeCloseTo(37, 12);
    expect(fan.fanOut?.longestTask).toBeCloseTo((50 + 21 + 24) / 3, 12);
  });

  it('gives completion-time quantiles of the tasks (numpy linear)', () => {
    expect(fan.fanOut?.tasks).toBe(4);
    const q = fan.fanOut?.quantiles;
    expect(q?.p50).toBeCloseTo(22.5, 12);
    expect(q?.p90).toBeCloseTo(32.400000000000006, 10);
    expect(q?.p95).toBeCloseTo(41.09999999999999, 10);
    expect(q?.p99).toBeCloseTo(49.02000000000001, 10);
    expect(q?.max).toBe(51);
  });

  it('flags the straggler against its own repeat, with its CPU model', () => {
    expect(fan.fanOut?.stragglers).toEqual([
      { jobId: 'main.workers-4.r1.s3', seconds: 50, ratioToMedian: 50 / 21.5, cpuModel: EPYC },
    ]);
    expect(fan.fanOut?.cpuModels).toEqual({ [XEON]: 11, [EPYC]: 1 });
    expect(fan.cpuModels).toEqual([EPYC, XEON]);
    expect(fan.fanOut?.speculativeWins).toBe(1);
  });

  it('prices every attempt, lost copies and failed tries too, as cloud-equivalent', () => {
    expect(model.cost.basis).toBe('cloud-equivalent');
    // c5.large: 2 vCPU / 4 GiB; a 1 vCPU / 2 GiB job takes half of it.
    expect(model.cost.totalUsd).toBeCloseTo((billedSeconds / 3600) * 0.085 * 0.5, 12);
    expect(fan.cost.basis).toBe('cloud-equivalent');
    expect(model.warnings.some((w) => w.includes('as if they had run on c5.large'))).toBe(true);
  });

  it('divides cost by the items the workload reported', () => {
    expect(model.cost.perItemUsd).toBeCloseTo(model.cost.totalUsd! / 48, 14);
  });

  it('flags the noisy cell, and leaves an interval-straddling target inconclusive', () => {
    expect(model.warnings.some((w) => w.startsWith('main/workers-4: wall time varies by cv=0.34'))).toBe(
      true,
    );
    const p4 = model.scaling?.series[0]?.points[1];
    expect(p4?.speedup.value).toBeCloseTo(2.1621621621621623, 12);
    expect(p4?.speedup.ci?.[0]).toBeCloseTo(1.1766518920432982, 8);
    expect(p4?.speedup.ci?.[1]).toBeCloseTo(12.716417650682464, 6);
    expect(model.targets).toMatchObject([{ status: 'inconclusive', cellId: 'workers-4' }]);
  });
});

describe('buildReport: a baseline that pins another axis (seed 002: local with 2 workers)', () => {
  const local: Record<number, number[]> = { 1: [40, 41, 39], 2: [22, 21, 23], 4: [13, 12, 14] };
  const batch: Record<number, number[]> = { 1: [45, 46, 44], 2: [26, 25, 27], 4: [16, 15, 17] };
  const experiment = makeExperiment(
    {
      matrix: { axes: { workers: [1, 2, 4], backend: ['local', 'aws-batch'] }, include: [], exclude: [] },
      repeats: 3,
      analysis: {
        speedup: { over: 'workers', baseline: { backend: 'local', workers: 2 }, target: 3 },
        targets: [],
        stragglerFactor: 1.5,
        confidence: 0.95,
      },
    },
    {
      compute: {
        backend: '${{ matrix.backend }}',
        region: 'us-east-1',
        capacity: 'on-demand',
        platform: 'ec2',
        tags: {},
      },
    },
  );
  const model = report(experiment, (plan) =>
    (['local', 'aws-batch'] as const).flatMap((backend) =>
      [1, 2, 4].flatMap((w) =>
        [1, 2, 3].map((r) => {
          const wall = (backend === 'local' ? local : batch)[w]?.[r - 1] as number;
          return record(job(plan, `main.workers-${w}_backend-${backend}.r${r}`), {
            queued: 0,
            started: 0,
            stopped: wall,
          });
        }),
      ),
    ),
  );

  it('uses the one pinned baseline for every series', () => {
    const series = model.scaling?.series ?? [];
    expect(series.map((s) => [s.fixed, s.baselineCellId])).toEqual([
      [{ backend: 'local' }, 'workers-2_backend-local'],
      [{ backend: 'aws-batch' }, 'workers-2_backend-local'],
    ]);
    const batchSeries = series[1];
    const [b1, b2, b4] = batchSeries?.points ?? [];
    expect(b2?.speedup.value).toBeCloseTo(0.8461538461538461, 12);
    expect(b2?.speedup.ci?.[0]).toBeCloseTo(0.7675851066793492, 8);
    expect(b2?.efficiency).toBeCloseTo(0.8461538461538461, 12);
    expect(b2?.karpFlatt).toBeUndefined();
    expect(b1?.speedup.ci?.[1]).toBeCloseTo(0.5360917950755496, 8);
    expect(b1?.efficiency).toBeCloseTo(0.4888888888888889 / 0.5, 12);
    expect(b4?.speedup.ci?.[0]).toBeCloseTo(1.211542687018061, 8);
    expect(b4?.karpFlatt).toBeCloseTo((1 / 1.375 - 0.5) / 0.5, 12);
  });

  it('fits Amdahl per series on absolute p', () => {
    const [ls, bs] = model.scaling?.series ?? [];
    expect(ls?.amdahl?.serialFraction).toBeCloseTo(0.1, 10);
    expect(ls?.amdahl?.maxSpeedup).toBeCloseTo(10, 8);
    expect(bs?.amdahl?.serialFraction).toBeCloseTo(0.14421553090332803, 10);
    expect(bs?.amdahl?.r2).toBeCloseTo(0.999835418038183, 10);
  });

  it('misses a speedup target whose whole interval is below it, in each series', () => {
    expect(model.targets.map((t) => [t.description, t.status])).toEqual([
      ['speedup at workers=4 (backend=local)', 'missed'],
      ['speedup at workers=4 (backend=aws-batch)', 'missed'],
    ]);
  });

  it('does not price what it cannot, and says so', () => {
    expect(model.cost.basis).toBe('none');
    expect(model.cost.totalUsd).toBeNull();
    expect(cellOf(model.cells, 'workers-1_backend-local').cost).toEqual({ usd: 0, basis: 'none' });
    expect(
      model.warnings.some(
        (w) =>
          w ===
          'cost not known for workers-1_backend-aws-batch, workers-2_backend-aws-batch, workers-4_backend-aws-batch: no instance-type to price',
      ),
    ).toBe(true);
    expect(model.warnings.some((w) => w.includes('local cells without compute.instance-type'))).toBe(true);
  });
});

describe('buildReport: failed, missing and unplanned jobs', () => {
  const experiment = makeExperiment({ repeats: 3 });

  it('lists failures with their log tail, counts missing jobs and warns', () => {
    const model = report(experiment, (plan) => [
      record(job(plan, 'main.default.r1'), { queued: 0, started: 1, stopped: 11 }),
      record(
        job(plan, 'main.default.r2'),
        { queued: 0, started: 1, stopped: 3 },
        { status: 'failed', exitCode: 2, logTail: ['Traceback (most recent call last):', 'ValueError: bad'] },
      ),
      record(job(plan, 'main.default.r1'), { queued: 0, started: 0, stopped: 1 }, { jobId: 'old.job' }),
    ]);
    expect(model.run).toMatchObject({
      status: 'partial',
      jobsPlanned: 3,
      jobsSucceeded: 1,
      jobsFailed: 1,
      jobsMissing: 1,
    });
    expect(model.failures).toEqual([
      {
        jobId: 'main.default.r2',
        stage: 'main',
        cellId: 'default',
        attempt: 1,
        status: 'failed',
        exitCode: 2,
        logTail: ['Traceback (most recent call last):', 'ValueError: bad'],
      },
    ]);
    const c = cellOf(model.cells, 'default');
    expect(c.wall.n).toBe(1);
    expect(c.wall.mean).toBe(11);
    expect(c).toMatchObject({ succeeded: 1, failed: 1 });
    expect(model.warnings).toEqual(
      expect.arrayContaining([
        '1 job id in the results is not in the plan and was ignored: old.job',
        'main/default: 2 repeats left out of wall time because a job failed or has no result',
        '1 of 3 jobs failed; its cell is missing repeats',
        '1 of 3 planned jobs has no result (not run, or not collected)',
      ]),
    );
  });

  it('uses the last attempt of a retried job and calls a run with no success failed', () => {
    const model = report(experiment, (plan) => [
      record(job(plan, 'main.default.r1'), { queued: 0, started: 1, stopped: 11 }),
      record(
        job(plan, 'main.default.r1'),
        { queued: 12, started: 13, stopped: 14 },
        {
          attempt: 2,
          status: 'timed-out',
          statusReason: 'Job attempt duration exceeded timeout',
        },
      ),
    ]);
    // attempt 2 is the job's outcome even though attempt 1 succeeded (appended order is history).
    expect(model.run).toMatchObject({ status: 'failed', jobsSucceeded: 0, jobsFailed: 1, jobsMissing: 2 });
    expect(model.failures[0]).toMatchObject({
      attempt: 2,
      status: 'timed-out',
      reason: 'Job attempt duration exceeded timeout',
    });
  });

  it('warns that fewer than 3 repeats are not a measurement', () => {
    const exp = makeExperiment({
      matrix: { axes: { n: [1, 2] }, include: [], exclude: [] },
      repeats: 2,
      analysis: {
        speedup: { over: 'n', baseline: { n: 1 } },
        targets: [],
        stragglerFactor: 1.5,
        confidence: 0.95,
      },
    });
    const model = report(exp, (plan) =>
      plan.jobs.map((j, i) => record(j, { queued: 0, started: 0, stopped: 10 + i })),
    );
    expect(model.warnings).toContain(
      'speedup from n<3 samples is not a measurement: n-2 (raise repeats to 3 or more)',
    );
  });
});

describe('buildReport: a pipeline with storage and transfer costs (seed 001 shape)', () => {
  const experiment = makeExperiment({
    repeats: 1,
    stages: [
      makeStage({
        name: 'train',
        resources: { vcpus: 1, memoryBytes: GIB, gpus: 1, timeoutSec: 3600, retries: 0, retryOn: [] },
        compute: {
          backend: 'aws-batch',
          region: 'us-east-1',
          instanceType: 'g4dn.xlarge',
          capacity: 'spot',
          platform: 'ec2',
          tags: {},
        },
      }),
      makeStage({
        name: 'infer',
        needs: ['train'],
        resources: { vcpus: 2, memoryBytes: 4 * GIB, gpus: 0, timeoutSec: 3600, retries: 0, retryOn: [] },
        compute: {
          backend: 'aws-batch',
          region: 'us-east-1',
          instanceType: 't3.medium',
          capacity: 'on-demand',
          platform: 'ec2',
          tags: {},
        },
      }),
    ],
    costs: {
      storage: [
        { kind: 's3', sizeBytes: 5e9 },
        { kind: 'fsx-lustre', sizeBytes: 1.2e12, hours: 2 },
      ],
      transferOutBytes: 5e9,
    },
    analysis: {
      extrapolate: { factor: 10 },
      targets: [{ metric: 'wall-time', max: 3000 }],
      stragglerFactor: 1.5,
      confidence: 0.95,
    },
  });
  const model = report(experiment, (plan) => [
    record(job(plan, 'train.default.r1'), { queued: 0, started: 60, stopped: 60 + 35 * 60 }),
    // Batch takes the pipeline at once (dependsOn): infer is queued at 0 and waits for train.
    record(
      job(plan, 'infer.default.r1'),
      { queued: 0, started: 2230, stopped: 2230 + 720 },
      { metrics: { items: 1000 } },
    ),
  ]);

  it('breaks cost down by stage and component, spot against on-demand', () => {
    const train = (35 / 60) * 0.18936;
    const infer = 0.2 * 0.0416;
    const storage = 5 * 0.023 + 1200 * 0.14 * (2 / 730);
    const network = 5 * 0.09;
    expect(model.cost.byStage.train).toMatchObject({ storage: 0, network: 0 });
    expect(model.cost.byStage.train?.compute).toBeCloseTo(train, 12);
    expect(model.cost.byStage.infer?.total).toBeCloseTo(infer, 12);
    expect(model.cost.byComponent.compute).toBeCloseTo(train + infer, 12);
    expect(model.cost.byComponent.storage).toBeCloseTo(storage, 12);
    expect(model.cost.byComponent.network).toBeCloseTo(network, 12);
    expect(model.cost.totalUsd).toBeCloseTo(train + infer + storage + network, 12);
    expect(model.cost.onDemandUsd).toBeCloseTo((35 / 60) * 0.526 + infer + storage + network, 12);
    expect(model.cost.spotUsd).toBeCloseTo(train + 0.2 * 0.0183 + storage + network, 12);
    expect(model.cost.perItemUsd).toBeCloseTo((train + infer + storage + network) / 1000, 14);
    expect(model.cost.priceSnapshot).toBe(
      'EC2 on-demand us-east-1, 2026-07-20; Spot: typical savings, 2025-06; see data/aws-prices.SOURCES.md',
    );
  });

  it('times a later stage from when its inputs were ready, and names the stage in targets', () => {
    expect(model.cells.map((c) => [c.stage, c.cellId, c.wall.mean])).toEqual([
      ['train', 'default', 60 + 35 * 60],
      ['infer', 'default', 790],
    ]);
    expect(cellOf(model.cells, 'default', 'infer').split.queue).toBeCloseTo(70, 10);
    expect(cellOf(model.cells, 'default', 'train').split.queue).toBeCloseTo(60, 10);
    expect(model.targets.map((t) => [t.description, t.status])).toEqual([
      ['wall-time of default in stage train', 'inconclusive'],
      ['wall-time of default in stage infer', 'inconclusive'],
    ]);
    expect(model.extrapolation).toMatchObject({
      cellId: 'default',
      stage: 'train',
      projectedSeconds: { value: 21600 },
    });
    expect(model.extrapolation?.projectedSeconds.ci).toBeUndefined();
  });
});

describe('buildReport: a speedup whose divisor is too noisy to bound', () => {
  // 2 workers took 5 s, 60 s and 120 s: Fieller's interval for 100 / 61.7 is unbounded (g > 1).
  const walls: Record<number, number[]> = { 1: [100, 104, 96], 2: [5, 60, 120] };
  const experiment = makeExperiment({
    matrix: { axes: { n_jobs: [1, 2] }, include: [], exclude: [] },
    repeats: 3,
    analysis: {
      speedup: { over: 'n_jobs', baseline: { n_jobs: 1 }, target: 2.5 },
      targets: [{ metric: 'efficiency', min: 0.9, cell: { n_jobs: 2 } }],
      stragglerFactor: 1.5,
      confidence: 0.95,
    },
  });
  const model = report(experiment, (plan) =>
    [1, 2].flatMap((n) =>
      [1, 2, 3].map((r) => {
        const q = 1000 * r;
        const w = walls[n]?.[r - 1] as number;
        return record(job(plan, `main.n_jobs-${n}.r${r}`), {
          queued: q,
          started: q + 1,
          command: [q + 1, q + w - 1],
          stopped: q + w,
          collected: q + w + 1,
        });
      }),
    ),
  );

  it('marks the interval unbounded and judges no target from the point estimate', () => {
    const point = model.scaling?.series[0]?.points.find((p) => p.p === 2);
    expect(point?.speedup).toEqual({ value: 100 / 61.666666666666664, unbounded: true });
    // 1.62x is far below 2.5x, yet the samples cannot rule 2.5x out.
    expect(model.targets.map((t) => [t.description, t.status, t.actual])).toEqual([
      ['speedup at n_jobs=2', 'inconclusive', '1.62x (95% CI unbounded)'],
      ['efficiency of n_jobs-2', 'inconclusive', '0.811 (95% CI unbounded)'],
    ]);
  });
});

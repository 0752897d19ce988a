import type { CellReport, FailureReport, ReportModel, Summary } from '../../../src/domain/report/model.js';

export function summary(n: number, mean: number, sd: number, median = mean): Summary {
  const half = n >= 2 ? (2.776 * sd) / Math.sqrt(n) : 0;
  return {
    n,
    mean,
    median,
    min: mean - sd,
    max: mean + sd,
    sd,
    cv: n >= 2 && mean !== 0 ? sd / mean : NaN,
    ci: [mean - half, mean + half],
  };
}

function cell(
  stage: string,
  cellId: string,
  values: CellReport['values'],
  extra: Partial<CellReport>,
): CellReport {
  return {
    cellId,
    stage,
    values,
    backend: 'aws-batch',
    instanceType: 'c6i.large',
    wall: summary(5, 100, 2),
    succeeded: 5,
    failed: 0,
    split: {},
    metrics: {},
    cost: { usd: 0.05, onDemandUsd: 0.05, spotUsd: 0.018, basis: 'measured' },
    cpuModels: ['Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz'],
    ...extra,
  };
}

/** Hostile strings a workload could print or a user could put into a file. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  pipes: '| a | b |',
  link: '](javascript:alert(1))',
  mention: '@org/team',
  comment: '<!-- hidden -->',
  esc: '\u001b[31mRED\u001b[0m',
  backticks: '```` not a fence end',
};

export const failures: FailureReport[] = [
  {
    jobId: 'mc-scaling-run-workers-8-r2-s3',
    stage: 'simulate',
    cellId: 'workers=8',
    attempt: 2,
    status: 'FAILED',
    exitCode: 137,
    reason: `OutOfMemoryError: Container killed ${HOSTILE.pipes} ${HOSTILE.mention}`,
    logTail: [
      'Loading data...',
      HOSTILE.script,
      HOSTILE.backticks,
      `${HOSTILE.esc} segfault`,
      '</details> <!-- -->',
      'Error: cannot allocate vector of size 2.1 Gb',
    ],
    consoleUrl: 'https://console.aws.amazon.com/batch/home?region=us-east-1#jobs/detail/abc',
  },
  {
    jobId: 'mc-scaling-aggregate-r1',
    stage: 'aggregate',
    cellId: 'agg',
    attempt: 1,
    status: 'FAILED',
    reason: HOSTILE.link,
    logTail: [],
    consoleUrl: 'javascript:alert(1)',
  },
];

/** A realistic report: a scaling stage over 4 worker counts with fan-out, and an aggregate stage. */
export function makeReport(): ReportModel {
  const workers = [1, 2, 4, 8];
  const walls = [400, 210, 115, 70];
  const cells: CellReport[] = workers.map((w, i) =>
    cell(
      'simulate',
      `workers=${w}`,
      { workers: w, angle: 0 },
      {
        wall: summary(5, walls[i]!, walls[i]! * 0.03, walls[i]! - 1),
        split: { queue: 12.5, startup: 31.2, compute: walls[i]! - 50, collection: 1.25 },
        metrics: { items: summary(5, 50, 0), reward: summary(5, 0.8125, 0.01) },
        cost: { usd: 0.0042 * w, onDemandUsd: 0.0042 * w, spotUsd: 0.0015 * w, basis: 'measured' },
        peakMemoryBytes: 1.5 * 1024 ** 3,
        fanOut:
          w === 8
            ? {
                tasks: 8,
                makespan: 70,
                longestTask: 41.5,
                quantiles: { p50: 30.1, p90: 38, p95: 40, p99: 41.3, max: 41.5 },
                stragglers: [
                  {
                    jobId: 'mc-scaling-run-workers-8-r1-s7',
                    seconds: 41.5,
                    ratioToMedian: 1.38,
                    cpuModel: `AMD EPYC ${HOSTILE.script}`,
                  },
                  { jobId: 'mc-scaling-run-workers-8-r3-s2', seconds: 39.9, ratioToMedian: 1.33 },
                ],
                cpuModels: { 'Intel Xeon 8375C': 6, 'AMD EPYC 7R13': 2 },
                speculativeWins: 1,
              }
            : undefined,
      },
    ),
  );
  cells[3]!.failed = 1;
  cells.push(
    cell(
      'aggregate',
      `agg ${HOSTILE.pipes}`,
      { note: HOSTILE.mention },
      {
        wall: summary(1, 3.456, 0),
        backend: 'local',
        instanceType: undefined,
        cost: { usd: 0, basis: 'none' },
        cpuModels: [],
      },
    ),
  );
  cells[1]!.wall = summary(5, 210, 31.5, 205); // cv 0.15: noisy

  return {
    schemaVersion: 1,
    experiment: {
      name: 'monte-carlo-scaling',
      description: `Local cores against cloud workers ${HOSTILE.comment}`,
      file: 'experiments/monte-carlo-scaling.yaml',
    },
    run: {
      id: '20240501T120000Z-ab12cd',
      backend: 'aws-batch',
      startedAt: '2024-05-01T12:00:00.000Z',
      finishedAt: '2024-05-01T12:41:05.000Z',
      status: 'partial',
      host: 'runner-1',
      cpuModel: 'Intel Xeon',
      cpuCount: 4,
      gitCommit: '0123456789abcdef0123456789abcdef01234567',
      jobsPlanned: 42,
      jobsSucceeded: 39,
      jobsFailed: 2,
      jobsMissing: 1,
    },
    confidence: 0.95,
    cells,
    scaling: {
      axis: 'workers',
      baseline: { workers: 1 },
      target: 5,
      series: [
        {
          fixed: { angle: 0 },
          stage: 'simulate',
          baselineCellId: 'workers=1',
          points: [
            {
              cellId: 'workers=1',
              p: 1,
              speedup: { value: 1, ci: [0.97, 1.03] },
              efficiency: 1,
              n: 5,
              costPerSpeedup: 0.0042,
            },
            {
              cellId: 'workers=2',
              p: 2,
              speedup: { value: 1.9348, ci: [1.85, 2.0123] },
              efficiency: 0.9674,
              karpFlatt: 0.0337,
              n: 5,
              costPerSpeedup: 0.00434,
            },
            {
              cellId: 'workers=4',
              p: 4,
              speedup: { value: 3.478, ci: [3.3, 3.61] },
              efficiency: 0.8695,
              karpFlatt: 0.05,
              n: 5,
              costPerSpeedup: 0.00483,
            },
            {
              cellId: 'workers=8',
              p: 8,
              speedup: { value: 5.714 },
              efficiency: 0.714,
              karpFlatt: 0.057,
              n: 4,
              costPerSpeedup: 0.00588,
            },
          ],
          amdahl: { serialFraction: 0.054, maxSpeedup: 18.52, r2: 0.9987 },
        },
      ],
    },
    cost: {
      totalUsd: 6.9,
      byStage: {
        simulate: { compute: 6.5, storage: 0.12, network: 0.08, total: 6.7 },
        aggregate: { compute: 0.18, storage: 0.01, network: 0.01, total: 0.2 },
      },
      byComponent: { compute: 6.68, storage: 0.13, network: 0.09 },
      onDemandUsd: 6.9,
      spotUsd: 2.41,
      perItemUsd: 0.0042,
      compare: [
        { name: 'c7g.large (Graviton)', usd: 5.1, deltaUsd: -1.8 },
        { name: `laptop ${HOSTILE.script}`, usd: 0, deltaUsd: -6.9 },
      ],
      basis: 'measured',
      priceSnapshot: 'aws-prices 2024-04-15 (us-east-1)',
    },
    extrapolation: {
      factor: 200,
      cellId: 'workers=8',
      stage: 'simulate',
      measuredSeconds: summary(4, 70, 2.1, 69),
      projectedSeconds: { value: 14_000, ci: [13_200, 14_800] },
      projectedUsd: 1.18,
    },
    targets: [
      {
        description: 'speedup at 8 workers',
        cellId: 'workers=8',
        target: '≥ 5.00×',
        actual: '5.71×',
        status: 'met',
      },
      {
        description: `median wall time ${HOSTILE.pipes}`,
        cellId: 'workers=1',
        target: '≤ 5m 00s',
        actual: '6m 39s',
        status: 'missed',
      },
      { description: 'cost per run', target: '≤ $10.00', actual: '$6.90', status: 'inconclusive' },
    ],
    failures,
    warnings: [
      'Only 1 repeat of cell agg: no confidence interval.',
      `Cell workers=2 is noisy (cv 15%) ${HOSTILE.mention}`,
      `1 job is missing: results may be biased ${HOSTILE.script}`,
    ],
  };
}

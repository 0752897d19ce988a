import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paretoFrontier } from '../../../src/domain/analysis/pareto.js';
import { recommend } from '../../../src/domain/analysis/recommend.js';
import type { CellReport } from '../../../src/domain/report/model.js';

/** Computed by test/reference/pareto_reference.py (numpy, brute-force dominance). */
const reference = JSON.parse(readFileSync('test/reference/pareto.json', 'utf8')) as {
  points: { id: string; seconds: number; usd: number }[];
  frontier: string[];
  fastestWithin: Record<string, string | null>;
  cheapestWithin: Record<string, string | null>;
};

function cell(id: string, seconds: number, usdPerRun: number, extra: Partial<CellReport> = {}): CellReport {
  const n = 3;
  return {
    cellId: id,
    stage: 'main',
    values: { id },
    backend: 'aws-batch',
    instanceType: 'c7i.large',
    wall: {
      n,
      mean: seconds,
      median: seconds,
      min: seconds,
      max: seconds,
      sd: 0,
      cv: 0,
      ci: [seconds * 0.9, seconds * 1.1],
    },
    succeeded: n,
    failed: 0,
    split: {},
    metrics: {},
    cost: { usd: usdPerRun * n, basis: 'measured' },
    cpuModels: [],
    ...extra,
  };
}

const cells = reference.points.map((p) => cell(p.id, p.seconds, p.usd));

describe('the Pareto frontier of time against cost (reference: numpy)', () => {
  it('keeps exactly the points nothing beats on both, fastest first', () => {
    const points = reference.points.map((p) => ({
      ...p,
      secondsCi: [0, 0] as [number, number],
      usdCi: [0, 0] as [number, number],
    }));
    expect(paretoFrontier(points).map((p) => p.id)).toEqual(reference.frontier);
    expect(recommend({ cells })?.frontier).toEqual(reference.frontier);
  });

  it('names the fastest cell within each budget and the cheapest within each deadline', () => {
    for (const [budget, id] of Object.entries(reference.fastestWithin)) {
      const r = recommend({ cells, budgetUsd: Number(budget) });
      expect(r?.withinBudget?.cellId ?? null, `budget ${budget}`).toBe(id);
    }
    for (const [deadline, id] of Object.entries(reference.cheapestWithin)) {
      const r = recommend({ cells, deadlineSec: Number(deadline) });
      expect(r?.withinDeadline?.cellId ?? null, `deadline ${deadline}`).toBe(id);
    }
  });

  it('gives intervals per run, recommends within the budget, and projects it per stage on one basis', () => {
    const r = recommend({ cells, budgetUsd: 0.5, scale: 10 })!;
    expect(r.recommended).toBe(reference.fastestWithin['0.5']);
    const chosen = r.points.find((p) => p.cellId === r.recommended)!;
    const ref = reference.points.find((p) => p.id === r.recommended)!;
    expect(chosen.secondsCi).toEqual([
      expect.closeTo(ref.seconds * 0.9, 9),
      expect.closeTo(ref.seconds * 1.1, 9),
    ]);
    expect(chosen.usdCi).toEqual([expect.closeTo(ref.usd * 0.9, 9), expect.closeTo(ref.usd * 1.1, 9)]);
    expect(r.withinBudget?.sure).toBe(ref.usd * 1.1 <= 0.5);
    expect(r.projection).toEqual({
      cellId: r.recommended,
      scale: 10,
      stages: [
        {
          stage: 'main',
          seconds: expect.closeTo(ref.seconds * 10, 9),
          secondsCi: [expect.closeTo(ref.seconds * 9, 9), expect.closeTo(ref.seconds * 11, 9)],
          usd: expect.closeTo(ref.usd * 10, 9),
        },
      ],
    });
  });

  it('leaves unpriced cells out of cost questions and says which', () => {
    const r = recommend({
      cells: [cell('a', 10, 1), { ...cell('b', 5, 0), cost: { usd: 0, basis: 'none' } }],
    })!;
    expect(r.frontier).toEqual(['a']);
    expect(r.unpriced).toEqual(['b']);
    expect(recommend({ cells: [{ ...cell('b', 5, 0), cost: { usd: 0, basis: 'none' } }] })).toBeUndefined();
  });
});

describe('per instance type', () => {
  it("gives each type's fastest cell, its cost, runs per dollar and per vCPU-hour", () => {
    const r = recommend({
      cells: [
        cell('a1', 100, 0.02, { instanceType: 'c7i.large', cpuModels: ['Intel'] }),
        cell('a2', 60, 0.03, { instanceType: 'c7i.large', cpuModels: ['Intel'] }),
        cell('b1', 80, 0.01, { instanceType: 'c7g.large', cpuModels: ['Graviton3'] }),
      ],
      vcpusByCell: { a1: 1, a2: 2, b1: 1 },
    })!;
    expect(r.byInstanceType).toEqual([
      {
        instanceType: 'c7i.large',
        cpuModels: ['Intel'],
        cells: 2,
        fastestCellId: 'a2',
        seconds: 60,
        usd: expect.closeTo(0.03, 12),
        runsPerDollar: expect.closeTo(1 / 0.03, 9),
        runsPerVcpuHour: 30,
      },
      {
        instanceType: 'c7g.large',
        cpuModels: ['Graviton3'],
        cells: 1,
        fastestCellId: 'b1',
        seconds: 80,
        usd: expect.closeTo(0.01, 12),
        runsPerDollar: expect.closeTo(100, 9),
        runsPerVcpuHour: 45,
      },
    ]);
    // One type only: nothing to compare.
    expect(recommend({ cells: [cell('a1', 100, 0.02)] })?.byInstanceType).toEqual([]);
  });
});

describe('advice, only where the data shows the cause', () => {
  it('says nothing about cells that show no cause', () => {
    expect(recommend({ cells: [cell('a', 10, 1, { split: { startup: 1, compute: 20 } })] })?.advice).toEqual(
      [],
    );
  });

  it('a warm pool for a large start-up share, with its saving', () => {
    const r = recommend({ cells: [cell('a', 60, 1, { split: { startup: 30, compute: 25 } })] })!;
    expect(r.advice).toEqual([
      'a: start-up is 55% of each task (30.0 s of 55.0 s); a warm pool (minvCpus on the compute environment, as many vCPUs as one repeat uses) would save about 30.0 s of each 60.0 s repeat, at the price of those vCPUs while idle',
    ]);
  });

  it('rebalance a shard slow in every repeat; speculative wins; more workers than cores', () => {
    const fanOut = {
      tasks: 4,
      makespan: 10,
      longestTask: 9,
      quantiles: { p50: 5, p90: 9, p95: 9, p99: 9, max: 9 },
      stragglers: [1, 2, 3].map((r) => ({ jobId: `main.w.r${r}.s3`, seconds: 9, ratioToMedian: 1.8 })),
      cpuModels: {},
      speculativeWins: 2,
    };
    const slow = cell('w', 10, 1, { fanOut, backend: 'local', values: { workers: 4 } });
    expect(recommend({ cells: [slow], cpuCount: 2, workersAxis: 'workers' })?.advice).toEqual([
      'w: shard s3 was a straggler in all 3 repeats: their items take longer, not their hosts; rebalance them (smaller shards for those items, or split by cost, not count)',
      'w: speculative copies finished first 2 times: oversubscribe paid for itself there',
      'w: 4 workers on a 2-core machine: beyond 2 they take turns on the cores, so its time says nothing about how they would scale with cores of their own',
    ]);
    // A straggler in only some repeats is noise, not a shard to rebalance.
    const once = { ...fanOut, stragglers: fanOut.stragglers.slice(0, 2), speculativeWins: 0 };
    expect(recommend({ cells: [cell('w', 10, 1, { fanOut: once })] })?.advice).toEqual([]);
  });
});

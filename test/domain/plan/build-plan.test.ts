import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import { parsePriceTable } from '../../../src/domain/cost/price-table.js';
import { makeExperiment, makeStage } from '../../helpers/experiment.js';

const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);

describe('buildPlan', () => {
  it('expands cells x repeats with stable readable ids and substituted commands', () => {
    const exp = makeExperiment(
      { matrix: { axes: { angle: [0, 90], n_jobs: [1, 10] }, include: [], exclude: [] }, repeats: 3 },
      {
        run: {
          command: ['python', 'train.py', '--angle', '${{ matrix.angle }}', '-j', '${{matrix.n_jobs}}'],
          env: { R: '${{ repeat }}' },
        },
      },
    );
    const { plan, problems } = buildPlan(exp, { prices });
    expect(problems).toEqual([]);
    expect(plan.jobs).toHaveLength(12);
    expect(plan.jobs[0]?.id).toBe('main.angle-0_n_jobs-1.r1');
    expect(plan.jobs[0]?.command).toEqual(['python', 'train.py', '--angle', '0', '-j', '1']);
    expect(plan.jobs[2]?.env).toEqual({ R: '3' });
    expect(buildPlan(exp, { prices }).plan.jobs.map((j) => j.id)).toEqual(plan.jobs.map((j) => j.id));
    expect(buildPlan(exp, { prices, repeats: 1 }).plan.jobs).toHaveLength(4);
  });

  it('splits fan-out items into contiguous shards and adds speculative copies of the largest', () => {
    const exp = makeExperiment(
      { matrix: { axes: { workers: [1, 4] }, include: [], exclude: [] } },
      {
        run: { command: ['mc', '${{ shard.index }}/${{ shard.count }}'], env: {} },
        fanOut: { items: 10, workers: '${{ matrix.workers }}', oversubscribe: 1.25 },
      },
    );
    const { plan } = buildPlan(exp, { prices });
    const four = plan.jobs.filter((j) => j.cellId === 'workers-4');
    expect(four.map((j) => [j.id, j.itemStart, j.itemEnd])).toEqual([
      ['main.workers-4.r1.s0', 0, 2],
      ['main.workers-4.r1.s1', 2, 5],
      ['main.workers-4.r1.s2', 5, 7],
      ['main.workers-4.r1.s3', 7, 10],
      ['main.workers-4.r1.s3.x1', 7, 10],
    ]);
    expect(four[4]?.speculativeOf).toBe('main.workers-4.r1.s3');
    expect(four[1]?.command).toEqual(['mc', '1/4']);
    // One worker: no copy, the whole list in one shard.
    expect(plan.jobs.filter((j) => j.cellId === 'workers-1').map((j) => [j.itemStart, j.itemEnd])).toEqual([
      [0, 10],
    ]);
  });

  it('makes each stage job need the earlier stage of the same cell and repeat', () => {
    const exp = makeExperiment({
      repeats: 2,
      stages: [makeStage({ name: 'train' }), makeStage({ name: 'infer', needs: ['train'] })],
    });
    const { plan } = buildPlan(exp, { prices });
    expect(plan.jobs.find((j) => j.id === 'infer.default.r2')?.needs).toEqual(['train.default.r2']);
  });

  it('prices jobs from the table and reports an over-budget job count as an error', () => {
    const exp = makeExperiment(
      { repeats: 3, budget: { maxJobs: 2 } },
      {
        resources: {
          vcpus: 16,
          memoryBytes: 32 * 1024 ** 3,
          gpus: 0,
          timeoutSec: 3600,
          retries: 0,
          retryOn: [],
        },
        compute: {
          backend: 'aws-batch',
          region: 'us-west-2',
          instanceType: 'r5.4xlarge',
          capacity: 'on-demand',
          platform: 'ec2',
          tags: {},
        },
      },
    );
    const { plan, problems } = buildPlan(exp, { prices, history: () => ({ seconds: 1800 }) });
    // r5.4xlarge is $1.008/h; a 16-vCPU job fills it; half an hour, three times.
    expect(plan.totals.computeUsd).toBeCloseTo(3 * 0.504, 6);
    expect(plan.totals.vcpuHours).toBeCloseTo(3 * 16 * 0.5, 6);
    expect(problems).toEqual([expect.objectContaining({ path: ['budget', 'max-jobs'], severity: 'error' })]);
  });

  it('refuses a backend axis value that is not a backend', () => {
    const exp = makeExperiment(
      { matrix: { axes: { backend: ['local', 'moon'] }, include: [], exclude: [] } },
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
    const { plan, problems } = buildPlan(exp, { prices });
    expect(plan.jobs[0]?.compute.backend).toBe('local');
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('backend "moon"')]);
  });
});

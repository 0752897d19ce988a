import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../../src/adapters/prices.js';
import { planCampaignText } from '../../../src/app/campaign-plan.js';
import { campaignPlan, windowJobs } from '../../../src/app/campaign-run.js';
import { windowCost } from '../../../src/app/campaign-outcome.js';
import { backendMismatch, placesOnMachines } from '../../../src/domain/campaign/placement.js';
import { campaignQueuesTemplate } from '../../../src/domain/campaign/queues-template.js';
import { renderCampaignPlan } from '../../../src/domain/campaign/render-plan.js';
import { parseIsoWeek } from '../../../src/domain/campaign/week.js';
import type { JobRecord } from '../../../src/domain/results/job-record.js';

const WEEK = parseIsoWeek('2026-W48')!;
const SLURM = { backend: 'slurm' };

function file(nodes: string, extra = ''): string {
  return `version: 1
kind: campaign
name: cluster-weekly
slurm:
  nodes:
${nodes}
  account: perf-team
benchmarks: [stream, hpl]
repeats: 2
durations: { stream: 30m, hpl: 1h }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 50
  max-concurrent: 4
${extra}`;
}

const TWO_TYPES = `    - { constraint: icelake, cpu: intel, cpus: 32, memory: 64GiB, price: { per-node-hour: 2.4 } }
    - { name: milan-gpu, partition: gpu, constraint: milan, cpu: amd }`;

async function checked(text: string) {
  return planCampaignText('cluster.yaml', text, WEEK, await loadPrices());
}

describe('a campaign on Slurm node types', () => {
  it('plans each node type as an instance type: its variants by CPU, one wave, on-demand', async () => {
    const c = await checked(file(TWO_TYPES));
    expect(c.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const plan = c.plan!;
    expect(plan.nodeTypes).toBe(true);
    expect(plan.totals).toMatchObject({ jobs: 8, instanceTypes: 2 });
    expect([...new Set(plan.jobs.map((j) => `${j.instanceType} ${j.variant}`))].sort()).toEqual([
      'icelake hpl-mkl',
      'icelake stream-avx512',
      'milan-gpu hpl-blis',
      'milan-gpu stream-avx2',
    ]);
    expect(new Set(plan.jobs.map((j) => `${j.wave} ${j.capacity}`))).toEqual(new Set(['1 on-demand']));
    // icelake: 2.40 a node-hour, half an hour of stream and an hour of hpl, twice each.
    const icelake = plan.jobs.filter((j) => j.instanceType === 'icelake');
    expect(icelake.map((j) => j.estimatedUsd).sort()).toEqual([1.2, 1.2, 2.4, 2.4]);
    // milan-gpu has no price anywhere: not priced, and so neither is the week; never $0.
    expect(plan.jobs.filter((j) => j.instanceType === 'milan-gpu').map((j) => j.estimatedUsd)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(plan.totals.usd).toBeNull();
    expect(plan.warnings.some((w) => w.startsWith('milan-gpu is not priced'))).toBe(true);
    const text = renderCampaignPlan(plan);
    // A cluster's node types have no on-demand or Spot capacity: the line says the estimate alone.
    expect(text.split('\n')[0]).toBe(
      'cluster-weekly, week 2026-W48 (cluster): 8 jobs on 2 node types, estimated unknown',
    );
  });

  it('places each job with its node type: partition, constraint, account, the cores and memory it asks', async () => {
    const c = await checked(file(TWO_TYPES));
    const jobs = windowJobs(c.plan!, 1, 'nightly');
    const plan = campaignPlan(c.campaign!, c.plan!, jobs, SLURM);
    expect(plan.stages.sort()).toEqual(['hpl', 'stream']);
    const icelake = plan.jobs.find((j) => j.id === 'stream-avx512.icelake.r1')!;
    expect(icelake.compute).toMatchObject({
      backend: 'slurm',
      instanceType: 'icelake',
      slurm: { constraint: 'icelake', account: 'perf-team', throttle: 4, price: { perNodeHour: 2.4 } },
    });
    expect(icelake.resources).toMatchObject({ vcpus: 32, memoryBytes: 64 * 1024 ** 3, timeoutSec: 5400 });
    const milan = plan.jobs.find((j) => j.id === 'hpl-blis.milan-gpu.r2')!;
    expect(milan.compute.slurm).toEqual({
      partition: 'gpu',
      constraint: 'milan',
      account: 'perf-team',
      throttle: 4,
    });
    expect(milan.resources).toMatchObject({ vcpus: 1, memoryBytes: 512 * 1024 ** 2 });
    expect(milan.cellId).toBe('milan-gpu_hpl-blis');
  });

  it('prices what ran by the node type price or the prices file, per core-hour of what it asked', async () => {
    const text = file(
      `    - { constraint: icelake, cpu: intel, cpus: 4 }\n    - { partition: gpu, cpu: amd, cpus: 2 }`,
      '',
    ).replace('  account: perf-team', '  account: perf-team\n  price: { per-core-hour: 0.05 }');
    const c = await checked(text);
    const byId = new Map(c.plan!.jobs.map((j) => [j.id, j]));
    const hour = (jobId: string) => ({ jobId, startedAt: 0, stoppedAt: 3_600_000 }) as JobRecord;
    const usd = windowCost(
      c.campaign!,
      await loadPrices(),
      [hour('stream-avx512.icelake.r1'), hour('hpl-blis.gpu.r1')],
      byId,
      SLURM,
    );
    // 4 cores and 2 cores for an hour at 0.05 a core-hour.
    expect(usd).toBeCloseTo(0.3, 9);
    const unpriced = await checked(file(`    - { constraint: icelake }`));
    const job = unpriced.plan!.jobs[0]!;
    const cost = windowCost(
      unpriced.campaign!,
      await loadPrices(),
      [hour(job.id)],
      new Map([[job.id, job]]),
      SLURM,
    );
    expect(cost).toBeNull();
  });

  it('goes to slurm, or runs as it is locally; aws-batch cannot place it, and it needs no queues', async () => {
    const c = (await checked(file(TWO_TYPES))).campaign!;
    expect(placesOnMachines('slurm', c)).toBe(true);
    expect(placesOnMachines('local', c)).toBe(false);
    expect(backendMismatch('slurm', c)).toBeUndefined();
    expect(backendMismatch('local', c)).toBeUndefined();
    expect(backendMismatch('aws-batch', c)).toBe(
      'cluster.yaml names Slurm node types (slurm.nodes), which aws-batch cannot place jobs on: run it with slurm or local',
    );
    const ec2 = (
      await checked(
        file(TWO_TYPES).replace(
          /slurm:\n(.*\n){3} {2}account: perf-team\n/,
          'instances: { families: [m7i], sizes: [large] }\n',
        ),
      )
    ).campaign!;
    expect(backendMismatch('slurm', ec2)).toBe(
      'cluster.yaml names EC2 instance types (instances), which slurm cannot place jobs on: run it with aws-batch or local',
    );
    expect(campaignQueuesTemplate(c, { queue: 'q-{instance-type}', spotQueue: 's-{instance-type}' })).toEqual(
      {
        problem:
          'cluster.yaml names Slurm node types (slurm.nodes), which need no AWS Batch queues: run it with campaign run --backend slurm',
      },
    );
  });
});

describe('the shipped cluster campaign', () => {
  it('validates and plans its week without problems', async () => {
    const name = 'experiments/weekly-cluster-benchmarks.yaml';
    const text = await readFile(name, 'utf8');
    const c = planCampaignText(name, text, WEEK, await loadPrices());
    expect(c.problems).toEqual([]);
    expect(c.plan!.totals).toMatchObject({ jobs: 30, instanceTypes: 3 });
  });
});

describe('a Slurm campaign file, validated with locations', () => {
  async function errors(text: string) {
    return (await checked(text)).problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.line}:${p.column} ${p.message}`);
  }

  it('names instances or slurm, exactly one', async () => {
    expect(await errors(file(TWO_TYPES, 'instances: { families: [m7i], sizes: [large] }\n'))).toEqual([
      '4:1 a campaign names instance types (instances) or Slurm node types (slurm), not both',
    ]);
    const neither = file(TWO_TYPES).replace(/slurm:\n(.*\n){3} {2}account: perf-team\n/, '');
    expect(await errors(neither)).toEqual([
      '1:1 a campaign needs instances (EC2 instance families and sizes) or slurm (node types of a cluster)',
    ]);
  });

  it('says which node type is wrong, at its line', async () => {
    expect(
      await errors(
        file(
          `    - { constraint: icelake }\n    - { cpu: amd }\n    - { partition: debug, constraint: icelake }`,
        ),
      ),
    ).toEqual([
      '7:7 a node type names a partition, a constraint (node features), or both',
      '8:7 node types 1 and 3 are both named "icelake"',
    ]);
    expect(await errors(file(`    - { constraint: "icelake&ib" }`))).toEqual([
      "6:21 \"icelake&ib\" cannot name a node type in the history: letters, digits, '.', '-' and '_'",
    ]);
    expect(await errors(file(`    - { constraint: icelake, cpus: 0 }`))).toHaveLength(1);
    expect((await errors(file(`    - { constraint: icelake, gpus: 1 }`)))[0]).toMatch(/^6:/);
  });

  it('refuses a node memory beyond any machine (over 64TiB), at its line', async () => {
    expect(await errors(file(`    - { constraint: icelake, memory: 99999TiB }`))).toEqual([
      '6:38 slurm.nodes[0].memory: 99999TiB is more than 64TiB, more memory than any single machine (an instance or a cluster node) has',
    ]);
    expect(await errors(file(`    - { constraint: icelake, memory: 64TiB }`))).toEqual([]);
  });

  it('refuses Spot on a cluster', async () => {
    const text = file(`    - { constraint: icelake }`).replace(
      '  max-concurrent: 4\n',
      '  max-concurrent: 4\n  spot: { from-size: large }\n',
    );
    expect(await errors(text)).toEqual(['16:3 a Slurm cluster has no Spot capacity']);
  });
});

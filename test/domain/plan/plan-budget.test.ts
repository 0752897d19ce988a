import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkExperiment } from '../../../src/app/check-experiment.js';
import { renderPlan } from '../../../src/cli/render-plan.js';
import { parsePriceTable } from '../../../src/domain/cost/price-table.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import { cappedMakespan } from '../../../src/domain/plan/capped-makespan.js';
import { renderPlanMarkdown } from '../../../src/domain/report/plan-markdown.js';
import { makeExperiment, makeStage } from '../../helpers/experiment.js';
import { job, maxOverlap, node, runJobs } from '../../adapters/local/harness.js';

const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);

const cloud = (instanceType: string) =>
  makeStage({
    resources: { vcpus: 1, memoryBytes: 2 * 1024 ** 3, gpus: 0, timeoutSec: 600, retries: 0, retryOn: [] },
    compute: {
      backend: 'aws-batch',
      region: 'us-east-1',
      queue: 'q',
      instanceType,
      capacity: 'on-demand',
      platform: 'ec2',
      tags: {},
    },
  });

describe('cappedMakespan', () => {
  it('starts everything at once without a cap', () => {
    expect(
      cappedMakespan(
        [
          { vcpus: 4, seconds: 10 },
          { vcpus: 4, seconds: 30 },
        ],
        undefined,
      ),
    ).toBe(30);
  });
  it('queues what does not fit, in order, as the backends do', () => {
    const tasks = Array.from({ length: 10 }, () => ({ vcpus: 2, seconds: 60 }));
    expect(cappedMakespan(tasks, 4)).toBe(300); // 2 at a time, 5 waves
    // A 3-vCPU job waits for room; the 1-vCPU job behind it waits too (FIFO, no overtaking).
    expect(
      cappedMakespan(
        [
          { vcpus: 2, seconds: 10 },
          { vcpus: 3, seconds: 10 },
          { vcpus: 1, seconds: 10 },
        ],
        4,
      ),
    ).toBe(20);
  });
});

describe('a plan with unknown prices and budgets', () => {
  it('shows an unknown price as unknown, never $0, and names why', () => {
    const exp = makeExperiment({}, cloud('c7i.larg'));
    const { plan, problems } = buildPlan(exp, { prices });
    expect(problems).toEqual([]);
    expect(plan.estimates[0]?.usd).toBeNull();
    expect(plan.totals.usd).toBeNull();
    expect(plan.totals.computeUsd).toBeNull();
    expect(plan.totals.unpriced).toEqual(['c7i.larg in us-east-1 is not in the price table']);
    const text = renderPlan(plan);
    expect(text).toContain('cost: unknown (compute unknown');
    expect(text).toContain('cost unknown: c7i.larg in us-east-1 is not in the price table');
    expect(text).not.toContain('compute $0.00');
    expect(renderPlanMarkdown(plan)).toContain('**estimated cost unknown**');
  });

  it('refuses an unknown cost under budget.max-usd, and an estimate over it, unless allowed', () => {
    const unknown = buildPlan(makeExperiment({ budget: { maxUsd: 5 } }, cloud('c7i.larg')), { prices });
    expect(unknown.problems).toMatchObject([
      {
        path: ['budget', 'max-usd'],
        severity: 'error',
        message: expect.stringContaining('the cost is unknown'),
      },
    ]);
    // 10 jobs of half a c5.large (1 of 2 vCPU, 2 of 4 GiB) for 600 s at $0.085/h.
    const over = makeExperiment({ budget: { maxUsd: 0.01 }, repeats: 10 }, cloud('c5.large'));
    const refused = buildPlan(over, { prices });
    expect(refused.plan.totals.usd).toBeCloseTo(10 * (600 / 3600) * 0.085 * 0.5, 12);
    expect(refused.problems).toEqual([
      {
        path: ['budget', 'max-usd'],
        message:
          'the estimated cost $0.07 is over the budget of $0.01; basis: every job running to its timeout (no earlier run measured it)',
        hint: expect.stringContaining('--allow-over-budget'),
        severity: 'error',
      },
    ]);
    const allowed = buildPlan(over, { prices, allowOverBudget: true });
    expect(allowed.problems.map((p) => p.severity)).toEqual(['warning']);
    // With a measured history the basis says so.
    const measured = buildPlan(over, {
      prices,
      history: () => ({ seconds: 300, usd: 0.02, runs: 3 }),
    });
    expect(measured.problems[0]?.message).toBe(
      'the estimated cost $0.20 is over the budget of $0.01; basis: the median of 3 earlier runs of this file',
    );
  });

  it('holds the peak and the time estimate to budget.max-vcpus, refusing only a job that could never start', () => {
    const exp = makeExperiment({ budget: { maxVcpus: 4 }, repeats: 8 }, cloud('c5.large'));
    const { plan, problems } = buildPlan(exp, { prices });
    expect(problems).toEqual([]);
    expect(plan.totals.peakVcpus).toBe(4);
    expect(plan.totals.uncappedPeakVcpus).toBe(8);
    expect(plan.totals.seconds).toBe(1200); // 8 jobs of 600 s, 4 at a time
    expect(renderPlan(plan)).toContain(
      'peak 4 vCPUs (budget.max-vcpus; 8 if every job of a stage ran at once)',
    );
    const wide = makeExperiment(
      { budget: { maxVcpus: 2 } },
      { ...cloud('c5.xlarge'), resources: { ...cloud('c5.xlarge').resources, vcpus: 4 } },
    );
    expect(buildPlan(wide, { prices }).problems).toMatchObject([
      {
        path: ['budget', 'max-vcpus'],
        severity: 'error',
        message: expect.stringContaining('could never start'),
      },
    ]);
  });

  it('plans the shipped monte-carlo-cloud file within its 64-vCPU cap', () => {
    const file = 'experiments/monte-carlo-cloud.yaml';
    const checked = checkExperiment(file, readFileSync(file, 'utf8'), { prices, localConcurrency: 2 });
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checked.plan?.totals.peakVcpus).toBe(64);
    expect(checked.plan?.totals.uncappedPeakVcpus).toBe(570);
  });
});

describe('the local executor under budget.max-vcpus', () => {
  it('never runs more vCPUs at once than the cap, whatever the concurrency', async () => {
    const jobs = ['a', 'b', 'c', 'd'].map((id) => job(id, node('sleep-ms.mjs', 150)));
    const out = await runJobs(jobs, { concurrency: 4, maxVcpus: 1 });
    try {
      const records = [...out.finished.values()];
      expect(records.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
      expect(maxOverlap(records)).toBe(1);
      const free = await runJobs(jobs, { concurrency: 4 });
      await rm(free.dir, { recursive: true, force: true });
      expect(maxOverlap([...free.finished.values()])).toBeGreaterThan(1);
    } finally {
      await rm(out.dir, { recursive: true, force: true });
    }
  });
});

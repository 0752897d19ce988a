import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/analysis/build-report.js';
import type { ReportModel } from '../../../src/domain/report/model.js';
import { costSummaryLine } from '../../../src/domain/report/cost-tables.js';
import { recordCost, sumCosts } from '../../../src/domain/analysis/record-cost.js';
import { parsePriceTable, type PriceTable } from '../../../src/domain/cost/price-table.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import type { PlannedJob } from '../../../src/domain/plan/plan.js';
import type { JobRecord } from '../../../src/domain/results/job-record.js';

const aws = JSON.parse(readFileSync('data/aws-prices.json', 'utf8')) as Record<string, unknown>;
const prices = parsePriceTable(aws, 'data/aws-prices.json');

function job(slurm: string, vcpus = 4): PlannedJob {
  const yaml = [
    'version: 1',
    'name: demo',
    `resources: { vcpus: ${vcpus}, memory: 1GiB }`,
    `compute: { backend: slurm, slurm: ${slurm} }`,
    'stages:',
    '  bench: { run: { command: [bench] } }',
    '',
  ].join('\n');
  const result = validateExperimentText(yaml, 'x.yaml');
  if (!result.value) throw new Error(JSON.stringify(result.problems));
  return buildPlan(result.value, { prices }).plan.jobs[0] as PlannedJob;
}

// Half an hour of running after ten minutes in the queue: the queue is not billed.
const record = (j: PlannedJob): JobRecord => ({
  jobId: j.id,
  runId: 'r',
  stage: j.stage,
  cellId: j.cellId,
  repeat: 0,
  shardIndex: 0,
  shardCount: 1,
  groupId: j.groupId,
  attempt: 1,
  status: 'succeeded',
  backend: 'slurm',
  queuedAt: 0,
  startedAt: 600_000,
  stoppedAt: 600_000 + 1_800_000,
  metrics: {},
});

const cost = (j: PlannedJob, table: PriceTable = prices) => recordCost(table, record(j), j);

describe('a Slurm partition priced per node-hour or core-hour', () => {
  it('per core-hour: the cores asked (--cpus-per-task) times the running hours, measured', () => {
    const j = job('{ partition: compute, price: { per-core-hour: 0.05 } }', 3.5);
    // A partition's own price has no EC2 capacity: no on-demand or Spot figure.
    expect(cost(j)).toEqual({ usd: 0.5 * 4 * 0.05, basis: 'measured' });
  });

  it('per node-hour: a whole node for the running hours, whatever the cores', () => {
    const j = job('{ partition: compute, price: { per-node-hour: 2.4 } }');
    expect(cost(j)).toMatchObject({ usd: 1.2, basis: 'measured' });
  });

  it('without a price: not priced, never $0 (basis none, with why)', () => {
    const c = cost(job('{ partition: compute }'));
    expect(c.basis).toBe('none');
    expect(c.note).toMatch(/not priced: no price for Slurm partition compute/);
    expect(sumCosts([c])).toEqual({ usd: 0, basis: 'none' });
  });

  it('from the prices file by partition; the experiment file wins where it says a price', () => {
    const table = parsePriceTable({ ...aws, slurm: { compute: { perNodeHour: 4 } } }, 'p.json');
    expect(cost(job('{ partition: compute }'), table)).toMatchObject({ usd: 2, basis: 'measured' });
    expect(cost(job('{ partition: gpu }'), table).basis).toBe('none');
    const own = job('{ partition: compute, price: { per-core-hour: 0.1 } }', 1);
    expect(cost(own, table)).toMatchObject({ usd: 0.05, basis: 'measured' });
  });

  it('a prices file with a bad slurm section is refused with the partition named', () => {
    expect(() =>
      parsePriceTable({ ...aws, slurm: { compute: { perNodeHour: 1, perCoreHour: 1 } } }, 'p.json'),
    ).toThrow(/p\.json: .*slurm\.compute must be/);
    expect(() => parsePriceTable({ ...aws, slurm: { compute: { perNodeHour: '1' } } }, 'p.json')).toThrow(
      /slurm\.compute/,
    );
  });

  it('the experiment file takes one price, a number, with its location when wrong', () => {
    for (const bad of [
      '{ per-node-hour: 1, per-core-hour: 1 }',
      '{ per-hour: 1 }',
      '{ per-node-hour: cheap }',
    ]) {
      const yaml = `version: 1\nname: d\ncompute:\n  backend: slurm\n  slurm:\n    price: ${bad}\nstages:\n  b: { run: { command: [b] } }\n`;
      const errors = validateExperimentText(yaml, 'x.yaml').problems.filter((p) => p.severity === 'error');
      expect(errors.length, bad).toBeGreaterThan(0);
      expect(errors[0]).toMatchObject({ file: 'x.yaml', line: 6 });
    }
  });
});

describe("a priced Slurm report's price basis", () => {
  function report(slurm: string, table: PriceTable = prices): ReportModel {
    const yaml = [
      'version: 1',
      'name: demo',
      'matrix: { n: [1, 2] }',
      'resources: { vcpus: 2, memory: 1GiB }',
      `compute: { backend: slurm, slurm: ${slurm} }`,
      'run: { command: [bench] }',
      '',
    ].join('\n');
    const result = validateExperimentText(yaml, 'x.yaml');
    if (!result.value) throw new Error(JSON.stringify(result.problems));
    const { plan } = buildPlan(result.value, { prices: table });
    const run = { id: 'r', backend: 'slurm', startedAt: '2026-12-03T10:00:00Z' };
    const r = buildReport({
      experiment: result.value,
      plan,
      records: plan.jobs.map(record),
      run,
      prices: table,
    });
    // The plan (`batchbench plan`) says the same before the run.
    expect(plan.priceSnapshot).toBe(r.cost.priceSnapshot);
    return r;
  }
  function basis(slurm: string, table: PriceTable = prices) {
    const r = report(slurm, table);
    return { line: r.cost.priceSnapshot, basis: r.cost.basis };
  }
  const table = parsePriceTable(
    { ...aws, slurm: { cpu: { perCoreHour: 0.05 }, gpu: { perNodeHour: 12 } } },
    'p.json',
  );

  it('names the partition and its price per core-hour or node-hour, and where the price is from; not EC2', () => {
    expect(basis('{ partition: cpu }', table)).toEqual({
      line: 'Slurm partition cpu, $0.05 per core-hour (the prices file)',
      basis: 'measured',
    });
    expect(basis('{ partition: gpu }', table).line).toBe(
      'Slurm partition gpu, $12 per node-hour (the prices file)',
    );
    expect(basis('{ partition: gpu, price: { per-core-hour: 0.2 } }', table).line).toBe(
      'Slurm partition gpu, $0.2 per core-hour (compute.slurm.price)',
    );
  });

  it('says a partition without a price is not priced', () => {
    expect(basis('{ partition: big }', table)).toEqual({
      line: 'Slurm partition big, not priced',
      basis: 'none',
    });
    expect(basis('{ qos: normal }', table).line).toBe('Slurm partition (the cluster default), not priced');
  });

  it("the cost summary says no EC2 capacity words (on-demand, Spot) for a partition's price", () => {
    const r = report('{ partition: cpu }', table);
    const line = costSummaryLine(r.cost, r.cells);
    // Two cells, half an hour each on 2 cores at $0.05 per core-hour.
    expect(line).toBe('Total $0.10 (measured run times)');
    expect(line).not.toMatch(/on-demand|spot/i);
  });

  it('a run mixing a partition price and EC2 capacity says which cells the on-demand/Spot figures are about', () => {
    const r = report('{ partition: cpu }', table);
    const ec2 = {
      ...r.cells[0]!,
      cellId: 'ec2',
      cost: { usd: 0.3, onDemandUsd: 0.3, spotUsd: 0.1, basis: 'measured' as const },
    };
    const line = costSummaryLine(r.cost, [...r.cells, ec2]);
    expect(line).toMatch(/ · on-demand \$[\d.]+ · Spot — · /);
    expect(line).toContain(
      'on-demand/Spot prices apply to 1 of 3 priced cells; the others at their own price',
    );
  });
});

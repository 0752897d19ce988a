import { describe, expect, it } from 'vitest';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import { expandJobs, jobTable } from '../../../src/domain/stored-run/job-table.js';
import { prices } from '../../app/records.js';

// Every kind of field a planned job has: fan-out shards with items, speculative copies, a later
// stage that needs an earlier one, a templated environment and working folder.
const SOURCE = `version: 1
name: table
repeats: 3
matrix: { size: [1, 2] }
stages:
  prepare:
    run: { command: [prep, '\${{ matrix.size }}'], workdir: 'w/\${{ matrix.size }}' }
  work:
    needs: [prepare]
    run: { command: [work, '\${{ shard.index }}'], env: { SIZE: '\${{ matrix.size }}', R: '\${{ repeat }}' } }
    fan-out: { items: 10, workers: 4, oversubscribe: 1.5 }
compute: { backend: local }
`;

function plan() {
  const experiment = validateExperimentText(SOURCE, 'table.yaml').value;
  if (!experiment) throw new Error('the test file does not validate');
  return buildPlan(experiment, { prices }).plan;
}

describe('a plan’s jobs as a stored table', () => {
  it('give back every job equal, field for field, through JSON', () => {
    const { jobs } = plan();
    expect(jobs.some((j) => j.speculativeOf)).toBe(true);
    expect(jobs.some((j) => j.needs.length > 0 && j.workdir === undefined)).toBe(true);
    const stored = JSON.parse(JSON.stringify(jobTable(jobs))) as ReturnType<typeof jobTable>;
    const back = expandJobs(stored);
    expect(back).toStrictEqual(jobs.map((j) => ({ ...j })));
  });

  it('write each value the jobs share once', () => {
    const { jobs } = plan();
    const table = jobTable(jobs);
    expect(table.rows).toHaveLength(jobs.length);
    // 2 stages, 2 cells, 2 resources, 1 compute, commands and environments per shard or cell,
    // needs per group: far fewer than one of each a job.
    const distinct = (f: (j: (typeof jobs)[number]) => unknown) =>
      new Set(jobs.map((j) => JSON.stringify(f(j)))).size;
    const expected =
      distinct((j) => j.stage) +
      distinct((j) => j.cellId) +
      distinct((j) => j.command) +
      distinct((j) => j.env) +
      distinct((j) => j.resources) +
      distinct((j) => j.compute) +
      distinct((j) => j.needs);
    expect(table.shared).toHaveLength(expected);
    expect(table.shared.length).toBeLessThan(jobs.length);
  });

  it('refuse a field they do not know rather than drop it', () => {
    const table = jobTable(plan().jobs);
    table.fields[0] = 'colour';
    expect(() => expandJobs(table)).toThrow(/unknown field "colour"/);
  });

  it('refuse a row that refers to a shared value the table lacks', () => {
    const table = jobTable(plan().jobs);
    const stageAt = table.fields.indexOf('stage');
    (table.rows[0] as unknown[])[stageAt] = table.shared.length;
    expect(() => expandJobs(table)).toThrow(/shared value/);
  });
});

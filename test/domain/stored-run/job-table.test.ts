import { describe, expect, it } from 'vitest';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import { manifestText, parseManifest } from '../../../src/domain/stored-run/format.js';
import { expandJobs, jobTable, type JobTable } from '../../../src/domain/stored-run/job-table.js';
import type { RunManifest } from '../../../src/domain/stored-run/manifest.js';
import { UserError } from '../../../src/domain/user-error.js';
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
    const back = expandJobs(stored, 'manifest.json');
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

  /** The user error `read` throws. */
  function userErrorOf(read: () => unknown): UserError {
    try {
      read();
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error('the damaged table was read');
  }
  const refusal = (table: unknown) =>
    userErrorOf(() => expandJobs(table as JobTable, 'runs/r1/manifest.json'));

  it('refuse a field they do not know rather than drop it, naming the manifest and what to do', () => {
    const table = jobTable(plan().jobs);
    table.fields[0] = 'colour';
    const error = refusal(table);
    expect(error.message).toBe(`the run's job table (plan.jobTable) has an unknown field "colour"`);
    expect(error.location.file).toBe('runs/r1/manifest.json');
    expect(error.hint).toMatch(/edited or damaged, or written by a newer batchbench: read the run with/);
  });

  it('refuse a row that refers to a shared value the table lacks', () => {
    const table = jobTable(plan().jobs);
    const stageAt = table.fields.indexOf('stage');
    (table.rows[0] as unknown[])[stageAt] = table.shared.length;
    expect(refusal(table).message).toMatch(/refers to shared value \d+, which it lacks/);
    (table.rows[0] as unknown[])[stageAt] = 'prepare';
    expect(refusal(table).message).toMatch(/refers to shared value prepare, which it lacks/);
  });

  it('refuse a table without its fields, shared values or rows, or with a row that is not a list', () => {
    const good = jobTable(plan().jobs);
    for (const table of [
      undefined,
      { ...good, fields: undefined },
      { ...good, shared: {} },
      { ...good, rows: 'x' },
      { ...good, rows: [...good.rows, 7] },
    ]) {
      const error = refusal(table);
      expect(error.message).toContain('lacks its fields, shared values or rows');
      expect(error.location.file).toBe('runs/r1/manifest.json');
    }
  });

  it('name the run’s manifest when read from a store’s text: by its folder and file, or as the store says', () => {
    const manifest: RunManifest = {
      runId: 'r1',
      experiment: 'table',
      experimentFile: 'table.yaml',
      experimentSource: SOURCE,
      backend: 'local',
      createdAt: '2026-12-03T10:00:00Z',
      updatedAt: '2026-12-03T10:00:00Z',
      status: 'complete',
      plan: plan(),
    };
    const text = manifestText(manifest).replace('"fields":["id"', '"fields":["colour"');
    const fileOf = (...args: [string, string?]) =>
      userErrorOf(() => parseManifest(text, ...args)).location.file;
    expect(fileOf('r1')).toBe('r1/manifest.json');
    expect(fileOf('r1', 's3://bucket/table/r1/manifest.json')).toBe('s3://bucket/table/r1/manifest.json');
    expect(parseManifest(manifestText(manifest), 'r1').plan.jobs).toHaveLength(plan().jobs.length);
  });
});

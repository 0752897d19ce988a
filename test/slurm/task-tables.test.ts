import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobRecordOf } from '../../src/adapters/slurm/task-records.js';
import { cellStages, slurmLayout, taskTable, timeLimit } from '../../src/adapters/slurm/task-tables.js';
import type { TrackedTask } from '../../src/adapters/slurm/tracker.js';
import { parsePriceTable } from '../../src/domain/cost/price-table.js';
import { buildPlan } from '../../src/domain/plan/build-plan.js';
import type { Plan } from '../../src/domain/plan/plan.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';

const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);

function planOf(yaml: string): Plan {
  const exp = validateExperimentText(yaml, 'x.yaml').value;
  if (!exp) throw new Error('invalid fixture');
  return buildPlan(exp, { prices }).plan;
}

const twoStages = (workers: number) =>
  [
    'version: 1',
    'name: demo',
    'matrix: { size: [1, 2] }',
    'repeats: 2',
    'compute: { backend: slurm, slurm: { partition: p, time: "5:00" } }',
    'stages:',
    '  build: { run: { command: [make] } }',
    `  bench: { needs: [build], run: { command: [bench] }, fan-out: { items: 4, workers: ${workers} } }`,
    '',
  ].join('\n');

describe('cellStages', () => {
  it('one array per cell and stage, stage order kept; aftercorr only when task i needs task i', () => {
    const plan = planOf(twoStages(1));
    const arrays = cellStages(plan, plan.jobs);
    expect(arrays.map((a) => `${a.stage}/${a.cellId}/${a.jobs.length}`)).toEqual([
      'build/size-1/2',
      'build/size-2/2',
      'bench/size-1/2',
      'bench/size-2/2',
    ]);
    expect(arrays[2]).toMatchObject({ dependsOn: ['build'], correlated: true });
    expect(plan.jobs.every((j) => j.compute.backend === 'slurm' && j.compute.slurm?.partition === 'p')).toBe(
      true,
    );
  });

  it('shards of one repeat need the same build task: not correlated, so afterok', () => {
    const plan = planOf(twoStages(2));
    const bench = cellStages(plan, plan.jobs).find((a) => a.stage === 'bench');
    expect(bench?.jobs).toHaveLength(4);
    expect(bench).toMatchObject({ dependsOn: ['build'], correlated: false });
  });

  it('a stage whose needed stage is all done (resume) depends on nothing', () => {
    const plan = planOf(twoStages(1));
    const left = plan.jobs.filter((j) => j.stage === 'bench');
    expect(cellStages(plan, left).every((a) => a.dependsOn.length === 0)).toBe(true);
  });
});

describe('timeLimit and taskTable', () => {
  it('takes compute.slurm.time, else the timeout in whole minutes', () => {
    expect(timeLimit({ time: '1-0' }, 60)).toBe('1-0');
    expect(timeLimit(undefined, 61)).toBe('2');
    expect(timeLimit(undefined, 1)).toBe('1');
  });

  it('gives each task the BATCHBENCH_* contract and its command, without the host environment', () => {
    const plan = planOf(twoStages(1));
    const [first] = cellStages(plan, plan.jobs);
    const table = taskTable(slurmLayout('/runs/r1'), plan, 'r1', first!, '/repo', 5);
    expect(table.dir).toBe('/runs/r1/slurm/records');
    expect(table.allow).toContain('PATH');
    expect(table.jobs[1]).toMatchObject({
      jobId: first!.jobs[1]!.id,
      command: ['make'],
      cwd: '/repo',
      env: {
        BATCHBENCH_RUN_ID: 'r1',
        BATCHBENCH_REPEAT: '2',
        BATCHBENCH_CELL: 'size-1',
        BATCHBENCH_STAGE: 'build',
      },
    });
    expect(table.jobs[1]!.env.PATH).toBeUndefined();
  });
});

describe('jobRecordOf', () => {
  const plan = planOf(twoStages(1));
  const job = plan.jobs[0]!;
  const task = (state: string, extra: Partial<TrackedTask> = {}): TrackedTask => ({
    jobName: 'n',
    index: 0,
    phase: state === 'COMPLETED' ? 'succeeded' : 'failed',
    state,
    restarts: 0,
    submit: '2026-01-01T10:00:00',
    start: '2026-01-01T10:00:05',
    ...extra,
  });
  const runner = {
    jobId: job.id,
    attempt: 1,
    startedAt: 0,
    commandStartedAt: 1,
    commandEndedAt: 2,
    host: 'n1',
    cpuModel: 'Xeon',
  };

  async function withDir<T>(f: (dir: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bb-slurm-rec-'));
    try {
      return await f(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it.each([
    ['OUT_OF_MEMORY', undefined, 'failed', /out of memory/],
    ['TIMEOUT', undefined, 'timed-out', /time limit/],
    ['NODE_FAIL', undefined, 'failed', /node failed/],
    ['PREEMPTED', undefined, 'failed', /preempted/],
    ['CANCELLED', undefined, 'cancelled', /cancelled/],
    ['FAILED', { ...runner, exitCode: 3 }, 'failed', /exit code 3/],
  ])('%s is told apart', async (state, run, status, reason) =>
    withDir(async (dir) => {
      const record = await jobRecordOf({
        job,
        runId: 'r',
        dir,
        runner: run,
        task: task(state),
        submittedAt: 0,
        now: 9,
      });
      expect(record.status).toBe(status);
      expect(record.statusReason).toMatch(reason);
      expect(record.backend).toBe('slurm');
    }),
  );

  it('a success: metrics from the metrics file and stdout, host and CPU from the runner, times from Slurm', async () =>
    withDir(async (dir) => {
      await writeFile(path.join(dir, `${job.id}.a1.metrics.jsonl`), '{"name":"speed","value":3}\n');
      await writeFile(path.join(dir, `${job.id}.a1.out`), '::metric other=2\n');
      const record = await jobRecordOf({
        job,
        runId: 'r',
        dir,
        runner: {
          ...runner,
          exitCode: 0,
          commandStartedAt: Date.parse('2026-01-01T10:00:06'),
          commandEndedAt: Date.parse('2026-01-01T10:00:09'),
        },
        task: task('COMPLETED'),
        submittedAt: 0,
        now: Date.parse('2026-01-01T10:01:00'),
      });
      expect(record).toMatchObject({
        status: 'succeeded',
        host: 'n1',
        cpuModel: 'Xeon',
        metrics: { speed: 3, other: 2 },
      });
      expect(record.queuedAt).toBe(Date.parse('2026-01-01T10:00:00'));
      expect(record.startedAt).toBe(Date.parse('2026-01-01T10:00:05'));
      expect(record.stoppedAt).toBe(Date.parse('2026-01-01T10:00:09'));
    }));

  it("with accounting, the times are sacct's: Submit, Start, and Start + Elapsed, not the runner's", async () =>
    withDir(async (dir) => {
      const record = await jobRecordOf({
        job,
        runId: 'r',
        dir,
        runner: {
          ...runner,
          exitCode: 0,
          commandStartedAt: Date.parse('2026-01-01T10:00:05.300'),
          commandEndedAt: Date.parse('2026-01-01T10:00:09.700'),
        },
        task: task('COMPLETED', { end: '2026-01-01T10:00:10', elapsed: '00:00:05' }),
        submittedAt: 0,
        now: Date.parse('2026-01-01T10:01:00'),
      });
      expect(record.queuedAt).toBe(Date.parse('2026-01-01T10:00:00'));
      expect(record.startedAt).toBe(Date.parse('2026-01-01T10:00:05'));
      expect(record.stoppedAt).toBe(Date.parse('2026-01-01T10:00:10'));
      // The command's own times stay the runner's, to the millisecond.
      expect(record.commandEndedAt).toBe(Date.parse('2026-01-01T10:00:09.700'));
    }));

  it('gone from the queue without accounting: judged by the runner record, or failed without one', async () =>
    withDir(async (dir) => {
      const gone = task('COMPLETED', { phase: 'gone' });
      const ok = await jobRecordOf({
        job,
        runId: 'r',
        dir,
        runner: { ...runner, exitCode: 0 },
        task: gone,
        submittedAt: 0,
        now: 9,
      });
      expect(ok.status).toBe('succeeded');
      const lost = await jobRecordOf({
        job,
        runId: 'r',
        dir,
        runner: undefined,
        task: gone,
        submittedAt: 0,
        now: 9,
      });
      expect(lost).toMatchObject({
        status: 'failed',
        statusReason: 'the task ended without writing a record',
      });
    }));
});

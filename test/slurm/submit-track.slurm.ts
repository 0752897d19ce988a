import { describe, expect, it } from 'vitest';
import { cancelRun, viewRun } from '../../src/adapters/slurm/run-queue.js';
import { jobName } from '../../src/adapters/slurm/sbatch-args.js';
import { submitRun } from '../../src/adapters/slurm/submit-run.js';
import { trackRun } from '../../src/adapters/slurm/tracker.js';
import { clusterOrSkip, commands, freshRunId, sleep, workspace } from './cluster.js';

const cluster = await clusterOrSkip();
const opts = { accounting: false };

describe.skipIf(!cluster.ok)('Slurm backend on a real cluster', () => {
  it('submits one sbatch per cell and stage, with aftercorr between equal arrays', async () => {
    const ws = await workspace();
    try {
      const slurm = commands();
      const runId = freshRunId('cells');
      const arrays = ['a', 'b'].flatMap((cellId) =>
        ['build', 'bench'].map((stage) => ({
          runId,
          cellId,
          stage,
          tasks: 3,
          resources: { cpus: 1, memoryMb: 64 },
          placement: {},
          logDir: `${ws.dir}/logs/${cellId}/${stage}`,
          script: ws.script,
          args: ['true'],
          ...(stage === 'bench' ? { dependsOn: 'build' } : {}),
        })),
      );
      const submitted = await submitRun(slurm, arrays, opts);
      expect(slurm.counts.sbatch).toBe(4);
      expect(submitted.every((s) => s.submitted)).toBe(true);
      const result = await trackRun(slurm, submitted, {
        ...opts,
        sleep,
        minIntervalMs: 500,
        maxIntervalMs: 5000,
      });
      expect(result.finished).toBe(true);
      expect(result.counts.succeeded).toBe(12);
      expect(result.tasks.every((t) => t.state === 'COMPLETED' && t.exitCode === 0)).toBe(true);
      expect(slurm.counts.sbatch).toBe(4);
    } finally {
      await ws.cleanup();
    }
  });

  it('tells a failed exit code from success, per task', async () => {
    const ws = await workspace();
    try {
      const slurm = commands();
      const runId = freshRunId('fail');
      const submitted = await submitRun(
        slurm,
        [
          {
            runId,
            cellId: 'c',
            stage: 'run',
            tasks: 2,
            resources: { memoryMb: 64 },
            placement: {},
            logDir: `${ws.dir}/logs`,
            script: ws.script,
            // Task 0 succeeds, task 1 exits 3: the index picks the outcome.
            args: ['sh', '-c', 'exit $((SLURM_ARRAY_TASK_ID * 3))'],
          },
        ],
        opts,
      );
      const result = await trackRun(slurm, submitted, { ...opts, sleep, minIntervalMs: 500 });
      const byIndex = Object.fromEntries(result.tasks.map((t) => [t.index, t]));
      expect(byIndex[0]).toMatchObject({ phase: 'succeeded', exitCode: 0 });
      expect(byIndex[1]).toMatchObject({
        phase: 'failed',
        state: 'FAILED',
        exitCode: 3,
        failure: 'exit code 3',
      });
    } finally {
      await ws.cleanup();
    }
  });

  it('a re-run attaches to the arrays already submitted: 0 new sbatch', async () => {
    const ws = await workspace();
    try {
      const runId = freshRunId('attach');
      const arrays = [
        {
          runId,
          cellId: 'c',
          stage: 'run',
          tasks: 2,
          resources: { memoryMb: 64 },
          placement: {},
          logDir: `${ws.dir}/logs`,
          script: ws.script,
          args: ['sleep', '1'],
        },
      ];
      const first = await submitRun(commands(), arrays, opts);
      // The submitting process is gone; a new one starts from the same plan.
      const again = commands();
      const attached = await submitRun(again, arrays, opts);
      expect(again.counts.sbatch).toBe(0);
      expect(attached).toEqual([{ ...first[0], submitted: false }]);
      const result = await trackRun(again, attached, { ...opts, sleep, minIntervalMs: 500 });
      expect(result.counts.succeeded).toBe(2);
    } finally {
      await ws.cleanup();
    }
  });

  it('cancel leaves no job of the run in squeue', async () => {
    const ws = await workspace();
    try {
      const slurm = commands();
      const runId = freshRunId('cancel');
      const arrays = ['build', 'bench'].map((stage) => ({
        runId,
        cellId: 'c',
        stage,
        tasks: 4,
        resources: { memoryMb: 64 },
        placement: {},
        logDir: `${ws.dir}/logs/${stage}`,
        script: ws.script,
        args: ['sleep', '300'],
        ...(stage === 'bench' ? { dependsOn: 'build' } : {}),
      }));
      const submitted = await submitRun(slurm, arrays, opts);
      const names = submitted.map((s) => s.jobName);
      const before = await viewRun(slurm, names, opts);
      const cancelled = await cancelRun(slurm, before);
      expect(slurm.counts.scancel).toBe(1);
      expect(cancelled.sort()).toEqual(submitted.map((s) => s.jobId).sort());
      let live = 1;
      for (let i = 0; i < 60 && live > 0; i += 1) {
        await sleep(500);
        const after = await viewRun(slurm, names, opts);
        live = [...after.tasks.values()].filter(
          (t) => !['CANCELLED', 'COMPLETED', 'FAILED'].includes(t.state),
        ).length;
      }
      expect(live).toBe(0);
      const result = await trackRun(slurm, submitted, { ...opts, sleep, maxPolls: 1 });
      expect(result.finished).toBe(true);
      expect(result.tasks.every((t) => t.phase === 'failed' && t.failure === 'cancelled')).toBe(true);
      expect(jobName(runId, 'c', 'build')).toBe(names[0]);
    } finally {
      await ws.cleanup();
    }
  });

  it('a 1,000-task array is submitted and tracked with fewer than 50 Slurm commands', async () => {
    const ws = await workspace();
    try {
      const slurm = commands();
      const runId = freshRunId('thousand');
      const started = Date.now();
      const submitted = await submitRun(
        slurm,
        [
          {
            runId,
            cellId: 'c',
            stage: 'run',
            tasks: 1000,
            resources: { memoryMb: 16 },
            // The test cluster's partition where 8 tasks share a core (scripts/slurm-cluster.sh).
            placement: { partition: 'many' },
            logDir: `${ws.dir}/logs`,
            script: ws.script,
            args: ['true'],
          },
        ],
        opts,
      );
      const result = await trackRun(slurm, submitted, {
        ...opts,
        sleep,
        minIntervalMs: 1000,
        maxIntervalMs: 60_000,
      });
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(`\n1,000 tasks: ${seconds.toFixed(0)} s, ${slurm.summary()}\n`);
      expect(result.finished).toBe(true);
      expect(result.counts.succeeded).toBe(1000);
      expect(slurm.counts.sbatch).toBe(1);
      // Without accounting, the tasks' times are read with one scontrol at each look that saw some end.
      expect(slurm.counts.scontrol).toBeGreaterThanOrEqual(1);
      expect(slurm.counts.scontrol).toBeLessThanOrEqual(slurm.counts.squeue);
      expect(slurm.total()).toBeLessThan(50);
    } finally {
      await ws.cleanup();
    }
  });
});

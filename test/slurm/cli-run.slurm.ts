import { execFile, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { promisify } from 'node:util';
import { elapsedMs, parseScontrolJobs, slurmTimeMs } from '../../src/adapters/slurm/queue-parse.js';
import { viewRun } from '../../src/adapters/slurm/run-queue.js';
import { arrayName, readTable, slurmLayout } from '../../src/adapters/slurm/task-tables.js';
import type { JobRecord } from '../../src/domain/results/job-record.js';
import {
  commandCount,
  exampleOnSlurm,
  repoRoot,
  runCli,
  runIdOf,
  storedRecords,
  untilQueueShows,
} from './cli-process.js';
import { clusterOrSkip, commands, useCliWorkspace } from './cluster.js';

// `batchbench run|cancel|collect` as a user runs them, in a process of their own (the CLI bundled
// from src/ into a temp folder), against the cluster scripts/slurm-cluster.sh started.
const cluster = await clusterOrSkip();

const ws = useCliWorkspace(cluster.ok);

const batchbench = (args: string[], killWhen?: (stderr: string) => boolean) => runCli(ws.cli, args, killWhen);
const onSlurm = (example: string) => exampleOnSlurm(ws.dir, example);
const sbatchCount = (stderr: string) => commandCount(stderr, 'sbatch');
const records = storedRecords;

/** Every record's queue, start and stop times are scontrol's SubmitTime, StartTime and EndTime. */
async function expectScontrolTimes(runsDir: string, runId: string, records: readonly JobRecord[]) {
  const { stdout } = await promisify(execFile)('scontrol', ['-o', 'show', 'job']);
  const layout = slurmLayout(path.join(runsDir, runId));
  const names = new Set(records.map((r) => arrayName(runId, r)));
  const rows = parseScontrolJobs(stdout).filter((row) => names.has(row.jobName));
  expect(rows).toHaveLength(records.length);
  for (const row of rows) {
    const jobId = (await readTable(layout, row.jobName))?.jobs[row.index]?.jobId;
    const record = records.find((r) => r.jobId === jobId);
    expect(row.state).toBe('COMPLETED');
    expect(record, `${row.jobName}[${row.index}]`).toMatchObject({
      queuedAt: slurmTimeMs(row.submit),
      startedAt: slurmTimeMs(row.start),
      stoppedAt: slurmTimeMs(row.end),
    });
    expect((record?.stoppedAt ?? 0) - (record?.startedAt ?? 0)).toBe(elapsedMs(row.elapsed));
  }
}

describe.skipIf(!cluster.ok)('batchbench on a real Slurm cluster', () => {
  it('runs the monte-carlo example with backend slurm: one sbatch per cell and stage', async () => {
    const file = await onSlurm('monte-carlo-scaling.yaml');
    const runsDir = path.join(ws.dir, 'runs-mc');
    const ran = await batchbench(['run', file, '--runs-dir', runsDir, '--json']);
    expect(ran.code, ran.stderr).toBe(0);
    // 2 cells (workers 1 and 2), 1 stage: 2 arrays, whatever the 9 jobs.
    expect(sbatchCount(ran.stderr)).toBe(2);
    const report = JSON.parse(ran.stdout) as { run: { backend: string; status: string } };
    expect(report.run).toMatchObject({ backend: 'slurm', status: 'complete' });
    const all = await records(runsDir, runIdOf(ran.stderr));
    expect(all).toHaveLength(9);
    for (const r of all) {
      expect(r).toMatchObject({ status: 'succeeded', backend: 'slurm', exitCode: 0, attempt: 1 });
      expect(r.host).toBeTruthy();
      expect(r.cpuModel).toBeTruthy();
      expect(r.metrics.abs_error).toBeLessThan(0.01);
      expect(r.commandStartedAt).toBeGreaterThanOrEqual(r.startedAt);
      expect(r.startedAt).toBeGreaterThanOrEqual(r.queuedAt);
    }
    // No accounting here: each record's times are the ones slurmctld keeps, asked as a user would.
    await expectScontrolTimes(runsDir, runIdOf(ran.stderr), all);
    const scontrol = commandCount(ran.stderr, 'scontrol');
    expect(scontrol).toBeGreaterThanOrEqual(1);
    expect(scontrol).toBeLessThan(commandCount(ran.stderr, 'squeue'));
  });

  it('runs the beam-steering example with backend slurm, priced per core-hour: a measured cost', async () => {
    // The example's budget.max-usd needs a price: without one the run is refused (cost unknown).
    const file = await exampleOnSlurm(ws.dir, 'beam-steering.yaml', '{ price: { per-core-hour: 0.05 } }');
    const runsDir = path.join(ws.dir, 'runs-beam');
    // One repeat: 6 cells of one job each, two CPUs a job, on a two-CPU node.
    const ran = await batchbench(['run', file, '--runs-dir', runsDir, '--repeats', '1', '--json']);
    // 1 when the speedup target is missed on a busy machine; never a failed job.
    expect([0, 1], ran.stderr).toContain(ran.code);
    expect(sbatchCount(ran.stderr)).toBe(6);
    const all = await records(runsDir, runIdOf(ran.stderr));
    expect(all.map((r) => r.status)).toEqual(Array(6).fill('succeeded'));
    expect(all.every((r) => r.metrics.reward !== undefined && r.cpuModel)).toBe(true);
    // 6 tasks of 2 cores, each priced for its running time at $0.05 a core-hour.
    const report = JSON.parse(ran.stdout) as {
      cost: { totalUsd: number; basis: string; priceSnapshot: string };
    };
    const hours = all.reduce((h, r) => h + (r.stoppedAt - r.startedAt) / 3_600_000, 0);
    expect(report.cost.basis).toBe('measured');
    expect(report.cost.priceSnapshot).toBe(
      'Slurm partition (the cluster default), $0.05 per core-hour (compute.slurm.price)',
    );
    expect(report.cost.totalUsd).toBeCloseTo(hours * 2 * 0.05, 6);
  });

  it('a runner killed after submission: the re-run attaches with 0 new sbatch and loses nothing', async () => {
    const file = await onSlurm('monte-carlo-scaling.yaml');
    const runsDir = path.join(ws.dir, 'runs-kill');
    const first = await batchbench(['run', file, '--runs-dir', runsDir], (e) => /arrays? submitted/.test(e));
    expect(first.code).toBe(null);
    const runId = runIdOf(first.stderr);
    const again = await batchbench(['run', file, '--runs-dir', runsDir, '--resume', runId, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/0 arrays submitted, 2 attached/);
    expect(sbatchCount(again.stderr)).toBe(0);
    const all = await records(runsDir, runId);
    expect(new Set(all.filter((r) => r.status === 'succeeded').map((r) => r.jobId)).size).toBe(9);
  });

  it('cancel leaves no job of the run in squeue; collect then reports them cancelled', async () => {
    const file = path.join(ws.dir, 'sleepy.yaml');
    await writeFile(
      file,
      [
        'version: 1',
        'name: sleepy',
        "run: { command: [sleep, '300'] }",
        'matrix: { n: [1, 2] }',
        'repeats: 3',
        'resources: { vcpus: 1, memory: 64MiB, timeout: 10m }',
        'compute: { backend: slurm, slurm: { throttle: 1 } }',
        '',
      ].join('\n'),
    );
    const runsDir = path.join(ws.dir, 'runs-cancel');
    const first = await batchbench(['run', file, '--runs-dir', runsDir], (e) => /arrays? submitted/.test(e));
    const runId = runIdOf(first.stderr);
    const cancel = await batchbench(['cancel', runId, '--runs-dir', runsDir, '--json']);
    expect(cancel.code, cancel.stderr).toBe(0);
    const names = ['n-1', 'n-2'].map((c) => `bb.${runId}.${c}.main`);
    const slurm = commands();
    let live = -1;
    for (let i = 0; i < 40 && live !== 0; i += 1) {
      const view = await viewRun(slurm, names, { accounting: false });
      live = [...view.tasks.values()].filter(
        (t) => !['CANCELLED', 'COMPLETED', 'FAILED'].includes(t.state),
      ).length;
      if (live) await new Promise((r) => setTimeout(r, 500));
    }
    expect(live).toBe(0);
    const collect = await batchbench(['collect', runId, '--runs-dir', runsDir, '--json']);
    expect(collect.code, collect.stderr).not.toBe(2);
    const all = await records(runsDir, runId);
    expect(all).toHaveLength(6);
    expect(all.every((r) => r.status === 'cancelled')).toBe(true);
  });

  it('slurmd stopped mid-run: the running task is requeued and finishes, the finished one is kept', async () => {
    const file = path.join(ws.dir, 'node-fail.yaml');
    // The slow cell's first attempt outlives the node; its requeued attempt ends at once.
    const script =
      'if [ "$1" = slow ] && [ "$BATCHBENCH_ATTEMPT" = 1 ]; then sleep 600; fi; echo "::metric ok=1"';
    await writeFile(
      file,
      [
        'version: 1',
        'name: node-fail',
        `run: { command: [sh, -c, '${script}', sh, '\${{ matrix.kind }}'] }`,
        'matrix: { kind: [quick, slow] }',
        'resources: { vcpus: 1, memory: 64MiB, timeout: 20m }',
        'compute: { backend: slurm }',
        '',
      ].join('\n'),
    );
    const runsDir = path.join(ws.dir, 'runs-node-fail');
    let stopped = false;
    const cluster = (what: string) =>
      new Promise<void>((resolve, reject) =>
        spawn('bash', ['scripts/slurm-cluster.sh', what], { cwd: repoRoot, stdio: 'inherit' }).on(
          'close',
          (c) => (c === 0 ? resolve() : reject(new Error(`slurm-cluster.sh ${what}: exit ${c}`))),
        ),
      );
    let failing: Promise<void> | undefined;
    const running = batchbench(['run', file, '--runs-dir', runsDir, '--json'], (stderr) => {
      if (failing || !runIdOf(stderr)) return false;
      const run = `bb.${runIdOf(stderr)}`;
      failing = (async () => {
        // The quick task done and the slow one running, as the cluster shows them.
        const ready = await untilQueueShows({
          [`${run}.kind-quick.main`]: 'COMPLETED',
          [`${run}.kind-slow.main`]: 'RUNNING',
        });
        if (!ready) return;
        stopped = true;
        await cluster('slurmd-stop');
        // Back once slurmctld has declared the node down (SlurmdTimeout), so the task is requeued.
        for (let i = 0; i < 120; i += 1) {
          const { stdout } = await new Promise<{ stdout: string }>((resolve) => {
            let out = '';
            const p = spawn('sinfo', ['-h', '-o', '%T']);
            p.stdout.on('data', (d: Buffer) => (out += d.toString()));
            p.on('close', () => resolve({ stdout: out }));
          });
          if (stdout.startsWith('down')) break;
          await new Promise((r) => setTimeout(r, 1000));
        }
        await cluster('slurmd-start');
      })();
      return false;
    });
    const ran = await running;
    await failing;
    expect(stopped).toBe(true);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stderr).toMatch(/requeued by Slurm/);
    const all = await records(runsDir, runIdOf(ran.stderr));
    const quick = all.filter((r) => r.cellId === 'kind-quick');
    const slow = all.filter((r) => r.cellId === 'kind-slow');
    expect(quick).toMatchObject([{ status: 'succeeded', attempt: 1, metrics: { ok: 1 } }]);
    expect(slow.at(-1)).toMatchObject({ status: 'succeeded', attempt: 2, metrics: { ok: 1 } });
    // The lost attempt is kept, and told apart from a preemption, in its record and the report.
    expect(slow[0]).toMatchObject({ status: 'failed', attempt: 1 });
    process.stderr.write(`\nnode failure: ${JSON.stringify(slow[0]?.statusReason)}\n`);
    expect(slow[0]?.statusReason).toMatch(/requeued by Slurm/);
    expect(slow[0]?.statusReason).not.toMatch(/preempt/);
    const report = JSON.parse(ran.stdout) as { warnings: string[] };
    expect(report.warnings.filter((w) => w.includes('ran again after'))).toEqual([
      `1 attempt ran again after: ${slow[0]?.statusReason} (main/kind-slow repeat 1 attempt 1)`,
    ]);
  });
});

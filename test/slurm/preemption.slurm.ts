import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli, runIdOf, storedRecords, untilQueueShows } from './cli-process.js';
import { clusterOrSkip, sleep, useCliWorkspace } from './cluster.js';

// A batchbench task on the test cluster's `low` partition loses its node to a job of `high`
// (a higher PriorityTier, PreemptMode=REQUEUE: scripts/slurm-cluster.sh), sbatched here directly
// as another user's job would be. Slurm requeues the task; batchbench follows it to its end.
const cluster = await clusterOrSkip();
const exec = promisify(execFile);

const ws = useCliWorkspace(cluster.ok);

/** The run's one task that squeue shows pending after a requeue (Restarts > 0), as `<array>_<index>`. */
async function requeuedTask(jobName: string): Promise<string | undefined> {
  const { stdout } = await exec('squeue', [
    '-h',
    '-r',
    `--name=${jobName}`,
    '-t',
    'PD',
    '-O',
    'JobID:|,RestartCnt:|',
  ]);
  const line = stdout.split('\n').find((l) => Number(l.split('|')[1]) > 0);
  return line?.split('|')[0]?.trim();
}

/**
 * Once the quick task is done and the slow one runs (its script has started: squeue says RUNNING
 * as soon as a task has its node, and a task preempted before slurmd launched it leaves no line
 * saying why), a job of `high` asking the whole node comes in; then the requeued task is let go
 * at once. Returns the preempting job's id.
 */
async function preempt(run: string, started: string): Promise<string> {
  const slow = `${run}.kind-slow.main`;
  const running = await untilQueueShows({ [`${run}.kind-quick.main`]: 'COMPLETED', [slow]: 'RUNNING' });
  if (!running) throw new Error('the slow task never ran alone');
  for (let i = 0; i < 120 && !existsSync(started); i += 1) await sleep(250);
  if (!existsSync(started)) throw new Error("the slow task's script never started");
  const { stdout } = await exec('sbatch', [
    '--parsable',
    '--partition=high',
    '--cpus-per-task=2',
    '--mem=64M',
    '--job-name=preempter',
    '--output=/dev/null',
    '--wrap=sleep 2',
  ]);
  // Slurm holds a requeued job back for two minutes (BeginTime) before it may start again; an
  // administrator's `StartTime=now` lets it go at once, so the test does not wait for it.
  for (let i = 0; i < 120; i += 1) {
    const task = await requeuedTask(slow);
    if (task) {
      await exec('scontrol', ['update', `JobId=${task}`, 'StartTime=now']);
      break;
    }
    await sleep(500);
  }
  return stdout.trim();
}

describe.skipIf(!cluster.ok)('preemption on a real Slurm cluster', () => {
  it('a task preempted by a higher-priority job is requeued and finishes; no record lost, the cause told', async () => {
    const file = path.join(ws.dir, 'preempted.yaml');
    // The slow cell's first attempt holds a CPU until preempted; its requeued attempt ends at once.
    const started = path.join(ws.dir, 'slow-started');
    const script = `if [ "$1" = slow ] && [ "$BATCHBENCH_ATTEMPT" = 1 ]; then : > ${started}; sleep 600; fi; echo "::metric ok=1"`;
    await writeFile(
      file,
      [
        'version: 1',
        'name: preempted',
        `run: { command: [sh, -c, '${script}', sh, '\${{ matrix.kind }}'] }`,
        'matrix: { kind: [quick, slow] }',
        'resources: { vcpus: 1, memory: 64MiB, timeout: 20m }',
        'compute: { backend: slurm, slurm: { partition: low } }',
        '',
      ].join('\n'),
    );
    const runsDir = path.join(ws.dir, 'runs');
    let preempter: Promise<string> | undefined;
    const ran = await runCli(ws.cli, ['run', file, '--runs-dir', runsDir, '--json'], (stderr) => {
      if (preempter || !runIdOf(stderr)) return false;
      preempter = preempt(`bb.${runIdOf(stderr)}`, started);
      return false;
    });
    expect(preempter, ran.stderr).toBeDefined();
    const high = (await preempter) as string;
    expect(ran.code, ran.stderr).toBe(0);
    // On a miss, what slurmstepd wrote into the tasks' error files says why the cause was not read.
    const logs = path.join(runsDir, runIdOf(ran.stderr), 'slurm', 'logs');
    const errFiles = await readdir(logs, { recursive: true }).catch(() => [] as string[]);
    const errText = (
      await Promise.all(
        errFiles
          .filter((f) => f.endsWith('.err'))
          .map(async (f) => `${f}:\n${await readFile(path.join(logs, f), 'utf8').catch(String)}`),
      )
    ).join('\n');
    expect(ran.stderr, `${ran.stderr}\n${errText}`).toMatch(
      /kind-slow\.main\[0\] attempt 1 preempted by a job of higher priority/,
    );

    const records = await storedRecords(runsDir, runIdOf(ran.stderr));
    const quick = records.filter((r) => r.cellId === 'kind-quick');
    const slow = records.filter((r) => r.cellId === 'kind-slow');
    expect(quick).toMatchObject([{ status: 'succeeded', attempt: 1, metrics: { ok: 1 } }]);
    expect(slow).toMatchObject([
      {
        status: 'failed',
        attempt: 1,
        statusReason: 'preempted by a job of higher priority, requeued by Slurm',
      },
      { status: 'succeeded', attempt: 2, metrics: { ok: 1 } },
    ]);
    // The first attempt ran until Slurm stopped it; the second ran after it, on the same node.
    expect(slow[0]?.commandEndedAt).toBeLessThanOrEqual(slow[1]?.commandStartedAt ?? 0);
    expect(slow[0]?.host).toBe(slow[1]?.host);

    const report = JSON.parse(ran.stdout) as { run: { jobsSucceeded: number }; warnings: string[] };
    expect(report.run.jobsSucceeded).toBe(2);
    const retried = report.warnings.filter((w) => w.includes('ran again after'));
    expect(retried).toEqual([
      '1 attempt ran again after: preempted by a job of higher priority, requeued by Slurm (main/kind-slow repeat 1 attempt 1)',
    ]);
    // A later collect finds every attempt stored (the requeued one too) and records none again.
    const collect = await runCli(ws.cli, ['collect', runIdOf(ran.stderr), '--runs-dir', runsDir, '--json']);
    expect(collect.code, collect.stderr).toBe(0);
    expect(await storedRecords(runsDir, runIdOf(ran.stderr))).toHaveLength(records.length);
    const { stdout } = await exec('scontrol', ['-o', 'show', 'job', high]);
    expect(stdout).toMatch(/JobState=COMPLETED/);
  });
});

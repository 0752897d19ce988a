// Slurm commands issued and wall time to run N trivial tasks on a real cluster: batchbench's
// way (one `sbatch --array` per cell and stage, one squeue per poll for the whole run, polls
// spaced by a quarter of the time elapsed) beside a naive per-task loop (one sbatch per task,
// then one `squeue -j` per unfinished task every second). Needs a cluster: SLURM_CONF set, e.g.
// `eval "export $(sudo bash scripts/slurm-cluster.sh start)"`; BENCH_SLURM_PARTITION picks the
// partition (the test cluster's `many` lets 8 tasks share a core). Without one, it says so.
import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { countingCommands, execSlurmCommands, type SlurmCommands } from '../src/adapters/slurm/commands.js';
import { parseSbatchOutput } from '../src/adapters/slurm/sbatch-args.js';
import { submitRun } from '../src/adapters/slurm/submit-run.js';
import { trackRun } from '../src/adapters/slurm/tracker.js';

const SIZES = (process.env.BENCH_SLURM_SIZES ?? '10,100,1000').split(',').map(Number);
/** The naive loop's 1,000 sbatch and a squeue per task a second would take many minutes: capped. */
const NAIVE_MAX = Number(process.env.BENCH_SLURM_NAIVE_MAX ?? 100);
const partition = process.env.BENCH_SLURM_PARTITION;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function batchbenchWay(n: number, dir: string, script: string) {
  const slurm = countingCommands(execSlurmCommands());
  const t0 = Date.now();
  const submitted = await submitRun(
    slurm,
    [
      {
        runId: `bench-${process.pid}-${n}`,
        cellId: 'c',
        stage: 's',
        tasks: n,
        resources: { memoryMb: 16 },
        placement: partition ? { partition } : {},
        logDir: path.join(dir, `logs-${n}`),
        script,
        args: ['true'],
      },
    ],
    { accounting: false },
  );
  const result = await trackRun(slurm, submitted, { accounting: false, sleep, maxIntervalMs: 60_000 });
  if (result.counts.succeeded !== n)
    throw new Error(`batchbench way: ${result.counts.succeeded} of ${n} succeeded`);
  return { commands: slurm.total(), seconds: (Date.now() - t0) / 1000 };
}

async function naiveWay(n: number, dir: string, script: string) {
  const slurm = countingCommands(execSlurmCommands());
  const t0 = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const args = [
      '--parsable',
      '--mem=16M',
      `--output=${dir}/naive-${i}.out`,
      ...(partition ? [`--partition=${partition}`] : []),
    ];
    ids.push(parseSbatchOutput(await slurm.run('sbatch', [...args, script, 'true'])));
  }
  let open = ids;
  while (open.length > 0) {
    await sleep(1000);
    const still: string[] = [];
    for (const id of open) {
      const state = (await slurm.run('squeue', ['-h', '-t', 'all', '-j', id, '-o', '%T'])).trim();
      if (state && !['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'OUT_OF_MEMORY'].includes(state))
        still.push(id);
    }
    open = still;
  }
  return { commands: slurm.total(), seconds: (Date.now() - t0) / 1000 };
}

async function clusterUp(commands: SlurmCommands): Promise<boolean> {
  if (!process.env.SLURM_CONF) return false;
  try {
    await commands.run('squeue', ['-h', '-o', '%i']);
    return true;
  } catch {
    return false;
  }
}

if (!(await clusterUp(execSlurmCommands()))) {
  console.log('slurm-commands: skipped, no cluster (SLURM_CONF unset or squeue failed)');
} else {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bb-slurm-bench-'));
  try {
    const script = path.join(dir, 'task.sh');
    await writeFile(script, '#!/bin/sh\nexec "$@"\n');
    await chmod(script, 0o755);
    console.log(`partition: ${partition ?? '(default)'}; trivial tasks (true)`);
    console.log('tasks  batchbench commands  seconds  naive commands  seconds  commands ratio');
    for (const n of SIZES) {
      const ours = await batchbenchWay(n, dir, script);
      const naive = n <= NAIVE_MAX ? await naiveWay(n, dir, script) : undefined;
      console.log(
        [
          String(n).padStart(5),
          String(ours.commands).padStart(19),
          ours.seconds.toFixed(1).padStart(8),
          (naive ? String(naive.commands) : 'not run').padStart(15),
          (naive ? naive.seconds.toFixed(1) : '-').padStart(8),
          (naive
            ? `${(naive.commands / ours.commands).toFixed(0)}x fewer`
            : `>= ${n + 1} naive (1 sbatch a task)`
          ).padStart(15),
        ].join('  '),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

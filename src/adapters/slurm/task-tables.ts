import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedJob, Plan } from '../../domain/plan/plan.js';
import { HOST_ENV_ALLOWLIST, workloadEnv } from '../../domain/plan/workload-env.js';
import type { SlurmSpec } from '../../domain/experiment/experiment.js';
import { jobName } from './sbatch-args.js';
import { bundledProgram } from '../bundled-program.js';

/** One cell and stage of a run: the jobs its array runs, task i being jobs[i]. */
export interface CellStage {
  cellId: string;
  stage: string;
  jobs: PlannedJob[];
  /** Stages of the same cell whose jobs these need. */
  dependsOn: string[];
  /** Task i needs exactly task i of each stage it depends on (so aftercorr is right). */
  correlated: boolean;
}

/** What the task runner reads (task-runner.program.ts): where to write, what may pass, the jobs. */
export interface TaskTable {
  dir: string;
  allow: readonly string[];
  /** When the array was submitted (epoch ms): the queued time when Slurm no longer says. */
  submittedAt: number;
  jobs: { jobId: string; command: string[]; cwd: string; env: Record<string, string> }[];
}

/** Where one run's Slurm files live, under the run's folder on the shared filesystem. */
export function slurmLayout(runDir: string) {
  const root = path.join(runDir, 'slurm');
  return {
    root,
    runner: path.join(root, 'task-runner.mjs'),
    script: path.join(root, 'task.sh'),
    records: path.join(root, 'records'),
    table: (name: string) => path.join(root, 'tasks', `${name}.json`),
    logs: (name: string) => path.join(root, 'logs', name),
  };
}
export type SlurmLayout = ReturnType<typeof slurmLayout>;

/**
 * The arrays of a run, one per cell and stage, in stage order, each with its jobs by repeat,
 * shard and copy, so that equal arrays of two stages line up task for task.
 */
export function cellStages(plan: Plan, jobs: readonly PlannedJob[]): CellStage[] {
  const byKey = new Map<string, PlannedJob[]>();
  for (const stage of plan.stages)
    for (const job of jobs) {
      if (job.stage !== stage) continue;
      const key = `${job.cellId}\n${job.stage}`;
      byKey.set(key, [...(byKey.get(key) ?? []), job]);
    }
  const stageOf = new Map(plan.jobs.map((j) => [j.id, j.stage]));
  const out: CellStage[] = [];
  const positions = new Map<string, Map<string, number>>();
  for (const [key, list] of byKey) {
    const [cellId, stage] = key.split('\n') as [string, string];
    positions.set(key, new Map(list.map((j, i) => [j.id, i])));
    const dependsOn = [...new Set(list.flatMap((j) => j.needs.map((n) => stageOf.get(n) as string)))].filter(
      (s) => byKey.has(`${cellId}\n${s}`),
    );
    // aftercorr is right only when each task needs at most the task at its own index.
    const correlated = list.every((j, i) =>
      j.needs.every((n) => {
        const where = positions.get(`${cellId}\n${stageOf.get(n)}`);
        return !where || !where.has(n) || where.get(n) === i;
      }),
    );
    out.push({ cellId, stage, jobs: list, dependsOn, correlated });
  }
  return out;
}

/** The sbatch time limit: the file's compute.slurm.time, else the job's timeout in whole minutes. */
export function timeLimit(spec: SlurmSpec | undefined, timeoutSec: number): string {
  return spec?.time ?? String(Math.max(1, Math.ceil(timeoutSec / 60)));
}

/** The table of one array: each job's command, working directory and workload environment. */
export function taskTable(
  layout: SlurmLayout,
  plan: Plan,
  runId: string,
  cs: CellStage,
  baseDir: string,
  now: number,
): TaskTable {
  const values = new Map(plan.cells.map((c) => [c.id, c.values]));
  return {
    dir: layout.records,
    allow: HOST_ENV_ALLOWLIST,
    submittedAt: now,
    jobs: cs.jobs.map((job) => ({
      jobId: job.id,
      command: job.command,
      cwd: path.resolve(baseDir, job.workdir ?? '.'),
      // The host part comes from the node; attempt and metrics file are set by the runner per try.
      env: workloadEnv({}, job.env, {
        runId,
        experiment: plan.experiment,
        stage: job.stage,
        jobId: job.id,
        cellId: job.cellId,
        matrix: values.get(job.cellId) ?? {},
        repeat: job.repeat,
        attempt: 1,
        shardIndex: job.shardIndex,
        shardCount: job.shardCount,
        ...(job.itemStart !== undefined ? { itemStart: job.itemStart } : {}),
        ...(job.itemEnd !== undefined ? { itemEnd: job.itemEnd } : {}),
        metricsFile: '',
      }),
    })),
  };
}

async function writeAtomic(file: string, text: string | Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

export const writeTable = (layout: SlurmLayout, name: string, table: TaskTable) =>
  writeAtomic(layout.table(name), `${JSON.stringify(table)}\n`);

export async function readTable(layout: SlurmLayout, name: string): Promise<TaskTable | undefined> {
  try {
    return JSON.parse(await readFile(layout.table(name), 'utf8')) as TaskTable;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Single quotes for /bin/sh: the one place a path goes into a script. */
const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The runner program and the batch script every array runs (`task.sh <table>`). */
export async function writeRunner(layout: SlurmLayout, nodePath: string): Promise<void> {
  await mkdir(layout.records, { recursive: true });
  // A copy beside the tables: the nodes see the shared filesystem, not this install's dist/.
  await writeAtomic(layout.runner, await readFile(bundledProgram('programs/slurm-task-runner.js')));
  await writeAtomic(layout.script, `#!/bin/sh\nexec ${shQuote(nodePath)} ${shQuote(layout.runner)} "$@"\n`);
  await chmod(layout.script, 0o755);
}

export const arrayName = (runId: string, cs: Pick<CellStage, 'cellId' | 'stage'>) =>
  jobName(runId, cs.cellId, cs.stage);

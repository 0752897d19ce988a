/** Where and with what a cell's stage asks Slurm to run; every field maps to one sbatch option. */
export interface SlurmPlacement {
  partition?: string;
  account?: string;
  qos?: string;
  /** Node features (`--constraint`), the analogue of an instance type. */
  constraint?: string;
  /** Wall-time limit in Slurm's own format (`30`, `1:00:00`, `1-0`). */
  time?: string;
}

export interface SlurmResources {
  cpus?: number;
  memoryMb?: number;
  gpus?: number;
}

/** One cell and stage of a run: submitted as exactly one job array. */
export interface ArraySubmission {
  runId: string;
  cellId: string;
  stage: string;
  tasks: number;
  /** At most this many tasks at once (`%K`), the analogue of `maxActive`. */
  throttle?: number;
  resources: SlurmResources;
  placement: SlurmPlacement;
  /** Where Slurm writes each task's stdout and stderr (must exist before submission). */
  logDir: string;
  /**
   * The arrays this one waits for. `correlated`: task i needs only task i of that array
   * (aftercorr); otherwise every task waits for the whole array (afterok).
   */
  after?: readonly { jobId: string; correlated: boolean }[];
  /** Names of the submitting environment's variables the task gets (--export); all when absent. */
  exportVars?: readonly string[];
  /** The batch script (a file with a #! line) and its arguments: no shell string is built. */
  script: string;
  args: readonly string[];
}

const NAME_PREFIX = 'bb';

/** The job name that finds a cell's stage again with `squeue --name` or `sacct --name`. */
export function jobName(runId: string, cellId: string, stage: string): string {
  return [NAME_PREFIX, runId, cellId, stage].join('.');
}

/** The comment carried by every array: what the run, cell and stage are, readable by people. */
export function jobComment(s: Pick<ArraySubmission, 'runId' | 'cellId' | 'stage' | 'tasks'>): string {
  return `batchbench run=${s.runId} cell=${s.cellId} stage=${s.stage} tasks=${s.tasks}`;
}

/** The argument array of the one `sbatch` that submits a cell's stage. */
export function sbatchArgs(s: ArraySubmission): string[] {
  if (!Number.isInteger(s.tasks) || s.tasks < 1)
    throw new Error(`a job array needs at least one task (got ${s.tasks})`);
  const throttle = s.throttle && s.throttle < s.tasks ? `%${s.throttle}` : '';
  const args = [
    '--parsable',
    `--array=0-${s.tasks - 1}${throttle}`,
    `--job-name=${jobName(s.runId, s.cellId, s.stage)}`,
    `--comment=${jobComment(s)}`,
    `--output=${s.logDir}/%a.out`,
    `--error=${s.logDir}/%a.err`,
    // A requeued attempt adds to the files instead of wiping them: what slurmstepd wrote when it
    // stopped the attempt before (DUE TO PREEMPTION, DUE TO NODE FAILURE) tells why it was requeued.
    '--open-mode=append',
    '--ntasks=1',
    // A node lost or a job preempted runs again, as a Spot retry does on Batch.
    '--requeue',
  ];
  if (s.resources.cpus) args.push(`--cpus-per-task=${s.resources.cpus}`);
  if (s.resources.memoryMb) args.push(`--mem=${Math.ceil(s.resources.memoryMb)}M`);
  if (s.resources.gpus) args.push(`--gres=gpu:${s.resources.gpus}`);
  const p = s.placement;
  if (p.partition) args.push(`--partition=${p.partition}`);
  if (p.account) args.push(`--account=${p.account}`);
  if (p.qos) args.push(`--qos=${p.qos}`);
  if (p.constraint) args.push(`--constraint=${p.constraint}`);
  if (p.time) args.push(`--time=${p.time}`);
  // Only what the workload may see leaves the submitting machine (no tokens or keys of a runner).
  if (s.exportVars) args.push(`--export=${s.exportVars.length > 0 ? s.exportVars.join(',') : 'NONE'}`);
  if (s.after && s.after.length > 0) {
    // Corresponding arrays: task i waits only for task i of the stage before, not for the whole array.
    const deps = s.after.map((a) => `${a.correlated ? 'aftercorr' : 'afterok'}:${a.jobId}`);
    args.push(`--dependency=${deps.join(',')}`, '--kill-on-invalid-dep=yes');
  }
  args.push(s.script, ...s.args);
  return args;
}

/** The job id out of `sbatch --parsable` output (`<id>` or `<id>;<cluster>`). */
export function parseSbatchOutput(stdout: string): string {
  const id = stdout.trim().split(';')[0] ?? '';
  if (!/^\d+$/.test(id)) throw new Error(`sbatch printed no job id: ${JSON.stringify(stdout.slice(0, 200))}`);
  return id;
}

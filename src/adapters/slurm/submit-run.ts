import { mkdir } from 'node:fs/promises';
import type { SlurmCommands } from './commands.js';
import { viewRun, type QueueOptions, type RunQueueView } from './run-queue.js';
import { jobName, parseSbatchOutput, sbatchArgs, type ArraySubmission } from './sbatch-args.js';

export interface SubmittedArray {
  jobName: string;
  jobId: string;
  tasks: number;
  /** False when the array was found on the cluster from an earlier attempt of this run. */
  submitted: boolean;
}

/** One cell and stage to submit; `dependsOn` names stages of the same cell submitted before it. */
export type PlannedArray = Omit<ArraySubmission, 'after'> & {
  dependsOn?: string | readonly string[];
  /**
   * Whether task i of this array needs only task i of each array it depends on. Default: when
   * the two arrays have as many tasks (aftercorr); false makes it wait for the whole array.
   */
  correlated?: boolean;
  /** Called just before this array's sbatch (to write what its tasks read). */
  beforeSubmit?: () => Promise<void>;
};

/**
 * Submits a run's arrays, one `sbatch` per cell and stage, in the order given (a stage after the
 * stages it depends on). Arrays an earlier attempt already submitted under the same names (one
 * look at the queue, or `existing` when the caller looked already) are attached, never
 * submitted twice.
 */
export async function submitRun(
  commands: SlurmCommands,
  arrays: readonly PlannedArray[],
  options: QueueOptions & { existing?: RunQueueView },
): Promise<SubmittedArray[]> {
  const names = arrays.map((a) => jobName(a.runId, a.cellId, a.stage));
  const existing = options.existing ?? (await viewRun(commands, names, options));
  const byStage = new Map<string, SubmittedArray>();
  const out: SubmittedArray[] = [];
  for (const [i, a] of arrays.entries()) {
    const name = names[i] as string;
    const found = existing.arrays.get(name);
    let done: SubmittedArray;
    if (found) done = { jobName: name, jobId: found, tasks: a.tasks, submitted: false };
    else {
      const after = dependencies(a, byStage);
      await mkdir(a.logDir, { recursive: true });
      await a.beforeSubmit?.();
      const { dependsOn: _d, correlated: _c, beforeSubmit: _b, ...submission } = a;
      const jobId = parseSbatchOutput(await commands.run('sbatch', sbatchArgs({ ...submission, after })));
      done = { jobName: name, jobId, tasks: a.tasks, submitted: true };
    }
    byStage.set(`${a.cellId}\n${a.stage}`, done);
    out.push(done);
  }
  return out;
}

function dependencies(
  a: PlannedArray,
  byStage: ReadonlyMap<string, SubmittedArray>,
): { jobId: string; correlated: boolean }[] {
  const stages =
    a.dependsOn === undefined ? [] : typeof a.dependsOn === 'string' ? [a.dependsOn] : a.dependsOn;
  return stages.map((stage) => {
    const dep = byStage.get(`${a.cellId}\n${stage}`);
    if (!dep)
      throw new Error(
        `stage ${a.stage} of cell ${a.cellId} depends on ${stage}, which is not submitted before it`,
      );
    return { jobId: dep.jobId, correlated: (a.correlated ?? true) && dep.tasks === a.tasks };
  });
}

import { mkdir } from 'node:fs/promises';
import type { SlurmCommands } from './commands.js';
import { viewRun, type QueueOptions } from './run-queue.js';
import { jobName, parseSbatchOutput, sbatchArgs, type ArraySubmission } from './sbatch-args.js';

export interface SubmittedArray {
  jobName: string;
  jobId: string;
  tasks: number;
  /** False when the array was found on the cluster from an earlier attempt of this run. */
  submitted: boolean;
}

/**
 * Submits a run's arrays, one `sbatch` per cell and stage, in the order given (a stage after the
 * stage it depends on). Before anything, one look at the queue finds arrays an earlier attempt
 * already submitted under the same names: those are attached, never submitted twice.
 */
export async function submitRun(
  commands: SlurmCommands,
  arrays: readonly (Omit<ArraySubmission, 'after'> & { dependsOn?: string })[],
  options: QueueOptions,
): Promise<SubmittedArray[]> {
  const names = arrays.map((a) => jobName(a.runId, a.cellId, a.stage));
  const existing = await viewRun(commands, names, options);
  const byStage = new Map<string, SubmittedArray>();
  const out: SubmittedArray[] = [];
  for (const [i, a] of arrays.entries()) {
    const name = names[i] as string;
    const found = existing.arrays.get(name);
    let done: SubmittedArray;
    if (found) done = { jobName: name, jobId: found, tasks: a.tasks, submitted: false };
    else {
      const dep = a.dependsOn ? byStage.get(`${a.cellId}\n${a.dependsOn}`) : undefined;
      if (a.dependsOn && !dep)
        throw new Error(
          `stage ${a.stage} of cell ${a.cellId} depends on ${a.dependsOn}, which is not submitted before it`,
        );
      await mkdir(a.logDir, { recursive: true });
      const args = sbatchArgs({ ...a, ...(dep ? { after: { jobId: dep.jobId, tasks: dep.tasks } } : {}) });
      const jobId = parseSbatchOutput(await commands.run('sbatch', args));
      done = { jobName: name, jobId, tasks: a.tasks, submitted: true };
    }
    byStage.set(`${a.cellId}\n${a.stage}`, done);
    out.push(done);
  }
  return out;
}

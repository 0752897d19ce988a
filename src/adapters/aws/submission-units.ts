import type { PlannedJob } from '../../domain/plan/plan.js';

/** Array jobs have 2 to 10,000 children (AWS Batch documentation). */
export const MAX_ARRAY_SIZE = 10_000;

export interface SubmissionUnit {
  stage: string;
  cellId: string;
  queue: string;
  /** In plan order, which is the array index order. */
  jobs: PlannedJob[];
}

/**
 * Groups jobs into what is submitted together: one array job per cell and stage (all its
 * repeats, shards and speculative copies), split only past the 10,000-child limit. Plan order
 * is kept, so earlier stages come first and can be depended on.
 */
export function submissionUnits(
  jobs: readonly PlannedJob[],
  queueOf: (job: PlannedJob) => string,
): SubmissionUnit[] {
  const units = new Map<string, SubmissionUnit>();
  for (const job of jobs) {
    const queue = queueOf(job);
    const key = `${job.stage}\u0000${job.cellId}\u0000${queue}`;
    let unit = units.get(key);
    if (!unit) {
      unit = { stage: job.stage, cellId: job.cellId, queue, jobs: [] };
      units.set(key, unit);
    }
    unit.jobs.push(job);
  }
  const out: SubmissionUnit[] = [];
  for (const unit of units.values()) {
    for (let i = 0; i < unit.jobs.length; i += MAX_ARRAY_SIZE) {
      out.push({ ...unit, jobs: unit.jobs.slice(i, i + MAX_ARRAY_SIZE) });
    }
  }
  return out;
}

/** A job may depend on at most 20 jobs (AWS Batch documentation). */
const MAX_DEPENDENCIES = 20;

export interface Dependency {
  jobId: string;
  type?: 'N_TO_N';
}

/**
 * The dependsOn of a submission: the remote jobs that hold what its jobs need. N_TO_N when both
 * are arrays of one size and child i needs exactly child i (a pipeline of one shard per repeat);
 * a plain dependency on the whole array otherwise, which may wait longer but never too little.
 */
export function dependenciesOf(
  jobs: readonly PlannedJob[],
  owners: ReadonlyMap<string, { remoteId: string; jobIds: readonly string[] }>,
  satisfied: ReadonlySet<string>,
): Dependency[] {
  const needed = new Map<string, { remoteId: string; jobIds: readonly string[] }>();
  for (const job of jobs) {
    for (const id of job.needs) {
      if (satisfied.has(id)) continue;
      const owner = owners.get(id);
      if (!owner) throw new Error(`job ${job.id} needs ${id}, which was neither run nor submitted`);
      needed.set(owner.remoteId, owner);
    }
  }
  if (needed.size > MAX_DEPENDENCIES) {
    throw new Error(
      `jobs of ${jobs[0]?.stage}.${jobs[0]?.cellId} would depend on ${needed.size} AWS Batch jobs; at most ${MAX_DEPENDENCIES} are allowed`,
    );
  }
  return [...needed.values()].map((owner) => {
    const ids = new Set(owner.jobIds);
    const nToN =
      jobs.length >= 2 &&
      owner.jobIds.length === jobs.length &&
      jobs.every((job, i) => {
        const inOwner = job.needs.filter((id) => ids.has(id));
        return inOwner.length === 1 && inOwner[0] === owner.jobIds[i];
      });
    return nToN ? { jobId: owner.remoteId, type: 'N_TO_N' as const } : { jobId: owner.remoteId };
  });
}

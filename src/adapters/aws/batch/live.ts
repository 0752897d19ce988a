import type { PlannedJob } from '../../../domain/plan/plan.js';
import type { RemoteSubmission } from '../../../ports/run-store.js';

/** One submission being watched: its jobs and what is known of them so far. */
export interface Live {
  sub: RemoteSubmission;
  jobs: PlannedJob[];
  /** Array indexes (0 for a single job) whose records are out. */
  done: Set<number>;
  /** Children the last summary showed finished, by status. */
  seen: { SUCCEEDED: number; FAILED: number };
  counts: Record<string, number>;
  lastChildFetch: number;
  runnableSince?: number;
  warned?: boolean;
}

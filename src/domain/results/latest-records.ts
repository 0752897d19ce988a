import type { JobRecord } from './job-record.js';

/** The last record of each job: a retry or a resume appends, it never rewrites. */
export function latestRecords(records: readonly JobRecord[]): JobRecord[] {
  const last = new Map<string, JobRecord>();
  for (const r of records) last.set(r.jobId, r);
  return [...last.values()];
}

/** Jobs that need no new attempt: their last record succeeded, or a speculative copy won for them. */
export function finishedJobs(records: readonly JobRecord[]): Set<string> {
  const done = new Set<string>();
  for (const r of latestRecords(records)) {
    if (r.status === 'succeeded' || r.status === 'superseded') done.add(r.jobId);
  }
  return done;
}

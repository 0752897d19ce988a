import type { JobRecord } from './job-record.js';

/** The last record of each job: a retry or a resume appends, it never rewrites. */
export function latestRecords(records: readonly JobRecord[]): JobRecord[] {
  const last = new Map<string, JobRecord>();
  for (const r of records) last.set(r.jobId, r);
  return [...last.values()];
}

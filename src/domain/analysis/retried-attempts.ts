import { plural } from '../report/format.js';
import type { JobRecord } from '../results/job-record.js';

/**
 * One warning per reason for attempts that ended and were run again (a lost Spot host, a
 * preemption, a failed node, a retried exit code): the job's result is its last attempt, so
 * without this line a run that lost work to preemption reads like one that lost none.
 */
export function retriedAttemptWarnings(records: readonly JobRecord[]): string[] {
  const last = new Map<string, number>();
  for (const r of records) last.set(r.jobId, Math.max(last.get(r.jobId) ?? 0, r.attempt));
  const byReason = new Map<string, JobRecord[]>();
  for (const r of records) {
    if (r.attempt >= (last.get(r.jobId) ?? 0) || r.status === 'succeeded') continue;
    const reason = r.statusReason ?? r.status;
    byReason.set(reason, [...(byReason.get(reason) ?? []), r]);
  }
  return [...byReason].map(([reason, rs]) => {
    const shown = rs.slice(0, 3).map((r) => `${r.stage}/${r.cellId} repeat ${r.repeat} attempt ${r.attempt}`);
    const more = rs.length > 3 ? ` and ${rs.length - 3} more` : '';
    return `${plural(rs.length, 'attempt')} ran again after: ${reason} (${shown.join(', ')}${more})`;
  });
}

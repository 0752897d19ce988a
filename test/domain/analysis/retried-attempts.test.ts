import { describe, expect, it } from 'vitest';
import { retriedAttemptWarnings } from '../../../src/domain/analysis/retried-attempts.js';
import type { JobRecord } from '../../../src/domain/results/job-record.js';

const rec = (
  jobId: string,
  attempt: number,
  status: JobRecord['status'],
  statusReason?: string,
): JobRecord => ({
  jobId,
  runId: 'r',
  stage: 'main',
  cellId: jobId.split('#')[0] as string,
  repeat: Number(jobId.split('#')[1] ?? 1),
  shardIndex: 0,
  shardCount: 1,
  groupId: jobId,
  attempt,
  status,
  ...(statusReason ? { statusReason } : {}),
  backend: 'slurm',
  queuedAt: 0,
  startedAt: 0,
  stoppedAt: 1,
  metrics: {},
});

describe('retriedAttemptWarnings', () => {
  it('tells each reason an attempt was run again apart, naming the attempts', () => {
    const preempted = 'preempted by a job of higher priority, requeued by Slurm';
    const lost = 'the node failed, requeued by Slurm';
    const warnings = retriedAttemptWarnings([
      rec('a#1', 1, 'failed', preempted),
      rec('b#1', 1, 'succeeded'),
      rec('a#1', 2, 'succeeded'),
      rec('c#2', 1, 'failed', lost),
      rec('c#2', 2, 'failed', preempted),
      rec('c#2', 3, 'failed', 'exit code 1'),
    ]);
    expect(warnings).toEqual([
      `2 attempts ran again after: ${preempted} (main/a repeat 1 attempt 1, main/c repeat 2 attempt 2)`,
      `1 attempt ran again after: ${lost} (main/c repeat 2 attempt 1)`,
    ]);
  });

  it('says nothing when every job ended at its first attempt, and never counts the last attempt', () => {
    expect(
      retriedAttemptWarnings([rec('a#1', 1, 'succeeded'), rec('b#1', 1, 'failed', 'exit code 1')]),
    ).toEqual([]);
  });

  it('names three attempts and counts the rest', () => {
    const records = [1, 2, 3, 4, 5].flatMap((n) => [
      rec(`x#${n}`, 1, 'failed'),
      rec(`x#${n}`, 2, 'succeeded'),
    ]);
    expect(retriedAttemptWarnings(records)).toEqual([
      '5 attempts ran again after: failed (main/x repeat 1 attempt 1, main/x repeat 2 attempt 1, main/x repeat 3 attempt 1 and 2 more)',
    ]);
  });
});

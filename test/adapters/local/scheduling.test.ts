import { describe, expect, it } from 'vitest';
import { job, maxOverlap, node, rec, runJobs, withResources } from './harness.js';

describe('local executor scheduling', () => {
  it('never runs more jobs at once than the concurrency allows, and does use it', async () => {
    const jobs = Array.from({ length: 6 }, (_, i) => job(`j${i}`, node('sleep-ms.mjs', 150)));
    const out = await runJobs(jobs, { concurrency: 2 });
    const records = [...out.finished.values()];
    expect(records).toHaveLength(6);
    expect(records.every((r) => r.status === 'succeeded')).toBe(true);
    expect(maxOverlap(records)).toBe(2);
  });

  it('gives a job min(vcpus, concurrency) slots', async () => {
    const wide = withResources(job('wide', node('sleep-ms.mjs', 150)), { vcpus: 8 });
    const narrow = job('narrow', node('sleep-ms.mjs', 150));
    const out = await runJobs([wide, narrow], { concurrency: 2 });
    expect(rec(out, 'wide').status).toBe('succeeded');
    // wide holds both slots, so narrow waits for it
    expect(rec(out, 'narrow').startedAt).toBeGreaterThanOrEqual(rec(out, 'wide').stoppedAt);
  });

  it('gang-schedules a measurement group: it starts only when all its slots are free', async () => {
    const first = job('first', node('sleep-ms.mjs', 300));
    // Long enough that the second shard starts before the first ends on a busy machine too.
    const g0 = job('g.s0', node('sleep-ms.mjs', 400), { groupId: 'g', shardIndex: 0, shardCount: 2 });
    const g1 = job('g.s1', node('sleep-ms.mjs', 400), { groupId: 'g', shardIndex: 1, shardCount: 2 });
    const out = await runJobs([first, g0, g1], { concurrency: 2 });
    const firstEnd = rec(out, 'first').stoppedAt;
    expect(rec(out, 'g.s0').startedAt).toBeGreaterThanOrEqual(firstEnd);
    expect(rec(out, 'g.s1').startedAt).toBeGreaterThanOrEqual(firstEnd);
    // both shards ran side by side inside the reservation
    expect(maxOverlap([rec(out, 'g.s0'), rec(out, 'g.s1')])).toBe(2);
  });

  it('does not let later groups jump ahead of a group waiting for slots', async () => {
    const first = job('first', node('sleep-ms.mjs', 250));
    const g0 = job('g.s0', node('sleep-ms.mjs', 50), { groupId: 'g' });
    const g1 = job('g.s1', node('sleep-ms.mjs', 50), { groupId: 'g' });
    const later = job('later', node('sleep-ms.mjs', 50));
    const out = await runJobs([first, g0, g1, later], { concurrency: 2 });
    expect(rec(out, 'later').startedAt).toBeGreaterThanOrEqual(rec(out, 'g.s0').startedAt);
  });

  it('runs a stage only after the jobs it needs have succeeded and been stored', async () => {
    let storedAt = 0;
    const a = job('prep', node('sleep-ms.mjs', 100), { stage: 'prep' });
    const b = job('train', node('sleep-ms.mjs', 10), { stage: 'train', needs: ['prep'] });
    const out = await runJobs([b, a], {
      concurrency: 2,
      onEvent: async (e) => {
        if (e.type === 'job-finished' && e.record.jobId === 'prep') {
          await new Promise((r) => setTimeout(r, 150));
          storedAt = Date.now();
        }
      },
    });
    expect(rec(out, 'train').status).toBe('succeeded');
    expect(rec(out, 'train').startedAt).toBeGreaterThanOrEqual(storedAt);
    expect(rec(out, 'train').queuedAt).toBeGreaterThanOrEqual(rec(out, 'prep').stoppedAt);
  });

  it('cancels the dependants of a failed job, all the way down, without running them', async () => {
    const a = job('a', node('exit-with.mjs', 1));
    const b = job('b', node('sleep-ms.mjs', 10), { needs: ['a'] });
    const c = job('c', node('sleep-ms.mjs', 10), { needs: ['b'] });
    const free = job('free', node('sleep-ms.mjs', 10));
    const out = await runJobs([a, b, c, free], { concurrency: 2 });
    expect(rec(out, 'a')).toMatchObject({ status: 'failed', exitCode: 1, statusReason: 'exit code 1' });
    expect(rec(out, 'b')).toMatchObject({ status: 'cancelled', statusReason: 'dependency a failed' });
    expect(rec(out, 'c')).toMatchObject({ status: 'cancelled', statusReason: 'dependency b failed' });
    expect(rec(out, 'b').commandStartedAt).toBeUndefined();
    expect(rec(out, 'free').status).toBe('succeeded');
    const started = out.events
      .filter((e) => e.type === 'job-started')
      .map((e) => (e.type === 'job-started' ? e.jobId : ''));
    expect(started.sort()).toEqual(['a', 'free']);
  });

  it('does not rerun skipped jobs and lets their dependants run', async () => {
    const a = job('a', node('exit-with.mjs', 1));
    const b = job('b', node('sleep-ms.mjs', 10), { needs: ['a'] });
    const out = await runJobs([a, b], { skip: ['a'] });
    expect(out.finished.has('a')).toBe(false);
    expect(rec(out, 'b').status).toBe('succeeded');
  });

  it('retries a failed attempt: attempt 1 as job-retrying, attempt 2 as job-finished', async () => {
    const out0 = await runJobs([]);
    const marker = `${out0.dir}/marker`;
    const j = withResources(job('flaky', node('fail-once.mjs', marker)), { retries: 2 });
    const out = await runJobs([j], {}, out0.dir);
    expect(out.retried).toHaveLength(1);
    expect(out.retried[0]).toMatchObject({ jobId: 'flaky', attempt: 1, status: 'failed', exitCode: 3 });
    expect(out.retried[0]?.logTail).toEqual(['first attempt: pretending the node was reclaimed']);
    expect(rec(out, 'flaky')).toMatchObject({ attempt: 2, status: 'succeeded', exitCode: 0 });
    expect(rec(out, 'flaky').queuedAt).toBe(out.retried[0]?.queuedAt);
  });

  it('follows retry-on rules: an exit rule that matches stops the retries', async () => {
    const j = withResources(job('fatal', node('exit-with.mjs', 3)), {
      retries: 3,
      retryOn: [{ action: 'exit', onExitCode: '3' }],
    });
    const out = await runJobs([j]);
    expect(out.retried).toHaveLength(0);
    expect(rec(out, 'fatal')).toMatchObject({ attempt: 1, status: 'failed' });
  });
});

import { describe, expect, it } from 'vitest';
import { job, node, rec, runJobs } from './harness.js';

const shard = (id: string, ms: number, extra = {}) =>
  job(id, node('sleep-ms.mjs', ms), { groupId: 'g', shardCount: 2, ...extra });

describe('local executor speculative copies', () => {
  it('runs a copy in an idle slot of the group; the copy wins and the slow original is superseded', async () => {
    const out = await runJobs(
      [
        shard('g.s0', 50, { shardIndex: 0 }),
        shard('g.s1', 20_000, { shardIndex: 1 }),
        shard('g.s1.x1', 50, { shardIndex: 1, speculativeOf: 'g.s1' }),
      ],
      { concurrency: 2 },
    );
    expect(rec(out, 'g.s0').status).toBe('succeeded');
    expect(rec(out, 'g.s1.x1')).toMatchObject({ status: 'succeeded', speculativeOf: 'g.s1' });
    expect(rec(out, 'g.s1')).toMatchObject({ status: 'superseded', statusReason: 'g.s1.x1 finished first' });
    expect(rec(out, 'g.s1.x1').startedAt).toBeGreaterThanOrEqual(rec(out, 'g.s0').stoppedAt);
  });

  it('never starts the copy when the original finishes first', async () => {
    const out = await runJobs(
      [shard('g.s0', 50, { shardIndex: 0 }), shard('g.s0.x1', 50, { shardIndex: 0, speculativeOf: 'g.s0' })],
      { concurrency: 1 },
    );
    expect(rec(out, 'g.s0').status).toBe('succeeded');
    expect(out.finished.has('g.s0.x1')).toBe(false);
    expect(out.events.filter((e) => e.type === 'job-started')).toHaveLength(1);
  });

  it('lets dependants of a superseded original run on the success of its copy', async () => {
    const out = await runJobs(
      [
        shard('g.s0', 50, { shardIndex: 0 }),
        shard('g.s1', 20_000, { shardIndex: 1 }),
        shard('g.s1.x1', 50, { shardIndex: 1, speculativeOf: 'g.s1' }),
        job('next', node('sleep-ms.mjs', 10), { stage: 'next', needs: ['g.s0', 'g.s1'] }),
      ],
      { concurrency: 2 },
    );
    expect(rec(out, 'next').status).toBe('succeeded');
  });

  it('keeps waiting for a running copy when the original fails, and counts the copy', async () => {
    const out = await runJobs(
      [
        shard('g.s0', 50, { shardIndex: 0 }),
        job('g.s1', node('sleep-ms.mjs', 400, 1), { groupId: 'g', shardIndex: 1, shardCount: 2 }),
        shard('g.s1.x1', 600, { shardIndex: 1, speculativeOf: 'g.s1' }),
        job('next', node('sleep-ms.mjs', 10), { stage: 'next', needs: ['g.s1'] }),
      ],
      { concurrency: 2 },
    );
    expect(rec(out, 'g.s1')).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(rec(out, 'g.s1.x1').status).toBe('succeeded');
    expect(rec(out, 'next').status).toBe('succeeded');
    expect(rec(out, 'next').startedAt).toBeGreaterThanOrEqual(rec(out, 'g.s1.x1').stoppedAt);
  });
});

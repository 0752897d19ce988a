import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobRecord } from '../../../src/domain/results/job-record.js';
import { MAX_QUEUE_DEPTH } from '../../../src/adapters/local/queue-ahead.js';
import {
  job,
  maxOverlap,
  node,
  processGone,
  rec,
  runJobs,
  tempDir,
  withResources,
} from '../../adapters/local/harness.js';

// Jobs this short get queued in the launcher behind the job they follow (see QUEUE_DEPTH in
// queue-ahead.ts), so these tests run the scheduling rules through that path.
const quick = (id: string, extra = {}) => job(id, ['true'], extra);
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('local executor, short jobs queued in the launcher', () => {
  it('runs them back to back within the concurrency, gang groups and wide jobs included, recording every one', async () => {
    const jobs = [
      ...ids('a', 12).map((id) => quick(id)),
      ...ids('g', 6).map((id) => quick(id, { groupId: 'g' })),
      withResources(quick('wide'), { vcpus: 2 }),
      ...ids('b', 12).map((id) => quick(id)),
    ];
    // The run's clock stands still at 1: a job whose group was admitted by the launcher, when the
    // job before it exited, has that exit's time as its queuedAt instead.
    const out = await runJobs(jobs, { concurrency: 2, now: () => 1 });
    const records = [...out.finished.values()];
    expect(records).toHaveLength(jobs.length);
    expect(records.every((r) => r.status === 'succeeded')).toBe(true);
    expect(out.events.filter((e) => e.type === 'job-started')).toHaveLength(jobs.length);
    expect(maxOverlap(records)).toBeLessThanOrEqual(2);
    const handedOn = records.filter((r) => r.queuedAt !== 1);
    expect(handedOn.length).toBeGreaterThan(0);
    for (const r of handedOn) {
      expect(records.some((p) => p.jobId !== r.jobId && p.stoppedAt === r.queuedAt)).toBe(true);
      expect(r.startedAt).toBeGreaterThanOrEqual(r.queuedAt);
    }
    // A group's jobs share its admission; the wide job had the machine to itself, and nothing
    // after it in plan order started before it.
    expect(new Set(ids('g', 6).map((id) => rec(out, id).queuedAt)).size).toBe(1);
    const wide = rec(out, 'wide');
    expect(records.filter((r) => r !== wide && overlaps(r, wide)).map((r) => r.jobId)).toEqual([]);
    for (const id of ids('b', 12)) expect(rec(out, id).startedAt).toBeGreaterThanOrEqual(wide.startedAt);
  });

  it("keeps exclusive groups apart: only a group's own jobs are queued behind its jobs", async () => {
    const groups = ['g1', 'g2', 'g3', 'g4'];
    const jobs = groups.flatMap((g) => ids(`${g}.`, 5).map((id) => quick(id, { groupId: g })));
    const out = await runJobs(jobs, { concurrency: 2, exclusiveGroups: true });
    const records = [...out.finished.values()];
    expect(records).toHaveLength(jobs.length);
    expect(records.every((r) => r.status === 'succeeded')).toBe(true);
    expect(maxOverlap(records)).toBeLessThanOrEqual(2);
    const span = (g: string) => {
      const rs = records.filter((r) => r.groupId === g);
      return { start: Math.min(...rs.map((r) => r.startedAt)), end: Math.max(...rs.map((r) => r.stoppedAt)) };
    };
    for (let i = 1; i < groups.length; i++) {
      expect(span(groups[i] as string).start).toBeGreaterThanOrEqual(span(groups[i - 1] as string).end);
    }
  });

  it('hands nothing on from a failed job: it is retried in its own slots, and dependants wait for stored records', async () => {
    const dir = await tempDir();
    const flaky = ['sh', '-c', 'if [ -e flaky.marker ]; then exit 0; fi; : > flaky.marker; exit 3'];
    const jobs = [
      ...ids('a', 6).map((id) => quick(id, { stage: 'a' })),
      withResources(job('flaky', flaky, { stage: 'a' }), { retries: 1 }),
      job('broken', ['false'], { stage: 'a' }),
      ...ids('b', 6).map((id) => quick(id, { stage: 'a' })),
      quick('after-flaky', { stage: 'b', needs: ['flaky'] }),
      quick('after-broken', { stage: 'b', needs: ['broken'] }),
    ];
    let flakyStoredAt = 0;
    const out = await runJobs(
      jobs,
      {
        concurrency: 2,
        onEvent: async (e) => {
          if (e.type === 'job-finished' && e.record.jobId === 'flaky') {
            await new Promise((r) => setTimeout(r, 50));
            flakyStoredAt = Date.now();
          }
        },
      },
      dir,
    );
    expect(out.retried.map((r) => [r.jobId, r.attempt, r.exitCode])).toEqual([['flaky', 1, 3]]);
    expect(rec(out, 'flaky')).toMatchObject({ status: 'succeeded', attempt: 2 });
    expect(rec(out, 'broken')).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(rec(out, 'after-broken')).toMatchObject({
      status: 'cancelled',
      statusReason: 'dependency broken failed',
    });
    expect(rec(out, 'after-broken').commandStartedAt).toBeUndefined();
    expect(rec(out, 'after-flaky').status).toBe('succeeded');
    expect(rec(out, 'after-flaky').startedAt).toBeGreaterThanOrEqual(flakyStoredAt);
    for (const id of [...ids('a', 6), ...ids('b', 6)]) expect(rec(out, id).status).toBe('succeeded');
    expect(maxOverlap([...out.finished.values(), ...out.retried])).toBeLessThanOrEqual(2);
  });

  it('takes its queue back from a job that turns out slow, whose timeout still kills the whole tree', async () => {
    const dir = await tempDir();
    const pidFile = path.join(dir, 'grandchild.pid');
    const slow = withResources(job('slow', node('spawn-grandchild.mjs', pidFile)), { timeoutSec: 2 });
    const jobs = [...ids('a', 6).map((id) => quick(id)), slow, ...ids('b', 6).map((id) => quick(id))];
    const out = await runJobs(jobs, { concurrency: 2, killGraceMs: 200 }, dir);
    expect(rec(out, 'slow')).toMatchObject({ status: 'timed-out', statusReason: 'timed out after 2s' });
    expect(await processGone(Number(await readFile(pidFile, 'utf8')))).toBe(true);
    // What was queued behind it ran in the other slot instead of waiting for it.
    for (const id of ids('b', 6)) {
      expect(rec(out, id).status).toBe('succeeded');
      expect(rec(out, id).stoppedAt).toBeLessThanOrEqual(rec(out, 'slow').stoppedAt);
    }
  });

  it('times out a job with a queue behind it without handing its slots on', async () => {
    const hang = withResources(job('hang', ['sh', '-c', 'sleep 10']), { timeoutSec: 0.05, retries: 1 });
    const jobs = [...ids('a', 6).map((id) => quick(id)), hang, ...ids('b', 6).map((id) => quick(id))];
    const out = await runJobs(jobs, { concurrency: 2, killGraceMs: 200 });
    expect(out.retried.map((r) => [r.jobId, r.status])).toEqual([['hang', 'timed-out']]);
    expect(rec(out, 'hang')).toMatchObject({ status: 'timed-out', attempt: 2 });
    for (const r of [rec(out, 'hang'), ...out.retried]) expect(r.stoppedAt - r.startedAt).toBeLessThan(5000);
    for (const id of [...ids('a', 6), ...ids('b', 6)]) expect(rec(out, id).status).toBe('succeeded');
    expect(maxOverlap([...out.finished.values(), ...out.retried])).toBeLessThanOrEqual(2);
  });

  it('on abort starts nothing that was queued, and records every job that did start', async () => {
    const controller = new AbortController();
    const jobs = ids('t', 200).map((id) => quick(id));
    let finished = 0;
    let twentieth = '';
    const out = await runJobs(jobs, {
      concurrency: 2,
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'job-finished' && ++finished === 20) {
          twentieth = e.record.jobId;
          controller.abort();
        }
      },
    });
    const started = new Set(out.events.flatMap((e) => (e.type === 'job-started' ? [e.jobId] : [])));
    expect(new Set(out.finished.keys())).toEqual(started);
    expect(started.size).toBeLessThan(200);
    // Only what a launcher had started before it read the stop, a slot each: the job it had
    // already started and its queue, at most MAX_QUEUE_DEPTH behind very short jobs (their
    // starts may be reported after the abort: a launcher reports them in batches).
    const abortedAt = out.events.findIndex((e) => e.type === 'job-finished' && e.record.jobId === twentieth);
    expect(out.events.slice(abortedAt).filter((e) => e.type === 'job-started').length).toBeLessThanOrEqual(
      2 * (1 + MAX_QUEUE_DEPTH),
    );
    for (const r of out.finished.values()) expect(['succeeded', 'cancelled']).toContain(r.status);
    // Jobs that never started left no log files either.
    for (const file of await readdir(out.logDir))
      expect(started.has(file.split('.')[0] as string)).toBe(true);
  });
});

function overlaps(a: JobRecord, b: JobRecord): boolean {
  return a.startedAt < b.stoppedAt && b.startedAt < a.stoppedAt;
}

/** The launcher processes this test process has running (Linux: /proc lists a task's children). */
async function launchers(): Promise<string[]> {
  const children = (await readFile(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8'))
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const found: string[] = [];
  for (const pid of children) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes('--v8-pool-size=1')) found.push(pid);
  }
  return found;
}

describe.skipIf(process.platform !== 'linux' || os.availableParallelism() < 2)(
  'local executor launchers',
  () => {
    it('are all started with the run, so the second shard of a group never waits for one to boot', async () => {
      // Group a runs alone first; group b's two shards then start together. Before b, only one
      // launcher has been needed: the second must already be there.
      // Launchers of an earlier test may still be exiting: count only this run's.
      const before = new Set(await launchers());
      const seen: number[] = [];
      const out = await runJobs(
        [
          job('a', node('sleep-ms.mjs', 300), { groupId: 'a' }),
          quick('b0', { groupId: 'b' }),
          quick('b1', { groupId: 'b' }),
        ],
        {
          concurrency: 2,
          exclusiveGroups: true,
          onEvent: async (e) => {
            if (e.type === 'job-started' && e.jobId === 'a')
              seen.push((await launchers()).filter((pid) => !before.has(pid)).length);
          },
        },
      );
      expect([...out.finished.values()].every((r) => r.status === 'succeeded')).toBe(true);
      expect(seen).toEqual([2]);
    });
  },
);

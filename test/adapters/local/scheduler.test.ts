import { describe, expect, it } from 'vitest';
import type { PlannedJob } from '../../../src/domain/plan/plan.js';
import { Scheduler } from '../../../src/adapters/local/scheduler.js';
import type { Decision, SchedulerInput } from '../../../src/adapters/local/scheduler.js';
import { job, withResources } from './harness.js';

/** A fake clock and the scheduler's decisions, as one would drive it from an executor. */
function drive(jobs: PlannedJob[], extra: Partial<SchedulerInput> = {}) {
  let now = 1000;
  const input: SchedulerInput = {
    jobs,
    skip: new Set(),
    concurrency: 2,
    exclusiveGroups: false,
    now,
    ...extra,
  };
  const s = new Scheduler(input);
  const log: Decision[] = [...s.begin(false, now), ...s.proceed(now)];
  const started = () => log.filter((d) => d.do === 'start').map((d) => d.jobId);
  /** The job's process ran `ms` and exited with `code`; its record is stored unless told not to. */
  const end = (id: string, code: number, ms = 1000, store = true) => {
    now += ms;
    const over = s.exited(id, { code, signal: null, lost: false, at: now, ranMs: ms }, now);
    log.push(...over.decisions);
    if (over.mayRetry) {
      const c = s.concluded(id, over.verdict, now, now);
      log.push(...c.decisions);
      if (c.retry) return { ...over.verdict, retried: true };
    }
    if (store) log.push(...s.recordStored(id, over.verdict.status, now));
    return { ...over.verdict, retried: false };
  };
  return { s, log, started, end, tick: (ms: number) => (now += ms), now: () => now };
}

const j = (id: string, extra: Partial<PlannedJob> = {}) => job(id, ['work'], extra);

describe('local scheduler: slots, groups and needs (pure, fake clock)', () => {
  it('starts what the slots allow, in plan order, and the next job when one ends', () => {
    const d = drive([j('a'), j('b'), j('c')]);
    expect(d.started()).toEqual(['a', 'b']);
    d.end('b', 0);
    expect(d.started()).toEqual(['a', 'b', 'c']);
    expect(d.s.queuedAt('c', 0)).toBe(2000); // a group's jobs are queued when it gets its slots
  });

  it('gang-schedules a group: admitted only with all its slots free, queuedAt is the admission', () => {
    const d = drive([j('first'), j('g0', { groupId: 'g' }), j('g1', { groupId: 'g' }), j('later')]);
    expect(d.started()).toEqual(['first']); // g needs 2 slots; later may not jump ahead
    d.end('first', 0, 250);
    expect(d.started()).toEqual(['first', 'g0', 'g1']);
    expect(d.s.queuedAt('g0', 0)).toBe(1250);
    d.end('g0', 0);
    expect(d.started()).toEqual(['first', 'g0', 'g1', 'later']); // the group gave a slot back
  });

  it('holds a budget.max-vcpus cap: the vCPUs of running jobs never add up to more', () => {
    const wide = withResources(j('wide'), { vcpus: 4 });
    const d = drive([j('a'), j('b'), j('c'), wide], { concurrency: 4, maxVcpus: 2 });
    expect(d.s.slots).toBe(2);
    expect(d.started()).toEqual(['a', 'b']);
    d.end('a', 0);
    expect(d.started()).toEqual(['a', 'b', 'c']);
    d.end('b', 0);
    expect(d.started()).toEqual(['a', 'b', 'c']); // wide takes both slots: it waits for c
    d.end('c', 0);
    expect(d.started()).toEqual(['a', 'b', 'c', 'wide']);
    expect(drive([j('x'), j('y'), j('z')], { concurrency: 4, maxVcpus: 2.5 }).started()).toEqual(['x', 'y']);
  });

  it('runs a job only once what it needs is stored, and cancels down the pipeline on a failure', () => {
    const d = drive([j('a'), j('b'), j('after-a', { needs: ['a'] }), j('after-b', { needs: ['b'] })]);
    d.end('a', 0, 10, false);
    expect(d.started()).toEqual(['a', 'b']); // a's record is not stored yet
    d.log.push(...d.s.recordStored('a', 'succeeded', d.tick(5)));
    expect(d.started()).toEqual(['a', 'b', 'after-a']);
    expect(d.s.queuedAt('after-a', 0)).toBe(1015);
    d.end('b', 3);
    expect(d.log).toContainEqual({
      do: 'cancel',
      jobId: 'after-b',
      reason: 'dependency b failed',
      at: d.now(),
    });
  });
});

describe('local scheduler: attempts, races, queues and the end (pure, fake clock)', () => {
  it('retries a failed attempt in its own slots, as retry-on allows', () => {
    const flaky = withResources(j('flaky'), { retries: 1 });
    const d = drive([flaky, j('other'), j('next')]);
    expect(d.end('flaky', 3)).toMatchObject({ status: 'failed', statusReason: 'exit code 3', retried: true });
    expect(d.log.filter((x) => x.do === 'start' && x.jobId === 'flaky')).toEqual([
      { do: 'start', jobId: 'flaky', attempt: 1 },
      { do: 'start', jobId: 'flaky', attempt: 2 },
    ]);
    expect(d.started()).not.toContain('next'); // its slot stayed with the retry
    expect(d.end('flaky', 3)).toMatchObject({ status: 'failed', retried: false });
    expect(d.started()).toContain('next');
  });

  it('races a speculative copy in an idle slot of its group: the first success wins, the twin is killed', () => {
    const d = drive([
      j('orig', { groupId: 'g' }),
      j('other', { groupId: 'g' }),
      j('copy', { groupId: 'g', speculativeOf: 'orig' }),
    ]);
    expect(d.started()).toEqual(['orig', 'other']);
    d.end('other', 0);
    expect(d.started()).toEqual(['orig', 'other', 'copy']); // the slot other left idle
    expect(d.end('copy', 0).status).toBe('succeeded');
    expect(d.log).toContainEqual({ do: 'kill', jobId: 'orig', reason: 'superseded' });
    expect(d.end('orig', 143).status).toBe('superseded');
  });

  it('queues short jobs behind a running one in its launcher, and hands the slot over on a clean exit', () => {
    const d = drive([j('a'), j('b'), j('c'), j('d'), j('e')], { concurrency: 1 });
    d.end('a', 0, 20); // a short success of this stage: b now gets c and d queued behind it
    const queued = d.log.filter((x) => x.do === 'queue');
    expect(queued).toEqual([
      { do: 'queue', jobId: 'c', attempt: 1, after: 'b' },
      { do: 'queue', jobId: 'd', attempt: 1, after: 'c' },
    ]);
    expect([...d.s.queueHeads()]).toEqual(['b']);
    const over = d.s.exited(
      'b',
      { code: 0, signal: null, lost: false, handedTo: 'c', at: 2000, ranMs: 5 },
      2000,
    );
    expect(over.decisions.filter((x) => x.do === 'start')).toEqual([]); // c runs already
    expect([...d.s.queueHeads()]).toEqual(['c']);
  });

  it('queues deeper behind very short jobs, up to about 32 ms of them and at most 16', () => {
    const depth = (ranMs: number) => {
      const d = drive(
        Array.from({ length: 40 }, (_, i) => j(`j${i}`)),
        { concurrency: 1 },
      );
      d.end('j0', 0, ranMs);
      return d.log.filter((x) => x.do === 'queue').length;
    };
    expect(depth(49)).toBe(2); // short, but not very short: two deep, as always
    expect(depth(16)).toBe(2);
    expect(depth(8)).toBe(4);
    expect(depth(2)).toBe(16);
    expect(depth(0)).toBe(16);
    expect(depth(50)).toBe(0); // not short: nothing is queued
  });

  it('gives a queue back when its head fails, and takes a timeout only once the launcher let go', () => {
    const d = drive([j('a'), withResources(j('b'), { timeoutSec: 1 }), j('c'), j('d')], { concurrency: 1 });
    d.end('a', 0, 5);
    expect(d.s.timedOut('b')).toEqual([{ do: 'unchain', jobId: 'b' }]); // not killed yet
    expect(d.s.unchained('b', d.now())).toEqual([{ do: 'kill', jobId: 'b', reason: 'timed-out' }]);
    expect(d.end('b', null as unknown as number).status).toBe('timed-out');
    expect(d.started()).toEqual(['a', 'b', 'c']); // c went back to waiting and starts the usual way
  });

  it('on stop drops queues and kills what runs; at the end cancels jobs whose needs never come', () => {
    const d = drive([j('a'), j('b')]);
    expect(d.s.stop()).toEqual([
      { do: 'drop-queues' },
      { do: 'kill', jobId: 'a', reason: 'cancelled' },
      { do: 'kill', jobId: 'b', reason: 'cancelled' },
    ]);
    const cycle = drive([j('x', { needs: ['y'] }), j('y', { needs: ['x'] })]);
    expect(cycle.started()).toEqual([]);
    expect(cycle.s.busy).toBe(false);
    expect(cycle.s.quiet(5).map((x) => x.do === 'cancel' && x.reason)).toEqual([
      'its dependencies never finished',
      'its dependencies never finished',
    ]);
  });

  it('admits 20,000 one-job groups behind a wide one, in plan order (from its ready list, no rescans)', () => {
    const jobs = [withResources(j('wide'), { vcpus: 2 })];
    for (let i = 0; i < 20_000; i++) jobs.push(j(`n${i}`));
    const d = drive(jobs);
    d.end('wide', 0, 100);
    for (let i = 0; i < 20_000; i++) d.end(`n${i}`, 0, 100);
    expect(d.started()).toEqual(jobs.map((x) => x.id));
  });
});

import { describe, expect, it } from 'vitest';
import { countingCommands, type SlurmCommands } from '../../src/adapters/slurm/commands.js';
import { trackRun } from '../../src/adapters/slurm/tracker.js';

/**
 * A fake squeue that plays the given screens in turn (the last one repeats); scontrol answers
 * `jobs` (what slurmctld knows, `scontrol -o show job`).
 */
function screens(...outputs: string[]): SlurmCommands & { scontrol: string } {
  let i = 0;
  const fake = {
    scontrol: '',
    run: async (program: string, args: readonly string[]) => {
      if (program === 'scontrol' && args.join(' ') === '-o show job') return fake.scontrol;
      if (program !== 'squeue') throw new Error(`unexpected ${program}`);
      return outputs[Math.min(i++, outputs.length - 1)] as string;
    },
  };
  return fake;
}

/** A `scontrol -o show job` line of task `index` of array 5, as slurmctld prints it (shortened). */
const shown = (
  index: number,
  state: string,
  restarts: number,
  times: [string, string, string],
  run: string,
) =>
  `JobId=${40 + index} ArrayJobId=5 ArrayTaskId=${index} JobName=bb.r.c.s UserId=u(1) JobState=${state} ` +
  `Reason=None Requeue=1 Restarts=${restarts} BatchFlag=1 ExitCode=0:0 RunTime=${run} TimeLimit=UNLIMITED ` +
  `SubmitTime=${times[0]} EligibleTime=${times[0]} StartTime=${times[1]} EndTime=${times[2]} Partition=debug ` +
  `Command=/runs/x y/task.sh WorkDir=/runs/x y Comment=batchbench run=r cell=c stage=s tasks=2`;

const row = (index: number, state: string, reason = 'None', restarts = 0) =>
  `5|${index}|bb.r.c.s|${state}|${reason}|vm|0|${restarts}|`;

describe('trackRun', () => {
  it('polls the whole run with one squeue per poll, hints at PENDING reasons, reports requeues', async () => {
    const slurm = countingCommands(
      screens(
        [row(0, 'PENDING', 'PartitionTimeLimit'), row(1, 'RUNNING')].join('\n'),
        [row(0, 'PENDING', 'PartitionTimeLimit'), row(1, 'NODE_FAIL')].join('\n'),
        [row(0, 'COMPLETED'), row(1, 'PENDING', 'BeginTime', 1)].join('\n'),
        [row(0, 'COMPLETED'), row(1, 'COMPLETED', 'None', 1)].join('\n'),
      ),
    );
    const updates: unknown[] = [];
    const waits: number[] = [];
    let clock = 0;
    const result = await trackRun(slurm, [{ jobName: 'bb.r.c.s', jobId: '5', tasks: 2, submitted: true }], {
      accounting: false,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      minIntervalMs: 1000,
      onUpdate: (u) => updates.push(u),
    });
    expect(result.finished).toBe(true);
    expect(slurm.counts.squeue).toBe(4);
    expect(result.counts.succeeded).toBe(2);
    expect(result.tasks[1]).toMatchObject({ restarts: 1, state: 'COMPLETED' });
    expect(result.requeues).toEqual([{ jobName: 'bb.r.c.s', index: 1, state: 'NODE_FAIL' }]);
    expect(updates[0]).toMatchObject({ hints: [{ reason: 'PartitionTimeLimit', tasks: 1 }] });
    expect(waits.every((w) => w >= 1000)).toBe(true);
  });

  it('waits longer as a long run goes on: few polls for a long run', async () => {
    const slurm = countingCommands(screens(row(0, 'RUNNING')));
    let clock = 0;
    const result = await trackRun(slurm, [{ jobName: 'bb.r.c.s', jobId: '5', tasks: 1, submitted: true }], {
      accounting: false,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
      minIntervalMs: 1000,
      maxIntervalMs: 60_000,
      maxPolls: 40,
    });
    expect(result.finished).toBe(false);
    // 40 polls cover far more than 40 minimum intervals: the waits grew.
    expect(clock).toBeGreaterThan(30 * 60_000);
  });

  it('counts a task that left the queue without accounting as gone, so the records decide', async () => {
    const slurm = countingCommands(screens(row(0, 'RUNNING'), ''));
    const result = await trackRun(slurm, [{ jobName: 'bb.r.c.s', jobId: '5', tasks: 1, submitted: true }], {
      accounting: false,
      sleep: async () => undefined,
    });
    expect(result.tasks[0]).toMatchObject({ phase: 'gone', state: 'RUNNING' });
  });

  it('without accounting, times the tasks that ended from one scontrol in the poll that saw them end', async () => {
    const fake = screens(
      [row(0, 'RUNNING'), row(1, 'RUNNING')].join('\n'),
      [row(0, 'COMPLETED'), row(1, 'RUNNING')].join('\n'),
      [row(0, 'COMPLETED'), row(1, 'COMPLETED', 'None', 1)].join('\n'),
    );
    const slurm = countingCommands(fake);
    const polls: number[] = [];
    const seen: Record<number, unknown> = {};
    let poll = 0;
    const t = ['2026-12-03T10:00:00', '2026-12-03T10:00:02', '2026-12-03T10:00:09'] as [
      string,
      string,
      string,
    ];
    const result = await trackRun(slurm, [{ jobName: 'bb.r.c.s', jobId: '5', tasks: 2, submitted: true }], {
      accounting: false,
      sleep: async () => {
        poll += 1;
        polls.push(slurm.counts.scontrol);
        // What slurmctld knows by the next poll: task 0 ended; then task 1's second attempt.
        fake.scontrol =
          poll === 1
            ? [shown(0, 'COMPLETED', 0, t, '00:00:07'), shown(1, 'RUNNING', 0, t, '00:00:03')].join('\n')
            : [shown(0, 'COMPLETED', 0, t, '00:00:07'), shown(1, 'COMPLETED', 1, t, '00:00:05')].join('\n');
      },
      onChange: (task) => {
        if (task.phase === 'succeeded') seen[task.index] = { ...task };
      },
    });
    expect(result.finished).toBe(true);
    // None while both run, then one per poll that saw a task end.
    expect(polls).toEqual([0, 1]);
    expect(slurm.counts.scontrol).toBe(2);
    expect(seen[0]).toMatchObject({ submit: t[0], start: t[1], end: t[2], elapsed: '00:00:07' });
    expect(seen[1]).toMatchObject({ restarts: 1, start: t[1], elapsed: '00:00:05' });
  });

  it('keeps the runner its own times for a task scontrol no longer knows, and asks no scontrol with accounting', async () => {
    const fake = screens(row(0, 'COMPLETED'));
    const slurm = countingCommands(fake);
    const result = await trackRun(slurm, [{ jobName: 'bb.r.c.s', jobId: '5', tasks: 1, submitted: true }], {
      accounting: false,
      sleep: async () => undefined,
    });
    expect(slurm.counts.scontrol).toBe(1);
    expect(result.tasks[0]?.elapsed).toBeUndefined();
    const withSacct = countingCommands({
      run: async (program) => (program === 'squeue' ? row(0, 'COMPLETED') : ''),
    });
    await trackRun(withSacct, [{ jobName: 'bb.r.c.s', jobId: '5', tasks: 1, submitted: true }], {
      accounting: true,
      sleep: async () => undefined,
    });
    expect(withSacct.counts).toMatchObject({ squeue: 1, sacct: 1, scontrol: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { countingCommands, type SlurmCommands } from '../../src/adapters/slurm/commands.js';
import { trackRun } from '../../src/adapters/slurm/tracker.js';

/** A fake squeue that plays the given screens in turn (the last one repeats). */
function screens(...outputs: string[]): SlurmCommands {
  let i = 0;
  return {
    run: async (program) => {
      if (program !== 'squeue') throw new Error(`unexpected ${program}`);
      return outputs[Math.min(i++, outputs.length - 1)] as string;
    },
  };
}

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
});

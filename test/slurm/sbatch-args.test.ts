import { describe, expect, it } from 'vitest';
import { pendingHint, failureReason, phaseOf } from '../../src/adapters/slurm/job-states.js';
import { elapsedMs, parseSacct, parseSqueue } from '../../src/adapters/slurm/queue-parse.js';
import { jobName, parseSbatchOutput, sbatchArgs } from '../../src/adapters/slurm/sbatch-args.js';

const base = {
  runId: 'r1',
  cellId: 'n4',
  stage: 'bench',
  tasks: 8,
  resources: { cpus: 4, memoryMb: 1536.5, gpus: 1 },
  placement: { partition: 'p', account: 'a', qos: 'q', constraint: 'skylake', time: '1:00:00' },
  logDir: '/res/logs',
  script: '/res/task.sh',
  args: ['work', '--x', 'a b;rm'],
};

describe('sbatchArgs', () => {
  it('maps resources and placement to sbatch options, one array, arguments kept as they are', () => {
    const args = sbatchArgs({ ...base, throttle: 2 });
    expect(args).toEqual([
      '--parsable',
      '--array=0-7%2',
      '--job-name=bb.r1.n4.bench',
      '--comment=batchbench run=r1 cell=n4 stage=bench tasks=8',
      '--output=/res/logs/%a.out',
      '--error=/res/logs/%a.err',
      '--open-mode=append',
      '--ntasks=1',
      '--requeue',
      '--cpus-per-task=4',
      '--mem=1537M',
      '--gres=gpu:1',
      '--partition=p',
      '--account=a',
      '--qos=q',
      '--constraint=skylake',
      '--time=1:00:00',
      '/res/task.sh',
      'work',
      '--x',
      'a b;rm',
    ]);
  });

  it('uses aftercorr between equal arrays and afterok otherwise', () => {
    expect(sbatchArgs({ ...base, after: [{ jobId: '7', correlated: true }] })).toContain(
      '--dependency=aftercorr:7',
    );
    expect(sbatchArgs({ ...base, after: [{ jobId: '7', correlated: false }] })).toContain(
      '--dependency=afterok:7',
    );
    expect(
      sbatchArgs({
        ...base,
        after: [
          { jobId: '7', correlated: true },
          { jobId: '9', correlated: false },
        ],
      }),
    ).toContain('--dependency=aftercorr:7,afterok:9');
  });

  it('drops a throttle that does not limit, and refuses an empty array', () => {
    expect(sbatchArgs({ ...base, throttle: 8 })).toContain('--array=0-7');
    expect(() => sbatchArgs({ ...base, tasks: 0 })).toThrow(/at least one task/);
  });

  it('reads the job id from --parsable output', () => {
    expect(parseSbatchOutput('123\n')).toBe('123');
    expect(parseSbatchOutput('123;cluster\n')).toBe('123');
    expect(() => parseSbatchOutput('sbatch: error')).toThrow(/no job id/);
    expect(jobName('r', 'c', 's')).toBe('bb.r.c.s');
  });
});

describe('squeue and sacct parsing', () => {
  it('reads squeue rows: raw wait status split into exit code and signal, restarts, ranges', () => {
    const rows = parseSqueue(
      '5|1|bb.r.c.s|FAILED|NonZeroExitCode|vm|768|0|\n' +
        '5|2|bb.r.c.s|FAILED|None|vm|9|0|\n' +
        '5|[3-5%2]|bb.r.c.s|PENDING|JobArrayTaskLimit|(null)|0|1|\n' +
        '9|N/A|other|RUNNING|None|vm|0|0|\n',
    );
    expect(rows[0]).toMatchObject({ arrayJobId: '5', index: 1, state: 'FAILED', exitCode: 3 });
    expect(rows[1]).toMatchObject({ index: 2, exitCode: 0, signal: 9 });
    expect(rows.slice(2).map((r) => r.index)).toEqual([3, 4, 5]);
    expect(rows[2]).toMatchObject({ reason: 'JobArrayTaskLimit', restarts: 1 });
    expect(rows[2]?.node).toBeUndefined();
    expect(rows).toHaveLength(5);
  });

  it("reads squeue's times, but not a pending task's guessed start nor a running one's end", () => {
    const rows = parseSqueue(
      '5|0|n|RUNNING|None|vm|0|0|2026-01-01T10:00:00|2026-01-01T10:00:02|2026-01-01T11:00:02|\n' +
        '5|1|n|PENDING|Resources||0|0|2026-01-01T10:00:00|2026-01-01T10:05:00|N/A|\n' +
        '5|2|n|COMPLETED|None|vm|0|0|2026-01-01T10:00:00|2026-01-01T10:00:01|2026-01-01T10:00:03|\n',
    );
    expect(rows[0]).toMatchObject({ submit: '2026-01-01T10:00:00', start: '2026-01-01T10:00:02' });
    expect(rows[0]?.end).toBeUndefined();
    expect(rows[1]?.start).toBeUndefined();
    expect(rows[2]).toMatchObject({ start: '2026-01-01T10:00:01', end: '2026-01-01T10:00:03' });
  });

  it('reads sacct -P rows with times, and `CANCELLED by 0` as CANCELLED', () => {
    const rows = parseSacct(
      '7_0|bb.r.c.s|OUT_OF_MEMORY|0:125|vm|2026-01-01T00:00:00|2026-01-01T00:00:01|2026-01-01T00:00:05|00:00:04\n' +
        '7_1|bb.r.c.s|CANCELLED by 0|0:15|vm|2026-01-01T00:00:00|Unknown|Unknown|00:00:00\n',
    );
    expect(rows[0]).toMatchObject({ state: 'OUT_OF_MEMORY', exitCode: 0, signal: 125, elapsed: '00:00:04' });
    expect(rows[1]).toMatchObject({ state: 'CANCELLED', signal: 15 });
    expect(rows[1]?.start).toBeUndefined();
  });
});

describe('job states', () => {
  it('tells OUT_OF_MEMORY, TIMEOUT, NODE_FAIL, PREEMPTED, signals and exit codes apart', () => {
    expect(failureReason('OUT_OF_MEMORY')).toMatch(/out of memory/);
    expect(failureReason('TIMEOUT')).toMatch(/time limit/);
    expect(failureReason('NODE_FAIL')).toMatch(/node failed/);
    expect(failureReason('PREEMPTED')).toMatch(/preempted/);
    expect(failureReason('FAILED', 0, 9)).toBe('killed by signal 9');
    expect(failureReason('FAILED', 3)).toBe('exit code 3');
    expect(failureReason('COMPLETED', 0)).toBeUndefined();
    expect(phaseOf('CANCELLED by 0')).toBe('failed');
    expect(phaseOf('REQUEUED')).toBe('requeued');
  });

  it('gives what to do for PENDING reasons that need a person, nothing for normal waits', () => {
    expect(pendingHint('Resources')).toBeUndefined();
    expect(pendingHint('Priority')).toBeUndefined();
    // A requeued task's wait before it may start again (after a preemption or a node failure).
    expect(pendingHint('BeginTime')).toBeUndefined();
    expect(pendingHint('PartitionTimeLimit')).toMatch(/compute\.slurm\.time/);
    expect(pendingHint('ReqNodeNotAvail, UnavailableNodes:vm')).toMatch(/sinfo -R/);
    expect(pendingHint('QOSMaxJobsPerUserLimit')).toMatch(/compute\.slurm\.throttle/);
    expect(pendingHint('DependencyNeverSatisfied')).toMatch(/never start/);
  });

  it("reads sacct's Elapsed, days included; anything else is unknown", () => {
    expect(elapsedMs('00:00:04')).toBe(4000);
    expect(elapsedMs('1-02:03:04')).toBe(((26 * 60 + 3) * 60 + 4) * 1000);
    expect(elapsedMs('123:00:00')).toBe(123 * 3600 * 1000);
    expect(elapsedMs('Unknown')).toBeUndefined();
    expect(elapsedMs(undefined)).toBeUndefined();
  });
});

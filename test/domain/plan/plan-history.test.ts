import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { measuredHistory } from '../../../src/domain/plan/measured-history.js';
import type { Plan, PlannedJob } from '../../../src/domain/plan/plan.js';
import type { JobRecord } from '../../../src/domain/results/job-record.js';
import { captureIo } from '../../cli/io.js';

const EXPERIMENT = `version: 1
name: measured
run: { command: [node, -e, '0'] }
repeats: 2
resources: { vcpus: 1, memory: 512MiB, timeout: 1h }
compute: { instance-type: c7i.large }
budget: { max-usd: 0.0000001 }
`;

describe('the estimate rests on earlier runs of the same file when there are any', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bb-history-plan-'));
    await writeFile(path.join(dir, 'e.yaml'), EXPERIMENT);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'refuses on the timeout bound first, then on the median of the run it allowed',
    { timeout: 60_000 },
    async () => {
      const file = path.join(dir, 'e.yaml');
      const runs = path.join(dir, 'runs');
      const first = captureIo(dir);
      expect(await main(['plan', file, '--runs-dir', runs], first.io)).toBe(2);
      expect(first.stderr()).toContain('basis: every job running to its timeout');
      const run = captureIo(dir);
      expect(await main(['run', file, '--runs-dir', runs, '--allow-over-budget'], run.io), run.stderr()).toBe(
        0,
      );
      const again = captureIo(dir);
      expect(await main(['plan', file, '--runs-dir', runs], again.io)).toBe(2);
      expect(again.stderr()).toContain('basis: the median of 1 earlier run of this file');
      const shown = captureIo(dir);
      expect(await main(['plan', file, '--runs-dir', runs, '--allow-over-budget'], shown.io)).toBe(0);
      expect(shown.stdout()).not.toContain("bounds from the jobs' timeouts");
      expect(shown.stdout()).toMatch(/time: about \d/);
    },
  );

  it('takes the median group wall time, and skips groups with a failed or missing job', () => {
    const job = (id: string, groupId: string): PlannedJob =>
      ({ id, stage: 'main', cellId: 'c', groupId, repeat: 1 }) as PlannedJob;
    const rec = (jobId: string, queuedAt: number, stoppedAt: number, status = 'succeeded'): JobRecord =>
      ({ jobId, queuedAt, startedAt: queuedAt, stoppedAt, status }) as JobRecord;
    const plan = {
      jobs: [job('a1', 'g1'), job('a2', 'g1'), job('b1', 'g2'), job('c1', 'g3'), job('d1', 'g4')],
    } as Plan;
    const history = measuredHistory([
      {
        plan,
        records: [
          rec('a1', 0, 4000),
          rec('a2', 1000, 6000), // g1: 6 s
          rec('b1', 0, 2000), // g2: 2 s
          rec('c1', 0, 9000, 'failed'), // g3: not a sample
          rec('d1', 0, 10_000), // g4: 10 s
        ],
      },
    ]);
    expect(history('main', 'c')).toEqual({ seconds: 6, runs: 1 });
    expect(history('main', 'other')).toBeUndefined();
  });
});

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { elapsedMs, parseSacct, SACCT_FIELDS, slurmTimeMs } from '../../src/adapters/slurm/queue-parse.js';
import { arrayName, readTable, slurmLayout } from '../../src/adapters/slurm/task-tables.js';
import { commandCount, exampleOnSlurm, runCli, runIdOf, storedRecords } from './cli-process.js';
import { clusterOrSkip, useCliWorkspace } from './cluster.js';

// The cluster keeps accounting here: scripts/slurm-cluster.sh started mariadbd and slurmdbd
// (`test` runs this file in its second pass, with BATCHBENCH_SLURM_ACCOUNTING=1).
const cluster = await clusterOrSkip();
const accounting = process.env.BATCHBENCH_SLURM_ACCOUNTING === '1';
if (cluster.ok && !accounting && process.env.BATCHBENCH_SLURM_REQUIRED === '1')
  throw new Error(
    'accounting.slurm.ts needs a cluster with slurmdbd: scripts/slurm-cluster.sh start --accounting',
  );

const ws = useCliWorkspace(cluster.ok && accounting);

describe.skipIf(!cluster.ok || !accounting)('a Slurm cluster with accounting (slurmdbd, MariaDB)', () => {
  it("records carry sacct's Submit, Start and End, with one sacct per poll", async () => {
    const file = await exampleOnSlurm(ws.dir, 'monte-carlo-scaling.yaml');
    const runsDir = path.join(ws.dir, 'runs');
    const ran = await runCli(ws.cli, ['run', file, '--runs-dir', runsDir, '--json']);
    expect(ran.code, ran.stderr).toBe(0);
    const runId = runIdOf(ran.stderr);
    const records = await storedRecords(runsDir, runId);
    expect(records).toHaveLength(9);

    // What slurmdbd keeps for the run, asked here the way a user would.
    const { stdout } = await promisify(execFile)('sacct', [
      '-P',
      '-n',
      '-X',
      '-S',
      'now-1hours',
      '-o',
      SACCT_FIELDS,
      `--name=${[...new Set(records.map((r) => arrayName(runId, r)))].join(',')}`,
    ]);
    const rows = parseSacct(stdout);
    expect(rows).toHaveLength(9);
    const layout = slurmLayout(path.join(runsDir, runId));
    for (const row of rows) {
      const jobId = (await readTable(layout, row.jobName))?.jobs[row.index]?.jobId;
      const record = records.find((r) => r.jobId === jobId);
      expect(row.state).toBe('COMPLETED');
      expect(record, `${row.jobName}[${row.index}]`).toBeDefined();
      expect(record?.queuedAt).toBe(slurmTimeMs(row.submit));
      expect(record?.startedAt).toBe(slurmTimeMs(row.start));
      expect(record?.stoppedAt).toBe(slurmTimeMs(row.end));
      expect((record?.stoppedAt ?? 0) - (record?.startedAt ?? 0)).toBe(elapsedMs(row.elapsed));
      // Whole seconds: sacct's, not the runner's milliseconds.
      for (const t of [record?.queuedAt, record?.startedAt, record?.stoppedAt])
        expect((t ?? 1) % 1000).toBe(0);
    }
    // One squeue and one sacct for each look at the run (the lookup before submitting, then each poll).
    const sacct = commandCount(ran.stderr, 'sacct');
    expect(sacct).toBeGreaterThanOrEqual(2);
    expect(sacct).toBe(commandCount(ran.stderr, 'squeue'));
    expect(commandCount(ran.stderr, 'sbatch')).toBe(2);
  });
});

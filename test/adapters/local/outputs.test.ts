import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { job, node, rec, runJobs, tempDir } from './harness.js';

describe('local executor outputs', () => {
  it('takes metrics from the metrics file and from ::metric lines, the file winning', async () => {
    const out = await runJobs([job('m', node('write-metrics.mjs'))]);
    const r = rec(out, 'm');
    expect(r.status).toBe('succeeded');
    expect(r.metrics).toEqual({ reward: 0.93, items: 1000, latency_ms: 12.5 });
    expect(r.statusReason).toBe('ignored 2 malformed metric lines');
  });

  it('streams stdout and stderr to per-attempt files in the log folder', async () => {
    const out = await runJobs([job('noisy', node('exit-with.mjs', 2, 60))]);
    const stderr = await readFile(path.join(out.logDir, 'noisy.1.stderr'), 'utf8');
    expect(stderr.split('\n')[0]).toBe('error line 1');
    expect(await readFile(path.join(out.logDir, 'noisy.1.stdout'), 'utf8')).toBe('');
    const r = rec(out, 'noisy');
    expect(r).toMatchObject({ status: 'failed', exitCode: 2 });
    expect(r.logTail).toHaveLength(50);
    expect(r.logTail?.[0]).toBe('error line 11');
    expect(r.logTail?.at(-1)).toBe('error line 60');
  });

  it('leaves no log files for jobs that printed nothing, and no scratch files at all', async () => {
    const out = await runJobs([
      job('quiet1', node('exit-with.mjs', 0, 0)),
      job('quiet2', node('exit-with.mjs', 0, 0)),
      job('loud', node('exit-with.mjs', 0, 3)),
    ]);
    expect(['quiet1', 'quiet2', 'loud'].map((id) => rec(out, id).status)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
    ]);
    const files = (await readdir(out.logDir)).filter((f) => !f.endsWith('.metrics'));
    expect(files.sort()).toEqual(['loud.1.stderr', 'loud.1.stdout']);
    expect(await readFile(path.join(out.logDir, 'loud.1.stderr'), 'utf8')).toBe(
      'error line 1\nerror line 2\nerror line 3\n',
    );
  });

  it('gives the workload its identity in the environment and runs it in its workdir', async () => {
    const dir = await tempDir();
    const j = job('fan.c.r2.s1', node('print-env.mjs'), {
      stage: 'fan',
      cellId: 'workers-4',
      repeat: 2,
      shardIndex: 1,
      shardCount: 4,
      itemStart: 25,
      itemEnd: 50,
      env: { EXTRA: 'yes' },
      workdir: '.',
    });
    const out = await runJobs([j], { baseDir: dir });
    const printed = JSON.parse(await readFile(path.join(out.logDir, 'fan.c.r2.s1.1.stdout'), 'utf8')) as {
      cwd: string;
      env: Record<string, string>;
    };
    expect(printed.cwd).toBe(dir);
    expect(printed.env).toEqual({
      EXTRA: 'yes',
      BATCHBENCH_RUN_ID: 'run-1',
      BATCHBENCH_JOB_ID: 'fan.c.r2.s1',
      BATCHBENCH_STAGE: 'fan',
      // The harness gives the executor no plan: no experiment name, no matrix values.
      BATCHBENCH_EXPERIMENT: '',
      BATCHBENCH_CELL: 'workers-4',
      BATCHBENCH_MATRIX: '{}',
      BATCHBENCH_REPEAT: '2',
      BATCHBENCH_ATTEMPT: '1',
      BATCHBENCH_SHARD_INDEX: '1',
      BATCHBENCH_SHARD_COUNT: '4',
      BATCHBENCH_ITEM_START: '25',
      BATCHBENCH_ITEM_END: '50',
      BATCHBENCH_METRICS: path.join(out.logDir, 'fan.c.r2.s1.1.metrics.jsonl'),
    });
    const r = rec(out, 'fan.c.r2.s1');
    expect(r).toMatchObject({ backend: 'local', runId: 'run-1', attempt: 1, groupId: 'fan.c.r2.s1' });
    expect(r.commandStartedAt).toBe(r.startedAt);
    expect(r.commandEndedAt).toBe(r.stoppedAt);
    expect(r.host).toBeTruthy();
    expect(r.cpuCount).toBeGreaterThan(0);
  });

  it('samples the peak memory of a job that runs long enough', async () => {
    const hog = [
      process.execPath,
      '-e',
      'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => b.length, 500);',
    ];
    const out = await runJobs([job('hog', hog)], { memorySampleMs: 50 });
    const peak = rec(out, 'hog').peakMemoryBytes;
    if (process.platform !== 'linux') return;
    expect(peak).toBeGreaterThan(64 * 1024 * 1024);
  });
});

import { describe, expect, it } from 'vitest';
import { runWorkload } from './run-workload.js';

const small = ['--days', '600', '--window-days', '100', '--lags', '2'];

describe('examples/retrodiction/run_training.mjs', () => {
  it('retrodicts the series batch by batch and writes rmse, batches and items', async () => {
    const run = await runWorkload('retrodiction/run_training.mjs', [...small, '--batch-size-days', '10']);
    expect(run.code).toBe(0);
    // (600 - 100 window - 2 lags) days before the first window hold 49 whole 10-day batches.
    expect(run.metrics.batches).toBe(49);
    expect(run.metrics.items).toBe(490);
    expect(run.metrics.rmse).toBeGreaterThan(0);
    expect(run.metrics.rmse).toBeLessThan(2);
  });

  it('is deterministic and backcasts short batches better than long ones', async () => {
    const [shortA, shortB, long] = await Promise.all([
      runWorkload('retrodiction/run_training.mjs', [...small, '--batch-size-days', '5']),
      runWorkload('retrodiction/run_training.mjs', [...small, '--batch-size-days', '5']),
      runWorkload('retrodiction/run_training.mjs', [...small, '--batch-size-days', '40']),
    ]);
    expect(shortA.metrics.rmse).toBe(shortB.metrics.rmse);
    expect(shortA.metrics.rmse).toBeLessThan(long.metrics.rmse!);
  });

  it('takes any number of --variables and the window from $RETRODICTION_WINDOW_DAYS', async () => {
    const run = await runWorkload(
      'retrodiction/run_training.mjs',
      ['--days', '600', '--lags', '2', '--batch-size-days', '50', '--variables', 'a', 'b'],
      { RETRODICTION_WINDOW_DAYS: '300' },
    );
    expect(run.code).toBe(0);
    expect(run.metrics.batches).toBe(5); // (600 - 300 - 2) / 50, whole batches only
  });

  it('refuses bad arguments with a message and exit code 2', async () => {
    const noNames = await runWorkload('retrodiction/run_training.mjs', [
      '--variables',
      '--batch-size-days',
      '15',
    ]);
    expect(noNames.code).toBe(2);
    expect(noNames.stderr).toContain('--variables needs at least one name');
    const badEnv = await runWorkload('retrodiction/run_training.mjs', small.slice(0, 2), {
      RETRODICTION_WINDOW_DAYS: 'lots',
    });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('RETRODICTION_WINDOW_DAYS');
    const tooShort = await runWorkload('retrodiction/run_training.mjs', ['--days', '50']);
    expect(tooShort.code).toBe(2);
    expect(tooShort.lines).toEqual([]);
  });

  it('prints its usage on --help', async () => {
    const run = await runWorkload('retrodiction/run_training.mjs', ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--batch-size-days N');
  });
});

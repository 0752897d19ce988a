import { describe, expect, it } from 'vitest';
import { runWorkload } from './run-workload.js';

const tiny = ['--iters', '2', '--population', '8', '--elements', '8'];

describe('examples/beam-steering/train.mjs', () => {
  it('writes reward, iterations and seconds_per_iteration', async () => {
    const run = await runWorkload('beam-steering/train.mjs', [...tiny, '--angle', '30']);
    expect(run.code).toBe(0);
    expect(run.lines.map((l) => l.name)).toEqual([
      'reward',
      'reward_initial',
      'iterations',
      'seconds_per_iteration',
    ]);
    expect(run.metrics.iterations).toBe(2);
    expect(Number.isFinite(run.metrics.reward)).toBe(true);
    expect(run.metrics.seconds_per_iteration).toBeGreaterThan(0);
  });

  it('trains the same phases whether one thread or two evaluate the population', async () => {
    const [one, two] = await Promise.all([
      runWorkload('beam-steering/train.mjs', [...tiny, '--angle', '120', '--n-jobs', '1']),
      runWorkload('beam-steering/train.mjs', [...tiny, '--angle', '120', '--n-jobs', '2']),
    ]);
    expect(two.code).toBe(0);
    expect(two.metrics.reward).toBe(one.metrics.reward);
    expect(two.metrics.reward_initial).toBe(one.metrics.reward_initial);
  });

  it('improves the directivity toward the steering angle', async () => {
    const run = await runWorkload('beam-steering/train.mjs', [
      '--iters',
      '10',
      '--population',
      '16',
      '--elements',
      '8',
      '--angle',
      '60',
    ]);
    expect(run.metrics.reward! - run.metrics.reward_initial!).toBeGreaterThan(5);
  });

  it('refuses bad arguments with a message and exit code 2', async () => {
    const odd = await runWorkload('beam-steering/train.mjs', ['--population', '7']);
    expect(odd.code).toBe(2);
    expect(odd.stderr).toContain('--population must be even');
    const angle = await runWorkload('beam-steering/train.mjs', ['--angle', '200']);
    expect(angle.code).toBe(2);
    expect(angle.stderr).toContain('--angle must be in [0, 180]');
    const jobs = await runWorkload('beam-steering/train.mjs', ['--n-jobs', '1.5']);
    expect(jobs.code).toBe(2);
    expect(jobs.lines).toEqual([]);
  });

  it('prints its usage on --help', async () => {
    const run = await runWorkload('beam-steering/train.mjs', ['-h']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--n-jobs N');
  });
});

import { describe, expect, it } from 'vitest';
import { runWorkload } from './run-workload.js';

const small = ['--items', '4', '--samples-per-item', '20000'];
// Black-Scholes price of the contract mc.mjs simulates (S 100, K 105, r 5%, sigma 20%, 1 year).
const exact = 8.021352;

describe('examples/monte-carlo/mc.mjs', () => {
  it('writes items, estimate, abs_error and samples_per_second for its shard', async () => {
    const run = await runWorkload('monte-carlo/mc.mjs', [...small, '--shard', '1', '--shards', '2']);
    expect(run.code).toBe(0);
    expect(run.lines.map((l) => l.name)).toEqual(['items', 'estimate', 'abs_error', 'samples_per_second']);
    expect(run.metrics.items).toBe(2);
    expect(run.metrics.estimate).toBeGreaterThan(exact - 0.6);
    expect(run.metrics.estimate).toBeLessThan(exact + 0.6);
    expect(run.metrics.abs_error).toBeCloseTo(Math.abs(run.metrics.estimate! - exact), 4);
    expect(run.metrics.samples_per_second).toBeGreaterThan(0);
  });

  it('gives the same answer however the items are sharded', async () => {
    const [whole, first, second] = await Promise.all([
      runWorkload('monte-carlo/mc.mjs', [...small, '--shard', '0', '--shards', '1']),
      runWorkload('monte-carlo/mc.mjs', [...small, '--shard', '0', '--shards', '2']),
      runWorkload('monte-carlo/mc.mjs', [...small, '--shard', '1', '--shards', '2']),
    ]);
    expect(whole.metrics.items).toBe(4);
    expect(first.metrics.items! + second.metrics.items!).toBe(4);
    expect((first.metrics.estimate! + second.metrics.estimate!) / 2).toBeCloseTo(whole.metrics.estimate!, 10);
  });

  it('splits uneven lists into contiguous shards that cover every item once', async () => {
    const runs = await Promise.all(
      [0, 1, 2].map((i) =>
        runWorkload('monte-carlo/mc.mjs', [
          '--items',
          '7',
          '--samples-per-item',
          '10',
          '--shard',
          String(i),
          '--shards',
          '3',
        ]),
      ),
    );
    expect(runs.map((r) => r.metrics.items)).toEqual([2, 2, 3]);
  });

  it('reports zero items and no estimate for an empty shard', async () => {
    const run = await runWorkload('monte-carlo/mc.mjs', ['--items', '1', '--shard', '0', '--shards', '2']);
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([{ name: 'items', value: 0 }]);
  });

  it('refuses bad arguments with a message and exit code 2', async () => {
    const outOfRange = await runWorkload('monte-carlo/mc.mjs', ['--shard', '2', '--shards', '2']);
    expect(outOfRange.code).toBe(2);
    expect(outOfRange.stderr).toContain('--shard must be < --shards');
    const notANumber = await runWorkload('monte-carlo/mc.mjs', ['--items', 'many']);
    expect(notANumber.code).toBe(2);
    expect(notANumber.stderr).toContain('--items must be an integer');
    const unknown = await runWorkload('monte-carlo/mc.mjs', ['--workers', '3']);
    expect(unknown.code).toBe(2);
    expect(unknown.lines).toEqual([]);
  });

  it('prints its usage on --help', async () => {
    const run = await runWorkload('monte-carlo/mc.mjs', ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: node mc.mjs');
    expect(run.lines).toEqual([]);
  });
});

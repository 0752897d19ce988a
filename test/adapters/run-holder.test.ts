import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptLock, RENEW_MS, thisHolder } from '../../src/adapters/run-holder.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('keptLock: a held lock, whatever keeps it', () => {
  it('renews every RENEW_MS, one renewal at a time, and stops once released', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    let finishRenewal: () => void = () => undefined;
    const lock = keptLock(
      thisHolder(0),
      () => {
        calls.push('renew');
        return new Promise<void>((resolve) => (finishRenewal = resolve));
      },
      async () => {
        calls.push('remove');
      },
    );
    await vi.advanceTimersByTimeAsync(RENEW_MS);
    expect(calls).toEqual(['renew']);
    // The first renewal hangs: the next waits for it instead of running beside it.
    await vi.advanceTimersByTimeAsync(RENEW_MS);
    expect(calls).toEqual(['renew']);
    const released = lock.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['renew']); // remove waits for the renewal under way
    finishRenewal();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['renew', 'renew']); // the one queued behind it, before removal
    finishRenewal();
    await released;
    expect(calls).toEqual(['renew', 'renew', 'remove']);
    await vi.advanceTimersByTimeAsync(3 * RENEW_MS);
    await lock.release();
    expect(calls).toEqual(['renew', 'renew', 'remove']); // no renewal after release, removed once
  });
});

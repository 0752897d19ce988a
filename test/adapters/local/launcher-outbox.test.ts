import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Outbox } from '../../../src/adapters/local/launcher-outbox.js';

describe('launcher outbox', () => {
  let writes: string[];
  let outbox: Outbox;
  beforeEach(() => {
    vi.useFakeTimers();
    writes = [];
    outbox = new Outbox((text) => writes.push(text), 20);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends what the run must act on at the end of the turn, in one write', async () => {
    outbox.send('a');
    outbox.send('b');
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['a\nb\n']);
  });

  it('holds ends down a long queue for up to the batch time, then sends them together', async () => {
    outbox.send('end 1', true);
    await vi.advanceTimersByTimeAsync(10);
    outbox.send('end 2', true);
    await vi.advanceTimersByTimeAsync(9);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1); // 20 ms after the first
    expect(writes).toEqual(['end 1\nend 2\n']);
    outbox.send('end 3', true);
    await vi.advanceTimersByTimeAsync(20);
    expect(writes).toEqual(['end 1\nend 2\n', 'end 3\n']);
  });

  it('lets an urgent line take what waited with it, in order, and leaves no timer behind', async () => {
    outbox.send('end 1', true);
    outbox.send('error 2');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['end 1\nerror 2\n']);
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('flush sends everything now, and nothing when empty', () => {
    outbox.flush();
    expect(writes).toEqual([]);
    outbox.send('end 1', true);
    outbox.flush();
    expect(writes).toEqual(['end 1\n']);
    expect(vi.getTimerCount()).toBe(0);
  });
});

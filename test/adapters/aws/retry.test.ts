import { describe, expect, it } from 'vitest';
import { pagesWithRetry, retryPolicy } from '../../../src/adapters/aws/retry.js';

const policy = retryPolicy({ sleep: async () => undefined, random: () => 0 });

/** Three pages a, b, c; `failures` throttled answers before each page is given. */
function pagedCall(failures: number) {
  const pages: Record<string, { items: string[]; next?: string }> = {
    start: { items: ['1', '2'], next: 'b' },
    b: { items: ['3'], next: 'c' },
    c: { items: ['4'] },
  };
  const asked: (string | undefined)[] = [];
  const left = new Map<string, number>();
  const fetch = async (token: string | undefined) => {
    asked.push(token);
    const key = token ?? 'start';
    const n = left.get(key) ?? failures;
    left.set(key, n - 1);
    if (n > 0) throw Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
    return pages[key] as { items: string[]; next?: string };
  };
  return { fetch, asked };
}

describe('pagesWithRetry', () => {
  it('gives every page in order, asking each with the token of the one before', async () => {
    const { fetch, asked } = pagedCall(0);
    const items: string[] = [];
    for await (const page of pagesWithRetry(fetch, (p) => p.next, policy)) items.push(...page.items);
    expect(items).toEqual(['1', '2', '3', '4']);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  it('retries a page that failed, with its own token, and goes on from there', async () => {
    const { fetch, asked } = pagedCall(2);
    const items: string[] = [];
    for await (const page of pagesWithRetry(fetch, (p) => p.next, policy)) items.push(...page.items);
    expect(items).toEqual(['1', '2', '3', '4']);
    expect(asked).toEqual([undefined, undefined, undefined, 'b', 'b', 'b', 'c', 'c', 'c']);
  });

  it('gives up on a page after the policy attempts, with the error', async () => {
    const { fetch } = pagedCall(100);
    const pages = pagesWithRetry(
      fetch,
      (p) => p.next,
      retryPolicy({ sleep: async () => undefined }, { maxAttempts: 3 }),
    );
    await expect(pages.next()).rejects.toThrow('slow down');
  });
});

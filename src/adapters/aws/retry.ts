import { abortableSleep } from '../abortable-sleep.js';

/**
 * Retrying AWS calls: throttling, 5xx answers and dropped connections are retried with full-jitter
 * exponential backoff (AWS's recommended "full jitter"). Time is injected so tests run instantly.
 */
export interface RetryClock {
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
}

export interface RetryPolicy extends RetryClock {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

export const defaultClock: RetryClock = { sleep: abortableSleep, random: Math.random };

export function retryPolicy(
  clock: Partial<RetryClock> = {},
  overrides: Partial<RetryPolicy> = {},
): RetryPolicy {
  return { ...defaultClock, ...clock, maxAttempts: 8, baseMs: 200, maxMs: 20_000, ...overrides };
}

export { abortableSleep };

export type Failure = 'throttled' | 'transient' | 'ambiguous' | 'fatal';

const THROTTLING = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestLimitExceeded',
  'SlowDown',
  'ProvisionedThroughputExceededException',
]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
]);

/**
 * How a failed call failed. "throttled" and "transient" were certainly not carried out (the
 * service refused, or no connection was made); "ambiguous" may have been carried out (a 5xx, a
 * connection dropped mid-request), which matters for calls that create something.
 */
export function classifyFailure(error: unknown): Failure {
  const e = error as {
    name?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number };
    cause?: unknown;
    message?: string;
  };
  const status = e?.$metadata?.httpStatusCode;
  if ((e?.name && THROTTLING.has(e.name)) || status === 429) return 'throttled';
  if (e?.code === 'ECONNREFUSED') return 'transient';
  if (status !== undefined && status >= 500) return 'ambiguous';
  if (e?.code && NETWORK_CODES.has(e.code)) return 'ambiguous';
  if (e?.name === 'TimeoutError' || e?.name === 'RequestTimeout') return 'ambiguous';
  if (/socket hang up|ECONNRESET|EPIPE|other side closed|premature close/i.test(e?.message ?? ''))
    return 'ambiguous';
  if (e?.cause !== undefined && e.cause !== error) return classifyFailure(e.cause);
  return 'fatal';
}

export interface RetryHooks {
  /**
   * Called before retrying after an ambiguous failure; a value means the first try did take
   * effect (found by looking it up), and it becomes the result instead of trying again.
   */
  recover?: () => Promise<unknown>;
  signal?: AbortSignal;
}

export async function withRetry<T>(
  call: () => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure === 'fatal' || attempt >= policy.maxAttempts || hooks.signal?.aborted) throw error;
      await policy.sleep(backoffMs(attempt, policy), hooks.signal);
      if (failure === 'ambiguous' && hooks.recover) {
        const recovered = await withRetry(hooks.recover, policy, { signal: hooks.signal });
        if (recovered !== undefined) return recovered as T;
      }
    }
  }
}

/** Full jitter: uniform in [0, min(max, base * 2^(attempt-1))]. */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, 'baseMs' | 'maxMs' | 'random'>): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * cap);
}

/**
 * Every page of a paged call, in order, each one retried on its own: `fetch` asks for the page
 * at `token` (undefined: the first), `next` reads from a page the token of the one after it.
 */
export async function* pagesWithRetry<P>(
  fetch: (token: string | undefined) => Promise<P>,
  next: (page: P) => string | undefined,
  policy: RetryPolicy,
): AsyncGenerator<P> {
  let token: string | undefined;
  do {
    const at = token;
    const page = await withRetry(() => fetch(at), policy);
    yield page;
    token = next(page);
  } while (token);
}

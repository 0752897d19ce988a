import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  abortableSleep
} from "./chunk-UXTHCZ3I.js";

// src/adapters/aws/retry.ts
var defaultClock = { sleep: abortableSleep, random: Math.random };
function retryPolicy(clock = {}, overrides = {}) {
  return { ...defaultClock, ...clock, maxAttempts: 8, baseMs: 200, maxMs: 2e4, ...overrides };
}
var THROTTLING = /* @__PURE__ */ new Set([
  "TooManyRequestsException",
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "RequestLimitExceeded",
  "SlowDown",
  "ProvisionedThroughputExceededException"
]);
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EAI_AGAIN",
  "ENOTFOUND",
  "ENETUNREACH"
]);
function classifyFailure(error) {
  const e = error;
  const status = e?.$metadata?.httpStatusCode;
  if (e?.name && THROTTLING.has(e.name) || status === 429) return "throttled";
  if (e?.code === "ECONNREFUSED") return "transient";
  if (status !== void 0 && status >= 500) return "ambiguous";
  if (e?.code && NETWORK_CODES.has(e.code)) return "ambiguous";
  if (e?.name === "TimeoutError" || e?.name === "RequestTimeout") return "ambiguous";
  if (/socket hang up|ECONNRESET|EPIPE|other side closed|premature close/i.test(e?.message ?? ""))
    return "ambiguous";
  if (e?.cause !== void 0 && e.cause !== error) return classifyFailure(e.cause);
  return "fatal";
}
async function withRetry(call, policy, hooks = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure === "fatal" || attempt >= policy.maxAttempts || hooks.signal?.aborted) throw error;
      await policy.sleep(backoffMs(attempt, policy), hooks.signal);
      if (failure === "ambiguous" && hooks.recover) {
        const recovered = await withRetry(hooks.recover, policy, { signal: hooks.signal });
        if (recovered !== void 0) return recovered;
      }
    }
  }
}
function backoffMs(attempt, policy) {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * cap);
}
async function* pagesWithRetry(fetch, next, policy) {
  let token;
  do {
    const at = token;
    const page = await withRetry(() => fetch(at), policy);
    yield page;
    token = next(page);
  } while (token);
}

export {
  defaultClock,
  retryPolicy,
  classifyFailure,
  withRetry,
  backoffMs,
  pagesWithRetry
};

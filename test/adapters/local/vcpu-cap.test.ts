import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { job, maxOverlap, node, runJobs } from './harness.js';

describe('local executor, budget.max-vcpus', () => {
  it('never runs jobs whose vCPUs add up to more than the cap, whatever the concurrency', async () => {
    const jobs = Array.from({ length: 4 }, (_, i) => job(`j${i}`, node('sleep-ms.mjs', 100)));
    const out = await runJobs(jobs, { concurrency: 2, maxVcpus: 1 });
    await rm(out.dir, { recursive: true, force: true });
    const records = [...out.finished.values()];
    expect(records.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(maxOverlap(records)).toBe(1);
  });
});

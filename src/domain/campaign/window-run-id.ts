import type { Campaign } from './campaign.js';
import type { CampaignJob, CampaignPlan } from './plan-types.js';

/** FNV-1a, 32 bits: a content tag for an id, not a security hash. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The run id of one window's share of a week, the same every time it is computed: a process
 * started again for that window (a runner that died) finds the jobs the first one submitted.
 * A tag of what the window runs is part of it, so a campaign file changed since gets a new run
 * instead of one whose jobs differ.
 */
export function windowRunId(
  c: Pick<Campaign, 'name' | 'programs'>,
  plan: Pick<CampaignPlan, 'week'>,
  jobs: readonly CampaignJob[],
  day: number,
  window: string,
): string {
  const content = JSON.stringify([
    jobs.map((j) => [j.id, j.capacity, j.estimatedSeconds]),
    [...new Set(jobs.map((j) => j.benchmark))].sort().map((b) => c.programs[b] ?? null),
  ]);
  return `${c.name}-${plan.week}-d${day}-${window}-${fnv1a(content)}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

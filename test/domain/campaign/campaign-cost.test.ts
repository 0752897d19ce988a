import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../../src/adapters/prices.js';
import { estimatedCost, windowCost } from '../../../src/app/campaign-outcome.js';
import type { Campaign } from '../../../src/domain/campaign/campaign.js';
import { campaignMarkdown, campaignTerminal } from '../../../src/domain/campaign/campaign-report.js';
import type { CampaignJob } from '../../../src/domain/campaign/plan-types.js';
import { instancePrice } from '../../../src/domain/cost/price-table.js';
import type { JobRecord } from '../../../src/domain/results/job-record.js';

const HOUR = 3_600_000;
const campaign = { region: 'us-east-1' } as Campaign;

function job(id: string, instanceType: string, over: Partial<CampaignJob> = {}): CampaignJob {
  return {
    id,
    instanceType,
    vcpus: 2,
    capacity: 'on-demand',
    estimatedUsd: 0.1,
    ...over,
  } as CampaignJob;
}

function tried(jobId: string, hours: number, capacity?: 'on-demand' | 'spot'): JobRecord {
  return { jobId, startedAt: 0, stoppedAt: hours * HOUR, ...(capacity ? { capacity } : {}) } as JobRecord;
}

const LOCAL = { backend: 'local' };

describe("a campaign window's cost", () => {
  it('prices each attempt on its whole instance at the capacity it ran on, by the job-cost formula', async () => {
    const prices = await loadPrices();
    const m7i = instancePrice(prices, 'us-east-1', 'm7i.large');
    if (!m7i?.onDemandHourly || !m7i.spotHourlyTypical) throw new Error('the price table lacks m7i.large');
    const byId = new Map([
      ['a', job('a', 'm7i.large')],
      ['b', job('b', 'm7i.large', { capacity: 'spot-then-on-demand' })],
    ]);
    // b: one Spot attempt, then its on-demand rerun after the fallback.
    const usd = windowCost(
      campaign,
      prices,
      [tried('a', 1), tried('b', 0.5, 'spot'), tried('b', 2, 'on-demand')],
      byId,
      LOCAL,
    );
    expect(usd).toBeCloseTo(m7i.onDemandHourly * 3 + m7i.spotHourlyTypical * 0.5, 9);
  });

  it('is unknown, not $0, when an instance type has no price', async () => {
    const prices = await loadPrices();
    const byId = new Map([
      ['a', job('a', 'm7i.large')],
      ['z', job('z', 'zz9.huge', { vcpus: null, memoryGiB: null, estimatedUsd: null })],
    ]);
    expect(windowCost(campaign, prices, [tried('a', 1), tried('z', 1)], byId, LOCAL)).toBeNull();
    expect(estimatedCost([...byId.values()])).toBeNull();
    expect(estimatedCost([job('a', 'm7i.large'), job('b', 'm7i.large')])).toBeCloseTo(0.2, 9);
  });

  it('shows an unknown cost as unknown in the summary', () => {
    const summary = {
      campaign: 'weekly',
      week: '2026-W48',
      window: 'morning on day 1 (2026-11-23)',
      jobs: 2,
      succeeded: 2,
      failed: 0,
      attempts: 2,
      retries: 0,
      estimatedUsd: 0.2,
      actualUsd: null,
      comparisons: [],
    };
    expect(campaignMarkdown(summary)).toContain('cost: unknown actual against $0.2000 estimated');
    expect(campaignTerminal(summary)).toContain('cost: unknown actual against $0.2000 estimated');
  });
});

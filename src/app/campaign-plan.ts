import type { PriceTable } from '../domain/cost/price-table.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import { planCampaign } from '../domain/campaign/plan.js';
import type { CampaignPlan } from '../domain/campaign/plan-types.js';
import { validateCampaignText } from '../domain/campaign/validate-campaign.js';
import type { IsoWeek } from '../domain/campaign/week.js';
import type { Problem } from '../domain/experiment/problem.js';

export interface CheckedCampaign {
  campaign?: Campaign;
  plan?: CampaignPlan;
  /** File problems and, when the file is good, constraints the week's plan cannot meet. */
  problems: Problem[];
}

/** Validates a campaign file and plans its week; a constraint it cannot meet is a located problem. */
export function planCampaignText(
  file: string,
  text: string,
  week: IsoWeek,
  prices: PriceTable,
): CheckedCampaign {
  const validation = validateCampaignText(text, file);
  if (!validation.value) return { problems: validation.problems };
  const planning = planCampaign(validation.value, week, prices);
  return {
    campaign: validation.value,
    ...(planning.plan ? { plan: planning.plan } : {}),
    problems: [...validation.problems, ...planning.issues.map(validation.place)],
  };
}

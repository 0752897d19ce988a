import { planCampaignText, type CheckedCampaign } from '../app/campaign-plan.js';
import { isoWeekOf, parseIsoWeek, type IsoWeek } from '../domain/campaign/week.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import { UserError } from '../domain/user-error.js';
import { readNamedFile } from './named-file.js';

const CAMPAIGN_HINT = 'give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml';

/** The ISO week given (`name` says how the caller spells the setting), or this week. */
export function weekOf(raw: string | undefined, now: number, name: string): IsoWeek {
  if (raw === undefined) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new UserError(`${name} takes an ISO week such as 2026-W48, not "${raw}"`);
  return week;
}

/** A campaign file read and its week planned, once; a file that cannot be read is a located problem. */
export async function loadCampaignFile(
  file: string,
  week: IsoWeek,
  settings: { cwd: string; allowNamedOutside?: boolean; prices: PriceTable },
): Promise<CheckedCampaign & { prices: PriceTable }> {
  const { prices } = settings;
  const read = await readNamedFile(file, settings, CAMPAIGN_HINT);
  if ('problem' in read) return { problems: [read.problem], prices };
  return { ...planCampaignText(file, read.text, week, prices), prices };
}

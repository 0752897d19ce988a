import { readSourceFile } from '../adapters/source-file.js';
import { planCampaignText, type CheckedCampaign } from '../app/campaign-plan.js';
import { isoWeekOf, parseIsoWeek, type IsoWeek } from '../domain/campaign/week.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import { UserError } from '../domain/user-error.js';

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
  let text: string;
  try {
    text = await readSourceFile(file, {
      root: settings.cwd,
      ...(settings.allowNamedOutside ? { allowNamedOutside: true } : {}),
    });
  } catch (error) {
    return { problems: [unreadableCampaign(file, error)], prices };
  }
  return { ...planCampaignText(file, text, week, prices), prices };
}

function unreadableCampaign(file: string, error: unknown) {
  const code = (error as NodeJS.ErrnoException).code;
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error' as const,
    message:
      code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? (error as Error).message})`,
    hint: 'give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml',
  };
}

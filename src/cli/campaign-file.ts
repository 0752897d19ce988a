import { readSourceFile } from '../adapters/source-file.js';
import path from 'node:path';
import { planCampaignText, type CheckedCampaign } from '../app/campaign-plan.js';
import { loadPrices } from '../adapters/prices.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import { isoWeekOf, parseIsoWeek, type IsoWeek } from '../domain/campaign/week.js';
import { formatProblem } from '../domain/spec/problem.js';
import { usageError } from './flags.js';
import type { Io } from './io.js';

export function weekOption(command: string, raw: string | undefined, now: number): IsoWeek {
  if (raw === undefined) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw usageError(command, `--week takes an ISO week such as 2026-W48, not "${raw}"`);
  return week;
}

/** Reads and plans the campaign file, its problems on stderr; prices is the table it was planned with. */
export async function checkCampaignFile(
  file: string,
  pricesFile: string | undefined,
  io: Io,
  week: IsoWeek,
): Promise<CheckedCampaign & { prices?: PriceTable }> {
  const checked = await planCampaignFile(file, pricesFile, io, week);
  for (const p of checked.problems) io.stderr.write(`${formatProblem(p)}\n`);
  return checked;
}

async function planCampaignFile(
  file: string,
  pricesFile: string | undefined,
  io: Io,
  week: IsoWeek,
): Promise<CheckedCampaign & { prices?: PriceTable }> {
  let text: string;
  try {
    text = await readSourceFile(file, { root: io.cwd, allowNamedOutside: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          message:
            code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? (error as Error).message})`,
          hint: 'give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml',
        },
      ],
    };
  }
  const prices = await loadPrices(pricesFile && path.resolve(io.cwd, pricesFile));
  return { ...planCampaignText(file, text, week, prices), prices };
}

import { loadCampaignFile } from '../compose/campaign-file.js';
import { pricesAt } from '../compose/prices.js';
import type { IsoWeek } from '../domain/campaign/week.js';
import { formatProblem } from '../domain/experiment/problem.js';
import type { Io } from './io.js';

export { weekOf } from '../compose/campaign-file.js';

/** Reads and plans the campaign file through the composition root, its problems on stderr. */
export async function checkCampaignFile(file: string, pricesFile: string | undefined, io: Io, week: IsoWeek) {
  const prices = await pricesAt(pricesFile, io.cwd);
  const checked = await loadCampaignFile(file, week, { cwd: io.cwd, allowNamedOutside: true, prices });
  for (const p of checked.problems) io.stderr.write(`${formatProblem(p)}\n`);
  return checked;
}

/** ISO 8601 weeks ("2026-W48"): the plan's days are dated from the week's Monday. */
export interface IsoWeek {
  year: number;
  week: number;
  /** "2026-W48" */
  label: string;
}

export function parseIsoWeek(text: string): IsoWeek | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInYear(year)) return undefined;
  return { year, week, label: `${year}-W${String(week).padStart(2, '0')}` };
}

/** Epoch ms of 00:00 UTC on the Monday of the week. */
export function mondayOf(w: IsoWeek): number {
  const jan4 = Date.UTC(w.year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * DAY_MS + (w.week - 1) * 7 * DAY_MS;
}

export function isoWeekOf(epochMs: number): IsoWeek {
  const d = new Date(epochMs);
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - day * DAY_MS + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week, label: `${year}-W${String(week).padStart(2, '0')}` };
}

/** Comparable number for ordering weeks: 2026-W48 -> 202648. */
export function weekOrder(label: string): number {
  const w = parseIsoWeek(label);
  return w ? w.year * 100 + w.week : Number.NaN;
}

export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

function weeksInYear(year: number): number {
  const dec28 = Date.UTC(year, 11, 28);
  return isoWeekOf(dec28).week;
}

export const DAY_MS = 24 * 3600 * 1000;

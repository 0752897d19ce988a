import { didYouMean } from '../experiment/edit-distance.js';
import type { Issue } from '../experiment/issue.js';
import type { CampaignFile } from './campaign-file.js';
import { minuteOf } from './normalise-campaign.js';
import { knownNames } from './variants.js';

/** What the schema cannot say: window times, overlaps, focus and program names that match nothing. */
export function checkCampaign(f: CampaignFile): Issue[] {
  const issues: Issue[] = [];
  const error = (path: Issue['path'], message: string, hint?: string, atKey = false): void => {
    issues.push({ path, atKey, message, ...(hint ? { hint } : {}), severity: 'error' });
  };
  const warn = (path: Issue['path'], message: string, hint?: string): void => {
    issues.push({ path, atKey: false, message, ...(hint ? { hint } : {}), severity: 'warning' });
  };
  const windows = f.schedule.windows;
  const seen = new Map<string, number>();
  windows.forEach((w, i) => {
    if (seen.has(w.name))
      error(
        ['schedule', 'windows', i, 'name'],
        `window "${w.name}" is named twice`,
        'give each window its own name',
      );
    seen.set(w.name, i);
    if (minuteOf(w.end) <= minuteOf(w.start))
      error(
        ['schedule', 'windows', i, 'end'],
        `window "${w.name}" ends at ${w.end}, not after it starts at ${w.start}`,
        'a window lies within one day: end after start, 24:00 for midnight',
      );
  });
  windows.forEach((a, i) => {
    windows.slice(0, i).forEach((b) => {
      if (minuteOf(a.start) < minuteOf(b.end) && minuteOf(b.start) < minuteOf(a.end))
        error(
          ['schedule', 'windows', i, 'start'],
          `window "${a.name}" (${a.start}-${a.end}) overlaps "${b.name}" (${b.start}-${b.end})`,
          'windows must not overlap, or max-concurrent would be exceeded',
        );
    });
  });
  const names = f.benchmarks.flatMap(knownNames);
  windows.forEach((w, i) =>
    (w.focus ?? []).forEach((name, j) => {
      if (!names.includes(name))
        warn(
          ['schedule', 'windows', i, 'focus', j],
          `focus "${name}" is not a benchmark of this campaign, so window "${w.name}" gets no job for it`,
          didYouMean(name, names) ?? `benchmarks here: ${names.join(', ')}`,
        );
    }),
  );
  for (const [key, what] of [
    ['programs', 'program'],
    ['durations', 'duration'],
  ] as const)
    for (const name of Object.keys(f[key] ?? {}))
      if (!f.benchmarks.includes(name))
        warn(
          [key, name],
          `${what} for "${name}", which is not in benchmarks`,
          didYouMean(name, f.benchmarks),
        );
  const from = f.schedule.spot?.['from-size'];
  if (from !== undefined && !f.instances.sizes.includes(from))
    warn(
      ['schedule', 'spot', 'from-size'],
      `from-size "${from}" is not one of the campaign's sizes; sizes at least as large still use Spot`,
      didYouMean(from, f.instances.sizes),
    );
  return issues;
}

import type { PriceTable } from '../cost/price-table.js';
import { sumKnown } from '../cost/known-sum.js';
import type { Issue } from '../experiment/issue.js';
import { formatDuration } from '../experiment/units.js';
import { archOf } from './architecture.js';
import { campaignMachines, campaignPriceBasis, onNodeTypes } from './machines.js';
import type { Campaign } from './campaign.js';
import type { CampaignJob, CampaignPlan, ConstraintCheck, DayTotal, WindowTotal } from './plan-types.js';
import { inFocus, windowsFor } from './rotation.js';
import { variantFor } from './variants.js';
import { DAY_MS, isoDate, mondayOf } from './week.js';
import type { IsoWeek } from './week.js';
import { peakOverlap, scheduleWindow } from './window-schedule.js';

export interface CampaignPlanning {
  /** Absent when a constraint cannot be met: `issues` then says which and by how much. */
  plan?: CampaignPlan;
  issues: Issue[];
}

type Draft = Omit<CampaignJob, 'day' | 'date' | 'window' | 'slot' | 'startOffsetSeconds' | 'start'>;

/**
 * The week's plan: every job placed on a day, in a window, in a wave and a lane, priced from
 * the price table. Pure and deterministic: the same campaign, week and prices give the same
 * plan. Nothing is dropped to make it fit; a plan that cannot fit is refused with the reason.
 */
export function planCampaign(c: Campaign, week: IsoWeek, prices: PriceTable): CampaignPlanning {
  const warnings: string[] = [];
  const s = c.schedule;
  const drafts = draftJobs(c, prices, warnings);
  const overCapacity = capacityIssue(drafts.length, s);
  if (overCapacity) return { issues: [overCapacity] };

  const monday = mondayOf(week);
  const { where, dayJobs, unfocused } = assignWindows(drafts, s);
  for (const b of unfocused)
    warnings.push(`no window's focus names ${b}: its jobs are spread over every window`);

  const { jobs, windows, issues } = placeInWindows(drafts, where, s, monday);
  if (issues.length > 0) return { issues };

  const days: DayTotal[] = Array.from({ length: s.days }, (_, d) => ({
    day: d + 1,
    date: isoDate(monday + d * DAY_MS),
    jobs: dayJobs[d] as number,
    usd: roundKnown(sumKnown(windows.filter((w) => w.day === d + 1).map((w) => w.usd))),
  }));
  const plan: CampaignPlan = {
    campaign: c.name,
    file: c.file,
    week: week.label,
    region: c.region,
    ...(onNodeTypes(c) ? { nodeTypes: true as const } : {}),
    // One line a person reads; the provenance is in the table's SOURCES file.
    priceSnapshot: campaignPriceBasis(c, prices),
    jobs,
    days,
    windows,
    totals: {
      jobs: jobs.length,
      instanceTypes: new Set(jobs.map((j) => j.instanceType)).size,
      variants: [...new Set(jobs.map((j) => j.variant))].sort(),
      jobSeconds: jobs.reduce((t, j) => t + j.estimatedSeconds, 0),
      usd: roundKnown(sumKnown(jobs.map((j) => j.estimatedUsd))),
      onDemandUsd: roundKnown(sumKnown(jobs.map((j) => j.onDemandUsd))),
    },
    constraints: constraintsOf(c, jobs, days, windows),
    warnings,
  };
  return { plan, issues: [] };
}

type Schedule = Campaign['schedule'];

/** The week cannot hold more jobs than days x max-daily-jobs; nothing is dropped to fit. */
function capacityIssue(count: number, s: Schedule): Issue | undefined {
  const capacity = s.days * s.maxDailyJobs;
  if (count <= capacity) return undefined;
  const perDay = Math.ceil(count / s.days);
  return {
    path: ['schedule', 'max-daily-jobs'],
    atKey: false,
    message:
      `does not fit: ${count} jobs > ${capacity} = ${s.days} days x ${s.maxDailyJobs} a day ` +
      `(short by ${count - capacity})`,
    hint: `raise max-daily-jobs to ${perDay}${s.days < 7 ? ', add days' : ''}, or cut repeats, sizes or benchmarks`,
    severity: 'error',
  };
}

/** Each job's day and window: the least-loaded window its focus allows, then the emptiest day. */
function assignWindows(drafts: readonly Draft[], s: Schedule) {
  const windowCount = s.windows.length;
  const dayJobs = new Array<number>(s.days).fill(0);
  const busy = Array.from({ length: s.days }, () => new Array<number>(windowCount).fill(0));
  const where: { day: number; window: number }[] = [];
  const unfocused = new Set<string>();
  for (const job of drafts) {
    const { indexes, unfocused: none } = windowsFor(job.benchmark, job.variant, s.windows);
    if (none) unfocused.add(job.benchmark);
    let best: { day: number; window: number; key: number[] } | undefined;
    for (let d = 0; d < s.days; d++) {
      if ((dayJobs[d] as number) >= s.maxDailyJobs) continue;
      for (const w of indexes) {
        const win = s.windows[w]!;
        const room = (win.endMinute - win.startMinute) * 60 * s.maxConcurrent;
        // Least-loaded window first (by the share of its time taken), then the emptiest day.
        const key = [((busy[d]![w] as number) + job.estimatedSeconds) / room, dayJobs[d] as number, d, w];
        if (!best || lexLess(key, best.key)) best = { day: d, window: w, key };
      }
    }
    // The capacity check guarantees some day has room.
    where.push({ day: best!.day, window: best!.window });
    dayJobs[best!.day]! += 1;
    busy[best!.day]![best!.window]! += job.estimatedSeconds;
  }
  return { where, dayJobs, unfocused };
}

/** Lanes and start times inside each window; a window whose jobs overrun it is an issue. */
function placeInWindows(
  drafts: readonly Draft[],
  where: readonly { day: number; window: number }[],
  s: Schedule,
  monday: number,
): { jobs: CampaignJob[]; windows: WindowTotal[]; issues: Issue[] } {
  const jobs: CampaignJob[] = new Array<CampaignJob>(drafts.length);
  const windows: WindowTotal[] = [];
  const issues: Issue[] = [];
  for (let d = 0; d < s.days; d++) {
    const date = isoDate(monday + d * DAY_MS);
    s.windows.forEach((win, w) => {
      const members = drafts
        .map((j, i) => ({ j, i }))
        .filter(({ i }) => where[i]!.day === d && where[i]!.window === w);
      const { placed, makespan } = scheduleWindow(
        members.map(({ j }) => ({ wave: j.wave, seconds: j.estimatedSeconds })),
        s.maxConcurrent,
      );
      const opens = monday + d * DAY_MS + win.startMinute * 60_000;
      members.forEach(({ j, i }, k) => {
        const p = placed[k]!;
        jobs[i] = {
          ...j,
          day: d + 1,
          date,
          window: win.name,
          slot: p.slot,
          startOffsetSeconds: p.start,
          start: new Date(opens + p.start * 1000).toISOString(),
        };
      });
      const lengthSeconds = (win.endMinute - win.startMinute) * 60;
      if (makespan > lengthSeconds) {
        issues.push({
          path: ['schedule', 'windows', w, 'end'],
          atKey: false,
          message:
            `does not fit: window "${win.name}" on day ${d + 1} (${date}) needs ${formatDuration(makespan)} ` +
            `at ${s.maxConcurrent} at once, has ${formatDuration(lengthSeconds)} (over by ${formatDuration(makespan - lengthSeconds)})`,
          hint: 'lengthen the window, raise max-concurrent, run on more days, or shorten the benchmarks',
          severity: 'error',
        });
      }
      windows.push({
        day: d + 1,
        date,
        window: win.name,
        jobs: members.length,
        jobSeconds: members.reduce((t, { j }) => t + j.estimatedSeconds, 0),
        makespanSeconds: makespan,
        lengthSeconds,
        peakConcurrent: peakOverlap(placed),
        usd: roundKnown(sumKnown(members.map(({ j }) => j.estimatedUsd))),
      });
    });
  }
  return { jobs, windows, issues };
}

/** Every job of the week in wave order, before it has a day and window. */
function draftJobs(c: Campaign, prices: PriceTable, warnings: string[]): Draft[] {
  const drafts: Draft[] = [];
  for (const m of campaignMachines(c, prices, warnings)) {
    for (const benchmark of c.benchmarks) {
      const variant = variantFor(benchmark, m.maker, c.variants);
      const seconds = c.durations[benchmark] as number;
      const hours = seconds / 3600;
      const onDemand = m.onDemandHourly === null ? null : round(hours * m.onDemandHourly);
      const spot = m.spotHourly === null ? null : round(hours * m.spotHourly);
      for (let repeat = 1; repeat <= c.repeats; repeat++) {
        drafts.push({
          id: `${variant}.${m.instanceType}.r${repeat}`,
          instanceType: m.instanceType,
          family: m.family,
          size: m.size,
          cpu: m.maker ?? 'unknown',
          arch: archOf(m.maker) ?? 'unknown',
          vcpus: m.vcpus,
          memoryGiB: m.memoryGiB,
          benchmark,
          variant,
          repeat,
          wave: m.wave,
          capacity: m.capacity,
          estimatedSeconds: seconds,
          estimatedUsd: m.capacity === 'on-demand' ? onDemand : spot,
          onDemandUsd: onDemand,
        });
      }
    }
  }
  // Repeats interleaved (all first repeats, then all second ones) so they land on different days.
  return drafts
    .map((j, i) => ({ j, i }))
    .sort((a, b) => a.j.wave - b.j.wave || a.j.repeat - b.j.repeat || a.i - b.i)
    .map(({ j }) => j);
}

/** The capacity of a size: Spot from schedule.spot's from-size on. */
export { capacityOf } from './machines.js';

function constraintsOf(
  c: Campaign,
  jobs: CampaignJob[],
  days: DayTotal[],
  windows: WindowTotal[],
): ConstraintCheck[] {
  const s = c.schedule;
  const check = (name: string, limit: number, actual: number, ok: boolean, detail: string) => ({
    name,
    limit,
    actual,
    ok,
    detail,
  });
  const busiestDay = Math.max(0, ...days.map((d) => d.jobs));
  const peak = Math.max(0, ...windows.map((w) => w.peakConcurrent));
  const over = windows.map((w) => w.makespanSeconds - w.lengthSeconds);
  const worst = Math.max(...over);
  const wavesOk = wavesInOrder(jobs);
  const offFocus = jobs.filter((j) => {
    const w = s.windows.find((x) => x.name === j.window)!;
    return !inFocus(w, j.benchmark, j.variant);
  }).length;
  const capacity = s.days * s.maxDailyJobs;
  return [
    check(
      'week-capacity',
      capacity,
      jobs.length,
      jobs.length <= capacity,
      `needs ${jobs.length} jobs; ${s.days} days x ${s.maxDailyJobs} a day = ${capacity}: fits`,
    ),
    check(
      'max-daily-jobs',
      s.maxDailyJobs,
      busiestDay,
      busiestDay <= s.maxDailyJobs,
      `busiest day: ${busiestDay} jobs`,
    ),
    check(
      'max-concurrent',
      s.maxConcurrent,
      peak,
      peak <= s.maxConcurrent,
      `most jobs at once in any window: ${peak}`,
    ),
    check(
      'window-length',
      0,
      Math.max(0, worst),
      worst <= 0,
      `every window's jobs end before it closes (least spare time ${formatDuration(Math.max(0, -worst))})`,
    ),
    check(
      'waves-in-order',
      0,
      wavesOk ? 0 : 1,
      wavesOk,
      `waves: ${s.waves}; within a window each wave starts after the previous one ends`,
    ),
    check(
      'rotation',
      0,
      offFocus,
      offFocus === 0,
      'each job runs in a window whose focus names its benchmark (or has no focus)',
    ),
  ];
}

function wavesInOrder(jobs: CampaignJob[]): boolean {
  const groups = new Map<string, CampaignJob[]>();
  for (const j of jobs)
    groups.set(`${j.day}|${j.window}`, [...(groups.get(`${j.day}|${j.window}`) ?? []), j]);
  for (const g of groups.values()) {
    for (const a of g)
      for (const b of g)
        if (a.wave < b.wave && a.startOffsetSeconds + a.estimatedSeconds > b.startOffsetSeconds) return false;
  }
  return true;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) < (b[i] as number);
  }
  return false;
}

function round(usd: number): number {
  return Math.round(usd * 1e6) / 1e6;
}

function roundKnown(usd: number | null): number | null {
  return usd === null ? null : round(usd);
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../../src/adapters/prices.js';
import { planCampaignText } from '../../../src/app/campaign-plan.js';
import type { CampaignJob, CampaignPlan } from '../../../src/domain/campaign/plan-types.js';
import { parseIsoWeek } from '../../../src/domain/campaign/week.js';

const root = path.resolve(import.meta.dirname, '../../..');
const FILE = 'experiments/weekly-instance-benchmarks.yaml';
const week = parseIsoWeek('2026-W48')!;

async function planOf(text: string) {
  return planCampaignText(FILE, text, week, await loadPrices());
}

const overlap = (a: CampaignJob, b: CampaignJob) =>
  a.startOffsetSeconds < b.startOffsetSeconds + b.estimatedSeconds &&
  b.startOffsetSeconds < a.startOffsetSeconds + a.estimatedSeconds;

describe("seed 004's weekly campaign plan", () => {
  it('honours every constraint, checked from the plan JSON itself', async () => {
    const text = await readFile(path.join(root, FILE), 'utf8');
    const checked = await planOf(text);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Through JSON, as a workflow would read plan.json.
    const plan = JSON.parse(JSON.stringify(checked.plan)) as CampaignPlan;

    // 3 families x 4 sizes x 2 benchmarks x 5 repeats, each benchmark as its architecture's variant.
    expect(plan.jobs).toHaveLength(120);
    expect(plan.totals.instanceTypes).toBe(12);
    const variantOf = (type: string, bench: string) => [
      ...new Set(
        plan.jobs.filter((j) => j.instanceType === type && j.benchmark === bench).map((j) => j.variant),
      ),
    ];
    expect(variantOf('m7i.large', 'stream')).toEqual(['stream-avx512']);
    expect(variantOf('r7a.xlarge', 'stream')).toEqual(['stream-avx2']);
    expect(variantOf('c7g.4xlarge', 'stream')).toEqual(['stream-neon']);
    expect(variantOf('m7i.2xlarge', 'hpl')).toEqual(['hpl-mkl']);
    expect(variantOf('r7a.large', 'hpl')).toEqual(['hpl-blis']);
    expect(variantOf('c7g.large', 'hpl')).toEqual(['hpl-sve']);
    expect(plan.jobs.find((j) => j.family === 'c7g')?.arch).toBe('arm64');
    expect(new Set(plan.jobs.map((j) => j.id)).size).toBe(120);
    // Every (instance type, variant) has all its repeats.
    for (const t of new Set(plan.jobs.map((j) => `${j.instanceType}/${j.variant}`)))
      expect(
        plan.jobs
          .filter((j) => `${j.instanceType}/${j.variant}` === t)
          .map((j) => j.repeat)
          .sort(),
      ).toEqual([1, 2, 3, 4, 5]);

    // max-daily-jobs: 30 a day over 7 days; every day within the week's dates.
    const perDay = new Map<number, number>();
    for (const j of plan.jobs) perDay.set(j.day, (perDay.get(j.day) ?? 0) + 1);
    for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(30);
    expect([...perDay.keys()].every((d) => d >= 1 && d <= 7)).toBe(true);
    expect(plan.days.map((d) => d.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(plan.days.reduce((t, d) => t + d.jobs, 0)).toBe(120);

    const windows: Record<string, [number, number]> = {
      morning: [8 * 60, 12 * 60],
      afternoon: [14 * 60, 20 * 60],
      evening: [20 * 60, 24 * 60],
    };
    const groups = new Map<string, CampaignJob[]>();
    for (const j of plan.jobs)
      groups.set(`${j.day}|${j.window}`, [...(groups.get(`${j.day}|${j.window}`) ?? []), j]);
    for (const [key, jobs] of groups) {
      const name = key.split('|')[1] as string;
      const [open, close] = windows[name]!;
      for (const j of jobs) {
        // Inside the window, by the job's own start time and estimated end.
        const start = new Date(j.start);
        const minute = start.getUTCHours() * 60 + start.getUTCMinutes();
        expect(start.toISOString().slice(0, 10)).toBe(j.date);
        expect(minute).toBeGreaterThanOrEqual(open);
        expect(j.startOffsetSeconds + j.estimatedSeconds).toBeLessThanOrEqual((close - open) * 60);
        // max-concurrent: no instant has more than 5 jobs of this window running.
        expect(jobs.filter((o) => overlap(o, j)).length).toBeLessThanOrEqual(5);
        expect(j.slot).toBeGreaterThanOrEqual(1);
        expect(j.slot).toBeLessThanOrEqual(5);
        // Waves in order: a larger size never starts before a smaller one has finished.
        for (const o of jobs)
          if (o.wave < j.wave)
            expect(o.startOffsetSeconds + o.estimatedSeconds).toBeLessThanOrEqual(j.startOffsetSeconds);
        // Lanes never overlap.
        for (const o of jobs) if (o !== j && o.slot === j.slot) expect(overlap(o, j)).toBe(false);
      }
    }
    // Rotation via focus: STREAM in the morning, HPL in the afternoon.
    expect(new Set(plan.jobs.filter((j) => j.benchmark === 'stream').map((j) => j.window))).toEqual(
      new Set(['morning']),
    );
    expect(new Set(plan.jobs.filter((j) => j.benchmark === 'hpl').map((j) => j.window))).toEqual(
      new Set(['afternoon']),
    );
    // Repeats of one instance type and variant spread over days, not piled on one.
    const m7iStreamDays = new Set(
      plan.jobs.filter((j) => j.instanceType === 'm7i.large' && j.benchmark === 'stream').map((j) => j.day),
    );
    expect(m7iStreamDays.size).toBe(5);

    // Waves by size: large 1, xlarge 2, 2xlarge 3, 4xlarge 4.
    const waveOf = (size: string) => [
      ...new Set(plan.jobs.filter((j) => j.size === size).map((j) => j.wave)),
    ];
    expect([waveOf('large'), waveOf('xlarge'), waveOf('2xlarge'), waveOf('4xlarge')]).toEqual([
      [1],
      [2],
      [3],
      [4],
    ]);
    // Spot from xlarge on, with on-demand fallback; large on demand.
    for (const j of plan.jobs)
      expect(j.capacity).toBe(j.size === 'large' ? 'on-demand' : 'spot-then-on-demand');

    // Cost from the price table: m7i.large on demand for 10 minutes; c7g.4xlarge on Spot for 20.
    const m7i = plan.jobs.find((j) => j.id === 'stream-avx512.m7i.large.r1')!;
    expect(m7i.estimatedSeconds).toBe(600);
    expect(m7i.estimatedUsd).toBeCloseTo(0.1008 / 6, 6);
    const c7g = plan.jobs.find((j) => j.id === 'hpl-sve.c7g.4xlarge.r3')!;
    expect(c7g.estimatedUsd).toBeCloseTo(0.1682 / 3, 6);
    expect(c7g.onDemandUsd).toBeCloseTo(0.58 / 3, 6);
    const total = plan.jobs.reduce((t, j) => t + (j.estimatedUsd ?? 0), 0);
    expect(plan.totals.usd).toBeCloseTo(total, 4);
    expect(plan.windows.reduce((t, w) => t + w.usd!, 0)).toBeCloseTo(total, 4);

    // The plan states what it honoured, and all of it holds.
    expect(plan.constraints.map((c) => c.name)).toEqual([
      'week-capacity',
      'max-daily-jobs',
      'max-concurrent',
      'window-length',
      'waves-in-order',
      'rotation',
    ]);
    expect(plan.constraints.filter((c) => !c.ok)).toEqual([]);
    expect(plan.constraints[0]?.detail).toBe('needs 120 jobs; 7 days x 30 a day = 210: fits');
    // The seed's focus names benchmarks the campaign does not run: said, not hidden.
    expect(checked.problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual([
      expect.stringContaining('focus "stream-cache"'),
      expect.stringContaining('focus "hpl-vector"'),
      expect.stringContaining('focus "micro-latency"'),
    ]);
  });

  it('is the same plan for the same file and week, and dated by the week', async () => {
    const text = await readFile(path.join(root, FILE), 'utf8');
    const a = await planOf(text);
    const b = await planOf(text);
    expect(JSON.stringify(a.plan)).toBe(JSON.stringify(b.plan));
    const other = planCampaignText(FILE, text, parseIsoWeek('2026-W49')!, await loadPrices());
    expect(other.plan?.days[0]?.date).toBe('2026-11-30');
  });

  it('fills max-concurrent lanes without exceeding them when waves do not hold jobs back', async () => {
    const text = (await readFile(path.join(root, FILE), 'utf8')).replace('waves: by-size', 'waves: none');
    const plan = (await planOf(text)).plan!;
    expect(new Set(plan.jobs.map((j) => j.wave))).toEqual(new Set([1]));
    expect(Math.max(...plan.windows.map((w) => w.peakConcurrent))).toBe(5);
    for (const j of plan.jobs) {
      const same = plan.jobs.filter((o) => o.day === j.day && o.window === j.window);
      expect(same.filter((o) => overlap(o, j)).length).toBeLessThanOrEqual(5);
    }
    expect(plan.constraints.every((c) => c.ok)).toBe(true);
  });

  it('refuses a week that does not fit the daily quota, saying by how much and where', async () => {
    const text = (await readFile(path.join(root, FILE), 'utf8')).replace('repeats: 5', 'repeats: 9');
    const checked = await planOf(text);
    expect(checked.plan).toBeUndefined();
    const errors = checked.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('does not fit: 216 jobs > 210 = 7 days x 30 a day (short by 6)');
    expect(errors[0]?.hint).toContain('raise max-daily-jobs to 31');
    const line = text.split('\n').findIndex((l) => l.includes('max-daily-jobs')) + 1;
    expect(errors[0]?.line).toBe(line);
  });

  it('refuses a window too short for its jobs at max-concurrent', async () => {
    const text = (await readFile(path.join(root, FILE), 'utf8'))
      .replace("end: '12:00'", "end: '08:30'")
      .replace('max-concurrent: 5', 'max-concurrent: 1');
    const checked = await planOf(text);
    expect(checked.plan).toBeUndefined();
    const errors = checked.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.message).toMatch(
      /^does not fit: window "morning" on day 1 \(2026-11-23\) needs 1h30m at 1 at once, has 30m \(over by 1h\)$/,
    );
    const line = text.split('\n').findIndex((l) => l.includes("'08:30'")) + 1;
    expect(errors[0]?.line).toBe(line);
  });
});

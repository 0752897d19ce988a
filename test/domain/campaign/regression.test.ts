import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/domain/campaign/history.js';
import { compareWeek } from '../../../src/domain/campaign/regression.js';
import {
  campaignMarkdown,
  campaignTerminal,
  sparkline,
} from '../../../src/domain/campaign/campaign-report.js';

function entry(
  week: string,
  benchmark: string,
  samples: number[],
  better: 'higher' | 'lower' = 'higher',
): HistoryEntry {
  return {
    week,
    date: '2026-11-23',
    instanceType: 'c7g.large',
    benchmark,
    base: benchmark.split('-')[0]!,
    metric: better === 'higher' ? 'triad_gbps' : 'latency_ns',
    better,
    unit: better === 'higher' ? 'GB/s' : 'ns',
    samples,
    metrics: {},
    runId: 'r',
  };
}

const settings = (test: 'mann-whitney' | 'welch' = 'mann-whitney', againstWeeks = 1) => ({
  quality: { maxCv: 0.05 },
  regression: { againstWeeks, test, threshold: 0.05, alpha: 0.05 },
});

describe('comparing a week with earlier weeks', () => {
  const w47 = [10.0, 10.1, 9.9, 10.05, 9.95];
  it('flags a significant drop beyond the threshold, with n and p', () => {
    const [c] = compareWeek(
      '2026-W48',
      [entry('2026-W47', 'stream-neon', w47), entry('2026-W48', 'stream-neon', [8.0, 8.1, 7.9, 8.05, 7.95])],
      settings(),
    );
    expect(c).toMatchObject({
      verdict: 'regression',
      current: { median: 8, n: 5 },
      previous: { median: 10, n: 5, weeks: ['2026-W47'] },
    });
    expect(c!.changePct).toBeCloseTo(-20, 10);
    expect(c!.p).toBeCloseTo(2 / 252, 12);
  });

  it('calls a rise of a lower-is-better metric a regression and a fall an improvement', () => {
    const up = compareWeek(
      '2026-W48',
      [
        entry('2026-W47', 'micro-latency', [80, 81, 79, 80.5, 79.5], 'lower'),
        entry('2026-W48', 'micro-latency', [90, 91, 89, 90.5, 89.5], 'lower'),
      ],
      settings(),
    );
    expect(up[0]?.verdict).toBe('regression');
    const down = compareWeek(
      '2026-W48',
      [
        entry('2026-W47', 'micro-latency', [90, 91, 89, 90.5, 89.5], 'lower'),
        entry('2026-W48', 'micro-latency', [80, 81, 79, 80.5, 79.5], 'lower'),
      ],
      settings(),
    );
    expect(down[0]?.verdict).toBe('improvement');
  });

  it('does not flag a significant move smaller than the threshold, nor a large one that is not significant', () => {
    const small = compareWeek(
      '2026-W48',
      [
        entry('2026-W47', 'stream-neon', w47),
        entry(
          '2026-W48',
          'stream-neon',
          w47.map((x) => x * 0.98),
        ),
      ],
      settings(),
    );
    expect(small[0]).toMatchObject({ verdict: 'unchanged' });
    expect(small[0]?.p).toBeLessThan(0.05);
    // Two samples a week cannot reach p < 0.05 with Mann-Whitney (smallest two-sided p is 1/3):
    // that is untestable, not unchanged.
    const few = compareWeek(
      '2026-W48',
      [entry('2026-W47', 'stream-neon', [10, 10.1]), entry('2026-W48', 'stream-neon', [5, 5.1])],
      settings(),
    );
    expect(few[0]).toMatchObject({ verdict: 'untestable', p: 1 / 3 });
    expect(few[0]?.reason).toMatch(/smallest exact p for 2 against 2 is 0.33, never below alpha 0.05/);
  });

  it('flags a noisy week instead of comparing it', () => {
    const [c] = compareWeek(
      '2026-W48',
      [entry('2026-W47', 'stream-neon', w47), entry('2026-W48', 'stream-neon', [5, 10, 7, 12, 6])],
      settings(),
    );
    expect(c?.verdict).toBe('noisy');
    expect(c?.p).toBeUndefined();
    expect(c?.reason).toMatch(/^noisy, not trusted: this week's cv 0\.\d+ > 0\.05$/);
  });

  it("pools the last N earlier weeks with weeks:N, and uses Welch's test when asked", () => {
    const history = [
      entry('2026-W45', 'stream-neon', [1, 1, 1, 1, 1]),
      entry('2026-W46', 'stream-neon', w47),
      entry('2026-W47', 'stream-neon', w47),
      entry('2026-W48', 'stream-neon', [8.0, 8.1, 7.9, 8.05, 7.95]),
    ];
    const [c] = compareWeek('2026-W48', history, settings('welch', 2));
    expect(c?.previous).toMatchObject({ n: 10, weeks: ['2026-W46', '2026-W47'] });
    expect(c?.test).toBe('welch');
    expect(c?.verdict).toBe('regression');
    expect(c?.trend.map((t) => t.week)).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    // The first week in history has nothing to compare with.
    expect(compareWeek('2026-W45', history, settings())[0]?.verdict).toBe('new');
  });

  it('renders the table in Markdown and for the terminal', () => {
    const comparisons = compareWeek(
      '2026-W48',
      [entry('2026-W47', 'stream-neon', w47), entry('2026-W48', 'stream-neon', [8.0, 8.1, 7.9, 8.05, 7.95])],
      settings(),
    );
    const summary = {
      campaign: 'weekly',
      week: '2026-W48',
      window: 'morning on day 1 (2026-11-23)',
      jobs: 10,
      succeeded: 9,
      failed: 1,
      attempts: 12,
      retries: 2,
      estimatedUsd: 0.5,
      actualUsd: 0.25,
      comparisons,
    };
    const md = campaignMarkdown(summary);
    expect(md).toContain(
      '| instance | benchmark | this week median [n] | previous median [n] | change | p-value | verdict | trend |',
    );
    expect(md).toContain(
      '| c7g.large | stream-neon | 8.00 GB/s \\[5\\] | 10.00 GB/s \\[5\\] | \\-20.0% \\[-21.0%, -18.9%\\] | 0.0079 | regression |',
    );
    expect(md).toContain('9/10 jobs succeeded (90% success rate), 1 failed, 12 attempts (2 retries)');
    expect(md).toContain('cost: $0.2500 actual against $0.5000 estimated');
    const term = campaignTerminal(summary);
    expect(term).toContain('1 regression: stream-neon on c7g.large (p 0.0079)');
    expect(term).toMatch(
      /c7g\.large +stream-neon +8\.00 GB\/s \[5\] +10\.00 GB\/s \[5\] +-20\.0% \[-21\.0%, -18\.9%\] +0\.0079 +regression/,
    );
    expect(sparkline([10, 10, 8])).toBe('██▁');
  });

  const summaryOf = (comparisons: ReturnType<typeof compareWeek>, succeeded = 6, jobs = 6) => ({
    campaign: 'weekly',
    week: '2026-W48',
    window: 'morning on day 1 (2026-11-23)',
    jobs,
    succeeded,
    failed: jobs - succeeded,
    attempts: jobs,
    retries: 0,
    estimatedUsd: 0.5,
    actualUsd: 0.25,
    comparisons,
  });

  it('never says "no regression" when nothing could be tested, and says why', () => {
    // 3 against 3 with Mann-Whitney: +732.8% that no test can confirm.
    const few = compareWeek(
      '2026-W48',
      [
        entry('2026-W47', 'micro-latency', [10, 10.1, 9.9], 'lower'),
        entry('2026-W48', 'micro-latency', [83.28, 83.3, 83.26], 'lower'),
      ],
      settings(),
    );
    expect(few[0]?.verdict).toBe('untestable');
    const md = campaignMarkdown(summaryOf(few));
    expect(md).not.toContain('no regression\n');
    expect(md).toContain(
      'no regression could be tested: too few repeats for Mann-Whitney: the smallest exact p for 3 against 3 is 0.10',
    );
    expect(md).toContain(
      'large changes not confirmed by a test, look at them: micro-latency on c7g.large +733% (untestable)',
    );
  });

  it('counts noisy rows and failed jobs as reasons, and says what was tested', () => {
    const noisy = compareWeek(
      '2026-W48',
      [entry('2026-W47', 'stream-neon', w47), entry('2026-W48', 'stream-neon', [5, 10, 7, 12, 6])],
      settings(),
    );
    expect(campaignTerminal(summaryOf(noisy))).toContain('no regression could be tested: noisy');
    expect(campaignTerminal(summaryOf([], 0, 1))).toContain(
      'no regression could be tested: 0 of 1 jobs succeeded',
    );
    const mixed = compareWeek(
      '2026-W48',
      [
        entry('2026-W47', 'stream-neon', w47),
        entry(
          '2026-W48',
          'stream-neon',
          w47.map((x) => x * 1.001),
        ),
        entry('2026-W47', 'stream-sve', w47),
        entry('2026-W48', 'stream-sve', [5, 10, 7, 12, 6]),
      ],
      settings(),
    );
    expect(campaignTerminal(summaryOf(mixed))).toContain(
      'no regression in 1 tested row; 1 not tested: noisy',
    );
  });
});

import { escapeMarkdown } from '../report/escape.js';
import type { Comparison } from './regression.js';
import { formatP, LARGE_CHANGE, pct } from '../stats/compare-samples.js';

export interface CampaignRunSummary {
  campaign: string;
  week: string;
  /** e.g. "morning on day 1 (2026-11-23)". */
  window: string;
  jobs: number;
  succeeded: number;
  failed: number;
  /** Every attempt made, failed ones included: campaign retry rounds and the backend's own retries. */
  attempts: number;
  /** Attempts beyond the first, over all jobs. */
  retries: number;
  /** Null when the price table lacks a job's price: unknown, never $0. */
  estimatedUsd: number | null;
  /** Measured wall time priced at each job's instance type and capacity; null when one cannot be priced. */
  actualUsd: number | null;
  /** How a null cost reads: "unknown" (an instance type the price table lacks), "not priced" (a node type without a price). */
  unpriced?: string;
  comparisons: Comparison[];
  /** Why the numbers may not be what they are named after (jobs not pinned to their instance types). */
  warnings?: string[];
}

const SPARK = '▁▂▃▄▅▆▇█';

/** Weekly medians as a sparkline, oldest first: the trend per instance type at a glance. */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => SPARK[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * 7)]).join('');
}

function num(v: number): string {
  if (!Number.isFinite(v)) return '-';
  return Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

function rows(s: CampaignRunSummary): string[][] {
  return s.comparisons.map((c) => [
    c.instanceType,
    c.benchmark,
    `${num(c.current.median)} ${c.unit} [${c.current.n}]`,
    c.previous ? `${num(c.previous.median)} ${c.unit} [${c.previous.n}]` : '-',
    change(c),
    c.p === undefined ? '-' : formatP(c.p),
    c.verdict === 'noisy' ? 'noisy, not trusted' : c.verdict,
    sparkline(c.trend.map((t) => t.median)),
  ]);
}

const HEAD = [
  'instance',
  'benchmark',
  'this week median [n]',
  'previous median [n]',
  'change',
  'p-value',
  'verdict',
  'trend',
];

function change(c: Comparison): string {
  if (c.changePct === undefined) return '-';
  const point = `${c.changePct >= 0 ? '+' : ''}${c.changePct.toFixed(1)}%`;
  return c.changeCi ? `${point} [${pct(c.changeCi[0])}, ${pct(c.changeCi[1])}]` : point;
}

function dollars(usd: number | null, unpriced = 'unknown'): string {
  return usd === null ? unpriced : `$${usd.toFixed(4)}`;
}

function headline(s: CampaignRunSummary): string[] {
  const rate = s.jobs === 0 ? 0 : (s.succeeded / s.jobs) * 100;
  const flagged = s.comparisons.filter((c) => c.verdict === 'regression');
  return [
    `${s.succeeded}/${s.jobs} jobs succeeded (${rate.toFixed(0)}% success rate), ${s.failed} failed, ${s.attempts} attempts (${s.retries} retries)`,
    `cost: ${dollars(s.actualUsd, s.unpriced)} actual against ${dollars(s.estimatedUsd, s.unpriced)} estimated`,
    flagged.length === 0
      ? regressionFree(s)
      : `${flagged.length} regression${flagged.length === 1 ? '' : 's'}: ${flagged.map((c) => `${c.benchmark} on ${c.instanceType} (p ${formatP(c.p as number)})`).join(', ')}`,
    ...largeChanges(s.comparisons),
  ];
}

const TESTED = new Set(['regression', 'improvement', 'unchanged']);

/**
 * "No regression" only for what was tested: rows that could not be judged are counted with
 * their reasons, and with none tested the line says no regression could be tested at all.
 */
function regressionFree(s: CampaignRunSummary): string {
  const tested = s.comparisons.filter((c) => TESTED.has(c.verdict)).length;
  const why = new Map<string, number>();
  if (s.jobs > 0 && s.succeeded === 0) why.set(`${s.succeeded} of ${s.jobs} jobs succeeded`, 1);
  for (const c of s.comparisons) {
    if (TESTED.has(c.verdict)) continue;
    const reason = c.verdict === 'noisy' ? 'noisy' : c.verdict === 'new' ? 'new, no earlier week' : c.reason;
    why.set(reason, (why.get(reason) ?? 0) + 1);
  }
  if (s.comparisons.length === 0 && why.size === 0) why.set('no benchmark reported a result', 1);
  const reasons = [...why].map(([reason, n]) => (n > 1 ? `${n} rows ${reason}` : reason)).join('; ');
  if (tested === 0) return `no regression could be tested: ${reasons}`;
  const of = `no regression in ${tested} tested row${tested === 1 ? '' : 's'}`;
  return why.size === 0 ? of : `${of}; ${s.comparisons.length - tested} not tested: ${reasons}`;
}

/** Large moves no test confirmed: never to be read as "unchanged". */
function largeChanges(comparisons: readonly Comparison[]): string[] {
  const big = comparisons.filter(
    (c) =>
      c.verdict !== 'regression' &&
      c.verdict !== 'improvement' &&
      Math.abs(c.changePct ?? 0) >= LARGE_CHANGE * 100,
  );
  if (big.length === 0) return [];
  const list = big.map(
    (c) => `${c.benchmark} on ${c.instanceType} ${pct((c.changePct as number) / 100)} (${c.verdict})`,
  );
  return [`large changes not confirmed by a test, look at them: ${list.join(', ')}`];
}

export function campaignMarkdown(s: CampaignRunSummary): string {
  const table = [HEAD, HEAD.map(() => '---'), ...rows(s).map((r) => r.map(escapeMarkdown))]
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n');
  const notes = s.comparisons.map((c) => `- ${c.benchmark} on ${c.instanceType}: ${c.reason}`).join('\n');
  return [
    `## Campaign ${s.campaign}, week ${s.week}, ${s.window}`,
    '',
    ...(s.warnings ?? []).flatMap((w) => [`> **Warning:** ${escapeMarkdown(w)}`, '']),
    ...headline(s).map((l) => `- ${l}`),
    '',
    table,
    '',
    `Compared with ${s.comparisons[0]?.test ?? 'mann-whitney'}; [n] is the number of samples.`,
    '',
    notes,
    '',
  ].join('\n');
}

export function campaignTerminal(s: CampaignRunSummary): string {
  const all = [HEAD, ...rows(s)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r.map((cell, i) => cell + ' '.repeat((widths[i] as number) - [...cell].length)).join('  ');
  return [
    `campaign ${s.campaign}, week ${s.week}, ${s.window}`,
    ...(s.warnings ?? []).map((w) => `warning: ${w}`),
    ...headline(s),
    '',
    ...all.map(line),
    '',
    ...s.comparisons.map((c) => `${c.benchmark} on ${c.instanceType}: ${c.reason}`),
    '',
  ].join('\n');
}

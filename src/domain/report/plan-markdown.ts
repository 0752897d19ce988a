/**
 * A plan as GitHub-flavoured Markdown for a job summary: what will run, on what, how long and
 * what it may cost. Everything from the experiment file is escaped: `core.summary` does not.
 */
import { markdownTable } from 'markdown-table';
import type { Plan } from '../plan/plan.js';
import { clip, escapeMarkdown } from './escape.js';
import { formatCount, formatSeconds, formatTotalUsd, formatUsd, plural } from './format.js';

/** Rows beyond this go to the plan JSON output; a summary is for reading. */
const MAX_ROWS = 60;

export function renderPlanMarkdown(plan: Plan): string {
  const repeats = Math.max(1, ...plan.jobs.map((j) => j.repeat));
  // Without a measured earlier run, estimates are the jobs' timeouts: an upper bound.
  const bound = (basis: string) => (basis === 'timeout' ? '≤ ' : '');
  const rows = plan.estimates.slice(0, MAX_ROWS).map((e) => {
    const compute = plan.jobs.find((j) => j.cellId === e.cellId && j.stage === e.stage)?.compute;
    const runsOn = compute
      ? `${compute.backend}${compute.instanceType ? ` ${compute.instanceType}` : ''} ${compute.capacity}`
      : '';
    return [
      escapeMarkdown(clip(e.stage, 100)),
      escapeMarkdown(clip(e.cellId, 200)),
      formatCount(e.jobs * repeats),
      formatCount(e.vcpus),
      escapeMarkdown(runsOn),
      `${bound(e.basis)}${formatSeconds(e.seconds)}`,
      e.usd === null ? 'unknown' : `${bound(e.basis)}${formatUsd(e.usd * repeats)}`,
    ];
  });
  const t = plan.totals;
  const worstCase = plan.estimates.some((e) => e.basis === 'timeout');
  const about = worstCase ? 'at most' : 'about';
  const lines = [
    `### Plan · ${escapeMarkdown(clip(plan.experiment, 200))}`,
    '',
    `<sub>file ${escapeMarkdown(clip(plan.file, 200))}</sub>`,
    '',
    `**${plural(t.jobs, 'job')}** in ${plural(t.cells, 'cell')} × ${plural(plan.stages.length, 'stage')} · **${t.vcpuHours.toFixed(2)} vCPU-hours** · ` +
      `peak ${formatCount(t.peakVcpus)} vCPUs` +
      (t.uncappedPeakVcpus === undefined
        ? ''
        : ` (budget.max-vcpus; ${formatCount(t.uncappedPeakVcpus)} if every job of a stage ran at once)`) +
      ` · time ${about} ${formatSeconds(t.seconds)} · ` +
      `**estimated cost ${t.usd === null ? '' : `${about} `}${formatTotalUsd(t.usd)}** (compute ${formatTotalUsd(t.computeUsd)}, ` +
      `storage ${formatTotalUsd(t.storageUsd)}, transfer ${formatTotalUsd(t.transferUsd)})`,
    '',
    markdownTable([['stage', 'cell', 'jobs', 'vCPUs', 'runs on', 'time/repeat', 'cost'], ...rows], {
      align: ['l', 'l', 'r', 'r', 'l', 'r', 'r'],
      alignDelimiters: false,
    }),
  ];
  if (plan.estimates.length > MAX_ROWS) {
    lines.push('', `_${plan.estimates.length - MAX_ROWS} more rows in the \`plan\` output._`);
  }
  for (const why of t.unpriced ?? []) lines.push('', `_Cost unknown: ${escapeMarkdown(clip(why, 300))}._`);
  if (worstCase) lines.push('', "_Bounds from the jobs' timeouts: no earlier run has measured them._");
  if (plan.sensitivity) lines.push('', `Detectable: ${escapeMarkdown(plan.sensitivity.statement)}`);
  for (const w of plan.warnings) lines.push('', `> [!WARNING]\n> ${escapeMarkdown(clip(w, 1000))}`);
  lines.push('', `<sub>prices: ${escapeMarkdown(clip(plan.priceSnapshot, 200))}</sub>`);
  return `${lines.join('\n')}\n`;
}

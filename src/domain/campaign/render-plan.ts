import type { CampaignPlan } from './plan-types.js';
import { formatDuration } from '../experiment/units.js';

/** The week's plan for a person: totals per day and window, and the constraints honoured. */
export function renderCampaignPlan(plan: CampaignPlan): string {
  const lines = [
    `${plan.campaign}, week ${plan.week} (${plan.nodeTypes ? 'cluster' : plan.region}): ${plan.totals.jobs} jobs on ` +
      `${plan.totals.instanceTypes} ${plan.nodeTypes ? 'node' : 'instance'} types, ` +
      `estimated ${usd2(plan.totals.usd)}${allOnDemand(plan)}`,
    `variants: ${plan.totals.variants.join(', ')}`,
    `prices: ${plan.priceSnapshot}`,
    '',
    'day  date        window      jobs  busy      makespan/length  peak  cost',
  ];
  for (const w of plan.windows) {
    if (w.jobs === 0) continue;
    lines.push(
      `${String(w.day).padEnd(4)} ${w.date}  ${w.window.padEnd(10)}  ${String(w.jobs).padStart(4)}  ` +
        `${formatDuration(w.jobSeconds).padEnd(8)}  ${`${formatDuration(w.makespanSeconds)}/${formatDuration(w.lengthSeconds)}`.padEnd(15)}  ` +
        `${String(w.peakConcurrent).padStart(4)}  ${usd2(w.usd)}`,
    );
  }
  lines.push('', 'per day:');
  for (const d of plan.days) lines.push(`  ${d.date}  ${String(d.jobs).padStart(4)} jobs  ${usd2(d.usd)}`);
  lines.push('');
  for (const c of plan.constraints) lines.push(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

/** A price the table lacks makes a total unknown, and it says so rather than $0.00. */
/** What the week costs with no Spot: only for instance types; node types have no capacity to choose. */
function allOnDemand(plan: CampaignPlan): string {
  return plan.nodeTypes ? '' : ` (${usd2(plan.totals.onDemandUsd)} all on demand)`;
}

function usd2(usd: number | null): string {
  return usd === null ? 'unknown' : `$${usd.toFixed(2)}`;
}

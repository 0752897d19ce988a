/**
 * The "Recommendation" section: the time-cost table with the frontier marked, the answers to the
 * file's decide: questions, the projection of the recommended cell, and the advice. Shared by
 * every renderer; cell ids and advice come from the file and the workload, so renderers escape.
 */
import type { Recommendation, ReportModel } from './model.js';
import { formatSeconds, formatSecondsInterval, formatTotalUsd, formatUsd } from './format.js';
import type { Table } from './tables.js';

/** Rows beyond this are left to the JSON report: a section is for reading. */
const MAX_ROWS = 40;

export function recommendationTable(rec: Recommendation): Table {
  const rows = [...rec.points]
    .sort((a, b) => Number(b.onFrontier) - Number(a.onFrontier) || a.seconds - b.seconds)
    .slice(0, MAX_ROWS)
    .map((p) => [
      p.cellId === rec.recommended ? `${p.cellId} ◀` : p.cellId,
      formatSeconds(p.seconds),
      formatSecondsInterval(p.secondsCi),
      formatUsd(p.usd),
      `[${formatUsd(p.usdCi[0])}, ${formatUsd(p.usdCi[1])}]`,
      p.onFrontier ? { text: 'yes', tone: 'good' as const } : 'no',
    ]);
  return {
    headers: ['Cell', 'Time/run', 'CI', 'Cost/run', 'CI', 'Frontier'],
    align: ['l', 'r', 'r', 'r', 'r', 'l'],
    rows,
  };
}

/** Per instance type: its fastest cell, cost, runs per dollar and per vCPU-hour. */
export function instanceTypeTable(rec: Recommendation): Table | undefined {
  if (rec.byInstanceType.length === 0) return undefined;
  const n = (x: number | null) => (x === null ? '—' : Number(x.toPrecision(3)).toString());
  return {
    headers: ['Instance type', 'CPU', 'Cells', 'Fastest', 'Cost/run', 'Runs/$', 'Runs/vCPU-h'],
    align: ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
    rows: rec.byInstanceType.map((t) => [
      t.instanceType,
      t.cpuModels.join(', ') || '—',
      String(t.cells),
      formatSeconds(t.seconds),
      formatUsd(t.usd),
      n(t.runsPerDollar),
      n(t.runsPerVcpuHour),
    ]),
  };
}

/** The answers, projection and advice, one sentence each. */
export function recommendationLines(rec: Recommendation): string[] {
  const lines: string[] = [];
  if (rec.withinBudget) {
    const a = rec.withinBudget;
    lines.push(
      a.cellId === undefined
        ? `Fastest within ${formatUsd(a.limit)} a run: no measured cell costs that little.`
        : `Fastest within ${formatUsd(a.limit)} a run: ${a.cellId}${a.sure ? '' : ' (its interval reaches over the budget)'}.`,
    );
  }
  if (rec.withinDeadline) {
    const a = rec.withinDeadline;
    lines.push(
      a.cellId === undefined
        ? `Cheapest within ${formatSeconds(a.limit)} a run: no measured cell is that fast.`
        : `Cheapest within ${formatSeconds(a.limit)} a run: ${a.cellId}${a.sure ? '' : ' (its interval reaches past the deadline)'}.`,
    );
  }
  lines.push(`Recommended: ${rec.recommended}, ${rec.why}.`);
  const p = rec.projection;
  const at = p.scale === 1 ? 'per run' : `at ${p.scale}× the measured work`;
  for (const s of p.stages) {
    lines.push(
      `Projection ${at}, stage ${s.stage}: ${formatSeconds(s.seconds)} ${formatSecondsInterval(s.secondsCi)}, ${formatTotalUsd(s.usd)} (cost scaled on the same basis as time).`,
    );
  }
  if (rec.unpriced.length > 0)
    lines.push(`Not compared on cost (price unknown): ${rec.unpriced.join(', ')}.`);
  for (const a of rec.advice) lines.push(`Advice: ${a}`);
  return lines;
}

export function hasRecommendation(
  model: ReportModel,
): model is ReportModel & { recommendation: Recommendation } {
  return model.recommendation !== undefined;
}

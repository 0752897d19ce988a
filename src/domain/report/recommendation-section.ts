/**
 * The "Recommendation" section: the time-cost table with the frontier marked, the answers to the
 * file's decide: questions, the projection of the recommended cell, and the advice. Shared by
 * every renderer; cell ids and advice come from the file and the workload, so renderers escape.
 */
import type { DecisionAnswer, Recommendation, ReportModel } from './model.js';
import { formatSeconds, formatSecondsInterval, formatTotalUsd, formatUsd } from './format.js';
import { para, table, type Section } from './section.js';
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
  for (const key of ['withinBudget', 'withinDeadline'] as const) {
    const answer = rec[key];
    if (answer) lines.push(answerLine(QUESTIONS[key], answer));
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

/** How the answer to each decide: question reads. */
const QUESTIONS = {
  withinBudget: {
    ask: (usd: number) => `Fastest within ${formatUsd(usd)} a run`,
    none: 'no measured cell costs that little',
    unsure: 'over the budget',
  },
  withinDeadline: {
    ask: (seconds: number) => `Cheapest within ${formatSeconds(seconds)} a run`,
    none: 'no measured cell is that fast',
    unsure: 'past the deadline',
  },
};

/** The cell that answers, said unsure when its interval crosses the limit. */
function answerLine(q: (typeof QUESTIONS)[keyof typeof QUESTIONS], a: DecisionAnswer): string {
  const question = q.ask(a.limit);
  if (a.cellId === undefined) return `${question}: ${q.none}.`;
  return `${question}: ${a.cellId}${a.sure ? '' : ` (its interval reaches ${q.unsure})`}.`;
}

/** Time against cost with the frontier, per instance type, the decide: answers and advice. */
export function recommendationSection(model: ReportModel): Section[] {
  const rec = model.recommendation;
  if (rec === undefined) return [];
  const types = instanceTypeTable(rec);
  const blocks = [
    table(recommendationTable(rec)),
    ...(types != null ? [table(types)] : []),
    ...recommendationLines(rec).map(para),
  ];
  return [{ key: 'recommendation', title: 'Recommendation', display: 'open', blocks }];
}

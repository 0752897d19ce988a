/**
 * Head against base: the median wall time of each cell in both reports and the change, so a
 * PR shows whether it made the workload faster or slower than the branch it merges into.
 */
import { markdownTable } from 'markdown-table';
import { clip, escapeMarkdown } from './escape.js';
import { formatSeconds } from './format.js';
import type { ReportModel } from './model.js';

export interface CellChange {
  stage: string;
  cellId: string;
  baseMedian?: number;
  headMedian?: number;
  /** (head - base) / base; undefined when either side has no measurement. */
  change?: number;
}

/** Changes within this fraction are shown as noise, not as a win or a loss. */
const NOISE = 0.05;

export function compareCells(base: ReportModel, head: ReportModel): CellChange[] {
  const key = (stage: string, cellId: string) => `${stage}\u0000${cellId}`;
  const baseCells = new Map(base.cells.map((c) => [key(c.stage, c.cellId), c]));
  const seen = new Set<string>();
  const out: CellChange[] = [];
  for (const cell of head.cells) {
    const k = key(cell.stage, cell.cellId);
    seen.add(k);
    const before = baseCells.get(k);
    out.push(
      change(
        cell.stage,
        cell.cellId,
        before?.wall.n ? before.wall.median : undefined,
        cell.wall.n ? cell.wall.median : undefined,
      ),
    );
  }
  for (const cell of base.cells) {
    if (!seen.has(key(cell.stage, cell.cellId)))
      out.push(change(cell.stage, cell.cellId, cell.wall.n ? cell.wall.median : undefined, undefined));
  }
  return out;
}

function change(stage: string, cellId: string, baseMedian?: number, headMedian?: number): CellChange {
  const c: CellChange = { stage, cellId };
  if (baseMedian !== undefined) c.baseMedian = baseMedian;
  if (headMedian !== undefined) c.headMedian = headMedian;
  if (baseMedian !== undefined && headMedian !== undefined && baseMedian > 0)
    c.change = (headMedian - baseMedian) / baseMedian;
  return c;
}

export function formatChange(change: number | undefined): string {
  if (change === undefined || !Number.isFinite(change)) return '—';
  const pct = `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%`;
  if (Math.abs(change) < NOISE) return pct;
  // Wall time: lower is better.
  return `${change < 0 ? '✅' : '❌'} ${pct}`;
}

/** A section for the report body; `maxRows` keeps it small beside the report. */
export function renderBaselineMarkdown(base: ReportModel, head: ReportModel, maxRows = 40): string {
  const changes = compareCells(base, head);
  const rows = changes
    .slice(0, maxRows)
    .map((c) => [
      escapeMarkdown(clip(c.stage, 80)),
      escapeMarkdown(clip(c.cellId, 160)),
      formatSeconds(c.baseMedian),
      formatSeconds(c.headMedian),
      formatChange(c.change),
    ]);
  const lines = [
    '### Compared with the base branch',
    '',
    `<sub>base run ${escapeMarkdown(clip(base.run.id, 100))}` +
      `${base.run.gitCommit ? ` at ${escapeMarkdown(clip(base.run.gitCommit, 40))}` : ''}; ` +
      `median wall time per repeat, changes under ${NOISE * 100}% are noise</sub>`,
    '',
    markdownTable([['stage', 'cell', 'base median', 'head median', 'change'], ...rows], {
      align: ['l', 'l', 'r', 'r', 'r'],
      alignDelimiters: false,
    }),
  ];
  if (changes.length > maxRows)
    lines.push('', `_${changes.length - maxRows} more cells in the JSON artifacts._`);
  return `${lines.join('\n')}\n`;
}

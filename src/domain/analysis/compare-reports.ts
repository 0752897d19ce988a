/**
 * Two runs of an experiment cell by cell: the wall time of each cell in the head run against
 * the base run, by the one comparison of src/domain/stats/compare-samples.ts. Used for a pull
 * request against its base branch and by `batchbench compare`.
 */
import type { ComparedRun } from './compared-run.js';
import type { CompareOptions, ComparisonVerdict, SampleComparison } from '../stats/compare-samples.js';
import { COMPARE_DEFAULTS, compareSamples } from '../stats/compare-samples.js';

export interface CellComparison {
  stage: string;
  cellId: string;
  /** Undefined when the cell is missing on that side. */
  base?: { n: number; mean: number };
  head?: { n: number; mean: number };
  /** The full comparison, when both sides have per-repeat samples. */
  result?: SampleComparison;
  verdict: ComparisonVerdict;
  reason: string;
}

export interface RunSide {
  runId: string;
  gitCommit?: string;
  startedAt: string;
  jobsSucceeded: number;
  jobsPlanned: number;
}

export interface ReportComparison {
  experiment: string;
  base: RunSide;
  head: RunSide;
  metric: 'wall time';
  options: Pick<CompareOptions, 'alpha' | 'threshold' | 'test' | 'confidence'>;
  cells: CellComparison[];
  counts: Record<ComparisonVerdict, number>;
}

type Cell = ComparedRun['cells'][number];

type Options = Partial<Pick<CompareOptions, 'alpha' | 'threshold' | 'test' | 'seed' | 'resamples'>>;

export function compareReports(
  base: ComparedRun,
  head: ComparedRun,
  options: Options = {},
): ReportComparison {
  const o = { ...COMPARE_DEFAULTS, confidence: head.confidence, ...options, better: 'lower' as const };
  const key = (c: Cell) => `${c.stage}\u0000${c.cellId}`;
  const baseCells = new Map(base.cells.map((c) => [key(c), c]));
  const headKeys = new Set(head.cells.map(key));
  const cells = [
    ...head.cells.map((c) => compareCell(baseCells.get(key(c)), c, o)),
    ...base.cells.filter((c) => !headKeys.has(key(c))).map((c) => compareCell(c, undefined, o)),
  ];
  const counts = { regression: 0, improvement: 0, unchanged: 0, inconclusive: 0, untestable: 0 };
  for (const c of cells) counts[c.verdict]++;
  return {
    experiment: head.experiment.name,
    base: side(base),
    head: side(head),
    metric: 'wall time',
    options: { alpha: o.alpha, threshold: o.threshold, test: o.test, confidence: o.confidence },
    cells,
    counts,
  };
}

function side(r: ComparedRun): RunSide {
  return {
    runId: r.run.id,
    ...(r.run.gitCommit ? { gitCommit: r.run.gitCommit } : {}),
    startedAt: r.run.startedAt,
    jobsSucceeded: r.run.jobsSucceeded,
    jobsPlanned: r.run.jobsPlanned,
  };
}

/** A report of an older version has no per-repeat samples; one repeat is its own mean. */
function samplesOf(cell: Cell): number[] | undefined {
  if (cell.wallSamples) return cell.wallSamples;
  if (cell.wall.n === 0) return [];
  return cell.wall.n === 1 ? [cell.wall.mean] : undefined;
}

function compareCell(base: Cell | undefined, head: Cell | undefined, o: CompareOptions): CellComparison {
  const any = (head ?? base) as Cell;
  const out: CellComparison = { stage: any.stage, cellId: any.cellId, verdict: 'untestable', reason: '' };
  if (base) out.base = { n: base.wall.n, mean: base.wall.mean };
  if (head) out.head = { n: head.wall.n, mean: head.wall.mean };
  if (!base || !head) {
    out.reason = `the cell is only in the ${base ? 'base' : 'head'} run`;
    return out;
  }
  const x = samplesOf(base);
  const y = samplesOf(head);
  if (!x || !y) {
    out.reason =
      'a report without per-repeat samples (written by an older version): only the means can be shown';
    return out;
  }
  out.result = compareSamples(x, y, o);
  out.base = { n: out.result.baseline.n, mean: out.result.baseline.mean };
  out.head = { n: out.result.candidate.n, mean: out.result.candidate.mean };
  out.verdict = out.result.verdict;
  out.reason = out.result.reason;
  return out;
}

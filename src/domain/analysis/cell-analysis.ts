import type { PriceTable } from '../cost/price-table.js';
import type { Cell, PlannedJob } from '../plan/plan.js';
import type { CellReport, FanOutReport, TimeSplit } from '../report/model.js';
import type { JobRecord } from '../results/job-record.js';
import { quantileSorted } from '../stats/quantile.js';
import { mean, summarize } from '../stats/summary.js';
import type { TaskOutcome } from './job-outcomes.js';
import { ownPriceBasis } from '../cost/job-cost.js';
import { recordCost, sumCosts, type RecordCost } from './record-cost.js';

export interface CellAnalysis {
  report: CellReport;
  /** Makespan of each repeat whose tasks all succeeded, seconds: the samples behind `wall`. */
  wallSamples: number[];
  /** Compute cost of each repeat that produced a wall sample, every attempt included, USD. */
  repeatCosts: number[];
  /** Repeats left out of `wall` because a task failed or is missing. */
  incompleteRepeats: number;
  /** Why some attempts could not be priced. */
  costNotes: string[];
  /** What priced the cell when its price model describes itself (ownPriceBasis), not the table. */
  priceBasis?: string;
  /** Sum of the `items` metric over the cell's tasks. */
  items: number;
}

const seconds = (ms: number) => ms / 1000;

/**
 * Everything measured for one stage of one cell. A repeat is one sample of wall time: the
 * makespan of its group, from the first job queued to the last one stopped. Only complete
 * repeats count, because a makespan without its slowest task is not a wall time.
 */
export function analyseCell(args: {
  stage: string;
  cell: Cell;
  tasks: readonly TaskOutcome[];
  billed: readonly { record: JobRecord; job: PlannedJob }[];
  prices: PriceTable;
  confidence: number;
  stragglerFactor: number;
}): CellAnalysis {
  const { stage, cell, tasks, billed, prices, confidence } = args;
  const first = tasks[0]?.job;
  const groups = groupBy(tasks, (t) => t.job.groupId);
  const wallSamples: number[] = [];
  const metricSamples: Record<string, number[]> = {};
  const repeatCosts: number[] = [];
  const costNotes = new Set<string>();
  // Each attempt priced once; a repeat's cost is the sum over its group's attempts.
  const costs = billed.map((b) => recordCost(prices, b.record, b.job));
  const costsByGroup = new Map<string, RecordCost[]>();
  billed.forEach((b, i) => {
    const list = costsByGroup.get(b.job.groupId);
    if (list) list.push(costs[i] as RecordCost);
    else costsByGroup.set(b.job.groupId, [costs[i] as RecordCost]);
  });
  let incompleteRepeats = 0;

  for (const [groupId, groupTasks] of groups) {
    if (!groupTasks.every((t) => t.state === 'succeeded')) {
      incompleteRepeats++;
      continue;
    }
    wallSamples.push(makespan(groupTasks));
    addRepeatMetrics(groupTasks, metricSamples);
    const total = sumCosts(costsByGroup.get(groupId) ?? []);
    if (total.basis !== 'none') repeatCosts.push(total.usd);
  }

  for (const c of costs) if (c.note) costNotes.add(c.note);
  const winners: JobRecord[] = [];
  const cpuModels = new Set<string>();
  let peak = -Infinity;
  for (const t of tasks) {
    const w = t.winner;
    if (!w) continue;
    winners.push(w);
    if (w.cpuModel) cpuModels.add(w.cpuModel);
    if (w.peakMemoryBytes !== undefined) peak = Math.max(peak, w.peakMemoryBytes);
  }
  const cpuModelList = [...cpuModels].sort();
  const instanceType = first?.compute.instanceType ?? winners.find((w) => w.instanceType)?.instanceType;

  const report: CellReport = {
    cellId: cell.id,
    stage,
    values: cell.values,
    backend: first?.compute.backend ?? 'local',
    ...(instanceType !== undefined ? { instanceType } : {}),
    wall: summarize(wallSamples, confidence),
    wallSamples,
    ...(Object.keys(metricSamples).length > 0 ? { metricSamples } : {}),
    succeeded: tasks.filter((t) => t.state === 'succeeded').length,
    failed: tasks.filter((t) => t.state === 'failed').length,
    split: timeSplit(tasks.filter((t) => t.winner)),
    metrics: metricSummaries(winners, confidence),
    cost: sumCosts(costs),
    ...(Number.isFinite(peak) ? { peakMemoryBytes: peak } : {}),
    cpuModels: cpuModelList,
  };
  if ((first?.shardCount ?? 1) > 1) {
    report.fanOut = fanOut(groups, first?.shardCount ?? 1, wallSamples, args.stragglerFactor);
  }
  const items = winners.reduce((s, w) => s + (w.metrics.items ?? 0), 0);
  const priceBasis = first ? ownPriceBasis(prices, first.compute) : undefined;
  return {
    report,
    wallSamples,
    repeatCosts,
    incompleteRepeats,
    costNotes: [...costNotes],
    items,
    ...(priceBasis !== undefined ? { priceBasis } : {}),
  };
}

/**
 * One value per complete repeat of each workload metric: the mean over the repeat's tasks that
 * reported it (the only task without fan-out). Repeats, not tasks, are the independent samples
 * a later run is tested against: the shards of one repeat share its machine and its moment.
 */
function addRepeatMetrics(groupTasks: readonly TaskOutcome[], into: Record<string, number[]>): void {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const t of groupTasks) {
    for (const [name, value] of Object.entries((t.winner as JobRecord).metrics)) {
      if (!Number.isFinite(value)) continue;
      const s = sums.get(name);
      if (s) {
        s.sum += value;
        s.n++;
      } else sums.set(name, { sum: value, n: 1 });
    }
  }
  for (const [name, { sum, n }] of sums) (into[name] ??= []).push(sum / n);
}

const readyAt = (t: TaskOutcome) => t.readyAt ?? (t.winner as JobRecord).queuedAt;

/** Wall time of one complete repeat, seconds: from its first task ready to its last one stopped. */
export function makespan(tasks: readonly TaskOutcome[]): number {
  let start = Infinity;
  let end = -Infinity;
  for (const t of tasks) {
    start = Math.min(start, readyAt(t));
    end = Math.max(end, (t.winner as JobRecord).stoppedAt);
  }
  return seconds(end - start);
}

/** Mean seconds per task of each phase, over the tasks whose backend recorded that phase. */
function timeSplit(done: readonly TaskOutcome[]): TimeSplit {
  const phase = (pick: (r: JobRecord, t: TaskOutcome) => number | undefined): number | undefined => {
    let sum = 0;
    let n = 0;
    for (const t of done) {
      const v = pick(t.winner as JobRecord, t);
      if (v === undefined) continue;
      sum += seconds(v);
      n++;
    }
    return n === 0 ? undefined : sum / n;
  };
  const split: TimeSplit = {};
  const queue = phase((r, t) => Math.max(0, r.startedAt - readyAt(t)));
  const startup = phase((r) =>
    r.commandStartedAt === undefined ? undefined : r.commandStartedAt - r.startedAt,
  );
  const compute = phase((r) =>
    r.commandStartedAt !== undefined && r.commandEndedAt !== undefined
      ? r.commandEndedAt - r.commandStartedAt
      : r.stoppedAt - r.startedAt,
  );
  const collection = phase((r) => (r.collectedAt === undefined ? undefined : r.collectedAt - r.stoppedAt));
  if (queue !== undefined) split.queue = queue;
  if (startup !== undefined) split.startup = startup;
  if (compute !== undefined) split.compute = compute;
  if (collection !== undefined) split.collection = collection;
  return split;
}

function metricSummaries(winners: readonly JobRecord[], confidence: number): CellReport['metrics'] {
  const byName = new Map<string, number[]>();
  for (const w of winners) {
    for (const [name, value] of Object.entries(w.metrics)) {
      if (!Number.isFinite(value)) continue;
      const values = byName.get(name);
      if (values) values.push(value);
      else byName.set(name, [value]);
    }
  }
  return Object.fromEntries([...byName].map(([name, values]) => [name, summarize(values, confidence)]));
}

const taskSeconds = (r: JobRecord) => seconds(r.stoppedAt - r.startedAt);

/**
 * Where the time of a fan-out went: when tasks completed relative to the group being queued,
 * which ones took far longer than their siblings (and on what CPU), and how often a
 * speculative copy beat its original. Stragglers are judged against the median of their own
 * repeat, so that a slow repeat does not make every task of a fast one look quick.
 */
function fanOut(
  groups: ReadonlyMap<string, readonly TaskOutcome[]>,
  shardCount: number,
  wallSamples: readonly number[],
  stragglerFactor: number,
): FanOutReport {
  const completion: number[] = [];
  const longest: number[] = [];
  const stragglers: FanOutReport['stragglers'] = [];
  const cpuModels: Record<string, number> = {};
  let speculativeWins = 0;
  for (const groupTasks of groups.values()) {
    const done = groupTasks.filter((t) => t.winner);
    const winners = done.map((t) => t.winner as JobRecord);
    if (winners.length === 0) continue;
    const queued = Math.min(...done.map(readyAt));
    const durations = winners.map(taskSeconds);
    const median = quantileSorted(
      [...durations].sort((a, b) => a - b),
      0.5,
    );
    if (groupTasks.every((t) => t.state === 'succeeded')) longest.push(Math.max(...durations));
    for (const w of winners) {
      completion.push(seconds(w.stoppedAt - queued));
      if (w.cpuModel) cpuModels[w.cpuModel] = (cpuModels[w.cpuModel] ?? 0) + 1;
      if (w.speculativeOf !== undefined) speculativeWins++;
      const d = taskSeconds(w);
      if (median > 0 && d > stragglerFactor * median) {
        stragglers.push({
          jobId: w.jobId,
          seconds: d,
          ratioToMedian: d / median,
          ...(w.cpuModel ? { cpuModel: w.cpuModel } : {}),
        });
      }
    }
  }
  // A typed array sorts numbers natively, several times faster than a comparator over 100,000.
  const sorted = Float64Array.from(completion).sort();
  stragglers.sort((a, b) => b.ratioToMedian - a.ratioToMedian);
  return {
    tasks: shardCount,
    makespan: mean(wallSamples),
    longestTask: mean(longest),
    quantiles: {
      p50: quantileSorted(sorted, 0.5),
      p90: quantileSorted(sorted, 0.9),
      p95: quantileSorted(sorted, 0.95),
      p99: quantileSorted(sorted, 0.99),
      max: quantileSorted(sorted, 1),
    },
    stragglers,
    cpuModels,
    speculativeWins,
  };
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  // Items of a group mostly come one after another (a repeat's shards): the group of the item
  // before is tried first, a string comparison rather than a map lookup of a key hashed anew.
  let lastKey: string | undefined;
  let lastList: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (k === lastKey) {
      lastList.push(item);
      continue;
    }
    let list = out.get(k);
    if (list) list.push(item);
    else out.set(k, (list = [item]));
    lastKey = k;
    lastList = list;
  }
  return out;
}

/**
 * Items by the stage and cell of their planned job: `byCell(items, of).get(stage)?.get(cellId)`.
 * Two lookups of the plan's own strings, rather than a key built per item (100,000 of them).
 */
export function groupByCell<T>(
  items: readonly T[],
  jobOf: (item: T) => { stage: string; cellId: string },
): Map<string, Map<string, T[]>> {
  const out = new Map<string, Map<string, T[]>>();
  // As in groupBy: a cell's items mostly come one after another.
  let lastStage: string | undefined;
  let lastCell: string | undefined;
  let lastList: T[] = [];
  for (const item of items) {
    const { stage, cellId } = jobOf(item);
    if (cellId === lastCell && stage === lastStage) {
      lastList.push(item);
      continue;
    }
    let cells = out.get(stage);
    if (!cells) out.set(stage, (cells = new Map()));
    let list = cells.get(cellId);
    if (list) list.push(item);
    else cells.set(cellId, (list = [item]));
    lastStage = stage;
    lastCell = cellId;
    lastList = list;
  }
  return out;
}

/** Each stage and cell of the plan that has tasks, with them, in report order: stage, then cell. */
export function cellsWithTasks<T extends { job: { stage: string; cellId: string } }>(
  plan: { stages: readonly string[]; cells: readonly Cell[] },
  tasks: readonly T[],
): { stage: string; cell: Cell; tasks: T[] }[] {
  const byCell = groupByCell(tasks, (t) => t.job);
  const out: { stage: string; cell: Cell; tasks: T[] }[] = [];
  for (const stage of plan.stages) {
    for (const cell of plan.cells) {
      const cellTasks = byCell.get(stage)?.get(cell.id);
      if (cellTasks) out.push({ stage, cell, tasks: cellTasks });
    }
  }
  return out;
}

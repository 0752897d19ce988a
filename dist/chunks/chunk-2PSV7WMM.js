import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-XQA4ZAUC.js";
import {
  storageCost,
  transferCost
} from "./chunk-CWFLCHSU.js";
import {
  jobCost,
  matchesAll,
  ownPriceBasis,
  priceBasisLine,
  runPriceBasis,
  sameScalar,
  sumKnown,
  withFileInstanceTypes
} from "./chunk-SIQR2AZH.js";
import {
  efficiency,
  speedup
} from "./chunk-7LCVCKSI.js";
import {
  mean,
  quantileSorted,
  summarize
} from "./chunk-AESLYFF2.js";

// src/domain/experiment/decide.ts
function withDecide(experiment, decide) {
  return decide ? { ...experiment, decide: { ...experiment.decide, ...decide } } : experiment;
}

// src/domain/analysis/advice.ts
var STARTUP_SHARE = 0.25;
function adviceLines(input) {
  const out = [];
  for (const c of input.cells) {
    const name = c.stage === "main" ? c.cellId : `${c.stage}/${c.cellId}`;
    const { startup, compute } = c.split;
    if (c.backend === "aws-batch" && startup !== void 0 && compute !== void 0 && startup + compute > 0) {
      const share = startup / (startup + compute);
      if (share > STARTUP_SHARE) {
        out.push(
          `${name}: start-up is ${Math.round(share * 100)}% of each task (${startup.toFixed(1)} s of ${(startup + compute).toFixed(1)} s); a warm pool (minvCpus on the compute environment, as many vCPUs as one repeat uses) would save about ${startup.toFixed(1)} s of each ${c.wall.mean.toFixed(1)} s repeat, at the price of those vCPUs while idle`
        );
      }
    }
    const slow = repeatedStragglers(c);
    if (slow.length > 0) {
      out.push(
        `${name}: shard${slow.length === 1 ? "" : "s"} ${slow.join(", ")} ${slow.length === 1 ? "was a straggler" : "were stragglers"} in all ${c.wall.n} repeats: their items take longer, not their hosts; rebalance them (smaller shards for those items, or split by cost, not count)`
      );
    }
    const wins = c.fanOut?.speculativeWins ?? 0;
    if (wins > 0) {
      out.push(
        `${name}: speculative copies finished first ${wins} time${wins === 1 ? "" : "s"}: oversubscribe paid for itself there`
      );
    }
    const workers = input.workersAxis === void 0 ? void 0 : c.values[input.workersAxis];
    if (c.backend === "local" && input.cpuCount !== void 0 && typeof workers === "number" && workers > input.cpuCount) {
      out.push(
        `${name}: ${workers} workers on a ${input.cpuCount}-core machine: beyond ${input.cpuCount} they take turns on the cores, so its time says nothing about how they would scale with cores of their own`
      );
    }
  }
  return out;
}
function repeatedStragglers(c) {
  if (!c.fanOut || c.wall.n < 2) return [];
  const repeatsBy = /* @__PURE__ */ new Map();
  for (const s of c.fanOut.stragglers) {
    const shard = /\.(s\d+)(?:\.|$)/.exec(s.jobId)?.[1];
    const repeat = /\.(r\d+)(?:\.|$)/.exec(s.jobId)?.[1];
    if (!shard || !repeat) continue;
    repeatsBy.set(shard, (repeatsBy.get(shard) ?? /* @__PURE__ */ new Set()).add(repeat));
  }
  return [...repeatsBy].filter(([, repeats]) => repeats.size >= c.wall.n).map(([shard]) => shard);
}

// src/domain/analysis/by-instance-type.ts
function byInstanceType(cells, points, vcpusByCell) {
  const typeOf = new Map(cells.map((c) => [c.cellId, c.instanceType]));
  const groups = /* @__PURE__ */ new Map();
  for (const p of points) {
    const type = typeOf.get(p.id);
    if (type !== void 0) groups.set(type, [...groups.get(type) ?? [], p]);
  }
  if (groups.size < 2) return [];
  return [...groups].map(([instanceType, ps]) => {
    const fastest = ps.reduce((a, b) => b.seconds < a.seconds ? b : a);
    const vcpus = vcpusByCell[fastest.id];
    const models = cells.filter((c) => c.instanceType === instanceType).flatMap((c) => c.cpuModels);
    return {
      instanceType,
      cpuModels: [...new Set(models)].sort(),
      cells: ps.length,
      fastestCellId: fastest.id,
      seconds: fastest.seconds,
      usd: fastest.usd,
      runsPerDollar: fastest.usd > 0 ? 1 / fastest.usd : null,
      runsPerVcpuHour: vcpus && fastest.seconds > 0 ? 3600 / (fastest.seconds * vcpus) : null
    };
  });
}

// src/domain/analysis/pareto.ts
function paretoFrontier(points) {
  const sorted = [...points].sort((a, b) => a.seconds - b.seconds || a.usd - b.usd);
  const out = [];
  let cheapest = Infinity;
  for (const p of sorted) {
    if (p.usd < cheapest) {
      out.push(p);
      cheapest = p.usd;
    }
  }
  return out;
}

// src/domain/analysis/recommend.ts
function recommend(input) {
  const { points, unpriced } = configurations(input.cells);
  if (points.length === 0) return void 0;
  const frontier = paretoFrontier(points);
  const within = (key, limit) => limit === void 0 ? void 0 : points.filter((p) => p[key] <= limit);
  const affordable = within("usd", input.budgetUsd);
  const inTime = within("seconds", input.deadlineSec);
  const fastest = affordable && best(affordable, (p) => [p.seconds, p.usd]);
  const cheapest = inTime && best(inTime, (p) => [p.usd, p.seconds]);
  const balanced = best(frontier, (p) => [p.seconds * p.usd]);
  const chosen = fastest ?? cheapest ?? balanced;
  const scale = input.scale ?? 1;
  return {
    points: points.map(({ id, values, seconds: seconds2, secondsCi, usd, usdCi }) => ({
      cellId: id,
      values,
      seconds: seconds2,
      secondsCi,
      usd,
      usdCi,
      onFrontier: frontier.some((f) => f.id === id)
    })),
    frontier: frontier.map((p) => p.id),
    ...input.budgetUsd !== void 0 ? { withinBudget: answer(input.budgetUsd, fastest, (p) => p.usdCi[1] <= input.budgetUsd) } : {},
    ...input.deadlineSec !== void 0 ? {
      withinDeadline: answer(
        input.deadlineSec,
        cheapest,
        (p) => p.secondsCi[1] <= input.deadlineSec
      )
    } : {},
    recommended: chosen.id,
    why: fastest ? "the fastest within the budget" : cheapest ? "the cheapest within the deadline" : "on the frontier, the least time x cost (set decide.budget-usd or decide.deadline to ask another question)",
    projection: projection(input.cells, chosen.id, scale),
    advice: adviceLines(input),
    byInstanceType: byInstanceType(input.cells, points, input.vcpusByCell ?? {}),
    unpriced
  };
}
function answer(limit, p, holdsAtUpperBound) {
  return p ? { limit, cellId: p.id, sure: holdsAtUpperBound(p) } : { limit };
}
function best(xs, key) {
  let out;
  const less = (a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
    return false;
  };
  for (const x of xs) if (out === void 0 || less(key(x), key(out))) out = x;
  return out;
}
function configurations(cells) {
  const byCell = /* @__PURE__ */ new Map();
  for (const c of cells) byCell.set(c.cellId, [...byCell.get(c.cellId) ?? [], c]);
  const points = [];
  const unpriced = [];
  for (const [id, stages] of byCell) {
    if (stages.some((s) => s.wall.n === 0)) continue;
    if (stages.some((s) => s.cost.basis === "none")) {
      unpriced.push(id);
      continue;
    }
    let seconds2 = 0;
    let usd = 0;
    const secondsCi = [0, 0];
    const usdCi = [0, 0];
    for (const s of stages) {
      const perRun = s.cost.usd / s.wall.n;
      seconds2 += s.wall.mean;
      usd += perRun;
      secondsCi[0] += s.wall.ci[0];
      secondsCi[1] += s.wall.ci[1];
      const scale = (x) => s.wall.mean > 0 ? perRun * x / s.wall.mean : perRun;
      usdCi[0] += scale(s.wall.ci[0]);
      usdCi[1] += scale(s.wall.ci[1]);
    }
    points.push({ id, values: stages[0].values, seconds: seconds2, secondsCi, usd, usdCi });
  }
  return { points, unpriced };
}
function projection(cells, cellId, scale) {
  const stages = cells.filter((c) => c.cellId === cellId && c.wall.n > 0);
  return {
    cellId,
    scale,
    stages: stages.map((s) => ({
      stage: s.stage,
      seconds: s.wall.mean * scale,
      secondsCi: [s.wall.ci[0] * scale, s.wall.ci[1] * scale],
      usd: s.cost.basis === "none" ? null : s.cost.usd / s.wall.n * scale
    }))
  };
}

// src/domain/analysis/record-cost.ts
function recordCost(prices, record, job) {
  const local = job.compute.backend === "local";
  const compute = local || !record.instanceType && !record.capacity ? job.compute : {
    ...job.compute,
    ...record.instanceType ? { instanceType: record.instanceType } : {},
    ...record.capacity ? { capacity: record.capacity } : {}
  };
  if (local && !compute.instanceType) return { usd: 0, basis: "none" };
  const cost = jobCost({
    prices,
    compute,
    vcpus: job.resources.vcpus,
    memoryBytes: job.resources.memoryBytes,
    gpus: job.resources.gpus,
    seconds: Math.max(0, record.stoppedAt - record.startedAt) / 1e3
  });
  if (!cost.known) {
    return { usd: 0, basis: "none", note: cost.note ?? `no price for job ${record.jobId}` };
  }
  return {
    usd: cost.usd,
    ...cost.onDemandUsd !== void 0 ? { onDemandUsd: cost.onDemandUsd } : {},
    ...cost.spotUsd !== void 0 ? { spotUsd: cost.spotUsd } : {},
    basis: local ? "cloud-equivalent" : "measured"
  };
}
function sumCosts(costs) {
  const priced = costs.filter((c) => c.basis !== "none");
  if (priced.length === 0) return { usd: 0, basis: "none" };
  const all = (pick) => priced.every((c) => pick(c) !== void 0) ? priced.reduce((s, c) => s + pick(c), 0) : void 0;
  const onDemandUsd = all((c) => c.onDemandUsd);
  const spotUsd = all((c) => c.spotUsd);
  return {
    usd: priced.reduce((s, c) => s + c.usd, 0),
    ...onDemandUsd !== void 0 ? { onDemandUsd } : {},
    ...spotUsd !== void 0 ? { spotUsd } : {},
    basis: priced.some((c) => c.basis === "cloud-equivalent") ? "cloud-equivalent" : "measured"
  };
}

// src/domain/analysis/cell-analysis.ts
var seconds = (ms) => ms / 1e3;
function analyseCell(args) {
  const { stage, cell, tasks, billed, prices, confidence } = args;
  const first = tasks[0]?.job;
  const groups = groupBy(tasks, (t) => t.job.groupId);
  const wallSamples = [];
  const metricSamples = {};
  const repeatCosts = [];
  const costNotes = /* @__PURE__ */ new Set();
  const costs = billed.map((b) => recordCost(prices, b.record, b.job));
  const costsByGroup = /* @__PURE__ */ new Map();
  billed.forEach((b, i) => {
    const list = costsByGroup.get(b.job.groupId);
    if (list) list.push(costs[i]);
    else costsByGroup.set(b.job.groupId, [costs[i]]);
  });
  let incompleteRepeats = 0;
  for (const [groupId, groupTasks] of groups) {
    if (!groupTasks.every((t) => t.state === "succeeded")) {
      incompleteRepeats++;
      continue;
    }
    wallSamples.push(makespan(groupTasks));
    addRepeatMetrics(groupTasks, metricSamples);
    const total = sumCosts(costsByGroup.get(groupId) ?? []);
    if (total.basis !== "none") repeatCosts.push(total.usd);
  }
  for (const c of costs) if (c.note) costNotes.add(c.note);
  const winners = [];
  const cpuModels = /* @__PURE__ */ new Set();
  let peak = -Infinity;
  for (const t of tasks) {
    const w = t.winner;
    if (!w) continue;
    winners.push(w);
    if (w.cpuModel) cpuModels.add(w.cpuModel);
    if (w.peakMemoryBytes !== void 0) peak = Math.max(peak, w.peakMemoryBytes);
  }
  const cpuModelList = [...cpuModels].sort();
  const instanceType = first?.compute.instanceType ?? winners.find((w) => w.instanceType)?.instanceType;
  const report = {
    cellId: cell.id,
    stage,
    values: cell.values,
    backend: first?.compute.backend ?? "local",
    ...instanceType !== void 0 ? { instanceType } : {},
    wall: summarize(wallSamples, confidence),
    wallSamples,
    ...Object.keys(metricSamples).length > 0 ? { metricSamples } : {},
    succeeded: tasks.filter((t) => t.state === "succeeded").length,
    failed: tasks.filter((t) => t.state === "failed").length,
    split: timeSplit(tasks.filter((t) => t.winner)),
    metrics: metricSummaries(winners, confidence),
    cost: sumCosts(costs),
    ...Number.isFinite(peak) ? { peakMemoryBytes: peak } : {},
    cpuModels: cpuModelList
  };
  if ((first?.shardCount ?? 1) > 1) {
    report.fanOut = fanOut(groups, first?.shardCount ?? 1, wallSamples, args.stragglerFactor);
  }
  const items = winners.reduce((s, w) => s + (w.metrics.items ?? 0), 0);
  const priceBasis = first ? ownPriceBasis(prices, first.compute) : void 0;
  return {
    report,
    wallSamples,
    repeatCosts,
    incompleteRepeats,
    costNotes: [...costNotes],
    items,
    ...priceBasis !== void 0 ? { priceBasis } : {}
  };
}
function addRepeatMetrics(groupTasks, into) {
  const sums = /* @__PURE__ */ new Map();
  for (const t of groupTasks) {
    for (const [name, value] of Object.entries(t.winner.metrics)) {
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
var readyAt = (t) => t.readyAt ?? t.winner.queuedAt;
function makespan(tasks) {
  let start = Infinity;
  let end = -Infinity;
  for (const t of tasks) {
    start = Math.min(start, readyAt(t));
    end = Math.max(end, t.winner.stoppedAt);
  }
  return seconds(end - start);
}
function timeSplit(done) {
  const phase = (pick) => {
    let sum = 0;
    let n = 0;
    for (const t of done) {
      const v = pick(t.winner, t);
      if (v === void 0) continue;
      sum += seconds(v);
      n++;
    }
    return n === 0 ? void 0 : sum / n;
  };
  const split = {};
  const queue = phase((r, t) => Math.max(0, r.startedAt - readyAt(t)));
  const startup = phase(
    (r) => r.commandStartedAt === void 0 ? void 0 : r.commandStartedAt - r.startedAt
  );
  const compute = phase(
    (r) => r.commandStartedAt !== void 0 && r.commandEndedAt !== void 0 ? r.commandEndedAt - r.commandStartedAt : r.stoppedAt - r.startedAt
  );
  const collection = phase((r) => r.collectedAt === void 0 ? void 0 : r.collectedAt - r.stoppedAt);
  if (queue !== void 0) split.queue = queue;
  if (startup !== void 0) split.startup = startup;
  if (compute !== void 0) split.compute = compute;
  if (collection !== void 0) split.collection = collection;
  return split;
}
function metricSummaries(winners, confidence) {
  const byName = /* @__PURE__ */ new Map();
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
var taskSeconds = (r) => seconds(r.stoppedAt - r.startedAt);
function fanOut(groups, shardCount, wallSamples, stragglerFactor) {
  const completion = [];
  const longest = [];
  const stragglers = [];
  const cpuModels = {};
  let speculativeWins = 0;
  for (const groupTasks of groups.values()) {
    const done = groupTasks.filter((t) => t.winner);
    const winners = done.map((t) => t.winner);
    if (winners.length === 0) continue;
    const queued = Math.min(...done.map(readyAt));
    const durations = winners.map(taskSeconds);
    const median = quantileSorted(
      [...durations].sort((a, b) => a - b),
      0.5
    );
    if (groupTasks.every((t) => t.state === "succeeded")) longest.push(Math.max(...durations));
    for (const w of winners) {
      completion.push(seconds(w.stoppedAt - queued));
      if (w.cpuModel) cpuModels[w.cpuModel] = (cpuModels[w.cpuModel] ?? 0) + 1;
      if (w.speculativeOf !== void 0) speculativeWins++;
      const d = taskSeconds(w);
      if (median > 0 && d > stragglerFactor * median) {
        stragglers.push({
          jobId: w.jobId,
          seconds: d,
          ratioToMedian: d / median,
          ...w.cpuModel ? { cpuModel: w.cpuModel } : {}
        });
      }
    }
  }
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
      max: quantileSorted(sorted, 1)
    },
    stragglers,
    cpuModels,
    speculativeWins
  };
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  let lastKey;
  let lastList = [];
  for (const item of items) {
    const k = key(item);
    if (k === lastKey) {
      lastList.push(item);
      continue;
    }
    let list = out.get(k);
    if (list) list.push(item);
    else out.set(k, list = [item]);
    lastKey = k;
    lastList = list;
  }
  return out;
}
function groupByCell(items, jobOf) {
  const out = /* @__PURE__ */ new Map();
  let lastStage;
  let lastCell;
  let lastList = [];
  for (const item of items) {
    const { stage, cellId } = jobOf(item);
    if (cellId === lastCell && stage === lastStage) {
      lastList.push(item);
      continue;
    }
    let cells = out.get(stage);
    if (!cells) out.set(stage, cells = /* @__PURE__ */ new Map());
    let list = cells.get(cellId);
    if (list) list.push(item);
    else cells.set(cellId, list = [item]);
    lastStage = stage;
    lastCell = cellId;
    lastList = list;
  }
  return out;
}
function cellsWithTasks(plan, tasks) {
  const byCell = groupByCell(tasks, (t) => t.job);
  const out = [];
  for (const stage of plan.stages) {
    for (const cell of plan.cells) {
      const cellTasks = byCell.get(stage)?.get(cell.id);
      if (cellTasks) out.push({ stage, cell, tasks: cellTasks });
    }
  }
  return out;
}

// src/domain/analysis/compare-costs.ts
function compareCosts(args) {
  const warnings = [];
  const compare = args.variants.map((variant) => {
    const jobs = new Map(variant.plan.jobs.map((j) => [j.id, j]));
    const parts = [];
    let unmatched = 0;
    for (const { record, job } of args.billed) {
      const other = jobs.get(job.id);
      if (!other) {
        unmatched++;
        continue;
      }
      const c = recordCost(args.prices, { ...record, instanceType: void 0, capacity: void 0 }, other);
      parts.push(c.basis === "none" ? null : c.usd);
    }
    const region = variant.experiment.stages[0]?.compute.region ?? "us-east-1";
    for (const spec of variant.experiment.costs.storage) {
      const c = storageCost(args.prices, region, spec);
      parts.push(c.known ? c.usd : null);
    }
    const transfer = transferCost(args.prices, region, variant.experiment.costs.transferOutBytes);
    parts.push(transfer.known ? transfer.usd : null);
    const usd = sumKnown(parts);
    if (unmatched > 0) {
      warnings.push(
        `compare ${variant.name}: ${plural(unmatched, "job")} of the run ${unmatched === 1 ? "has" : "have"} no counterpart in it and ${unmatched === 1 ? "is" : "are"} not priced`
      );
    }
    const deltaUsd = usd === null || args.baseTotalUsd === null ? null : usd - args.baseTotalUsd;
    return { name: variant.name, usd, deltaUsd };
  });
  return { compare, warnings };
}

// src/domain/analysis/cost-breakdown.ts
function costBreakdown(args) {
  const { experiment, cells, prices } = args;
  const warnings = [];
  const region = experiment.stages[0]?.compute.region ?? "us-east-1";
  const priced = cells.filter((c) => c.report.cost.basis !== "none");
  const unpricedCloud = cells.filter((c) => c.report.cost.basis === "none" && c.report.backend !== "local");
  const cellUsd = (c) => c.report.cost.basis === "none" ? null : c.report.cost.usd;
  const counted = [...priced, ...unpricedCloud];
  const byStage = {};
  for (const stage of experiment.stages) {
    const compute2 = sumKnown(counted.filter((c) => c.report.stage === stage.name).map(cellUsd));
    byStage[stage.name] = { compute: compute2, storage: 0, network: 0, total: compute2 };
  }
  const storageCosts = experiment.costs.storage.map((spec) => storageCost(prices, region, spec));
  for (const [i, c] of storageCosts.entries()) {
    const kind = experiment.costs.storage[i]?.kind ?? "storage";
    if (!c.known) warnings.push(`cost: ${c.note ?? `${kind} storage is not priced`}; the total is unknown`);
  }
  const storage = sumKnown(storageCosts.map((c) => c.known ? c.usd : null));
  const transfer = transferCost(prices, region, experiment.costs.transferOutBytes);
  if (!transfer.known)
    warnings.push(`cost: ${transfer.note ?? "data transfer is not priced"}; the total is unknown`);
  const network = transfer.known ? transfer.usd : null;
  if (unpricedCloud.length > 0) {
    warnings.push(
      `cost: ${unpricedCloud.length} cell${unpricedCloud.length === 1 ? "" : "s"} ran where the price table has no price; the total is unknown`
    );
  }
  const compute = priced.length === 0 ? null : sumKnown(counted.map(cellUsd));
  const totalUsd = sumKnown([compute, storage, network]);
  const onDemandCompute = sumKnown(
    counted.map(
      (c) => c.report.cost.basis === "none" ? null : c.report.cost.onDemandUsd ?? c.report.cost.usd
    )
  );
  const everySpot = priced.length > 0 && counted.every((c) => c.report.cost.spotUsd !== void 0);
  const spotCompute = sumKnown(counted.map((c) => c.report.cost.spotUsd));
  const items = cells.reduce((s, c) => s + c.items, 0);
  const basis = priced.length === 0 ? "none" : priced.some((c) => c.report.cost.basis === "cloud-equivalent") ? "cloud-equivalent" : "measured";
  warnings.push(...localPricingNotes(cells, priced, basis));
  return {
    cost: {
      totalUsd,
      byStage,
      byComponent: { compute, storage, network },
      onDemandUsd: priced.length === 0 ? null : sumKnown([onDemandCompute, storage, network]),
      ...everySpot ? { spotUsd: sumKnown([spotCompute, storage, network]) } : {},
      ...items > 0 && totalUsd !== null ? { perItemUsd: totalUsd / items } : {},
      compare: [],
      basis,
      priceSnapshot: runPriceBasis(
        cells.map((c) => c.priceBasis),
        priceBasisLine(prices, region)
      )
    },
    warnings
  };
}
function localPricingNotes(cells, priced, basis) {
  const warnings = [];
  if (basis === "cloud-equivalent") {
    const types = [
      ...new Set(
        priced.flatMap(
          (c) => c.report.backend === "local" && c.report.instanceType ? [c.report.instanceType] : []
        )
      )
    ];
    warnings.push(
      `cost: local runs are priced as if they had run on ${types.join(", ")} (cloud-equivalent); no money was spent on them`
    );
  }
  const unpricedLocal = cells.some((c) => c.report.backend === "local" && c.report.cost.basis === "none");
  if (unpricedLocal) {
    warnings.push(
      "cost: local cells without compute.instance-type are not priced (set one to see a cloud-equivalent cost)"
    );
  }
  return warnings;
}

// src/domain/analysis/job-outcomes.ts
var NO_COPIES = [];
var NO_FAILURES = Object.freeze([]);
var FAILED = /* @__PURE__ */ new Set(["failed", "timed-out", "cancelled", "superseded"]);
function resolveOutcomes(plan, records) {
  const billed = [];
  return { ...resolve(plan, records, billed), billed };
}
function resolveTasks(plan, records) {
  return resolve(plan, records);
}
function resolve(plan, records, billed) {
  const find = jobFinder(plan.jobs);
  const last = new Array(plan.jobs.length);
  const unplanned = [];
  for (const record of records) {
    const i = find(record.jobId);
    if (i === void 0) {
      unplanned.push(record);
      continue;
    }
    billed?.push({ record, job: plan.jobs[i] });
    const previous = last[i];
    if (!previous || record.attempt >= previous.attempt) last[i] = record;
  }
  const copies = /* @__PURE__ */ new Map();
  plan.jobs.forEach((job, i) => {
    if (job.speculativeOf === void 0) return;
    const original = find(job.speculativeOf);
    if (original === void 0) return;
    const list = copies.get(original);
    if (list) list.push(i);
    else copies.set(original, [i]);
  });
  const tasks = [];
  const taskAt = new Array(plan.jobs.length);
  plan.jobs.forEach((job, i) => {
    if (job.speculativeOf !== void 0) return;
    const copiesOf = copies.get(i);
    const task = resolveTask(job, last[i], copiesOf ? copiesOf.map((c) => last[c]) : NO_COPIES);
    tasks.push(task);
    taskAt[i] = task;
  });
  for (const task of tasks) {
    if (!task.winner || task.job.needs.length === 0) continue;
    let readyAt2 = task.winner.queuedAt;
    for (const id of task.job.needs) {
      const i = find(id);
      readyAt2 = Math.max(readyAt2, (i === void 0 ? void 0 : taskAt[i]?.winner?.stoppedAt) ?? -Infinity);
    }
    task.readyAt = readyAt2;
  }
  return { tasks, unplanned };
}
function jobFinder(jobs) {
  let indexOf;
  let next = 0;
  return (id) => {
    if (jobs[next]?.id === id) return next++;
    if (!indexOf) {
      indexOf = /* @__PURE__ */ new Map();
      for (let i2 = 0; i2 < jobs.length; i2++) indexOf.set(jobs[i2].id, i2);
    }
    const i = indexOf.get(id);
    if (i !== void 0) next = i + 1;
    return i;
  };
}
function resolveTask(job, own, copies) {
  if (copies.length === 0 && own?.status === "succeeded")
    return {
      taskId: job.id,
      job,
      state: "succeeded",
      winner: own,
      readyAt: own.queuedAt,
      failures: NO_FAILURES
    };
  const candidates = [own, ...copies].filter((r) => r !== void 0);
  let winner;
  for (const r of candidates)
    if (r.status === "succeeded" && (!winner || r.stoppedAt < winner.stoppedAt)) winner = r;
  if (winner)
    return {
      taskId: job.id,
      job,
      state: "succeeded",
      winner,
      readyAt: winner.queuedAt,
      failures: NO_FAILURES
    };
  if (candidates.length === 0) return { taskId: job.id, job, state: "missing", failures: NO_FAILURES };
  const cancelled = candidates.some((r) => r.status === "cancelled") && candidates.every((r) => r.status === "cancelled" || r.status === "superseded");
  return {
    taskId: job.id,
    job,
    state: cancelled ? "cancelled" : "failed",
    failures: cancelled ? NO_FAILURES : candidates.filter((r) => FAILED.has(r.status))
  };
}

// src/domain/stats/amdahl.ts
function fitAmdahl(points) {
  const usable = points.filter((pt) => pt.p > 0 && Number.isFinite(pt.seconds));
  if (new Set(usable.map((pt) => pt.p)).size < 2) return void 0;
  const n = usable.length;
  const xs = usable.map((pt) => 1 / pt.p);
  const ys = usable.map((pt) => pt.seconds);
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const b = sxy / sxx;
  const a = my - b * mx;
  let ssRes = 0;
  for (let i = 0; i < n; i++) ssRes += (ys[i] - (a + b * xs[i])) ** 2;
  const r2 = syy === 0 ? ssRes === 0 ? 1 : 0 : 1 - ssRes / syy;
  const t1 = a + b;
  const serialFraction = b <= 0 ? 1 : a <= 0 ? 0 : Math.min(1, a / t1);
  return { serialFraction, maxSpeedup: serialFraction === 0 ? Infinity : 1 / serialFraction, r2, t1, a, b };
}

// src/domain/stats/karp-flatt.ts
function karpFlatt(speedupValue, relativeP) {
  if (relativeP === 1 || !(relativeP > 0) || !(speedupValue > 0)) return void 0;
  return (1 / speedupValue - 1 / relativeP) / (1 - 1 / relativeP);
}

// src/domain/analysis/scaling.ts
var MIN_REPEATS_FOR_SPEEDUP = 3;
function analyseScaling(args) {
  const { spec, stage, cells } = args;
  const over = spec.over;
  const warnings = [];
  const fewRepeats = /* @__PURE__ */ new Set();
  const seriesMap = groupSeries(cells, over);
  if (seriesMap.size === 0) warnings.push(`speedup: no cell of stage ${stage} has a value for "${over}"`);
  const series = [];
  let firstBaseline;
  for (const { fixed, cells: members } of seriesMap.values()) {
    const built = scalingSeries({ ...args, fixed, members, warnings, fewRepeats });
    if (!built) continue;
    firstBaseline ??= built.baseline;
    series.push(built.series);
  }
  if (fewRepeats.size > 0) {
    warnings.push(
      `speedup from n<${MIN_REPEATS_FOR_SPEEDUP} samples is not a measurement: ${[...fewRepeats].join(", ")} (raise repeats to ${MIN_REPEATS_FOR_SPEEDUP} or more)`
    );
  }
  const report = {
    axis: over,
    baseline: spec.baseline,
    ...spec.target !== void 0 ? { target: spec.target } : {},
    series
  };
  return { report, ...firstBaseline ? { baseline: firstBaseline } : {}, warnings };
}
function groupSeries(cells, over) {
  const seriesMap = /* @__PURE__ */ new Map();
  for (const cell of cells) {
    const raw = cell.report.values[over];
    if (raw === void 0) continue;
    const fixed = Object.fromEntries(Object.entries(cell.report.values).filter(([k]) => k !== over));
    const key = JSON.stringify(Object.entries(fixed).map(([k, v]) => [k, String(v)]));
    const entry = seriesMap.get(key) ?? { fixed, cells: [] };
    entry.cells.push(cell);
    seriesMap.set(key, entry);
  }
  return seriesMap;
}
function scalingSeries(args) {
  const { spec, stage, cells, confidence, fixed, members, warnings, fewRepeats } = args;
  const over = spec.over;
  const baseline = findBaseline(spec.baseline, fixed, cells);
  if (!baseline) {
    warnings.push(
      `speedup: no cell matches the baseline ${describeValues(spec.baseline)} for the series ${describeValues(fixed)}`
    );
    return void 0;
  }
  const p0 = Number(baseline.report.values[over]);
  if (!(p0 > 0)) {
    warnings.push(
      `speedup: the baseline's ${over} = ${String(baseline.report.values[over])} is not a positive number`
    );
    return void 0;
  }
  if (baseline.wallSamples.length === 0) {
    warnings.push(`speedup: the baseline ${baseline.report.cellId} has no complete repeat to compare with`);
    return void 0;
  }
  const points = [];
  for (const cell of members) {
    const p = Number(cell.report.values[over]);
    if (!(p > 0)) {
      warnings.push(
        `speedup: ${cell.report.cellId} has ${over} = ${String(cell.report.values[over])}, not a positive number`
      );
      continue;
    }
    if (cell.wallSamples.length === 0) continue;
    const point = scalingPoint(cell, baseline, p, p0, confidence, warnings);
    if (cell !== baseline && Math.min(cell.wallSamples.length, baseline.wallSamples.length) < MIN_REPEATS_FOR_SPEEDUP) {
      fewRepeats.add(cell.report.cellId);
    }
    points.push(point);
  }
  points.sort((a, b) => a.p - b.p);
  const series = { fixed, stage, baselineCellId: baseline.report.cellId, points };
  if (new Set(points.map((pt) => pt.p)).size >= 3) {
    const fit = fitAmdahl(
      members.filter((c) => c.wallSamples.length > 0).map((c) => ({ p: Number(c.report.values[over]), seconds: mean(c.wallSamples) }))
    );
    if (fit) series.amdahl = { serialFraction: fit.serialFraction, maxSpeedup: fit.maxSpeedup, r2: fit.r2 };
  }
  return { series, baseline };
}
function scalingPoint(cell, baseline, p, p0, confidence, warnings) {
  const costPerRepeat = cell.repeatCosts.length > 0 ? mean(cell.repeatCosts) : void 0;
  const base = { cellId: cell.report.cellId, p, n: cell.wallSamples.length };
  if (cell === baseline) {
    return {
      ...base,
      speedup: { value: 1 },
      efficiency: 1,
      ...costPerRepeat !== void 0 ? { costPerSpeedup: costPerRepeat } : {}
    };
  }
  const r = speedup(baseline.wallSamples, cell.wallSamples, confidence);
  if (!r.ci && r.reason) warnings.push(`speedup of ${cell.report.cellId}: ${r.reason}`);
  const kf = karpFlatt(r.value, p / p0);
  return {
    ...base,
    speedup: { value: r.value, ...r.ci ? { ci: r.ci } : {}, ...r.unbounded ? { unbounded: true } : {} },
    efficiency: efficiency(r.value, p, p0),
    ...kf !== void 0 ? { karpFlatt: kf } : {},
    ...costPerRepeat !== void 0 && r.value > 0 ? { costPerSpeedup: costPerRepeat / r.value } : {}
  };
}
function findBaseline(baseline, fixed, cells) {
  return cells.find(
    (c) => matchesAll(c.report.values, baseline) && Object.entries(fixed).every(
      ([k, v]) => k in baseline || k in c.report.values && sameScalar(c.report.values[k], v)
    )
  );
}
function describeValues(values) {
  const parts = Object.entries(values).map(([k, v]) => `${k}=${String(v)}`);
  return parts.length === 0 ? "(all)" : parts.join(", ");
}

// src/domain/analysis/targets.ts
function judge(estimate, min, max) {
  const { value, ci } = estimate;
  if (estimate.unbounded) return "inconclusive";
  const verdicts = [];
  if (min !== void 0) {
    if (ci && ci[0] >= min) verdicts.push("met");
    else if ((ci ? ci[1] : value) < min) verdicts.push("missed");
    else verdicts.push("inconclusive");
  }
  if (max !== void 0) {
    if (ci && ci[1] <= max) verdicts.push("met");
    else if ((ci ? ci[0] : value) > max) verdicts.push("missed");
    else verdicts.push("inconclusive");
  }
  if (verdicts.includes("missed")) return "missed";
  if (verdicts.length > 0 && verdicts.every((v) => v === "met")) return "met";
  return "inconclusive";
}
function speedupTargets(scaling, confidence) {
  const target = scaling.target;
  if (target === void 0) return [];
  const results = [];
  for (const series of scaling.series) {
    const candidates = series.points.filter((pt) => pt.cellId !== series.baselineCellId);
    const top = Math.max(...candidates.map((pt) => pt.p));
    for (const point of candidates.filter((pt) => pt.p === top)) {
      const where = describeValues(series.fixed);
      results.push({
        description: `speedup at ${scaling.axis}=${point.p}${where === "(all)" ? "" : ` (${where})`}`,
        cellId: point.cellId,
        target: `>= ${fmt(target)}x`,
        actual: describe(point.speedup, "x", confidence),
        status: judge(point.speedup, target)
      });
    }
  }
  return results;
}
function listedTargets(args) {
  const { cells, scaling, confidence, multiStage } = args;
  const results = [];
  for (const spec of args.targets) {
    const bound = describeBound(spec);
    const matching = cells.filter((c) => !spec.cell || matchesAll(c.report.values, spec.cell));
    let found = 0;
    for (const cell of matching) {
      const measured = measure(spec.metric, cell, scaling);
      if (!measured) continue;
      found++;
      const stage = multiStage ? ` in stage ${cell.report.stage}` : "";
      results.push({
        description: `${spec.metric} of ${cell.report.cellId}${stage}`,
        cellId: cell.report.cellId,
        target: `${bound}${measured.unit === "x" ? "x" : measured.unit ? ` ${measured.unit}` : ""}`,
        actual: describe(measured.estimate, measured.unit, confidence),
        status: judge(measured.estimate, spec.min, spec.max)
      });
    }
    if (found === 0) {
      results.push({
        description: `${spec.metric}${spec.cell ? ` of ${describeValues(spec.cell)}` : ""}`,
        target: bound,
        actual: "no data",
        status: "inconclusive"
      });
    }
  }
  return results;
}
function measure(metric, cell, scaling) {
  const fromSummary = (s2) => s2.n === 0 ? void 0 : { value: s2.mean, ...s2.n >= 2 ? { ci: s2.ci } : {} };
  if (metric === "wall-time") {
    const e2 = fromSummary(cell.report.wall);
    return e2 && { estimate: e2, unit: "s" };
  }
  if (metric === "cost") {
    const e2 = cell.repeatCosts.length > 0 ? fromSummary(summarize(cell.repeatCosts)) : void 0;
    return e2 && { estimate: e2, unit: "USD" };
  }
  if (metric === "speedup" || metric === "efficiency") {
    const point = scalingPoint2(scaling, cell);
    if (!point) return void 0;
    if (metric === "speedup") return { estimate: point.speedup, unit: "x" };
    const scale = point.efficiency / point.speedup.value;
    const ci = point.speedup.ci?.map((v) => v * scale);
    const unbounded = point.speedup.unbounded ? { unbounded: true } : {};
    return { estimate: { value: point.efficiency, ...ci ? { ci } : {}, ...unbounded }, unit: "" };
  }
  const s = cell.report.metrics[metric];
  const e = s && fromSummary(s);
  return e && { estimate: e, unit: "" };
}
function scalingPoint2(scaling, cell) {
  for (const series of scaling?.series ?? []) {
    if (series.stage !== cell.report.stage) continue;
    const point = series.points.find((pt) => pt.cellId === cell.report.cellId);
    if (point) return point;
  }
  return void 0;
}
function describeBound(spec) {
  if (spec.min !== void 0 && spec.max !== void 0)
    return `between ${fmt(spec.min)} and ${fmt(spec.max)}`;
  if (spec.min !== void 0) return `>= ${fmt(spec.min)}`;
  if (spec.max !== void 0) return `<= ${fmt(spec.max)}`;
  return "any";
}
function describe(e, unit, confidence) {
  const u = unit === "x" ? "x" : unit ? ` ${unit}` : "";
  const ci = e.ci ? ` (${Math.round(confidence * 100)}% CI ${fmt(e.ci[0])}${u} to ${fmt(e.ci[1])}${u})` : e.unbounded ? ` (${Math.round(confidence * 100)}% CI unbounded)` : " (no interval)";
  return `${fmt(e.value)}${u}${ci}`;
}
function fmt(x) {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x))));
  return x.toFixed(Math.min(digits, 6));
}

// src/domain/analysis/retried-attempts.ts
function retriedAttemptWarnings(records) {
  const last = /* @__PURE__ */ new Map();
  for (const r of records) last.set(r.jobId, Math.max(last.get(r.jobId) ?? 0, r.attempt));
  const byReason = /* @__PURE__ */ new Map();
  for (const r of records) {
    if (r.attempt >= (last.get(r.jobId) ?? 0) || r.status === "succeeded") continue;
    const reason = r.statusReason ?? r.status;
    byReason.set(reason, [...byReason.get(reason) ?? [], r]);
  }
  return [...byReason].map(([reason, rs]) => {
    const shown = rs.slice(0, 3).map((r) => `${r.stage}/${r.cellId} repeat ${r.repeat} attempt ${r.attempt}`);
    const more = rs.length > 3 ? ` and ${rs.length - 3} more` : "";
    return `${plural(rs.length, "attempt")} ran again after: ${reason} (${shown.join(", ")}${more})`;
  });
}

// src/domain/analysis/build-report.ts
var NOISY_CV = 0.1;
function buildReport(given) {
  const input = {
    ...given,
    prices: withFileInstanceTypes(given.prices, given.experiment.costs.instanceTypes ?? {})
  };
  const { experiment, plan, records } = input;
  const confidence = experiment.analysis.confidence;
  const outcomes = resolveOutcomes(plan, records);
  const cells = analyseCells(input, outcomes.tasks, outcomes.billed);
  const scaling = scalingOf(experiment, cells);
  const { cost, warnings: costWarnings } = costOf(input, cells, outcomes.billed);
  const targets = [
    ...scaling ? speedupTargets(scaling.report, confidence) : [],
    ...listedTargets({
      targets: experiment.analysis.targets,
      cells,
      ...scaling ? { scaling: scaling.report } : {},
      confidence,
      multiStage: experiment.stages.length > 1
    })
  ];
  const tasks = taskCounts(outcomes.tasks);
  const warnings = [
    ...plan.warnings,
    ...unplannedWarnings(outcomes.unplanned),
    ...cellWarnings(cells),
    ...scaling ? scaling.warnings : fewRepeatsWarnings(cells),
    ...costWarnings,
    ...taskWarnings(tasks),
    ...retriedAttemptWarnings(records)
  ];
  const extrapolation = extrapolate(experiment, cells, scaling);
  const recommendation = recommendFor(input, cells);
  return {
    schemaVersion: 1,
    experiment: reportedExperiment(experiment),
    run: reportedRun(input.run, tasks),
    confidence,
    cells: cells.map((c) => c.report),
    ...scaling ? { scaling: scaling.report } : {},
    cost,
    ...extrapolation ? { extrapolation } : {},
    ...recommendation ? { recommendation } : {},
    targets,
    failures: outcomes.tasks.flatMap(failureReports),
    warnings
  };
}
function reportedExperiment(experiment) {
  return {
    name: experiment.name,
    ...experiment.description !== void 0 ? { description: experiment.description } : {},
    file: experiment.file,
    ...experiment.analysis.failOn ? { failOn: experiment.analysis.failOn } : {}
  };
}
function reportedRun(run, tasks) {
  return {
    ...runInfo(run),
    status: runStatus(tasks),
    jobsPlanned: tasks.planned,
    jobsSucceeded: tasks.succeeded,
    jobsFailed: tasks.failed,
    jobsMissing: tasks.missing,
    jobsCancelled: tasks.cancelled
  };
}
function unplannedWarnings(unplanned) {
  if (unplanned.length === 0) return [];
  const ids = [...new Set(unplanned.map((r) => r.jobId))];
  return [
    `${plural(ids.length, "job id")} in the results ${ids.length === 1 ? "is" : "are"} not in the plan and ${ids.length === 1 ? "was" : "were"} ignored: ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", ..." : ""}`
  ];
}
function scalingOf(experiment, cells) {
  if (!experiment.analysis.speedup) return void 0;
  const stage = pickScalingStage(experiment);
  return analyseScaling({
    spec: experiment.analysis.speedup,
    stage,
    cells: cells.filter((c) => c.report.stage === stage),
    confidence: experiment.analysis.confidence
  });
}
function fewRepeatsWarnings(cells) {
  return cells.some((c) => c.wallSamples.length > 0 && c.wallSamples.length < MIN_REPEATS_FOR_SPEEDUP) ? [
    `fewer than ${MIN_REPEATS_FOR_SPEEDUP} repeats: wall-time intervals are wide or absent (any speedup from n<3 samples is not a measurement)`
  ] : [];
}
function costOf(input, cells, billed) {
  const { experiment, prices } = input;
  const { cost, warnings } = costBreakdown({ experiment, cells, prices });
  if (input.variants && input.variants.length > 0) {
    const compared = compareCosts({ variants: input.variants, billed, prices, baseTotalUsd: cost.totalUsd });
    cost.compare = compared.compare;
    warnings.push(...compared.warnings);
  }
  return { cost, warnings };
}
function taskCounts(tasks) {
  const n = { succeeded: 0, failed: 0, missing: 0, cancelled: 0 };
  for (const t of tasks) n[t.state]++;
  return { planned: tasks.length, ...n };
}
function taskWarnings({ planned, failed, missing, cancelled }) {
  const warnings = [];
  if (cancelled > 0)
    warnings.push(
      `${cancelled} of ${plural(planned, "job")} ${cancelled === 1 ? "was" : "were"} cancelled before ${cancelled === 1 ? "it" : "they"} finished; ${cancelled === 1 ? "its cell is" : "their cells are"} missing repeats`
    );
  if (failed > 0)
    warnings.push(
      `${failed} of ${plural(planned, "job")} failed; ${failed === 1 ? "its cell is" : "their cells are"} missing repeats`
    );
  if (missing > 0)
    warnings.push(
      `${missing} of ${plural(planned, "planned job")} ${missing === 1 ? "has" : "have"} no result (not run, or not collected)`
    );
  return warnings;
}
function recommendFor(input, cells) {
  const { experiment } = input;
  const d = experiment.decide ?? {};
  const scale = d.scale ?? experiment.analysis.extrapolate?.factor;
  return recommend({
    cells: cells.map((c) => c.report),
    ...d.budgetUsd !== void 0 ? { budgetUsd: d.budgetUsd } : {},
    ...d.deadlineSec !== void 0 ? { deadlineSec: d.deadlineSec } : {},
    ...scale !== void 0 ? { scale } : {},
    ...input.run.cpuCount !== void 0 ? { cpuCount: input.run.cpuCount } : {},
    ...experiment.analysis.speedup ? { workersAxis: experiment.analysis.speedup.over } : {},
    vcpusByCell: vcpusPerRun(input.plan)
  });
}
function vcpusPerRun(plan) {
  const out = {};
  for (const j of plan.jobs) {
    if (j.repeat === 1 && !j.speculativeOf) out[j.cellId] = (out[j.cellId] ?? 0) + j.resources.vcpus;
  }
  return out;
}
function runInfo(run) {
  return {
    id: run.id,
    backend: run.backend,
    startedAt: run.startedAt,
    ...run.finishedAt !== void 0 ? { finishedAt: run.finishedAt } : {},
    ...run.host !== void 0 ? { host: run.host } : {},
    ...run.cpuModel !== void 0 ? { cpuModel: run.cpuModel } : {},
    ...run.cpuCount !== void 0 ? { cpuCount: run.cpuCount } : {},
    ...run.gitCommit !== void 0 ? { gitCommit: run.gitCommit } : {}
  };
}
function analyseCells(input, tasks, billed) {
  const { plan, experiment, prices } = input;
  const billedByCell = groupByCell(billed, (b) => b.job);
  return cellsWithTasks(plan, tasks).map(
    ({ stage, cell, tasks: cellTasks }) => analyseCell({
      stage,
      cell,
      tasks: cellTasks,
      billed: billedByCell.get(stage)?.get(cell.id) ?? [],
      prices,
      confidence: experiment.analysis.confidence,
      stragglerFactor: experiment.analysis.stragglerFactor
    })
  );
}
function cellWarnings(cells) {
  const warnings = [];
  for (const c of cells) {
    const where = `${c.report.stage}/${c.report.cellId}`;
    if (c.incompleteRepeats > 0) {
      warnings.push(
        `${where}: ${plural(c.incompleteRepeats, "repeat")} left out of wall time because a job failed or has no result`
      );
    }
    if (c.report.wall.cv > NOISY_CV) {
      warnings.push(
        `${where}: wall time varies by cv=${c.report.wall.cv.toFixed(2)} (over ${NOISY_CV}); treat it as noisy`
      );
    }
  }
  const unpriced = /* @__PURE__ */ new Map();
  for (const c of cells) {
    for (const note of c.costNotes) unpriced.set(note, [...unpriced.get(note) ?? [], c.report.cellId]);
  }
  for (const [note, ids] of unpriced) {
    const list = ids.length > 3 ? `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more` : ids.join(", ");
    warnings.push(`cost not known for ${list}: ${note}`);
  }
  return warnings;
}
function pickScalingStage(experiment) {
  const fanned = experiment.stages.find((s) => s.fanOut);
  return (fanned ?? experiment.stages[experiment.stages.length - 1])?.name ?? "main";
}
function extrapolate(experiment, cells, scaling) {
  const factor = experiment.analysis.extrapolate?.factor;
  if (factor === void 0) return void 0;
  const cell = scaling?.baseline ?? cells.find((c) => c.wallSamples.length > 0);
  if (!cell) return void 0;
  const wall = cell.report.wall;
  return {
    factor,
    cellId: cell.report.cellId,
    stage: cell.report.stage,
    measuredSeconds: wall,
    projectedSeconds: {
      value: factor * wall.mean,
      ...wall.n >= 2 ? { ci: [factor * wall.ci[0], factor * wall.ci[1]] } : {}
    },
    ...cell.repeatCosts.length > 0 ? { projectedUsd: factor * mean(cell.repeatCosts) } : {}
  };
}
function failureReports(task) {
  return task.failures.map((r) => ({
    jobId: r.jobId,
    stage: task.job.stage,
    cellId: task.job.cellId,
    attempt: r.attempt,
    status: r.status,
    ...r.exitCode !== void 0 ? { exitCode: r.exitCode } : {},
    ...r.statusReason !== void 0 ? { reason: r.statusReason } : r.signal ? { reason: `killed by ${r.signal}` } : {},
    logTail: r.logTail ?? []
  }));
}
function runStatus({ planned, succeeded, failed, cancelled }) {
  if (succeeded === planned) return "complete";
  if (cancelled > 0 && failed === 0) return "cancelled";
  return succeeded === 0 ? "failed" : "partial";
}

export {
  makespan,
  groupBy,
  cellsWithTasks,
  resolveTasks,
  speedupTargets,
  buildReport,
  reportedExperiment,
  reportedRun,
  scalingOf,
  taskCounts,
  withDecide
};

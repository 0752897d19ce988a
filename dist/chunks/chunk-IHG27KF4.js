import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  expandMatrix,
  renderTemplate,
  toCells
} from "./chunk-VW7L6ZQL.js";
import {
  instancePrice
} from "./chunk-I3F55QQV.js";

// src/domain/cost/job-cost.ts
var GIB = 1024 ** 3;
var HOUR = 3600;
function jobCost(args) {
  const { prices, compute, vcpus, memoryBytes, seconds } = args;
  const gpus = args.gpus ?? 0;
  const hours = Math.max(0, seconds) / HOUR;
  if (compute.platform === "fargate") {
    const f = prices.regions[compute.region]?.fargate;
    if (f?.vcpuHourly == null || f.gbHourly == null) {
      return { usd: 0, known: false, note: `no Fargate price for ${compute.region} in the price table` };
    }
    const onDemand2 = hours * (vcpus * f.vcpuHourly + memoryBytes / GIB * f.gbHourly);
    const spot2 = f.spotDiscount == null ? void 0 : onDemand2 * (1 - f.spotDiscount);
    const usd = usesSpot(compute.capacity) && spot2 !== void 0 ? spot2 : onDemand2;
    const note = usesSpot(compute.capacity) && spot2 === void 0 ? "Fargate Spot discount is not published; priced at on-demand" : void 0;
    return { usd, onDemandUsd: onDemand2, spotUsd: spot2, known: true, ...note ? { note } : {} };
  }
  if (!compute.instanceType) return { usd: 0, known: false, note: "no instance-type to price" };
  const p = instancePrice(prices, compute.region, compute.instanceType);
  if (!p) {
    return {
      usd: 0,
      known: false,
      note: `${compute.instanceType} in ${compute.region} is not in the price table`
    };
  }
  const gpuShare = gpus > 0 ? p.gpus > 0 ? gpus / p.gpus : Infinity : 0;
  const share = Math.min(1, Math.max(vcpus / p.vcpus, memoryBytes / GIB / p.memoryGiB, gpuShare));
  const onDemand = p.onDemandHourly == null ? void 0 : hours * share * p.onDemandHourly;
  const spot = p.spotHourlyTypical == null ? void 0 : hours * share * p.spotHourlyTypical;
  const wanted = usesSpot(compute.capacity) ? spot : onDemand;
  if (wanted === void 0) {
    return {
      usd: 0,
      onDemandUsd: onDemand,
      spotUsd: spot,
      known: false,
      note: `no ${usesSpot(compute.capacity) ? "Spot" : "on-demand"} price for ${compute.instanceType} in ${compute.region}`
    };
  }
  return { usd: wanted, onDemandUsd: onDemand, spotUsd: spot, known: true };
}
function usesSpot(capacity) {
  return capacity === "spot" || capacity === "spot-then-on-demand";
}

// src/domain/cost/extra-costs.ts
var GB = 1e9;
var HOURS_PER_MONTH = 730;
function storageCost(prices, region, spec) {
  const r = prices.regions[region];
  const perGbMonth = spec.kind === "s3" ? r?.s3?.standardGbMonth : spec.kind === "fsx-lustre" ? r?.fsxLustre?.scratch2GbMonth : void 0;
  if (perGbMonth == null) {
    return { usd: 0, known: false, note: `no ${spec.kind} price for ${region} in the price table` };
  }
  const months = (spec.hours ?? HOURS_PER_MONTH) / HOURS_PER_MONTH;
  return { usd: spec.sizeBytes / GB * perGbMonth * months, known: true };
}
function transferCost(prices, region, bytes) {
  if (bytes <= 0) return { usd: 0, known: true };
  const perGb = prices.regions[region]?.dataTransferOutGb;
  if (perGb == null) return { usd: 0, known: false, note: `no data transfer price for ${region}` };
  return { usd: bytes / GB * perGb, known: true };
}

// src/domain/plan/build-plan.ts
var BACKENDS = ["local", "aws-batch"];
function buildPlan(exp, opts) {
  const problems = [];
  const warnings = [];
  const cells = toCells(expandMatrix(exp.matrix));
  const repeats = opts.repeats ?? exp.repeats;
  const jobs = [];
  const estimates = [];
  const stageJobIds = /* @__PURE__ */ new Map();
  for (const stage of exp.stages) {
    for (const cell of cells) {
      const compute = resolveCompute(stage, cell, problems);
      const shardCount = resolveWorkers(stage, cell, problems, warnings);
      let estimate;
      for (let repeat = 1; repeat <= repeats; repeat++) {
        const groupId = `${stage.name}.${cell.id}.r${repeat}`;
        const group = expandGroup(stage, cell, repeat, shardCount, compute, groupId);
        for (const job of group) {
          job.needs = stage.needs.flatMap((n) => stageJobIds.get(`${n}|${cell.id}|${repeat}`) ?? []);
        }
        stageJobIds.set(
          `${stage.name}|${cell.id}|${repeat}`,
          group.filter((j) => !j.speculativeOf).map((j) => j.id)
        );
        jobs.push(...group);
        estimate ??= estimateGroup(stage, cell, group, opts);
      }
      if (estimate) estimates.push(estimate);
    }
  }
  const plan = {
    experiment: exp.name,
    file: exp.file,
    cells,
    stages: exp.stages.map((s) => s.name),
    jobs,
    estimates,
    totals: totals(exp, jobs, estimates, repeats, opts),
    priceSnapshot: opts.prices.snapshot,
    warnings
  };
  problems.push(...checkBudget(exp, plan));
  return { plan, problems };
}
function resolveCompute(stage, cell, problems) {
  const backend = renderTemplate(String(stage.compute.backend), { matrix: cell.values });
  if (!BACKENDS.includes(backend)) {
    problems.push({
      path: ["compute", "backend"],
      message: `cell ${cell.id}: backend "${backend}" is not one of ${BACKENDS.join(", ")}`,
      hint: "give the matrix axis only the values local and aws-batch",
      severity: "error"
    });
  }
  const { backend: _b, ...rest } = stage.compute;
  return { ...rest, backend: BACKENDS.includes(backend) ? backend : "local" };
}
function resolveWorkers(stage, cell, problems, warnings) {
  if (!stage.fanOut) return 1;
  const raw = renderTemplate(String(stage.fanOut.workers), { matrix: cell.values });
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 1) {
    problems.push({
      path: ["fan-out", "workers"],
      message: `cell ${cell.id}: fan-out workers "${raw}" is not a whole number of at least 1`,
      hint: "use a matrix axis of whole numbers, e.g. workers: [1, 10, 25, 50]",
      severity: "error"
    });
    return 1;
  }
  if (workers > stage.fanOut.items) {
    warnings.push(
      `stage ${stage.name}, cell ${cell.id}: ${workers} workers for ${stage.fanOut.items} items; only ${stage.fanOut.items} shards have work, so ${stage.fanOut.items} are used`
    );
    return stage.fanOut.items;
  }
  return workers;
}
function expandGroup(stage, cell, repeat, shardCount, compute, groupId) {
  const items = stage.fanOut?.items;
  const shards = [];
  for (let index = 0; index < shardCount; index++) {
    const ctx = { matrix: cell.values, shard: { index, count: shardCount }, repeat };
    const job = {
      id: shardCount > 1 ? `${groupId}.s${index}` : groupId,
      stage: stage.name,
      cellId: cell.id,
      repeat,
      shardIndex: index,
      shardCount,
      groupId,
      command: stage.run.command.map((c) => renderTemplate(c, ctx)),
      env: Object.fromEntries(Object.entries(stage.run.env).map(([k, v]) => [k, renderTemplate(v, ctx)])),
      resources: stage.resources,
      compute: { ...compute, tags: { ...compute.tags } },
      needs: []
    };
    if (stage.run.workdir !== void 0) job.workdir = stage.run.workdir;
    if (items !== void 0) {
      job.itemStart = Math.floor(index * items / shardCount);
      job.itemEnd = Math.floor((index + 1) * items / shardCount);
    }
    shards.push(job);
  }
  return [...shards, ...speculativeCopies(stage, shards)];
}
function speculativeCopies(stage, shards) {
  const factor = stage.fanOut?.oversubscribe ?? 1;
  const count = Math.min(shards.length, Math.ceil(shards.length * (factor - 1) - 1e-9));
  if (count <= 0 || shards.length < 2) return [];
  const size = (j) => (j.itemEnd ?? 0) - (j.itemStart ?? 0);
  const chosen = [...shards].sort((a, b) => size(b) - size(a) || b.shardIndex - a.shardIndex).slice(0, count);
  return chosen.sort((a, b) => a.shardIndex - b.shardIndex).map((original) => ({ ...original, id: `${original.id}.x1`, speculativeOf: original.id }));
}
function estimateGroup(stage, cell, group, opts) {
  const measured = opts.history?.(stage.name, cell.id);
  const first = group[0];
  const perJobSeconds = measured?.seconds ?? stage.resources.timeoutSec;
  const priced = measured?.usd ?? group.reduce(
    (sum, job) => sum + jobCost({
      prices: opts.prices,
      compute: job.compute,
      vcpus: job.resources.vcpus,
      memoryBytes: job.resources.memoryBytes,
      gpus: job.resources.gpus,
      seconds: perJobSeconds
    }).usd,
    0
  );
  return {
    cellId: cell.id,
    stage: stage.name,
    jobs: group.length,
    vcpus: group.reduce((s, j) => s + j.resources.vcpus, 0),
    seconds: measured?.seconds ?? (first.compute.backend === "local" ? localGroupSeconds(group, perJobSeconds, opts) : perJobSeconds),
    usd: priced,
    basis: measured ? "history" : "timeout"
  };
}
function localGroupSeconds(group, seconds, opts) {
  const slots = Math.max(1, opts.localConcurrency ?? 1);
  const originals = group.filter((j) => !j.speculativeOf);
  const perJobSlots = Math.min(slots, originals[0].resources.vcpus);
  const atOnce = Math.max(1, Math.floor(slots / perJobSlots));
  return Math.ceil(originals.length / atOnce) * seconds;
}
function totals(exp, jobs, estimates, repeats, opts) {
  const vcpuHours = jobs.reduce((sum, job) => {
    const seconds2 = opts.history?.(job.stage, job.cellId)?.seconds ?? job.resources.timeoutSec;
    return sum + job.resources.vcpus * seconds2 / 3600;
  }, 0);
  const peakVcpus = Math.max(
    0,
    ...exp.stages.map(
      (s) => jobs.filter((j) => j.stage === s.name).reduce((sum, j) => sum + j.resources.vcpus, 0)
    )
  );
  let seconds = 0;
  for (const stage of exp.stages) {
    const mine = estimates.filter((e) => e.stage === stage.name);
    const local = mine.filter((e) => jobs.find((j) => j.cellId === e.cellId)?.compute.backend === "local");
    const cloud = mine.filter((e) => !local.includes(e));
    const localSeconds = local.reduce((s, e) => s + e.seconds * repeats, 0);
    const cloudSeconds = Math.max(0, ...cloud.map((e) => e.seconds));
    seconds += Math.max(localSeconds, cloudSeconds);
  }
  const computeUsd = estimates.reduce((s, e) => s + e.usd * repeats, 0);
  const region = exp.stages[0]?.compute.region ?? "us-east-1";
  const storageUsd = exp.costs.storage.reduce((s, spec) => s + storageCost(opts.prices, region, spec).usd, 0);
  const transferUsd = transferCost(opts.prices, region, exp.costs.transferOutBytes).usd;
  return {
    jobs: jobs.length,
    cells: new Set(jobs.map((j) => j.cellId)).size,
    vcpuHours,
    peakVcpus,
    seconds,
    computeUsd,
    storageUsd,
    transferUsd,
    usd: computeUsd + storageUsd + transferUsd
  };
}
function checkBudget(exp, plan) {
  const problems = [];
  const { maxJobs, maxVcpus, maxUsd } = exp.budget;
  if (maxJobs !== void 0 && plan.totals.jobs > maxJobs) {
    problems.push({
      path: ["budget", "max-jobs"],
      message: `the plan has ${plan.totals.jobs} jobs, over the budget of ${maxJobs}`,
      hint: "lower repeats, remove matrix values, or raise budget.max-jobs",
      severity: "error"
    });
  }
  if (maxVcpus !== void 0) {
    const biggest = Math.max(0, ...plan.jobs.map((j) => j.resources.vcpus));
    if (biggest > maxVcpus) {
      problems.push({
        path: ["budget", "max-vcpus"],
        message: `a job asks for ${biggest} vCPUs, over the budget of ${maxVcpus} vCPUs at once`,
        hint: "lower resources.vcpus or raise budget.max-vcpus",
        severity: "error"
      });
    }
  }
  if (maxUsd !== void 0 && plan.totals.usd > maxUsd) {
    const worstCase = plan.estimates.some((e) => e.basis === "timeout");
    problems.push({
      path: ["budget", "max-usd"],
      message: worstCase ? `if every job ran to its timeout the run would cost $${plan.totals.usd.toFixed(2)}, over the budget of $${maxUsd}` : `the estimated cost $${plan.totals.usd.toFixed(2)} is over the budget of $${maxUsd}`,
      hint: worstCase ? "the estimate uses timeouts until a run has measured the jobs; lower resources.timeout to bound it" : "use spot capacity, fewer repeats, or raise budget.max-usd",
      severity: worstCase ? "warning" : "error"
    });
  }
  return problems;
}

export {
  jobCost,
  storageCost,
  transferCost,
  buildPlan
};

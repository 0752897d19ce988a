import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  MAX_JOBS_PER_PLAN,
  MAX_JOB_DEPENDENCIES,
  countJobs,
  expandMatrix,
  renderTemplate,
  shardsOf,
  speculativeCount,
  toCells,
  workersOf
} from "./chunk-OJYSATZJ.js";
import {
  alphaOf,
  instancePrice,
  median,
  minimumDetectableChange,
  pct,
  priceBasisLine
} from "./chunk-ZGWMIHYT.js";

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

// src/domain/plan/plan-limits.ts
function stagePath(exp, stage) {
  return exp.stages.length === 1 && stage === "main" ? [] : ["stages", stage];
}
function emptyPlan(exp, cells, opts) {
  return {
    experiment: exp.name,
    file: exp.file,
    cells,
    stages: exp.stages.map((s) => s.name),
    jobs: [],
    estimates: [],
    totals: {
      jobs: 0,
      cells: cells.length,
      vcpuHours: 0,
      peakVcpus: 0,
      seconds: 0,
      computeUsd: 0,
      storageUsd: 0,
      transferUsd: 0,
      usd: 0
    },
    priceSnapshot: opts.prices.snapshot,
    warnings: []
  };
}
function tooManyJobs(exp, cells, repeats, jobs) {
  let widest;
  for (const stage of exp.stages) {
    for (const cell of cells) {
      const shards2 = shardsOf(stage, workersOf(stage, cell) ?? 1);
      if (!widest || shards2 > widest.shards) widest = { stage: stage.name, shards: shards2 };
    }
  }
  const shards = widest?.shards ?? 1;
  const path = shards >= cells.length && shards >= repeats && widest ? [...stagePath(exp, widest.stage), "fan-out", "workers"] : cells.length >= repeats ? ["matrix"] : ["repeats"];
  return {
    path,
    message: `the plan would hold ${jobs} jobs (${cells.length} cells, ${repeats} repeats, up to ${shards} shards, ${exp.stages.length} stages), over the limit of ${MAX_JOBS_PER_PLAN} jobs per plan`,
    hint: "lower repeats, fan-out workers or matrix values, or split the experiment into several files",
    severity: "error"
  };
}
function tooManyNeeds(exp, at) {
  return {
    path: [...stagePath(exp, at.stage), "needs"],
    message: `cell ${at.cellId}: each job of stage ${at.stage} would wait on ${at.needs} jobs, over the ${MAX_JOB_DEPENDENCIES} dependencies AWS Batch allows a job`,
    hint: `use fewer fan-out workers in the stages it needs (at most ${MAX_JOB_DEPENDENCIES} shards in all)`,
    severity: "error"
  };
}

// src/domain/stats/design-power.ts
var ASSUMED_CV = 0.05;
var DESIGN_POWER = 0.8;
function designSensitivity(repeats, alpha, historyCv) {
  const known = historyCv !== void 0 && Number.isFinite(historyCv) && historyCv > 0;
  const cv = known ? historyCv : ASSUMED_CV;
  const cvBasis = known ? "history" : "assumed";
  const noise = `noise cv ${pct(cv, false)} ${known ? "from earlier runs" : "assumed (no earlier run measured it)"}`;
  const base = { repeats, alpha, power: DESIGN_POWER, cv, cvBasis };
  const d = minimumDetectableChange(repeats, repeats, cv, alpha, DESIGN_POWER);
  if (!d)
    return {
      ...base,
      statement: `with ${repeats} repeat${repeats === 1 ? "" : "s"} no change can be tested against another run: Welch's t needs at least 2 repeats on each side`
    };
  return {
    ...base,
    detectable: d.relative,
    statement: `with ${repeats} repeats a run detects a change of the mean wall time of ${pct(d.relative, false)} or more against another run of ${repeats} (Welch's t, alpha ${alpha}, power ${DESIGN_POWER}, ${noise})`
  };
}

// src/domain/plan/build-plan.ts
var BACKENDS = ["local", "aws-batch"];
function buildPlan(exp, opts) {
  const problems = [];
  const warnings = [];
  const cells = toCells(expandMatrix(exp.matrix));
  const repeats = opts.repeats ?? exp.repeats;
  const count = countJobs(exp.stages, cells, repeats);
  if (count.jobs > MAX_JOBS_PER_PLAN) {
    return { plan: emptyPlan(exp, cells, opts), problems: [tooManyJobs(exp, cells, repeats, count.jobs)] };
  }
  if (count.tooManyNeeds) problems.push(tooManyNeeds(exp, count.tooManyNeeds));
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
    priceSnapshot: priceBasisLine(opts.prices, exp.stages[0]?.compute.region ?? "us-east-1"),
    warnings,
    sensitivity: designSensitivity(repeats, alphaOf(exp.analysis.confidence), historyNoise(exp, cells, opts))
  };
  problems.push(...checkBudget(exp, plan));
  return { plan, problems };
}
function historyNoise(exp, cells, opts) {
  const cvs = exp.stages.flatMap((s) => cells.map((c) => opts.history?.(s.name, c.id)?.cv)).filter((cv) => cv !== void 0 && Number.isFinite(cv));
  return cvs.length === 0 ? void 0 : median(cvs);
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
  const workers = workersOf(stage, cell);
  if (workers === void 0) {
    const raw = renderTemplate(String(stage.fanOut.workers), { matrix: cell.values });
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
    if (stage.run.workdir !== void 0) job.workdir = renderTemplate(stage.run.workdir, ctx);
    if (items !== void 0) {
      job.itemStart = Math.floor(index * items / shardCount);
      job.itemEnd = Math.floor((index + 1) * items / shardCount);
    }
    shards.push(job);
  }
  return [...shards, ...speculativeCopies(stage, shards)];
}
function speculativeCopies(stage, shards) {
  const count = speculativeCount(stage, shards.length);
  if (count === 0) return [];
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
  const stageVcpus = /* @__PURE__ */ new Map();
  const backendOfCell = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    stageVcpus.set(job.stage, (stageVcpus.get(job.stage) ?? 0) + job.resources.vcpus);
    if (!backendOfCell.has(job.cellId)) backendOfCell.set(job.cellId, job.compute.backend);
  }
  const peakVcpus = [...stageVcpus.values()].reduce((a, b) => Math.max(a, b), 0);
  let seconds = 0;
  for (const stage of exp.stages) {
    let localSeconds = 0;
    let cloudSeconds = 0;
    for (const e of estimates) {
      if (e.stage !== stage.name) continue;
      if (backendOfCell.get(e.cellId) === "local") localSeconds += e.seconds * repeats;
      else cloudSeconds = Math.max(cloudSeconds, e.seconds);
    }
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
    const biggest = plan.jobs.reduce((max, j) => Math.max(max, j.resources.vcpus), 0);
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

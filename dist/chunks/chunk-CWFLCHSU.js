import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  MAX_JOBS_PER_PLAN,
  MAX_JOB_DEPENDENCIES,
  compareVariant,
  countJobs,
  expandMatrix,
  jobCost,
  ownPriceBasis,
  priceBasisLine,
  runPriceBasis,
  shardsOf,
  speculativeCount,
  sumKnown,
  toCells,
  withFileInstanceTypes,
  workersOf
} from "./chunk-SIQR2AZH.js";
import {
  BACKEND_NAMES,
  backendList,
  isBackendName,
  planTemplates,
  renderTemplate,
  stageInCell
} from "./chunk-YTWLBMZJ.js";
import {
  alphaOf,
  minimumDetectableChange,
  pct
} from "./chunk-7LCVCKSI.js";
import {
  median
} from "./chunk-AESLYFF2.js";

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

// src/domain/plan/budget.ts
function checkBudget(exp, plan, opts) {
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
    const biggest = plan.jobs.reduce(
      (a, j) => a === void 0 || j.resources.vcpus > a.resources.vcpus ? j : a,
      void 0
    );
    if (biggest && biggest.resources.vcpus > maxVcpus) {
      problems.push({
        path: ["budget", "max-vcpus"],
        message: `job ${biggest.id} asks for ${biggest.resources.vcpus} vCPUs, over the budget of ${maxVcpus} vCPUs at once: it could never start`,
        hint: "lower resources.vcpus or raise budget.max-vcpus",
        severity: "error"
      });
    }
  }
  if (maxUsd !== void 0) {
    const problem = checkMaxUsd(plan, maxUsd, opts.allowOverBudget);
    if (problem) problems.push(problem);
  }
  return problems;
}
function checkMaxUsd(plan, maxUsd, allow) {
  const t = plan.totals;
  const override = allow ? " (going ahead: --allow-over-budget)" : "";
  const severity = allow ? "warning" : "error";
  if (t.usd === null) {
    return {
      path: ["budget", "max-usd"],
      message: `budget.max-usd of $${maxUsd} cannot be held: the cost is unknown (${(t.unpriced ?? []).join("; ")})${override}`,
      hint: "price it (an instance type under costs.instance-types, a Slurm partition with compute.slurm.price), or run with --allow-over-budget",
      severity
    };
  }
  if (t.usd <= maxUsd) return void 0;
  return {
    path: ["budget", "max-usd"],
    message: `the estimated cost $${t.usd.toFixed(2)} is over the budget of $${maxUsd}; ${basisOf(plan.estimates)}${override}`,
    hint: plan.estimates.some((e) => e.basis === "timeout") ? "lower resources.timeout to bound the estimate, use fewer repeats or cells, raise budget.max-usd, or run with --allow-over-budget" : "use spot capacity, fewer repeats or cells, raise budget.max-usd, or run with --allow-over-budget",
    severity
  };
}
function basisOf(estimates) {
  const measured = estimates.filter((e) => e.basis === "history");
  const runs = Math.max(0, ...measured.map((e) => e.historyRuns ?? 1));
  if (measured.length === estimates.length && estimates.length > 0) {
    return `basis: the median of ${runs} earlier run${runs === 1 ? "" : "s"} of this file`;
  }
  if (measured.length === 0) return "basis: every job running to its timeout (no earlier run measured it)";
  return `basis: the median of earlier runs for ${measured.length} of ${estimates.length} cells, every job running to its timeout for the rest`;
}

// src/domain/plan/capped-makespan.ts
function cappedMakespan(tasks, cap) {
  if (tasks.length === 0) return 0;
  if (cap === void 0) return tasks.reduce((max, t) => Math.max(max, t.seconds), 0);
  const running = [];
  let now = 0;
  let inUse = 0;
  let makespan = 0;
  for (const task of tasks) {
    const need = Math.min(task.vcpus, cap);
    while (inUse + need > cap + 1e-9) {
      const first = running.shift();
      now = Math.max(now, first.end);
      inUse -= first.vcpus;
    }
    const end = now + task.seconds;
    let at = running.length;
    while (at > 0 && running[at - 1].end > end) at--;
    running.splice(at, 0, { end, vcpus: need });
    inUse += need;
    makespan = Math.max(makespan, end);
  }
  return makespan;
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
var CAPACITIES = ["on-demand", "spot", "spot-then-on-demand"];
function buildPlan(exp, options) {
  const opts = {
    maxVcpus: exp.budget.maxVcpus,
    ...options,
    prices: withFileInstanceTypes(options.prices, exp.costs.instanceTypes ?? {})
  };
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
  for (const written of exp.stages) {
    for (const cell of cells) {
      const stage = stageInCell(written, cell.values);
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
    ...planTemplates(exp),
    jobs,
    estimates,
    totals: totals(exp, jobs, estimates, repeats, opts),
    priceSnapshot: runPriceBasis(
      [...new Set(jobs.map((j) => j.compute))].map((c) => ownPriceBasis(opts.prices, c)),
      priceBasisLine(opts.prices, exp.stages[0]?.compute.region ?? "us-east-1")
    ),
    warnings,
    sensitivity: designSensitivity(repeats, alphaOf(exp.analysis.confidence), historyNoise(exp, cells, opts))
  };
  problems.push(...checkBudget(exp, plan, { allowOverBudget: opts.allowOverBudget ?? false }));
  return { plan, problems };
}
function historyNoise(exp, cells, opts) {
  const cvs = exp.stages.flatMap((s) => cells.map((c) => opts.history?.(s.name, c.id)?.cv)).filter((cv) => cv !== void 0 && Number.isFinite(cv));
  return cvs.length === 0 ? void 0 : median(cvs);
}
function resolveCompute(stage, cell, problems) {
  const backend = renderTemplate(String(stage.compute.backend), { matrix: cell.values });
  if (!isBackendName(backend)) {
    problems.push({
      path: ["compute", "backend"],
      message: `cell ${cell.id}: backend "${backend}" is not one of ${BACKEND_NAMES.join(", ")}`,
      hint: `give the matrix axis only the values ${backendList("and")}`,
      severity: "error"
    });
  }
  const { backend: _b, ...rest } = stage.compute;
  const render = (text) => text === void 0 ? void 0 : renderTemplate(text, { matrix: cell.values });
  const capacity = render(rest.capacity);
  if (!CAPACITIES.includes(capacity)) {
    problems.push({
      path: ["compute", "capacity"],
      message: `cell ${cell.id}: capacity "${capacity}" is not one of ${CAPACITIES.join(", ")}`,
      hint: "give the matrix axis only the values on-demand, spot and spot-then-on-demand",
      severity: "error"
    });
  }
  const resolved = {
    ...rest,
    capacity: CAPACITIES.includes(capacity) ? capacity : "on-demand",
    ...rest.instanceType !== void 0 ? { instanceType: render(rest.instanceType) } : {},
    ...rest.queue !== void 0 ? { queue: render(rest.queue) } : {},
    ...rest.fallbackQueue !== void 0 ? { fallbackQueue: render(rest.fallbackQueue) } : {}
  };
  return { ...resolved, backend: isBackendName(backend) ? backend : "local" };
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
  const costs = group.map(
    (job) => jobCost({
      prices: opts.prices,
      compute: job.compute,
      vcpus: job.resources.vcpus,
      memoryBytes: job.resources.memoryBytes,
      gpus: job.resources.gpus,
      seconds: perJobSeconds
    })
  );
  const unknown = costs.find((c) => !c.known);
  const usd = measured?.usd ?? sumKnown(costs.map((c) => c.known ? c.usd : null));
  return {
    cellId: cell.id,
    stage: stage.name,
    jobs: group.length,
    vcpus: group.reduce((s, j) => s + j.resources.vcpus, 0),
    seconds: measured?.seconds ?? (first.compute.backend === "local" ? localGroupSeconds(group, perJobSeconds, opts) : perJobSeconds),
    usd,
    ...usd === null ? { unpriced: unknown?.note ?? "no price" } : {},
    basis: measured ? "history" : "timeout",
    ...measured?.runs !== void 0 ? { historyRuns: measured.runs } : {}
  };
}
function localGroupSeconds(group, seconds, opts) {
  const slots = localSlots(opts);
  const originals = group.filter((j) => !j.speculativeOf);
  const perJobSlots = Math.min(slots, originals[0].resources.vcpus);
  const atOnce = Math.max(1, Math.floor(slots / perJobSlots));
  return Math.ceil(originals.length / atOnce) * seconds;
}
function localSlots(opts) {
  const slots = Math.max(1, opts.localConcurrency ?? 1);
  return opts.maxVcpus === void 0 ? slots : Math.max(1, Math.min(slots, Math.floor(opts.maxVcpus)));
}
function totals(exp, jobs, estimates, repeats, opts) {
  const cap = exp.budget.maxVcpus;
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
  const uncappedPeak = [...stageVcpus.values()].reduce((a, b) => Math.max(a, b), 0);
  const peakVcpus = cap === void 0 ? uncappedPeak : Math.min(cap, uncappedPeak);
  const seconds = stageSeconds(exp, jobs, estimates, backendOfCell, repeats, cap);
  const unpriced = /* @__PURE__ */ new Set();
  const computeUsd = sumKnown(estimates.map((e) => e.usd === null ? null : e.usd * repeats));
  for (const e of estimates) if (e.unpriced) unpriced.add(e.unpriced);
  const region = exp.stages[0]?.compute.region ?? "us-east-1";
  const extras = [
    ...exp.costs.storage.map((spec) => storageCost(opts.prices, region, spec)),
    transferCost(opts.prices, region, exp.costs.transferOutBytes)
  ];
  for (const c of extras) if (!c.known) unpriced.add(c.note ?? "an extra cost has no price");
  const storageUsd = sumKnown(extras.slice(0, -1).map((c) => c.known ? c.usd : null));
  const last = extras[extras.length - 1];
  const transferUsd = last.known ? last.usd : null;
  return {
    jobs: jobs.length,
    cells: new Set(jobs.map((j) => j.cellId)).size,
    vcpuHours,
    peakVcpus,
    ...peakVcpus < uncappedPeak ? { uncappedPeakVcpus: uncappedPeak } : {},
    seconds,
    computeUsd,
    storageUsd,
    transferUsd,
    usd: sumKnown([computeUsd, storageUsd, transferUsd]),
    ...unpriced.size > 0 ? { unpriced: [...unpriced] } : {}
  };
}
function stageSeconds(exp, jobs, estimates, backendOfCell, repeats, cap) {
  const local = /* @__PURE__ */ new Map();
  const secondsOf = /* @__PURE__ */ new Map();
  for (const e of estimates) {
    secondsOf.set(`${e.stage}|${e.cellId}`, e.seconds);
    if (backendOfCell.get(e.cellId) === "local")
      local.set(e.stage, (local.get(e.stage) ?? 0) + e.seconds * repeats);
  }
  const cloud = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    if (j.speculativeOf || backendOfCell.get(j.cellId) === "local") continue;
    const tasks = cloud.get(j.stage) ?? [];
    tasks.push({ vcpus: j.resources.vcpus, seconds: secondsOf.get(`${j.stage}|${j.cellId}`) ?? 0 });
    cloud.set(j.stage, tasks);
  }
  return exp.stages.reduce(
    (sum, stage) => sum + Math.max(local.get(stage.name) ?? 0, cappedMakespan(cloud.get(stage.name) ?? [], cap)),
    0
  );
}

// src/app/cost-variants.ts
function costVariants(data, experiment, options) {
  return experiment.compare.flatMap((entry) => {
    const variant = compareVariant(data, experiment.file, entry);
    if (!variant) return [];
    return [{ name: entry.name, experiment: variant, plan: buildPlan(variant, options).plan }];
  });
}

export {
  storageCost,
  transferCost,
  buildPlan,
  costVariants
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  compareSamples,
  instancePrice,
  quantileSorted,
  summarize
} from "./chunk-ZGWMIHYT.js";
import {
  formatDuration
} from "./chunk-WZ3PWTB2.js";

// src/adapters/history-store.ts
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
var SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function segment(value, what) {
  if (!SAFE.test(value) || value.includes(".."))
    throw new Error(`history: ${what} "${value}" is not safe as a file name`);
  return value;
}
var FsHistoryStore = class {
  constructor(root) {
    this.root = root;
  }
  async append(entries) {
    const byFile = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const file = path.join(
        this.root,
        segment(e.instanceType, "instance type"),
        segment(e.benchmark, "benchmark"),
        `${segment(e.date, "date")}.json`
      );
      byFile.set(file, [...byFile.get(file) ?? [], e]);
    }
    for (const [file, added] of byFile) {
      const existing = await readList(file);
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, `${JSON.stringify([...existing, ...added], null, 2)}
`);
      await rename(tmp, file);
    }
  }
  async load(instanceType, benchmark) {
    const out = [];
    const types = instanceType ? [segment(instanceType, "instance type")] : await list(this.root);
    for (const t of types) {
      const benches = benchmark ? [segment(benchmark, "benchmark")] : await list(path.join(this.root, t));
      for (const b of benches) {
        const dir = path.join(this.root, t, b);
        for (const f of (await list(dir)).filter((n) => n.endsWith(".json")).sort())
          out.push(...await readList(path.join(dir, f)));
      }
    }
    return out;
  }
};
async function list(dir) {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
}
async function readList(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  return parseList(text, file);
}
var S3HistoryStore = class {
  constructor(io, prefix) {
    this.io = io;
    this.prefix = prefix;
  }
  key(...parts) {
    return `${this.prefix}history/${parts.join("/")}`;
  }
  async append(entries) {
    const byKey = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const key = this.key(
        segment(e.instanceType, "instance type"),
        segment(e.benchmark, "benchmark"),
        `${segment(e.date, "date")}.json`
      );
      byKey.set(key, [...byKey.get(key) ?? [], e]);
    }
    for (const [key, added] of byKey) {
      const text = await this.io.get(key);
      const existing = text === void 0 ? [] : parseList(text, key);
      await this.io.put(key, `${JSON.stringify([...existing, ...added], null, 2)}
`);
    }
  }
  async load(instanceType, benchmark) {
    const under = [instanceType, benchmark].filter((p) => p !== void 0).map((p) => segment(p, "name"));
    const keys = (await this.io.keys(this.key(...under).replace(/\/?$/, "/"))).filter((k) => k.endsWith(".json")).sort();
    const out = [];
    for (const key of keys) {
      const text = await this.io.get(key);
      if (text !== void 0) out.push(...parseList(text, key));
    }
    return out;
  }
};
function parseList(text, where) {
  const data = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error(`${where}: a history file holds a JSON list of entries`);
  return data;
}

// src/domain/campaign/benchmarks.ts
var HEADLINES = {
  stream: { metric: "triad_gbps", better: "higher", unit: "GB/s" },
  hpl: { metric: "gflops", better: "higher", unit: "GFLOP/s" },
  "micro-latency": { metric: "latency_ns", better: "lower", unit: "ns" }
};
var WALL_TIME = { metric: "wall_seconds", better: "lower", unit: "s" };
function headlineOf(benchmark) {
  return HEADLINES[benchmark] ?? WALL_TIME;
}

// src/domain/campaign/week.ts
function parseIsoWeek(text) {
  const m = /^(\d{4})-W(\d{2})$/.exec(text.trim());
  if (!m) return void 0;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInYear(year)) return void 0;
  return { year, week, label: `${year}-W${String(week).padStart(2, "0")}` };
}
function mondayOf(w) {
  const jan4 = Date.UTC(w.year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY_MS + (w.week - 1) * 7 * DAY_MS;
}
function isoWeekOf(epochMs) {
  const d = new Date(epochMs);
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - day * DAY_MS + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week, label: `${year}-W${String(week).padStart(2, "0")}` };
}
function weekOrder(label) {
  const w = parseIsoWeek(label);
  return w ? w.year * 100 + w.week : Number.NaN;
}
function isoDate(epochMs) {
  return new Date(epochMs).toISOString().slice(0, 10);
}
function weeksInYear(year) {
  const dec28 = Date.UTC(year, 11, 28);
  return isoWeekOf(dec28).week;
}
var DAY_MS = 24 * 3600 * 1e3;

// src/domain/campaign/history.ts
function entriesFromRecords(jobs, records, week, runId) {
  const byId = new Map(records.filter((r) => r.status === "succeeded").map((r) => [r.jobId, r]));
  const entries = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    const record = byId.get(job.id);
    if (!record) continue;
    const headline = headlineOf(job.benchmark);
    const metrics = {
      ...record.metrics,
      [WALL_TIME.metric]: ((record.commandEndedAt ?? record.stoppedAt) - (record.commandStartedAt ?? record.startedAt)) / 1e3
    };
    const value = metrics[headline.metric];
    if (value === void 0 || !Number.isFinite(value)) continue;
    const key = `${job.instanceType}|${job.variant}|${job.date}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        week,
        date: job.date,
        instanceType: job.instanceType,
        benchmark: job.variant,
        base: job.benchmark,
        metric: headline.metric,
        better: headline.better,
        unit: headline.unit,
        samples: [],
        metrics: {},
        runId
      };
      entries.set(key, entry);
    }
    entry.samples.push(value);
    for (const [name, v] of Object.entries(metrics)) (entry.metrics[name] ??= []).push(v);
  }
  return [...entries.values()];
}
function weeklySamples(history, instanceType, benchmark) {
  const weeks = /* @__PURE__ */ new Map();
  for (const e of history) {
    if (e.instanceType !== instanceType || e.benchmark !== benchmark) continue;
    weeks.set(e.week, [...weeks.get(e.week) ?? [], ...e.samples]);
  }
  return [...weeks.entries()].sort((a, b) => weekOrder(a[0]) - weekOrder(b[0])).map(([week, samples]) => ({ week, samples }));
}

// src/domain/campaign/regression.ts
function compareWeek(week, history, c) {
  const current = history.filter((e) => e.week === week);
  const keys = [...new Set(current.map((e) => `${e.instanceType}|${e.benchmark}`))].sort();
  return keys.map((key) => {
    const [instanceType, benchmark] = key.split("|");
    const sample = current.find((e) => e.instanceType === instanceType && e.benchmark === benchmark);
    const weeks = weeklySamples(history, instanceType, benchmark).filter(
      (w) => weekOrder(w.week) <= weekOrder(week)
    );
    const now = weeks.find((w) => w.week === week).samples;
    const earlier = weeks.filter((w) => w.week !== week).slice(-c.regression.againstWeeks);
    const cur = describe(now);
    const base = {
      instanceType,
      benchmark,
      metric: sample.metric,
      unit: sample.unit,
      better: sample.better,
      current: cur,
      test: c.regression.test,
      trend: weeks.map((w) => ({ week: w.week, median: describe(w.samples).median }))
    };
    if (earlier.length === 0) return { ...base, verdict: "new", reason: "no earlier week to compare with" };
    const pooled = earlier.flatMap((w) => w.samples);
    const prev = { ...describe(pooled), weeks: earlier.map((w) => w.week) };
    const max = c.quality.maxCv;
    const result = compareSamples(pooled, now, {
      better: sample.better,
      threshold: c.regression.threshold,
      alpha: c.regression.alpha,
      test: c.regression.test
    });
    const withPrev = {
      ...base,
      previous: prev,
      ...result.change !== void 0 ? { changePct: result.change * 100 } : {},
      ...result.changeCi ? { changeCi: result.changeCi } : {},
      ...result.detectable !== void 0 ? { detectable: result.detectable } : {}
    };
    if (cur.cv > max || prev.cv > max) {
      const which = cur.cv > max ? `this week's cv ${cur.cv.toFixed(3)}` : `the earlier cv ${prev.cv.toFixed(3)}`;
      return { ...withPrev, verdict: "noisy", reason: `noisy, not trusted: ${which} > ${max}` };
    }
    const p = c.regression.test === "welch" ? result.welchP : result.mannWhitneyP;
    return {
      ...withPrev,
      ...p !== void 0 ? { p } : {},
      verdict: result.verdict,
      reason: result.reason
    };
  });
}
function describe(samples) {
  const s = summarize(samples);
  return {
    median: quantileSorted(
      [...samples].sort((a, b) => a - b),
      0.5
    ),
    n: s.n,
    cv: Number.isNaN(s.cv) ? 0 : Math.abs(s.cv)
  };
}

// src/domain/campaign/queue-names.ts
var QUEUE_PLACEHOLDERS = ["instance-type", "family", "size"];
var PLACEHOLDER = /\{([^{}]*)\}/g;
function queueFor(template, job) {
  const values = {
    "instance-type": job.instanceType,
    family: job.family,
    size: job.size
  };
  return template.replace(
    PLACEHOLDER,
    (whole, name) => values[name] === void 0 ? whole : values[name].replace(/[^A-Za-z0-9_-]/g, "-")
  );
}
function queueTemplateProblem(template) {
  const unknown = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).find((name2) => !QUEUE_PLACEHOLDERS.includes(name2));
  if (unknown !== void 0)
    return `"${template}" has the placeholder {${unknown}}; a queue takes ${QUEUE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`;
  const filled = queueFor(template, { instanceType: "m7i.large", family: "m7i", size: "large" });
  const name = /^arn:[^:]+:batch:[^:]*:\d*:job-queue\//.test(filled) ? filled.slice(filled.lastIndexOf("/") + 1) : filled;
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(name))
    return `"${template}" is not an AWS Batch job queue: a name of up to 128 letters, digits, '-' and '_', or the queue's ARN`;
  return void 0;
}

// src/app/campaign-run.ts
function attemptRunId(windowRunId, attempt) {
  return `${windowRunId}-a${attempt}`;
}
var MIB = 1024 * 1024;
var ONE_VCPU = { vcpus: 1, memoryBytes: 512 * MIB };
function queuesOf(job, batch) {
  const onDemand = queueFor(batch.queue, job);
  if (job.capacity === "on-demand") return { queue: onDemand };
  if (!batch.spotQueue)
    throw new Error(`${job.id} runs on Spot (${job.capacity}) but no Spot queue was given`);
  return {
    queue: queueFor(batch.spotQueue, job),
    ...job.capacity === "spot-then-on-demand" ? { fallbackQueue: onDemand } : {}
  };
}
function unpinnedQueues(jobs, batch) {
  const types = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    const queues = [queueFor(batch.queue, job)];
    if (job.capacity !== "on-demand" && batch.spotQueue) queues.push(queueFor(batch.spotQueue, job));
    for (const q of queues) types.set(q, (types.get(q) ?? /* @__PURE__ */ new Set()).add(job.instanceType));
  }
  return [...types].filter(([, t]) => t.size > 1).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([queue, t]) => ({ queue, instanceTypes: [...t].sort() }));
}
function placementWarnings(plan, batch) {
  if (!batch)
    return ["local backend: every job ran on this machine, not on the instance type it is named after"];
  return unpinnedQueues(plan.jobs, batch).map(({ queue, instanceTypes: t }) => {
    const named = t.length <= 4 ? t.join(", ") : `${t.slice(0, 3).join(", ")} and ${t.length - 3} more`;
    return `jobs are not pinned to their instance types: queue ${queue} takes ${named}, and each job runs on whatever its compute environment launches. Name one queue per instance type with {instance-type} in the queue, e.g. bench-{instance-type}`;
  });
}
function wholeInstance(job) {
  if (job.vcpus === null || job.memoryGiB === null) return ONE_VCPU;
  return { vcpus: job.vcpus, memoryBytes: Math.max(512, Math.floor(job.memoryGiB * 1024 / 2)) * MIB };
}
function programOf(c, benchmark) {
  return c.programs[benchmark] ?? ["node", `examples/benchmarks/${benchmark}.mjs`];
}
function toPlannedJob(job, c, week, batch) {
  const program = programOf(c, job.benchmark);
  return {
    id: job.id,
    stage: batch ? job.benchmark : "campaign",
    cellId: `${job.instanceType}_${job.variant}`.replace(/[^A-Za-z0-9._-]/g, "-"),
    repeat: job.repeat,
    shardIndex: 0,
    shardCount: 1,
    groupId: job.id,
    command: [...program, "--variant", job.variant],
    env: {
      BATCHBENCH_CAMPAIGN: c.name,
      BATCHBENCH_CAMPAIGN_WEEK: week,
      BATCHBENCH_INSTANCE_TYPE: job.instanceType,
      BATCHBENCH_BENCHMARK: job.benchmark,
      BATCHBENCH_VARIANT: job.variant
    },
    resources: {
      ...batch ? wholeInstance(job) : ONE_VCPU,
      gpus: 0,
      timeoutSec: Math.max(60, 3 * job.estimatedSeconds),
      // Retries are rounds with backoff here, not the executor's immediate ones.
      retries: 0,
      retryOn: []
    },
    compute: {
      backend: batch ? "aws-batch" : "local",
      ...batch ? queuesOf(job, batch) : {},
      region: c.region,
      instanceType: job.instanceType,
      capacity: job.capacity,
      platform: "ec2",
      tags: { campaign: c.name, week }
    },
    needs: []
  };
}
function campaignBatchPlan(c, plan, jobs, batch) {
  const planned = jobs.map((j) => toPlannedJob(j, c, plan.week, batch));
  const cells = /* @__PURE__ */ new Map();
  for (const [i, j] of jobs.entries()) {
    const p = planned[i];
    cells.set(p.cellId, {
      id: p.cellId,
      values: { instance_type: j.instanceType, benchmark: j.benchmark, variant: j.variant }
    });
  }
  const stages = [...new Set(jobs.map((j) => j.benchmark))].map((benchmark) => {
    const first = planned.find((p) => p.stage === benchmark);
    const timeoutSec = Math.max(
      ...planned.filter((p) => p.stage === benchmark).map((p) => p.resources.timeoutSec)
    );
    return {
      name: benchmark,
      needs: [],
      run: {
        command: [...programOf(c, benchmark), "--variant", "${{ matrix.variant }}"],
        env: {
          BATCHBENCH_CAMPAIGN: c.name,
          BATCHBENCH_CAMPAIGN_WEEK: plan.week,
          BATCHBENCH_INSTANCE_TYPE: "${{ matrix.instance_type }}",
          BATCHBENCH_BENCHMARK: benchmark,
          BATCHBENCH_VARIANT: "${{ matrix.variant }}"
        }
      },
      resources: { ...first.resources, timeoutSec },
      // The job definition is the stage's: Spot jobs in it get Batch's retries for a lost host.
      // Queue and instance type are each job's own (a stage spans instance types).
      compute: {
        ...withoutPlacement(first.compute),
        capacity: planned.some((p) => p.stage === benchmark && p.compute.capacity !== "on-demand") ? "spot-then-on-demand" : "on-demand"
      }
    };
  });
  const experiment = {
    version: 1,
    kind: "experiment",
    name: c.name,
    file: c.file,
    matrix: { axes: {}, include: [], exclude: [] },
    repeats: c.repeats,
    stages,
    results: { store: c.results.store, metrics: [] },
    analysis: { targets: [], stragglerFactor: 1.5, confidence: 0.95 },
    budget: {},
    costs: { storage: [], transferOutBytes: 0 },
    compare: []
  };
  const seconds = jobs.reduce((t, j) => t + j.estimatedSeconds, 0);
  const usd = jobs.reduce((t, j) => t + (j.estimatedUsd ?? 0), 0);
  return {
    experiment,
    plan: {
      experiment: c.name,
      file: c.file,
      cells: [...cells.values()],
      stages: stages.map((s) => s.name),
      jobs: planned,
      estimates: [],
      totals: {
        jobs: planned.length,
        cells: cells.size,
        vcpuHours: seconds / 3600,
        peakVcpus: planned.length,
        seconds,
        computeUsd: usd,
        storageUsd: 0,
        transferUsd: 0,
        usd
      },
      priceSnapshot: "",
      warnings: []
    }
  };
}
function withoutPlacement(compute) {
  const { queue: _q, fallbackQueue: _f, instanceType: _i, ...rest } = compute;
  return rest;
}
function windowJobs(plan, day, window) {
  return plan.jobs.filter((j) => j.day === day && j.window === window);
}
async function runCampaignWindow(args, deps) {
  const { campaign: c, plan, day, window } = args;
  const { progress } = deps;
  const jobs = windowJobs(plan, day, window);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const date = plan.days.find((d) => d.day === day)?.date ?? "";
  const waves = [...new Set(jobs.map((j) => j.wave))].sort((a, b) => a - b);
  const lanes = c.schedule.maxConcurrent;
  const retries = c.schedule.retries;
  const finals = /* @__PURE__ */ new Map();
  const tries = [];
  const decided = /* @__PURE__ */ new Map();
  const started = deps.now();
  let paceSeconds = 0;
  let inFlight = 0;
  const update = () => {
    const succeeded2 = [...decided.values()].filter((r) => r.status === "succeeded").length;
    const running = Math.min(inFlight, lanes);
    const left = jobs.filter((j) => !decided.has(j.id)).reduce((t, j) => t + j.estimatedSeconds, 0);
    const elapsed = (deps.now() - started) / 1e3;
    progress.update({
      queued: jobs.length - decided.size - running,
      running,
      succeeded: succeeded2,
      failed: decided.size - succeeded2,
      total: jobs.length,
      // The plan's estimate until a job finished here, then the plan scaled by the pace seen.
      etaSeconds: paceSeconds > 0 ? left * elapsed / paceSeconds : left / lanes
    });
  };
  const attemptRun = async (attempt) => {
    const known = finals.get(attempt);
    if (known) return known;
    const runId = attemptRunId(args.runId, attempt);
    const prior = (deps.runs ? await deps.runs.open(runId) : []).filter((r) => byId.has(r.jobId));
    if (prior.length > 0) progress.log(`${runId}: ${prior.length} jobs finished there already`);
    tries.push(...prior);
    const done = new Map(prior.map((r) => [r.jobId, r]));
    finals.set(attempt, done);
    return done;
  };
  progress.log(
    `${c.name} ${plan.week}: ${jobs.length} jobs in window ${window} of day ${day} (${date}), ${waves.length} waves, at most ${lanes} at once; run ${args.runId}`
  );
  const warnings = placementWarnings(plan, args.batch);
  for (const w of warnings) progress.log(`warning: ${w}`);
  let executedHere = 0;
  let cancelledOutside = false;
  const settles = (r, last) => {
    if (r.status === "cancelled") cancelledOutside = true;
    return r.status === "succeeded" || r.status === "cancelled" || last;
  };
  update();
  for (const wave of waves) {
    if (cancelledOutside) break;
    let pending = jobs.filter((j) => j.wave === wave).sort((a, b) => a.startOffsetSeconds - b.startOffsetSeconds);
    for (let attempt = 1; pending.length > 0 && !deps.signal.aborted; attempt++) {
      const last = attempt > retries;
      const done = await attemptRun(attempt);
      const todo = pending.filter((j) => !done.has(j.id));
      if (attempt > 1 && todo.length === pending.length) {
        const wait = (deps.backoffMs ?? 3e4) * 2 ** (attempt - 2);
        progress.log(
          `wave ${wave}: retrying ${todo.length} failed job(s) in ${formatDuration(wait / 1e3)} (retry ${attempt - 1} of ${retries})`
        );
        await deps.sleep(wait);
        if (deps.signal.aborted) break;
      }
      if (todo.length > 0) {
        const runId = attemptRunId(args.runId, attempt);
        inFlight = todo.length;
        executedHere += todo.length;
        update();
        await deps.executor.execute(
          todo.map((j) => toPlannedJob(j, c, plan.week, args.batch)),
          {
            runId,
            skip: /* @__PURE__ */ new Set(),
            signal: deps.signal,
            onEvent: async (e) => {
              if (e.type === "job-started" || !byId.has(e.record.jobId)) return;
              tries.push(e.record);
              if (e.type === "job-retrying") return;
              done.set(e.record.jobId, e.record);
              inFlight = Math.max(0, inFlight - 1);
              await deps.runs?.finished(runId, e.record);
              paceSeconds += byId.get(e.record.jobId)?.estimatedSeconds ?? 0;
              if (settles(e.record, last)) decided.set(e.record.jobId, e.record);
              update();
            }
          }
        );
        inFlight = 0;
      }
      const failed = [];
      for (const j of pending) {
        const r = done.get(j.id);
        if (!r) continue;
        if (settles(r, last)) decided.set(j.id, r);
        else failed.push(j);
      }
      pending = last || cancelledOutside ? [] : failed;
    }
  }
  const newestFirst = [...finals.keys()].sort((a, b) => b - a).map((k) => finals.get(k));
  for (const j of jobs) {
    const latest = decided.has(j.id) ? void 0 : newestFirst.find((m) => m.has(j.id))?.get(j.id);
    if (latest) decided.set(j.id, latest);
  }
  update();
  progress.done();
  for (const [attempt, done] of finals) {
    const ok = [...done.values()].filter((r) => r.status === "succeeded").length;
    const cancelled = deps.signal.aborted || [...done.values()].some((r) => r.status === "cancelled");
    await deps.runs?.close(
      attemptRunId(args.runId, attempt),
      cancelled ? "cancelled" : ok === done.size ? "complete" : ok === 0 ? "failed" : "partial"
    );
  }
  const records = [...decided.values()];
  const misplaced = new Set(
    records.filter((r) => r.instanceType !== void 0 && r.instanceType !== byId.get(r.jobId)?.instanceType)
  );
  if (misplaced.size > 0) {
    const shown = [...misplaced].slice(0, 3).map((r) => `${r.jobId} on ${r.instanceType}`);
    const w = `${misplaced.size} job${misplaced.size === 1 ? "" : "s"} ran on another instance type than ${misplaced.size === 1 ? "its own" : "their own"} (${shown.join(", ")}${misplaced.size > 3 ? ", ..." : ""}): their samples are left out of the history`;
    warnings.push(w);
    progress.log(`warning: ${w}`);
  }
  const entries = entriesFromRecords(
    jobs,
    records.filter((r) => !misplaced.has(r)),
    plan.week,
    args.runId
  );
  const before = [];
  for (const key of new Set(jobs.map((j) => `${j.instanceType}
${j.variant}`))) {
    const [instanceType, variant] = key.split("\n");
    before.push(...await deps.history.load(instanceType, variant));
  }
  const fresh = entries.filter(
    (e) => !before.some(
      (b) => b.runId === e.runId && b.instanceType === e.instanceType && b.benchmark === e.benchmark && b.date === e.date
    )
  );
  if (fresh.length > 0) await deps.history.append(fresh);
  const comparisons = compareWeek(plan.week, [...before, ...fresh], c);
  const actualUsd = tries.reduce((t, r) => {
    const job = byId.get(r.jobId);
    const price = job ? instancePrice(deps.prices, c.region, job.instanceType) : void 0;
    const onDemand = (r.capacity ?? (job?.capacity === "on-demand" ? "on-demand" : "spot")) === "on-demand";
    const hourly = onDemand ? price?.onDemandHourly : price?.spotHourlyTypical ?? price?.onDemandHourly;
    return t + (r.stoppedAt - r.startedAt) / 36e5 * (hourly ?? 0);
  }, 0);
  const succeeded = records.filter((r) => r.status === "succeeded").length;
  return {
    summary: {
      campaign: c.name,
      week: plan.week,
      window: `${window} on day ${day} (${date})`,
      jobs: jobs.length,
      succeeded,
      failed: jobs.length - succeeded,
      attempts: tries.length,
      retries: tries.length - new Set(tries.map((r) => r.jobId)).size,
      estimatedUsd: jobs.reduce((t, j) => t + (j.estimatedUsd ?? 0), 0),
      actualUsd,
      comparisons,
      ...warnings.length > 0 ? { warnings } : {}
    },
    records,
    entries,
    alreadyRecorded: jobs.length > 0 && executedHere === 0 && fresh.length === 0
  };
}

export {
  parseIsoWeek,
  mondayOf,
  isoWeekOf,
  isoDate,
  DAY_MS,
  queueFor,
  queueTemplateProblem,
  FsHistoryStore,
  S3HistoryStore,
  campaignBatchPlan,
  windowJobs,
  runCampaignWindow
};

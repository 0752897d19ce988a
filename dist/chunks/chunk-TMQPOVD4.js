import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  WALL_TIME,
  headlineOf
} from "./chunk-Z23CAIU4.js";
import {
  jobCost,
  sumKnown
} from "./chunk-LSSG4IQX.js";
import {
  formatDuration
} from "./chunk-YE2ILN26.js";
import {
  compareSamples
} from "./chunk-K2I2ADHN.js";
import {
  quantileSorted,
  summarize
} from "./chunk-AESLYFF2.js";

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

// src/app/campaign-jobs.ts
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
  const stages = [...new Set(jobs.map((j) => j.benchmark))].map(
    (benchmark) => benchmarkStage(c, plan.week, benchmark, planned)
  );
  const seconds = jobs.reduce((t, j) => t + j.estimatedSeconds, 0);
  const usd = sumKnown(jobs.map((j) => j.estimatedUsd));
  return {
    experiment: c.name,
    file: c.file,
    cells: [...cells.values()],
    stages: stages.map((s) => s.name),
    stageTemplates: stages,
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
  };
}
function benchmarkStage(c, week, benchmark, planned) {
  const mine = planned.filter((p) => p.stage === benchmark);
  const first = mine[0];
  return {
    name: benchmark,
    run: {
      command: [...programOf(c, benchmark), "--variant", "${{ matrix.variant }}"],
      env: {
        BATCHBENCH_CAMPAIGN: c.name,
        BATCHBENCH_CAMPAIGN_WEEK: week,
        BATCHBENCH_INSTANCE_TYPE: "${{ matrix.instance_type }}",
        BATCHBENCH_BENCHMARK: benchmark,
        BATCHBENCH_VARIANT: "${{ matrix.variant }}"
      }
    },
    resources: { ...first.resources, timeoutSec: Math.max(...mine.map((p) => p.resources.timeoutSec)) },
    // The job definition is the stage's: Spot jobs in it get Batch's retries for a lost host.
    // Queue and instance type are each job's own (a stage spans instance types).
    compute: {
      ...withoutPlacement(first.compute),
      capacity: mine.some((p) => p.compute.capacity !== "on-demand") ? "spot-then-on-demand" : "on-demand"
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

// src/app/campaign-outcome.ts
function misplacedRecords(records, byId) {
  const misplaced = new Set(
    records.filter((r) => r.instanceType !== void 0 && r.instanceType !== byId.get(r.jobId)?.instanceType)
  );
  if (misplaced.size === 0) return { misplaced };
  const shown = [...misplaced].slice(0, 3).map((r) => `${r.jobId} on ${r.instanceType}`);
  const warning = `${misplaced.size} job${misplaced.size === 1 ? "" : "s"} ran on another instance type than ${misplaced.size === 1 ? "its own" : "their own"} (${shown.join(", ")}${misplaced.size > 3 ? ", ..." : ""}): their samples are left out of the history`;
  return { misplaced, warning };
}
async function recordHistory(history, jobs, entries) {
  const before = [];
  for (const key of new Set(jobs.map((j) => `${j.instanceType}
${j.variant}`))) {
    const [instanceType, variant] = key.split("\n");
    before.push(...await history.load(instanceType, variant));
  }
  const fresh = entries.filter(
    (e) => !before.some(
      (b) => b.runId === e.runId && b.instanceType === e.instanceType && b.benchmark === e.benchmark && b.date === e.date
    )
  );
  if (fresh.length > 0) await history.append(fresh);
  return { all: [...before, ...fresh], fresh };
}
function windowEntries(jobs, records, misplaced, week, runId) {
  return entriesFromRecords(
    jobs,
    records.filter((r) => !misplaced.has(r)),
    week,
    runId
  );
}
function windowCost(c, prices, tries, byId) {
  let usd = 0;
  for (const r of tries) {
    const job = byId.get(r.jobId);
    if (!job || job.vcpus === null) return null;
    const capacity = r.capacity ?? (job.capacity === "on-demand" ? "on-demand" : "spot");
    const cost = jobCost({
      prices,
      compute: {
        backend: "aws-batch",
        region: c.region,
        instanceType: job.instanceType,
        capacity,
        platform: "ec2",
        tags: {}
      },
      vcpus: job.vcpus,
      memoryBytes: 0,
      seconds: (r.stoppedAt - r.startedAt) / 1e3
    });
    if (!cost.known) return null;
    usd += cost.usd;
  }
  return usd;
}
function estimatedCost(jobs) {
  return sumKnown(jobs.map((j) => j.estimatedUsd));
}

// src/app/campaign-rounds.ts
function attemptRunId(windowRunId, attempt) {
  return `${windowRunId}-a${attempt}`;
}
var WindowRounds = class {
  constructor(w, deps, jobs) {
    this.w = w;
    this.deps = deps;
    this.jobs = jobs;
    this.byId = new Map(jobs.map((j) => [j.id, j]));
    this.started = deps.now();
  }
  /** Attempt -> the final record of each job in that attempt's run. */
  finals = /* @__PURE__ */ new Map();
  /** Every attempt's record, failures and the backend's own retries included: what was paid for. */
  tries = [];
  /** The record that decides each job: its success, or a failure with no retry left. */
  decided = /* @__PURE__ */ new Map();
  /** Jobs this process ran or waited for, as opposed to found finished. */
  executedHere = 0;
  /**
   * A job cancelled from outside (`batchbench cancel` on an attempt run, the Batch console) is
   * someone's decision to stop the window: it is not retried, and no later wave starts.
   */
  cancelledOutside = false;
  byId;
  started;
  /** Estimated seconds of the jobs this process saw finish: the pace the ETA goes by. */
  paceSeconds = 0;
  inFlight = 0;
  /** Runs every wave, in order, until done, cancelled or aborted; then decides what is left. */
  async run() {
    this.update();
    const waves = [...new Set(this.jobs.map((j) => j.wave))].sort((a, b) => a - b);
    for (const wave of waves) {
      if (this.cancelledOutside) break;
      let pending = this.jobs.filter((j) => j.wave === wave).sort((a, b) => a.startOffsetSeconds - b.startOffsetSeconds);
      for (let attempt = 1; pending.length > 0 && !this.deps.signal.aborted; attempt++) {
        const round = await this.round(wave, attempt, pending);
        if (round === "stopped") break;
        pending = round;
      }
    }
    this.decideLeftovers();
    this.update();
    this.deps.progress.done();
    await this.closeAttempts();
  }
  /** One round of a wave: its jobs not yet finished in this attempt run; returns those to retry. */
  async round(wave, attempt, pending) {
    const retries = this.w.campaign.schedule.retries;
    const last = attempt > retries;
    const done = await this.attemptRun(attempt);
    const todo = pending.filter((j) => !done.has(j.id));
    if (attempt > 1 && todo.length === pending.length) {
      const wait = (this.deps.backoffMs ?? 3e4) * 2 ** (attempt - 2);
      this.deps.progress.log(
        `wave ${wave}: retrying ${todo.length} failed job(s) in ${formatDuration(wait / 1e3)} (retry ${attempt - 1} of ${retries})`
      );
      await this.deps.sleep(wait);
      if (this.deps.signal.aborted) return "stopped";
    }
    if (todo.length > 0) await this.execute(attempt, todo, done, last);
    const failed = [];
    for (const j of pending) {
      const r = done.get(j.id);
      if (!r) continue;
      if (this.settles(r, last)) this.decided.set(j.id, r);
      else failed.push(j);
    }
    return last || this.cancelledOutside ? [] : failed;
  }
  async execute(attempt, todo, done, last) {
    const { campaign: c, plan, batch } = this.w;
    const runId = attemptRunId(this.w.runId, attempt);
    this.inFlight = todo.length;
    this.executedHere += todo.length;
    this.update();
    await this.deps.executor.execute(
      todo.map((j) => toPlannedJob(j, c, plan.week, batch)),
      {
        runId,
        skip: /* @__PURE__ */ new Set(),
        signal: this.deps.signal,
        onEvent: async (e) => {
          if (e.type === "job-started" || !this.byId.has(e.record.jobId)) return;
          this.tries.push(e.record);
          if (e.type === "job-retrying") return;
          done.set(e.record.jobId, e.record);
          this.inFlight = Math.max(0, this.inFlight - 1);
          await this.deps.runs?.finished(runId, e.record);
          this.paceSeconds += this.byId.get(e.record.jobId)?.estimatedSeconds ?? 0;
          if (this.settles(e.record, last)) this.decided.set(e.record.jobId, e.record);
          this.update();
        }
      }
    );
    this.inFlight = 0;
  }
  /** The attempt run's final records, read once from where the backend keeps runs. */
  async attemptRun(attempt) {
    const known = this.finals.get(attempt);
    if (known) return known;
    const runId = attemptRunId(this.w.runId, attempt);
    const prior = (this.deps.runs ? await this.deps.runs.open(runId) : []).filter(
      (r) => this.byId.has(r.jobId)
    );
    if (prior.length > 0) this.deps.progress.log(`${runId}: ${prior.length} jobs finished there already`);
    this.tries.push(...prior);
    const done = new Map(prior.map((r) => [r.jobId, r]));
    this.finals.set(attempt, done);
    return done;
  }
  settles(r, last) {
    if (r.status === "cancelled") this.cancelledOutside = true;
    return r.status === "succeeded" || r.status === "cancelled" || last;
  }
  /** Stopped between rounds (a cancel): a job is decided by its latest failure. */
  decideLeftovers() {
    const newestFirst = [...this.finals.keys()].sort((a, b) => b - a).map((k) => this.finals.get(k));
    for (const j of this.jobs) {
      const latest = this.decided.has(j.id) ? void 0 : newestFirst.find((m) => m.has(j.id))?.get(j.id);
      if (latest) this.decided.set(j.id, latest);
    }
  }
  async closeAttempts() {
    for (const [attempt, done] of this.finals) {
      const ok = [...done.values()].filter((r) => r.status === "succeeded").length;
      const cancelled = this.deps.signal.aborted || [...done.values()].some((r) => r.status === "cancelled");
      await this.deps.runs?.close(
        attemptRunId(this.w.runId, attempt),
        cancelled ? "cancelled" : ok === done.size ? "complete" : ok === 0 ? "failed" : "partial"
      );
    }
  }
  /** Counts by status, and the ETA: the plan's estimate until a job finished here, then the plan scaled by the pace seen. */
  update() {
    const lanes = this.w.campaign.schedule.maxConcurrent;
    const succeeded = [...this.decided.values()].filter((r) => r.status === "succeeded").length;
    const running = Math.min(this.inFlight, lanes);
    const left = this.jobs.filter((j) => !this.decided.has(j.id)).reduce((t, j) => t + j.estimatedSeconds, 0);
    const elapsed = (this.deps.now() - this.started) / 1e3;
    this.deps.progress.update({
      queued: this.jobs.length - this.decided.size - running,
      running,
      succeeded,
      failed: this.decided.size - succeeded,
      total: this.jobs.length,
      etaSeconds: this.paceSeconds > 0 ? left * elapsed / this.paceSeconds : left / lanes
    });
  }
};

// src/app/campaign-run.ts
async function runCampaignWindow(args, deps) {
  const { campaign: c, plan, day, window } = args;
  const jobs = windowJobs(plan, day, window);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const date = plan.days.find((d) => d.day === day)?.date ?? "";
  const waves = new Set(jobs.map((j) => j.wave)).size;
  deps.progress.log(
    `${c.name} ${plan.week}: ${jobs.length} jobs in window ${window} of day ${day} (${date}), ${waves} waves, at most ${c.schedule.maxConcurrent} at once; run ${args.runId}`
  );
  const warnings = placementWarnings(plan, args.batch);
  for (const w of warnings) deps.progress.log(`warning: ${w}`);
  const rounds = new WindowRounds(args, deps, jobs);
  await rounds.run();
  const records = [...rounds.decided.values()];
  const { misplaced, warning } = misplacedRecords(records, byId);
  if (warning) {
    warnings.push(warning);
    deps.progress.log(`warning: ${warning}`);
  }
  const entries = windowEntries(jobs, records, misplaced, plan.week, args.runId);
  const history = await recordHistory(deps.history, jobs, entries);
  const succeeded = records.filter((r) => r.status === "succeeded").length;
  return {
    summary: {
      campaign: c.name,
      week: plan.week,
      window: `${window} on day ${day} (${date})`,
      jobs: jobs.length,
      succeeded,
      failed: jobs.length - succeeded,
      attempts: rounds.tries.length,
      retries: rounds.tries.length - new Set(rounds.tries.map((r) => r.jobId)).size,
      estimatedUsd: estimatedCost(jobs),
      actualUsd: windowCost(c, deps.prices, rounds.tries, byId),
      comparisons: compareWeek(plan.week, history.all, c),
      ...warnings.length > 0 ? { warnings } : {}
    },
    records,
    entries,
    alreadyRecorded: jobs.length > 0 && rounds.executedHere === 0 && history.fresh.length === 0
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
  campaignBatchPlan,
  windowJobs,
  runCampaignWindow
};

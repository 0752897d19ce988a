import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  S3Io,
  mapLimit
} from "./chunk-DE4P34PD.js";
import {
  pagesWithRetry,
  retryPolicy,
  withRetry
} from "./chunk-Y2VSR4A3.js";
import {
  abortableSleep
} from "./chunk-UXTHCZ3I.js";
import {
  createAwsClients,
  require_dist_cjs,
  require_dist_cjs2
} from "./chunk-XXFM5XYT.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import {
  jobResultsPrefix,
  parseS3Url
} from "./chunk-CUX4I5XE.js";
import {
  parseJsonOrUndefined
} from "./chunk-U5BFUXIM.js";
import "./chunk-URRULC7X.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-5QAU4Q5S.js";
import {
  MAX_RETRY_RULES,
  boundedTagValue,
  builtInRetryRules,
  stageInCell,
  stageTemplate
} from "./chunk-YTWLBMZJ.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import {
  __toESM
} from "./chunk-YOF47TSW.js";

// src/adapters/aws/batch-api.ts
var import_client_batch = __toESM(require_dist_cjs(), 1);

// src/adapters/aws/token-bucket.ts
var TokenBucket = class {
  constructor(ratePerSecond, burst, now, sleep) {
    this.ratePerSecond = ratePerSecond;
    this.burst = burst;
    this.now = now;
    this.sleep = sleep;
    this.tokens = burst;
    this.last = now();
  }
  tokens;
  last;
  queue = Promise.resolve();
  /** Resolves when a call may be made; callers are served in order. */
  take() {
    const turn = this.queue.then(() => this.wait());
    this.queue = turn.catch(() => void 0);
    return turn;
  }
  async wait() {
    for (; ; ) {
      const now = this.now();
      this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.ratePerSecond / 1e3);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil((1 - this.tokens) * 1e3 / this.ratePerSecond));
    }
  }
};

// src/adapters/aws/batch-api.ts
var DESCRIBE_LIMIT = 100;
var SUBMIT_PER_SECOND = 50;
var LIST_PAGE = 1e3;
var BatchApi = class {
  constructor(client, options) {
    this.client = client;
    this.options = options;
    this.bucket = new TokenBucket(
      SUBMIT_PER_SECOND,
      SUBMIT_PER_SECOND,
      options.now,
      (ms) => options.policy.sleep(ms)
    );
  }
  bucket;
  /**
   * Submits once. When an answer is lost (5xx, dropped connection) the job may exist already:
   * before trying again it is looked up by its name, unique within the run, so a retry never
   * makes a second copy of the job.
   */
  async submit(input) {
    return withRetry(
      async () => {
        await this.bucket.take();
        const out = await this.client.send(new import_client_batch.SubmitJobCommand(input));
        if (!out.jobId) throw new Error(`SubmitJob of ${input.jobName} answered without a job id`);
        return out.jobId;
      },
      this.options.policy,
      { recover: () => this.findByName(input.jobQueue, input.jobName), signal: this.options.signal }
    );
  }
  /** The newest job of that exact name in the queue, whatever its status. */
  async findByName(queue, name) {
    let best;
    for await (const job of this.listJobs({
      jobQueue: queue,
      filters: [{ name: "JOB_NAME", values: [name] }]
    })) {
      if (job.jobId?.includes(":")) continue;
      if (job.jobName === name && (!best || (job.createdAt ?? 0) > (best.createdAt ?? 0))) best = job;
    }
    return best?.jobId;
  }
  async describe(ids) {
    const out = [];
    for (let i = 0; i < ids.length; i += DESCRIBE_LIMIT) {
      const chunk = ids.slice(i, i + DESCRIBE_LIMIT);
      const page = await withRetry(
        () => this.client.send(new import_client_batch.DescribeJobsCommand({ jobs: chunk })),
        this.options.policy
      );
      out.push(...page.jobs ?? []);
    }
    return out;
  }
  /** Children of an array job in one status, in pages of 1,000. */
  async children(arrayJobId, status) {
    const out = [];
    for await (const job of this.listJobs({ arrayJobId, jobStatus: status })) out.push(job);
    return out;
  }
  /** Every job ListJobs lists, page after page. */
  async *listJobs(input) {
    const pages = pagesWithRetry(
      (nextToken) => this.client.send(new import_client_batch.ListJobsCommand({ ...input, nextToken, maxResults: LIST_PAGE })),
      (page) => page.nextToken,
      this.options.policy
    );
    for await (const page of pages) yield* page.jobSummaryList ?? [];
  }
  /** CancelJob acts only on SUBMITTED, PENDING and RUNNABLE jobs (AWS Batch documentation). */
  async cancel(jobId, reason) {
    await withRetry(() => this.client.send(new import_client_batch.CancelJobCommand({ jobId, reason })), this.options.policy);
  }
  /** TerminateJob stops STARTING and RUNNING jobs, which become FAILED (AWS Batch documentation). */
  async terminate(jobId, reason) {
    await withRetry(() => this.client.send(new import_client_batch.TerminateJobCommand({ jobId, reason })), this.options.policy);
  }
};

// src/adapters/aws/batch-records.ts
var CANCEL_REASON = "batchbench: cancelled";
function batchRecord(input) {
  const { job, view, result } = input;
  const attempt = view.attempts?.[input.attempt - 1];
  const last = input.final || input.attempt >= (view.attempts?.length ?? 1);
  const stoppedAt = attempt?.stoppedAt ?? (last ? view.stoppedAt : void 0) ?? result?.commandEndedAt ?? input.collectedAt;
  const startedAt = attempt?.startedAt ?? (last ? view.startedAt : void 0) ?? result?.containerStartedAt ?? stoppedAt;
  const queuedAt = view.createdAt ?? startedAt;
  const exitCode = result?.exitCode ?? attempt?.exitCode ?? (last ? view.exitCode : void 0);
  const stoppedByUs = input.final && view.status !== "SUCCEEDED" && view.statusReason?.startsWith(CANCEL_REASON);
  const reason = stoppedByUs ? view.statusReason : attempt?.statusReason ?? (last ? view.statusReason : void 0);
  const status = recordStatus(input.final ? view.status : "FAILED", reason);
  const record = {
    jobId: job.id,
    runId: input.runId,
    stage: job.stage,
    cellId: job.cellId,
    repeat: job.repeat,
    shardIndex: job.shardIndex,
    shardCount: job.shardCount,
    groupId: job.groupId,
    attempt: input.attempt,
    status,
    backend: "aws-batch",
    queuedAt,
    startedAt: Math.max(queuedAt, startedAt),
    stoppedAt: Math.max(queuedAt, stoppedAt),
    collectedAt: input.collectedAt,
    metrics: result?.metrics ?? {}
  };
  if (job.speculativeOf !== void 0) record.speculativeOf = job.speculativeOf;
  if (exitCode !== void 0) record.exitCode = exitCode;
  if (result?.signal) record.signal = result.signal;
  if (status !== "succeeded") {
    const why = [reason, result?.error].filter((s) => Boolean(s)).join("; ");
    if (why) record.statusReason = why;
    const tail = input.logTail ?? result?.logTail;
    if (tail && tail.length > 0) record.logTail = tail;
  }
  if (result) {
    record.commandStartedAt = result.commandStartedAt;
    record.commandEndedAt = result.commandEndedAt;
    if (result.host) record.host = result.host;
    if (result.cpuModel) record.cpuModel = result.cpuModel;
    if (result.cpuCount) record.cpuCount = result.cpuCount;
    if (result.peakMemoryBytes) record.peakMemoryBytes = result.peakMemoryBytes;
  }
  const instanceType = result?.instanceType ?? job.compute.instanceType;
  if (instanceType) record.instanceType = instanceType;
  record.capacity = capacityOf(job, input.queue, input.fallbackQueue);
  return record;
}
function recordStatus(batchStatus, reason) {
  if (batchStatus === "SUCCEEDED") return "succeeded";
  if (reason?.startsWith(CANCEL_REASON)) return "cancelled";
  if (reason && /attempt duration|timed? ?out|timeout/i.test(reason)) return "timed-out";
  return "failed";
}
function capacityOf(job, queue, fallbackQueue) {
  if (job.compute.capacity === "spot") return "spot";
  if (job.compute.capacity === "on-demand") return "on-demand";
  return fallbackQueue !== void 0 && queue === fallbackQueue ? "on-demand" : "spot";
}
function toView(job) {
  const view = { batchJobId: job.jobId ?? "", status: job.status ?? "SUBMITTED" };
  if (job.createdAt) view.createdAt = job.createdAt;
  if (job.startedAt) view.startedAt = job.startedAt;
  if (job.stoppedAt) view.stoppedAt = job.stoppedAt;
  if (job.statusReason) view.statusReason = job.statusReason;
  if (job.container?.exitCode !== void 0) view.exitCode = job.container.exitCode;
  if (job.container?.logStreamName) view.logStreamName = job.container.logStreamName;
  if (job.attempts) {
    view.attempts = job.attempts.map((a) => {
      const out = {};
      if (a.startedAt) out.startedAt = a.startedAt;
      if (a.stoppedAt) out.stoppedAt = a.stoppedAt;
      if (a.statusReason) out.statusReason = a.statusReason;
      if (a.container?.exitCode !== void 0) out.exitCode = a.container.exitCode;
      if (a.container?.logStreamName) out.logStreamName = a.container.logStreamName;
      return out;
    });
  }
  return view;
}

// src/adapters/aws/log-tail.ts
var import_client_cloudwatch_logs = __toESM(require_dist_cjs2(), 1);
var BATCH_LOG_GROUP = "/aws/batch/job";
var LOG_TAIL_LINES = 50;
async function logTail(logs, logStreamName, policy) {
  try {
    const out = await withRetry(
      () => logs.send(
        new import_client_cloudwatch_logs.GetLogEventsCommand({
          logGroupName: BATCH_LOG_GROUP,
          logStreamName,
          limit: LOG_TAIL_LINES,
          startFromHead: false
        })
      ),
      policy
    );
    const lines = (out.events ?? []).map((e) => (e.message ?? "").replace(/\n$/, ""));
    return lines.length > 0 ? lines.slice(-LOG_TAIL_LINES) : void 0;
  } catch {
    return void 0;
  }
}

// src/adapters/aws/result-object.ts
var RESULT_FORMAT = "batchbench-result/1";
function parseResultObject(text) {
  const r = parseJsonOrUndefined(text);
  if (typeof r !== "object" || r === null || typeof r.jobId !== "string" || typeof r.attempt !== "number")
    return void 0;
  const num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
  const metrics = {};
  for (const [k, v] of Object.entries(r.metrics ?? {})) if (num(v) !== void 0) metrics[k] = v;
  const { instanceType, ...rest } = r;
  return {
    ...rest,
    ...typeof instanceType === "string" && instanceType !== "" ? { instanceType } : {},
    format: RESULT_FORMAT,
    runId: String(r.runId ?? ""),
    jobId: r.jobId,
    attempt: r.attempt,
    containerStartedAt: num(r.containerStartedAt) ?? num(r.commandStartedAt) ?? 0,
    commandStartedAt: num(r.commandStartedAt) ?? 0,
    commandEndedAt: num(r.commandEndedAt) ?? 0,
    metrics
  };
}

// src/adapters/aws/batch/context.ts
var UNSTARTED = ["SUBMITTED", "PENDING", "RUNNABLE"];
var STARTED = ["STARTING", "RUNNING"];
var TERMINAL = ["SUCCEEDED", "FAILED"];
var ALL_STATUSES = [
  "SUBMITTED",
  "PENDING",
  "RUNNABLE",
  "STARTING",
  "RUNNING",
  "SUCCEEDED",
  "FAILED"
];
function unfinished(live) {
  return live.filter((l) => !l.sub.collected).reduce((n, l) => n + l.jobs.length - l.done.size, 0);
}
function unfinishedVcpus(live) {
  let total = 0;
  for (const l of live) {
    if (l.sub.collected) continue;
    l.jobs.forEach((job, i) => {
      if (!l.done.has(i)) total += job.resources.vcpus;
    });
  }
  return total;
}
function childIndex(batchJobId) {
  const m = /:(\d+)$/.exec(batchJobId ?? "");
  return m ? Number(m[1]) : 0;
}
function childIndexOf(view, l) {
  return l.jobs.length === 1 ? 0 : childIndex(view.batchJobId);
}
function summaryOf(detail) {
  const summary = detail.arrayProperties?.statusSummary ?? {};
  const out = {};
  for (const [k, v] of Object.entries(summary)) if (v) out[k] = v;
  return out;
}
async function describeOpen(ctx, open) {
  const details = await ctx.api.describe(open.map((l) => l.sub.remoteId));
  return new Map(details.map((d) => [d.jobId, d]));
}

// src/adapters/aws/batch/spot-fallback.ts
var FALLBACK_REASON = "batchbench: moved to the fallback queue";
async function checkRunnable(ctx, open) {
  const warnMs = ctx.options.runnableWarnMs ?? 10 * 6e4;
  const fallbackMs = ctx.options.fallbackAfterMs ?? 15 * 6e4;
  const moved = [];
  for (const l of open) {
    const runnable = l.counts.RUNNABLE ?? 0;
    if (runnable === 0) {
      delete l.runnableSince;
      continue;
    }
    l.runnableSince ??= ctx.now();
    const waited = ctx.now() - l.runnableSince;
    const job = l.jobs[0];
    if (waited >= warnMs && !l.warned) {
      l.warned = true;
      ctx.log(runnableWarning(l, job, runnable, waited));
    }
    const fallbackQueue = job.compute.fallbackQueue;
    if (job.compute.capacity === "spot-then-on-demand" && fallbackQueue && l.sub.queue !== fallbackQueue && waited >= fallbackMs) {
      moved.push(...await moveUnstarted(ctx, l));
    }
  }
  return moved;
}
function runnableWarning(l, job, runnable, waited) {
  const r = job.resources;
  const since = waited < 6e4 ? `${Math.round(waited / 1e3)} s` : `${Math.round(waited / 6e4)} min`;
  return `warning: ${runnable} jobs of ${l.sub.name} RUNNABLE for ${since} on ${l.sub.queue}. Likely: no capacity for the compute environment's instance types (Spot or the Availability Zones have none), its max vCPUs reached by other jobs, or no allowed instance type fits ${r.vcpus} vCPUs, ${Math.round(r.memoryBytes / 2 ** 20)} MiB${r.gpus > 0 ? `, ${r.gpus} GPUs` : ""} (Batch keeps some memory for itself).`;
}
async function moveUnstarted(ctx, l) {
  const parent = l.sub.remoteId;
  let indexes;
  if (l.jobs.length === 1) {
    indexes = [0];
  } else {
    indexes = [];
    for (const status of UNSTARTED) {
      if ((l.counts[status] ?? 0) > 0) {
        for (const child of await ctx.api.children(parent, status))
          indexes.push(childIndex(child.jobId));
      }
    }
  }
  indexes = indexes.filter((i) => !l.done.has(i));
  delete l.runnableSince;
  if (indexes.length === 0) return [];
  await ctx.api.cancel(parent, FALLBACK_REASON);
  for (const i of indexes) l.done.add(i);
  if (l.done.size === l.jobs.length) l.sub.collected = true;
  const jobs = indexes.map((i) => l.jobs[i]);
  ctx.log(
    `${jobs.length} jobs of ${l.sub.name} waited too long for Spot; moving them to ${jobs[0]?.compute.fallbackQueue}`
  );
  return jobs;
}
function reclaimedBySpot(job, l, view) {
  return view.status === "FAILED" && job.compute.capacity === "spot-then-on-demand" && job.compute.fallbackQueue !== void 0 && l.sub.queue !== job.compute.fallbackQueue && /^Host EC2/.test(view.attempts?.at(-1)?.statusReason ?? view.statusReason ?? "");
}

// src/adapters/aws/batch/collector.ts
async function collectViews(ctx, manifest, l, views, options) {
  const base = jobResultsPrefix(ctx.options.results, manifest.experiment, manifest.runId);
  const jobOf = (v) => l.jobs[childIndexOf(v, l)];
  const attemptsOf = await resultAttempts(ctx, base, views.map(jobOf));
  const detailed = await withDetail(ctx, views, (v) => attemptsOf.get(jobOf(v).id) ?? []);
  const work = detailed.map((view) => ({ view, index: childIndexOf(view, l) }));
  const built = await mapLimit(
    work,
    ctx.options.collectConcurrency ?? 16,
    ({ view, index }) => collectOne(ctx, manifest, l, view, index, attemptsOf.get(jobOf(view).id) ?? [], base)
  );
  await emit(ctx, l, built, options);
  if (l.done.size === l.jobs.length) {
    l.sub.collected = true;
    await ctx.state.save(manifest.runId);
  }
  return built.filter((b) => b.reclaimed).map((b) => l.jobs[b.index]);
}
async function withDetail(ctx, views, attempts) {
  const needDetail = views.filter(
    (v) => v.attempts === void 0 && (v.status === "FAILED" || Math.max(0, ...attempts(v)) !== 1)
  );
  if (needDetail.length === 0) return views;
  const detailed = new Map(
    (await ctx.api.describe(needDetail.map((v) => v.batchJobId))).map((d) => [d.jobId, toView(d)])
  );
  return views.map((v) => {
    const d = detailed.get(v.batchJobId);
    if (!d) return v;
    return {
      ...d,
      status: v.status,
      ...v.statusReason ? { statusReason: v.statusReason } : {},
      ...v.stoppedAt ? { stoppedAt: v.stoppedAt } : {}
    };
  });
}
async function collectOne(ctx, manifest, l, view, index, attempts, base) {
  const job = l.jobs[index];
  const { results, own } = await ownResults(ctx, base, job, view, attempts);
  const count = Math.max(1, view.attempts?.length ?? 0, ...own);
  const superseded = ctx.state.owner.get(job.id) !== l.sub;
  const reclaimed = !superseded && reclaimedBySpot(job, l, view);
  const final = !superseded && !reclaimed;
  const stream = view.attempts?.at(-1)?.logStreamName ?? view.logStreamName;
  const tail = final && view.status === "FAILED" && stream ? await logTail(ctx.options.clients.logs, stream, ctx.policy) : void 0;
  const records = [];
  const before = ctx.state.earlierAttempts(job.id, view.createdAt);
  for (let a = 1; a <= count; a++) {
    const isFinal = final && a === count;
    if (!isFinal && superseded && view.attempts?.[a - 1]?.startedAt === void 0 && !results.has(a))
      continue;
    const one = batchRecord({
      job,
      runId: manifest.runId,
      view,
      attempt: a,
      final: isFinal,
      ...results.get(a) ? { result: results.get(a) } : {},
      ...isFinal && tail ? { logTail: tail } : {},
      queue: l.sub.queue,
      ...job.compute.fallbackQueue ? { fallbackQueue: job.compute.fallbackQueue } : {},
      collectedAt: ctx.now()
    });
    records.push(before > 0 ? { ...one, attempt: before + a } : one);
  }
  return { index, records, final, reclaimed };
}
async function ownResults(ctx, base, job, view, attempts) {
  const results = /* @__PURE__ */ new Map();
  const own = [];
  for (const a of attempts) {
    const text = await ctx.results.get(`${base}${job.id}/${a}.json`);
    const parsed = text === void 0 ? void 0 : parseResultObject(text);
    if (parsed?.batchJobId !== void 0 && parsed.batchJobId !== view.batchJobId) continue;
    own.push(a);
    if (parsed) results.set(a, parsed);
  }
  return { results, own };
}
async function emit(ctx, l, built, options) {
  const events = [];
  for (const { index, records, final } of built) {
    l.done.add(index);
    for (const record of records) {
      if (!ctx.state.markRecorded(record)) continue;
      const isLast = final && record === records[records.length - 1];
      if (record.attempt === 1 && (record.status !== "cancelled" || record.commandStartedAt !== void 0)) {
        events.push({ type: "job-started", jobId: record.jobId, attempt: 1, at: record.startedAt });
      }
      events.push(isLast ? { type: "job-finished", record } : { type: "job-retrying", record });
    }
  }
  for (let i = 0; i < events.length; i += 1e3)
    await Promise.all(events.slice(i, i + 1e3).map((e) => options.onEvent(e)));
}
async function resultAttempts(ctx, base, jobs) {
  const wanted = new Set(jobs.map((j) => j.id));
  const out = /* @__PURE__ */ new Map();
  const keys = jobs.length <= 20 ? (await Promise.all(jobs.map((j) => ctx.results.keys(`${base}${j.id}/`)))).flat() : await ctx.results.keys(base);
  for (const key of keys) {
    const m = /^(.+)\/(\d+)\.json$/.exec(key.slice(base.length));
    if (!m || !wanted.has(m[1])) continue;
    const list = out.get(m[1]) ?? [];
    list.push(Number(m[2]));
    out.set(m[1], list);
  }
  return out;
}

// src/adapters/aws/batch/canceller.ts
async function cancelLive(ctx, open) {
  let cancelled = 0;
  let terminated = 0;
  const details = await ctx.api.describe(open.map((l) => l.sub.remoteId));
  for (const detail of details) {
    const counts = detail.arrayProperties?.statusSummary ? summaryOf(detail) : { [detail.status]: 1 };
    const unstarted = UNSTARTED.reduce((n, s) => n + (counts[s] ?? 0), 0);
    const started = STARTED.reduce((n, s) => n + (counts[s] ?? 0), 0);
    if (unstarted > 0) {
      await ctx.api.cancel(detail.jobId, CANCEL_REASON);
      cancelled += unstarted;
    }
    if (started > 0) {
      await ctx.api.terminate(detail.jobId, CANCEL_REASON);
      terminated += started;
    }
  }
  if (cancelled + terminated > 0)
    ctx.log(`cancelled ${cancelled} waiting and terminated ${terminated} running AWS Batch jobs`);
  return { cancelled, terminated };
}
async function sweepCancelled(ctx, manifest, open, options) {
  const details = await describeOpen(ctx, open);
  for (const l of open) {
    const detail = details.get(l.sub.remoteId);
    if (!detail) continue;
    let views;
    if (l.jobs.length === 1) {
      views = [toView(detail)];
    } else {
      l.counts = summaryOf(detail);
      views = [];
      for (const status of ALL_STATUSES) {
        if ((l.counts[status] ?? 0) === 0) continue;
        for (const child of await ctx.api.children(l.sub.remoteId, status)) {
          if (!l.done.has(childIndex(child.jobId))) views.push(toView(child));
        }
      }
    }
    const stamped = views.map(
      (v) => TERMINAL.includes(v.status) ? v : { ...v, status: "FAILED", statusReason: CANCEL_REASON, stoppedAt: ctx.now() }
    );
    await collectViews(ctx, manifest, l, stamped, options);
    l.sub.collected = true;
  }
  await ctx.state.save(manifest.runId);
}

// src/adapters/aws/batch/run-state.ts
var RunState = class {
  constructor(plan, store, now) {
    this.store = store;
    this.now = now;
    this.jobsById = new Map(plan.jobs.map((j) => [j.id, j]));
  }
  submissions = [];
  /** Planned job id -> the newest submission holding it. */
  owner = /* @__PURE__ */ new Map();
  recorded = /* @__PURE__ */ new Set();
  /** Planned job id -> attempts recorded for it, with the creation time of the Batch job that ran them. */
  attemptsRecorded = /* @__PURE__ */ new Map();
  jobsById;
  /** Reads the run's manifest and records; returns the manifest. */
  async load(runId) {
    const manifest = await this.store.readManifest(runId);
    this.submissions = manifest.submissions ?? [];
    this.owner.clear();
    for (const sub of this.submissions) this.own(sub);
    const records = await this.store.readRecords(runId);
    this.recorded = new Set(records.map(recordKey));
    this.attemptsRecorded.clear();
    for (const r of records) this.noteAttempt(r);
    return manifest;
  }
  /** A SubmitJob whose answer never reached the manifest (a crash) is found again by its name. */
  async recoverLost(runId, api) {
    let changed = false;
    for (const sub of this.submissions) {
      if (sub.remoteId) continue;
      const found = await api.findByName(sub.queue, sub.name);
      if (found) {
        sub.remoteId = found;
        sub.submittedAt ??= new Date(this.now()).toISOString();
        changed = true;
      }
    }
    this.submissions = this.submissions.filter((s) => s.remoteId !== void 0);
    if (changed) await this.save(runId);
  }
  /** Submissions still worth watching: not collected, and the newest holder of a job we want. */
  live(wanted) {
    const wantedIds = new Set(wanted.map((j) => j.id));
    return this.submissions.filter(
      (sub) => !sub.collected && sub.jobIds.some((id) => wantedIds.has(id) && this.owner.get(id) === sub)
    ).map((sub) => this.liveOf(sub));
  }
  liveOf(sub) {
    return {
      sub,
      jobs: sub.jobIds.map((id) => {
        const job = this.jobsById.get(id);
        if (!job) throw new Error(`the run's manifest names job ${id}, which its plan does not have`);
        return job;
      }),
      done: /* @__PURE__ */ new Set(),
      seen: { SUCCEEDED: 0, FAILED: 0 },
      counts: {},
      lastChildFetch: -Infinity
    };
  }
  /** The submission holds its jobs from now on. */
  own(sub) {
    for (const id of sub.jobIds) this.owner.set(id, sub);
  }
  async save(runId) {
    await this.store.updateManifest(runId, {
      submissions: this.submissions,
      updatedAt: new Date(this.now()).toISOString()
    });
  }
  /** Notes a record as out; false when it was already (a second look at the same job). */
  markRecorded(record) {
    const key = recordKey(record);
    if (this.recorded.has(key)) return false;
    this.recorded.add(key);
    this.noteAttempt(record);
    return true;
  }
  /** The highest attempt recorded for a job by Batch jobs other than the one created at createdAt. */
  earlierAttempts(jobId, createdAt) {
    if (createdAt === void 0) return 0;
    const others = (this.attemptsRecorded.get(jobId) ?? []).filter((r) => r.queuedAt !== createdAt);
    return Math.max(0, ...others.map((r) => r.attempt));
  }
  succeededIds() {
    return [...this.recorded].filter((k) => k.endsWith("#succeeded")).map((k) => k.split("#")[0]);
  }
  noteAttempt(record) {
    const list = this.attemptsRecorded.get(record.jobId) ?? [];
    list.push({ attempt: record.attempt, queuedAt: record.queuedAt });
    this.attemptsRecorded.set(record.jobId, list);
  }
};
function recordKey(r) {
  return `${r.jobId}#${r.attempt}#${r.queuedAt}#${r.status}`;
}

// src/adapters/aws/job-definition.ts
var import_client_batch2 = __toESM(require_dist_cjs(), 1);

// src/adapters/aws/job-names.ts
import { createHash } from "node:crypto";
function shortHash(text, length = 12) {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}
function batchName(parts) {
  const joined = parts.join("-").replace(/[^A-Za-z0-9_-]/g, "-").replace(/^[^A-Za-z0-9]+/, "");
  if (joined.length <= 128) return joined || "bb";
  return `${joined.slice(0, 115)}-${shortHash(joined)}`;
}

// src/adapters/aws/job-definition.ts
var MIN_ATTEMPT_SECONDS = 60;
var MAX_ATTEMPTS = 10;
var HOST_LOSS_RETRIES = { spot: 2, onDemand: 1 };
function jobDefinitionInput(src) {
  const { stage } = src;
  const resources = [
    { type: "VCPU", value: String(stage.resources.vcpus) },
    { type: "MEMORY", value: String(Math.max(1, Math.floor(stage.resources.memoryBytes / 2 ** 20))) }
  ];
  if (stage.resources.gpus > 0) resources.push({ type: "GPU", value: String(stage.resources.gpus) });
  const fargate = src.platform === "fargate";
  const executionRoleArn = src.executionRoleArn ?? src.jobRoleArn;
  const content = {
    type: "container",
    platformCapabilities: [fargate ? "FARGATE" : "EC2"],
    containerProperties: {
      image: src.imageUri,
      resourceRequirements: resources,
      ...src.jobRoleArn ? { jobRoleArn: src.jobRoleArn } : {},
      ...fargate && executionRoleArn ? { executionRoleArn } : {},
      ...fargate ? { networkConfiguration: { assignPublicIp: "ENABLED" } } : {}
    },
    timeout: { attemptDurationSeconds: Math.max(MIN_ATTEMPT_SECONDS, Math.ceil(stage.resources.timeoutSec)) },
    retryStrategy: retryStrategy(stage),
    propagateTags: true
  };
  const jobDefinitionName = batchName(["bb", src.experiment, stage.name, shortHash(JSON.stringify(content))]);
  return { jobDefinitionName, ...content, tags: { "batchbench:experiment": src.experiment } };
}
function retryStrategy(stage) {
  const spot = stage.compute.capacity !== "on-demand";
  const hostRetries = spot ? HOST_LOSS_RETRIES.spot : HOST_LOSS_RETRIES.onDemand;
  const rules = [...stage.resources.retryOn, ...builtInRetryRules(stage.resources.retries)].map(toBatchRule);
  if (rules.length > MAX_RETRY_RULES) {
    throw new Error(
      `stage ${stage.name}: ${rules.length} retry rules, over the ${MAX_RETRY_RULES} AWS Batch takes`
    );
  }
  return {
    attempts: Math.min(MAX_ATTEMPTS, 1 + stage.resources.retries + hostRetries),
    evaluateOnExit: rules
  };
}
function toBatchRule(rule) {
  return {
    action: rule.action === "retry" ? "RETRY" : "EXIT",
    ...rule.onStatusReason ? { onStatusReason: rule.onStatusReason } : {},
    ...rule.onReason ? { onReason: rule.onReason } : {},
    ...rule.onExitCode ? { onExitCode: rule.onExitCode } : {}
  };
}
async function ensureJobDefinition(batch, input, policy) {
  const existing = await withRetry(
    () => batch.send(
      new import_client_batch2.DescribeJobDefinitionsCommand({ jobDefinitionName: input.jobDefinitionName, status: "ACTIVE" })
    ),
    policy
  );
  const active = (existing.jobDefinitions ?? []).filter((d) => d.status === "ACTIVE" && d.jobDefinitionName === input.jobDefinitionName).sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0))[0];
  if (active?.jobDefinitionArn) return active.jobDefinitionArn;
  const out = await withRetry(() => batch.send(new import_client_batch2.RegisterJobDefinitionCommand(input)), policy);
  if (!out.jobDefinitionArn)
    throw new Error(`RegisterJobDefinition of ${input.jobDefinitionName} answered without an ARN`);
  return out.jobDefinitionArn;
}

// src/adapters/aws/matrix-template.ts
var MATRIX_EXPRESSION = /\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}/g;
function renderMatrixOnly(text, matrix) {
  return text.replace(
    MATRIX_EXPRESSION,
    (whole, axis) => axis in matrix ? String(matrix[axis]) : whole
  );
}

// src/adapters/aws/submission-units.ts
var MAX_ARRAY_SIZE = 1e4;
function submissionUnits(jobs, queueOf) {
  const units = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    const queue = queueOf(job);
    const key = `${job.stage}\0${job.cellId}\0${queue}`;
    let unit = units.get(key);
    if (!unit) {
      unit = { stage: job.stage, cellId: job.cellId, queue, jobs: [] };
      units.set(key, unit);
    }
    unit.jobs.push(job);
  }
  const out = [];
  for (const unit of units.values()) {
    for (let i = 0; i < unit.jobs.length; i += MAX_ARRAY_SIZE) {
      out.push({ ...unit, jobs: unit.jobs.slice(i, i + MAX_ARRAY_SIZE) });
    }
  }
  return out;
}
var MAX_DEPENDENCIES = 20;
function dependenciesOf(jobs, owners, satisfied) {
  const needed = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    for (const id of job.needs) {
      if (satisfied.has(id)) continue;
      const owner = owners.get(id);
      if (!owner) throw new Error(`job ${job.id} needs ${id}, which was neither run nor submitted`);
      needed.set(owner.remoteId, owner);
    }
  }
  if (needed.size > MAX_DEPENDENCIES) {
    throw new Error(
      `jobs of ${jobs[0]?.stage}.${jobs[0]?.cellId} would depend on ${needed.size} AWS Batch jobs; at most ${MAX_DEPENDENCIES} are allowed`
    );
  }
  return [...needed.values()].map((owner) => {
    const ids = new Set(owner.jobIds);
    const nToN = jobs.length >= 2 && owner.jobIds.length === jobs.length && jobs.every((job, i) => {
      const inOwner = job.needs.filter((id) => ids.has(id));
      return inOwner.length === 1 && inOwner[0] === owner.jobIds[i];
    });
    return nToN ? { jobId: owner.remoteId, type: "N_TO_N" } : { jobId: owner.remoteId };
  });
}

// src/adapters/aws/task-layout.ts
function layoutSize(layout) {
  return "tasks" in layout ? layout.tasks.length : layout.repeats * (layout.shardCount + layout.copies.length);
}
function taskAt(layout, index) {
  if (!Number.isInteger(index) || index < 0 || index >= layoutSize(layout)) {
    throw new Error(`array index ${index} is outside the ${layoutSize(layout)} tasks of this job`);
  }
  const range = (shard2) => layout.items === void 0 ? {} : {
    itemStart: Math.floor(shard2 * layout.items / layout.shardCount),
    itemEnd: Math.floor((shard2 + 1) * layout.items / layout.shardCount)
  };
  if ("tasks" in layout) {
    const [jobId, repeat2, shard2, copyOf] = layout.tasks[index];
    return {
      jobId,
      repeat: repeat2,
      shardIndex: shard2,
      shardCount: layout.shardCount,
      ...copyOf ? { speculativeOf: copyOf } : {},
      ...range(shard2)
    };
  }
  const perRepeat = layout.shardCount + layout.copies.length;
  const repeat = layout.firstRepeat + Math.floor(index / perRepeat);
  const k = index % perRepeat;
  const shard = k < layout.shardCount ? k : layout.copies[k - layout.shardCount];
  const original = `${layout.group}.r${repeat}${layout.shardCount > 1 ? `.s${shard}` : ""}`;
  return k < layout.shardCount ? { jobId: original, repeat, shardIndex: shard, shardCount: layout.shardCount, ...range(shard) } : {
    jobId: `${original}.x1`,
    repeat,
    shardIndex: shard,
    shardCount: layout.shardCount,
    speculativeOf: original,
    ...range(shard)
  };
}
function layoutFor(tasks, items) {
  const first = tasks[0];
  if (!first) throw new Error("a submission needs at least one task");
  const shardCount = first.shardCount;
  const copies = tasks.filter((t) => t.repeat === first.repeat && t.speculativeOf !== void 0).map((t) => t.shardIndex);
  const perRepeat = shardCount + copies.length;
  const base = { v: 1, shardCount, ...items === void 0 ? {} : { items } };
  if (tasks.length % perRepeat === 0) {
    const candidate = {
      ...base,
      group: `${first.stage}.${first.cellId}`,
      firstRepeat: first.repeat,
      repeats: tasks.length / perRepeat,
      copies
    };
    if (tasks.every((t, i) => sameTask(taskAt(candidate, i), t))) return candidate;
  }
  return {
    ...base,
    tasks: tasks.map(
      (t) => t.speculativeOf ? [t.id, t.repeat, t.shardIndex, t.speculativeOf] : [t.id, t.repeat, t.shardIndex]
    )
  };
}
function sameTask(a, t) {
  return a.jobId === t.id && a.repeat === t.repeat && a.shardIndex === t.shardIndex && a.shardCount === t.shardCount && a.speculativeOf === t.speculativeOf && (t.itemStart === void 0 || a.itemStart === t.itemStart && a.itemEnd === t.itemEnd);
}

// src/adapters/aws/batch/submitter.ts
async function submit(ctx, manifest, jobs, skip, reason, queueOf = requireQueue) {
  const units = submissionUnits(jobs, queueOf);
  const definitions = /* @__PURE__ */ new Map();
  for (const stageName of new Set(units.map((u) => u.stage))) {
    definitions.set(stageName, await jobDefinitionFor(ctx, stageTemplate(ctx.plan, stageName)));
  }
  const runTag = shortHash(manifest.runId, 8);
  const planned = units.map((unit) => {
    const sub = {
      name: batchName(["bb", runTag, unit.stage, unit.cellId, String(ctx.state.submissions.length)]),
      queue: unit.queue,
      jobIds: unit.jobs.map((j) => j.id),
      reason
    };
    ctx.state.submissions.push(sub);
    return { unit, sub };
  });
  await ctx.state.save(manifest.runId);
  const live = [];
  for (const { unit, sub } of planned) {
    await submitUnit(ctx, manifest, unit, sub, definitions.get(unit.stage), skip);
    live.push(ctx.state.liveOf(sub));
  }
  return live;
}
async function submitUnit(ctx, manifest, unit, sub, jobDefinition, skip) {
  const owners = /* @__PURE__ */ new Map();
  for (const job of unit.jobs) {
    for (const need of job.needs) {
      const o = ctx.state.owner.get(need);
      if (o?.remoteId) owners.set(need, { remoteId: o.remoteId, jobIds: o.jobIds });
    }
  }
  const dependsOn = dependenciesOf(unit.jobs, owners, skip);
  const stage = stageTemplate(ctx.plan, unit.stage);
  sub.remoteId = await ctx.api.submit({
    jobName: sub.name,
    jobQueue: sub.queue,
    jobDefinition,
    ...unit.jobs.length >= 2 ? { arrayProperties: { size: unit.jobs.length } } : {},
    ...dependsOn.length > 0 ? { dependsOn } : {},
    containerOverrides: {
      command: stage.run.command.map((c) => renderMatrixOnly(c, cellValues(ctx.plan, unit.cellId))),
      environment: environment(ctx, manifest, unit, stage),
      ...resourceOverrides(unit.jobs[0]?.resources, stage.resources)
    },
    timeout: {
      attemptDurationSeconds: Math.max(MIN_ATTEMPT_SECONDS, Math.ceil(stage.resources.timeoutSec))
    },
    tags: tags(ctx, manifest, unit),
    propagateTags: true
  });
  sub.submittedAt = new Date(ctx.now()).toISOString();
  ctx.state.own(sub);
  await ctx.state.save(manifest.runId);
  ctx.log(
    `submitted ${sub.name} (${sub.jobIds.length === 1 ? "1 job" : `array of ${sub.jobIds.length}`}) to ${sub.queue}: ${sub.remoteId}`
  );
}
function submissionFeed(ctx, manifest, live, jobs, skip, signal) {
  const limit = ctx.options.maxActive ?? Infinity;
  const vcpuLimit = ctx.options.maxActiveVcpus ?? Infinity;
  let waiting = jobs;
  const room = () => limit - unfinished(live);
  return {
    more: async () => {
      const free = room();
      if (free <= 0 || waiting.length === 0 || signal.aborted) return [];
      const inUse = unfinishedVcpus(live);
      let next = fitVcpus(waiting.slice(0, free), vcpuLimit - inUse);
      if (next.length === 0 && inUse === 0) next = waiting.slice(0, 1);
      if (next.length === 0) return [];
      waiting = waiting.slice(next.length);
      return submit(ctx, manifest, next, skip, "first submission");
    },
    left: () => waiting.length
  };
}
async function jobDefinitionFor(ctx, stage) {
  if (stage.compute.jobDefinition) return stage.compute.jobDefinition;
  const imageUri = ctx.plan.image;
  if (!imageUri) {
    throw new Error(
      `stage ${stage.name} runs on AWS Batch but has no image: set image.uri in the file or pass an image URI (--image-uri, the image-uri input)`
    );
  }
  const executionRoleArn = stage.compute.executionRoleArn ?? ctx.options.executionRoleArn;
  const input = jobDefinitionInput({
    experiment: ctx.plan.experiment,
    stage,
    imageUri,
    platform: stage.compute.platform,
    ...stage.compute.jobRoleArn ? { jobRoleArn: stage.compute.jobRoleArn } : {},
    ...executionRoleArn ? { executionRoleArn } : {}
  });
  return ensureJobDefinition(ctx.options.clients.batch, input, ctx.policy);
}
function environment(ctx, manifest, unit, stage) {
  const matrix = cellValues(ctx.plan, unit.cellId);
  const base = jobResultsPrefix(ctx.options.results, manifest.experiment, manifest.runId);
  const env = {};
  for (const [k, v] of Object.entries(stage.run.env)) env[k] = renderMatrixOnly(v, matrix);
  Object.assign(env, {
    BATCHBENCH_RUN_ID: manifest.runId,
    BATCHBENCH_EXPERIMENT: manifest.experiment,
    BATCHBENCH_STAGE: unit.stage,
    // BATCHBENCH_CELL holds the matrix values as JSON, which runner images of 0.1.0 parse (a
    // cell id there would fail every job of such an image); the id travels beside it.
    BATCHBENCH_CELL: JSON.stringify(matrix),
    BATCHBENCH_CELL_ID: unit.cellId,
    BATCHBENCH_RUN_ENV_NAMES: JSON.stringify(Object.keys(stage.run.env)),
    BATCHBENCH_RESULTS: `s3://${ctx.options.results.bucket}/${base}`,
    // fan-out.items may be a matrix axis: the cell's own count.
    BATCHBENCH_TASKS: JSON.stringify(layoutFor(unit.jobs, stageInCell(stage, matrix).fanOut?.items))
  });
  const pairs = Object.entries(env).map(([name, value]) => ({ name, value }));
  const size = JSON.stringify(pairs).length;
  if (size > 24 * 1024) {
    throw new Error(
      `the environment of ${unit.stage}.${unit.cellId} is ${size} bytes, too large for one SubmitJob (30 KiB)`
    );
  }
  return pairs;
}
function tags(ctx, manifest, unit) {
  const compute = unit.jobs[0]?.compute.tags ?? {};
  const commit = ctx.options.gitCommit ?? manifest.gitCommit;
  const bounded = (value) => boundedTagValue(value, (text) => shortHash(text, 16));
  return {
    ...compute,
    "batchbench:run-id": bounded(manifest.runId),
    "batchbench:experiment": bounded(manifest.experiment),
    "batchbench:cell": bounded(unit.cellId),
    "batchbench:stage": bounded(unit.stage),
    ...commit ? { "batchbench:git-commit": commit } : {}
  };
}
function requireQueue(job) {
  if (!job.compute.queue)
    throw new Error(`job ${job.id} runs on AWS Batch but its stage names no compute.queue`);
  return job.compute.queue;
}
function cellValues(plan, cellId) {
  const cell = plan.cells.find((c) => c.id === cellId);
  if (!cell) throw new Error(`the plan has no cell ${cellId}`);
  return cell.values;
}
function resourceOverrides(job, stage) {
  if (!job || job.vcpus === stage.vcpus && job.memoryBytes === stage.memoryBytes && job.gpus === stage.gpus)
    return {};
  return {
    resourceRequirements: [
      { type: "VCPU", value: String(job.vcpus) },
      { type: "MEMORY", value: String(Math.max(1, Math.floor(job.memoryBytes / 2 ** 20))) },
      // Matrix axes of gpus: a cell asking for none overrides the definition's GPUs to none.
      ...job.gpus !== stage.gpus ? [{ type: "GPU", value: String(job.gpus) }] : []
    ]
  };
}
function fitVcpus(jobs, room) {
  let used = 0;
  let n = 0;
  for (const job of jobs) {
    if (used + job.resources.vcpus > room + 1e-9) break;
    used += job.resources.vcpus;
    n++;
  }
  return jobs.slice(0, n);
}

// src/adapters/aws/batch/tracker.ts
async function track(ctx, manifest, live, options, skip, feed) {
  const minMs = ctx.options.poll?.minMs ?? 2e3;
  const maxMs = ctx.options.poll?.maxMs ?? 6e4;
  const deadline = ctx.options.deadlineMs === void 0 ? Infinity : ctx.now() + ctx.options.deadlineMs;
  let interval = minMs;
  for (; ; ) {
    if (feed) live.push(...await feed.more());
    const open = live.filter((l) => !l.sub.collected);
    if (open.length === 0) return { unfinished: 0 };
    if (options.signal.aborted) {
      await cancelLive(ctx, open);
      await sweepCancelled(ctx, manifest, open, options);
      return { unfinished: 0 };
    }
    const before = progressKey(open);
    live.push(...await pollOnce(ctx, manifest, open, options, skip));
    const remaining = live.filter((l) => !l.sub.collected);
    if (remaining.length === 0) {
      if (feed && feed.left() > 0 && !options.signal.aborted) continue;
      return { unfinished: 0 };
    }
    if (!options.wait || ctx.now() >= deadline) return stopLooking(ctx, manifest, remaining, options, feed);
    interval = progressKey(remaining) !== before ? minMs : Math.min(maxMs, interval * 1.5);
    const jittered = interval * (0.8 + 0.4 * ctx.random());
    await ctx.sleep(Math.max(0, Math.min(jittered, deadline - ctx.now())), options.signal);
  }
}
function stopLooking(ctx, manifest, remaining, options, feed) {
  const left = unfinished(remaining);
  if (feed && feed.left() > 0) ctx.log(`${feed.left()} jobs were never submitted: run them again`);
  if (options.wait)
    ctx.log(
      `deadline reached: ${left} jobs still running; gather them later with: batchbench collect ${manifest.runId}`
    );
  return { unfinished: left };
}
function progressKey(live) {
  return live.map((l) => `${l.sub.remoteId}:${JSON.stringify(l.counts)}:${l.done.size}`).join("|");
}
async function pollOnce(ctx, manifest, open, options, skip) {
  const details = await describeOpen(ctx, open);
  const finished = [];
  for (const l of open) {
    const detail = details.get(l.sub.remoteId);
    if (!detail) continue;
    if (l.jobs.length === 1) {
      l.counts = { [detail.status]: 1 };
      if (TERMINAL.includes(detail.status)) finished.push({ live: l, views: [toView(detail)] });
      continue;
    }
    l.counts = summaryOf(detail);
    const views = await finishedChildren(ctx, l);
    if (views.length > 0) finished.push({ live: l, views });
  }
  reportCounts(ctx, open);
  const fallback = [];
  for (const { live, views } of finished)
    fallback.push(...await collectViews(ctx, manifest, live, views, options));
  fallback.push(...await checkRunnable(ctx, open));
  if (fallback.length === 0 || options.signal.aborted || !ctx.plan.stageTemplates) return [];
  const done = /* @__PURE__ */ new Set([...skip, ...ctx.state.succeededIds()]);
  return submit(
    ctx,
    manifest,
    fallback,
    done,
    "spot-then-on-demand fallback",
    (job) => job.compute.fallbackQueue
  );
}
async function finishedChildren(ctx, l) {
  const size = l.jobs.length;
  const succeeded = l.counts.SUCCEEDED ?? 0;
  const failed = l.counts.FAILED ?? 0;
  const newly = succeeded + failed - l.seen.SUCCEEDED - l.seen.FAILED;
  if (newly <= 0) return [];
  const all = succeeded + failed === size;
  const worth = newly >= Math.max(1, Math.ceil(size / 20)) || ctx.now() - l.lastChildFetch >= 6e4;
  if (!all && !worth) return [];
  const views = [];
  for (const status of ["SUCCEEDED", "FAILED"]) {
    if ((l.counts[status] ?? 0) > l.seen[status]) {
      for (const child of await ctx.api.children(l.sub.remoteId, status)) {
        if (!l.done.has(childIndex(child.jobId))) views.push(toView(child));
      }
    }
  }
  l.seen = { SUCCEEDED: succeeded, FAILED: failed };
  l.lastChildFetch = ctx.now();
  return views;
}
function reportCounts(ctx, open) {
  const totals = {};
  for (const l of open) for (const [k, v] of Object.entries(l.counts)) totals[k] = (totals[k] ?? 0) + v;
  const line = ALL_STATUSES.filter((s) => totals[s]).map((s) => `${totals[s]} ${s}`).join(", ");
  if (line && line !== ctx.shown.counts) {
    ctx.shown.counts = line;
    ctx.log(`aws-batch: ${line}`);
  }
}

// src/adapters/aws/batch/executor.ts
var BatchExecutor = class {
  constructor(options) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? abortableSleep;
    this.random = options.random ?? Math.random;
    this.policy = retryPolicy({ sleep: this.sleep, random: this.random });
    this.log = options.log ?? (() => void 0);
    this.state = new RunState(options.plan, options.store, this.now);
  }
  name = "aws-batch";
  policy;
  now;
  sleep;
  random;
  log;
  state;
  shown = { counts: "" };
  async execute(jobs, options) {
    const { ctx, manifest } = await this.attach(options.runId, options.signal);
    const pending = jobs.filter((j) => j.compute.backend === "aws-batch" && !options.skip.has(j.id));
    const live = this.state.live(pending);
    const covered = new Set(live.flatMap((l) => l.sub.jobIds));
    const missing = pending.filter((j) => !covered.has(j.id));
    if (live.length > 0)
      this.log(`attached to ${live.length} submitted AWS Batch jobs of run ${options.runId}`);
    const feed = submissionFeed(ctx, manifest, live, missing, options.skip, options.signal);
    await track(
      ctx,
      manifest,
      live,
      { wait: true, signal: options.signal, onEvent: options.onEvent },
      options.skip,
      feed
    );
  }
  /** Gathers what finished of a run without submitting anything; `wait` keeps going until all did. */
  async collect(manifest, options) {
    const { ctx } = await this.attach(manifest.runId, options.signal);
    return track(ctx, manifest, this.state.live(this.options.plan.jobs), options, /* @__PURE__ */ new Set());
  }
  /** Ends every unfinished job of the run: CancelJob before a job starts, TerminateJob after. */
  async cancel(manifest, signal = new AbortController().signal) {
    const { ctx } = await this.attach(manifest.runId, signal);
    return cancelLive(ctx, this.state.live(this.options.plan.jobs));
  }
  /** Reads what the run holds (submissions, records) and finds submissions whose answer was lost. */
  async attach(runId, signal) {
    const api = new BatchApi(this.options.clients.batch, { policy: this.policy, now: this.now, signal });
    const ctx = {
      options: this.options,
      plan: this.options.plan,
      api,
      results: new S3Io(this.options.clients.s3, this.options.results.bucket, this.policy),
      state: this.state,
      policy: this.policy,
      now: this.now,
      sleep: this.sleep,
      random: this.random,
      log: this.log,
      shown: this.shown
    };
    const manifest = await this.state.load(runId);
    await this.state.recoverLost(runId, api);
    return { ctx, manifest };
  }
};

// src/adapters/aws/batch/backend.ts
var createBatchBackend = (setup) => {
  if (!setup.resultsStore?.startsWith("s3://"))
    throw new UserError("an aws-batch run needs results.store (s3://bucket/prefix/) in the file", {
      hint: "add results.store: s3://bucket/prefix/ to the experiment file"
    });
  return new BatchExecutor({
    clients: createAwsClients({ region: setup.plan.jobs[0]?.compute.region, env: setup.env }),
    store: setup.store,
    results: parseS3Url(setup.resultsStore),
    plan: setup.plan,
    log: setup.log,
    ...setup.gitCommit ? { gitCommit: setup.gitCommit } : {},
    ...setup.deadlineMs !== void 0 ? { deadlineMs: setup.deadlineMs } : {},
    ...setup.maxActive !== void 0 ? { maxActive: setup.maxActive } : {},
    ...setup.maxVcpus !== void 0 ? { maxActiveVcpus: setup.maxVcpus } : {}
  });
};
export {
  createBatchBackend
};

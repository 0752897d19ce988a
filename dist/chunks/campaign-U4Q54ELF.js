import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError,
  formatProblem
} from "./chunk-JKRYXKPI.js";
import {
  LocalExecutor,
  makeRunId
} from "./chunk-7QEJ5MJ2.js";
import "./chunk-DXYJLEUY.js";
import "./chunk-76HS77CX.js";
import {
  validateCampaignText,
  variantFor
} from "./chunk-45PLV44V.js";
import "./chunk-L6TZSNCT.js";
import {
  mean,
  quantileSorted,
  studentTCdf,
  summarize,
  variance
} from "./chunk-2UUQLKCD.js";
import {
  escapeMarkdown
} from "./chunk-TKTVF22X.js";
import {
  instancePrice,
  loadPrices
} from "./chunk-62QDW55C.js";
import {
  formatDuration
} from "./chunk-HFO7UFCX.js";
import "./chunk-YOF47TSW.js";

// src/cli/campaign.ts
import { randomBytes } from "node:crypto";
import { readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";
import { setTimeout as delay } from "node:timers/promises";

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
    const headline2 = headlineOf(job.benchmark);
    const metrics = {
      ...record.metrics,
      [WALL_TIME.metric]: ((record.commandEndedAt ?? record.stoppedAt) - (record.commandStartedAt ?? record.startedAt)) / 1e3
    };
    const value = metrics[headline2.metric];
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
        metric: headline2.metric,
        better: headline2.better,
        unit: headline2.unit,
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

// src/domain/stats/mann-whitney.ts
function mannWhitneyU(x, y) {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new Error("Mann-Whitney U needs at least one value in each sample");
  const { ranks, tieSizes } = averageRanks([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - n1 * (n1 + 1) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const ties = tieSizes.some((t) => t > 1);
  if ((n1 <= 8 || n2 <= 8) && !ties) {
    return { u: u1, p: Math.min(1, 2 * exactUpperTail(u, n1, n2)), method: "exact", n1, n2 };
  }
  const n = n1 + n2;
  const tieTerm = tieSizes.reduce((t, k) => t + k ** 3 - k, 0);
  const s = Math.sqrt(n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1))));
  const z = (u - n1 * n2 / 2 - 0.5) / s;
  const p = s > 0 ? Math.min(1, 2 * normalUpperTail(z)) : 1;
  return { u: u1, p, method: "asymptotic", n1, n2 };
}
function averageRanks(values) {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array(values.length);
  const tieSizes = [];
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].v === order[start].v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k].i] = rank;
    tieSizes.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tieSizes };
}
function exactUpperTail(u, n1, n2) {
  const max = n1 * n2;
  let prev = Array.from({ length: n2 + 1 }, () => [1]);
  for (let i = 1; i <= n1; i++) {
    const cur = [new Array(1).fill(1)];
    for (let j = 1; j <= n2; j++) {
      const size = i * j + 1;
      const row = new Array(size).fill(0);
      const a = prev[j];
      const b = cur[j - 1];
      for (let k = 0; k < a.length; k++) row[k + j] = row[k + j] + a[k];
      for (let k = 0; k < b.length; k++) row[k] = row[k] + b[k];
      cur.push(row);
    }
    prev = cur;
  }
  const counts = prev[n2];
  let total = 0;
  let tail = 0;
  for (let k = 0; k <= max; k++) {
    const c = counts[k] ?? 0;
    total += c;
    if (k >= Math.ceil(u - 1e-9)) tail += c;
  }
  return tail / total;
}
function normalUpperTail(z) {
  return 0.5 * erfc(z / Math.SQRT2);
}
function erfc(x) {
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 100; n++) {
      term *= -x * x / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - 2 / Math.sqrt(Math.PI) * sum;
  }
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 300; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

// src/domain/stats/welch.ts
function welchTTest(x, y) {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 < 2 || n2 < 2) throw new Error("Welch's t-test needs at least two values in each sample");
  const a = variance(x) / n1;
  const b = variance(y) / n2;
  const se = Math.sqrt(a + b);
  const diff = mean(x) - mean(y);
  if (se === 0)
    return {
      t: diff === 0 ? NaN : Math.sign(diff) * Infinity,
      df: n1 + n2 - 2,
      p: diff === 0 ? NaN : 0,
      n1,
      n2
    };
  const t = diff / se;
  const df = (a + b) ** 2 / (a ** 2 / (n1 - 1) + b ** 2 / (n2 - 1));
  return { t, df, p: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)), n1, n2 };
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
    const changePct = (cur.median - prev.median) / prev.median * 100;
    const withPrev = { ...base, previous: prev, changePct };
    const max = c.quality.maxCv;
    if (cur.cv > max || prev.cv > max) {
      const which = cur.cv > max ? `this week's cv ${cur.cv.toFixed(3)}` : `the earlier cv ${prev.cv.toFixed(3)}`;
      return { ...withPrev, verdict: "noisy", reason: `noisy, not trusted: ${which} > ${max}` };
    }
    const minimum = c.regression.test === "welch" ? 2 : 1;
    if (now.length < minimum || pooled.length < minimum)
      return { ...withPrev, verdict: "too-few", reason: `too few samples for ${c.regression.test}` };
    const p = c.regression.test === "welch" ? welchTTest(now, pooled).p : mannWhitneyU(now, pooled).p;
    const bad = sample.better === "higher" ? -changePct : changePct;
    const limit = c.regression.threshold * 100;
    const significant = p < c.regression.alpha;
    const verdict = significant && bad > limit ? "regression" : significant && -bad > limit ? "improvement" : "unchanged";
    const reason = verdict === "unchanged" ? significant ? `moved ${Math.abs(changePct).toFixed(1)}%, within the ${limit}% threshold` : `p ${formatP(p)} >= ${c.regression.alpha}` : `p ${formatP(p)} < ${c.regression.alpha} and the median moved ${Math.abs(changePct).toFixed(1)}% ${verdict === "regression" ? "the bad way" : "the good way"} (threshold ${limit}%)`;
    return { ...withPrev, p, verdict, reason };
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
function formatP(p) {
  return p < 1e-3 ? p.toExponential(2) : p.toFixed(4);
}

// src/app/campaign-run.ts
var MIB = 1024 * 1024;
function toPlannedJob(job, c, week) {
  const program = c.programs[job.benchmark] ?? ["node", `examples/benchmarks/${job.benchmark}.mjs`];
  return {
    id: job.id,
    stage: "campaign",
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
      vcpus: 1,
      memoryBytes: 512 * MIB,
      gpus: 0,
      timeoutSec: Math.max(60, 3 * job.estimatedSeconds),
      // Retries are rounds with backoff here, not the executor's immediate ones.
      retries: 0,
      retryOn: []
    },
    compute: {
      backend: "local",
      region: c.region,
      instanceType: job.instanceType,
      capacity: job.capacity,
      platform: "ec2",
      tags: { campaign: c.name, week }
    },
    needs: []
  };
}
async function runCampaignWindow(args, deps) {
  const { campaign: c, plan, day, window } = args;
  const jobs = plan.jobs.filter((j) => j.day === day && j.window === window);
  const date = plan.days.find((d) => d.day === day)?.date ?? "";
  const waves = [...new Set(jobs.map((j) => j.wave))].sort((a, b) => a - b);
  const final = /* @__PURE__ */ new Map();
  const attempts = [];
  let retries = 0;
  const started = deps.now();
  let running = 0;
  const report = () => {
    const done = final.size;
    const ok = [...final.values()].filter((r) => r.status === "succeeded").length;
    const pct = jobs.length === 0 ? 100 : done / jobs.length * 100;
    const elapsed = (deps.now() - started) / 1e3;
    const eta = done === 0 ? "unknown" : formatDuration(Math.max(0, Math.round(elapsed / done * (jobs.length - done))));
    deps.log(
      `[${done}/${jobs.length} ${pct.toFixed(0)}%] succeeded ${ok}, failed ${done - ok}, running ${running}, queued ${jobs.length - done - running}; ETA ${eta}`
    );
  };
  deps.log(
    `${c.name} ${plan.week}: ${jobs.length} jobs in window ${window} of day ${day} (${date}), ${waves.length} waves, ${c.schedule.maxConcurrent} at once`
  );
  for (const wave of waves) {
    let pending = jobs.filter((j) => j.wave === wave);
    for (let round2 = 0; pending.length > 0 && !deps.signal.aborted; round2++) {
      if (round2 > 0) {
        const wait = (deps.backoffMs ?? 1e3) * 2 ** (round2 - 1);
        deps.log(
          `wave ${wave}: retrying ${pending.length} failed job(s) in ${wait} ms (round ${round2} of ${c.schedule.retries})`
        );
        await deps.sleep(wait);
        retries += pending.length;
      }
      const planned = pending.map((j) => toPlannedJob(j, c, plan.week));
      await deps.executor.execute(planned, {
        runId: args.runId,
        skip: /* @__PURE__ */ new Set(),
        signal: deps.signal,
        onEvent: (e) => {
          if (e.type === "job-started") running += 1;
          if (e.type === "job-finished") {
            running = Math.max(0, running - 1);
            attempts.push(e.record);
            const failed = e.record.status !== "succeeded";
            if (!failed || round2 >= c.schedule.retries) final.set(e.record.jobId, e.record);
            report();
          }
        }
      });
      const failedIds = new Set(attempts.filter((r) => r.status !== "succeeded").map((r) => r.jobId));
      pending = round2 < c.schedule.retries ? pending.filter((j) => failedIds.has(j.id) && !final.has(j.id)) : [];
    }
  }
  const records = [...final.values()];
  const entries = entriesFromRecords(jobs, records, plan.week, args.runId);
  await deps.history.append(entries);
  const history = await deps.history.load();
  const comparisons = compareWeek(plan.week, history, c).filter(
    (cmp) => jobs.some((j) => j.instanceType === cmp.instanceType && j.variant === cmp.benchmark)
  );
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const actualUsd = attempts.reduce((t, r) => {
    const job = byId.get(r.jobId);
    const price = job ? instancePrice(deps.prices, c.region, job.instanceType) : void 0;
    const hourly = job?.capacity === "on-demand" ? price?.onDemandHourly : price?.spotHourlyTypical ?? price?.onDemandHourly;
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
      retries,
      estimatedUsd: jobs.reduce((t, j) => t + (j.estimatedUsd ?? 0), 0),
      actualUsd,
      comparisons
    },
    records,
    entries
  };
}

// src/domain/campaign/campaign-report.ts
var SPARK = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(values) {
  if (values.length === 0) return "";
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => SPARK[hi === lo ? 3 : Math.round((v - lo) / (hi - lo) * 7)]).join("");
}
function num(v) {
  if (!Number.isFinite(v)) return "-";
  return Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
}
function rows(s) {
  return s.comparisons.map((c) => [
    c.instanceType,
    c.benchmark,
    `${num(c.current.median)} ${c.unit} [${c.current.n}]`,
    c.previous ? `${num(c.previous.median)} ${c.unit} [${c.previous.n}]` : "-",
    c.changePct === void 0 ? "-" : `${c.changePct >= 0 ? "+" : ""}${c.changePct.toFixed(1)}%`,
    c.p === void 0 ? "-" : formatP(c.p),
    c.verdict === "noisy" ? "noisy, not trusted" : c.verdict,
    sparkline(c.trend.map((t) => t.median))
  ]);
}
var HEAD = [
  "instance",
  "benchmark",
  "this week median [n]",
  "previous median [n]",
  "change",
  "p-value",
  "verdict",
  "trend"
];
function headline(s) {
  const rate = s.jobs === 0 ? 0 : s.succeeded / s.jobs * 100;
  const flagged = s.comparisons.filter((c) => c.verdict === "regression");
  return [
    `${s.succeeded}/${s.jobs} jobs succeeded (${rate.toFixed(0)}% success rate), ${s.failed} failed, ${s.retries} retries`,
    `cost: $${s.actualUsd.toFixed(4)} actual against $${s.estimatedUsd.toFixed(4)} estimated`,
    flagged.length === 0 ? "no regression" : `${flagged.length} regression${flagged.length === 1 ? "" : "s"}: ${flagged.map((c) => `${c.benchmark} on ${c.instanceType} (p ${formatP(c.p)})`).join(", ")}`
  ];
}
function campaignMarkdown(s) {
  const table = [HEAD, HEAD.map(() => "---"), ...rows(s).map((r) => r.map(escapeMarkdown))].map((r) => `| ${r.join(" | ")} |`).join("\n");
  const notes = s.comparisons.map((c) => `- ${c.benchmark} on ${c.instanceType}: ${c.reason}`).join("\n");
  return [
    `## Campaign ${s.campaign}, week ${s.week}, ${s.window}`,
    "",
    ...headline(s).map((l) => `- ${l}`),
    "",
    table,
    "",
    `Compared with ${s.comparisons[0]?.test ?? "mann-whitney"}; [n] is the number of samples.`,
    "",
    notes,
    ""
  ].join("\n");
}
function campaignTerminal(s) {
  const all = [HEAD, ...rows(s)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => [...r[i] ?? ""].length)));
  const line = (r) => r.map((cell, i) => cell + " ".repeat(widths[i] - [...cell].length)).join("  ");
  return [
    `campaign ${s.campaign}, week ${s.week}, ${s.window}`,
    ...headline(s),
    "",
    ...all.map(line),
    "",
    ...s.comparisons.map((c) => `${c.benchmark} on ${c.instanceType}: ${c.reason}`),
    ""
  ].join("\n");
}

// src/domain/campaign/render-plan.ts
function renderCampaignPlan(plan) {
  const lines = [
    `${plan.campaign}, week ${plan.week} (${plan.region}): ${plan.totals.jobs} jobs on ${plan.totals.instanceTypes} instance types, estimated $${plan.totals.usd.toFixed(2)} ($${plan.totals.onDemandUsd.toFixed(2)} all on demand)`,
    `variants: ${plan.totals.variants.join(", ")}`,
    "",
    "day  date        window      jobs  busy      makespan/length  peak  cost"
  ];
  for (const w of plan.windows) {
    if (w.jobs === 0) continue;
    lines.push(
      `${String(w.day).padEnd(4)} ${w.date}  ${w.window.padEnd(10)}  ${String(w.jobs).padStart(4)}  ${formatDuration(w.jobSeconds).padEnd(8)}  ${`${formatDuration(w.makespanSeconds)}/${formatDuration(w.lengthSeconds)}`.padEnd(15)}  ${String(w.peakConcurrent).padStart(4)}  $${w.usd.toFixed(2)}`
    );
  }
  lines.push(
    "",
    "per day: " + plan.days.map((d) => `${d.date} ${d.jobs} jobs $${d.usd.toFixed(2)}`).join("; "),
    ""
  );
  for (const c of plan.constraints) lines.push(`${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.detail}`);
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  return `${lines.join("\n")}
`;
}

// src/domain/campaign/architecture.ts
function cpuMaker(family, prices, region) {
  const tables = region ? [prices?.regions[region]] : Object.values(prices?.regions ?? {});
  for (const table of tables) {
    for (const [type, p] of Object.entries(table?.ec2 ?? {})) {
      if (type.split(".")[0] !== family) continue;
      if (p.cpu === "intel" || p.cpu === "amd" || p.cpu === "graviton") return p.cpu;
    }
  }
  const letter = /^[a-z]+\d+([a-z])/.exec(family)?.[1];
  return letter === "i" ? "intel" : letter === "a" ? "amd" : letter === "g" ? "graviton" : void 0;
}
function archOf(maker) {
  if (maker === void 0) return void 0;
  return maker === "graviton" ? "arm64" : "x86_64";
}

// src/domain/campaign/rotation.ts
function windowsFor(benchmark, variant, windows) {
  const all = windows.map((_, i) => i);
  const focused = all.filter((i) => {
    const focus = windows[i]?.focus ?? [];
    return focus.includes(benchmark) || focus.includes(variant);
  });
  if (focused.length > 0) return { indexes: focused, unfocused: false };
  const open = all.filter((i) => (windows[i]?.focus ?? []).length === 0);
  if (open.length > 0) return { indexes: open, unfocused: false };
  return { indexes: all, unfocused: true };
}
function inFocus(window, benchmark, variant) {
  return window.focus.length === 0 || window.focus.includes(benchmark) || window.focus.includes(variant);
}

// src/domain/campaign/window-schedule.ts
function scheduleWindow(jobs, lanes) {
  const placed = new Array(jobs.length);
  const waves = [...new Set(jobs.map((j) => j.wave))].sort((a, b) => a - b);
  let waveStart = 0;
  for (const wave of waves) {
    const members = jobs.map((j, i) => ({ ...j, i })).filter((j) => j.wave === wave).sort((a, b) => b.seconds - a.seconds || a.i - b.i);
    const free = new Array(lanes).fill(waveStart);
    for (const j of members) {
      let lane = 0;
      for (let k = 1; k < lanes; k++) if (free[k] < free[lane]) lane = k;
      const start = free[lane];
      placed[j.i] = { slot: lane + 1, start, end: start + j.seconds };
      free[lane] = start + j.seconds;
    }
    waveStart = Math.max(waveStart, ...free);
  }
  return { placed, makespan: waveStart };
}
function peakOverlap(intervals) {
  const edges = intervals.flatMap((i) => [
    { t: i.start, d: 1 },
    { t: i.end, d: -1 }
  ]);
  edges.sort((a, b) => a.t - b.t || a.d - b.d);
  let open = 0;
  let peak = 0;
  for (const e of edges) {
    open += e.d;
    peak = Math.max(peak, open);
  }
  return peak;
}

// src/domain/campaign/waves.ts
var SMALL = ["nano", "micro", "small", "medium", "large"];
function sizeRank(size) {
  const small = SMALL.indexOf(size);
  if (small >= 0) return (small + 1) / SMALL.length;
  if (size === "xlarge") return 2;
  const n = /^(\d+)xlarge$/.exec(size);
  if (n) return 2 * Number(n[1]);
  if (size.startsWith("metal")) return 1e6;
  return 1e5;
}
function waveOf(size, sizes, policy) {
  if (policy === "none") return 1;
  const capped = (s) => Math.min(sizeRank(s), sizeRank("4xlarge"));
  const ranks = [...new Set(sizes.map(capped))].sort((a, b) => a - b);
  return ranks.indexOf(capped(size)) + 1;
}

// src/domain/campaign/plan.ts
function planCampaign(c, week, prices) {
  const warnings = [];
  const s = c.schedule;
  const drafts = draftJobs(c, prices, warnings);
  const capacity = s.days * s.maxDailyJobs;
  if (drafts.length > capacity) {
    const perDay = Math.ceil(drafts.length / s.days);
    return {
      issues: [
        {
          path: ["schedule", "max-daily-jobs"],
          atKey: false,
          message: `does not fit: ${drafts.length} jobs > ${capacity} = ${s.days} days x ${s.maxDailyJobs} a day (short by ${drafts.length - capacity})`,
          hint: `raise max-daily-jobs to ${perDay}${s.days < 7 ? ", add days" : ""}, or cut repeats, sizes or benchmarks`,
          severity: "error"
        }
      ]
    };
  }
  const monday = mondayOf(week);
  const windowCount = s.windows.length;
  const dayJobs = new Array(s.days).fill(0);
  const busy = Array.from({ length: s.days }, () => new Array(windowCount).fill(0));
  const where = [];
  const unfocused = /* @__PURE__ */ new Set();
  for (const job of drafts) {
    const { indexes, unfocused: none } = windowsFor(job.benchmark, job.variant, s.windows);
    if (none) unfocused.add(job.benchmark);
    let best;
    for (let d = 0; d < s.days; d++) {
      if (dayJobs[d] >= s.maxDailyJobs) continue;
      for (const w of indexes) {
        const win = s.windows[w];
        const room = (win.endMinute - win.startMinute) * 60 * s.maxConcurrent;
        const key = [(busy[d][w] + job.estimatedSeconds) / room, dayJobs[d], d, w];
        if (!best || lexLess(key, best.key)) best = { day: d, window: w, key };
      }
    }
    where.push({ day: best.day, window: best.window });
    dayJobs[best.day] += 1;
    busy[best.day][best.window] += job.estimatedSeconds;
  }
  for (const b of unfocused)
    warnings.push(`no window's focus names ${b}: its jobs are spread over every window`);
  const jobs = new Array(drafts.length);
  const windows = [];
  const issues = [];
  for (let d = 0; d < s.days; d++) {
    const date = isoDate(monday + d * DAY_MS);
    s.windows.forEach((win, w) => {
      const members = drafts.map((j, i) => ({ j, i })).filter(({ i }) => where[i].day === d && where[i].window === w);
      const { placed, makespan } = scheduleWindow(
        members.map(({ j }) => ({ wave: j.wave, seconds: j.estimatedSeconds })),
        s.maxConcurrent
      );
      const opens = monday + d * DAY_MS + win.startMinute * 6e4;
      members.forEach(({ j, i }, k) => {
        const p = placed[k];
        jobs[i] = {
          ...j,
          day: d + 1,
          date,
          window: win.name,
          slot: p.slot,
          startOffsetSeconds: p.start,
          start: new Date(opens + p.start * 1e3).toISOString()
        };
      });
      const lengthSeconds = (win.endMinute - win.startMinute) * 60;
      if (makespan > lengthSeconds) {
        issues.push({
          path: ["schedule", "windows", w, "end"],
          atKey: false,
          message: `does not fit: window "${win.name}" on day ${d + 1} (${date}) needs ${formatDuration(makespan)} at ${s.maxConcurrent} at once, has ${formatDuration(lengthSeconds)} (over by ${formatDuration(makespan - lengthSeconds)})`,
          hint: "lengthen the window, raise max-concurrent, run on more days, or shorten the benchmarks",
          severity: "error"
        });
      }
      windows.push({
        day: d + 1,
        date,
        window: win.name,
        jobs: members.length,
        jobSeconds: members.reduce((t, { j }) => t + j.estimatedSeconds, 0),
        makespanSeconds: makespan,
        lengthSeconds,
        peakConcurrent: peakOverlap(placed),
        usd: round(members.reduce((t, { j }) => t + (j.estimatedUsd ?? 0), 0))
      });
    });
  }
  if (issues.length > 0) return { issues };
  const days = Array.from({ length: s.days }, (_, d) => ({
    day: d + 1,
    date: isoDate(monday + d * DAY_MS),
    jobs: dayJobs[d],
    usd: round(windows.filter((w) => w.day === d + 1).reduce((t, w) => t + w.usd, 0))
  }));
  const sum = (f) => round(jobs.reduce((t, j) => t + f(j), 0));
  const plan = {
    campaign: c.name,
    file: c.file,
    week: week.label,
    region: c.region,
    priceSnapshot: prices.snapshot,
    jobs,
    days,
    windows,
    totals: {
      jobs: jobs.length,
      instanceTypes: new Set(jobs.map((j) => j.instanceType)).size,
      variants: [...new Set(jobs.map((j) => j.variant))].sort(),
      jobSeconds: jobs.reduce((t, j) => t + j.estimatedSeconds, 0),
      usd: sum((j) => j.estimatedUsd ?? 0),
      onDemandUsd: sum((j) => j.onDemandUsd ?? 0)
    },
    constraints: constraintsOf(c, jobs, days, windows),
    warnings
  };
  return { plan, issues: [] };
}
function draftJobs(c, prices, warnings) {
  const drafts = [];
  for (const family of c.families) {
    const maker = cpuMaker(family, prices, c.region);
    if (maker === void 0)
      warnings.push(`cannot tell the CPU of ${family}: its benchmarks run without variants`);
    for (const size of c.sizes) {
      const instanceType = `${family}.${size}`;
      const capacity = capacityOf(size, c);
      const price = instancePrice(prices, c.region, instanceType);
      if (!price)
        warnings.push(`${instanceType} is not in the price table for ${c.region}: its cost is unknown`);
      for (const benchmark of c.benchmarks) {
        const variant = variantFor(benchmark, maker, c.variants);
        const seconds = c.durations[benchmark];
        const hours = seconds / 3600;
        const onDemand = price?.onDemandHourly == null ? null : round(hours * price.onDemandHourly);
        const spot = price?.spotHourlyTypical == null ? null : round(hours * price.spotHourlyTypical);
        for (let repeat = 1; repeat <= c.repeats; repeat++) {
          drafts.push({
            id: `${variant}.${instanceType}.r${repeat}`,
            instanceType,
            family,
            size,
            cpu: maker ?? "unknown",
            arch: archOf(maker) ?? "unknown",
            benchmark,
            variant,
            repeat,
            wave: waveOf(size, c.sizes, c.schedule.waves),
            capacity,
            estimatedSeconds: seconds,
            estimatedUsd: capacity === "on-demand" ? onDemand : spot,
            onDemandUsd: onDemand
          });
        }
      }
    }
  }
  return drafts.map((j, i) => ({ j, i })).sort((a, b) => a.j.wave - b.j.wave || a.j.repeat - b.j.repeat || a.i - b.i).map(({ j }) => j);
}
function capacityOf(size, c) {
  const spot = c.schedule.spot;
  if (!spot || sizeRank(size) < sizeRank(spot.fromSize)) return "on-demand";
  return spot.fallback === "on-demand" ? "spot-then-on-demand" : "spot";
}
function constraintsOf(c, jobs, days, windows) {
  const s = c.schedule;
  const check = (name, limit, actual, ok, detail) => ({
    name,
    limit,
    actual,
    ok,
    detail
  });
  const busiestDay = Math.max(0, ...days.map((d) => d.jobs));
  const peak = Math.max(0, ...windows.map((w) => w.peakConcurrent));
  const over = windows.map((w) => w.makespanSeconds - w.lengthSeconds);
  const worst = Math.max(...over);
  const wavesOk = wavesInOrder(jobs);
  const offFocus = jobs.filter((j) => {
    const w = s.windows.find((x) => x.name === j.window);
    return !inFocus(w, j.benchmark, j.variant);
  }).length;
  const capacity = s.days * s.maxDailyJobs;
  return [
    check(
      "week-capacity",
      capacity,
      jobs.length,
      jobs.length <= capacity,
      `needs ${jobs.length} jobs; ${s.days} days x ${s.maxDailyJobs} a day = ${capacity}: fits`
    ),
    check(
      "max-daily-jobs",
      s.maxDailyJobs,
      busiestDay,
      busiestDay <= s.maxDailyJobs,
      `busiest day: ${busiestDay} jobs`
    ),
    check(
      "max-concurrent",
      s.maxConcurrent,
      peak,
      peak <= s.maxConcurrent,
      `most jobs at once in any window: ${peak}`
    ),
    check(
      "window-length",
      0,
      Math.max(0, worst),
      worst <= 0,
      `every window's jobs end before it closes (least spare time ${formatDuration(Math.max(0, -worst))})`
    ),
    check(
      "waves-in-order",
      0,
      wavesOk ? 0 : 1,
      wavesOk,
      `waves: ${s.waves}; within a window each wave starts after the previous one ends`
    ),
    check(
      "rotation",
      0,
      offFocus,
      offFocus === 0,
      "each job runs in a window whose focus names its benchmark (or has no focus)"
    )
  ];
}
function wavesInOrder(jobs) {
  const groups = /* @__PURE__ */ new Map();
  for (const j of jobs)
    groups.set(`${j.day}|${j.window}`, [...groups.get(`${j.day}|${j.window}`) ?? [], j]);
  for (const g of groups.values()) {
    for (const a of g)
      for (const b of g)
        if (a.wave < b.wave && a.startOffsetSeconds + a.estimatedSeconds > b.startOffsetSeconds) return false;
  }
  return true;
}
function lexLess(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i];
  }
  return false;
}
function round(usd) {
  return Math.round(usd * 1e6) / 1e6;
}

// src/app/campaign-plan.ts
function planCampaignText(file, text, week, prices) {
  const validation = validateCampaignText(text, file);
  if (!validation.value) return { problems: validation.problems };
  const planning = planCampaign(validation.value, week, prices);
  return {
    campaign: validation.value,
    ...planning.plan ? { plan: planning.plan } : {},
    problems: [...validation.problems, ...planning.issues.map(validation.place)]
  };
}

// src/cli/campaign.ts
var CAMPAIGN_USAGE = `Campaigns (kind: campaign files, EXPERIMENT-SPEC.md section 5):
  batchbench campaign plan FILE [--week 2026-W48] [--output plan.json]   the week's jobs; runs nothing
  batchbench campaign run FILE --window current|NAME [--day N] [--week W] [--backend local] [--history-dir DIR]
`;
async function campaignCommand(args, values, io) {
  const [sub, ...rest] = args;
  if (sub === "plan") return planSub(rest, values, io);
  if (sub === "run") return runSub(rest, values, io);
  throw new UsageError(
    `campaign takes "plan" or "run", not ${sub === void 0 ? "nothing" : `"${sub}"`}

${CAMPAIGN_USAGE}`
  );
}
function weekOption(values, now) {
  const raw = values.week;
  if (raw === void 0) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new UsageError(`--week takes an ISO week such as 2026-W48, not "${raw}"`);
  return week;
}
async function checkCampaignFile(file, values, io, week) {
  let text;
  try {
    text = await readFile2(path2.resolve(io.cwd, file), "utf8");
  } catch (error) {
    const code = error.code;
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: "error",
          message: code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? error.message})`,
          hint: "give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml"
        }
      ]
    };
  }
  const checked = planCampaignText(file, text, week, await loadPrices(values.prices));
  for (const p of checked.problems) io.stderr.write(`${formatProblem(p)}
`);
  return checked;
}
async function planSub(args, values, io) {
  if (args.length !== 1) throw new UsageError("campaign plan takes one file");
  const week = weekOption(values, Date.now());
  const checked = await checkCampaignFile(args[0], values, io, week);
  if (!checked.plan) return EXIT.usage;
  const json = values.json === true || values.output?.endsWith(".json") === true;
  const text = json ? `${JSON.stringify(checked.plan, null, 2)}
` : renderCampaignPlan(checked.plan);
  if (values.output) {
    await writeFile2(path2.resolve(io.cwd, values.output), text);
    io.stderr.write(
      `${checked.plan.jobs.length} jobs for ${checked.plan.week} written to ${values.output}
`
    );
  } else io.stdout.write(text);
  return EXIT.ok;
}
function pickWindow(values, week, windows, days, now) {
  const raw = values;
  const todayIndex = Math.floor((now - mondayOf(week)) / DAY_MS) + 1;
  const day = raw.day === void 0 ? todayIndex : Number(raw.day);
  if (!Number.isInteger(day) || day < 1 || day > days)
    return raw.day === void 0 ? `today is not one of the campaign's ${days} days of ${week.label}; give --day N` : `--day takes 1 to ${days}, not "${raw.day}"`;
  const name = raw.window ?? "current";
  if (name === "current") {
    const minute = Math.floor(now % DAY_MS / 6e4);
    const open = windows.find((w) => w.startMinute <= minute && minute < w.endMinute);
    if (!open)
      return `no window is open now (${new Date(now).toISOString().slice(11, 16)} UTC): ${windows.map((w) => w.name).join(", ")}`;
    return { day, window: open.name };
  }
  if (!windows.some((w) => w.name === name))
    return `--window takes current or one of ${windows.map((w) => w.name).join(", ")}, not "${name}"`;
  return { day, window: name };
}
async function runSub(args, values, io) {
  if (args.length !== 1) throw new UsageError("campaign run takes one file");
  if (values.backend !== void 0 && values.backend !== "local")
    throw new UsageError(
      'campaign run: --backend takes "local" (the AWS Batch campaign runner is not wired yet)'
    );
  const now = Date.now();
  const week = weekOption(values, now);
  const checked = await checkCampaignFile(args[0], values, io, week);
  if (!checked.plan || !checked.campaign) return EXIT.usage;
  const c = checked.campaign;
  const picked = pickWindow(values, week, c.schedule.windows, c.schedule.days, now);
  if (typeof picked === "string") {
    io.stderr.write(`batchbench campaign: ${picked}
`);
    return (values.window ?? "current") === "current" ? EXIT.ok : EXIT.usage;
  }
  const runId = makeRunId(c.name, new Date(now), randomBytes(2).toString("hex"));
  const runsDir = path2.resolve(io.cwd, values["runs-dir"] ?? ".batchbench/runs");
  const historyDir = path2.resolve(io.cwd, values["history-dir"] ?? c.results.store);
  const outcome = await runCampaignWindow(
    { campaign: c, plan: checked.plan, day: picked.day, window: picked.window, runId },
    {
      executor: new LocalExecutor({
        concurrency: c.schedule.maxConcurrent,
        logDir: path2.join(runsDir, runId, "logs"),
        baseDir: io.cwd
      }),
      history: new FsHistoryStore(historyDir),
      prices: await loadPrices(values.prices),
      log: (line) => io.stderr.write(`${line}
`),
      now: Date.now,
      sleep: (ms) => delay(ms, void 0, { signal: io.signal }).catch(() => void 0),
      signal: io.signal
    }
  );
  const text = values.format === "markdown" ? campaignMarkdown(outcome.summary) : campaignTerminal(outcome.summary);
  if (values.output) await writeFile2(path2.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  if (io.signal.aborted) return EXIT.interrupted;
  const regressed = outcome.summary.comparisons.some((x) => x.verdict === "regression");
  return outcome.summary.failed > 0 || regressed ? EXIT.failed : EXIT.ok;
}
export {
  CAMPAIGN_USAGE,
  campaignCommand,
  checkCampaignFile,
  weekOption
};

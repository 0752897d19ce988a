import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  DAY_MS,
  FsHistoryStore,
  formatP,
  isoDate,
  isoWeekOf,
  mondayOf,
  parseIsoWeek,
  runCampaignWindow
} from "./chunk-YDKR764V.js";
import {
  EXIT,
  UsageError,
  formatProblem
} from "./chunk-VHJEUETF.js";
import {
  LocalExecutor,
  makeRunId
} from "./chunk-NOICZ6FP.js";
import "./chunk-DXYJLEUY.js";
import "./chunk-76HS77CX.js";
import {
  validateCampaignText,
  variantFor
} from "./chunk-UV5OW47J.js";
import "./chunk-L6TZSNCT.js";
import "./chunk-LVSQBUYB.js";
import {
  escapeMarkdown
} from "./chunk-TKTVF22X.js";
import {
  instancePrice,
  loadPrices
} from "./chunk-D5FG67Y2.js";
import {
  formatDuration
} from "./chunk-5KN5MX2P.js";
import "./chunk-YOF47TSW.js";

// src/cli/campaign.ts
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";

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
  batchbench campaign run FILE --window current|NAME [--day N] [--week W] [--backend local|aws-batch] [--history-dir DIR]
      aws-batch: jobs on --queue (or BATCHBENCH_QUEUE), image from --image-uri, history in results.store
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
    text = await readFile(path.resolve(io.cwd, file), "utf8");
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
    await writeFile(path.resolve(io.cwd, values.output), text);
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
  const backend = values.backend ?? "local";
  if (backend !== "local" && backend !== "aws-batch")
    throw new UsageError(`campaign run: --backend takes "local" or "aws-batch", not "${backend}"`);
  const queue = values.queue ?? io.env.BATCHBENCH_QUEUE;
  if (backend === "aws-batch" && !queue)
    throw new UsageError(
      "campaign run --backend aws-batch needs --queue (or BATCHBENCH_QUEUE): the AWS Batch job queue"
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
  const runsDir = path.resolve(io.cwd, values["runs-dir"] ?? ".batchbench/runs");
  const window = {
    campaign: c,
    plan: checked.plan,
    day: picked.day,
    window: picked.window,
    runId
  };
  let backendDeps;
  if (backend === "aws-batch") {
    const batch = { queue };
    const { awsCampaign } = await import("./aws-backend-BHM2KE2J.js");
    backendDeps = await awsCampaign(
      { ...window, batch, ...values["image-uri"] ? { imageUri: values["image-uri"] } : {} },
      io
    );
    window.batch = batch;
  } else {
    const historyDir = path.resolve(io.cwd, values["history-dir"] ?? c.results.store);
    backendDeps = {
      executor: new LocalExecutor({
        concurrency: c.schedule.maxConcurrent,
        logDir: path.join(runsDir, runId, "logs"),
        baseDir: io.cwd
      }),
      history: new FsHistoryStore(historyDir)
    };
  }
  const outcome = await runCampaignWindow(window, {
    ...backendDeps,
    prices: await loadPrices(values.prices),
    log: (line) => io.stderr.write(`${line}
`),
    now: Date.now,
    sleep: (ms) => delay(ms, void 0, { signal: io.signal }).catch(() => void 0),
    signal: io.signal
  });
  const text = values.format === "markdown" ? campaignMarkdown(outcome.summary) : campaignTerminal(outcome.summary);
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
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

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  FsHistoryStore
} from "./chunk-YGPHIHKY.js";
import {
  backendEntry,
  createBackend,
  registeredBackendList
} from "./chunk-VIHL2KRB.js";
import {
  WALL_TIME,
  headlineOf
} from "./chunk-25XNE3DY.js";
import {
  escapeMarkdown
} from "./chunk-2EARJU2W.js";
import {
  archOf,
  cpuMaker
} from "./chunk-6YA2FBOI.js";
import {
  readNamedFile,
  validateCampaignText,
  variantFor
} from "./chunk-T4VO73CT.js";
import {
  instancePrice,
  jobCost,
  priceBasisLine,
  sumKnown
} from "./chunk-SIQR2AZH.js";
import {
  formatDuration,
  withImage
} from "./chunk-YTWLBMZJ.js";
import {
  LARGE_CHANGE,
  compareSamples,
  formatP,
  pct
} from "./chunk-7LCVCKSI.js";
import {
  quantileSorted,
  summarize
} from "./chunk-AESLYFF2.js";
import {
  FsRunStore,
  RUN_FORMAT_VERSION
} from "./chunk-OE34II5Z.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

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

// src/domain/campaign/machines.ts
function campaignMachines(c, prices, warnings) {
  if (c.slurm) return c.slurm.nodes.map((node) => slurmMachine(c, node, prices, warnings));
  const out = [];
  for (const family of c.families) {
    const maker = cpuMaker(family, prices, c.region);
    if (maker === void 0)
      warnings.push(`cannot tell the CPU of ${family}: its benchmarks run without variants`);
    for (const size of c.sizes) {
      const instanceType = `${family}.${size}`;
      const price = instancePrice(prices, c.region, instanceType);
      if (!price)
        warnings.push(`${instanceType} is not in the price table for ${c.region}: its cost is unknown`);
      out.push({
        instanceType,
        family,
        size,
        maker,
        vcpus: price?.vcpus ?? null,
        memoryGiB: price?.memoryGiB ?? null,
        wave: waveOf(size, c.sizes, c.schedule.waves),
        capacity: capacityOf(size, c),
        onDemandHourly: price?.onDemandHourly ?? null,
        spotHourly: price?.spotHourlyTypical ?? null
      });
    }
  }
  return out;
}
function nodeTypePrice(c, node, prices) {
  return node.price ?? c.slurm?.price ?? (node.partition === void 0 ? void 0 : prices.slurm?.[node.partition]);
}
function slurmMachine(c, node, prices, warnings) {
  const price = nodeTypePrice(c, node, prices);
  const cores = Math.max(1, Math.ceil(node.cpus ?? 1));
  const hourly = price?.perNodeHour ?? (price?.perCoreHour === void 0 ? null : price.perCoreHour * cores);
  if (hourly === null)
    warnings.push(
      `${node.name} is not priced (no price of its own, no slurm.price, no prices-file price for partition ${node.partition ?? "(the cluster default)"}): its cost is unknown`
    );
  if (node.cpu === void 0 && c.variants === "architecture-aware")
    warnings.push(`cannot tell the CPU of ${node.name} (give it cpu:): its benchmarks run without variants`);
  return {
    instanceType: node.name,
    family: node.name,
    size: "",
    maker: node.cpu,
    vcpus: node.cpus ?? null,
    memoryGiB: node.memoryGiB ?? null,
    wave: 1,
    capacity: "on-demand",
    onDemandHourly: hourly,
    spotHourly: null
  };
}
function capacityOf(size, c) {
  const spot = c.schedule.spot;
  if (!spot || sizeRank(size) < sizeRank(spot.fromSize)) return "on-demand";
  return spot.fallback === "on-demand" ? "spot-then-on-demand" : "spot";
}
function campaignPriceBasis(c, prices) {
  if (!c.slurm) return priceBasisLine(prices, c.region);
  return "Slurm: per node-hour or core-hour from the campaign file (slurm.price) or the prices file (by partition)";
}
function onNodeTypes(c) {
  return c.slurm !== void 0;
}
var MIB = 1024 * 1024;
function nodeTypeAsk(job, c) {
  if (!c.slurm) return void 0;
  return {
    vcpus: job.vcpus ?? 1,
    memoryBytes: job.memoryGiB === null ? 512 * MIB : Math.round(job.memoryGiB * 1024) * MIB
  };
}
function nodeTypeCompute(job, c) {
  const s = c.slurm;
  const node = s?.nodes.find((n) => n.name === job.instanceType);
  if (!s || !node) return {};
  const price = node.price ?? s.price;
  return {
    slurm: {
      ...node.partition === void 0 ? {} : { partition: node.partition },
      ...node.constraint === void 0 ? {} : { constraint: node.constraint },
      ...s.account === void 0 ? {} : { account: s.account },
      ...s.qos === void 0 ? {} : { qos: s.qos },
      ...s.time === void 0 ? {} : { time: s.time },
      throttle: c.schedule.maxConcurrent,
      ...price === void 0 ? {} : { price }
    }
  };
}
function withoutMachine(compute) {
  const { queue: _q, fallbackQueue: _f, instanceType: _i, slurm: _s, ...rest } = compute;
  return rest;
}
function pricedCpus(job, c) {
  return c.slurm ? job.vcpus ?? 1 : job.vcpus;
}
function unpricedWord(c) {
  return c.slurm ? "not priced" : void 0;
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

// src/domain/campaign/plan.ts
function planCampaign(c, week, prices) {
  const warnings = [];
  const s = c.schedule;
  const drafts = draftJobs(c, prices, warnings);
  const overCapacity = capacityIssue(drafts.length, s);
  if (overCapacity) return { issues: [overCapacity] };
  const monday = mondayOf(week);
  const { where, dayJobs, unfocused } = assignWindows(drafts, s);
  for (const b of unfocused)
    warnings.push(`no window's focus names ${b}: its jobs are spread over every window`);
  const { jobs, windows, issues } = placeInWindows(drafts, where, s, monday);
  if (issues.length > 0) return { issues };
  const days = Array.from({ length: s.days }, (_, d) => ({
    day: d + 1,
    date: isoDate(monday + d * DAY_MS),
    jobs: dayJobs[d],
    usd: roundKnown(sumKnown(windows.filter((w) => w.day === d + 1).map((w) => w.usd)))
  }));
  const plan = {
    campaign: c.name,
    file: c.file,
    week: week.label,
    region: c.region,
    ...onNodeTypes(c) ? { nodeTypes: true } : {},
    // One line a person reads; the provenance is in the table's SOURCES file.
    priceSnapshot: campaignPriceBasis(c, prices),
    jobs,
    days,
    windows,
    totals: {
      jobs: jobs.length,
      instanceTypes: new Set(jobs.map((j) => j.instanceType)).size,
      variants: [...new Set(jobs.map((j) => j.variant))].sort(),
      jobSeconds: jobs.reduce((t, j) => t + j.estimatedSeconds, 0),
      usd: roundKnown(sumKnown(jobs.map((j) => j.estimatedUsd))),
      onDemandUsd: roundKnown(sumKnown(jobs.map((j) => j.onDemandUsd)))
    },
    constraints: constraintsOf(c, jobs, days, windows),
    warnings
  };
  return { plan, issues: [] };
}
function capacityIssue(count, s) {
  const capacity = s.days * s.maxDailyJobs;
  if (count <= capacity) return void 0;
  const perDay = Math.ceil(count / s.days);
  return {
    path: ["schedule", "max-daily-jobs"],
    atKey: false,
    message: `does not fit: ${count} jobs > ${capacity} = ${s.days} days x ${s.maxDailyJobs} a day (short by ${count - capacity})`,
    hint: `raise max-daily-jobs to ${perDay}${s.days < 7 ? ", add days" : ""}, or cut repeats, sizes or benchmarks`,
    severity: "error"
  };
}
function assignWindows(drafts, s) {
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
  return { where, dayJobs, unfocused };
}
function placeInWindows(drafts, where, s, monday) {
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
        usd: roundKnown(sumKnown(members.map(({ j }) => j.estimatedUsd)))
      });
    });
  }
  return { jobs, windows, issues };
}
function draftJobs(c, prices, warnings) {
  const drafts = [];
  for (const m of campaignMachines(c, prices, warnings)) {
    for (const benchmark of c.benchmarks) {
      const variant = variantFor(benchmark, m.maker, c.variants);
      const seconds = c.durations[benchmark];
      const hours = seconds / 3600;
      const onDemand = m.onDemandHourly === null ? null : round(hours * m.onDemandHourly);
      const spot = m.spotHourly === null ? null : round(hours * m.spotHourly);
      for (let repeat = 1; repeat <= c.repeats; repeat++) {
        drafts.push({
          id: `${variant}.${m.instanceType}.r${repeat}`,
          instanceType: m.instanceType,
          family: m.family,
          size: m.size,
          cpu: m.maker ?? "unknown",
          arch: archOf(m.maker) ?? "unknown",
          vcpus: m.vcpus,
          memoryGiB: m.memoryGiB,
          benchmark,
          variant,
          repeat,
          wave: m.wave,
          capacity: m.capacity,
          estimatedSeconds: seconds,
          estimatedUsd: m.capacity === "on-demand" ? onDemand : spot,
          onDemandUsd: onDemand
        });
      }
    }
  }
  return drafts.map((j, i) => ({ j, i })).sort((a, b) => a.j.wave - b.j.wave || a.j.repeat - b.j.repeat || a.i - b.i).map(({ j }) => j);
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
function roundKnown(usd) {
  return usd === null ? null : round(usd);
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

// src/compose/campaign-file.ts
var CAMPAIGN_HINT = "give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml";
function weekOf(raw, now, name) {
  if (raw === void 0) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new UserError(`${name} takes an ISO week such as 2026-W48, not "${raw}"`);
  return week;
}
async function loadCampaignFile(file, week, settings) {
  const { prices } = settings;
  const read = await readNamedFile(file, settings, CAMPAIGN_HINT);
  if ("problem" in read) return { problems: [read.problem], prices };
  return { ...planCampaignText(file, read.text, week, prices), prices };
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
    change(c),
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
function change(c) {
  if (c.changePct === void 0) return "-";
  const point = `${c.changePct >= 0 ? "+" : ""}${c.changePct.toFixed(1)}%`;
  return c.changeCi ? `${point} [${pct(c.changeCi[0])}, ${pct(c.changeCi[1])}]` : point;
}
function dollars(usd, unpriced = "unknown") {
  return usd === null ? unpriced : `$${usd.toFixed(4)}`;
}
function headline(s) {
  const rate = s.jobs === 0 ? 0 : s.succeeded / s.jobs * 100;
  const flagged = s.comparisons.filter((c) => c.verdict === "regression");
  return [
    `${s.succeeded}/${s.jobs} jobs succeeded (${rate.toFixed(0)}% success rate), ${s.failed} failed, ${s.attempts} attempts (${s.retries} retries)`,
    `cost: ${dollars(s.actualUsd, s.unpriced)} actual against ${dollars(s.estimatedUsd, s.unpriced)} estimated`,
    flagged.length === 0 ? regressionFree(s) : `${flagged.length} regression${flagged.length === 1 ? "" : "s"}: ${flagged.map((c) => `${c.benchmark} on ${c.instanceType} (p ${formatP(c.p)})`).join(", ")}`,
    ...largeChanges(s.comparisons)
  ];
}
var TESTED = /* @__PURE__ */ new Set(["regression", "improvement", "unchanged"]);
function regressionFree(s) {
  const tested = s.comparisons.filter((c) => TESTED.has(c.verdict)).length;
  const why = /* @__PURE__ */ new Map();
  if (s.jobs > 0 && s.succeeded === 0) why.set(`${s.succeeded} of ${s.jobs} jobs succeeded`, 1);
  for (const c of s.comparisons) {
    if (TESTED.has(c.verdict)) continue;
    const reason = c.verdict === "noisy" ? "noisy" : c.verdict === "new" ? "new, no earlier week" : c.reason;
    why.set(reason, (why.get(reason) ?? 0) + 1);
  }
  if (s.comparisons.length === 0 && why.size === 0) why.set("no benchmark reported a result", 1);
  const reasons = [...why].map(([reason, n]) => n > 1 ? `${n} rows ${reason}` : reason).join("; ");
  if (tested === 0) return `no regression could be tested: ${reasons}`;
  const of = `no regression in ${tested} tested row${tested === 1 ? "" : "s"}`;
  return why.size === 0 ? of : `${of}; ${s.comparisons.length - tested} not tested: ${reasons}`;
}
function largeChanges(comparisons) {
  const big = comparisons.filter(
    (c) => c.verdict !== "regression" && c.verdict !== "improvement" && Math.abs(c.changePct ?? 0) >= LARGE_CHANGE * 100
  );
  if (big.length === 0) return [];
  const list = big.map(
    (c) => `${c.benchmark} on ${c.instanceType} ${pct(c.changePct / 100)} (${c.verdict})`
  );
  return [`large changes not confirmed by a test, look at them: ${list.join(", ")}`];
}
function campaignMarkdown(s) {
  const table = [HEAD, HEAD.map(() => "---"), ...rows(s).map((r) => r.map(escapeMarkdown))].map((r) => `| ${r.join(" | ")} |`).join("\n");
  const notes = s.comparisons.map((c) => `- ${c.benchmark} on ${c.instanceType}: ${c.reason}`).join("\n");
  return [
    `## Campaign ${s.campaign}, week ${s.week}, ${s.window}`,
    "",
    ...(s.warnings ?? []).flatMap((w) => [`> **Warning:** ${escapeMarkdown(w)}`, ""]),
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
    ...(s.warnings ?? []).map((w) => `warning: ${w}`),
    ...headline(s),
    "",
    ...all.map(line),
    "",
    ...s.comparisons.map((c) => `${c.benchmark} on ${c.instanceType}: ${c.reason}`),
    ""
  ].join("\n");
}

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

// src/domain/campaign/placement.ts
var PLACES = {
  "aws-batch": { kind: "instances", needs: ["queue", "image"] },
  slurm: { kind: "slurm", needs: [] }
};
function machineKind(c) {
  return c.slurm ? "slurm" : "instances";
}
function placesOnMachines(backend, c) {
  return PLACES[backend]?.kind === machineKind(c);
}
function placementNeeds(backend) {
  return PLACES[backend]?.needs ?? [];
}
function backendMismatch(backend, c) {
  const place = PLACES[backend];
  if (!place || place.kind === machineKind(c)) return void 0;
  const fits = Object.entries(PLACES).filter(([, p]) => p.kind === machineKind(c)).map(([name]) => name);
  const what = c.slurm ? "Slurm node types (slurm.nodes)" : "EC2 instance types (instances)";
  return `${c.file} names ${what}, which ${backend} cannot place jobs on: run it with ${[...fits, "local"].join(" or ")}`;
}
function queuesNotNeeded(c) {
  if (!c.slurm) return void 0;
  return `${c.file} names Slurm node types (slurm.nodes), which need no AWS Batch queues: run it with campaign run --backend slurm`;
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

// src/app/campaign-jobs.ts
var MIB2 = 1024 * 1024;
var ONE_VCPU = { vcpus: 1, memoryBytes: 512 * MIB2 };
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
function placementWarnings(c, plan, target) {
  const batch = target.batch;
  if (!batch)
    return placesOnMachines(target.backend, c) ? [] : [
      `${target.backend} backend: every job ran on ${target.label ?? target.backend}, not on the instance type it is named after`
    ];
  return unpinnedQueues(plan.jobs, batch).map(({ queue, instanceTypes: t }) => {
    const named = t.length <= 4 ? t.join(", ") : `${t.slice(0, 3).join(", ")} and ${t.length - 3} more`;
    return `jobs are not pinned to their instance types: queue ${queue} takes ${named}, and each job runs on whatever its compute environment launches. Name one queue per instance type with {instance-type} in the queue, e.g. bench-{instance-type}`;
  });
}
function wholeInstance(job) {
  if (job.vcpus === null || job.memoryGiB === null) return ONE_VCPU;
  return { vcpus: job.vcpus, memoryBytes: Math.max(512, Math.floor(job.memoryGiB * 1024 / 2)) * MIB2 };
}
function programOf(c, benchmark) {
  return c.programs[benchmark] ?? ["node", `examples/benchmarks/${benchmark}.mjs`];
}
function resourcesOf(job, c, target) {
  if (target.batch) return wholeInstance(job);
  return nodeTypeAsk(job, c) ?? ONE_VCPU;
}
function computeOf(job, c, week, target) {
  return {
    backend: target.backend,
    ...target.batch ? queuesOf(job, target.batch) : {},
    region: c.region,
    instanceType: job.instanceType,
    capacity: job.capacity,
    platform: "ec2",
    tags: { campaign: c.name, week },
    ...nodeTypeCompute(job, c)
  };
}
function toPlannedJob(job, c, week, target) {
  const program = programOf(c, job.benchmark);
  return {
    id: job.id,
    stage: job.benchmark,
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
      ...resourcesOf(job, c, target),
      gpus: 0,
      timeoutSec: Math.max(60, 3 * job.estimatedSeconds),
      // Retries are rounds with backoff here, not the executor's immediate ones.
      retries: 0,
      retryOn: []
    },
    compute: computeOf(job, c, week, target),
    needs: []
  };
}
function campaignPlan(c, plan, jobs, target) {
  const planned = jobs.map((j) => toPlannedJob(j, c, plan.week, target));
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
      ...withoutMachine(first.compute),
      capacity: mine.some((p) => p.compute.capacity !== "on-demand") ? "spot-then-on-demand" : "on-demand"
    }
  };
}
function windowJobs(plan, day, window) {
  return plan.jobs.filter((j) => j.day === day && j.window === window);
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
function windowCost(c, prices, tries, byId, target) {
  let usd = 0;
  for (const r of tries) {
    const job = byId.get(r.jobId);
    const vcpus = job ? pricedCpus(job, c) : null;
    if (!job || vcpus === null) return null;
    const capacity = r.capacity ?? (job.capacity === "on-demand" ? "on-demand" : "spot");
    const cost = jobCost({
      prices,
      compute: { ...computeOf(job, c, "", target), capacity, tags: {} },
      vcpus,
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
function attemptRunId(windowRunId2, attempt) {
  return `${windowRunId2}-a${attempt}`;
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
        const round2 = await this.round(wave, attempt, pending);
        if (round2 === "stopped") break;
        pending = round2;
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
    const { campaign: c, plan, target } = this.w;
    const runId = attemptRunId(this.w.runId, attempt);
    this.inFlight = todo.length;
    this.executedHere += todo.length;
    this.update();
    await this.deps.executor.execute(
      todo.map((j) => toPlannedJob(j, c, plan.week, target)),
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
  const warnings = placementWarnings(c, plan, args.target);
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
      actualUsd: windowCost(c, deps.prices, rounds.tries, byId, args.target),
      ...unpricedWord(c) ? { unpriced: unpricedWord(c) } : {},
      comparisons: compareWeek(plan.week, history.all, c),
      ...warnings.length > 0 ? { warnings } : {}
    },
    records,
    entries,
    alreadyRecorded: jobs.length > 0 && rounds.executedHere === 0 && history.fresh.length === 0
  };
}

// src/compose/campaign-backend.ts
import path from "node:path";

// src/app/campaign-attempts.ts
function storedAttemptRuns(store, where, plan, c, backend) {
  return {
    open: async (runId) => {
      const now = (/* @__PURE__ */ new Date()).toISOString();
      const created = await createdNow(store, {
        formatVersion: RUN_FORMAT_VERSION,
        runId,
        experiment: c.name,
        experimentFile: c.file,
        experimentSource: "",
        backend,
        createdAt: now,
        updatedAt: now,
        status: "running",
        plan
      });
      if (created) return [];
      const found = await store.readManifest(runId);
      const ids = (p) => p.jobs.map((j) => j.id).join("\n");
      if (ids(found.plan) !== ids(plan))
        throw new UserError(`run ${runId} in ${where} holds other jobs than this window's`, {
          hint: "the campaign file changed since the window was submitted: cancel that run, or run the window again next week"
        });
      await store.updateManifest(runId, { status: "running", updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
      return store.readRecords(runId);
    },
    finished: (runId, record) => store.appendRecord(runId, record),
    close: (runId, status) => store.updateManifest(runId, { status, updatedAt: (/* @__PURE__ */ new Date()).toISOString() })
  };
}
async function createdNow(store, manifest) {
  try {
    await store.create(manifest);
    return true;
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}

// src/domain/campaign/window-run-id.ts
function fnv1a(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
function windowRunId(c, plan, jobs, day, window) {
  const content = JSON.stringify([
    jobs.map((j) => [j.id, j.capacity, j.estimatedSeconds]),
    [...new Set(jobs.map((j) => j.benchmark))].sort().map((b) => c.programs[b] ?? null)
  ]);
  return `${c.name}-${plan.week}-d${day}-${window}-${fnv1a(content)}`.replace(/[^A-Za-z0-9_-]/g, "-");
}

// src/compose/campaign-backend.ts
async function campaignBackend(w, seams = {}) {
  const c = w.campaign;
  const entry = backendEntry(w.target.backend);
  const jobs = windowJobs(w.plan, w.day, w.window);
  const runId = windowRunId(c, w.plan, jobs, w.day, w.window);
  const plan = withImage(campaignPlan(c, w.plan, jobs, w.target), w.imageUri);
  const stores = entry.store === "s3" ? await s3Stores(w, seams) : folderStores(w, entry.name);
  const setup = {
    plan,
    store: stores.store,
    ...entry.store === "s3" ? { resultsStore: stores.where } : {},
    env: w.env,
    log: w.log,
    cwd: w.cwd,
    logDir: path.resolve(w.cwd, w.runsDir, runId, "logs"),
    concurrency: c.schedule.maxConcurrent,
    maxActive: c.schedule.maxConcurrent
  };
  const backend = await (seams.make ?? createBackend)(entry.name, setup);
  const runs = storedAttemptRuns(stores.store, stores.where, plan, c, entry.name);
  return { runId, backend, runs, plan, ...stores };
}
function folderStores(w, backend) {
  const historyDir = w.historyDir ?? w.campaign.results.store;
  if (historyDir.startsWith("s3://"))
    throw new UserError(
      `the ${backend} backend keeps the history in a folder, and results.store of ${w.campaign.file} is ${historyDir}: give ${w.historyDirName}`
    );
  const where = path.resolve(w.cwd, w.runsDir);
  return {
    store: new FsRunStore(where),
    history: new FsHistoryStore(path.resolve(w.cwd, historyDir)),
    where
  };
}
async function s3Stores(w, seams) {
  const c = w.campaign;
  if (!c.results.store.startsWith("s3://"))
    throw new UserError(
      `${c.file}: a campaign on ${w.target.backend} keeps its runs and history in results.store, which must be s3://bucket/prefix/, not ${c.results.store}`
    );
  const stores = seams.s3Stores ? await seams.s3Stores(c) : (await import("./aws-campaign-2GSZN33S.js")).s3CampaignStores(c, w.env);
  return { ...stores, where: c.results.store };
}

// src/compose/campaign-window.ts
function chooseBackend(given, env, names) {
  const backend = given.backend ?? "local";
  let entry;
  try {
    entry = backendEntry(backend);
  } catch {
    throw new UserError(`${names.backend} takes ${registeredBackendList()}, not "${backend}"`);
  }
  const needs = placementNeeds(backend);
  if (needs.length === 0) return { entry };
  const queue = given.queue || env.BATCHBENCH_QUEUE || void 0;
  const spotQueue = given.spotQueue || env.BATCHBENCH_SPOT_QUEUE || void 0;
  if (needs.includes("queue") && !queue)
    throw new UserError(
      `a campaign on ${backend} needs ${names.queue}: the job queue for on-demand jobs, one per instance type when it holds {instance-type} (e.g. bench-{instance-type})`
    );
  for (const [name, template] of [
    [names.queue, queue],
    [names.spotQueue, spotQueue]
  ]) {
    const problem = template === void 0 ? void 0 : queueTemplateProblem(template);
    if (problem) throw new UserError(`${name}: ${problem}`);
  }
  if (needs.includes("image") && !given.imageUri)
    throw new UserError(`a campaign on ${backend} needs ${names.imageUri}: the image holding the benchmarks`);
  return {
    entry,
    ...queue ? { batch: { queue, ...spotQueue ? { spotQueue } : {} } } : {},
    ...given.imageUri ? { imageUri: given.imageUri } : {}
  };
}
function pickWindow(c, week, now, given, names) {
  const { windows, days } = c.schedule;
  const name = given.window ?? "current";
  if (name !== "current" && !windows.some((w) => w.name === name))
    throw new UserError(
      `${names.window} takes current or one of ${windows.map((w) => w.name).join(", ")}, not "${name}"`
    );
  let day;
  if (given.day !== void 0) {
    day = Number(given.day);
    if (!Number.isInteger(day) || day < 1 || day > days)
      throw new UserError(`${names.day} takes 1 to ${days}, not "${given.day}"`);
  } else {
    day = Math.floor((now - mondayOf(week)) / DAY_MS) + 1;
    if (day < 1 || day > days) {
      const why = `today is not one of the campaign's ${days} days of ${week.label}`;
      if (name !== "current") throw new UserError(`${why}; give ${names.day}`);
      return { closed: why };
    }
  }
  if (name !== "current") return { day, window: name };
  const minute = Math.floor(now % DAY_MS / 6e4);
  const open = windows.find((w) => w.startMinute <= minute && minute < w.endMinute);
  if (!open) {
    const at = new Date(now).toISOString().slice(11, 16);
    const list = windows.map((w) => `${w.name} ${clock(w.startMinute)}-${clock(w.endMinute)}`).join(", ");
    return { closed: `no window is open now (${at} UTC): ${list} UTC` };
  }
  return { day, window: open.name };
}
function clock(minute) {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
async function runWindow(w, deps, seams = {}) {
  const { campaign: c, plan, day, window, choice } = w;
  const { name: backend, label } = choice.entry;
  const mismatch = backendMismatch(backend, c);
  if (mismatch) throw new UserError(mismatch);
  const batch = choice.batch;
  const spot = windowJobs(plan, day, window).find((j) => j.capacity !== "on-demand");
  if (batch && spot && !batch.spotQueue)
    throw new UserError(
      `${c.name} runs ${spot.size} and larger on Spot (schedule.spot); give ${w.names.spotQueue}, the job queue for Spot jobs`
    );
  const target = { backend, label, ...batch ? { batch } : {} };
  const made = await campaignBackend(
    {
      campaign: c,
      plan,
      day,
      window,
      target,
      ...choice.imageUri ? { imageUri: choice.imageUri } : {},
      ...w.historyDir ? { historyDir: w.historyDir } : {},
      historyDirName: w.names.historyDir,
      runsDir: w.runsDir,
      cwd: w.cwd,
      env: w.env,
      log: w.log
    },
    seams
  );
  const outcome = await runCampaignWindow(
    { campaign: c, plan, day, window, runId: made.runId, target },
    { executor: made.backend, history: made.history, runs: made.runs, ...deps }
  );
  return { runId: made.runId, outcome };
}

export {
  capacityOf,
  weekOf,
  loadCampaignFile,
  queuesNotNeeded,
  queueFor,
  queueTemplateProblem,
  campaignMarkdown,
  campaignTerminal,
  chooseBackend,
  pickWindow,
  runWindow
};

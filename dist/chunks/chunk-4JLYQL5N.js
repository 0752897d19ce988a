import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  DAY_MS,
  isoDate,
  isoWeekOf,
  mondayOf,
  parseIsoWeek,
  queueTemplateProblem,
  runCampaignWindow,
  windowJobs
} from "./chunk-TMQPOVD4.js";
import {
  FsHistoryStore
} from "./chunk-4HCMMCSB.js";
import {
  LocalExecutor
} from "./chunk-JJBSLSWK.js";
import {
  newRunId
} from "./chunk-E5M6R44R.js";
import {
  escapeMarkdown
} from "./chunk-2EARJU2W.js";
import {
  archOf,
  cpuMaker
} from "./chunk-6YA2FBOI.js";
import {
  readSourceFile,
  validateCampaignText,
  variantFor
} from "./chunk-LDKJN5PS.js";
import {
  instancePrice,
  priceBasisLine,
  sumKnown
} from "./chunk-LSSG4IQX.js";
import {
  formatDuration
} from "./chunk-YE2ILN26.js";
import {
  LARGE_CHANGE,
  formatP,
  pct
} from "./chunk-K2I2ADHN.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

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
    // One line a person reads; the provenance is in the table's SOURCES file.
    priceSnapshot: priceBasisLine(prices, c.region),
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
            vcpus: price?.vcpus ?? null,
            memoryGiB: price?.memoryGiB ?? null,
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
function weekOf(raw, now, name) {
  if (raw === void 0) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new UserError(`${name} takes an ISO week such as 2026-W48, not "${raw}"`);
  return week;
}
async function loadCampaignFile(file, week, settings) {
  const { prices } = settings;
  let text;
  try {
    text = await readSourceFile(file, {
      root: settings.cwd,
      ...settings.allowNamedOutside ? { allowNamedOutside: true } : {}
    });
  } catch (error) {
    return { problems: [unreadableCampaign(file, error)], prices };
  }
  return { ...planCampaignText(file, text, week, prices), prices };
}
function unreadableCampaign(file, error) {
  const code = error.code;
  return {
    file,
    line: 1,
    column: 1,
    severity: "error",
    message: code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? error.message})`,
    hint: "give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml"
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
function dollars(usd) {
  return usd === null ? "unknown" : `$${usd.toFixed(4)}`;
}
function headline(s) {
  const rate = s.jobs === 0 ? 0 : s.succeeded / s.jobs * 100;
  const flagged = s.comparisons.filter((c) => c.verdict === "regression");
  return [
    `${s.succeeded}/${s.jobs} jobs succeeded (${rate.toFixed(0)}% success rate), ${s.failed} failed, ${s.attempts} attempts (${s.retries} retries)`,
    `cost: ${dollars(s.actualUsd)} actual against ${dollars(s.estimatedUsd)} estimated`,
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

// src/compose/campaign-window.ts
import path from "node:path";

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

// src/compose/campaign-window.ts
var BACKENDS = ["local", "aws-batch"];
function chooseBackend(given, env, names) {
  const backend = given.backend ?? "local";
  if (!BACKENDS.includes(backend))
    throw new UserError(`${names.backend} takes "local" or "aws-batch", not "${backend}"`);
  if (backend === "local") return { backend: "local" };
  const queue = given.queue || env.BATCHBENCH_QUEUE || void 0;
  const spotQueue = given.spotQueue || env.BATCHBENCH_SPOT_QUEUE || void 0;
  if (!queue)
    throw new UserError(
      `a campaign on aws-batch needs ${names.queue}: the AWS Batch job queue for on-demand jobs, one per instance type when it holds {instance-type} (e.g. bench-{instance-type})`
    );
  for (const [name, template] of [
    [names.queue, queue],
    [names.spotQueue, spotQueue]
  ]) {
    const problem = template === void 0 ? void 0 : queueTemplateProblem(template);
    if (problem) throw new UserError(`${name}: ${problem}`);
  }
  if (!given.imageUri)
    throw new UserError(`a campaign on aws-batch needs ${names.imageUri}: the image holding the benchmarks`);
  return {
    backend: "aws-batch",
    batch: { queue, ...spotQueue ? { spotQueue } : {} },
    imageUri: given.imageUri
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
async function runWindow(w, deps) {
  const { campaign: c, plan, day, window, choice } = w;
  const jobs = windowJobs(plan, day, window);
  let backend;
  let runId;
  if (choice.backend === "aws-batch") {
    const batch = choice.batch;
    const spot = jobs.find((j) => j.capacity !== "on-demand");
    if (spot && !batch.spotQueue)
      throw new UserError(
        `${c.name} runs ${spot.size} and larger on Spot (schedule.spot); give ${w.names.spotQueue}, the AWS Batch job queue for Spot jobs`
      );
    runId = windowRunId(c, plan, jobs, day, window);
    const { awsCampaign } = await import("./aws-campaign-YF7CIZHX.js");
    backend = await awsCampaign(
      { campaign: c, plan, day, window, batch, ...choice.imageUri ? { imageUri: choice.imageUri } : {} },
      { env: w.env, stderr: { write: (text) => w.log(text.replace(/\n$/, "")) } }
    );
  } else {
    const historyDir = w.historyDir ?? c.results.store;
    if (historyDir.startsWith("s3://"))
      throw new UserError(
        `the local backend keeps the history in a folder, and results.store of ${c.file} is ${historyDir}: give ${w.names.historyDir}`
      );
    runId = newRunId(c.name, deps.now());
    backend = {
      executor: new LocalExecutor({
        concurrency: c.schedule.maxConcurrent,
        logDir: path.resolve(w.cwd, w.runsDir, runId, "logs"),
        baseDir: w.cwd
      }),
      history: new FsHistoryStore(path.resolve(w.cwd, historyDir))
    };
  }
  const outcome = await runCampaignWindow(
    { campaign: c, plan, day, window, runId, ...choice.batch ? { batch: choice.batch } : {} },
    { ...backend, ...deps }
  );
  return { runId, outcome };
}

export {
  capacityOf,
  weekOf,
  loadCampaignFile,
  campaignMarkdown,
  campaignTerminal,
  chooseBackend,
  pickWindow,
  runWindow
};

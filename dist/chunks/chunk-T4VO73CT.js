import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  checkSchema,
  didYouMean,
  placeIssue,
  readYamlSource,
  settle,
  showValue,
  slurmConstraintProblem,
  slurmTimeMinutes,
  slurmTimeProblem,
  unreadableProblem
} from "./chunk-SIQR2AZH.js";
import {
  formatDuration,
  memoryBeyondMachines,
  parseDuration,
  parseSize,
  thresholdBeyondBound
} from "./chunk-YTWLBMZJ.js";
import {
  MAX_USER_FILE_BYTES,
  readUserBytes
} from "./chunk-OE34II5Z.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/domain/campaign/campaign.ts
var DEFAULT_DURATION_SECONDS = {
  stream: 600,
  hpl: 1200
};
var DEFAULT_MICRO_SECONDS = 300;

// src/domain/campaign/normalise-campaign.ts
function minuteOf(hhmm) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}
function parsePercent(value) {
  return (typeof value === "number" ? value : Number(value.replace("%", "").trim())) / 100;
}
function normaliseCampaign(f, file) {
  const programs = {};
  const durations = {};
  for (const b of f.benchmarks) {
    programs[b] = (f.programs?.[b] ?? ["node", `examples/benchmarks/${b}.mjs`]).map(String);
    const written = f.durations?.[b];
    durations[b] = (written === void 0 ? void 0 : parseDuration(written)) ?? DEFAULT_DURATION_SECONDS[b] ?? DEFAULT_MICRO_SECONDS;
  }
  const against = f.regression?.against ?? "previous";
  const s = f.schedule;
  return {
    version: 1,
    kind: "campaign",
    name: f.name,
    ...f.description === void 0 ? {} : { description: f.description },
    file,
    families: f.instances?.families ?? [],
    sizes: f.instances?.sizes ?? [],
    ...f.slurm ? { slurm: normaliseSlurm(f.slurm) } : {},
    benchmarks: f.benchmarks,
    variants: f.variants ?? "architecture-aware",
    repeats: f.repeats ?? 1,
    programs,
    durations,
    schedule: {
      days: s.days ?? 7,
      windows: s.windows.map((w) => ({
        name: w.name,
        startMinute: minuteOf(w.start),
        endMinute: minuteOf(w.end),
        focus: w.focus ?? []
      })),
      maxDailyJobs: s["max-daily-jobs"],
      maxConcurrent: s["max-concurrent"],
      waves: s.waves ?? "by-size",
      ...s.spot ? { spot: { fromSize: s.spot["from-size"], fallback: s.spot.fallback ?? "on-demand" } } : {},
      retries: s.retries ?? 2
    },
    quality: { maxCv: f.quality?.["max-cv"] ?? 0.05 },
    regression: {
      againstWeeks: against === "previous" ? 1 : Number(against.slice("weeks:".length)),
      test: f.regression?.test ?? "mann-whitney",
      threshold: parsePercent(f.regression?.threshold ?? "5%"),
      alpha: f.regression?.alpha ?? 0.05
    },
    region: f.region ?? "us-east-1",
    results: { store: f.results?.store ?? ".batchbench/history" }
  };
}
function nodeTypeName(node) {
  return node.name ?? node.constraint ?? node.partition ?? "";
}
function slurmPrice(p) {
  if (p === void 0) return void 0;
  if (p["per-node-hour"] !== void 0) return { perNodeHour: p["per-node-hour"] };
  return p["per-core-hour"] === void 0 ? void 0 : { perCoreHour: p["per-core-hour"] };
}
var GIB = 1024 ** 3;
function normaliseSlurm(s) {
  const price = slurmPrice(s.price);
  return {
    nodes: s.nodes.map((n) => {
      const memory = n.memory === void 0 ? void 0 : parseSize(n.memory);
      const own = slurmPrice(n.price);
      return {
        name: nodeTypeName(n),
        ...n.partition === void 0 ? {} : { partition: n.partition },
        ...n.constraint === void 0 ? {} : { constraint: n.constraint },
        ...n.cpu === void 0 ? {} : { cpu: n.cpu },
        ...n.cpus === void 0 ? {} : { cpus: n.cpus },
        ...memory === void 0 ? {} : { memoryGiB: memory / GIB },
        ...own === void 0 ? {} : { price: own }
      };
    }),
    ...s.account === void 0 ? {} : { account: s.account },
    ...s.qos === void 0 ? {} : { qos: s.qos },
    ...s.time === void 0 ? {} : { time: s.time },
    ...price === void 0 ? {} : { price }
  };
}

// src/domain/campaign/variants.ts
var VARIANTS = {
  stream: { intel: "stream-avx512", amd: "stream-avx2", graviton: "stream-neon" },
  hpl: { intel: "hpl-mkl", amd: "hpl-blis", graviton: "hpl-sve" }
};
function variantFor(benchmark, maker, policy) {
  if (policy === "none" || maker === void 0) return benchmark;
  return VARIANTS[benchmark]?.[maker] ?? benchmark;
}
function knownNames(benchmark) {
  return [benchmark, ...Object.values(VARIANTS[benchmark] ?? {})];
}

// src/domain/campaign/campaign-checks.ts
function checkCampaign(f) {
  const issues = [];
  const error = (path, message, hint, atKey = false) => {
    issues.push({ path, atKey, message, ...hint ? { hint } : {}, severity: "error" });
  };
  const warn = (path, message, hint) => {
    issues.push({ path, atKey: false, message, ...hint ? { hint } : {}, severity: "warning" });
  };
  const windows = f.schedule.windows;
  const seen = /* @__PURE__ */ new Map();
  windows.forEach((w, i) => {
    if (seen.has(w.name))
      error(
        ["schedule", "windows", i, "name"],
        `window "${w.name}" is named twice`,
        "give each window its own name"
      );
    seen.set(w.name, i);
    if (minuteOf(w.end) <= minuteOf(w.start))
      error(
        ["schedule", "windows", i, "end"],
        `window "${w.name}" ends at ${w.end}, not after it starts at ${w.start}`,
        "a window lies within one day: end after start, 24:00 for midnight"
      );
  });
  windows.forEach((a, i) => {
    windows.slice(0, i).forEach((b) => {
      if (minuteOf(a.start) < minuteOf(b.end) && minuteOf(b.start) < minuteOf(a.end))
        error(
          ["schedule", "windows", i, "start"],
          `window "${a.name}" (${a.start}-${a.end}) overlaps "${b.name}" (${b.start}-${b.end})`,
          "windows must not overlap, or max-concurrent would be exceeded"
        );
    });
  });
  const names = f.benchmarks.flatMap(knownNames);
  windows.forEach(
    (w, i) => (w.focus ?? []).forEach((name, j) => {
      if (!names.includes(name))
        warn(
          ["schedule", "windows", i, "focus", j],
          `focus "${name}" is not a benchmark of this campaign, so window "${w.name}" gets no job for it`,
          didYouMean(name, names) ?? `benchmarks here: ${names.join(", ")}`
        );
    })
  );
  for (const [key, what] of [
    ["programs", "program"],
    ["durations", "duration"]
  ])
    for (const name of Object.keys(f[key] ?? {}))
      if (!f.benchmarks.includes(name))
        warn(
          [key, name],
          `${what} for "${name}", which is not in benchmarks`,
          didYouMean(name, f.benchmarks)
        );
  const from = f.schedule.spot?.["from-size"];
  if (from !== void 0 && f.instances && !f.instances.sizes.includes(from))
    warn(
      ["schedule", "spot", "from-size"],
      `from-size "${from}" is not one of the campaign's sizes; sizes at least as large still use Spot`,
      didYouMean(from, f.instances.sizes)
    );
  const threshold = f.regression?.threshold;
  const beyond = threshold === void 0 ? void 0 : thresholdBeyondBound(threshold);
  if (beyond)
    error(
      ["regression", "threshold"],
      `regression.threshold: ${beyond}`,
      "write how far the median must move the bad way, such as 5% or 20%"
    );
  issues.push(...machineIssues(f));
  return issues;
}
var NODE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function machineIssues(f) {
  const issues = [];
  const error = (path, message, hint, atKey = false) => {
    issues.push({ path, atKey, message, hint, severity: "error" });
  };
  if (f.instances && f.slurm)
    error(
      ["slurm"],
      "a campaign names instance types (instances) or Slurm node types (slurm), not both",
      "keep one: a campaign on both is two campaign files",
      true
    );
  if (!f.instances && !f.slurm)
    error(
      [],
      "a campaign needs instances (EC2 instance families and sizes) or slurm (node types of a cluster)",
      "add instances: { families: [m7i], sizes: [large] }, or slurm: { nodes: [{ constraint: icelake }] }"
    );
  if (f.slurm && f.schedule.spot)
    error(
      ["schedule", "spot"],
      "a Slurm cluster has no Spot capacity",
      "remove schedule.spot from a campaign on slurm node types",
      true
    );
  const time = f.slurm?.time;
  const timeProblem = time === void 0 ? void 0 : slurmTimeProblem(time);
  if (timeProblem)
    error(["slurm", "time"], `slurm.time: ${showValue(time)} ${timeProblem.message}`, timeProblem.hint);
  issues.push(...shortTime(f));
  const seen = /* @__PURE__ */ new Map();
  (f.slurm?.nodes ?? []).forEach((node, i) => {
    const at = ["slurm", "nodes", i];
    if (node.partition === void 0 && node.constraint === void 0) {
      error(
        at,
        "a node type names a partition, a constraint (node features), or both",
        "e.g. { constraint: icelake } or { partition: gpu }"
      );
      return;
    }
    const constraint = node.constraint === void 0 ? void 0 : slurmConstraintProblem(node.constraint);
    if (constraint)
      error(
        [...at, "constraint"],
        `slurm.nodes[${i}].constraint: ${showValue(node.constraint)} ${constraint.message}`,
        constraint.hint
      );
    const beyond = node.memory === void 0 ? void 0 : memoryBeyondMachines(node.memory);
    if (beyond)
      error(
        [...at, "memory"],
        `slurm.nodes[${i}].memory: ${beyond}`,
        "write the memory one job asks, e.g. 64GiB"
      );
    const name = nodeTypeName(node);
    const nameFrom = node.name !== void 0 ? "name" : node.constraint !== void 0 ? "constraint" : "partition";
    if (!NODE_NAME.test(name))
      error(
        [...at, nameFrom],
        `"${name}" cannot name a node type in the history: letters, digits, '.', '-' and '_'`,
        "give the node type a name, e.g. name: icelake-ib"
      );
    const key = name.toLowerCase().replace(/\.+$/, "");
    const before = seen.get(key);
    if (before !== void 0)
      error(
        node.name === void 0 ? at : [...at, "name"],
        before.name === name ? `node types ${before.index + 1} and ${i + 1} are both named "${name}"` : `node types ${before.index + 1} and ${i + 1} are named "${before.name}" and "${name}", one folder on disks that ignore letter case or trailing dots`,
        "give each node type its own name (name: ...): the history keeps each one apart, in a folder of that name"
      );
    seen.set(key, { index: i, name });
  });
  return issues;
}
function shortTime(f) {
  const time = f.slurm?.time;
  const minutes = time === void 0 ? void 0 : slurmTimeMinutes(time);
  if (time === void 0 || minutes === void 0 || minutes === 0) return [];
  return f.benchmarks.flatMap((name) => {
    const written = f.durations?.[name];
    const seconds = written === void 0 ? void 0 : parseDuration(written);
    if (seconds === void 0 || seconds <= minutes * 60) return [];
    return [
      {
        path: ["slurm", "time"],
        atKey: false,
        severity: "warning",
        message: `slurm.time ${showValue(time)} is shorter than ${name}'s duration (${formatDuration(seconds)}): Slurm would stop its jobs at the limit`,
        hint: "raise slurm.time above the longest duration, or leave it out (three times each duration)"
      }
    ];
  });
}

// src/domain/campaign/validate-campaign.ts
function validateCampaignText(text, file, source = readYamlSource(text, file)) {
  const place = (issue) => placeIssue(source, file, issue);
  const problems = [...source.problems];
  const data = source.data;
  if (data !== void 0) {
    if (data.kind !== "campaign") {
      problems.push(
        place({
          path: ["kind"],
          atKey: !("kind" in data),
          message: "this is not a campaign file",
          hint: "a campaign file says kind: campaign; experiments go to batchbench plan/run",
          severity: "error"
        })
      );
    } else {
      const schemaIssues = checkSchema(data);
      problems.push(...schemaIssues.map(place));
      if (schemaIssues.length === 0)
        problems.push(...checkCampaign(data).map(place));
    }
  }
  return {
    ...settle(problems, data, (d) => normaliseCampaign(d, file)),
    locate: source.locate,
    place
  };
}

// src/domain/experiment/encoding.ts
var SAVE_AS_UTF8 = "save the file as UTF-8 (without NUL or other control characters) and try again";
function oversize(bytes) {
  return {
    line: 1,
    column: 1,
    message: `file is ${bytes} bytes, over the ${MAX_FILE_BYTES}-byte limit for an experiment file`,
    hint: "keep work lists and data out of the experiment file; reference them from run.command"
  };
}
function decodeSource(bytes) {
  if (bytes.length > MAX_FILE_BYTES) return { problem: oversize(bytes.length) };
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return { problem: { line: 1, column: 1, message: "the file is UTF-16, not UTF-8", hint: SAVE_AS_UTF8 } };
  }
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const bad = firstInvalidByte(bytes, bom);
  if (bad !== void 0) {
    const at = positionOfByte(bytes, bom, bad);
    const utf16 = bytes[bad] === 0 && (bad % 2 === 1 ? bytes[bad - 1] !== 0 : bytes[bad + 1] !== 0);
    const message = bytes[bad] === 0 ? utf16 && bad < 4 ? "the file looks like UTF-16 (NUL bytes between the letters), not UTF-8" : "the file holds a NUL byte" : `byte 0x${bytes[bad].toString(16).padStart(2, "0")} is not UTF-8 (a Latin-1 or Windows-1252 file?)`;
    return { problem: { ...at, message, hint: SAVE_AS_UTF8 } };
  }
  return { text: new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes) };
}
function firstInvalidByte(bytes, from) {
  for (let i = from; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 0) return i;
    if (b < 128) {
      i++;
      continue;
    }
    const length = b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1];
    const low = b === 224 ? 160 : b === 240 ? 144 : 128;
    const high = b === 237 ? 159 : b === 244 ? 143 : 191;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k];
      if (c < 128 || c > 191) return i;
    }
    i += length;
  }
  return void 0;
}
function positionOfByte(bytes, from, offset) {
  let line = 1;
  let lineStart = from;
  for (let i = from; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

// src/adapters/source-file.ts
async function readSourceFile(file, options) {
  const bytes = await readUserBytes(file, { ...options, maxBytes: options.maxBytes ?? MAX_USER_FILE_BYTES });
  if (bytes.length > MAX_FILE_BYTES) refuse(oversize(bytes.length), file);
  const decoded = decodeSource(bytes);
  if ("problem" in decoded) refuse(decoded.problem, file);
  return decoded.text;
}
function refuse({ line, column, message, hint }, file) {
  throw new UserError(message, { file, line, column, hint });
}

// src/compose/named-file.ts
async function readNamedFile(file, settings, hint) {
  try {
    const text = await readSourceFile(file, {
      root: settings.cwd,
      ...settings.allowNamedOutside ? { allowNamedOutside: true } : {}
    });
    return { text };
  } catch (error) {
    return { problem: unreadableProblem(file, error, hint) };
  }
}

export {
  variantFor,
  validateCampaignText,
  readSourceFile,
  readNamedFile
};

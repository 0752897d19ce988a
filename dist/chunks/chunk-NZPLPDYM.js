import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  buildPlan,
  costVariants
} from "./chunk-CWFLCHSU.js";
import {
  readNamedFile,
  validateCampaignText
} from "./chunk-T4VO73CT.js";
import {
  readYamlSource,
  validateExperimentSource
} from "./chunk-SIQR2AZH.js";
import {
  FsRunStore
} from "./chunk-OE34II5Z.js";

// src/domain/experiment/file-kind.ts
function fileKind(source) {
  const data = source.data;
  return data?.kind === "campaign" ? "campaign" : "experiment";
}

// src/domain/experiment/checks/build-context.ts
function buildContextProblems(experiment) {
  const build = experiment.image?.build;
  if (!build) return [];
  const fields = [
    {
      key: "context",
      value: build.context,
      root: "the repository",
      hint: 'give a folder of the repository, relative to its root, e.g. "." or "containers/solver"'
    },
    {
      key: "dockerfile",
      value: build.dockerfile,
      root: "the build context",
      hint: 'give the Dockerfile relative to the build context, e.g. "Dockerfile"'
    }
  ];
  const problems = [];
  for (const { key, value, root, hint } of fields) {
    const why = escapes(value, root);
    if (why)
      problems.push({
        path: ["image", "build", key],
        message: `image.build.${key} ${JSON.stringify(value)} ${why}`,
        hint,
        severity: "error"
      });
  }
  return problems;
}
function escapes(raw, root) {
  const p = raw.replace(/\\/g, "/");
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p) || p.startsWith("~"))
    return `is an absolute path: it must stay inside ${root}`;
  let depth = 0;
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") depth--;
    else if (part.toLowerCase() === ".git") return "is inside .git, which never goes to a build";
    else depth++;
    if (depth < 0) return `climbs out of ${root} with ".."`;
  }
  return void 0;
}

// src/app/check-experiment.ts
function checkExperiment(file, text, options) {
  const source = readYamlSource(text, file);
  if (fileKind(source) === "campaign") {
    return { file, kind: "campaign", problems: validateCampaignText(text, file, source).problems };
  }
  const validated = validateExperimentSource(source, file, { prices: options.prices });
  if (!validated.value) return { file, kind: "experiment", problems: validated.problems };
  const planned = buildPlan(validated.value, options);
  const { plan } = planned;
  const problems = [...planned.problems, ...buildContextProblems(validated.value)];
  const located = problems.map((p) => ({
    file,
    ...validated.locate(p.path),
    message: p.message,
    ...p.hint ? { hint: p.hint } : {},
    severity: p.severity
  }));
  return {
    file,
    kind: "experiment",
    experiment: validated.value,
    plan,
    variants: costVariants(validated.data, validated.value, options),
    problems: [...validated.problems, ...located]
  };
}

// src/compose/experiment.ts
import os from "node:os";

// src/domain/plan/measured-history.ts
function measuredHistory(runs) {
  const samples = /* @__PURE__ */ new Map();
  runs.forEach((run, i) => {
    const jobs = new Map(run.plan.jobs.map((j) => [j.id, j]));
    const groups = /* @__PURE__ */ new Map();
    for (const j of run.plan.jobs) {
      if (j.speculativeOf) continue;
      const g = groups.get(j.groupId) ?? { key: `${j.stage}\0${j.cellId}`, size: 0, ok: [] };
      g.size++;
      groups.set(j.groupId, g);
    }
    for (const r of run.records) {
      const job = jobs.get(r.jobId);
      if (!job || job.speculativeOf || r.status !== "succeeded") continue;
      groups.get(job.groupId)?.ok.push(r);
    }
    for (const g of groups.values()) {
      const done = new Map(g.ok.map((r) => [r.jobId, r]));
      if (done.size < g.size) continue;
      const records = [...done.values()];
      const seconds = (Math.max(...records.map((r) => r.stoppedAt)) - Math.min(...records.map((r) => r.queuedAt))) / 1e3;
      const entry = samples.get(g.key) ?? { seconds: [], runs: /* @__PURE__ */ new Set() };
      entry.seconds.push(seconds);
      entry.runs.add(i);
      samples.set(g.key, entry);
    }
  });
  return (stage, cellId) => {
    const s = samples.get(`${stage}\0${cellId}`);
    return s ? { seconds: median(s.seconds), runs: s.runs.size } : void 0;
  };
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// src/app/plan-history.ts
var MAX_RUNS = 20;
async function planHistory(store, source) {
  let ids;
  try {
    ids = await store.runsOfText(source);
  } catch {
    return void 0;
  }
  const runs = [];
  for (const id of [...ids].sort().reverse()) {
    if (runs.length >= MAX_RUNS) break;
    try {
      const manifest = await store.readManifest(id);
      if (manifest.experimentSource !== source) continue;
      runs.push({ plan: manifest.plan, records: await store.readRecords(id) });
    } catch {
      continue;
    }
  }
  return runs.length > 0 ? measuredHistory(runs) : void 0;
}

// src/compose/experiment.ts
var EXPERIMENT_HINT = "give the path of an experiment file, e.g. experiments/monte-carlo-scaling.yaml";
async function loadExperimentFile(file, settings) {
  const { prices } = settings;
  const read = await readNamedFile(file, settings, EXPERIMENT_HINT);
  if ("problem" in read) return { file, kind: "experiment", problems: [read.problem], prices };
  const source = read.text;
  const history = settings.runsDir ? await planHistory(new FsRunStore(settings.runsDir), source) : void 0;
  const checked = checkExperiment(file, source, {
    prices,
    ...history ? { history } : {},
    ...settings.allowOverBudget ? { allowOverBudget: true } : {},
    ...settings.repeats ? { repeats: settings.repeats } : {},
    localConcurrency: settings.concurrency ?? os.availableParallelism()
  });
  if (settings.forceLocal && checked.plan) forceLocal(checked.plan);
  return { ...checked, source, prices };
}
function forceLocal(plan) {
  for (const job of plan.jobs) job.compute.backend = "local";
}
function backendOf(plan) {
  const names = new Set(plan.jobs.map((j) => j.compute.backend));
  if (names.size > 1) return "mixed";
  return [...names][0] ?? "local";
}

export {
  fileKind,
  loadExperimentFile,
  backendOf
};

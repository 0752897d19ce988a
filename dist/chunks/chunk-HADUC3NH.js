import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  backendEntry,
  createBackend
} from "./chunk-VIHL2KRB.js";
import {
  backendOf
} from "./chunk-NZPLPDYM.js";
import {
  validateExperimentText
} from "./chunk-SIQR2AZH.js";
import {
  withImage,
  withTemplates
} from "./chunk-YTWLBMZJ.js";
import {
  FsRunStore
} from "./chunk-OE34II5Z.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/compose/backend.ts
import path from "node:path";
async function backendForRun(s) {
  const info = planBackend(s.plan);
  const name = info.name;
  const opened = await openStore(info.store, s, { experiment: s.experiment, plan: s.plan });
  const plan = withImage(s.plan, s.imageUri);
  const exclusive = s.experiment.analysis.speedup !== void 0;
  const budget = s.experiment.budget.maxVcpus;
  const backend = await createBackend(name, {
    ...common(s, opened),
    plan,
    logDir: path.join(runsFolder(s), s.runId, "logs"),
    ...exclusive ? { exclusiveGroups: true } : {},
    ...budget !== void 0 ? { maxVcpus: budget } : {},
    ...s.concurrency !== void 0 ? { concurrency: s.concurrency } : {},
    ...s.gitCommit ? { gitCommit: s.gitCommit } : {}
  });
  const line = `${plan.jobs.length} jobs on ${info.label}${exclusive ? ", one cell and repeat at a time (speedup is measured)" : ""}, kept in ${opened.where}`;
  return { store: opened.store, kind: opened.kind, backend, plan, line, where: opened.where };
}
function planBackend(plan) {
  const name = backendOf(plan);
  if (name === "mixed") throw new UserError(`${plan.file} mixes backends, which one run cannot do yet`);
  return backendEntry(name);
}
async function attachRun(s) {
  const opened = await openStore(s.storeUrl ? "s3" : "folder", s, {
    ...s.experiment ? { name: s.experiment } : {}
  });
  const manifest = await opened.store.readManifest(s.runId);
  const backend = await createBackend(manifest.backend, {
    ...common(s, opened),
    plan: storedPlan(manifest, s.validated),
    logDir: path.join(runsFolder(s), s.runId, "logs")
  });
  return { store: opened.store, backend, manifest };
}
function storedPlan(manifest, validated) {
  if (manifest.plan.stageTemplates) return manifest.plan;
  const experiment = validated ?? validateExperimentText(manifest.experimentSource, manifest.experimentFile).value;
  return withTemplates(manifest.plan, experiment);
}
function runsFolder(s) {
  return path.resolve(s.cwd, s.runsDir ?? ".batchbench/runs");
}
function common(s, opened) {
  return {
    store: opened.store,
    ...opened.kind === "s3" ? { resultsStore: opened.where } : {},
    runsDir: runsFolder(s),
    env: s.env,
    log: s.log,
    cwd: s.cwd,
    ...s.deadlineMs !== void 0 ? { deadlineMs: s.deadlineMs } : {}
  };
}
async function openStore(kind, s, run) {
  const url = s.storeUrl ?? run.experiment?.results.store;
  if (kind === "folder" || kind === "folder-or-s3" && !url) {
    const where = runsFolder(s);
    return { store: new FsRunStore(where), kind: "folder", where };
  }
  if (!url) {
    const backend = run.plan?.jobs[0]?.compute.backend;
    const file = run.experiment?.file ?? "";
    throw new UserError(
      `${file}: ${backend} keeps its runs in results.store (s3://bucket/prefix/), which is missing`,
      {
        file,
        hint: "add results.store to the file (or give the store input of the action)"
      }
    );
  }
  const { s3Store } = await import("./aws-VX7WQFIW.js");
  const name = run.experiment?.name ?? run.name;
  const { store } = s3Store(url, s.env, name, run.plan?.jobs[0]?.compute.region);
  return { store, kind: "s3", where: url };
}

export {
  backendForRun,
  planBackend,
  attachRun
};

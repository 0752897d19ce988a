import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  buildReport,
  costVariants
} from "./chunk-IQJJB7MW.js";
import {
  validateExperimentText
} from "./chunk-OJYSATZJ.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/app/report-run.ts
async function reportRun(runId, deps) {
  const manifest = await deps.store.readManifest(runId);
  const validated = validateExperimentText(manifest.experimentSource, manifest.experimentFile);
  if (!validated.value) {
    throw new UserError(`run ${runId}: the experiment kept in its manifest no longer validates`, {
      hint: "report it with the batchbench version that ran it"
    });
  }
  const records = await deps.store.readRecords(runId);
  return buildReport({
    experiment: validated.value,
    plan: manifest.plan,
    records,
    prices: deps.prices,
    variants: costVariants(manifest.experimentSource, validated.value, {
      prices: deps.prices,
      repeats: Math.max(1, ...manifest.plan.jobs.map((j) => j.repeat))
    }),
    run: {
      id: runId,
      backend: manifest.backend,
      startedAt: manifest.createdAt,
      ...manifest.status === "running" ? {} : { finishedAt: manifest.updatedAt },
      ...manifest.host ? { host: manifest.host } : {},
      ...manifest.cpuModel ? { cpuModel: manifest.cpuModel } : {},
      ...manifest.cpuCount ? { cpuCount: manifest.cpuCount } : {},
      ...manifest.gitCommit ? { gitCommit: manifest.gitCommit } : {}
    }
  });
}

export {
  reportRun
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  validateExperimentText
} from "./chunk-SIQR2AZH.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/app/stored-run.ts
async function loadRun(store, runId, read) {
  const manifest = read ?? await store.readManifest(runId);
  const validated = validateExperimentText(manifest.experimentSource, manifest.experimentFile);
  if (!validated.value)
    throw new UserError(`run ${runId}: the experiment kept in its manifest no longer validates`, {
      hint: "report it with the batchbench version that ran it"
    });
  const records = await store.readRecords(runId);
  return { manifest, experiment: validated.value, parsed: validated.data, records };
}

export {
  loadRun
};

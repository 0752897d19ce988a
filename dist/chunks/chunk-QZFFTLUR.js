import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  validateExperimentText
} from "./chunk-A2HJHLCE.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/app/stored-run.ts
var RUN_FORMAT_VERSION = 2;
async function loadRun(store, runId, read) {
  const manifest = read ?? await store.readManifest(runId);
  const version = manifest.formatVersion ?? 1;
  if (!Number.isInteger(version) || version < 1 || version > RUN_FORMAT_VERSION)
    throw new UserError(
      `run ${runId} is stored in format ${String(version)}, and this batchbench reads formats 1 to ${RUN_FORMAT_VERSION}`,
      { hint: "report it with the batchbench version that ran it, or a newer one" }
    );
  const validated = validateExperimentText(manifest.experimentSource, manifest.experimentFile);
  if (!validated.value)
    throw new UserError(`run ${runId}: the experiment kept in its manifest no longer validates`, {
      hint: "report it with the batchbench version that ran it"
    });
  const records = await store.readRecords(runId);
  return { manifest, experiment: validated.value, parsed: validated.data, records };
}

export {
  RUN_FORMAT_VERSION,
  loadRun
};

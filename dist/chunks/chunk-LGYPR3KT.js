import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  checkExperiment,
  hasErrors
} from "./chunk-E24LLZCP.js";
import {
  annotate,
  readWorkspaceFile
} from "./chunk-Q2WPO4VC.js";
import {
  ConfigurationError
} from "./chunk-5IC2YQ4X.js";
import {
  loadPrices
} from "./chunk-KVZNUJPT.js";

// src/entrypoints/ready-experiment.ts
import os from "node:os";
async function readyExperiment(file, env, options = {}) {
  const source = await readWorkspaceFile(file, env);
  const prices = await loadPrices(options.prices);
  const checked = checkExperiment(file, source, {
    prices,
    ...options.repeats ? { repeats: options.repeats } : {},
    localConcurrency: os.availableParallelism()
  });
  const n = annotate(checked.problems);
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment) {
    throw new ConfigurationError(`${file}: ${n} problem${n === 1 ? "" : "s"}; nothing was submitted`);
  }
  return { file, source, experiment: checked.experiment, plan: checked.plan, prices };
}

export {
  readyExperiment
};

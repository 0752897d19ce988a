import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  checkExperiment,
  hasErrors
} from "./chunk-PKJW5265.js";
import {
  annotate,
  readWorkspaceFile
} from "./chunk-SBTHT7PX.js";
import {
  loadPrices
} from "./chunk-PB7EYQ6R.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

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
    throw new UserError(`${file}: ${n} problem${n === 1 ? "" : "s"}; nothing was submitted`);
  }
  return { file, source, experiment: checked.experiment, plan: checked.plan, prices };
}

export {
  readyExperiment
};

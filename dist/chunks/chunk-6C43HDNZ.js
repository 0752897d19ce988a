import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  annotate,
  workspace
} from "./chunk-UZCDPZT5.js";
import {
  loadExperimentFile
} from "./chunk-NZPLPDYM.js";
import {
  pricesAt
} from "./chunk-YYVGTQZX.js";
import {
  hasErrors
} from "./chunk-SIQR2AZH.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/entrypoints/ready-experiment.ts
async function readyExperiment(file, env, options = {}) {
  const cwd = workspace(env);
  const checked = await loadExperimentFile(file, {
    cwd,
    prices: await pricesAt(options.prices, cwd),
    ...options.repeats ? { repeats: options.repeats } : {},
    ...options.forceLocal ? { forceLocal: true } : {}
  });
  const n = annotate(checked.problems);
  const { experiment, plan, source } = checked;
  if (hasErrors(checked.problems) || !plan || !experiment || source === void 0)
    throw new UserError(`${file}: ${n} problem${n === 1 ? "" : "s"}; nothing was submitted`);
  return { file, source, experiment, plan, variants: checked.variants ?? [], prices: checked.prices };
}

export {
  readyExperiment
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  checkExperiment,
  hasErrors
} from "./chunk-E24LLZCP.js";
import {
  workspace
} from "./chunk-F7N2YFK6.js";
import {
  error,
  warning
} from "./chunk-2LEEVQUZ.js";
import {
  ConfigurationError
} from "./chunk-5IC2YQ4X.js";
import {
  loadPrices
} from "./chunk-KVZNUJPT.js";

// src/entrypoints/ready-experiment.ts
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
async function readyExperiment(file, env, options = {}) {
  const source = await readFile(path.resolve(workspace(env), file), "utf8").catch(
    (error2) => {
      throw new ConfigurationError(`${file}: ${error2.code === "ENOENT" ? "no such file" : error2.message}`);
    }
  );
  const checked = checkExperiment(file, source, {
    prices: await loadPrices(options.prices),
    ...options.repeats ? { repeats: options.repeats } : {},
    localConcurrency: os.availableParallelism()
  });
  for (const p of checked.problems) {
    const props = { file: p.file, startLine: p.line, startColumn: p.column, title: "batchbench" };
    const message = p.hint ? `${p.message} (${p.hint})` : p.message;
    if (p.severity === "error") error(message, props);
    else warning(message, props);
  }
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment) {
    const n = checked.problems.filter((p) => p.severity === "error").length;
    throw new ConfigurationError(`${file}: ${n} problem${n === 1 ? "" : "s"}; nothing was submitted`);
  }
  return { file, source, experiment: checked.experiment, plan: checked.plan };
}

export {
  readyExperiment
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  formatProblem
} from "./chunk-CXIJLCD7.js";
import {
  positiveInt,
  usageError
} from "./chunk-TV3ET2OK.js";
import {
  checkExperiment,
  unreadable
} from "./chunk-PKJW5265.js";
import {
  readSourceFile
} from "./chunk-MFOOFAZB.js";
import {
  loadPrices
} from "./chunk-PB7EYQ6R.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/cli/experiment-file.ts
import os from "node:os";
import path from "node:path";

// src/adapters/github/workflow-commands.ts
function annotation(problem) {
  const level = problem.severity === "error" ? "error" : "warning";
  const props = [
    `file=${escapeProperty(escapeTerminal(problem.file))}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty("batchbench")}`
  ].join(",");
  const message = problem.hint ? `${problem.message} (${problem.hint})` : problem.message;
  return `::${level} ${props}::${escapeData(escapeTerminal(message))}`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/cli/experiment-file.ts
async function checkFile(command, file, values, io, prices) {
  if (values.backend !== void 0 && values.backend !== "local")
    throw usageError(command, `--backend only takes "local" (to run a cloud experiment on this machine)`);
  let text;
  try {
    text = await readSourceFile(file, { root: io.cwd, allowNamedOutside: true });
  } catch (error) {
    return unreadable(file, error);
  }
  const checked = checkExperiment(file, text, {
    prices: prices ?? await loadPrices(values.prices && path.resolve(io.cwd, values.prices)),
    repeats: positiveInt(command, "repeats", values.repeats),
    localConcurrency: positiveInt(command, "concurrency", values.concurrency) ?? os.availableParallelism()
  });
  if (values.backend === "local" && checked.plan) forceLocal(checked.plan);
  return { ...checked, text };
}
function experimentOnly(checked, command) {
  if (checked.kind === "campaign")
    throw usageError(
      command,
      `${checked.file} is a campaign file`,
      `use batchbench campaign ${command} ${checked.file}`
    );
}
function forceLocal(plan) {
  for (const job of plan.jobs) job.compute.backend = "local";
}
function printProblems(checked, io, json = false) {
  const annotate = io.env.GITHUB_ACTIONS === "true";
  for (const p of checked.problems) {
    io.stderr.write(`${formatProblem(p)}
`);
    if (annotate) (json ? io.stderr : io.stdout).write(`${annotation(p)}
`);
  }
}

export {
  checkFile,
  experimentOnly,
  printProblems
};

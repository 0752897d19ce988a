import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  pickFlags,
  positiveInt,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  loadExperimentFile
} from "./chunk-NZPLPDYM.js";
import {
  pricesAt
} from "./chunk-YYVGTQZX.js";
import {
  formatProblem
} from "./chunk-SIQR2AZH.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/cli/experiment-file.ts
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
var CHECK_FLAGS = pickFlags(
  "prices",
  "repeats",
  "concurrency",
  "backend",
  "runs-dir",
  "allow-over-budget"
);
async function checkFile(command, file, values, io, prices) {
  if (values.backend !== void 0 && values.backend !== "local")
    throw usageError(command, `--backend only takes "local" (to run a cloud experiment on this machine)`);
  const repeats = positiveInt(command, "repeats", values.repeats);
  const concurrency = positiveInt(command, "concurrency", values.concurrency);
  return loadExperimentFile(file, {
    cwd: io.cwd,
    allowNamedOutside: true,
    prices: prices ?? await pricesAt(values.prices, io.cwd),
    ...repeats ? { repeats } : {},
    ...concurrency ? { concurrency } : {},
    forceLocal: values.backend === "local",
    // Earlier local runs of the same text give the estimate (and budget.max-usd) its basis.
    runsDir: path.resolve(io.cwd, values["runs-dir"] ?? ".batchbench/runs"),
    allowOverBudget: values["allow-over-budget"] === true
  });
}
function experimentOnly(checked, command) {
  if (checked.kind === "campaign")
    throw usageError(
      command,
      `${checked.file} is a campaign file`,
      `use batchbench campaign ${command} ${checked.file}`
    );
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
  CHECK_FLAGS,
  checkFile,
  experimentOnly,
  printProblems
};

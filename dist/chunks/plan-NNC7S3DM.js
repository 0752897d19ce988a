import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  renderPlan
} from "./chunk-AB3OV5EH.js";
import {
  CHECK_FLAGS,
  checkFile,
  experimentOnly,
  printProblems
} from "./chunk-VYLNSBHD.js";
import {
  OUTPUT_FLAGS,
  chooseFormat,
  emit
} from "./chunk-WTW4DXNT.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  parseFlags,
  single
} from "./chunk-MCZE7JDI.js";
import "./chunk-K2FX43V4.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import "./chunk-NZPLPDYM.js";
import "./chunk-CWFLCHSU.js";
import "./chunk-T4VO73CT.js";
import "./chunk-YYVGTQZX.js";
import "./chunk-A44LHXHL.js";
import {
  hasErrors
} from "./chunk-SIQR2AZH.js";
import "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import "./chunk-OE34II5Z.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/plan.ts
var flags = { ...CHECK_FLAGS, ...OUTPUT_FLAGS };
var help = `batchbench plan: the jobs of an experiment, their estimated time and cost; runs nothing

Usage:
  batchbench plan FILE [--json | --format terminal|json] [--output FILE]

Flags:
  --json              the plan as JSON on stdout (every job, estimate and total)
  --format F          terminal (default) or json
  --output FILE       write the plan to FILE instead of stdout (JSON when FILE ends in .json)
  --repeats N         plan with N repeats instead of the file's
  --concurrency N     local backend: N vCPU slots at once (default: the number of cores)
  --backend local     plan every cell on local processes, whatever the file says
  --prices FILE       estimate with this price table instead of the shipped one
  --runs-dir DIR      earlier local runs of the same file, which the estimate rests on when
                      there are any (default .batchbench/runs)
  --allow-over-budget plan even when the estimate is over budget.max-usd (or unknown)
  -h, --help          this help

Exits 0 with a plan, 2 when the file has an error or the estimate is over budget.max-usd.

Examples:
  batchbench plan experiments/beam-steering.yaml
  batchbench plan experiments/monte-carlo-scaling.yaml --repeats 10 --json
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "plan");
  const file = single(positionals, "plan");
  const toJsonFile = values.format === void 0 && values.output?.endsWith(".json") === true;
  const format = toJsonFile ? "json" : chooseFormat("plan", values, ["terminal", "json"]);
  const checked = await checkFile("plan", file, values, io);
  experimentOnly(checked, "plan");
  printProblems(checked, io, format === "json");
  if (hasErrors(checked.problems) || !checked.plan) return EXIT.usage;
  const text = format === "json" ? `${JSON.stringify(checked.plan, null, 2)}
` : renderPlan(checked.plan);
  await emit(text, values, io);
  return EXIT.ok;
}
export {
  flags,
  help,
  run
};

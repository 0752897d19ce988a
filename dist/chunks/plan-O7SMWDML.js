import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  renderPlan
} from "./chunk-JREZSJBO.js";
import {
  checkFile,
  experimentOnly,
  printProblems
} from "./chunk-TBYMABRH.js";
import "./chunk-SBLXXFCG.js";
import {
  chooseFormat,
  emit
} from "./chunk-6P36LL5Q.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  parseFlags,
  single
} from "./chunk-TV3ET2OK.js";
import "./chunk-NWCAJ27L.js";
import "./chunk-LIEUDKFO.js";
import "./chunk-KKLWWKTX.js";
import "./chunk-2EARJU2W.js";
import {
  hasErrors
} from "./chunk-3LDRGTA6.js";
import "./chunk-5EQRWFSI.js";
import "./chunk-A2HJHLCE.js";
import "./chunk-TURXASHF.js";
import "./chunk-LDKJN5PS.js";
import "./chunk-A24N76KN.js";
import "./chunk-ADWLS3GG.js";
import "./chunk-LSSG4IQX.js";
import "./chunk-YE2ILN26.js";
import "./chunk-K2I2ADHN.js";
import "./chunk-AESLYFF2.js";
import "./chunk-4TPWJTDO.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/plan.ts
var flags = {
  json: { type: "boolean" },
  format: { type: "string" },
  output: { type: "string" },
  repeats: { type: "string" },
  concurrency: { type: "string" },
  backend: { type: "string" },
  prices: { type: "string" },
  "runs-dir": { type: "string" },
  "allow-over-budget": { type: "boolean" }
};
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

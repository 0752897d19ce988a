import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  renderPlan
} from "./chunk-RC4KWDJ3.js";
import {
  checkFile,
  experimentOnly,
  printProblems
} from "./chunk-SREA27D5.js";
import "./chunk-CXIJLCD7.js";
import {
  chooseFormat,
  emit
} from "./chunk-2QDCPN36.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  parseFlags,
  single
} from "./chunk-TV3ET2OK.js";
import "./chunk-5QKW43MP.js";
import "./chunk-L5FQZOZG.js";
import "./chunk-Y724BK2G.js";
import {
  hasErrors
} from "./chunk-PKJW5265.js";
import "./chunk-WZSUM6WQ.js";
import "./chunk-JFB5LMO7.js";
import "./chunk-OJYSATZJ.js";
import "./chunk-OLLFCHB7.js";
import "./chunk-MFOOFAZB.js";
import "./chunk-PB7EYQ6R.js";
import "./chunk-ZGWMIHYT.js";
import "./chunk-I6QNDUNP.js";
import "./chunk-WZ3PWTB2.js";
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
  prices: { type: "string" }
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
  -h, --help          this help

Exits 0 with a plan, 2 when the file has an error.

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

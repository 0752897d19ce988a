import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  exitCodeOf,
  inconclusiveNotes
} from "./chunk-KXRH6VCJ.js";
import {
  TerminalProgress
} from "./chunk-MRGJLZWM.js";
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
  REPORT_FORMATS,
  chooseFormat,
  emit,
  renderReport
} from "./chunk-2QDCPN36.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  COLOR_FLAGS,
  parseFlags,
  positiveInt,
  single,
  usageError
} from "./chunk-TV3ET2OK.js";
import {
  runExperiment
} from "./chunk-PYNU2OZ2.js";
import {
  LocalExecutor
} from "./chunk-5UOSYN45.js";
import {
  FsRunStore
} from "./chunk-JHP2DB3R.js";
import {
  hostInfo
} from "./chunk-76HS77CX.js";
import {
  makeRunId
} from "./chunk-NSSXCZ5B.js";
import "./chunk-IFPPOJDU.js";
import "./chunk-MPHH7IPH.js";
import {
  costVariants
} from "./chunk-IQJJB7MW.js";
import "./chunk-5QKW43MP.js";
import "./chunk-L5FQZOZG.js";
import "./chunk-3HLB67IX.js";
import "./chunk-Y724BK2G.js";
import {
  hasErrors
} from "./chunk-PKJW5265.js";
import "./chunk-WZSUM6WQ.js";
import "./chunk-JFB5LMO7.js";
import "./chunk-OJYSATZJ.js";
import "./chunk-OLLFCHB7.js";
import "./chunk-MFOOFAZB.js";
import {
  loadPrices
} from "./chunk-PB7EYQ6R.js";
import "./chunk-ZGWMIHYT.js";
import "./chunk-I6QNDUNP.js";
import "./chunk-WZ3PWTB2.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/run.ts
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
var flags = {
  repeats: { type: "string" },
  concurrency: { type: "string" },
  backend: { type: "string" },
  resume: { type: "string" },
  "runs-dir": { type: "string" },
  prices: { type: "string" },
  format: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string" },
  "dry-run": { type: "boolean" },
  "image-uri": { type: "string" },
  ...COLOR_FLAGS
};
var help = `batchbench run: run an experiment, measure it and print its report

Usage:
  batchbench run FILE [flags]

Runs on local processes unless the file says compute.backend: aws-batch. Progress goes to
stderr, the report to stdout; the run is kept in a folder (--runs-dir) or in results.store.

Flags:
  --repeats N         run N repeats instead of the file's
  --concurrency N     local backend: N vCPU slots at once (default: the number of cores)
  --backend local     run every cell on local processes, whatever the file says
  --resume RUN_ID     run only the jobs of RUN_ID that have no result yet
  --runs-dir DIR      where local runs are kept (default .batchbench/runs)
  --prices FILE       price the run with this table instead of the shipped one
  --format F          the report as terminal (default), markdown, json or html
  --json              the report as JSON on stdout (the same as --format json)
  --output FILE       write the report to FILE instead of stdout
  --dry-run           validate and plan, run nothing (with --json: the plan as JSON)
  --image-uri URI     aws-batch: the image to run when the file has no image.uri
  --color, --no-color colour the terminal report or not (default: on a terminal, unless
                      NO_COLOR is set; FORCE_COLOR forces it)
  -h, --help          this help

Exits 0 when every job succeeded and no target was missed (an inconclusive target is said so
and exits 0), 1 when a job failed or a target was missed, 2 on bad input (nothing ran),
130 when interrupted (what finished is kept; --resume continues).

Examples:
  batchbench run experiments/monte-carlo-scaling.yaml
  batchbench run experiments/monte-carlo-cloud.yaml --backend local --repeats 5 --json > report.json
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "run");
  const file = single(positionals, "run");
  const json = chooseFormat("run", values, REPORT_FORMATS) === "json";
  const prices = await loadPrices(values.prices && path.resolve(io.cwd, values.prices));
  const checked = await checkFile("run", file, values, io, prices);
  experimentOnly(checked, "run");
  printProblems(checked, io, json);
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment) return EXIT.usage;
  const { plan, experiment } = checked;
  const cloud = plan.jobs.filter((j) => j.compute.backend !== "local");
  if (cloud.length > 0 && cloud.length < plan.jobs.length)
    throw usageError(
      "run",
      `${file} mixes local and aws-batch cells, which one run cannot do yet`,
      "run it on this machine with --backend local"
    );
  if (values["dry-run"]) {
    await emit(json ? `${JSON.stringify(plan, null, 2)}
` : renderPlan(plan), values, io);
    return EXIT.ok;
  }
  const source = checked.text;
  const runId = values.resume ?? makeRunId(experiment.name, /* @__PURE__ */ new Date(), randomBytes(2).toString("hex"));
  const host = await hostInfo(io.cwd);
  const { store, executor } = await backendFor(cloud.length > 0, {
    experiment,
    plan,
    runId,
    values,
    io,
    host
  });
  const repeats = positiveInt("run", "repeats", values.repeats);
  const outcome = await runExperiment(
    {
      runId,
      experiment,
      source,
      plan,
      resume: values.resume !== void 0,
      signal: io.signal,
      variants: costVariants(source, experiment, { prices, repeats })
    },
    { store, executor, progress: new TerminalProgress(io.stderr), prices, host, now: Date.now }
  );
  await emit(renderReport("run", outcome.report, values, io), values, io);
  io.stderr.write(
    `
report: ${outcome.artifacts["report.md"]}
        ${outcome.artifacts["report.html"]}
`
  );
  if (outcome.cancelled) {
    io.stderr.write(
      `interrupted: what finished is kept; continue with: batchbench run ${file} --resume ${runId}
`
    );
    return EXIT.interrupted;
  }
  for (const note of inconclusiveNotes(outcome.report)) io.stderr.write(`${note}
`);
  return exitCodeOf(outcome.report);
}
async function backendFor(cloud, args) {
  const { experiment, plan, runId, values, io } = args;
  if (cloud) {
    const { awsBatch } = await import("./aws-backend-OXRL7OSA.js");
    const backend = awsBatch(experiment, plan, { imageUri: values["image-uri"] }, io, args.host.gitCommit);
    io.stderr.write(
      `run ${runId}: ${plan.jobs.length} jobs on AWS Batch, results in ${experiment.results.store}
`
    );
    return backend;
  }
  const runsDir = path.resolve(io.cwd, values["runs-dir"] ?? ".batchbench/runs");
  const concurrency = positiveInt("run", "concurrency", values.concurrency) ?? os.availableParallelism();
  const exclusive = experiment.analysis.speedup !== void 0;
  const executor = new LocalExecutor({
    concurrency,
    logDir: path.join(runsDir, runId, "logs"),
    baseDir: io.cwd,
    exclusiveGroups: exclusive
  });
  io.stderr.write(
    `run ${runId}: ${plan.jobs.length} jobs on ${concurrency} vCPU slots${exclusive ? ", one cell and repeat at a time (speedup is measured)" : ""}
`
  );
  return { store: new FsRunStore(runsDir), executor };
}
export {
  flags,
  help,
  run
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  DECIDE_FLAGS,
  DECIDE_HELP,
  decideFlags
} from "./chunk-TEPBYYZJ.js";
import {
  exitCodeOf,
  inconclusiveNotes
} from "./chunk-NOJ4E3RE.js";
import {
  TerminalProgress
} from "./chunk-6SZGK2TF.js";
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
  REPORT_FORMATS,
  chooseFormat,
  emit,
  renderReport
} from "./chunk-WTW4DXNT.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  COLOR_FLAGS,
  parseFlags,
  pickFlags,
  positiveInt,
  single,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  runExperiment
} from "./chunk-MDV6QNUX.js";
import "./chunk-YOQERSHG.js";
import {
  hostOf,
  newRunId
} from "./chunk-A4MTJOLX.js";
import {
  FsRunHistoryStore
} from "./chunk-BXX3FDER.js";
import "./chunk-4LGYVC65.js";
import {
  withDecide
} from "./chunk-2PSV7WMM.js";
import "./chunk-K2FX43V4.js";
import {
  backendForRun
} from "./chunk-HADUC3NH.js";
import "./chunk-B54ZDRTI.js";
import {
  recordRun
} from "./chunk-ARO3GKVQ.js";
import "./chunk-VIHL2KRB.js";
import "./chunk-ORBO64A7.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-U5BFUXIM.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import {
  backendOf
} from "./chunk-NZPLPDYM.js";
import "./chunk-CWFLCHSU.js";
import "./chunk-T4VO73CT.js";
import "./chunk-YYVGTQZX.js";
import "./chunk-A44LHXHL.js";
import {
  hasErrors
} from "./chunk-SIQR2AZH.js";
import {
  withImage
} from "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import "./chunk-OE34II5Z.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/run.ts
import os from "node:os";
import path from "node:path";

// src/adapters/git-branch.ts
import { execFile } from "node:child_process";
function gitBranch(cwd) {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["symbolic-ref", "--quiet", "--short", "HEAD"],
      { cwd, timeout: 5e3 },
      (error, stdout) => {
        resolve(error ? void 0 : stdout.trim() || void 0);
      }
    );
  });
}

// src/cli/commands/run.ts
var flags = {
  ...CHECK_FLAGS,
  ...OUTPUT_FLAGS,
  ...pickFlags("resume", "history-dir", "dry-run", "image-uri"),
  ...DECIDE_FLAGS,
  ...COLOR_FLAGS
};
var help = `batchbench run: run an experiment, measure it and print its report

Usage:
  batchbench run FILE [flags]

Runs on local processes unless the file names another compute.backend. Progress goes to stderr,
the report to stdout; the run is kept in a folder (--runs-dir) or in results.store, as its
backend does.

Flags:
  --repeats N         run N repeats instead of the file's
  --concurrency N     local backend: N vCPU slots at once (default: the number of cores)
  --backend local     run every cell on local processes, whatever the file says
  --resume RUN_ID     run only the jobs of RUN_ID that have no result yet
  --runs-dir DIR      where runs kept in a folder go (default .batchbench/runs; on a
                      cluster, a folder its nodes see at the same path)
  --history-dir DIR   where a complete run kept in a folder adds its entry to the experiment's history
                      (default .batchbench/history; with --runs-dir, DIR/history)
  --prices FILE       price the run with this table instead of the shipped one
  --format F          the report as terminal (default), markdown, json or html
  --json              the report as JSON on stdout (the same as --format json)
  --output FILE       write the report to FILE instead of stdout
  --dry-run           validate and plan, run nothing (with --json: the plan as JSON)
  --image-uri URI     aws-batch: the image to run when the file has no image.uri
  --allow-over-budget run even when the estimate is over budget.max-usd (or unknown)
${DECIDE_HELP}
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
  const git = { host: hostOf(io.cwd, io.env), branch: gitBranch(io.cwd) };
  const checked = await checkFile("run", file, values, io);
  experimentOnly(checked, "run");
  printProblems(checked, io, json);
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment || checked.source === void 0)
    return EXIT.usage;
  const { source, prices } = checked;
  const plan = withImage(checked.plan, values["image-uri"]);
  const experiment = withDecide(checked.experiment, decideFlags("run", values));
  const where = backendOf(plan);
  if (where === "mixed")
    throw usageError(
      "run",
      `${file} mixes ${[...new Set(plan.jobs.map((j) => j.compute.backend))].join(" and ")} cells, which one run cannot do yet`,
      "run it on this machine with --backend local"
    );
  if (values["dry-run"]) {
    await emit(json ? `${JSON.stringify(plan, null, 2)}
` : renderPlan(plan), values, io);
    return EXIT.ok;
  }
  const runId = values.resume ?? newRunId(experiment.name);
  const host = await git.host;
  const { store, backend, kind } = await backendFor({
    experiment,
    plan,
    runId,
    values,
    io,
    host
  });
  const outcome = await runExperiment(
    {
      runId,
      experiment,
      source,
      plan,
      resume: values.resume !== void 0,
      signal: io.signal,
      ...checked.variants ? { variants: checked.variants } : {}
    },
    { store, executor: backend, progress: new TerminalProgress(io.stderr), prices, host, now: Date.now }
  );
  await emit(renderReport("run", outcome.report, values, io), values, io);
  if (kind === "folder" && !outcome.cancelled)
    await keepHistory(outcome.report, experiment, await git.branch, values, io);
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
async function keepHistory(report, experiment, ref, values, io) {
  const dir = values["history-dir"] ?? (values["runs-dir"] ? path.join(values["runs-dir"], "history") : ".batchbench/history");
  const where = await recordRun(report, new FsRunHistoryStore(path.resolve(io.cwd, dir)), {
    ...ref ? { ref } : {},
    metrics: experiment.results.metrics
  });
  if (where) io.stderr.write(`history: ${where}
`);
}
async function backendFor(args) {
  const { values, io } = args;
  const made = await backendForRun({
    experiment: args.experiment,
    plan: args.plan,
    runId: args.runId,
    ...values["runs-dir"] ? { runsDir: values["runs-dir"] } : {},
    concurrency: positiveInt("run", "concurrency", values.concurrency) ?? os.availableParallelism(),
    ...args.host.gitCommit ? { gitCommit: args.host.gitCommit } : {},
    cwd: io.cwd,
    env: io.env,
    log: (line) => io.stderr.write(`${escapeTerminal(line)}
`)
  });
  io.stderr.write(`run ${args.runId}: ${escapeTerminal(made.line)}
`);
  return made;
}
export {
  flags,
  help,
  run
};

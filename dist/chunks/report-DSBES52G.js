import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  exitCodeOf,
  inconclusiveNotes
} from "./chunk-KXRH6VCJ.js";
import {
  REPORT_FORMATS,
  chooseFormat,
  emit,
  renderReport
} from "./chunk-2QDCPN36.js";
import "./chunk-IZIHHEVQ.js";
import {
  COLOR_FLAGS,
  parseFlags,
  single,
  usageError
} from "./chunk-TV3ET2OK.js";
import {
  FsRunStore
} from "./chunk-JHP2DB3R.js";
import {
  reportRun
} from "./chunk-6SKZGS4Z.js";
import "./chunk-MPHH7IPH.js";
import "./chunk-IQJJB7MW.js";
import "./chunk-5QKW43MP.js";
import "./chunk-L5FQZOZG.js";
import "./chunk-3HLB67IX.js";
import "./chunk-Y724BK2G.js";
import "./chunk-JFB5LMO7.js";
import "./chunk-OJYSATZJ.js";
import "./chunk-OLLFCHB7.js";
import {
  loadPrices
} from "./chunk-PB7EYQ6R.js";
import "./chunk-ZGWMIHYT.js";
import "./chunk-I6QNDUNP.js";
import "./chunk-WZ3PWTB2.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/report.ts
import { stat } from "node:fs/promises";
import path from "node:path";
var flags = {
  format: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string" },
  "runs-dir": { type: "string" },
  prices: { type: "string" },
  ...COLOR_FLAGS
};
var help = `batchbench report: the report of a finished (or partial) local run, again

Usage:
  batchbench report RUN [--format terminal|markdown|json|html] [--output FILE]

RUN is a run folder (.batchbench/runs/RUN_ID) or a run id in --runs-dir. The report is rebuilt
from the run's manifest and records, never from the experiment file, which may have changed.

Flags:
  --format F          terminal (default), markdown, json or html
  --json              the report as JSON on stdout (the same as --format json)
  --output FILE       write the report to FILE instead of stdout
  --runs-dir DIR      where to look for a run id (default .batchbench/runs)
  --prices FILE       re-price the run with this table instead of the shipped one
  --color, --no-color colour the terminal report or not (default: on a terminal, unless
                      NO_COLOR is set; FORCE_COLOR forces it)
  -h, --help          this help

Exits like the run did: 0, or 1 when a job failed or a target was missed; 2 on bad input.

Examples:
  batchbench report .batchbench/runs/monte-carlo-scaling-20260720-101500Z-a1b2
  batchbench report monte-carlo-scaling-20260720-101500Z-a1b2 --format html --output report.html
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "report");
  const target = single(positionals, "report", "run (a run folder or a run id)");
  chooseFormat("report", values, REPORT_FORMATS);
  const { runsDir, runId } = await locateRun(target, values["runs-dir"], io);
  const report = await reportRun(runId, {
    store: new FsRunStore(runsDir),
    prices: await loadPrices(values.prices && path.resolve(io.cwd, values.prices))
  });
  await emit(renderReport("report", report, values, io), values, io);
  for (const note of inconclusiveNotes(report)) io.stderr.write(`${note}
`);
  return exitCodeOf(report);
}
async function locateRun(target, runsDirFlag, io) {
  const trimmed = target.replace(/[/\\]+$/, "");
  if (!trimmed.includes("/") && !trimmed.includes(path.sep))
    return { runsDir: path.resolve(io.cwd, runsDirFlag ?? ".batchbench/runs"), runId: trimmed };
  const folder = path.resolve(io.cwd, trimmed);
  const info = await stat(folder).catch(() => void 0);
  if (!info)
    throw usageError("report", `${target}: no such run folder`, "batchbench list shows the runs kept here");
  if (!info.isDirectory())
    throw usageError(
      "report",
      `${target} is a file, not a run folder`,
      `report takes a run folder such as .batchbench/runs/RUN_ID; to run an experiment file: batchbench run ${target}`
    );
  return { runsDir: path.dirname(folder), runId: path.basename(folder) };
}
export {
  flags,
  help,
  run
};

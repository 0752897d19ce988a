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
  OUTPUT_FLAGS,
  REPORT_FORMATS,
  chooseFormat,
  emit,
  renderReport
} from "./chunk-WTW4DXNT.js";
import "./chunk-IZIHHEVQ.js";
import {
  COLOR_FLAGS,
  parseFlags,
  pickFlags,
  single,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  savedReportIn
} from "./chunk-A4MTJOLX.js";
import {
  storedReport
} from "./chunk-RJGB3YDS.js";
import "./chunk-2PSV7WMM.js";
import "./chunk-K2FX43V4.js";
import "./chunk-B54ZDRTI.js";
import "./chunk-ARO3GKVQ.js";
import "./chunk-ORBO64A7.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-U5BFUXIM.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import "./chunk-CWFLCHSU.js";
import {
  pricesAt
} from "./chunk-YYVGTQZX.js";
import "./chunk-A44LHXHL.js";
import "./chunk-SIQR2AZH.js";
import "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import {
  FsRunStore
} from "./chunk-OE34II5Z.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/report.ts
import { stat } from "node:fs/promises";
import path from "node:path";
var flags = {
  ...OUTPUT_FLAGS,
  ...pickFlags("runs-dir", "prices"),
  ...DECIDE_FLAGS,
  ...COLOR_FLAGS
};
var help = `batchbench report: the report of a finished (or partial) local run, again

Usage:
  batchbench report RUN [--format terminal|markdown|json|html] [--output FILE]

RUN is a run folder (.batchbench/runs/RUN_ID) or a run id in --runs-dir. The report is the one
saved when the run ended; with --prices, or when none is current, it is rebuilt from the run's
manifest and records, never from the experiment file, which may have changed.

Flags:
  --format F          terminal (default), markdown, json or html
  --json              the report as JSON on stdout (the same as --format json)
  --output FILE       write the report to FILE instead of stdout
  --runs-dir DIR      where to look for a run id (default .batchbench/runs)
  --prices FILE       re-price the run with this table instead of the shipped one
${DECIDE_HELP}
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
  const decide = decideFlags("report", values);
  const { runsDir, runId } = await locateRun(target, values["runs-dir"], io);
  const { report } = await storedReport(new FsRunStore(runsDir), runId, {
    readSaved: savedReportIn(path.join(runsDir, runId)),
    ...values.prices ? { reprice: await pricesAt(values.prices, io.cwd) } : {},
    prices: () => pricesAt(void 0, io.cwd),
    ...decide ? { decide } : {}
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

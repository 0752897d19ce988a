import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  checkFile,
  printProblems
} from "./chunk-VYLNSBHD.js";
import {
  emitJson
} from "./chunk-WTW4DXNT.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  parseFlags,
  pickFlags,
  usageError
} from "./chunk-MCZE7JDI.js";
import "./chunk-K2FX43V4.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import "./chunk-NZPLPDYM.js";
import "./chunk-CWFLCHSU.js";
import "./chunk-T4VO73CT.js";
import {
  pricesAt
} from "./chunk-YYVGTQZX.js";
import "./chunk-A44LHXHL.js";
import {
  hasErrors
} from "./chunk-SIQR2AZH.js";
import "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import "./chunk-OE34II5Z.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/validate.ts
var flags = pickFlags("json", "prices", "repeats", "concurrency");
var help = `batchbench validate: check experiment and campaign files, every problem at once

Usage:
  batchbench validate FILE... [--json]

Each problem is printed as FILE:LINE:COLUMN: error: what is wrong (what to do), on stderr.
Exits 0 when every file is valid, 2 when any file has an error. Runs nothing.

Flags:
  --json              print one JSON object per file on stdout: file, valid, jobs, problems
  --prices FILE       check budgets against this price table instead of the shipped one
  --repeats N         check the plan as if the file said repeats: N
  --concurrency N     check the plan for N local vCPU slots (default: the number of cores)
  -h, --help          this help

Examples:
  batchbench validate experiments/*.yaml
  batchbench validate experiments/monte-carlo-scaling.yaml --json
`;
async function run(argv, io) {
  const { values, positionals: files } = parseFlags(argv, flags, "validate");
  if (files.length === 0) throw usageError("validate", "validate needs at least one file");
  const prices = await pricesAt(values.prices, io.cwd);
  const results = [];
  for (const file of files) results.push(await checkFile("validate", file, values, io, prices));
  if (values.json) {
    emitJson(
      results.map((r) => ({
        file: r.file,
        kind: r.kind,
        valid: !hasErrors(r.problems),
        jobs: r.plan?.totals.jobs,
        problems: r.problems
      })),
      io
    );
  } else {
    for (const r of results) {
      printProblems(r, io);
      const errors = r.problems.filter((p) => p.severity === "error").length;
      const file = escapeTerminal(r.file);
      io.stdout.write(
        errors === 0 ? r.kind === "campaign" ? `${file}: valid campaign (batchbench campaign plan ${file} shows its week)
` : `${file}: valid, ${r.plan?.totals.jobs ?? 0} jobs in ${r.plan?.cells.length ?? 0} cells
` : `${file}: ${errors} problem${errors === 1 ? "" : "s"}
`
      );
    }
  }
  return results.some((r) => hasErrors(r.problems)) ? EXIT.usage : EXIT.ok;
}
export {
  flags,
  help,
  run
};

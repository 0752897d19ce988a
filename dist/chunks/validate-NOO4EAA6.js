import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  checkFile,
  printProblems
} from "./chunk-TBYMABRH.js";
import "./chunk-SBLXXFCG.js";
import {
  emitJson
} from "./chunk-6P36LL5Q.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  parseFlags,
  usageError
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
import {
  pricesAt
} from "./chunk-A24N76KN.js";
import "./chunk-ADWLS3GG.js";
import "./chunk-LSSG4IQX.js";
import "./chunk-YE2ILN26.js";
import "./chunk-K2I2ADHN.js";
import "./chunk-AESLYFF2.js";
import "./chunk-4TPWJTDO.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/validate.ts
var flags = {
  json: { type: "boolean" },
  prices: { type: "string" },
  repeats: { type: "string" },
  concurrency: { type: "string" }
};
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

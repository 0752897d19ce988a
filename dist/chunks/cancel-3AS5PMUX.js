import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  storedRun
} from "./chunk-F7NJZW57.js";
import {
  emitJson
} from "./chunk-WTW4DXNT.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  parseFlags,
  pickFlags
} from "./chunk-MCZE7JDI.js";
import {
  cancelRun
} from "./chunk-L6TZSNCT.js";
import "./chunk-K2FX43V4.js";
import "./chunk-HADUC3NH.js";
import "./chunk-VIHL2KRB.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import "./chunk-NZPLPDYM.js";
import "./chunk-CWFLCHSU.js";
import "./chunk-T4VO73CT.js";
import "./chunk-SIQR2AZH.js";
import "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import "./chunk-OE34II5Z.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/cancel.ts
var flags = pickFlags("store", "runs-dir", "json");
var help = `batchbench cancel: stop every unfinished job of a run that outlives its process

Usage:
  batchbench cancel RUN_ID --store s3://bucket/prefix/ [--json]
  batchbench cancel RUN_ID --runs-dir DIR [--json]      (a run kept in a folder)

The run's manifest says which backend it ran on; a local run ends with the batchbench that
runs it. Waiting jobs are cancelled and running ones terminated; what finished stays in the store, and
batchbench collect still reports it.

Flags:
  --store S3URL       the results store the run was written to (or BATCHBENCH_STORE)
  --runs-dir DIR      a run kept in a folder: the runs folder it is in (instead of --store)
  --json              print {"runId", "cancelled", "terminated"} on stdout
  -h, --help          this help

Examples:
  batchbench cancel monte-carlo-cloud-20260720-101500Z-a1b2 --store s3://my-bench/runs/
  BATCHBENCH_STORE=s3://my-bench/runs/ batchbench cancel monte-carlo-cloud-20260720-101500Z-a1b2 --json
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "cancel");
  const { runId, store, backend } = await storedRun(positionals, values, io, "cancel");
  const { cancelled, terminated } = await cancelRun(runId, { store, canceller: backend, now: Date.now });
  if (values.json) emitJson({ runId, cancelled, terminated }, io);
  else
    io.stderr.write(
      `run ${runId}: cancelled ${cancelled} waiting and terminated ${terminated} running jobs
`
    );
  return EXIT.ok;
}
export {
  flags,
  help,
  run
};

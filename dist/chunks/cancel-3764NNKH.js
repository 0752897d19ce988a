import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  emitJson
} from "./chunk-BQBCMIZF.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  parseFlags
} from "./chunk-TV3ET2OK.js";
import {
  cancelRun
} from "./chunk-L6TZSNCT.js";
import "./chunk-EURCCZ4I.js";
import "./chunk-LIEUDKFO.js";
import "./chunk-KKLWWKTX.js";
import "./chunk-2EARJU2W.js";
import "./chunk-K2I2ADHN.js";
import "./chunk-AESLYFF2.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/cancel.ts
var flags = {
  store: { type: "string" },
  "runs-dir": { type: "string" },
  json: { type: "boolean" }
};
var help = `batchbench cancel: stop every unfinished AWS Batch or Slurm job of a run

Usage:
  batchbench cancel RUN_ID --store s3://bucket/prefix/ [--json]
  batchbench cancel RUN_ID --runs-dir DIR [--json]      (a slurm run: scancel)

Waiting jobs are cancelled and running ones terminated; what finished stays in the store, and
batchbench collect still reports it.

Flags:
  --store S3URL       the results store the run was written to (or BATCHBENCH_STORE)
  --runs-dir DIR      a slurm run: the runs folder it was kept in (instead of --store)
  --json              print {"runId", "cancelled", "terminated"} on stdout
  -h, --help          this help

Examples:
  batchbench cancel monte-carlo-cloud-20260720-101500Z-a1b2 --store s3://my-bench/runs/
  BATCHBENCH_STORE=s3://my-bench/runs/ batchbench cancel monte-carlo-cloud-20260720-101500Z-a1b2 --json
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "cancel");
  const runsDir = values["runs-dir"];
  const { runId, store, executor } = runsDir ? await (await import("./slurm-stored-WXXR5UV6.js")).slurmStoredRun(positionals, runsDir, io, "cancel") : await (await import("./stored-run-NHROC44W.js")).storedRun(positionals, values.store, io, "cancel");
  const { cancelled, terminated } = await cancelRun(runId, { store, canceller: executor, now: Date.now });
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

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  storedSlurmRun
} from "./chunk-X7Z5MLA3.js";
import {
  single,
  usageError
} from "./chunk-TV3ET2OK.js";
import "./chunk-YLHD6BRE.js";
import "./chunk-OUBHICKN.js";
import "./chunk-2C3IZI2I.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/slurm-stored.ts
async function slurmStoredRun(args, runsDir, io, command) {
  const runId = single(args, command, "run id");
  const log = (line) => io.stderr.write(`${escapeTerminal(line)}
`);
  const run = await storedSlurmRun(runId, { runsDir, cwd: io.cwd, env: io.env, log });
  if (!run)
    throw usageError(
      command,
      `run ${runId} in ${runsDir} is not a slurm run`,
      "for an AWS Batch run, pass --store"
    );
  return { runId, store: run.store, executor: run.executor };
}
export {
  slurmStoredRun
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  single,
  usageError
} from "./chunk-TV3ET2OK.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/stored-run.ts
async function storedRun(args, storeUrl, io, command) {
  const runId = single(args, command, "run id");
  const url = storeUrl ?? io.env.BATCHBENCH_STORE;
  if (!url)
    throw usageError(command, `${command} needs --store s3://bucket/prefix/ (the file's results.store)`);
  const { attachStoredRun } = await import("./aws-SSUXQJRN.js");
  const attached = await attachStoredRun({
    storeUrl: url,
    runId,
    env: io.env,
    log: (line) => io.stderr.write(`${escapeTerminal(line)}
`)
  });
  return { runId, ...attached };
}
export {
  storedRun
};

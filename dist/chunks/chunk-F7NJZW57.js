import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  single,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  attachRun
} from "./chunk-HADUC3NH.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/cli/stored-run.ts
async function storedRun(args, values, io, command) {
  const runId = single(args, command, "run id");
  const runsDir = values["runs-dir"];
  const url = values.store ?? (runsDir ? void 0 : io.env.BATCHBENCH_STORE);
  if (!url && !runsDir)
    throw usageError(
      command,
      `${command} needs --store s3://bucket/prefix/ (the file's results.store), or --runs-dir DIR for a run kept in a folder`
    );
  const attached = await attachRun({
    runId,
    ...url ? { storeUrl: url } : { runsDir },
    cwd: io.cwd,
    env: io.env,
    log: (line) => io.stderr.write(`${escapeTerminal(line)}
`)
  });
  return { runId, ...attached };
}

export {
  storedRun
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  collectRun
} from "./chunk-SX6WXSDP.js";
import {
  attachRun
} from "./chunk-HADUC3NH.js";
import {
  info
} from "./chunk-52F2NNLZ.js";
import {
  pricesAt
} from "./chunk-YYVGTQZX.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/entrypoints/log-progress.ts
var logProgress = {
  update() {
  },
  log(line) {
    info(escapeTerminal(line));
  },
  done() {
  }
};

// src/entrypoints/collect-step.ts
async function collectStoredRun(settings, options) {
  const { store, backend } = await attachRun({ ...settings, log: (line) => info(line) });
  const outcome = await collectRun(
    settings.runId,
    {
      store,
      collector: backend,
      prices: await pricesAt(options.prices, settings.cwd),
      progress: logProgress,
      now: Date.now,
      signal: options.signal
    },
    { wait: options.wait }
  );
  return { outcome, store };
}

export {
  logProgress,
  collectStoredRun
};

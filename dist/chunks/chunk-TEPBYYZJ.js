import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  pickFlags,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  parseDuration
} from "./chunk-YTWLBMZJ.js";

// src/cli/decide-flags.ts
var DECIDE_FLAGS = pickFlags("budget", "deadline");
var DECIDE_HELP = `  --budget USD        recommend the fastest cell costing at most USD a run (over decide.budget-usd)
  --deadline TIME     recommend the cheapest cell taking at most TIME a run, e.g. 10m (over decide.deadline)`;
function decideFlags(command, values) {
  const out = {};
  if (values.budget !== void 0) {
    const plain = /^\s*\$?\s*(\d+(?:\.\d*)?|\.\d+)\s*$/.exec(values.budget);
    const usd = plain ? Number(plain[1]) : NaN;
    if (!(usd > 0 && Number.isFinite(usd)))
      throw usageError(command, `--budget takes an amount in US dollars above 0, not "${values.budget}"`);
    out.budgetUsd = usd;
  }
  if (values.deadline !== void 0) {
    const seconds = parseDuration(values.deadline);
    if (seconds === void 0 || seconds <= 0 || !Number.isFinite(seconds))
      throw usageError(
        command,
        `--deadline takes a duration such as 90s, 15m or 2h, not "${values.deadline}"`
      );
    out.deadlineSec = seconds;
  }
  return Object.keys(out).length > 0 ? out : void 0;
}

export {
  DECIDE_FLAGS,
  DECIDE_HELP,
  decideFlags
};

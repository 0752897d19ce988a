import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  conclusionOf
} from "./chunk-B54ZDRTI.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/cli/outcome.ts
function exitCodeOf(report) {
  const conclusion = conclusionOf(report);
  if (conclusion === "failure") return EXIT.failed;
  return conclusion === "cancelled" ? EXIT.interrupted : EXIT.ok;
}
function inconclusiveNotes(report) {
  return report.targets.filter((t) => t.status === "inconclusive").map((t) => {
    const cell = report.cells.find((c) => c.cellId === t.cellId);
    const n = cell?.wall.n;
    const samples = n === void 0 ? "no samples" : `${n} sample${n === 1 ? "" : "s"} per cell`;
    const settle = t.actual === "no data" ? "no cell reported this value; check the metric name and that the workload reports it" : t.actual.includes("(no interval)") ? "one sample gives no interval: run at least 3 repeats (--repeats, or repeats: in the file)" : "its interval reaches both sides of the target: more repeats (--repeats, or repeats: in the file) narrow it";
    return `inconclusive (does not fail the run): ${escapeTerminal(t.description)} ${escapeTerminal(t.target)}, measured ${escapeTerminal(t.actual)} from ${samples}; ${settle}`;
  });
}

export {
  exitCodeOf,
  inconclusiveNotes
};

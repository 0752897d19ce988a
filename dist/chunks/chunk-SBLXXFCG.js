import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/domain/experiment/problem.ts
function formatProblem(p) {
  const where = `${escapeTerminal(p.file)}:${p.line}:${p.column}`;
  return escapeTerminal(`${where}: ${p.severity}: ${p.message}${p.hint ? ` (${p.hint})` : ""}`);
}

export {
  formatProblem
};

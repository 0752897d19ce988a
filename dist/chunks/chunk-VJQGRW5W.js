import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  info
} from "./chunk-52F2NNLZ.js";
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

export {
  logProgress
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  info
} from "./chunk-2LEEVQUZ.js";

// src/entrypoints/log-progress.ts
var logProgress = {
  update() {
  },
  log(line) {
    info(line);
  },
  done() {
  }
};

export {
  logProgress
};

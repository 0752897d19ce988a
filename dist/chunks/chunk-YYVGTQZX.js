import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  loadPrices
} from "./chunk-A44LHXHL.js";

// src/compose/prices.ts
import path from "node:path";
function pricesAt(file, cwd) {
  return loadPrices(file && path.resolve(cwd, file));
}

export {
  pricesAt
};

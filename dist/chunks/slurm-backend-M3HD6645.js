import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  slurmBackend,
  storedSlurmRun
} from "./chunk-X7Z5MLA3.js";
import "./chunk-YLHD6BRE.js";
import "./chunk-OUBHICKN.js";
import "./chunk-2C3IZI2I.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";
export {
  slurmBackend,
  storedSlurmRun
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  attachedExecutor,
  s3Run
} from "./chunk-AOTHWVHG.js";
import "./chunk-GPUWSTRX.js";
import "./chunk-67YVL64B.js";
import "./chunk-7BPCOSX3.js";
import "./chunk-JKTS2Z3B.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-S2V6XSF3.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-2LEEVQUZ.js";
import "./chunk-VW7L6ZQL.js";
import "./chunk-Q3NR4BZE.js";
import "./chunk-WZ3PWTB2.js";
import "./chunk-YOF47TSW.js";
export {
  attachedExecutor,
  s3Run
};

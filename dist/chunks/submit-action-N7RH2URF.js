import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run,
  submitExperiment,
  workflowRunId
} from "./chunk-2PN3OUIS.js";
import "./chunk-PPTD5KBI.js";
import "./chunk-76HS77CX.js";
import "./chunk-45PLV44V.js";
import "./chunk-JZDNITZ2.js";
import "./chunk-FWTET5YP.js";
import "./chunk-5JRRB24Q.js";
import "./chunk-NMOG2FNL.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-CANQQA5B.js";
import "./chunk-R3HB4BPP.js";
import "./chunk-62QDW55C.js";
import "./chunk-HFO7UFCX.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-YOF47TSW.js";
export {
  run,
  submitExperiment,
  workflowRunId
};

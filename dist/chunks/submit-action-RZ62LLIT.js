import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run,
  submitExperiment,
  workflowRunId
} from "./chunk-JVWGFGEH.js";
import "./chunk-UABDQMML.js";
import "./chunk-MGKBMMXG.js";
import "./chunk-2JA4H5LY.js";
import "./chunk-JLVEN56C.js";
import "./chunk-X6OZTA5U.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-CANQQA5B.js";
import "./chunk-R3HB4BPP.js";
import "./chunk-76HS77CX.js";
import "./chunk-45PLV44V.js";
import "./chunk-62QDW55C.js";
import "./chunk-HFO7UFCX.js";
import "./chunk-YOF47TSW.js";
export {
  run,
  submitExperiment,
  workflowRunId
};

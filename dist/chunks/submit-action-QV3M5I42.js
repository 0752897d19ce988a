import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run,
  submitExperiment,
  workflowRunId
} from "./chunk-GPBLVSFK.js";
import "./chunk-BPXC5MKQ.js";
import "./chunk-76HS77CX.js";
import "./chunk-UV5OW47J.js";
import "./chunk-QPM26AAX.js";
import "./chunk-FWTET5YP.js";
import "./chunk-5JRRB24Q.js";
import "./chunk-NMOG2FNL.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-CANQQA5B.js";
import "./chunk-R3HB4BPP.js";
import "./chunk-D5FG67Y2.js";
import "./chunk-5KN5MX2P.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-YOF47TSW.js";
export {
  run,
  submitExperiment,
  workflowRunId
};

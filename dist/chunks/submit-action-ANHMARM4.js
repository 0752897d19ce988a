import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run,
  submitExperiment,
  workflowRunId
} from "./chunk-HEFQS4SD.js";
import "./chunk-76HS77CX.js";
import "./chunk-C7VDCKXV.js";
import "./chunk-2SECIYKN.js";
import "./chunk-AOTHWVHG.js";
import "./chunk-GPUWSTRX.js";
import "./chunk-67YVL64B.js";
import "./chunk-7BPCOSX3.js";
import "./chunk-JKTS2Z3B.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-S2V6XSF3.js";
import "./chunk-LGYPR3KT.js";
import "./chunk-E24LLZCP.js";
import "./chunk-K3TBYX7Q.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-Q2WPO4VC.js";
import "./chunk-2LEEVQUZ.js";
import "./chunk-5IC2YQ4X.js";
import "./chunk-IHG27KF4.js";
import "./chunk-VW7L6ZQL.js";
import "./chunk-KVZNUJPT.js";
import "./chunk-Q3NR4BZE.js";
import "./chunk-I3F55QQV.js";
import "./chunk-WZ3PWTB2.js";
import "./chunk-YOF47TSW.js";
export {
  run,
  submitExperiment,
  workflowRunId
};

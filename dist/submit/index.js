import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-HEFQS4SD.js";
import "../chunks/chunk-76HS77CX.js";
import "../chunks/chunk-C7VDCKXV.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-AOTHWVHG.js";
import "../chunks/chunk-GPUWSTRX.js";
import "../chunks/chunk-67YVL64B.js";
import "../chunks/chunk-7BPCOSX3.js";
import "../chunks/chunk-JKTS2Z3B.js";
import "../chunks/chunk-YVBWJNJQ.js";
import "../chunks/chunk-WFO6RGOB.js";
import "../chunks/chunk-NHFBFGQW.js";
import "../chunks/chunk-S2V6XSF3.js";
import "../chunks/chunk-LGYPR3KT.js";
import "../chunks/chunk-E24LLZCP.js";
import "../chunks/chunk-K3TBYX7Q.js";
import "../chunks/chunk-7BHWKGMM.js";
import "../chunks/chunk-ZBA22EBP.js";
import {
  lastResort
} from "../chunks/chunk-Q2WPO4VC.js";
import "../chunks/chunk-2LEEVQUZ.js";
import "../chunks/chunk-5IC2YQ4X.js";
import "../chunks/chunk-IHG27KF4.js";
import "../chunks/chunk-VW7L6ZQL.js";
import "../chunks/chunk-KVZNUJPT.js";
import "../chunks/chunk-Q3NR4BZE.js";
import "../chunks/chunk-I3F55QQV.js";
import "../chunks/chunk-WZ3PWTB2.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/submit.ts
run().catch(lastResort);

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-2PN3OUIS.js";
import "../chunks/chunk-PPTD5KBI.js";
import "../chunks/chunk-76HS77CX.js";
import "../chunks/chunk-45PLV44V.js";
import "../chunks/chunk-JZDNITZ2.js";
import "../chunks/chunk-FWTET5YP.js";
import "../chunks/chunk-5JRRB24Q.js";
import "../chunks/chunk-NMOG2FNL.js";
import "../chunks/chunk-NHFBFGQW.js";
import {
  lastResort
} from "../chunks/chunk-CANQQA5B.js";
import "../chunks/chunk-R3HB4BPP.js";
import "../chunks/chunk-62QDW55C.js";
import "../chunks/chunk-HFO7UFCX.js";
import "../chunks/chunk-XDJRVNJT.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/submit.ts
run().catch(lastResort);

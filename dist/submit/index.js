import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-LTE2JAPP.js";
import "../chunks/chunk-76HS77CX.js";
import "../chunks/chunk-NSSXCZ5B.js";
import "../chunks/chunk-4YOE75NO.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-YYUBYNOV.js";
import "../chunks/chunk-6VWGFQPE.js";
import "../chunks/chunk-YV7HGY57.js";
import "../chunks/chunk-3U5GN7DB.js";
import "../chunks/chunk-YVBWJNJQ.js";
import "../chunks/chunk-WFO6RGOB.js";
import "../chunks/chunk-7BPCOSX3.js";
import "../chunks/chunk-CUX4I5XE.js";
import "../chunks/chunk-3HLB67IX.js";
import "../chunks/chunk-Y724BK2G.js";
import "../chunks/chunk-UC3SPIFM.js";
import "../chunks/chunk-PKJW5265.js";
import "../chunks/chunk-WZSUM6WQ.js";
import "../chunks/chunk-Q3DG3QJW.js";
import "../chunks/chunk-7BHWKGMM.js";
import "../chunks/chunk-ZBA22EBP.js";
import {
  lastResort
} from "../chunks/chunk-SBTHT7PX.js";
import "../chunks/chunk-T63UHARV.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-JFB5LMO7.js";
import "../chunks/chunk-OJYSATZJ.js";
import "../chunks/chunk-OLLFCHB7.js";
import "../chunks/chunk-MFOOFAZB.js";
import "../chunks/chunk-PB7EYQ6R.js";
import "../chunks/chunk-ZGWMIHYT.js";
import "../chunks/chunk-I6QNDUNP.js";
import "../chunks/chunk-WZ3PWTB2.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/submit.ts
run().catch(lastResort);

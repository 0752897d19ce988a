import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  post
} from "../chunks/chunk-NCHCDXY3.js";
import "../chunks/chunk-L6TZSNCT.js";
import "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-VJQGRW5W.js";
import "../chunks/chunk-A2RG4BAH.js";
import "../chunks/chunk-IFPPOJDU.js";
import "../chunks/chunk-6SKZGS4Z.js";
import "../chunks/chunk-MPHH7IPH.js";
import "../chunks/chunk-IQJJB7MW.js";
import "../chunks/chunk-5QKW43MP.js";
import "../chunks/chunk-L5FQZOZG.js";
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

// src/entrypoints/wait-post.ts
post().catch(lastResort);

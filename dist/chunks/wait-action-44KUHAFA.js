import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_WAIT_S,
  MAX_WAIT_CAP_S,
  STATE,
  maxWaitInput,
  post,
  run,
  waitForRun
} from "./chunk-NCHCDXY3.js";
import "./chunk-L6TZSNCT.js";
import "./chunk-FQ65RZ4F.js";
import "./chunk-VJQGRW5W.js";
import "./chunk-A2RG4BAH.js";
import "./chunk-IFPPOJDU.js";
import "./chunk-6SKZGS4Z.js";
import "./chunk-MPHH7IPH.js";
import "./chunk-IQJJB7MW.js";
import "./chunk-5QKW43MP.js";
import "./chunk-L5FQZOZG.js";
import "./chunk-YYUBYNOV.js";
import "./chunk-6VWGFQPE.js";
import "./chunk-YV7HGY57.js";
import "./chunk-3U5GN7DB.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-7BPCOSX3.js";
import "./chunk-CUX4I5XE.js";
import "./chunk-3HLB67IX.js";
import "./chunk-Y724BK2G.js";
import "./chunk-Q3DG3QJW.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-SBTHT7PX.js";
import "./chunk-T63UHARV.js";
import "./chunk-52F2NNLZ.js";
import "./chunk-JFB5LMO7.js";
import "./chunk-OJYSATZJ.js";
import "./chunk-OLLFCHB7.js";
import "./chunk-MFOOFAZB.js";
import "./chunk-PB7EYQ6R.js";
import "./chunk-ZGWMIHYT.js";
import "./chunk-I6QNDUNP.js";
import "./chunk-WZ3PWTB2.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";
export {
  DEFAULT_MAX_WAIT_S,
  MAX_WAIT_CAP_S,
  STATE,
  maxWaitInput,
  post,
  run,
  waitForRun
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-WBAM6GMU.js";
import "../chunks/chunk-GHWBOHN2.js";
import "../chunks/chunk-VEK72RYT.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-L5FQZOZG.js";
import "../chunks/chunk-Y724BK2G.js";
import "../chunks/chunk-7ZIUSCDX.js";
import "../chunks/chunk-PKJW5265.js";
import "../chunks/chunk-WZSUM6WQ.js";
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

// src/entrypoints/validate.ts
run().catch(lastResort);

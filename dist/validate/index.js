import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-ZWHWKNQ7.js";
import "../chunks/chunk-GHWBOHN2.js";
import "../chunks/chunk-VEK72RYT.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-L5FQZOZG.js";
import "../chunks/chunk-Y724BK2G.js";
import "../chunks/chunk-7ZIUSCDX.js";
import "../chunks/chunk-DFOOIRRM.js";
import "../chunks/chunk-WZSUM6WQ.js";
import {
  lastResort
} from "../chunks/chunk-XW6MWCWU.js";
import "../chunks/chunk-T63UHARV.js";
import "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-JFB5LMO7.js";
import "../chunks/chunk-OJYSATZJ.js";
import "../chunks/chunk-OLLFCHB7.js";
import "../chunks/chunk-O3F3D4QA.js";
import "../chunks/chunk-6E4ST7WF.js";
import "../chunks/chunk-ZGWMIHYT.js";
import "../chunks/chunk-I6QNDUNP.js";
import "../chunks/chunk-WZ3PWTB2.js";
import "../chunks/chunk-ADRHWOWG.js";
import "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/validate.ts
run().catch(lastResort);

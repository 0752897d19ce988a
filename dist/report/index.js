import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-4WXT7WA4.js";
import "../chunks/chunk-DXYJLEUY.js";
import "../chunks/chunk-455MYE3G.js";
import "../chunks/chunk-P3L5YWNB.js";
import "../chunks/chunk-2UUQLKCD.js";
import "../chunks/chunk-TKTVF22X.js";
import {
  lastResort
} from "../chunks/chunk-CANQQA5B.js";
import "../chunks/chunk-R3HB4BPP.js";
import "../chunks/chunk-62QDW55C.js";
import "../chunks/chunk-HFO7UFCX.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/report.ts
run().catch(lastResort);
